"""Word copies from the app (issue #18, item 11): the report dialog's Word format and
File > Export brief as Word…, driven through the menus like a user.

Both run the CLI's services (``ReportService.issue(format="docx")``,
``PackService.export_brief``) in a worker; the tests open every produced .docx
with python-docx and check its headings, the marking in its header and footer,
and that what the audience may not read is nowhere in the file.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.services.pack_records import ReportRequest
from adgsom_desktop.ui.common.errors import Level
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

SOM6 = 4  # the 6th ADGSOM in the demo
ITEM = 27  # its item 3.2.a: a position with a red line and a background not for disclosure


@pytest.fixture
def window(window: Any, qtbot: Any, demo_path: Path) -> Any:
    """The main window with the demo store open."""
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(demo_path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=10_000)
    yield window
    _feature(window).close_all()


def _feature(window: Any) -> Any:
    return next(f for f in window.features if hasattr(f, "open_pack"))


def _trigger(qtbot: Any, window: Any, name: str) -> Any:
    action = window.findChild(type(window.act_quit), name)
    assert action is not None and action.isEnabled()
    assert action in window.file_menu.actions()  # in the File menu, where a user finds it
    action.trigger()
    dialog = _feature(window).dialogs[-1]
    qtbot.waitExposed(dialog)
    return dialog


def word(path: Path) -> tuple[str, str, list[str], str]:
    """(body, header and footer, headings, every text of every part of the file)."""
    from docx import Document

    doc = Document(str(path))
    body = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        body += [c.text for row in table.rows for c in row.cells]
    marks = []
    for section in doc.sections:
        for part in (section.header, section.footer):
            marks += [p.text for p in part.paragraphs]
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    with zipfile.ZipFile(path) as z:
        raw = " ".join(
            html.unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")))
            for n in z.namelist()
            if n.endswith(".xml")
        )
    return "\n".join(body), "\n".join(marks), headings, raw


def _save(
    qtbot: Any, dialog: Any, target: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> list[tuple[int, int, str]]:
    """Click Save as Word… with ``target`` chosen; the progress the worker reported."""
    from adgsom_desktop.ui.common import file_dialogs

    asked: list[Path] = []

    def ask(_parent: Any, start: Path, _title: str = "") -> Path:
        asked.append(start)
        return target

    monkeypatch.setattr(file_dialogs, "ask_save_docx", ask)
    monkeypatch.setattr(
        file_dialogs, "ask_save_pdf", lambda *_a, **_k: pytest.fail("asked for a PDF name")
    )
    progress: list[tuple[int, int, str]] = []
    shown = dialog.set_progress

    def record(done: int, total: int, message: str) -> None:
        progress.append((done, total, message))
        shown(done, total, message)

    dialog.set_progress = record
    before = len(messages)
    qtbot.mouseClick(dialog.save_button, qtbot_left())
    qtbot.waitUntil(lambda: len(messages) > before, timeout=120_000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    _title, text, level = messages[-1]
    assert level is Level.INFORMATION, text
    assert "issued and recorded in the distribution register" in text
    assert asked and asked[0].suffix == ".docx"
    return progress


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_report_to_capital_as_word_from_the_report_dialog(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    svc = window.services
    dialog = _trigger(qtbot, window, "actCapital")
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(SOM6))
    dialog.as_word.setChecked(True)
    # Word copies are saved, one file each, without watermark: those choices go away
    assert dialog.save_button.text() == "Save as Word…"
    assert not dialog.print_button.isEnabled()
    assert dialog.who.watermark.isHidden() and dialog.who.one_file.isHidden()
    dialog.who.recipients.setPlainText("MDES\nETDA")
    dialog.resize(1093, 614)
    save_artifact(dialog, "report_dialog_word")
    assert dialog.values().format == "docx"

    progress = _save(qtbot, dialog, tmp_path / "capital.docx", monkeypatch, messages)
    assert [p[:2] for p in progress[:2]] == [(0, 2), (1, 2)]  # per copy, from the worker
    assert "Word copy 1 of 2" in progress[0][2]
    files = sorted(tmp_path.glob("capital*.docx"))
    assert [f.name for f in files] == ["capital-copy01-MDES.docx", "capital-copy02-ETDA.docx"]
    assert dialog.bar.saved[0] == files[0] and dialog.bar.open_button.isVisible()
    data, _m = svc.reports.data(ReportRequest(SOM6))
    body, marks, headings, _raw = word(files[1])
    assert headings[0] == data.title
    assert "What others said" in headings and "Stances of others" in headings
    assert "CONFIDENTIAL" in marks and "Copy 2 of 2 - issued to ETDA" in marks
    assert "TH/2026/RC-ADGSOM6" in marks and "Page" in marks
    said = [s.text for i in data.items for s in i.others_said]
    assert said and said[0].split("\n")[0][:40] in body

    # the same report for other agencies: what others said and their stances are left out
    dialog.audience.set_audience(Audience.AGENCIES)
    dialog.who.recipients.setPlainText("")
    _save(qtbot, dialog, tmp_path / "agencies.docx", monkeypatch, messages)
    body, marks, headings, raw = word(tmp_path / "agencies.docx")
    assert headings[0] == data.title and "Decision" in headings
    assert "What others said" not in headings and "Stances of others" not in headings
    assert "For other agencies" in marks
    assert marks.count(dialog.values().classification) == 2  # top and bottom of every page
    for text in said:
        assert text.split("\n")[0][:40] not in raw
    remarks = [s.text for i in data.items for s in i.happened if s.kind == "Remark"]
    assert remarks and all(r.split("\n")[0][:40] not in raw for r in remarks)

    rows = [r for r in svc.packs.register().rows if r.file_name.endswith(".docx")]
    assert len(rows) == 3 and {r.document for r in rows} == {"Report to capital"}
    assert sorted(r.audience for r in rows) == sorted(
        a.label for a in (Audience.HOD, Audience.HOD, Audience.AGENCIES)
    )


def test_a_brief_as_word_for_each_audience_through_the_file_menu(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[Any]
) -> None:
    svc = window.services
    position = svc.positions.get(ITEM).content
    assert position.red_line and position.background_nfd and position.opening
    item = svc.agenda.item(ITEM)
    assert window.nav.select("item", ITEM)
    dialog = _trigger(qtbot, window, "actBriefWord")
    assert dialog.values().item_id == ITEM and dialog.item_label() == item.label
    # the head of delegation's copy is marked at least CONFIDENTIAL (the store's minimum)
    assert dialog.values().audience is Audience.HOD
    assert dialog.classification.currentText() == "CONFIDENTIAL"
    dialog.who.recipients.setPlainText("Dr. Pongsak Rattanavichai")
    dialog.resize(1093, 614)
    save_artifact(dialog, "brief_word_dialog")

    def nowhere(text: str, raw: str) -> bool:
        first = text.strip().split("\n")[0][:50]
        return first not in raw

    expect = {
        # audience: (red line, not for disclosure, opening, objective)
        Audience.HOD: (True, True, True, True),
        Audience.DELEGATION: (True, False, True, True),
        Audience.AGENCIES: (False, False, False, True),
        Audience.PUBLIC: (False, False, False, False),
    }
    register_before = len(svc.packs.register().rows)
    issued: set[str] = set()
    for k, (audience, (red, nfd, opening, objective)) in enumerate(expect.items()):
        dialog.audience.set_audience(audience)
        if k == 1:
            dialog.who.recipients.setPlainText("")
        target = tmp_path / f"brief-{audience.value}.docx"
        progress = _save(qtbot, dialog, target, monkeypatch, messages)
        assert progress and progress[0][2].startswith("Word copy 1 of 1")
        body, marks, headings, raw = word(target)
        assert headings[0] == f"Item {item.label}"
        assert "Points to make" in headings and "Press line" in headings
        assert ("RED LINE (minimum acceptable)" in headings) is red
        assert (position.red_line[:50] in body) is red
        assert ("BACKGROUND - NOT FOR DISCLOSURE" in headings) is nfd
        assert ("Opening position" in headings) is opening
        assert ("Objective" in headings) is objective
        if not red:
            assert nowhere(position.red_line, raw)
        if not nfd:
            assert nowhere(position.background_nfd, raw) and "NOT FOR DISCLOSURE" not in raw
        if not opening:
            assert nowhere(position.opening, raw)
        # the marking in every page's header and footer
        assert marks.count(dialog.values().classification) == 2
        # a number of its own per issue (F11), not the item's id
        numbers = re.findall(r"TH/2026/BR-\d{3}", marks)
        assert numbers and audience.cover_line in marks and f"BR-{ITEM} " not in marks
        issued.add(numbers[0])
        assert "Page" in marks and " of " in marks
        if k == 0:
            assert "Copy 1 of 1 - issued to Dr. Pongsak Rattanavichai" in marks
    assert len(issued) == 4
    rows = svc.packs.register().rows
    assert len(rows) == register_before + 4
    mine = [r for r in rows if Path(r.file_name).name.startswith("brief-")]
    assert len(mine) == 4 and all(r.document == "Item brief (Word)" for r in mine)
    assert {r.audience for r in mine} == {a.label for a in expect}


def test_export_brief_asks_for_an_item_first(qtbot: Any, window: Any, messages: list[Any]) -> None:
    window.nav.select("event", 2)
    action = window.findChild(type(window.act_quit), "actBriefWord")
    before = len(_feature(window).dialogs)
    action.trigger()
    assert len(_feature(window).dialogs) == before
    assert "Select an agenda item" in messages[-1][1]
