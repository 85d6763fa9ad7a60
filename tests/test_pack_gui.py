"""The pack builder, report dialog and distribution register in the app, driven like a user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.ui.common.errors import Level
from tests.conftest import save_artifact
from tests.pack_fixtures import pdf_pages_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


@pytest.fixture
def window(window: Any, qtbot: Any, demo_path: Path) -> Any:
    """The main window with the demo store open."""
    win = window
    win.resize(1280, 800)
    with qtbot.waitSignal(win.controller.opened, timeout=15_000):
        win.controller.open_path(demo_path)
    qtbot.waitUntil(lambda: win.nav.model.rowCount() > 0, timeout=10_000)
    yield win
    feature = next(f for f in win.features if hasattr(f, "open_pack"))
    feature.close_all()
    win.close()


def _feature(window: Any) -> Any:
    return next(f for f in window.features if hasattr(f, "open_pack"))


def _open_pack(qtbot: Any, window: Any) -> Any:
    action = window.findChild(type(window.act_quit), "actPack")
    assert action is not None and action.isEnabled()
    action.trigger()
    dialog = _feature(window).dialogs[-1]
    qtbot.waitExposed(dialog)
    return dialog


def test_pack_dialog_values(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    choices = demo_services.packs.choices(2)
    dlg = PackDialog(choices)
    qtbot.addWidget(dlg)
    v = dlg.values()
    assert v.event_id == 2 and v.audience is Audience.HOD
    # the head of delegation's pack is marked at least CONFIDENTIAL (the store's minimum)
    assert v.classification == "CONFIDENTIAL" == choices.minimum(Audience.HOD)
    assert v.reference == choices.next_reference
    by_default = {i.id for m in choices.meetings for i in m.items if i.briefed_by_default}
    assert set(v.item_ids or ()) == by_default
    dlg.audience.set_audience(Audience.DELEGATION)
    dlg.classification.setCurrentText("CONFIDENTIAL")
    dlg.sections[Section.PERSONALITIES].setChecked(False)
    dlg.recipients.setPlainText("Dr. Pongsak Rattanavichai\nนางกนิษฐา ศรีสุวรรณ\n\n")
    dlg.watermark.setChecked(True)
    dlg.one_file.setChecked(True)
    qtbot.mouseClick(dlg.all_items, Qt.MouseButton.LeftButton)
    v = dlg.values()
    assert v.audience is Audience.DELEGATION and v.classification == "CONFIDENTIAL"
    assert v.sections is not None
    assert Section.PERSONALITIES not in v.sections and Section.COVER in v.sections
    assert v.recipients == ("Dr. Pongsak Rattanavichai", "นางกนิษฐา ศรีสุวรรณ")
    assert v.watermark and v.one_file and not dlg.copies.isEnabled()
    assert len(v.item_ids or ()) == sum(len(m.items) for m in choices.meetings)
    dlg.recipients.setPlainText("")
    qtbot.mouseClick(dlg.add_delegation, Qt.MouseButton.LeftButton)
    assert dlg.values().recipients == choices.suggested_recipients
    # unticking a meeting leaves it out
    dlg.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    v = dlg.values()
    assert choices.meetings[0].id not in v.meeting_ids and v.meeting_ids
    dlg.resize(1240, 820)
    save_artifact(dlg, "pack_dialog")


def test_pack_dialog_default_is_the_services_default(qtbot: Any, demo_services: Any) -> None:
    """Untouched, the dialog asks for the pack the CLI builds without options."""
    from datetime import datetime

    from adgsom_desktop.services.pack_records import IssueRec, PackRequest
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    choices = demo_services.packs.choices(2)
    dlg = PackDialog(choices)
    qtbot.addWidget(dlg)
    _r, from_dialog, _c = demo_services.packs.prepare(dlg.values())
    _r, from_service, _c = demo_services.packs.prepare(PackRequest(event_id=2))
    assert len(from_service.meetings) == len(choices.meetings) == 8
    assert [b.item_id for b in from_dialog.briefs] == [b.item_id for b in from_service.briefs]
    assert from_dialog == from_service  # same meetings, agendas, briefs, stance map...
    dlg.resize(1240, 820)
    dlg.tree.topLevelItem(0).setExpanded(True)
    save_artifact(dlg, "pack_dialog_default")
    # the rule is the service's (position, stances, notes or outcomes), not positions only
    items = [i for m in choices.meetings for i in m.items]
    assert any(i.briefed_by_default and not i.has_position for i in items)
    # meetings stay in the pack whether or not any of their items gets a brief
    qtbot.mouseClick(dlg.no_items, Qt.MouseButton.LeftButton)
    v = dlg.values()
    assert v.meeting_ids == () and v.item_ids == ()
    _r, none_briefed, _c = demo_services.packs.prepare(v)
    assert [m.id for m in none_briefed.meetings] == [m.id for m in from_service.meetings]
    assert none_briefed.briefs == ()
    qtbot.mouseClick(dlg.only_positions, Qt.MouseButton.LeftButton)
    assert set(dlg.values().item_ids or ()) == {b.item_id for b in from_service.briefs}
    # unticking a meeting leaves it out, and its items cannot be briefed
    top = dlg.tree.topLevelItem(1)
    top.setCheckState(0, Qt.CheckState.Unchecked)
    assert all(top.child(k).isDisabled() for k in range(top.childCount()))
    v = dlg.values()
    assert choices.meetings[1].id not in v.meeting_ids and len(v.meeting_ids) == 7
    assert not {i.id for i in choices.meetings[1].items} & set(v.item_ids or ())
    top.setCheckState(0, Qt.CheckState.Checked)
    assert not top.child(0).isDisabled() and dlg.values().meeting_ids == ()
    # no meeting ticked: nothing is asked for
    for n in range(dlg.tree.topLevelItemCount()):
        dlg.tree.topLevelItem(n).setCheckState(0, Qt.CheckState.Unchecked)
    with qtbot.assertNotEmitted(dlg.preview_requested):
        qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)
    assert "at least one meeting" in dlg.status.text()
    # an addendum is marked as the pack it adds to
    base = IssueRec(
        7, "TH/1", "t", Audience.HOD, "CONFIDENTIAL", None, datetime(2026, 1, 5), "x", 1
    )
    dlg.set_issues((base,), "TH/2")
    dlg.addendum.setCurrentIndex(1)
    assert dlg.values().classification == "CONFIDENTIAL"
    assert dlg.values().audience is Audience.HOD  # an addendum keeps its pack's audience
    dlg.addendum.setCurrentIndex(0)
    assert dlg.values().classification == "CONFIDENTIAL"  # the head's minimum


@pytest.mark.slow
def test_preview_then_save_issues_and_registers(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    from adgsom_desktop.ui.common import file_dialogs

    dialog = _open_pack(qtbot, window)
    assert dialog.event_choice.currentData() == 2  # the newest event
    # only the 6th ADGSOM, to keep it quick
    for n in range(1, dialog.tree.topLevelItemCount()):
        dialog.tree.topLevelItem(n).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.recipients.setPlainText("Dr. Pongsak Rattanavichai\nMr. Thanawat Boonmee")
    dialog.watermark.setChecked(True)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert not dialog.preview_button.isEnabled()  # busy, off the GUI thread
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 5, timeout=60_000)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=5000)
    qtbot.wait(200)
    save_artifact(dialog, "pack_dialog_preview")
    assert window.services.packs.register().rows == ()  # a preview issues nothing

    target = tmp_path / "out" / "hod-pack.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a, **_k: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Pack issued" in m[0] for m in messages), timeout=60_000)
    issued = next(m for m in messages if "Pack issued" in m[0])
    assert "2 copies issued and recorded" in issued[1]
    assert issued[2] is Level.INFORMATION  # a success, not the red error icon (#22 item 2)
    assert dialog.bar.open_button.isVisible() and dialog.bar.folder_button.isVisible()
    assert "Built again for each copy with its own marking" in dialog.status.text()
    assert dialog.bar.saved[0].name == "hod-pack-copy01-Dr_Pongsak_Rattanavichai.pdf"
    files = sorted(target.parent.glob("*.pdf"))
    assert [f.name for f in files] == [
        "hod-pack-copy01-Dr_Pongsak_Rattanavichai.pdf",
        "hod-pack-copy02-Mr_Thanawat_Boonmee.pdf",
    ]
    rows = window.services.packs.register().rows
    assert [r.recipient for r in rows] == ["Dr. Pongsak Rattanavichai", "Mr. Thanawat Boonmee"]
    assert "issued to Mr. Thanawat Boonmee" in pdf_pages_text(files[1])[0]
    # the new issue can now take an addendum; nothing changed, so it is refused in words
    assert dialog.addendum.count() == 2
    dialog.addendum.setCurrentIndex(1)
    assert not dialog.tree.isEnabled() and dialog.values().addendum_to == rows[0].issue_id
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a, **_k: tmp_path / "add.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("no addendum is needed" in m[1] for m in messages), timeout=30_000)
    assert not (tmp_path / "add.pdf").exists()


def test_cancel_a_build(qtbot: Any, window: Any, messages: list[Any]) -> None:
    dialog = _open_pack(qtbot, window)
    qtbot.mouseClick(dialog.all_items, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.cancel_button.isVisible(), timeout=5000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=60_000)
    assert "Cancelled" in dialog.status.text()
    assert dialog.preview.page_count() == 0 and not messages


def test_print_through_the_print_dialog(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from adgsom_desktop.ui.packs import pdf_printing

    printed = tmp_path / "printer-output.pdf"

    def fake_printer(*_a: Any, **_k: Any) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(100)
        return printer

    monkeypatch.setattr(pdf_printing, "ask_printer", fake_printer)
    dialog = _open_pack(qtbot, window)
    for n in range(1, dialog.tree.topLevelItemCount()):
        dialog.tree.topLevelItem(n).setCheckState(0, Qt.CheckState.Unchecked)
    for section, box in dialog.sections.items():
        box.setChecked(section in (Section.COVER, Section.STANCE_MAP, Section.PROGRAMME))
    dialog.copies.setValue(2)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Pack printed" in m[0] for m in messages), timeout=60_000)
    said = next(m[1] for m in messages if "Pack printed" in m[0])
    assert ": 2 copies (" in said and " pages) sent to " in said
    rows = window.services.packs.register().rows
    assert len(rows) == 2 and all(r.file_name.startswith("printed: PDF file") for r in rows)
    from pypdf import PdfReader

    reader = PdfReader(printed)
    per_copy = rows[0]
    assert per_copy.copies_total == 2
    assert len(reader.pages) % 2 == 0 and len(reader.pages) >= 4
    # the stance map pages print in landscape
    assert any(float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages)


def test_register_view_and_report_dialog(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
    messages: list[Any],
) -> None:
    from adgsom_desktop.services.pack_records import PackRequest
    from adgsom_desktop.ui.common import file_dialogs

    svc = window.services
    svc.packs.issue(
        PackRequest(event_id=2, meeting_ids=(4,), sections=(Section.COVER,), recipients=("A", "B")),
        tmp_path / "p.pdf",
    )
    window.findChild(type(window.act_quit), "actRegister").trigger()
    dialog = _feature(window).dialogs[-1]
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert dialog.heading.text().endswith("2 copies, 1 issue")
    save_artifact(dialog, "register_dialog")
    out = tmp_path / "register.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a, **_k: out)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=5000)
    assert "p-copy01-A.pdf" in " ".join(pdf_pages_text(out)).replace("\n", "")
    # a new issue shows up in the open register
    svc.packs.issue(
        PackRequest(event_id=2, meeting_ids=(4,), sections=(Section.COVER,)), tmp_path / "q.pdf"
    )
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)

    window.findChild(type(window.act_quit), "actCapital").trigger()
    report = _feature(window).dialogs[-1]
    report.meeting.setCurrentIndex(report.meeting.findData(4))
    qtbot.mouseClick(report.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.preview.page_count() > 1, timeout=60_000)
    qtbot.waitUntil(lambda: report.preview_button.isEnabled(), timeout=5000)
    qtbot.wait(200)
    save_artifact(report, "report_dialog_preview")
    assert dialog.model.rowCount() == 3  # a preview issues nothing
    # a report is issued in numbered copies and enters the register, as a pack does
    report.who.recipients.setPlainText("MDES\nETDA")
    report.who.watermark.setChecked(True)
    target = tmp_path / "debrief.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a, **_k: target)
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Report issued" in m[0] for m in messages), timeout=60_000)
    assert "2 copies issued and recorded" in messages[-1][1]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5, timeout=5000)
    names = sorted(p.name for p in tmp_path.glob("debrief-copy*.pdf"))
    assert names == ["debrief-copy01-MDES.pdf", "debrief-copy02-ETDA.pdf"]
    first = dialog.model.index(0, 0).data()
    assert first.startswith("Report to capital: TH/2026/RC-ADGSOM6")
    assert "issued to ETDA" in pdf_pages_text(tmp_path / "debrief-copy02-ETDA.pdf")[0]
    save_artifact(dialog, "register_with_reports")


def test_pack_dialog_names_the_issuer_and_proposes_the_one_chosen_before(
    qtbot: Any, demo_services: Any, tmp_path: Path
) -> None:
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    choices = demo_services.packs.choices(2)
    dlg = PackDialog(choices)
    qtbot.addWidget(dlg)
    names = [dlg.issued_by.itemText(n) for n in range(dlg.issued_by.count())]
    assert names[1:] == [name for _id, name in choices.issuers] and len(names) > 2
    assert dlg.values().issuer_id is None  # nobody chosen yet
    dlg.issued_by.setCurrentIndex(2)
    request = dlg.values()
    assert request.issuer_id == choices.issuers[1][0]
    demo_services.packs.issue(request, tmp_path / "pack.pdf")
    again = PackDialog(demo_services.packs.choices(2))
    qtbot.addWidget(again)
    assert again.issued_by.currentText() == choices.issuers[1][1]  # remembered
    again.resize(1093, 614)
    save_artifact(again, "pack_dialog_issued_by")


def test_a_reference_already_issued_is_refused_in_words(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    """F11: the same number is never issued twice, to whatever audience."""
    from adgsom_desktop.services.pack_records import PackRequest
    from adgsom_desktop.ui.common import file_dialogs

    dialog = _open_pack(qtbot, window)
    ref = "TH/2026/BP-077"
    public = PackRequest(
        event_id=2, item_ids=(28,), sections=(Section.COVER, Section.BRIEFS),
        audience=Audience.PUBLIC, classification="UNCLASSIFIED", reference=ref,
    )  # fmt: skip
    window.services.packs.issue(public, tmp_path / "public.pdf")
    dialog.reference.clear()
    qtbot.keyClicks(dialog.reference, ref)
    target = tmp_path / "hod.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_pdf", lambda *_a, **_k: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("was already issued" in m[1] for m in messages), timeout=60_000)
    text = next(m[1] for m in messages if "was already issued" in m[1])
    assert ref in text and "public lines" in text and "next free one" in text
    assert not target.exists() and len(window.services.packs.register().rows) == 1
