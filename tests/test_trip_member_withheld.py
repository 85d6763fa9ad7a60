"""A trip copy taken by a member holds what the delegation may read (review s32 H14).

A desk officer signed in to the team store took the whole event to her laptop, every
not-for-disclosure background and every counterpart's personality notes with it, although a
bundle to her withholds exactly these (docs/packs.md).  Now her copy is issued for the
delegation: those fields are withheld on the take and on every return, and bringing the copy
back never erases or changes them in the team store, even when she edited the rest of the
brief.  The head's copy is the whole event, as before.  Through the CLI, as a member would.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

HEAD, AIDE = 1, 8  # the demo's head of delegation and a desk officer (person ids)
PASSWORDS = {"worawit": "HeadPass-2026", "natthida": "AidePass-2026"}


def _as(url: str, login: str) -> str:
    u = make_url(url)
    return u.set(username=f"{u.database}_{login}").render_as_string(hide_password=False)


def _briefs(svc: Services) -> dict[tuple[str, str], Any]:
    """Every brief of the store by (meeting, item title): its content."""
    out = {}
    for m in svc.events.meetings():
        for item in svc.agenda.items(m.id):
            p = svc.positions.get(item.id)
            if p is not None:
                out[(m.short_title or m.title, item.title)] = p
    return out


def _bios(svc: Services) -> dict[str, str]:
    return {c.person.full_name: c.person.bio for c in svc.counterparts.counterparts()}


@pytest.fixture
def team_with_members(demo_services: Services, pg_url: str) -> str:
    from adgsom_desktop.services.copy_service import copy_store

    copy_store(demo_services, pg_url)
    for person, login, role in ((HEAD, "worawit", "head"), (AIDE, "natthida", "member")):
        added = run_cli(
            "team", "add-member", "--store", pg_url, "--person", str(person),
            "--login", login, "--role", role, input=PASSWORDS[login] + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    return pg_url


def _take(url: str, login: str, to: Path, event: int) -> str:
    took = run_cli(
        "trip", "take", "--store", _as(url, login), "--event", str(event), "--to", str(to),
        "--plain", env={"PGPASSWORD": PASSWORDS[login]},
    )  # fmt: skip
    assert took.returncode == 0, took.stderr
    return took.stdout


def test_a_members_trip_copy_withholds_what_only_the_head_reads(
    team_with_members: str, tmp_path: Path
) -> None:
    url = team_with_members
    owner = Services.open(url, actor="owner")
    try:
        event = next(m.event_id for m in owner.events.meetings() if m.id == 4)
        taken = {m.short_title or m.title for m in owner.events.meetings() if m.event_id == event}
        before = _briefs(owner)
        bios = _bios(owner)
    finally:
        owner.close()
    secrets = {  # of the event's meetings: those the trip copy holds
        k: p.content.background_nfd
        for k, p in before.items()
        if p.content.background_nfd and k[0] in taken
    }
    assert len(secrets) >= 5 and sum(1 for b in bios.values() if b) >= 5

    aide_copy = tmp_path / "aide-trip.adgsom"
    said = _take(url, "natthida", aide_copy, event)
    assert "Left out: background not for disclosure, personality notes on counterparts, " in said
    raw = aide_copy.read_bytes()
    for text in secrets.values():
        assert text[-40:].encode() not in raw
    trip = Services.for_store(Store.open(aide_copy), actor="Natthida")
    try:
        held = _briefs(trip)
        assert held.keys() >= secrets.keys()
        assert all(not p.content.background_nfd for p in held.values())
        assert not any(_bios(trip).values())
        # she edits other sections of a brief (and types into its empty NFD box)
        key = next(iter(secrets))
        brief = held[key]
        trip.positions.save(
            brief.item_id,
            dataclasses.replace(
                brief.content, objective="AIDE-OBJECTIVE on the laptop", background_nfd="AIDE"
            ),
            reopen_approved=True,
        )
    finally:
        trip.close()

    back = run_cli(
        "trip", "return", "--store", str(aide_copy), env={"PGPASSWORD": PASSWORDS["natthida"]}
    )
    assert back.returncode == 0, back.stderr
    owner = Services.open(url, actor="owner")
    try:
        after = _briefs(owner)
        assert after[key].content.objective == "AIDE-OBJECTIVE on the laptop"
        # the team store keeps every not-for-disclosure background and personality note
        assert {k: p.content.background_nfd for k, p in after.items()} == {
            k: p.content.background_nfd for k, p in before.items()
        }
        assert _bios(owner) == bios
        assert owner.sync.conflicts() == []
    finally:
        owner.close()
    trip = Services.for_store(Store.open(aide_copy), actor="Natthida")
    try:  # and the return brought none of it to her laptop
        assert not any(p.content.background_nfd for k, p in _briefs(trip).items() if k != key)
        assert not any(_bios(trip).values())
    finally:
        trip.close()
    raw = aide_copy.read_bytes()
    assert not any(text[-40:].encode() in raw for text in secrets.values())

    head_copy = tmp_path / "head-trip.adgsom"
    said = _take(url, "worawit", head_copy, event)
    assert "Left out" not in said
    trip = Services.for_store(Store.open(head_copy), actor="Worawit")
    try:  # the head's copy is the whole event
        assert {k: p.content.background_nfd for k, p in _briefs(trip).items() if k in secrets} == (
            secrets
        )
        held_bios = _bios(trip)  # the event's counterparts, personality notes included
        assert held_bios and all(bios[name] == bio for name, bio in held_bios.items())
        assert sum(1 for b in held_bios.values() if b) >= 5
    finally:
        trip.close()
