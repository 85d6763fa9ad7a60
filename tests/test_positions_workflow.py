"""Positions: draft -> for review -> approved, editing an approved one, history, diff,
restore, autosave folding, carry forward, stance map and counterparts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus, Stance
from adgsom_desktop.errors import ConflictError, NotFoundError, ValidationError
from adgsom_desktop.services.position_diff import ADDED, REMOVED, diff_text, tokens
from adgsom_desktop.services.position_records import ApprovedEditError, PositionContent
from tests.helpers import approve


@pytest.fixture
def item(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        series="ADGSOM",
        date=date(2026, 1, 12),
    )
    return services.agenda.add_item(meeting.id, "Draft ADM 2026-2030")


def _person(services: Any, code: str, name: str) -> Any:
    """A head of delegation (ours approves briefs: only a head or an alternate does)."""
    d = next(d for d in services.delegations.delegations() if d.code == code)
    return services.delegations.save_person(
        delegation_id=d.id, full_name=name, role=MemberRole.HEAD
    )


def test_workflow_draft_review_approved_and_reopen(services: Any, item: Any) -> None:
    hod = _person(services, "TH", "Khun Somchai")
    stranger = _person(services, "SG", "Ms Tan")
    with pytest.raises(ValidationError, match="nothing to submit"):
        services.positions.submit_for_review(item.id)
    services.positions.save(item.id, PositionContent(objective="Endorse ADM 2026-2030"))
    rec = services.positions.submit_for_review(item.id)
    assert rec.status is PositionStatus.FOR_REVIEW
    with pytest.raises(ValidationError, match="our own delegation"):
        services.positions.approve(item.id, stranger.id)
    rec = approve(services, item.id, hod.id)
    assert (rec.status, rec.approved_by_name, rec.approved_version_no) == (
        PositionStatus.APPROVED,
        "Khun Somchai",
        1,
    )
    assert rec.approved_at is not None
    assert services.agenda.item(item.id).position_status is PositionStatus.APPROVED

    # Editing an approved position asks first; without the go-ahead nothing changes.
    with pytest.raises(ApprovedEditError, match="approved"):
        services.positions.save(item.id, PositionContent(objective="Changed"))
    assert services.positions.get(item.id).content.objective == "Endorse ADM 2026-2030"
    rec = services.positions.save(
        item.id, PositionContent(objective="Endorse, with a review clause"), reopen_approved=True
    )
    assert (rec.status, rec.version_no, rec.approved_version_no) == (PositionStatus.DRAFT, 2, 1)
    approved = services.positions.version(item.id, 1)
    assert approved.content.objective == "Endorse ADM 2026-2030"
    assert approved.status is PositionStatus.APPROVED  # the approved version stays retrievable
    with pytest.raises(ValidationError, match="already draft"):
        services.positions.return_to_draft(item.id)
    # Approved again, then sent back to draft: the approved version keeps its mark.
    approve(services, item.id, hod.id)
    services.positions.return_to_draft(item.id)
    assert services.positions.version(item.id, 2).status is PositionStatus.APPROVED
    assert services.positions.get(item.id).status is PositionStatus.DRAFT


def test_restore_is_a_new_version_and_diff_is_word_level(services: Any, item: Any) -> None:
    v1 = PositionContent(
        objective="Thailand supports the draft framework",
        stance=Stance.SUPPORT,
        points=("Welcome the draft", "ประเทศไทยสนับสนุนร่างกรอบ"),
    )
    services.positions.save(item.id, v1)
    services.positions.save(
        item.id,
        replace(
            v1,
            objective="Thailand strongly supports the revised framework",
            stance=Stance.SUPPORT_WITH_AMENDMENTS,
            points=("Welcome the draft",),
        ),
    )
    diff = services.positions.diff(item.id, 1, 2)
    objective = next(s for s in diff.sections if s.key == "objective")
    assert [(s.kind, s.text) for s in objective.segments if s.kind != "same"] == [
        (ADDED, " strongly"),
        (REMOVED, "draft"),
        (ADDED, "revised"),
    ]
    assert objective.old_text == v1.objective
    assert {s.key for s in diff.changed_sections} == {"objective", "stance", "points"}
    assert not next(s for s in diff.sections if s.key == "red_line").changed

    rec = services.positions.restore(item.id, 1)
    assert rec.version_no == 3 and rec.content.objective == v1.objective
    assert rec.content.points == v1.points
    assert services.positions.versions(item.id)[-1].comment == "restored from v1"
    assert services.positions.diff(item.id, 1, 3).changed_sections == ()
    with pytest.raises(NotFoundError):
        services.positions.restore(item.id, 42)


def test_autosave_folds_typing_into_one_version(services: Any, item: Any) -> None:
    rec = services.positions.save(item.id, PositionContent(objective="T"))
    for text in ("Th", "Tha", "Thai"):
        rec = services.positions.save(
            item.id,
            PositionContent(objective=text),
            expected_version=rec.version_no,
            amend_version=rec.version_no,
        )
    assert rec.version_no == 1
    assert services.positions.versions(item.id)[0].content.objective == "Thai"
    assert services.search.search("Thai").hits  # the index follows the amended version
    # Someone else's save is never folded into: a new version.
    services.ctx.actor = "another aide"
    rec = services.positions.save(item.id, PositionContent(objective="Thai!"), amend_version=1)
    assert rec.version_no == 2
    with pytest.raises(ConflictError, match="saved this brief meanwhile"):
        services.positions.save(item.id, PositionContent(objective="stale"), expected_version=1)


def test_bad_input_is_refused_and_nothing_written(services: Any, item: Any) -> None:
    services.positions.save(item.id, PositionContent(objective="Keep me"))
    for bad in ("x" * 5_000_000, "bad \ud800 text", "bell \x07"):
        with pytest.raises(ValidationError):
            services.positions.save(item.id, PositionContent(objective="ok", tactical=bad))
    assert [v.content.objective for v in services.positions.versions(item.id)] == ["Keep me"]


def test_tokens_split_words_and_asean_scripts() -> None:
    assert tokens("Việt Nam, 3.1") == ["Việt", " ", "Nam", ",", " ", "3.1"]
    assert tokens("ក្រុម") == ["ក្រុ", "ម"]  # the subscript consonant stays with its base
    assert "".join(tokens("ສປປ ລາວ မြန်မာ")) == "ສປປ ລາວ မြန်မာ"
    segs = diff_text("a b c", "x y z")
    assert [(s.kind, s.text) for s in segs] == [(REMOVED, "a b c"), (ADDED, "x y z")]


def test_carry_forward_from_source_and_matching_title(services: Any, item: Any) -> None:
    event = services.events.save_event(title="5th ADGMIN and related meetings")
    old_meeting = services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="5th ADGSOM",
        series="ADGSOM",
        date=date(2025, 1, 14),
    )
    old = services.agenda.add_item(
        old_meeting.id, "Draft ASEAN Digital Masterplan 2026–2030", tags=("DO2",)
    )
    services.agenda.add_item(old_meeting.id, "Any other business")
    services.positions.save(
        old.id, PositionContent(objective="Shape the draft", points=("Point A",))
    )
    hod = _person(services, "TH", "Khun Somchai")
    approve(services, old.id, hod.id)
    candidates = services.carry.candidates(item.id)
    assert [(c.item.id, c.reason) for c in candidates] == [(old.id, "match")]
    rec = services.carry.carry_forward(item.id, old.id)
    assert rec.status is PositionStatus.DRAFT and rec.content.objective == "Shape the draft"
    assert all(p.delivered_at is None for p in rec.points)
    assert services.agenda.item(item.id).tags == ("ADM2025 DO2",)
    assert "carried forward from 5th ADGSOM" in services.positions.versions(item.id)[-1].comment
    # Once carried, the earlier item is the source: it ranks first next time.
    assert services.carry.candidates(item.id)[0].reason == "source"


def test_stance_map_cells(services: Any, item: Any) -> None:
    vn = next(d for d in services.delegations.delegations() if d.code == "VN")
    th = next(d for d in services.delegations.delegations() if d.code == "TH")
    services.positions.save(item.id, PositionContent(stance=Stance.RESERVE))
    cell = services.stances.set_cell(
        item.id,
        vn.id,
        expected=Stance.SUPPORT,
        expected_note="Host: wants adoption",
        observed=Stance.SUPPORT_WITH_AMENDMENTS,
        observed_note="Asked for a review clause",
    )
    assert cell.observed_at is not None
    grid = services.stances.grid([item.meeting_id])
    assert grid.delegations[0].code == "TH"  # ours first, from our position
    assert grid.cell(item.id, th.id).expected is Stance.RESERVE
    assert grid.cell(item.id, vn.id).expected_note == "Host: wants adoption"
    assert {"VN", "SG", "ASEC"} <= {d.code for d in grid.delegations}
    with pytest.raises(ValidationError, match="position editor"):
        services.stances.set_cell(item.id, th.id, expected=Stance.OPPOSE, observed=Stance.UNKNOWN)
    with pytest.raises(ValidationError, match="too long"):
        services.stances.set_cell(
            item.id,
            vn.id,
            expected=Stance.OPPOSE,
            expected_note="x" * 3000,
            observed=Stance.UNKNOWN,
        )
    services.stances.set_cell(item.id, vn.id, expected=Stance.UNKNOWN, observed=Stance.UNKNOWN)
    assert (item.id, vn.id) not in services.stances.grid([item.meeting_id]).cells


def test_counterparts_links_and_contacts(services: Any, item: Any) -> None:
    vn = next(d for d in services.delegations.delegations() if d.code == "VN")
    rec = services.counterparts.save(
        delegation_id=vn.id,
        full_name="Nguyễn Thị Hương",
        honorific="Ms",
        title="Deputy Director",
        bio="Detail-minded; prefers *written* proposals.",
    )
    _person(services, "TH", "Our own aide")
    assert [c.person.full_name for c in services.counterparts.counterparts()] == [
        "Nguyễn Thị Hương"
    ]
    assert services.counterparts.counterparts("nguyen thi")[0].person.id == rec.person.id
    assert services.counterparts.counterparts("Viet Nam")[0].delegation_name == "Viet Nam"
    services.counterparts.link(rec.person.id, item.id, "Leads on the annex")
    linked = services.counterparts.for_item(item.id)
    assert linked[0].interests[0].note == "Leads on the annex"
    assert linked[0].interests[0].meeting_label == "6th ADGSOM"
    done = services.counterparts.record_contact(
        rec.person.id,
        last_met=date(2026, 1, 12),
        where="Hà Nội, coffee break",
        last_said="Việt Nam can accept a review clause.",
    )
    assert done.person.last_said.startswith("Việt Nam")
    services.counterparts.unlink(rec.person.id, item.id)
    assert services.counterparts.for_item(item.id) == []
    with pytest.raises(ValidationError):
        services.counterparts.unlink(rec.person.id, item.id)
