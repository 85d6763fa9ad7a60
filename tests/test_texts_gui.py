"""The Texts tab of a meeting, driven as a user does (offscreen), with screenshots to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from adgsom_desktop.domain.enums import AmendmentState, ParagraphStatus
from tests.conftest import save_artifact
from tests.text_fixtures import REV2, REV3

pytestmark = pytest.mark.gui


def _som6(svc: object) -> int:
    return next(m.id for m in svc.events.meetings() if m.label == "6th ADGSOM")  # type: ignore[attr-defined]


@pytest.fixture
def view(qtbot: object, demo_services: object, messages: list[tuple[str, str, bool]]) -> object:
    from adgsom_desktop.ui.negotiation.view import TextsView

    v = TextsView(demo_services)
    qtbot.addWidget(v)  # type: ignore[attr-defined]
    v.resize(1093, 614)
    v.show()
    v.show_record(_som6(demo_services))
    return v


def _select(view: object, number: str) -> None:
    model = view.model  # type: ignore[attr-defined]
    row = next(n for n, r in enumerate(model.rows) if r.number == number)
    view.table.selectRow(row)  # type: ignore[attr-defined]


def test_the_tab_shows_paragraphs_counts_brackets_diff_and_ours(view: object) -> None:
    v = view
    assert "Implementation Plan" in v.document.currentText()  # type: ignore[attr-defined]
    assert v.revision.currentText() == "Rev. 3"  # type: ignore[attr-defined]
    assert v.counts.text() == "Rev. 3: 58 agreed"  # type: ignore[attr-defined]
    _select(v, "47")
    html = v.detail.toHtml()  # type: ignore[attr-defined]
    assert "Bracket lifted" in html and "Since Rev. 2" in html and "was 45" in html
    assert "Accepted with changes" in html and "Red line" in html
    save_artifact(v, "texts-plan")
    # the statement: brackets with proponents, tracked proposals, ours
    v.document.setCurrentIndex(1)  # type: ignore[attr-defined]
    v.document.activated.emit(1)  # type: ignore[attr-defined]
    assert v.counts.text().startswith("Rev. 3: 13 agreed ad ref, 5 bracketed")  # type: ignore[attr-defined]
    _select(v, "10")
    html = v.detail.toHtml()  # type: ignore[attr-defined]
    assert "TH: Thailand" in html and "SG: the offers of Member States" in html
    assert "To table" in html and "Bridges the two bracketed options" in html
    save_artifact(v, "texts-jms-offers")
    _select(v, "9")
    html = v.detail.toHtml()  # type: ignore[attr-defined]
    assert "SG: replace “held every year” with" in html
    save_artifact(v, "texts-jms-tracked")


def test_status_keys_mark_the_paragraph_and_the_counts_follow(
    view: object, qtbot: object, messages: list[tuple[str, str, bool]]
) -> None:
    from PySide6.QtCore import Qt

    v = view
    v.document.activated.emit(1)  # type: ignore[attr-defined]
    _select(v, "10")
    v.table.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(v.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    assert messages == []
    assert v.presenter.selected.status is ParagraphStatus.AGREED_AD_REF  # type: ignore[attr-defined]
    assert v.counts.text().startswith("Rev. 3: 14 agreed ad ref, 4 bracketed")  # type: ignore[attr-defined]
    row = v.model.row_of(v.presenter.selected.id)  # type: ignore[attr-defined]
    assert v.model.index(row, 1).data() == "Agreed ad ref"  # type: ignore[attr-defined]
    again = v.services.texts.paragraph(v.presenter.selected.id)  # type: ignore[attr-defined]
    assert again.status is ParagraphStatus.AGREED_AD_REF  # in the store


def test_propose_an_amendment_through_the_dialog(
    view: object, qtbot: object, monkeypatch: object
) -> None:
    from adgsom_desktop.ui.negotiation import actions

    v = view
    v.document.activated.emit(1)  # type: ignore[attr-defined]
    _select(v, "12")
    seen: list[object] = []

    def fill(dialog: object) -> int:
        seen.append(dialog)
        text = dialog.text.toPlainText().replace("older persons", "older persons, youth")  # type: ignore[attr-defined]
        dialog.text.setPlainText(text)  # type: ignore[attr-defined]
        dialog.update_preview()  # type: ignore[attr-defined]
        dialog.rationale.setPlainText("Youth is our priority under DO7.")  # type: ignore[attr-defined]
        dialog.item.setCurrentIndex(
            dialog.item.findText(
                "8.2", flags=__import__("PySide6.QtCore").QtCore.Qt.MatchFlag.MatchStartsWith
            )
        )  # type: ignore[attr-defined]
        dialog.resize(1093, 614)
        save_artifact(dialog, "texts-amendment-dialog")
        dialog.accept()  # type: ignore[attr-defined]
        return 1

    monkeypatch.setattr(actions, "exec_dialog", fill)  # type: ignore[attr-defined]
    v.propose()  # type: ignore[attr-defined]
    (dialog,) = seen
    assert "youth" in dialog.preview.toHtml()  # type: ignore[attr-defined]
    assert dialog.red_line.isVisibleTo(dialog)  # type: ignore[attr-defined]
    ours = [a for a in v.presenter.amendments if a.label == "12"]  # type: ignore[attr-defined]
    assert len(ours) == 1 and ours[0].kind == "insert" and ours[0].state is AmendmentState.TO_TABLE
    assert "youth" in v.detail.toHtml()  # type: ignore[attr-defined]


def test_import_dialog_previews_then_imports(
    qtbot: object, services: object, tmp_path: Path, no_leaked_jobs: None
) -> None:
    from adgsom_desktop.services.negotiation.records import ImportSource
    from adgsom_desktop.ui.negotiation.import_dialog import ImportTextDialog

    svc = services
    ev = svc.events.save_event(title="6th ADGMIN week", timezone="Asia/Ho_Chi_Minh")  # type: ignore[attr-defined]
    m = svc.events.save_meeting(event_id=ev.id, kind="som", title="6th ADGSOM")  # type: ignore[attr-defined]
    first = svc.texts.import_revision(m.id, ImportSource("rev2.txt", text=REV2))  # type: ignore[attr-defined]
    (tmp_path / "rev3.txt").write_text(REV3, encoding="utf-8")
    dialog = ImportTextDialog(svc, m.id, first.document_id)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.open_path(tmp_path / "rev3.txt")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)  # type: ignore[attr-defined]
    rows = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
    assert any(r.text(0) == "OP5" and "merged (was OP3 + OP4)" in r.text(2) for r in rows)
    assert any(r.text(0) == "OP1" and "moved" in r.text(2) for r in rows)
    dialog.resize(1093, 614)
    save_artifact(dialog, "texts-import-dialog")
    dialog.do_import()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)  # type: ignore[attr-defined]
    assert dialog.imported.label == "Rev. 3"
    # a file that is not a Word file: said in the dialog, nothing imported
    (tmp_path / "bad.docx").write_bytes(b"not a docx")
    again = ImportTextDialog(svc, m.id, first.document_id)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.open_path(tmp_path / "bad.docx")
    qtbot.waitUntil(lambda: "not a Word .docx file" in again.status.text(), timeout=10_000)  # type: ignore[attr-defined]
    assert not again.import_button.isEnabled()
    assert len(svc.texts.document(first.document_id).revisions) == 2  # type: ignore[attr-defined]


def test_an_empty_meeting_says_what_to_do(qtbot: object, services: object) -> None:
    from adgsom_desktop.ui.negotiation.view import TextsView

    svc = services
    ev = svc.events.save_event(title="E", timezone="Asia/Bangkok")  # type: ignore[attr-defined]
    m = svc.events.save_meeting(event_id=ev.id, kind="som", title="7th ADGSOM")  # type: ignore[attr-defined]
    v = TextsView(svc)
    qtbot.addWidget(v)  # type: ignore[attr-defined]
    v.resize(1093, 614)
    v.show()
    v.show_record(m.id)
    assert v.empty.isVisible() and not v.split.isVisible()
    save_artifact(v, "texts-empty")
