"""The cooperation tracker's services: frameworks, projects, reviews, coverage, what is due."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adgsom_desktop.domain.enums import (
    Involvement,
    MeetingKind,
    MilestoneKind,
    ProjectStatus,
    Stance,
)
from adgsom_desktop.errors import ConflictError, ValidationError
from adgsom_desktop.services.project_records import (
    DocumentIn,
    FocalPointIn,
    MilestoneIn,
    ProgressIn,
    ProjectFields,
    ProjectFilter,
)


def _fields(code: str = "AJ-CS-01", **kw: Any) -> ProjectFields:
    base: dict[str, Any] = dict(
        code=code,
        title="ASEAN-Japan Cybersecurity Capacity Building",
        partner_code="JP",
        funder="Japan-ASEAN Integration Fund",
        amount="1,250,000",
        currency="usd",
        implementing_body="ASEAN-Japan Cybersecurity Capacity Building Centre",
        start_date=date(2024, 4, 1),
        end_date=date(2027, 3, 31),
        phase="Phase 2",
        status=ProjectStatus.ONGOING,
        involvement=Involvement.PARTICIPANT,
        leads=("th", "SG"),
        outcomes=("ADM2030 O4", "DO3"),
        milestones=(
            MilestoneIn("Train-the-trainer course", date(2026, 2, 20)),
            MilestoneIn("Final report", date(2027, 3, 1), kind=MilestoneKind.DELIVERABLE),
        ),
        focal_points=(FocalPointIn("Ms. Siriporn K.", "Our focal point", "MDES", "s@example.org"),),
        documents=(DocumentIn("ADGSOM/2026/DOC.12", "Phase 2 progress report", date(2025, 12, 1)),),
    )
    base.update(kw)
    return ProjectFields(**base)


def test_project_with_every_field_milestones_people_documents(services: Any) -> None:
    rec = services.projects.save(_fields())
    f = rec.fields
    assert (f.code, f.partner_code, f.amount, f.currency) == ("AJ-CS-01", "JP", "1250000", "USD")
    assert f.leads == ("SG", "TH")  # protocol order
    assert f.outcomes == ("ADM2025 DO3", "ADM2030 O4")
    assert [m.title for m in rec.milestones] == ["Train-the-trainer course", "Final report"]
    assert rec.milestones[1].kind is MilestoneKind.DELIVERABLE
    assert f.focal_points[0].organisation == "MDES"
    assert f.documents[0].symbol == "ADGSOM/2026/DOC.12"
    assert rec.row.next_due == date(2026, 2, 20)
    # Edit: the code stays unique, the dates stay in order.
    services.projects.save(_fields("AJ-CS-02", title="Another"))
    with pytest.raises(ConflictError):
        services.projects.save(_fields("AJ-CS-02"), rec.id)
    with pytest.raises(ValidationError, match="before it starts"):
        services.projects.save(_fields(end_date=date(2023, 1, 1)), rec.id)
    with pytest.raises(ValidationError, match="Unknown tag ADM2030 O9"):
        services.projects.save(_fields(outcomes=("ADM2030 O9",)), rec.id)
    assert services.projects.project(rec.id).fields.end_date == date(2027, 3, 31)


def test_progress_entries_per_meeting_with_decision(services: Any) -> None:
    ev = services.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    jwg = services.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.JWG, title="ASEAN-Japan JWG", date=date(2026, 1, 13)
    )
    rec = services.projects.save(_fields())
    rec = services.projects.add_progress(
        rec.id,
        ProgressIn(
            meeting_label="5th ASEAN-Japan JWG",
            review_date=date(2025, 1, 14),
            progress="Phase 1 completed",
            decision="Phase 2 endorsed",
            status=ProjectStatus.ONGOING,
        ),
    )
    rec = services.projects.add_progress(
        rec.id,
        ProgressIn(
            meeting_id=jwg.id,
            progress="Two courses held",
            decision="Extension to 2027 agreed",
            status=ProjectStatus.EXTENDED,
        ),
    )
    assert [(p.meeting_label, p.decision) for p in rec.progress] == [
        ("5th ASEAN-Japan JWG", "Phase 2 endorsed"),
        ("ASEAN-Japan JWG", "Extension to 2027 agreed"),
    ]
    assert rec.progress[1].review_date == date(2026, 1, 13)  # the meeting's day
    assert rec.row.status is ProjectStatus.EXTENDED  # the review's status is the project's
    assert (rec.row.reviews, rec.row.last_decision) == (2, "Extension to 2027 agreed")
    with pytest.raises(ConflictError, match="already has a progress entry"):
        services.projects.add_progress(rec.id, ProgressIn(meeting_id=jwg.id, decision="again"))
    with pytest.raises(ValidationError, match="which meeting"):
        services.projects.add_progress(rec.id, ProgressIn(decision="no meeting"))
    rec = services.projects.delete_progress(rec.progress[0].id)
    assert rec.row.reviews == 1


def test_frameworks_are_editable_and_tags_carry_their_framework(services: Any) -> None:
    adm2030 = services.frameworks.framework("ADM2030")
    o3 = next(e for e in services.frameworks.elements(adm2030.id) if e.code == "O3")
    services.frameworks.save_element(
        adm2030.id, code="O3", title="AI for all (as adopted)", element_id=o3.id
    )
    a31 = services.frameworks.save_element(
        adm2030.id, code="a3.1", title="ASEAN AI guide", parent_id=o3.id
    )
    assert (a31.code, a31.label, a31.kind.value) == ("A3.1", "ADM2030 A3.1", "action")
    wp = services.frameworks.framework("ADWP2026")
    act = services.frameworks.save_element(
        wp.id, code="2.4", title="AI sandbox workshop", parent_id=a31.id
    )
    # ADM 2025 Enabling Actions by number, title editable.
    adm2025 = services.frameworks.framework("ADM2025")
    ea = services.frameworks.save_element(adm2025.id, code="ea 3.2", title="Anti-scam measures")
    assert ea.label == "ADM2025 EA 3.2" and ea.kind.value == "enabling_action"
    # A project on the work plan activity serves O3 (through A3.1) in the coverage.
    services.projects.save(_fields(outcomes=(act.label,)))
    cov = services.projects.coverage("ADM2030")
    o3_id = o3.id
    assert cov.cell(o3_id, "JP").count == 1
    assert [o.code for o in cov.gaps] == ["O1", "O2", "O4", "O5", "O6"]
    # In use: refused; unused: deleted.
    with pytest.raises(ConflictError, match="1 project"):
        services.frameworks.delete_element(act.id)
    services.frameworks.delete_element(ea.id)
    with pytest.raises(ConflictError):
        services.frameworks.save_element(adm2030.id, code="O1", title="clash")
    new = services.frameworks.save_framework(
        code="adwp 2027",
        title="ASEAN Digital Work Plan 2027",
        parent_id=adm2030.id,
        start_year=2027,
        end_year=2027,
    )
    assert new.code == "ADWP2027"


def test_filters_search_due_and_items(services: Any) -> None:
    services.projects.save(_fields())
    services.projects.save(
        _fields(
            "KR-AI-01",
            title="ASEAN-Korea AI readiness",
            partner_code="KR",
            status=ProjectStatus.PROPOSED,
            involvement=Involvement.LEAD,
            outcomes=("ADM2030 O3",),
            milestones=(),
        )
    )
    services.projects.save(
        _fields(
            "EU-DG-01",
            title="Sáng kiến dữ liệu ASEAN-EU",
            partner_code="EU",
            status=ProjectStatus.COMPLETED,
            outcomes=("DO6",),
            milestones=(),
        )
    )
    names = lambda f: [r.code for r in services.projects.filtered(f)]  # noqa: E731
    assert names(ProjectFilter(partner="KR")) == ["KR-AI-01"]
    assert names(
        ProjectFilter(status=frozenset({ProjectStatus.ONGOING, ProjectStatus.COMPLETED}))
    ) == ["AJ-CS-01", "EU-DG-01"]
    assert names(ProjectFilter(involvement=Involvement.LEAD)) == ["KR-AI-01"]
    assert names(ProjectFilter(outcome="ADM2030 O4")) == ["AJ-CS-01"]
    assert names(ProjectFilter(text="sang kien")) == ["EU-DG-01"]  # diacritics folded
    assert names(ProjectFilter(due_before=date(2026, 3, 1))) == ["AJ-CS-01"]
    # What is due before the next meeting.
    ev = services.events.save_event(title="7th ADGMIN", city="Manila")
    services.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.SOM, title="7th ADGSOM", date=date(2026, 6, 1)
    )
    due = services.projects.due(date(2026, 1, 20))
    assert due.next_meeting_label == "7th ADGSOM" and due.until == date(2026, 6, 1)
    assert [(e.code, e.what) for e in due.entries] == [("AJ-CS-01", "Train-the-trainer course")]
    # An item tagged DO3 concerns the projects mapped to DO3; a link by hand too.
    m = services.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.SOM, title="Other", date=date(2026, 6, 2)
    )
    item = services.agenda.add_item(m.id, "Anti-scam cooperation", tags=("DO3",))
    assert [(x.row.code, x.reason) for x in services.projects.for_item(item.id)] == [
        ("AJ-CS-01", "via ADM2025 DO3")
    ]
    kr = services.projects.by_code("KR-AI-01")
    services.projects.link_item(item.id, kr.id)
    assert [(x.row.code, x.reason) for x in services.projects.for_item(item.id)] == [
        ("AJ-CS-01", "via ADM2025 DO3"),
        ("KR-AI-01", "linked"),
    ]
    assert services.projects.project(kr.id).items[0][0] == item.id


def test_next_phase_proposal_and_our_position(services: Any) -> None:
    rec = services.projects.save(
        _fields(
            next_phase="Phase 3: regional CSIRT drills, USD 2 m",
            our_stance=Stance.SUPPORT_WITH_AMENDMENTS,
            our_position="Support if Thailand hosts one drill.",
        )
    )
    assert rec.fields.our_stance is Stance.SUPPORT_WITH_AMENDMENTS
    assert "hosts one drill" in rec.fields.our_position


def test_demo_tracker(demo_services: Any) -> None:
    sv = demo_services
    rows = sv.projects.rows()
    assert 35 <= len(rows) <= 45
    assert all(r.code.startswith("D-") for r in rows)  # clearly fictional
    assert {"JP", "KR", "CN", "EU", "ITU"} <= {r.partner_code for r in rows}
    labels = set()
    for r in rows:
        for p in sv.projects.project(r.id).progress:
            labels.add(p.meeting_label)
    assert any("5th" in x for x in labels) and "ASEAN-Japan JWG" in labels  # 5th and 6th cycles
    cov = sv.projects.coverage("ADM2030")
    assert [o.code for o in cov.gaps] == ["O6"]
    assert [o.code for o in sv.projects.coverage("ADM2025").gaps] == ["DO1"]
    # The ADGSOM+Japan item on the proposed anti-scam project shows it.
    jp6 = next(
        m for m in sv.events.meetings() if m.label.startswith("ADGSOM+Japan") and "2026" in m.days
    )
    item = next(i for i in sv.agenda.items(jp6.id) if "anti-scam" in i.title)
    assert "D-JP-02" in [x.row.code for x in sv.projects.for_item(item.id)]
