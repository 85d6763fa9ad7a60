"""Moving a store between engines (issue 14, item 4): ``copy --store SRC --to DEST``.

Done means: the demo copied from a file to a team store's server and back holds every
row (history, audit log, register) with its ids, its audit chain verifies on the
other side, the search finds the same records; a destination that holds anything is
refused and left as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.models import Base
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli


def _rows(services: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ids included, in id order (to compare two stores)."""
    out = {}
    with services.ctx.read() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


@pytest.mark.slow
def test_the_demo_goes_to_the_server_and_back_whole(
    demo_path: Path, pg_url: str, tmp_path: Path
) -> None:
    to_server = run_cli("copy", "--store", str(demo_path), "--to", pg_url, timeout=300)
    assert to_server.returncode == 0, to_server.stderr
    assert f"Copied {demo_path} to {pg_url}" in to_server.stdout
    assert "The copy's audit log verifies" in to_server.stdout
    back = tmp_path / "back.adgsom"
    to_file = run_cli("copy", "--store", pg_url, "--to", str(back), "--plain", timeout=300)
    assert to_file.returncode == 0, to_file.stderr
    assert "The copy's audit log verifies" in to_file.stdout

    with Store.open(demo_path) as original_store, Store.open(back) as back_store:
        original, returned = Services.for_store(original_store), Services.for_store(back_store)
        before, after = _rows(original), _rows(returned)
        # Every row came back with its ids, two audit entries more (one "copy" each way).
        copies = [r for r in after.pop("audit_entry") if r[3] == "copy"]
        assert len(copies) == 2
        assert f"copied from {demo_path}" in copies[0][6] and pg_url in copies[1][6]
        audit_before = before.pop("audit_entry")
        settings = {k: v for k, v in before.pop("store_setting")}
        settings_after = {k: v for k, v in after.pop("store_setting")}
        # the copy is a store of its own (review s33 R20): its own id and name, the rest
        # of its settings as they were
        own = ("audit_head", "store_id", "store_title")
        assert {k: v for k, v in settings.items() if k not in own} == {
            k: v for k, v in settings_after.items() if k not in own
        }
        assert settings_after["store_id"] != settings.get("store_id")
        assert settings_after["store_title"].startswith("Copy of Copy of ")
        assert before == after
        assert len(audit_before) > 300 and returned.audit.verify().ok
        assert returned.audit.count() == len(audit_before) + 2
        for words in ("สนับสนุน", "Viet Nam", "Hà Nội"):
            assert [(h.kind, h.ref_id) for h in original.search.search(words).hits] == [
                (h.kind, h.ref_id) for h in returned.search.search(words).hits
            ]

    with _open(pg_url) as team:
        assert team.store_info.info().counts == original_counts(demo_path)
        assert team.audit.verify().ok
        assert [h.kind for h in team.search.search("สนับสนุน").hits]
        # The server's id generators are past the copied ids: a new note gets a new id.
        note = team.notes.add(1, "A note written after the copy")
        assert note.id > max(r[0] for r in before["note"])


def original_counts(path: Path) -> dict[str, int]:
    with Store.open(path) as store:
        counts = Services.for_store(store).store_info.info().counts
    return counts | {"audit entries": counts["audit entries"] + 1}


class _open:
    def __init__(self, url: str) -> None:
        self.services = Services.open(url)

    def __enter__(self) -> Any:
        return self.services

    def __exit__(self, *exc: object) -> None:
        self.services.close()


def test_a_destination_that_holds_anything_is_refused(
    services: Any, team_url: str, tmp_path: Path, store_path: Path
) -> None:
    from adgsom_desktop.errors import StoreError
    from adgsom_desktop.services.copy_service import copy_store

    taken = tmp_path / "taken.adgsom"
    taken.write_bytes(b"something")
    with pytest.raises(StoreError, match="already exists"):
        copy_store(services, str(taken))
    assert taken.read_bytes() == b"something"
    with pytest.raises(StoreError, match="not empty"):
        copy_store(services, team_url)  # a team store already
    with _open(team_url) as other:
        assert other.store_info.info().counts["audit entries"] == 0
