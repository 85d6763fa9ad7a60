"""The pair of members' stores the bundle tests share (#17): the aide's and the head's,
copies of the demo, each with its member's key and the other's public key."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported when used: conftest imports this module for every test
    from adgsom_desktop.services.container import Services

AIDE_PASS = "aide passphrase 2026"
HEAD_PASS = "head passphrase 2026"


@dataclass
class Pair:
    a: Services  # the aide's store
    b: Services  # the head's store
    aide_key: int  # in a
    head_in_a: int  # the head's public key, in a
    head_key: int  # in b
    aide_in_b: int
    meeting: int  # the busiest meeting (same id in both: copies of the demo)
    tmp: Path

    def send(self, name: str = "b1", **kw: Any) -> Path:
        sent = self.a.bundles.export(
            self.meeting,
            self.tmp / name,
            sender_key_id=self.aide_key,
            sender_passphrase=AIDE_PASS,
            **({"to_key_id": self.head_in_a} | kw if "passphrase" not in kw else kw),
        )
        return sent.path

    def receive(self, path: Path, *, dry_run: bool = False, **kw: Any) -> Any:
        opened = self.b.bundles.open(path, key_passphrase=HEAD_PASS, **kw)
        if dry_run:
            return self.b.bundles.preview(opened)
        return self.b.bundles.import_opened(opened, backup=False)


def _busiest(svc: Services) -> int:
    from sqlalchemy import func, select

    from adgsom_desktop.domain.models import Note

    with svc.ctx.read() as s:
        return int(
            s.execute(
                select(Note.meeting_id).group_by(Note.meeting_id).order_by(func.count().desc())
            )
            .scalars()
            .first()
        )


def _people(svc: Services) -> list[int]:
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Person

    with svc.ctx.read() as s:
        return list(s.scalars(select(Person.id).order_by(Person.id)).all()[:2])


@pytest.fixture
def pair(demo_master: Path, tmp_path: Path) -> Iterator[Pair]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    for n in ("a", "b"):
        shutil.copyfile(demo_master, tmp_path / f"{n}.adgsom")
    a = Services.for_store(Store.open(tmp_path / "a.adgsom"), actor="aide")
    b = Services.for_store(Store.open(tmp_path / "b.adgsom"), actor="head")
    aide, head = _people(a)
    ka = a.keys.create(aide, AIDE_PASS, AIDE_PASS)
    kb = b.keys.create(head, HEAD_PASS, HEAD_PASS)
    head_in_a = a.keys.import_public(b.keys.export_public(kb.id))
    aide_in_b = b.keys.import_public(a.keys.export_public(ka.id))
    yield Pair(a, b, ka.id, head_in_a.id, kb.id, aide_in_b.id, _busiest(a), tmp_path)
    a.close()
    b.close()


def _notes(svc: Services, meeting: int) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Note

    with svc.ctx.read() as s:
        return sorted(
            (n.uuid or "", n.text)
            for n in s.scalars(
                select(Note).where(Note.meeting_id == meeting, Note.deleted_at.is_(None))
            )
        )


def _first_note(svc: Services, meeting: int) -> int:
    return svc.notes.notes(meeting)[0].id


def _snapshot(svc: Services) -> tuple[Any, ...]:
    """What a refused bundle must leave exactly as it was."""
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Note, Position

    with svc.ctx.read() as s:
        notes = sorted((n.uuid, n.text, n.deleted_at) for n in s.scalars(select(Note)))
        positions = sorted(
            (p.item_id, p.version_no, p.status.value) for p in s.scalars(select(Position))
        )
    return notes, positions, svc.audit.count()
