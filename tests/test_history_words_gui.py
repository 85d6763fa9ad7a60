"""The brief's History dialog as a Thai delegation reads it (s34): every version's line
whole in the list (its status and its comment, never cut off or hidden), the comment
stored in English shown in the interface's language, and the diff's section headings
("Objective", "Red line") in it too."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextLayout

from adgsom_desktop.domain.enums import MemberRole
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    from datetime import date

    from adgsom_desktop.domain.enums import MeetingKind

    svc = Services.for_store(create_store(tmp_path / "h.adgsom", our_delegation_code="TH"))
    th = next(d for d in svc.delegations.delegations() if d.code == "TH")
    svc.delegations.save_person(
        delegation_id=th.id, full_name="Worawit Chanthasiri", role=MemberRole.HEAD
    )
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        series="ADGSOM",
        date=date(2026, 1, 12),
    )
    item = svc.agenda.add_item(meeting.id, "Draft ASEAN Digital Masterplan 2026-2030")
    from adgsom_desktop.services.position_records import PositionContent

    first = PositionContent(objective="Support the Masterplan's adoption.")
    svc.positions.save(item.id, first)
    second = replace(first, objective="Support the adoption.", red_line="No binding targets.")
    svc.positions.save(item.id, second, expected_version=1)
    svc.positions.submit_for_review(item.id)
    svc.positions.restore(item.id, 1, expected_version=svc.positions.get(item.id).version_no)
    yield svc
    svc.close()


def test_the_history_reads_whole_and_in_the_interfaces_language(
    qtbot: Any, services: Services, language: str
) -> None:
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog

    item = services.agenda.items(services.events.meetings()[0].id)[0]
    dlg = PositionHistoryDialog(services, item.id)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.list.setCurrentRow(1)  # version 2 against version 1: Objective and Red line
    qtbot.wait(50)
    save_artifact(dlg, f"position_history_words_{language}")
    versions = [services.positions.versions(item.id)[-1 - r] for r in range(dlg.list.count())]
    fm = dlg.list.fontMetrics()
    room = dlg.list.viewport().width()

    def drawn(line: str) -> float:  # a line's height as Qt draws it (Thai: a taller font)
        layout = QTextLayout(line, dlg.list.font())
        layout.beginLayout()
        one = layout.createLine()
        layout.endLayout()
        return one.height()

    for row, version in enumerate(versions):
        entry = dlg.list.item(row)
        lines = entry.text().split("\n")
        rect = dlg.list.visualItemRect(entry)
        if version.comment:  # the comment is a line of its own, in the interface's language
            assert lines[-1] == version.comment if language == "en" else _thai(lines[-1]), lines
        if language == "th":  # who saved it: the store's "not named" said in Thai too
            assert "not named" not in lines[1], lines
        # every line fits: nothing elided, the item tall enough for all its lines
        assert rect.height() >= sum(drawn(line) for line in lines) + 6, (rect, lines)
        for line in lines:
            assert fm.horizontalAdvance(line) <= room, (line, room)
    shown = dlg.view.toPlainText()
    if language == "en":
        assert "Objective" in shown and "Red line" in shown, shown
        return
    assert "Objective" not in shown and "Red line" not in shown, shown


def test_a_brief_saved_meanwhile_names_its_sections_in_the_interfaces_language(
    qapp: Any, services: Services, language: str
) -> None:
    """The conflict's explanation ("Their change to Objective is merged in already") names
    the sections in the interface's language (they were English in Thai: s34)."""
    from adgsom_desktop.services.brief_conflict import BriefConflict, conflict_view

    item = services.agenda.items(services.events.meetings()[0].id)[0]
    rec = services.positions.get(item.id)
    assert rec is not None
    base = rec.version_no
    theirs = replace(rec.content, objective="Theirs: adopt it.", red_line="Theirs: no targets.")
    services.positions.save(item.id, theirs, expected_version=base)
    mine = replace(rec.content, red_line="Mine: a review in 2028.")
    with pytest.raises(BriefConflict) as raised:
        services.positions.save(item.id, mine, expected_version=base)
    explained = conflict_view(raised.value).explanation
    if language == "en":
        assert "Their change to Objective is merged in already" in explained, explained
        return
    assert "Objective" not in explained and _thai(explained), explained


def test_every_comment_a_service_writes_is_recognised(services: Services) -> None:
    """The History translates a comment by the template it was written from: each one
    position_service writes is one of ``version_comments.COMMENTS`` (a comment reworded
    there and not here would show in English, never wrongly)."""
    from adgsom_desktop.i18n.messages import Message
    from adgsom_desktop.services.version_comments import comment_words

    item = services.agenda.items(services.events.meetings()[0].id)[0]
    written = [v.comment for v in services.positions.versions(item.id) if v.comment]
    assert written == ["restored from v1"], written
    for comment in (
        *written,
        "kept over version 4 by Somchai, saved meanwhile",
        "merged with version 3 by Somchai (Red line, Points to make)",
        "their version (the trip copy trip.adgsom)",
        "merged when the trip copy trip.adgsom was brought back",
        "restored from v2 (version 5 in the team store)",
        "merged with the team store: Red line from here; changed on both sides: Objective",
        "merged when the trip copy trip.adgsom was brought back: Red line from Somchai "
        "(version 7 in the team store)",
    ):
        said = comment_words(comment)
        assert isinstance(said, Message) and said.text("en") == comment, comment
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in said.text("th")), said.text("th")


def test_the_diff_says_stance_and_authority_as_the_brief_editor_does(
    qtbot: Any, services: Services, language: str
) -> None:
    """The values of Stance and Authority (the enums' labels) in the diff read as the
    brief editor's choices read them: "Support with amendments", "HoD may concede" stayed
    English in Thai (s34)."""
    from adgsom_desktop.domain.enums import Authority, Stance
    from adgsom_desktop.ui.common.labels import label_tr
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog
    from adgsom_desktop.ui.positions.stance_style import stance_label

    item = services.agenda.items(services.events.meetings()[0].id)[0]
    rec = services.positions.get(item.id)
    assert rec is not None
    moved = replace(
        rec.content, stance=Stance.SUPPORT_WITH_AMENDMENTS, authority=Authority.HOD_MAY_CONCEDE
    )
    services.positions.save(item.id, moved, expected_version=rec.version_no)
    dlg = PositionHistoryDialog(services, item.id)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    dlg.list.setCurrentRow(0)  # the newest against the one before
    qtbot.wait(50)
    save_artifact(dlg, f"position_history_stance_{language}")
    shown = dlg.view.toPlainText()
    for value in (stance_label(Stance.SUPPORT_WITH_AMENDMENTS), stance_label(Stance.UNKNOWN),
                  label_tr(Authority.HOD_MAY_CONCEDE.label),
                  label_tr(Authority.REFER_TO_CAPITAL.label)):  # fmt: skip
        assert value in shown, (value, shown)
    if language == "th":
        for english in ("Support", "amendments", "HoD may concede", "Refer to capital"):
            assert english not in shown, (english, shown)
