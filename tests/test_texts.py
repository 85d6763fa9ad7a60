"""Negotiated text through the services: import, alignment, brackets, status, amendments,
and bad input refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from adgsom_desktop.domain.enums import (
    AmendmentState,
    ParagraphChange,
    ParagraphKind,
    ParagraphStatus,
)
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.negotiation.records import ImportSource
from tests.text_fixtures import OTHER_DOCUMENT, REV2, REV3, statement_docx


@pytest.fixture
def som(services: object) -> tuple[object, int]:
    svc = services
    ev = svc.events.save_event(  # type: ignore[attr-defined]
        title="6th ADGMIN and related meetings", timezone="Asia/Ho_Chi_Minh"
    )
    m = svc.events.save_meeting(event_id=ev.id, kind="som", title="6th ADGSOM")  # type: ignore[attr-defined]
    return svc, m.id


def _import(svc: object, meeting: int, text: str, **kw: object) -> object:
    return svc.texts.import_revision(meeting, ImportSource("draft.txt", text=text), **kw)  # type: ignore[attr-defined]


def _rows(svc: object) -> dict[str, int]:
    from adgsom_desktop.domain import models as m

    with svc.ctx.read() as s:  # type: ignore[attr-defined]
        return {
            t.__tablename__: s.scalar(select(func.count()).select_from(t))
            for t in (m.OutcomeDocument, m.DocumentRevision, m.TextParagraph, m.AuditEntry)
        }


def test_pasted_revision_paragraphs_numbers_kinds_brackets_and_counts(som) -> None:
    svc, meeting = som
    rev = _import(svc, meeting, REV2, kind="joint-media-statement")
    assert rev.label == "Rev. 2"  # read from the title line
    doc = svc.texts.documents(meeting)[0]
    assert doc.title == "DRAFT JOINT MEDIA STATEMENT OF THE 6TH ADGMIN"
    paras = svc.texts.paragraphs(rev.id)
    assert [p.number for p in paras] == [
        "", "PP1", "PP2", "OP1", "OP2", "OP3", "OP4", "OP5", "OP6", "OP7",
    ]  # fmt: skip
    assert paras[0].kind is ParagraphKind.HEADING
    assert {p.kind for p in paras[1:3]} == {ParagraphKind.PREAMBULAR}
    assert {p.kind for p in paras[3:]} == {ParagraphKind.OPERATIVE}
    op1, op5, op6 = paras[3], paras[7], paras[8]
    assert op1.status is ParagraphStatus.AGREED and op1.text.endswith("2025.")  # mark read
    (choice,) = op5.brackets
    assert [(o.text, o.proponents) for o in choice.options] == [
        ("shall allocate dedicated funding", ("TH",)),
        ("may allocate funding where available", ("SG", "MY")),
    ]
    assert choice.proponents == ("TH", "SG", "MY")
    shall, annually = op6.brackets
    assert [o.text for o in shall.options] == ["shall", "should"]
    assert annually.proponents == ("TH",)  # the footnote "Proposed by Thailand"
    assert op5.status is op6.status is ParagraphStatus.BRACKETED
    assert doc.counts.text == "1 agreed, 2 bracketed, 6 pending"


def test_revision_3_is_aligned_with_revision_2_by_content(som) -> None:
    svc, meeting = som
    r2 = _import(svc, meeting, REV2, kind="joint-media-statement")
    doc_id = r2.document_id
    old = {p.id: p.number for p in svc.texts.paragraphs(r2.id)}
    r3 = _import(svc, meeting, REV3, document_id=doc_id)
    assert r3.label == "Rev. 3" and r3.seq == 2
    paras = {p.number: p for p in svc.texts.paragraphs(r3.id)}
    was = {n: tuple(old[o] for o in p.origins) for n, p in paras.items()}
    assert was["OP1"] == ("OP7",) and paras["OP1"].moved
    assert was["OP2"] == ("OP1",) and paras["OP2"].renumbered
    assert was["OP3"] == was["OP4"] == ("OP2",)
    assert paras["OP3"].change is paras["OP4"].change is ParagraphChange.SPLIT
    assert was["OP5"] == ("OP3", "OP4") and paras["OP5"].change is ParagraphChange.MERGED
    assert was["OP7"] == ("OP6",) and paras["OP7"].change is ParagraphChange.REWORDED
    assert was["OP8"] == () and paras["OP8"].change is ParagraphChange.NEW
    # an unchanged paragraph keeps its status; a reworded one is pending again
    assert paras["OP2"].status is ParagraphStatus.AGREED
    assert paras["OP7"].status is ParagraphStatus.PENDING
    assert paras["OP7"].change_text == "reworded, was OP6"
    # a split part is compared with its stretch of OP2: the other part is not "deleted"
    diff = svc.texts.diff(paras["OP4"].id)
    assert diff.old_label == "OP2"
    assert [(s.kind, s.text) for s in diff.segments if s.kind != "same"] == [
        ("added", "The Ministers "),
    ]
    diff = svc.texts.diff(paras["OP7"].id)
    assert ("added", "will") in [(s.kind, s.text) for s in diff.segments]


def test_word_level_diff_uses_icu_words_in_thai(som) -> None:
    svc, meeting = som
    r1 = _import(svc, meeting, "1. ประเทศไทยสนับสนุนการพัฒนาทักษะดิจิทัลของเยาวชน\n")
    r2 = _import(
        svc, meeting, "1. ประเทศไทยคัดค้านการพัฒนาทักษะดิจิทัลของเยาวชน\n", document_id=r1.document_id
    )
    (para,) = svc.texts.paragraphs(r2.id)
    changed = [(s.kind, s.text) for s in svc.texts.diff(para.id).segments if s.kind != "same"]
    assert changed == [("removed", "สนับสนุน"), ("added", "คัดค้าน")]  # whole words


def test_tracked_changes_become_proposals_by_the_authors_delegation(som) -> None:
    svc, meeting = som
    rev = svc.texts.import_revision(
        meeting, ImportSource("rev3.docx", data=statement_docx()), kind="implementation-plan"
    )
    paras = svc.texts.paragraphs(rev.id)
    assert [p.number for p in paras if p.kind is ParagraphKind.OPERATIVE] == ["1", "2", "3", "4"]
    by_number = {p.number: p for p in paras}
    (replace,) = by_number["2"].proposals
    assert (replace.kind, replace.delegation_code) == ("replace", "SG")
    assert (replace.old_text, replace.new_text) == (
        "dedicated funding",
        "existing resources, where available",
    )
    assert (
        by_number["2"].text
        == "Implementation shall be supported by dedicated funding for the Plan."
    )
    (unknown,) = by_number["3"].proposals
    assert (unknown.kind, unknown.delegation_code, unknown.author) == (
        "delete",
        "",
        "Microsoft Office User",
    )
    whole = by_number["4"]
    assert whole.inserted_by == "Malaysia - MCMC" and whole.proposals[0].delegation_code == "MY"
    rows = [p for p in paras if p.kind is ParagraphKind.TABLE_ROW]
    assert [r.text for r in rows] == [
        "EA 3.3 Anti-scam cooperation | MY, TH | 2026-2030",
        "EA 6.1 Digital identity study | TH | 2026-2027",
    ]
    assert svc.texts.document(rev.document_id).counts.text == "3 bracketed, 3 pending"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: b"%PDF-1.7 not a word file", "not a Word .docx"),
        (lambda p: b"PK\x03\x04" + b"\0" * 64, "cannot be read as a Word document"),
        (lambda p: _encrypted(p), "password-protected"),
        (lambda p: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "Word 97-2003"),
    ],
)
def test_a_file_that_is_not_a_readable_docx_is_refused_and_nothing_written(
    som, tmp_path: Path, make: object, words: str
) -> None:
    svc, meeting = som
    before = _rows(svc)
    data = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ValidationError, match=words):
        svc.texts.import_revision(meeting, ImportSource("rev.docx", data=data))
    assert _rows(svc) == before


def _encrypted(tmp_path: Path) -> bytes:
    from tests.agenda_files import write_encrypted_docx

    return write_encrypted_docx(tmp_path / "locked.docx").read_bytes()


def test_a_huge_text_is_refused_before_it_is_read(som) -> None:
    svc, meeting = som
    before = _rows(svc)
    text = "".join(f"{n}. Paragraph {n}.\n" for n in range(1, 5_002))
    with pytest.raises(ValidationError, match="5,001 lines; an import takes at most 5,000"):
        _import(svc, meeting, text)
    big = statement_docx() + b""  # a docx that unpacks past the limit: limits patched down
    from adgsom_desktop.services import import_limits

    old = import_limits.MAX_XML_BYTES
    import_limits.MAX_XML_BYTES = 1_000
    try:
        with pytest.raises(ValidationError, match="of XML once unpacked"):
            svc.texts.import_revision(meeting, ImportSource("big.docx", data=big))
    finally:
        import_limits.MAX_XML_BYTES = old
    assert _rows(svc) == before


def test_a_revision_of_another_document_is_refused(som) -> None:
    svc, meeting = som
    r2 = _import(svc, meeting, REV2)
    before = _rows(svc)
    with pytest.raises(ValidationError, match="does not look like a revision of") as err:
        _import(svc, meeting, OTHER_DOCUMENT, document_id=r2.document_id)
    assert "only 0 of its 5 paragraphs" in str(err.value) and "Nothing was imported" in str(
        err.value
    )
    # the same file twice, a label taken, a document of another meeting
    _import(svc, meeting, REV3, document_id=r2.document_id)
    with pytest.raises(ValidationError, match=r"already imported as Rev\. 3"):
        _import(svc, meeting, REV3, document_id=r2.document_id)
    with pytest.raises(ValidationError, match=r"already has a revision labelled Rev\. 2"):
        _import(svc, meeting, REV3 + "OP9. More.\n", document_id=r2.document_id, label="Rev. 2")
    other = svc.events.save_meeting(event_id=1, kind="ministers", title="6th ADGMIN")
    with pytest.raises(ValidationError, match="belongs to the 6th ADGSOM"):
        _import(svc, other.id, REV3, document_id=r2.document_id)
    assert _rows(svc)["document_revision"] == before["document_revision"] + 1
    # forced, it goes in (the user says it is a revision)
    _import(svc, meeting, OTHER_DOCUMENT, document_id=r2.document_id, force=True)


def test_status_is_set_and_audited(som) -> None:
    svc, meeting = som
    rev = _import(svc, meeting, REV2)
    op5 = svc.texts.paragraphs(rev.id)[7]
    rec = svc.texts.set_status(op5.id, "agreed_ad_ref", "SG lifted its bracket")
    assert (
        rec.status is ParagraphStatus.AGREED_AD_REF and rec.status_note == "SG lifted its bracket"
    )
    assert svc.texts.document(rev.document_id).counts.text == (
        "1 agreed, 1 agreed ad ref, 1 bracketed, 6 pending"
    )
    with pytest.raises(ValidationError, match="not a paragraph status"):
        svc.texts.set_status(op5.id, "closed")
    assert any(e.action == "status" for e in svc.audit.entries())


def test_our_amendment_follows_the_paragraph_into_the_next_revision(som) -> None:
    svc, meeting = som
    item = svc.agenda.add_item(meeting, "Draft Joint Media Statement")
    r2 = _import(svc, meeting, REV2)
    op5 = svc.texts.paragraphs(r2.id)[7]
    ours = svc.amendments.propose(
        op5.id,
        "Member States shall allocate dedicated funding for the Implementation Plan.",
        rationale="Our opening position",
        item_id=item.id,
    )
    assert ours.kind == "delete" and ours.state is AmendmentState.TO_TABLE
    svc.amendments.set_state(ours.id, "tabled", "Sent to the host, 8 Jan")
    r3 = _import(svc, meeting, REV3, document_id=r2.document_id)
    (on3,) = svc.amendments.for_document(r2.document_id)
    op6 = next(p for p in svc.texts.paragraphs(r3.id) if p.number == "OP6")
    assert on3.current_paragraph_id == op6.id and on3.label == "OP6"
    assert on3.written_on == "Rev. 2" and on3.state is AmendmentState.TABLED
    assert not on3.conflict and on3.our_text == (
        "Member States shall allocate dedicated funding for the Implementation Plan."
    )
    assert op6.amendments == 1  # the paragraph list says it has one of ours
    # an edit moves it onto rev. 3's paragraph
    edited = svc.amendments.edit(
        ours.id,
        "Member States shall allocate funding for the Implementation Plan.",
        rationale="Fallback",
        item_id=item.id,
    )
    assert edited.paragraph_id == op6.id and edited.written_on == "Rev. 3"
    with pytest.raises(ValidationError, match="the paragraph as it stands"):
        svc.amendments.propose(op6.id, op6.text)
    heading = svc.texts.paragraphs(r3.id)[0]
    with pytest.raises(ValidationError, match="heading is not negotiated"):
        svc.amendments.propose(heading.id, "Another title")


def test_an_amendment_whose_words_are_gone_is_a_conflict_and_one_taken_in_is_said(som) -> None:
    svc, meeting = som
    r2 = _import(svc, meeting, REV2)
    op6 = svc.texts.paragraphs(r2.id)[8]  # "[shall / should] review the Plan [annually]"
    op7 = svc.texts.paragraphs(r2.id)[9]
    svc.amendments.propose(op6.id, "The Ministers will review the Plan every two years.")
    svc.amendments.propose(
        op7.id, "The Ministers thanked Viet Nam for hosting the Meeting.".replace(".", " warmly.")
    )
    text = REV3.replace("thanked Viet Nam", "thanked Viet Nam warmly").replace(
        "hosting the Meeting.", "hosting the Meeting warmly."
    )
    _import(svc, meeting, text, document_id=r2.document_id)
    gone, taken = svc.amendments.for_document(r2.document_id)[::-1]
    assert gone.conflict and not gone.taken_in
    assert taken.taken_in and not taken.conflict


def test_a_red_line_on_a_touched_item_is_warned(demo_services: object) -> None:
    svc = demo_services
    jms = next(d for d in svc.texts.documents() if "Joint Media" in d.title)
    offers = next(a for a in svc.amendments.for_document(jms.id) if a.label == "10")
    assert offers.red_lines and any(
        "Cybersecurity" in r or "Joint Media" in r for r in offers.red_lines
    )
    plan = next(d for d in svc.texts.documents() if "Implementation Plan" in d.title)
    review = next(a for a in svc.amendments.for_document(plan.id) if a.label == "47")
    (line,) = [r for r in review.red_lines if "Masterplan 2026-2030" in r]
    assert "Online scams and fraud must be named" in line


TH_REV2 = """ร่างแถลงการณ์ร่วมของรัฐมนตรีดิจิทัลอาเซียน (ฉบับที่ 2)
1. รัฐมนตรียินดีต่อการเสร็จสิ้นของแผนแม่บทดิจิทัลอาเซียน 2025 (Agreed)
2. รัฐสมาชิก [TH: จะจัดสรรงบประมาณเฉพาะ][SG/MY: อาจจัดสรรงบประมาณตามความเหมาะสม] เพื่อการดำเนินงานตามแผน
3. รัฐมนตรีรับทราบรายงานของคณะทำงานว่าด้วยการต่อต้านการหลอกลวงออนไลน์
4. รัฐมนตรีขอบคุณเวียดนามที่เป็นเจ้าภาพการประชุม
"""
VI_REV3 = """DỰ THẢO TUYÊN BỐ BÁO CHÍ CHUNG (Bản sửa đổi 3)
1. Các Bộ trưởng hoan nghênh việc hoàn thành Kế hoạch tổng thể số ASEAN 2025.
2. Các Bộ trưởng [nhất trí / ghi nhận] Kế hoạch tổng thể số ASEAN 2026-2030.
"""


@pytest.mark.parametrize(
    ("text", "title", "label", "counts"),
    [
        (TH_REV2, "ร่างแถลงการณ์ร่วมของรัฐมนตรีดิจิทัลอาเซียน", "Rev. 2",
         "1 agreed, 1 bracketed, 2 pending"),
        (VI_REV3, "DỰ THẢO TUYÊN BỐ BÁO CHÍ CHUNG", "Rev. 3", "1 bracketed, 1 pending"),
    ],
    ids=["thai", "vietnamese"],
)  # fmt: skip
def test_a_thai_or_vietnamese_title_line_names_the_document_and_its_revision(
    som, text: str, title: str, label: str, counts: str
) -> None:
    """Thai has no capitals: its title line is still the title (a heading, not a pending
    paragraph); '(ฉบับที่ 2)' and '(Bản sửa đổi 3)' say the revision as '(Rev. 2)' does."""
    svc, meeting = som
    rev = _import(svc, meeting, text, kind="joint-statement")
    (doc,) = svc.texts.documents(meeting)
    assert (doc.title, rev.label) == (title, label)
    first = svc.texts.paragraphs(rev.id)[0]
    assert first.kind is ParagraphKind.HEADING and not first.number
    assert doc.counts.text == counts


PLAN = """IMPLEMENTATION PLAN (Rev. 1)
1. The Plan covers 2026 to 2030.
1.1 It applies to ADGSOM and its working groups:
(a) the Working Group on Digital Data Governance;
(b) the Working Group on AI Governance.
1.2 Implementation shall be supported by [existing resources].
"""


def test_numbers_one_one_and_letters_pasted_and_from_words_lists(som, tmp_path: Path) -> None:
    """1., 1.1 and (a) as typed, and as Word's automatic multi-level numbering prints them."""
    from tests.agenda_files import write_agenda_docx

    svc, meeting = som
    rev = _import(svc, meeting, PLAN, kind="implementation-plan")
    paras = svc.texts.paragraphs(rev.id)
    assert [(p.number, p.kind) for p in paras[1:]] == [
        (n, ParagraphKind.OPERATIVE) for n in ("1", "1.1", "(a)", "(b)", "1.2")
    ]
    assert paras[2].text == "It applies to ADGSOM and its working groups:"
    path = write_agenda_docx(tmp_path / "list.docx")
    from_word = svc.texts.import_revision(  # type: ignore[attr-defined]
        meeting, ImportSource("list.docx", data=path.read_bytes()), kind="other"
    )
    numbers = [p.number for p in svc.texts.paragraphs(from_word.id) if p.number]
    assert numbers[:7] == ["1", "2", "2.1", "(a)", "(b)", "2.2", "3"]
