"""The line above a brief names who else has it open, and says no more than presence
knows: the server holds a member's presence while the brief is on their screen
(``storage.pg_presence``), not whether they are typing in it.  So: "Somchai has this
brief open", never "is editing"; in Thai and Vietnamese too.  The same on the agenda
tree's mark.  (The two-app version on a real server: test_team_presence.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from adgsom_desktop.ui.common import translation
from adgsom_desktop.ui.team.presence_label import PresenceLabel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


class _Presence:
    available = True

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def enter(self, item_id: int | None) -> None:
        pass

    def editors(self, item_id: int) -> tuple[str, ...]:
        return self.names


class _Services:
    def __init__(self, names: tuple[str, ...]) -> None:
        self.presence = _Presence(names)


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    def use(code: str) -> None:
        translation.install(qapp, code)

    yield use
    translation.install(qapp, "en")


def _line(qtbot: Any, names: tuple[str, ...]) -> PresenceLabel:
    editor = QWidget()
    qtbot.addWidget(editor)
    label = PresenceLabel(_Services(names), editor)
    QVBoxLayout(editor).addWidget(label)
    editor.resize(1093, 120)
    editor.show()
    label.show_item(7)
    qtbot.waitUntil(label.isVisible, timeout=5000)
    return label


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("en", "Somchai has this brief open", "Malee and Somchai have this brief open"),
        ("th", "Somchai เปิดท่าทีนี้อยู่", "Malee และ Somchai เปิดท่าทีนี้อยู่"),
        ("vi", "Somchai đang mở lập trường này", "Malee và Somchai đang mở lập trường này"),
    ],
)
def test_the_line_says_who_has_the_brief_open_not_that_they_edit(
    qtbot: Any, language: Any, code: str, one: str, two: str
) -> None:
    language(code)
    assert _line(qtbot, ("Somchai",)).text() == one
    assert _line(qtbot, ("Malee", "Somchai")).text() == two


def test_the_tree_mark_says_open_too(services: Any, language: Any) -> None:
    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.ui.structure.navigation_model import NavigationModel

    event = services.events.save_event(title="6th ADGMIN")
    meeting = services.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="M")
    item = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan")
    model = NavigationModel()
    model.set_tree(services.events.navigation())
    model.set_editing({item.id: ("Somchai",)})
    row = model.index_for("item", item.id)
    assert row.data() == "✎ Somchai has it open · 1 ASEAN Digital Masterplan"
    language("th")
    assert row.data() == "✎ Somchai เปิดอยู่ · 1 ASEAN Digital Masterplan"
    language("vi")
    assert row.data() == "✎ Somchai đang mở · 1 ASEAN Digital Masterplan"


class _Down(_Presence):
    """A server that went away, then came back."""

    def __init__(self) -> None:
        super().__init__(("Somchai",))
        self.down = True

    def editors(self, item_id: int) -> tuple[str, ...]:
        if self.down:
            raise ConnectionError("server closed the connection unexpectedly")
        return self.names


def test_a_server_that_is_down_is_logged_once_and_once_when_it_is_back(
    qtbot: Any, caplog: Any
) -> None:
    import logging

    editor = QWidget()
    qtbot.addWidget(editor)
    services = _Services(())
    services.presence = _Down()
    label = PresenceLabel(services, editor)
    QVBoxLayout(editor).addWidget(label)
    editor.show()
    caplog.set_level(logging.INFO, logger="adgsom_desktop.ui.team.presence_label")
    label.show_item(7)
    for _ in range(4):  # the 5 s look, four times over while the server is down
        qtbot.waitUntil(lambda: label._job is None, timeout=5000)
        label.refresh()
    qtbot.waitUntil(lambda: label._job is None, timeout=5000)
    infos = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert len(infos) == 1 and "not read" in infos[0].getMessage(), infos
    services.presence.down = False
    label.refresh()
    qtbot.waitUntil(label.isVisible, timeout=5000)
    label.refresh()
    qtbot.waitUntil(lambda: label._job is None, timeout=5000)
    infos = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert len(infos) == 2 and "again" in infos[1].getMessage(), infos
