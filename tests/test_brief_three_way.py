"""G1 (s31): two members' saves of one brief merge three-way, section by section.

Before: a save from an older version met the one saved meanwhile as mine-against-
theirs; the dialog listed every section that differed and its default "Keep mine"
wrote mine over all of them, so a section only the other member had changed (the
head's press line, the aide's tactical argument) was reverted without anyone
choosing it.  Now each section is compared with the version both started from: a
section changed on one side only takes that side's change without asking, and only a
section changed differently on both sides is a conflict, settled by the user.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus, Stance
from adgsom_desktop.services.brief_conflict import (
    BriefConflict,
    Choice,
    Resolution,
    conflict_view,
    merge_content,
)
from adgsom_desktop.services.brief_merge import three_way
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from tests.helpers import approve

BASE = PositionContent(
    objective="Endorse the plan",
    red_line="No binding targets",
    press_line="Thailand supports the plan",
    points=("One",),
)


# -- the merge itself (no store) --------------------------------------------------------
def test_a_section_changed_on_one_side_only_takes_that_sides_change() -> None:
    mine = PositionContent(**{**BASE.__dict__, "red_line": "No binding targets [AIDE]"})
    theirs = PositionContent(**{**BASE.__dict__, "press_line": "Agreed with MFA [HEAD]"})
    merge = three_way(BASE, mine, theirs)
    assert merge.clean and merge.conflicts == ()
    assert merge.from_theirs == ("press_line",)
    assert merge.merged.red_line == "No binding targets [AIDE]"
    assert merge.merged.press_line == "Agreed with MFA [HEAD]"
    assert merge.labels(merge.from_theirs) == ("Press line",)


def test_only_a_section_changed_differently_on_both_sides_is_a_conflict() -> None:
    mine = PositionContent(
        **{**BASE.__dict__, "objective": "Endorse, defer the annex", "points": ("One", "Two")}
    )
    theirs = PositionContent(
        **{
            **BASE.__dict__,
            "objective": "Endorse with the annex",
            "stance": Stance.SUPPORT,
            "points": ("One", "Two"),  # the same change on both sides: no conflict
        }
    )
    merge = three_way(BASE, mine, theirs)
    assert merge.conflicts == ("objective",)
    assert merge.from_theirs == ("stance",)
    assert merge.merged.objective == "Endorse, defer the annex"  # mine until settled
    assert merge.merged.stance is Stance.SUPPORT and merge.merged.points == ("One", "Two")


def test_every_choice_keeps_the_sections_changed_on_one_side() -> None:
    mine = PositionContent(**{**BASE.__dict__, "objective": "Mine", "red_line": "No levy [AIDE]"})
    theirs = PositionContent(
        **{**BASE.__dict__, "objective": "Theirs", "press_line": "Agreed [HEAD]"}
    )
    kept = merge_content(mine, theirs, Resolution(Choice.MINE), BASE)
    taken = merge_content(mine, theirs, Resolution(Choice.THEIRS), BASE)
    by_hand = merge_content(
        mine, theirs, Resolution(Choice.MERGED, texts={"objective": "Both"}), BASE
    )
    assert (kept.objective, taken.objective, by_hand.objective) == ("Mine", "Theirs", "Both")
    for result in (kept, taken, by_hand):
        assert result.press_line == "Agreed [HEAD]"  # theirs only: never dropped
        assert result.red_line == "No levy [AIDE]"  # mine only: never dropped


# -- two members on one team store ------------------------------------------------------
@pytest.fixture
def two_apps(team_url: str) -> Iterator[tuple[Any, Any]]:
    a = Services.open(team_url, actor="Natthida (aide)")
    b = Services.open(team_url, actor="Pongsak (head)")
    yield a, b
    a.close()
    b.close()


def _item(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
    )
    return services.agenda.add_item(meeting.id, "Date and Venue of the 7th ADGSOM")


def _edit(content: PositionContent, **changes: Any) -> PositionContent:
    return PositionContent(**{**content.__dict__, **changes})


def test_saves_of_different_sections_merge_without_a_conflict(
    two_apps: tuple[Any, Any],
) -> None:
    """c8.py: the aide types a tactical argument, the head the objective, both from v1."""
    a, b = two_apps
    item = _item(a)
    v1 = a.positions.save(item.id, BASE)
    head_saw = b.positions.get(item.id)
    a.positions.save_brief(
        item.id, _edit(BASE, tactical="Quote the 2025 roadmap [AIDE]"), expected_version=1
    )
    saved = b.positions.save_brief(
        item.id,
        _edit(BASE, objective="Endorse the plan [HEAD]"),
        expected_version=head_saw.version_no,
    )
    assert saved.rec is not None and saved.rec.version_no == 3
    assert saved.rec.content.objective == "Endorse the plan [HEAD]"
    assert saved.rec.content.tactical == "Quote the 2025 roadmap [AIDE]"  # not erased
    assert saved.merged_with == "Natthida (aide)"
    assert saved.merged_sections == ("Tactical arguments",)
    stored = a.positions.get(item.id)
    assert stored.content == saved.rec.content and v1.version_no == 1
    history = a.positions.versions(item.id)
    assert [(v.version_no, v.saved_by) for v in history] == [
        (1, "Natthida (aide)"),
        (2, "Natthida (aide)"),
        (3, "Pongsak (head)"),
    ]
    assert "merged with version 2 by Natthida (aide) (Tactical arguments)" in history[-1].comment
    assert a.audit.verify().ok


def test_a_section_both_changed_is_the_only_conflict_and_keep_mine_keeps_theirs_elsewhere(
    two_apps: tuple[Any, Any],
) -> None:
    a, b = two_apps
    item = _item(a)
    a.positions.save(item.id, BASE)
    a.positions.save_brief(
        item.id,
        _edit(BASE, objective="Endorse with the annex", press_line="Agreed with MFA [HEAD]"),
        expected_version=1,
    )
    mine = _edit(BASE, objective="Endorse, defer the annex", red_line="No levy [AIDE]")
    with pytest.raises(BriefConflict) as caught:
        b.positions.save_brief(item.id, mine, expected_version=1)
    conflict = caught.value
    assert b.positions.get(item.id).version_no == 2  # nothing written
    view = conflict_view(conflict)
    assert [s.key for s in view.sections] == ["objective"]  # both changed: only that
    assert view.sections[0].mine == "Endorse, defer the annex"  # the merged column's start
    assert "Press line is merged in already" in view.explanation
    done = b.positions.resolve_conflict(conflict, Resolution(Choice.MINE))
    assert done.content.objective == "Endorse, defer the annex"
    assert done.content.press_line == "Agreed with MFA [HEAD]"  # theirs, kept
    assert done.content.red_line == "No levy [AIDE]"
    history = a.positions.versions(item.id)
    assert "where both changed" in history[-1].comment
    assert history[-2].content.press_line == BASE.press_line  # the user's own text, kept


def test_a_brief_approved_meanwhile_is_still_a_conflict(two_apps: tuple[Any, Any]) -> None:
    """Merging never carries an edit into an approved brief: that stays the user's call."""
    a, b = two_apps
    item = _item(a)
    a.positions.save(item.id, BASE)
    a.positions.save_brief(item.id, _edit(BASE, press_line="Agreed [HEAD]"), expected_version=1)
    a.positions.submit_for_review(item.id)
    ours = a.delegations.our_delegation()
    head = a.delegations.save_person(
        delegation_id=ours.id, full_name="Pongsak Rattanavichai", role=MemberRole.HEAD
    )
    approve(a, item.id, head.id)
    with pytest.raises(BriefConflict):
        b.positions.save_brief(item.id, _edit(BASE, red_line="No levy"), expected_version=1)
    assert b.positions.get(item.id).status is PositionStatus.APPROVED


def test_a_brief_held_offline_merges_on_the_servers_return(two_apps: tuple[Any, Any]) -> None:
    """c2.py: the aide's red line held offline, the head's press line saved meanwhile:
    the replay writes both, no dialog (the held write is ``save_brief`` from v1)."""
    from adgsom_desktop.services.outbox_briefs import BRIEF_SAVE, apply_brief, brief_args
    from adgsom_desktop.services.outbox_writes import HeldWrite

    a, b = two_apps
    item = _item(a)
    a.positions.save(item.id, BASE)
    b.positions.save_brief(
        item.id, _edit(BASE, press_line="Agreed with MFA [HEAD]"), expected_version=1
    )
    args = brief_args(
        item.id, _edit(BASE, red_line="No binding targets [AIDE]"), tags=None, expected_version=1
    )
    saved = apply_brief(a, HeldWrite(kind=BRIEF_SAVE, args=args))
    assert saved.rec is not None
    assert saved.rec.content.press_line == "Agreed with MFA [HEAD]"
    assert saved.rec.content.red_line == "No binding targets [AIDE]"
    assert saved.merged_sections == ("Press line",)
