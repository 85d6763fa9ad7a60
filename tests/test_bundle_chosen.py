"""A bundle of chosen items, and a bundle of a meeting that is not there (review s31 G8,
G9), as a user runs them: ``bundle export --items`` sends the chosen item (with the items
above it, for its place) and the head takes its brief; an unknown meeting or an item of
another meeting is one clear line, exit 1, and no file."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo
AIDE, HEAD = "aide passphrase 2026", "head passphrase 2026"


def _open(path: Path) -> Services:
    return Services.for_store(Store.open(path), actor="tester")


def _stores(demo_master: Path, tmp_path: Path) -> tuple[Path, Path]:
    """An aide's store and the head's, each knowing the other's key."""
    a, b = tmp_path / "aide.adgsom", tmp_path / "head.adgsom"
    shutil.copyfile(demo_master, a)
    shutil.copyfile(demo_master, b)
    sa, sb = _open(a), _open(b)
    try:
        sa.keys.create(1, AIDE)
        head = sb.keys.create(2, HEAD)
        sb.keys.import_public(sa.keys.export_public(sa.keys.members()[0].id))
        sa.keys.import_public(sb.keys.export_public(head.id))
    finally:
        sa.close()
        sb.close()
    return a, b


def _export(store: Path, out: Path, *extra: str) -> object:
    return run_cli(
        "bundle", "export", "--store", str(store), "--to", "Pongsak", "--out", str(out),
        "--passphrase-stdin", *extra, input=AIDE + "\n",
    )  # fmt: skip


def _nested_briefed_item(svc: Services) -> tuple[int, str]:
    """An item below another one (3.2.b style) that has a brief."""
    item = next(
        i for i in svc.agenda.items(MEETING) if i.parent_id is not None and svc.positions.get(i.id)
    )
    return item.id, item.number


def test_a_bundle_of_a_chosen_item_goes_and_its_brief_is_taken(
    demo_master: Path, tmp_path: Path
) -> None:
    a, b = _stores(demo_master, tmp_path)
    sa = _open(a)
    try:
        item, number = _nested_briefed_item(sa)
        rec = sa.positions.get(item)
        assert rec is not None and "." in number
        sa.positions.save(
            item, replace(rec.content, press_line="Press line of the chosen item."),
            reopen_approved=True,
        )  # fmt: skip
        other = next(
            i.id for i in sa.agenda.items(MEETING) if i.id != item and sa.positions.get(i.id)
        )
        rec = sa.positions.get(other)
        assert rec is not None
        sa.positions.save(
            other, replace(rec.content, press_line="Not chosen: stays home."),
            reopen_approved=True,
        )  # fmt: skip
    finally:
        sa.close()

    r = _export(a, tmp_path / "one", "--meeting", str(MEETING), "--items", str(item))
    assert r.returncode == 0, r.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in r.stderr and "Wrote" in r.stdout  # type: ignore[attr-defined]
    r = run_cli(
        "bundle", "import", "--store", str(b), str(tmp_path / "one.adgsom-bundle"),
        "--passphrase-stdin", input=HEAD + "\n",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr + r.stdout
    sb = _open(b)
    try:
        got = sb.positions.get(item)
        assert got is not None and got.content.press_line == "Press line of the chosen item."
        stayed = sb.positions.get(other)
        assert stayed is not None and stayed.content.press_line != "Not chosen: stays home."
        assert sb.agenda.item(item).number == number  # its place came with its parents
    finally:
        sb.close()


def test_an_unknown_meeting_or_item_writes_no_bundle(demo_master: Path, tmp_path: Path) -> None:
    a, _ = _stores(demo_master, tmp_path)
    sa = _open(a)
    try:
        elsewhere = next(i.id for i in sa.agenda.items(5))  # an item of another meeting
    finally:
        sa.close()
    for extra, words in (
        (("--meeting", "999"), "Meeting 999 no longer exists"),
        (("--meeting", str(MEETING), "--items", "99999"), "not on the meeting's agenda"),
        (("--meeting", str(MEETING), "--items", str(elsewhere)), "not on the meeting's agenda"),
    ):
        r = _export(a, tmp_path / "x", *extra)
        assert r.returncode == 1, r.stdout  # type: ignore[attr-defined]
        assert words in r.stderr and "Traceback" not in r.stderr  # type: ignore[attr-defined]
        assert "Wrote" not in r.stdout  # type: ignore[attr-defined]
        assert not (tmp_path / "x.adgsom-bundle").exists()
