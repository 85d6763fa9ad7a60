"""Qt models and small widgets of "Prepare positions", without a window: the agenda and
stance-map models (qtmodeltester), the autosave timers, the markup field, the approve dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer

from adgsom_desktop.domain.enums import MemberRole
from adgsom_desktop.services.records import PersonRec
from adgsom_desktop.ui.agenda.agenda_model import AgendaModel
from adgsom_desktop.ui.common.autosave import Autosaver
from adgsom_desktop.ui.common.markup_edit import MarkupEdit
from adgsom_desktop.ui.common.save_state import SaveState
from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
from adgsom_desktop.ui.positions.stance_model import StanceModel
from tests.conftest import save_artifact

pytestmark = pytest.mark.gui


def test_agenda_model(qtmodeltester: Any, demo_services: Any) -> None:
    som6 = next(m for m in demo_services.events.meetings() if m.label == "6th ADGSOM")
    items = demo_services.agenda.items(som6.id)
    model = AgendaModel()
    model.set_items(items)
    qtmodeltester.check(model)
    assert model.rowCount() == sum(1 for i in items if i.parent_id is None)
    index = model.index_for(items[3].id)
    assert model.record(index) == items[3]
    assert model.data(model.index(1, 6)) == "Approved"  # status in words, beside its dot
    drag = model.mimeData([model.index_for(items[0].id)])
    assert isinstance(drag, QMimeData)
    moved: list[tuple[int, Any, int]] = []
    model.move_requested.connect(lambda *a: moved.append(a))
    parent = model.index_for(items[2].id)
    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, 0, 0, parent) is False
    assert moved == [(items[0].id, items[2].id, 0)]


def test_stance_model(qtmodeltester: Any, demo_services: Any) -> None:
    som6 = next(m for m in demo_services.events.meetings() if m.label == "6th ADGSOM")
    grid = demo_services.stances.grid([som6.id])
    model = StanceModel()
    model.set_grid(grid)
    qtmodeltester.check(model)
    assert model.columnCount() == len(grid.delegations)
    assert "(us)" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    tooltip = model.data(model.index(5, 3), Qt.ItemDataRole.ToolTipRole)
    assert "Expected:" in tooltip and "Observed:" in tooltip


def test_autosave_saves_during_continuous_typing(qtbot: Any) -> None:
    saves: list[int] = []
    saver = Autosaver(lambda: saves.append(1), SaveState(), debounce_ms=300, max_wait_ms=1000)
    typist = QTimer()
    typist.setInterval(40)  # never a pause long enough for the debounce alone
    typist.timeout.connect(saver.touch)
    typist.start()
    qtbot.waitUntil(lambda: len(saves) >= 2, timeout=5000)  # the maximum wait saves anyway
    typist.stop()
    qtbot.waitUntil(lambda: not saver.pending, timeout=3000)  # then the debounce
    saver.touch()
    assert saver.flush() and not saver.pending


def test_autosave_keeps_edits_pending_when_a_save_fails(qtbot: Any) -> None:
    def refuse() -> None:
        raise OSError(28, "No space left on device")

    state = SaveState()
    saver = Autosaver(refuse, state)
    saver.touch()
    assert saver.flush() is False
    assert saver.pending and state.failed  # nothing is dropped silently
    assert state.text().startswith("Not saved: the disk is full")
    saver.cancel()
    assert not saver.pending


def test_markup_round_trip(qtbot: Any) -> None:
    edit = MarkupEdit()
    qtbot.addWidget(edit)
    for text in (
        "Plain",
        "A **bold** and *italic* word",
        "***both*** here",
        "Para one\n\nPara two",
        "Intro\n- one\n- **two**",
        "ประเทศไทย **สนับสนุน** · Việt Nam *ủng hộ*",
    ):
        edit.set_markup(text)
        assert edit.markup() == text


def test_approve_dialog_offers_our_members_head_first(qtbot: Any) -> None:
    members = [
        PersonRec(3, 1, "TH", "Natthida Chaiyaporn", role=MemberRole.DESK_OFFICER),
        PersonRec(1, 1, "TH", "Worawit Chanthasiri", honorific="H.E.", role=MemberRole.HEAD),
    ]
    dlg = ApproveDialog(members)
    qtbot.addWidget(dlg)
    assert dlg.values() == 1
    assert dlg.approver.itemText(0).startswith("H.E. Worawit")
    save_artifact(dlg, "approve_dialog")
    empty = ApproveDialog([])
    qtbot.addWidget(empty)
    assert not empty.ok.isEnabled() and empty.values() is None
