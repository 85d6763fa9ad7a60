"""The main window shell driven like a user would (offscreen): open, navigate,
settings, new store, bad files, encrypted stores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.shell.about_dialog import AboutDialog
from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues
from adgsom_desktop.ui.store.new_store_dialog import NewStoreDialog
from adgsom_desktop.ui.structure.navigation_model import NavigationModel
from tests.conftest import save_artifact
from tests.helpers import sha

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _small_store(path: Path, passphrase: str | None = None) -> Path:
    from adgsom_desktop.services.container import Services

    store = create_store(path, passphrase=passphrase, our_delegation_code="TH")
    svc = Services.for_store(store)
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    parent = svc.agenda.add_item(meeting.id, "ASEAN Digital Masterplan")
    svc.agenda.add_item(meeting.id, "กรอบการกำกับดูแลข้อมูลดิจิทัล", parent_id=parent.id)
    svc.close()
    return path


def _open(qtbot: Any, window: Any, path: Path) -> Any:
    with qtbot.waitSignal(window.controller.opened, timeout=10_000):
        window.controller.open_path(path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=5000)
    return window.services


def test_opens_a_store_and_navigates_to_an_item(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = _small_store(tmp_path / "s.adgsom")
    services = _open(qtbot, window, path)
    assert window.windowTitle().startswith("s.adgsom")
    assert "Our delegation: TH" in window.delegation_label.text()
    item = services.agenda.items(1)[1]
    assert window.nav.select("item", item.id)
    overview = window.findChild(object, "itemOverview")
    qtbot.waitUntil(lambda: "กรอบการกำกับดูแลข้อมูลดิจิทัล" in overview.browser.toPlainText())
    assert "1.1" in overview.browser.toPlainText()
    save_artifact(window, "main_window_small_store")
    # A change made through a service shows up without reopening.
    services.agenda.add_item(1, "Any other business")
    qtbot.waitUntil(lambda: window.nav.model.index_for("item", 3).isValid(), timeout=5000)


def test_filter_narrows_the_tree(qtbot: Any, window: Any, tmp_path: Path) -> None:
    _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    assert window.nav.tree.model() is window.nav.model  # no filter: no proxy in between
    qtbot.keyClicks(window.nav.filter, "Masterplan")
    proxy = window.nav.proxy
    assert window.nav.tree.model() is proxy
    event = proxy.index(0, 0)
    meeting = proxy.index(0, 0, event)
    assert proxy.rowCount(meeting) == 1
    assert "Masterplan" in proxy.index(0, 0, meeting).data()
    window.nav.filter.clear()  # every item again, the tree shown directly
    assert window.nav.tree.model() is window.nav.model
    assert window.nav.select("item", 2)


def test_bad_file_gives_a_message_and_changes_nothing(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    bad = tmp_path / "minutes.adgsom"
    bad.write_text("Minutes, not a store")
    before = sha(bad)
    with qtbot.waitSignal(window.controller.failed, timeout=10_000):
        window.controller.open_path(bad)
    assert "not an ADGSOM Desktop store" in messages[-1][1]
    assert "Traceback" not in messages[-1][1]
    assert sha(bad) == before
    assert window.services is None
    assert window.detail.currentWidget() is window.welcome


def test_encrypted_store_asks_for_the_passphrase(
    qtbot: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    path = _small_store(tmp_path / "secret.adgsom", passphrase="correct horse battery")
    answers = iter(["wrong one", "correct horse battery"])
    problems: list[str] = []

    def ask(_name: str, problem: str) -> str | None:
        problems.append(problem.strip())
        return next(answers)

    window.controller.ask_passphrase = ask
    services = _open(qtbot, window, path)
    assert services.store.encrypted
    assert problems == ["", "Wrong passphrase. Try again."]
    assert window.store_label.text().startswith("🔒")


def test_cancelling_the_passphrase_opens_nothing(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = _small_store(tmp_path / "secret.adgsom", passphrase="correct horse battery")
    window.controller.ask_passphrase = lambda _n, _p: None
    with qtbot.waitSignal(
        window.controller.busy, timeout=10_000, check_params_cb=lambda text: text == ""
    ):
        window.controller.open_path(path)
    qtbot.wait(50)
    assert window.services is None


def test_second_store_replaces_the_first_and_releases_it(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    first = _small_store(tmp_path / "a.adgsom")
    second = _small_store(tmp_path / "b.adgsom")
    _open(qtbot, window, first)
    _open(qtbot, window, second)
    assert window.services.store.path == second
    from adgsom_desktop.storage.store import Store

    Store.open(first).close()  # the first store's lock was released
    assert [p.path for p in window.preferences.recent_stores()[:2]] == [second, first]


def test_settings_dialog_values_round_trip(qtbot: Any, services: Any) -> None:
    initial = SettingsValues("TH", "RESTRICTED", ("UNCLASSIFIED", "RESTRICTED"), 11, "Nok")
    dlg = SettingsDialog(initial, services.delegations.delegations())
    qtbot.addWidget(dlg)
    assert dlg.values() == initial
    dlg.classifications.setPlainText("Unclassified\nRestricted\nConfidential")
    dlg.default_classification.setCurrentText("CONFIDENTIAL")
    dlg.delegation.setCurrentIndex(dlg.delegation.findData("VN"))
    dlg.font_size.setValue(13)
    save_artifact(dlg, "settings_dialog")
    v = dlg.values()
    assert (v.our_delegation_code, v.default_classification, v.font_size) == (
        "VN",
        "CONFIDENTIAL",
        13,
    )
    assert v.classifications == ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL")


def test_settings_apply_to_store_and_laptop(qtbot: Any, window: Any, tmp_path: Path) -> None:
    services = _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    window.apply_settings(
        SettingsValues("LA", "CONFIDENTIAL", ("RESTRICTED", "CONFIDENTIAL"), 12, "Khamla")
    )
    assert services.settings.get().our_delegation_code == "LA"
    assert window.preferences.font_size() == 12
    assert services.ctx.actor == "Khamla"
    qtbot.waitUntil(lambda: "LA" in window.delegation_label.text())


def test_new_store_dialog_validates_then_creates(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dlg = NewStoreDialog(tmp_path / "new.adgsom")
    qtbot.addWidget(dlg)
    assert dlg.encrypt.isChecked()  # encryption is proposed by default
    assert "at least 8" in dlg.problem_text()
    dlg.passphrase.setText("long enough phrase")
    dlg.confirm.setText("different phrase!!")
    assert "differ" in dlg.problem_text()
    dlg.confirm.setText("long enough phrase")
    dlg.delegation.setCurrentIndex(dlg.delegation.findData("KH"))
    assert dlg.problem_text() == ""
    save_artifact(dlg, "new_store_dialog")
    v = dlg.values()
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.create(v.path, v.our_delegation_code, v.title, v.passphrase)
    assert window.services.store.encrypted
    assert window.services.settings.get().our_delegation_code == "KH"


def test_about_dialog(qtbot: Any) -> None:
    dlg = AboutDialog("3.53.4")
    qtbot.addWidget(dlg)
    assert "ADGSOM Desktop" in dlg.findChild(object, "aboutText").text()
    save_artifact(dlg, "about_dialog")


def test_navigation_model_passes_qtmodeltester(qtmodeltester: Any, services: Any) -> None:
    event = services.events.save_event(title="E")
    meeting = services.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="M")
    a = services.agenda.add_item(meeting.id, "A")
    services.agenda.add_item(meeting.id, "A1", parent_id=a.id)
    model = NavigationModel()
    model.set_tree(services.events.navigation())
    qtmodeltester.check(model)
    event_index = model.index(0, 0)
    meeting_index = model.index(0, 0, event_index)
    item_index = model.index(0, 0, meeting_index)
    assert item_index.data() == "1 A"
    assert model.index(0, 0, item_index).data() == "1.1 A1"
    assert model.index_for("item", a.id) == item_index


def test_keyboard_shortcuts_exist(window: Any) -> None:
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["actOpenStore"] == "Ctrl+O"
    assert shortcuts["actNewStore"] == "Ctrl+N"
    assert shortcuts["actSettings"] == "Ctrl+,"
    assert shortcuts["actQuit"] == "Ctrl+Q"
    assert window.findChild(object, "actCheck") is not None
    assert Qt.Key.Key_Q


def test_no_two_actions_share_a_shortcut(window: Any) -> None:
    """Qt triggers neither of two actions with the same shortcut: keep them unique."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            key = seq.toString()
            if not key:
                continue
            assert key not in seen, f"{key}: {seen.get(key)} and {action.objectName()}"
            seen[key] = action.objectName() or action.text()
    assert {"Ctrl+L", "Ctrl+Shift+L", "Ctrl+K", "Ctrl+E"} <= set(seen)
