"""No English left in a pack printed in Thai or Vietnamese (issue #24, review s30 F3/F4):
the cover's delegation line and its dates, the stance words of every table, the item
details, the clearance table, the outcome verbs, the headings of the brief, the preview's
stamp. Read back from the PDFs the CLI and the service write (pypdf); the English looked
for is every label the catalogue translates (tests/english_left.py), not a fixed list."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.__main__ import main
from tests.english_left import english_left, store_text
from tests.pack_fixtures import pdf_pages_text

HANOI = 2  # the demo's 6th ADGMIN week (12-16 January 2026)


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def store(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("english") / "demo.adgsom"
    shutil.copyfile(demo_master, target)
    return target


def _pack(store: Path, out: Path, *args: str) -> list[str]:
    argv = ["pack", "--store", str(store), "--event", str(HANOI), "--out", str(out), *args]
    assert main(argv) == 0
    return pdf_pages_text(out)


def test_the_check_finds_english_labels_and_forgives_what_users_typed(store: Path) -> None:
    """The check can fail: an English page is full of labels; the store's own text is not."""
    typed = store_text(store)
    page = "Stances of other delegations Delegation Expected LA - Lao PDR Support"
    left = english_left(page, typed, "th")
    assert {"Stances of other delegations", "Support", "Expected"} <= set(left)
    note = "Supports the capacity-building function proposed by Thailand."
    assert note in typed and english_left(note, typed, "th") == {}


@pytest.mark.slow
@pytest.mark.parametrize("audience", ["hod", "delegation", "agencies", "public"])
@pytest.mark.parametrize("language", ["th", "vi"])
def test_no_english_label_in_a_pack_for_any_audience(
    store: Path, tmp_path: Path, audience: str, language: str
) -> None:
    out = tmp_path / f"{audience}-{language}.pdf"
    pages = _pack(store, out, "--audience", audience, "--language", language)
    left = english_left(" ".join(pages), store_text(store), language)
    assert left == {}, {label: where[:2] for label, where in left.items()}


@pytest.mark.slow
def test_the_cover_names_the_delegation_and_the_week_in_the_language(
    store: Path, tmp_path: Path
) -> None:
    sections = "cover,contents"
    th = _pack(store, tmp_path / "th.pdf", "--sections", sections, "--language", "th",
               "--buddhist-era")  # fmt: skip
    cover = _flat(th[0])
    assert "Delegationof" not in cover
    assert _flat("คณะผู้แทน Thailand") in cover
    assert _flat("12-16 มกราคม พ.ศ. 2569") in cover  # as compact as "12-16 January 2026"
    vi = _flat(_pack(store, tmp_path / "vi.pdf", "--sections", sections, "--language", "vi")[0])
    assert _flat("Đoàn Thailand") in vi and "Delegationof" not in vi
    assert _flat("ngày 12-16 tháng 1 năm 2026") in vi
    en = _flat(_pack(store, tmp_path / "en.pdf", "--sections", sections)[0])
    assert _flat("Delegation of Thailand") in en and _flat("12-16 January 2026") in en


@pytest.mark.slow
@pytest.mark.parametrize(("language", "stamp"), [("th", "ตัวอย่าง - ยังไม่ได้ออก"),
                                                   ("vi", "BẢN XEM TRƯỚC - CHƯA PHÁT HÀNH")])  # fmt: skip
def test_a_preview_is_stamped_in_the_language(
    demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, stamp: str
) -> None:
    """The stamp is drawn as outlines (never in the text a reader copies): what the page
    callback draws is recorded."""
    from adgsom_desktop.reports import document
    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest
    from tests.pack_fixtures import open_demo_copy

    drawn: list[str] = []
    real = document.draw_watermark

    def recorded(canvas: object, text: str, w: float, h: float) -> None:
        drawn.append(text)
        real(canvas, text, w, h)

    monkeypatch.setattr(document, "draw_watermark", recorded)
    services = open_demo_copy(demo_master, tmp_path / "store")
    try:
        request = PackRequest(
            event_id=HANOI, sections=(Section.COVER, Section.CONTENTS), language=language
        )
        pdf = services.packs.preview(request)
    finally:
        services.close()
    assert len(drawn) >= len(pdf_pages_text(pdf)) >= 2
    assert set(drawn) == {stamp}


@pytest.mark.gui
@pytest.mark.slow
@pytest.mark.usefixtures("no_leaked_jobs")
def test_the_tracker_report_prints_in_the_language_chosen_and_remembers_it(
    qtbot: Any,
    window: Any,
    demo_path: Path,
    demo_services: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Report to capital… in the tracker window asks the language (Thai years in the
    Buddhist Era) as the pack dialog does, prints in it, and offers it again next time
    (also after a restart: the preferences file)."""
    from datetime import date

    from adgsom_desktop.i18n.catalogue import load
    from adgsom_desktop.reports.print_labels import TRACKER_TITLE
    from adgsom_desktop.ui.common import file_dialogs
    from adgsom_desktop.ui.shell.preferences import Preferences
    from adgsom_desktop.ui.tracker import report_action
    from adgsom_desktop.ui.tracker.report_dialog import TrackerReportDialog
    from adgsom_desktop.ui.tracker.tracker_window import TrackerWindow
    from tests.conftest import save_artifact

    tracker = TrackerWindow(demo_services, window, today=date(2026, 1, 10))
    tracker.show()
    qtbot.waitUntil(lambda: len(tracker.all_rows) > 0, timeout=10_000)
    offered: list[tuple[str, bool]] = []

    def choose(dialog: TrackerReportDialog, code: str) -> int:
        offered.append(dialog.values())
        dialog.printed_in.set_code(code)
        dialog.printed_in.buddhist_era.setChecked(True)
        dialog.resize(1093, 614)
        save_artifact(dialog, "tracker_report_dialog")
        return int(TrackerReportDialog.DialogCode.Accepted)

    written: list[str] = []
    monkeypatch.setattr(
        report_action, "show_message", lambda _w, text, *_a, **_k: written.append(text)
    )
    for code in ("th", "vi"):
        out = tmp_path / f"tracker-{code}.pdf"
        monkeypatch.setattr(TrackerReportDialog, "exec", lambda d, c=code: choose(d, c))
        monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a, o=out: o)
        tracker.write_report()
        qtbot.waitUntil(lambda o=out: o.exists() and tracker.btn_report.isEnabled(), timeout=60_000)
        text = " ".join(pdf_pages_text(out))
        assert _flat(load(code).translate("Pack", TRACKER_TITLE)) in _flat(text)
        left = english_left(text, store_text(demo_path), code)
        assert left == {}, {label: where[:2] for label, where in left.items()}
        if code == "th":
            assert _flat("พ.ศ. 2569") in _flat(text)  # 2026 in the Buddhist Era
    assert offered == [("", False), ("th", True)]  # English first, then the last choice
    # the window fixture's preferences file, read again as after a restart
    assert Preferences(tmp_path / "settings.ini").print_language("tracker") == ("vi", False)
    assert len(written) == 2
