"""Audiences: a pack or report meant for others never carries what they may not read.

Before, the "releasable" pack still printed the red line, the fallbacks, the authority to
concede, tactics, our response per delegation, personality notes and internal remarks, and
its cover said "Brief for the Head of Delegation".  Now every part of every document has its
audiences (``reports/audiences.PARTS``, shown in docs/packs.md): a unique marker is planted in
every part of the demo, and every audience's pack and reports are checked, in the gathered
data and in the text of the PDF.
"""

from __future__ import annotations

import dataclasses
import subprocess
import typing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.enums import Audience, MemberRole, NoteKind, Stance
from adgsom_desktop.reports import pack_model
from adgsom_desktop.reports.audiences import DOCUMENTS, FRAMING, PARTS, part, parts
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest, ReportRequest
from adgsom_desktop.services.position_records import DefensiveLineRec, TheirObjectiveRec
from adgsom_desktop.services.records import DocumentRef
from tests.helpers import ROOT, approve, run_cli
from tests.pack_fixtures import open_demo_copy, squash

HANOI, SOM6, JP_SOM6, JP_JWG, MIN6 = 2, 4, 7, 5, 11


# -- the table, the docs and the records agree --------------------------------------------
def _docs_rows() -> list[tuple[str, str, frozenset[Audience]]]:
    rows = []
    for line in (ROOT / "docs" / "packs.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[1].startswith("`"):
            marks = frozenset(a for a, c in zip(Audience, cells[2:], strict=True) if c == "✓")
            assert all(c in ("✓", "–") for c in cells[2:]), line
            rows.append((cells[1].strip("`"), cells[0], marks))
    return rows


def test_docs_packs_md_holds_the_codes_table_mark_for_mark() -> None:
    assert _docs_rows() == [(p.key, p.label, p.audiences) for p in PARTS]
    assert {p.document for p in PARTS} == set(DOCUMENTS)


def test_every_pack_section_and_every_printed_field_belongs_to_a_part() -> None:
    assert {p.section for p in parts("pack") if p.section} == set(Section)
    # a part that empties nothing can hide nothing: it must be everyone's
    assert all(p.fields or len(p.audiences) == len(Audience) for p in PARTS)
    roots = {"pack": pack_model.PackData, "capital": pack_model.ReportData}
    roots["outcomes"] = pack_model.ReportData
    covered: dict[str, set[str]] = {}
    for p in PARTS:
        for path in p.fields:
            cls: Any = roots[p.document]
            steps = path.split(".")
            for step in steps[:-1]:
                cls = _inner(typing.get_type_hints(cls)[step.split("[")[0]])
            covered.setdefault(cls.__name__, set()).add(steps[-1].split("[")[0])
    for name in FRAMING:
        fields = {f.name for f in dataclasses.fields(getattr(pack_model, name))}
        assert fields == set(FRAMING[name]) | covered.get(name, set()), name
        assert not set(FRAMING[name]) & covered.get(name, set()), name


def _inner(hint: Any) -> Any:
    for arg in typing.get_args(hint) or (hint,):
        if dataclasses.is_dataclass(arg):
            return arg
        if typing.get_args(arg):  # tuple[Proposal, ...] | None
            try:
                return _inner(arg)
            except AssertionError:
                continue
    raise AssertionError(hint)


# -- a marker in every part ----------------------------------------------------------------
def m(name: str) -> str:
    return f"Zq{name}Xv"


# marker -> per document: (the parts that print it, the parts it also needs); a document
# not named must never print it, for any audience.  Each part with fields has a marker.
P, C, OS = "pack", "capital", "outcomes"
MARKERS: dict[str, dict[str, tuple[set[str], set[str]]]] = {
    m("Event"): {P: ({"pack.cover"}, set()), C: ({"capital.heading"}, set()),
                 OS: ({"outcomes.heading"}, set())},
    m("Steering"): {P: ({"pack.steering"}, set())},
    m("Logistics"): {P: ({"pack.programme"}, set())},
    m("AgendaLead"): {P: ({"pack.agenda"}, set())},
    m("Project"): {P: ({"pack.cooperation", "pack.cooperation_proposals"}, set())},
    m("NextPhase"): {P: ({"pack.cooperation_proposals"}, set())},
    m("OurTerms"): {P: ({"pack.cooperation_position"}, set())},
    m("ItemLead"): {P: ({"pack.item_details"}, set())},
    m("DocTitle"): {P: ({"pack.item_details", "pack.annexes"}, set())},
    m("Approver"): {P: ({"pack.position_status"}, set())},
    m("Objective"): {P: ({"pack.objective"}, set())},
    m("Opening"): {P: ({"pack.opening"}, set())},
    m("Fallback"): {P: ({"pack.fallbacks"}, set())},
    m("RedLine"): {P: ({"pack.red_line"}, set())},
    m("Delivered"): {P: ({"pack.points"}, set()), C: ({"capital.points_delivered"}, set())},
    m("Undelivered"): {P: ({"pack.points"}, set()),
                       C: ({"capital.points_not_delivered"}, set())},
    m("Tactical"): {P: ({"pack.tactical"}, set())},
    m("Theirs"): {P: ({"pack.their_objectives"}, set())},
    m("Question"): {P: ({"pack.defensive_lines"}, set())},
    m("Press"): {P: ({"pack.press_line"}, set())},
    m("Background"): {P: ({"pack.background"}, set())},
    m("Secret"): {P: ({"pack.background_nfd"}, set())},
    m("StanceNote"): {P: ({"pack.stances"}, set()), C: ({"capital.stances"}, set())},
    m("Interest"): {P: ({"pack.counterparts"}, set())},
    m("Bio"): {P: ({"pack.personalities"}, set())},
    m("TheySaid"): {P: ({"pack.past_notes"}, set()), C: ({"capital.others_said"}, set())},
    m("Proposed"): {P: ({"pack.past_notes"}, set()),
                    C: ({"capital.what_happened", "capital.others_said"}, set())},
    m("WeSaid"): {P: ({"pack.past_notes"}, set()), C: ({"capital.we_said"}, set())},
    m("Remark"): {P: ({"pack.past_notes"}, {"pack.internal_remarks"}),
                  C: ({"capital.what_happened", "capital.we_said"},
                      {"capital.internal_remarks"})},
    m("Outcome"): {P: ({"pack.past_outcomes", "pack.builds_on"}, set()),
                   C: ({"capital.decisions"}, set()),
                   OS: ({"outcomes.outcomes"}, set())},
    m("ForMinisters"): {P: ({"pack.builds_on"}, set()), OS: ({"outcomes.recommendations"}, set())},
    m("OurText"): {P: ({"pack.texts"}, set()), C: ({"capital.texts"}, set())},
    m("Reason"): {P: ({"pack.texts_reasons"}, {"pack.texts"}),
                  C: ({"capital.texts_reasons"}, {"capital.texts"})},
    m("OurAction"): {P: ({"pack.actions"}, set()), C: ({"capital.follow_up"}, set())},
    m("TheirAction"): {P: ({"pack.actions"}, set()), C: ({"capital.others_actions"}, set())},
}  # fmt: skip
# Parts whose content is not text (a stance, an authority, a map of codes, minutes): their
# heading in the PDF and their field in the data say whether they are there.
PROBES: dict[str, tuple[str, str, Any]] = {
    "pack.stance": (P, "Ourstance", lambda d: [b.position.stance for b in d.briefs if b.position]),
    "pack.authority": (
        P,
        "Authoritytomovedowntheladder",
        lambda d: [b.position.authority for b in d.briefs if b.position],
    ),
    "pack.stance_map": (P, "Stancemap", lambda d: [d.stance_map and d.stance_map.rows]),
    "pack.distribution": (P, "Distributionlist", lambda d: [d.distribution]),
    "capital.speaking_time": (C, "Ourspeakingtime", lambda d: [d.speaking_minutes]),
}


def test_every_part_with_content_has_a_marker_or_a_probe() -> None:
    named = {p for doc in MARKERS.values() for a, b in doc.values() for p in a | b}
    named |= set(PROBES)
    assert {p.key for p in PARTS if p.fields} <= named
    assert named <= {p.key for p in PARTS}


@pytest.fixture(scope="module")
def marked(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The demo with a marker in every part of the 6th ADGSOM's item 4.1 and around it."""
    from adgsom_desktop.domain.models import (
        Delegation,
        Event,
        Person,
        PositionPoint,
        Project,
        SpeakingInterval,
    )

    svc = open_demo_copy(demo_master, tmp_path_factory.mktemp("marked"))
    item = next(i for i in svc.agenda.items(SOM6) if i.number == "4.1")
    with svc.ctx.store.sessions.write() as s:
        codes = dict(s.execute(select(Delegation.code, Delegation.id)).all())
        event = s.get_one(Event, HANOI)
        event.title = f"6th ADGMIN {m('Event')}"
        event.steering_brief = m("Steering")
        event.logistics = m("Logistics")
        for project in s.scalars(select(Project)):
            project.title = f"{project.title} {m('Project')}"
            project.next_phase = f"{project.next_phase} {m('NextPhase')}"
            project.our_stance = Stance.SUPPORT
            project.our_position = f"Support if JAIF funds it {m('OurTerms')}"
        approver = Person(delegation_id=codes["TH"], full_name=m("Approver"), role=MemberRole.HEAD)
        bio = Person(delegation_id=codes["VN"], full_name="Nguyen Zq", bio=m("Bio"))
        s.add_all([approver, bio])
        s.add(SpeakingInterval(meeting_id=SOM6, started_at=datetime(2026, 1, 12, 3),
                               ended_at=datetime(2026, 1, 12, 3, 4)))  # fmt: skip
        s.flush()
        approver_id, bio_id = approver.id, bio.id
    fields = svc.agenda.fields(item.id)
    document = DocumentRef("DOC/ZQ/1", m("DocTitle"))
    svc.agenda.set_fields(
        item.id,
        replace(fields, lead_code="", lead_text=m("ItemLead"), documents=(document,)),
    )
    svc.agenda.add_item(SOM6, "Any other business", lead_text=m("AgendaLead"))
    c = svc.positions.get(item.id).content
    svc.positions.save(
        item.id,
        replace(
            c,
            objective=m("Objective"),
            stance=Stance.SUPPORT,
            opening=m("Opening"),
            fallbacks=(m("Fallback"),),
            red_line=m("RedLine"),
            points=(m("Delivered"), m("Undelivered")),
            tactical=m("Tactical"),
            their_objectives=(TheirObjectiveRec("VN", m("Theirs"), "ours"),),
            defensive_lines=(DefensiveLineRec(m("Question"), "answer"),),
            press_line=m("Press"),
            background_releasable=m("Background"),
            background_nfd=m("Secret"),
        ),
        reopen_approved=True,
    )
    approve(svc, item.id, approver_id)
    with svc.ctx.store.sessions.write() as s:
        point = s.scalar(select(PositionPoint).where(PositionPoint.text == m("Delivered")))
        point.delivered_at = datetime.now(UTC).replace(tzinfo=None)
    svc.stances.set_cell(
        item.id, codes["VN"], expected=Stance.SUPPORT, expected_note=m("StanceNote"),
        observed=Stance.SUPPORT, observed_note=m("StanceNote"),
    )  # fmt: skip
    svc.counterparts.link(bio_id, item.id, note=m("Interest"))
    say = svc.notes.add
    say(SOM6, m("TheySaid"), item_id=item.id, speaker_delegation_id=codes["VN"])
    say(SOM6, m("Proposed"), item_id=item.id, speaker_delegation_id=codes["VN"],
        kind=NoteKind.PROPOSAL)  # fmt: skip
    say(SOM6, m("WeSaid"), item_id=item.id, speaker_delegation_id=codes["TH"])
    say(SOM6, m("Remark"), item_id=item.id, speaker_delegation_id=codes["TH"],
        kind=NoteKind.REMARK)  # fmt: skip
    outcome = svc.outcomes.add(item.id, "agreed", m("Outcome"))
    # for the Ministers, on an item of the 6th ADGMIN (its brief is in the pack too)
    adgmin_item = next(i for i in svc.agenda.items(MIN6) if i.number == "5")
    svc.ministers.mark(outcome.id, for_ministers=True, action="endorse",
                       text=m("ForMinisters"), ministers_item_id=adgmin_item.id)  # fmt: skip
    # our amendment to the 6th ADGSOM's draft statement, with its reason
    jms = next(d for d in svc.texts.documents(SOM6) if "Joint Media" in d.title)
    para = next(p for p in svc.texts.paragraphs(jms.current.id) if p.number == "12")
    svc.amendments.propose(para.id, para.text.replace("women", m("OurText")),
                           rationale=m("Reason"))  # fmt: skip
    svc.actions.create(m("OurAction"), meeting_id=SOM6, item_id=item.id,
                       owner_delegation_id=codes["TH"])  # fmt: skip
    svc.actions.create(m("TheirAction"), meeting_id=SOM6, item_id=item.id,
                       owner_delegation_id=codes["VN"])  # fmt: skip
    yield svc
    svc.close()


def _pdf_text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return squash(out.stdout)


def _expect(document: str, marker: str, audience: Audience) -> bool:
    shown, needs = MARKERS[marker].get(document, (set(), set()))
    return any(part(k).allows(audience) for k in shown) and all(
        part(k).allows(audience) for k in needs
    )


def _check(document: str, audience: Audience, data: Any, text: str) -> None:
    gathered = repr(data)
    for marker in MARKERS:
        want = _expect(document, marker, audience)
        assert (marker in gathered) == want, (document, audience, marker, "data")
        assert (marker in text) == want, (document, audience, marker, "pdf")
    for key, (doc, heading, field) in PROBES.items():
        if doc == document:
            want = part(key).allows(audience)
            assert bool(field(data)) and any(field(data)) if want else not any(field(data) or ()), (
                key,
                audience,
            )
            assert (heading in text) == want, (key, audience, "pdf")


@pytest.mark.slow
@pytest.mark.parametrize("audience", list(Audience))
def test_each_audiences_pack_holds_exactly_its_parts(
    marked: Any, audience: Audience, tmp_path: Path
) -> None:
    request = PackRequest(
        event_id=HANOI, meeting_ids=(SOM6, JP_SOM6, JP_JWG, MIN6), audience=audience
    )
    _r, data, _c = marked.packs.prepare(request)
    assert data.audience is audience
    result = marked.packs.issue(request, tmp_path / "pack.pdf")
    text = _pdf_text((tmp_path / "pack.pdf").read_bytes(), tmp_path, "copy")
    _check("pack", audience, data, text)
    assert squash(audience.cover_line) in text  # the cover names the audience
    assert result.audience is audience
    row = next(r for r in marked.packs.register(HANOI).rows if r.issue_id == result.issue_id)
    assert row.audience == audience.label


@pytest.mark.slow
@pytest.mark.parametrize("audience", list(Audience))
def test_each_audiences_reports_hold_exactly_their_parts(
    marked: Any, audience: Audience, tmp_path: Path
) -> None:
    for kind, document in (("capital", "capital"), ("outcomes", "outcomes")):
        request = ReportRequest(SOM6, kind, classification="SECRET", audience=audience)
        data, _marking = marked.reports.data(request)
        pdf, _pages = marked.reports.render(request)
        text = _pdf_text(pdf, tmp_path, kind)
        _check(document, audience, data, text)
        assert squash(audience.cover_line) in text


# -- the rules around the table -------------------------------------------------------------
def test_below_the_audiences_minimum_is_refused_with_the_reason(pack_services_fresh: Any) -> None:
    from adgsom_desktop.errors import ValidationError

    svc = pack_services_fresh
    with pytest.raises(ValidationError, match=r"head of delegation cannot be marked RESTRICTED"):
        svc.packs.prepare(PackRequest(event_id=HANOI, classification="RESTRICTED"))
    with pytest.raises(ValidationError, match=r"CONFIDENTIAL or higher"):
        svc.reports.data(ReportRequest(SOM6, "capital", "RESTRICTED", audience=Audience.HOD))
    # unmarked: the store's default or the audience's minimum, the higher
    assert svc.packs.prepare(PackRequest(event_id=HANOI))[0].classification == "CONFIDENTIAL"
    public = svc.packs.prepare(
        PackRequest(event_id=HANOI, audience=Audience.PUBLIC, classification="UNCLASSIFIED")
    )
    assert public[0].classification == "UNCLASSIFIED"
    # the minimum is the store's own setting
    svc.settings.update(audience_minimums={Audience.PUBLIC: "RESTRICTED"})
    assert svc.settings.get().minimum(Audience.PUBLIC) == "RESTRICTED"
    with pytest.raises(ValidationError, match="public lines cannot be marked UNCLASSIFIED"):
        svc.packs.prepare(
            PackRequest(event_id=HANOI, audience=Audience.PUBLIC, classification="UNCLASSIFIED")
        )
    with pytest.raises(ValidationError, match="not one of the classifications"):
        svc.settings.update(audience_minimums={Audience.HOD: "TOP SECRET"})


def test_sections_only_narrow_an_audience(pack_services_fresh: Any) -> None:
    from adgsom_desktop.errors import ValidationError

    svc = pack_services_fresh
    with pytest.raises(ValidationError, match="cannot hold personality notes"):
        svc.packs.prepare(
            PackRequest(
                event_id=HANOI,
                audience=Audience.AGENCIES,
                sections=(Section.COVER, Section.PERSONALITIES),
            )
        )
    r, data, _c = svc.packs.prepare(PackRequest(event_id=HANOI, audience=Audience.AGENCIES))
    assert data.sections == (
        Section.COVER,
        Section.DISTRIBUTION,  # who holds which copy
        Section.CONTENTS,
        Section.COOPERATION,  # the projects' status, the proposals and our stance on each
        Section.BRIEFS,
        Section.TEXTS,
        Section.ANNEXES,
        Section.RECEIPT,  # the return or destruction receipt
    )
    assert r.title == "Brief for other agencies"
    r, data, _c = svc.packs.prepare(
        PackRequest(event_id=HANOI, audience=Audience.DELEGATION, sections=(Section.BRIEFS,))
    )
    assert data.sections == (Section.BRIEFS,)


def test_an_addendum_keeps_its_packs_audience(pack_services_fresh: Any, tmp_path: Path) -> None:
    from adgsom_desktop.errors import ValidationError

    svc = pack_services_fresh
    base = svc.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), audience=Audience.AGENCIES),
        tmp_path / "agencies.pdf",
    )
    item = next(i for i in svc.agenda.items(SOM6) if i.number == "4.1")
    c = svc.positions.get(item.id).content
    svc.positions.save(
        item.id,
        replace(c, red_line=m("LateRedLine"), press_line=m("LatePress")),
        reopen_approved=True,
    )
    with pytest.raises(ValidationError, match="keeps its pack's audience"):
        svc.packs.prepare(
            PackRequest(event_id=HANOI, addendum_to=base.issue_id, audience=Audience.HOD)
        )
    add = svc.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "add.pdf"
    )
    assert add.audience is Audience.AGENCIES and add.addendum_no == 1
    text = _pdf_text((tmp_path / "add.pdf").read_bytes(), tmp_path, "add")
    assert m("LatePress") in text and m("LateRedLine") not in text
    assert "Forotheragencies" in text
    rows = [r for r in svc.packs.register(HANOI).rows if r.issue_id == add.issue_id]
    assert rows and all(r.audience == "Other agencies" for r in rows)


def test_variant_is_gone_the_cli_names_audience(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    for extra in (("--variant", "releasable"), ("--variant",)):
        done = run_cli("pack", "--store", str(demo_path), "--event", "2", "--out", str(out), *extra)
        assert done.returncode == 2, done.stderr
        assert "--audience" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    done = run_cli(
        "pack", "--store", str(demo_path), "--event", "2", "--meeting", "4",
        "--audience", "public", "--without", "contents", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "for public lines" in done.stdout
    text = squash(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                 text=True).stdout)  # fmt: skip
    assert "Publiclines:whatmaybesaidinpublic" in text and "Contents" not in text
    assert "REDLINE" not in text and "Ourstance" not in text


@pytest.fixture
def pack_services_fresh(demo_master: Path, tmp_path: Path) -> Any:
    svc = open_demo_copy(demo_master, tmp_path / "fresh")
    yield svc
    svc.close()


def test_personality_notes_only_for_counterparts_of_the_packs_event(
    pack_services_fresh: Any,
) -> None:
    """Before: every counterpart with a note printed, whatever event they belong to."""
    from adgsom_desktop.domain.models import Delegation, Person

    svc = pack_services_fresh
    with svc.ctx.store.sessions.write() as s:
        codes = dict(s.execute(select(Delegation.code, Delegation.id)).all())
        # a Japanese counterpart met at an earlier event: Japan is not at the 6th ADGSOM
        s.add(Person(delegation_id=codes["JP"], full_name="Sato Zq", bio="met in Bangkok"))
        s.add(Person(delegation_id=codes["VN"], full_name="Tran Zq", bio="VN at the 6th"))
    item = next(i for i in svc.agenda.items(SOM6) if i.number == "4.1")
    _r, data, _c = svc.packs.prepare(PackRequest(event_id=HANOI, meeting_ids=(SOM6,)))
    names = {p.name for p in data.personalities}
    assert "Tran Zq" in names  # a Member State: at every ASEAN meeting
    assert "Sato Zq" not in names
    assert not any(p.delegation.startswith(("JP", "KR", "EU", "ITU")) for p in data.personalities)
    # an interest in a briefed item brings a counterpart in, whatever their delegation
    sato = next(p for p in svc.delegations.counterparts() if p.full_name == "Sato Zq")
    svc.counterparts.link(sato.id, item.id, "DEFA")
    _r, data, _c = svc.packs.prepare(PackRequest(event_id=HANOI, meeting_ids=(SOM6,)))
    assert "Sato Zq" in {p.name for p in data.personalities}
    # and a meeting with Japan brings Japan's people in
    _r, data, _c = svc.packs.prepare(PackRequest(event_id=HANOI, meeting_ids=(JP_SOM6,)))
    assert any(p.delegation.startswith("JP") for p in data.personalities)


def test_the_register_of_a_store_with_variants_migrates_to_audiences(store_path: Path) -> None:
    from sqlalchemy import text

    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import migrate, sqlite_driver
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store

    conn = sqlite_driver.connect(store_path)
    conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
    conn.close()
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0009_several_writers")
    stamp = "'2026-01-05 09:00:00'"
    with engine.begin() as c:
        for sql in (
            "INSERT INTO pack_issue (id, reference, title, variant, classification, contents,"
            f" issued_at, issued_by) VALUES (1, 'TH/1', 'HoD pack', 'full', 'CONFIDENTIAL', '{{}}',"
            f" {stamp}, 'aide'), (2, 'TH/2', 'Interpreters', 'releasable', 'RESTRICTED', '{{}}',"
            f" {stamp}, 'aide')",
            "INSERT INTO issued_copy (issue_id, copy_no, copies_total, recipient, file_name,"
            f" sha256, issued_at) VALUES (1, 1, 1, 'HoD', 'a.pdf', 'ab', {stamp}),"
            f" (2, 1, 2, 'Interpreter', 'b.pdf', 'cd', {stamp}),"
            f" (2, 2, 2, 'Adviser', 'c.pdf', 'ef', {stamp})",
        ):
            c.execute(text(sql))
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        svc = Services.for_store(store, actor="tester")
        rows = {(r.reference, r.copy_no): r.audience for r in svc.packs.register().rows}
        assert rows == {
            ("TH/1", 1): "Head of delegation",
            ("TH/2", 1): "Delegation",
            ("TH/2", 2): "Delegation",
        }
        # migration 0011: every issue so far is a briefing pack (reports came later)
        assert {r.document for r in svc.packs.register().rows} == {"Briefing pack"}
        assert {i.reference: i.audience for i in svc.packs.issues()} == {
            "TH/1": Audience.HOD,
            "TH/2": Audience.DELEGATION,
        }
        assert svc.store_info.check().ok
