"""The detail tabs and the navigation tree speak the interface's language (review s30 F7:
in Thai the meeting tabs read "ภาพรวม, Agenda, Notes, Texts, Stance map, ..." and the
tree's dates "12-13 Jan" while the overview beside them was Thai)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.i18n.catalogue import load
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

MEETING_TABS = ["Overview", "Agenda", "Notes", "Texts", "Stance map", "Action items", "Documents"]
ITEM_TABS = ["Overview", "Position", "Outcomes", "Projects", "Documents"]


def _store(path: Path) -> tuple[int, int]:
    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN and related meetings")
        meeting = svc.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM",
            short_title="6th ADGSOM", date=date(2026, 1, 12), end_date=date(2026, 1, 13),
        )  # fmt: skip
        item = svc.agenda.add_item(meeting.id, "Draft ADM 2026-2030")
        return meeting.id, item.id
    finally:
        svc.close()


@pytest.mark.parametrize("language", ["th", "vi"])
def test_detail_tabs_and_tree_dates_are_translated(
    qapp: Any, qtbot: Any, tmp_path: Path, request: pytest.FixtureRequest, language: str
) -> None:
    from adgsom_desktop.ui.common import translation

    meeting, item = _store(tmp_path / "tabs.adgsom")
    catalogue = load(language)
    wanted = {(m.context, m.source): m.translation for m in catalogue.messages if m.translation}
    translation.install(qapp, language)
    try:
        window = request.getfixturevalue("window")  # built after the translator, as at start
        open_store(qtbot, window, tmp_path / "tabs.adgsom")
        for kind, record, english in (
            ("meeting", meeting, MEETING_TABS),
            ("item", item, ITEM_TABS),
        ):
            qtbot.waitUntil(lambda k=kind, r=record: window.nav.model.index_for(k, r).isValid())
            assert window.nav.select(kind, record)
            tabs = window.detail.tabs(kind)
            titles = [tabs.tabText(n) for n in range(tabs.count())]
            assert len(titles) == len(english), titles
            expected = [wanted.get(("DetailTab", t)) or wanted[("DetailArea", t)] for t in english]
            assert titles == expected, titles
            assert not set(titles) & set(english), titles
        window.resize(1093, 614)
        save_artifact(window, f"detail_tabs_{language}")
        label = window.nav.model.index_for("meeting", meeting).data()
        assert "Jan" not in label, label
        month = {"th": "ม.ค.", "vi": "thg 1"}[language]
        assert month in label, label
    finally:
        translation.install(qapp, "en")
