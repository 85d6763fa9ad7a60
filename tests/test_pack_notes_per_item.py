"""Past notes per item: a brief prints the last N notes on its item and counts the rest (#18).

One meeting of 8 items at a million notes gave a 523-page pack: every note ever taken
on an item printed in its brief.  Now the last ``--notes-per-item`` notes print
(default 10, in the dialog too) and the brief says how many it left out.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import NOTES_PER_ITEM, PackRequest
from tests.helpers import run_cli
from tests.pack_fixtures import open_demo_copy

HANOI, SOM6 = 2, 4
NOTES = 25


@pytest.fixture(scope="module")
def noted(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    """A demo copy with ``NOTES`` more notes on one item: (store, item, notes on the item)."""
    from datetime import datetime, timedelta

    svc = open_demo_copy(demo_master, tmp_path_factory.mktemp("noted"))
    try:
        item = next(i for i in svc.agenda.items(SOM6) if i.position_status is not None)
        start = datetime(2026, 1, 12, 10, 0)
        for n in range(NOTES):
            svc.notes.add(
                SOM6,
                f"Zqnote{n:03d}Xv said",
                item_id=item.id,
                taken_at=start + timedelta(minutes=n),
            )
        _r, data, _c = svc.packs.prepare(
            PackRequest(event_id=HANOI, item_ids=(item.id,), notes_per_item=10_000)
        )
        total = len(data.briefs[0].past_notes)
        return svc.ctx.store.path, item.id, total
    finally:
        svc.close()


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def _printed(text: str) -> list[int]:
    import re

    return [int(x) for x in re.findall(r"Zqnote(\d{3})Xv", text)]


@pytest.mark.slow
def test_the_cli_prints_the_last_n_notes_and_counts_the_rest(
    noted: tuple[Path, int, int], tmp_path: Path
) -> None:
    store, item, total = noted
    assert total >= NOTES
    out = tmp_path / "five.pdf"
    done = run_cli(
        "pack", "--store", str(store), "--event", str(HANOI), "--item", str(item),
        "--sections", "briefs", "--notes-per-item", "5", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = _text(out)
    assert _printed(text) == list(range(NOTES - 5, NOTES))  # the last five, oldest first
    assert f"{total - 5:,} earlier notes on this item not printed" in " ".join(text.split())


@pytest.mark.slow
def test_the_default_is_ten_and_zero_prints_none(
    noted: tuple[Path, int, int], tmp_path: Path
) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    store, item, total = noted
    assert PackRequest(event_id=HANOI).notes_per_item == NOTES_PER_ITEM == 10
    svc = Services.for_store(Store.open(store), actor="tester")
    try:
        for n, name in ((NOTES_PER_ITEM, "default"), (0, "none")):
            request = PackRequest(event_id=HANOI, item_ids=(item,), sections=(Section.BRIEFS,))
            if name == "none":
                request = PackRequest(
                    event_id=HANOI, item_ids=(item,), sections=(Section.BRIEFS,), notes_per_item=0
                )
            result = svc.packs.issue(request, tmp_path / f"{name}.pdf")
            text = " ".join(_text(result.files[0].path).split())
            assert _printed(text) == list(range(NOTES - n, NOTES))
            assert f"{total - n:,} earlier notes on this item not printed" in text
    finally:
        svc.close()


def test_an_absurd_number_is_refused_and_writes_nothing(
    noted: tuple[Path, int, int], tmp_path: Path
) -> None:
    store, item, _total = noted
    out = tmp_path / "bad.pdf"
    for value in ("-1", "99999999"):
        done = run_cli(
            "pack", "--store", str(store), "--event", str(HANOI), "--item", str(item),
            "--notes-per-item", value, "--out", str(out),
        )  # fmt: skip
        assert done.returncode != 0
        assert "Notes per item must be between 0 and 10,000" in done.stderr
        assert "Traceback" not in done.stderr
        assert not out.exists()


@pytest.mark.gui
def test_the_dialog_offers_notes_per_item(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog
    from tests.conftest import save_artifact

    dlg = PackDialog(demo_services.packs.choices(HANOI))
    qtbot.addWidget(dlg)
    box = dlg.findChild(type(dlg.notes_per_item), "packNotesPerItem")
    assert box is dlg.notes_per_item
    assert dlg.values().notes_per_item == NOTES_PER_ITEM
    box.setValue(3)
    assert dlg.values().notes_per_item == 3
    box.setValue(0)
    assert box.text() == "none" and dlg.values().notes_per_item == 0
    dlg.resize(1093, 614)
    save_artifact(dlg, "pack_dialog_notes_per_item")
