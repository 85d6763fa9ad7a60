"""The paragraph under negotiation in live mode: shown with its brackets and our amendment,
marked by key, and who lifted or kept a bracket noted into the stance map."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from adgsom_desktop.domain.enums import BracketState, ParagraphStatus, Stance
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def live(qtbot: Any, demo_services: Any, messages: list[Any]) -> Any:
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    svc = demo_services
    som6 = next(m for m in svc.events.meetings() if m.label == "6th ADGSOM")
    jms = next(i for i in svc.agenda.items(som6.id) if i.title.startswith("Draft Joint Media"))
    window = LiveWindow(svc, som6.id, jms.id)
    qtbot.addWidget(window)
    window.resize(1093, 614)
    window.show()
    return window


def _key(qtbot: Any, live: Any, key: Any, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    live.activateWindow()
    qtbot.keyClick(live.text, key, mods)


def test_the_paragraph_under_negotiation_is_on_screen(live: Any, qtbot: Any) -> None:
    panel = live.text_panel
    assert panel.isVisible()
    assert panel.counts.text() == "Rev. 3: 13 agreed ad ref, 5 bracketed"
    # the first paragraph still open comes up: 4 (a tracked proposal by Malaysia)
    assert live.text_presenter.current.number == "4"
    _key(qtbot, live, Qt.Key.Key_N, CTRL | SHIFT)  # next open: 5, "[shall / should]"
    assert live.text_presenter.current.number == "5"
    html = panel.body.toHtml()
    assert "shall / should" in html and "Ours (Tabled)" in html and "will" in html
    save_artifact(live, "texts-live")
    _key(qtbot, live, Qt.Key.Key_Down, CTRL | SHIFT)
    assert live.text_presenter.current.number == "6"
    # another item without a document: the panel goes away
    live.step(1)
    assert not panel.isVisible()


def test_keys_mark_the_paragraph(live: Any, qtbot: Any, demo_services: Any) -> None:
    _key(qtbot, live, Qt.Key.Key_N, CTRL | SHIFT)
    para = live.text_presenter.current
    _key(qtbot, live, Qt.Key.Key_F6)
    again = demo_services.texts.paragraph(para.id)
    assert again.status is ParagraphStatus.AGREED_AD_REF
    assert live.text_panel.counts.text() == "Rev. 3: 14 agreed ad ref, 4 bracketed"
    assert "Agreed ad ref" in live.text_panel.where.text()


def test_who_lifted_a_bracket_feeds_the_stance_map(
    live: Any, qtbot: Any, demo_services: Any
) -> None:
    svc = demo_services
    assert live.text_presenter.jump("10")
    live.text_panel.show_state(live.text_presenter)
    para = live.text_presenter.current
    # no speaker yet: said, nothing written
    _key(qtbot, live, Qt.Key.Key_U, CTRL | SHIFT)
    assert "speaker box first" in live.text_panel.hint.text()
    live.speaker.setFocus()
    qtbot.keyClicks(live.speaker, "SG")
    live.text.setPlainText("can accept the Thai wording if generic")
    _key(qtbot, live, Qt.Key.Key_U, CTRL | SHIFT)
    notes = [n for n in svc.notes.notes(live.meeting.id) if "lifted its bracket on 10" in n.text]
    (n,) = notes
    assert n.text == "SG lifted its bracket on 10: can accept the Thai wording if generic"
    assert n.observed_stance is Stance.SUPPORT and n.item_id == live.current_item.id
    (bracket,) = svc.texts.paragraph(para.id).brackets
    assert bracket.state is BracketState.LIFTED and bracket.state_note.startswith("SG lifted it")
    sg = next(d for d in svc.delegations.delegations() if d.code == "SG")
    cell = svc.stances.cell(live.current_item.id, sg.id)
    assert cell.observed is Stance.SUPPORT
    assert live.text.toPlainText() == ""  # the capture box is ready for the next note
    # Viet Nam keeps the bracket (not its own, but the paragraph's only one): open again
    qtbot.keyClicks(live.speaker, "VN")
    _key(qtbot, live, Qt.Key.Key_K, CTRL | SHIFT)
    vn = next(d for d in svc.delegations.delegations() if d.code == "VN")
    assert svc.stances.cell(live.current_item.id, vn.id).observed is Stance.RESERVE
    (bracket,) = svc.texts.paragraph(para.id).brackets
    assert bracket.state is BracketState.OPEN and "VN kept it" in bracket.state_note
    save_artifact(live, "texts-live-lifted")
