"""Reads shared by the negotiated-text services (inside the caller's session)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import ParagraphKind, ParagraphStatus
from ...domain.models import (
    AgendaItem,
    Delegation,
    DocumentRevision,
    Meeting,
    OurAmendment,
    OutcomeDocument,
    ParagraphOrigin,
    TextBracket,
    TextParagraph,
    TextProposal,
)
from ...domain.text import fold
from ...errors import NotFoundError
from .records import (
    BracketRec,
    OptionRec,
    OutcomeDocRec,
    ParagraphRec,
    ProposalRec,
    RevisionRec,
    StatusCounts,
)


class Delegations:
    """Who a name means: 'TH', 'Thailand', 'Thailand (MDES)', 'Singapore - IMDA', 'ประเทศไทย'."""

    def __init__(self, session: Session) -> None:
        self.by_id: dict[int, str] = {}
        self.keys: list[tuple[str, int, str]] = []  # folded name, id, code
        for d in session.scalars(select(Delegation)):
            self.by_id[d.id] = d.code
            names = [d.code, d.name, d.local_name, *d.aliases.split(",")]
            for n in names:
                if n.strip():
                    self.keys.append((fold(n.strip()), d.id, d.code))
        # longer names first: "Lao PDR" before "Lao"
        self.keys.sort(key=lambda k: -len(k[0]))

    @property
    def known_names(self) -> frozenset[str]:
        return frozenset(k for k, _i, _c in self.keys)

    def find(self, name: str) -> tuple[int, str] | None:
        folded = fold(name.strip())
        if not folded:
            return None
        for key, did, code in self.keys:
            if folded == key:
                return did, code
        for key, did, code in self.keys:
            if len(key) >= 2 and re.search(rf"(?<![\w]){re.escape(key)}(?![\w])", folded):
                # a code must stand as written ("TH", not "th" inside a word)
                if key == fold(code) and not re.search(rf"\b{re.escape(code)}\b", name):
                    continue
                return did, code
        return None

    def code(self, name: str) -> str:
        found = self.find(name)
        return found[1] if found else name.strip()


def counts(session: Session, revision_ids: Sequence[int]) -> dict[int, StatusCounts]:
    rows = session.execute(
        select(TextParagraph.revision_id, TextParagraph.status, func.count())
        .where(
            TextParagraph.revision_id.in_(revision_ids),
            TextParagraph.kind != ParagraphKind.HEADING,
        )
        .group_by(TextParagraph.revision_id, TextParagraph.status)
    ).all()
    per: dict[int, dict[str, int]] = defaultdict(dict)
    for rid, status, n in rows:
        per[rid][ParagraphStatus(status).value] = n
    return {rid: StatusCounts(**per.get(rid, {})) for rid in revision_ids}


def revision_rec(r: DocumentRevision, c: StatusCounts) -> RevisionRec:
    return RevisionRec(
        id=r.id,
        document_id=r.document_id,
        seq=r.seq,
        label=r.label,
        source=r.source,
        imported_at=r.imported_at,
        imported_by=r.imported_by,
        counts=c,
    )


def revisions(session: Session, document_id: int) -> list[DocumentRevision]:
    return list(
        session.scalars(
            select(DocumentRevision)
            .where(DocumentRevision.document_id == document_id)
            .order_by(DocumentRevision.seq)
        )
    )


def document_recs(session: Session, docs: Iterable[OutcomeDocument]) -> list[OutcomeDocRec]:
    docs = list(docs)
    if not docs:
        return []
    ids = [d.id for d in docs]
    revs: dict[int, list[DocumentRevision]] = defaultdict(list)
    for r in session.scalars(
        select(DocumentRevision)
        .where(DocumentRevision.document_id.in_(ids))
        .order_by(DocumentRevision.seq)
    ):
        revs[r.document_id].append(r)
    cnt = counts(session, [r.id for rs in revs.values() for r in rs])
    amend: Counter[int] = Counter()
    live: Counter[int] = Counter()
    for doc_id, state in session.execute(
        select(OurAmendment.document_id, OurAmendment.state).where(
            OurAmendment.document_id.in_(ids)
        )
    ):
        amend[doc_id] += 1
        live[doc_id] += int(state.live)
    out = []
    for d in docs:
        meeting = session.get_one(Meeting, d.meeting_id)
        item = session.get(AgendaItem, d.item_id) if d.item_id else None
        out.append(
            OutcomeDocRec(
                id=d.id,
                meeting_id=d.meeting_id,
                meeting_label=meeting.short_title or meeting.title,
                kind=d.kind,
                title=d.title,
                symbol=d.symbol,
                item_id=d.item_id,
                item_label=f"{item.number} {item.title}".strip() if item else "",
                revisions=tuple(revision_rec(r, cnt[r.id]) for r in revs[d.id]),
                amendments=amend[d.id],
                amendments_live=live[d.id],
            )
        )
    return out


def get_document(session: Session, document_id: int) -> OutcomeDocument:
    doc = session.get(OutcomeDocument, document_id)
    if doc is None:
        raise NotFoundError(
            "Outcome document {document_id} no longer exists.", document_id=document_id
        )
    return doc


def get_paragraph(session: Session, paragraph_id: int) -> TextParagraph:
    p = session.get(TextParagraph, paragraph_id)
    if p is None:
        raise NotFoundError("Paragraph {paragraph_id} no longer exists.", paragraph_id=paragraph_id)
    return p


def paragraph_recs(
    session: Session, paragraphs: Sequence[TextParagraph], amendments: dict[int, int] | None = None
) -> list[ParagraphRec]:
    """Records of ``paragraphs`` with their origins, brackets and proposals (4 queries)."""
    ids = [p.id for p in paragraphs]
    if not ids:
        return []
    who = Delegations(session)
    origins: dict[int, list[int]] = defaultdict(list)
    for pid, oid in session.execute(
        select(ParagraphOrigin.paragraph_id, ParagraphOrigin.origin_id).where(
            ParagraphOrigin.paragraph_id.in_(ids)
        )
    ):
        origins[pid].append(oid)
    numbers: dict[int, tuple[str, int]] = {}
    all_origins = sorted({o for os in origins.values() for o in os})
    for chunk in _chunks(all_origins):
        for oid, num, ord_ in session.execute(
            select(TextParagraph.id, TextParagraph.number, TextParagraph.ord).where(
                TextParagraph.id.in_(chunk)
            )
        ):
            numbers[oid] = (num, ord_)
    brackets: dict[int, list[BracketRec]] = defaultdict(list)
    for b in session.scalars(
        select(TextBracket).where(TextBracket.paragraph_id.in_(ids)).order_by(TextBracket.ord)
    ):
        brackets[b.paragraph_id].append(bracket_rec(b))
    proposals: dict[int, list[ProposalRec]] = defaultdict(list)
    for pr in session.scalars(
        select(TextProposal).where(TextProposal.paragraph_id.in_(ids)).order_by(TextProposal.ord)
    ):
        proposals[pr.paragraph_id].append(
            ProposalRec(
                id=pr.id,
                paragraph_id=pr.paragraph_id,
                start=pr.start,
                end=pr.end,
                old_text=pr.old_text,
                new_text=pr.new_text,
                author=pr.author,
                delegation_code=who.by_id.get(pr.delegation_id or 0, ""),
            )
        )
    out = []
    for p in paragraphs:
        os = sorted(origins.get(p.id, []), key=lambda o: numbers.get(o, ("", 0))[1])
        out.append(
            ParagraphRec(
                id=p.id,
                revision_id=p.revision_id,
                ord=p.ord,
                kind=p.kind,
                number=p.number,
                text=p.text,
                status=p.status,
                status_note=p.status_note,
                change=p.change,
                moved=p.moved,
                origins=tuple(os),
                origin_numbers=tuple(
                    numbers[o][0] or f"¶{numbers[o][1] + 1}" for o in os if o in numbers
                ),
                brackets=tuple(brackets.get(p.id, ())),
                proposals=tuple(proposals.get(p.id, ())),
                inserted_by=p.inserted_by,
                deleted_by=p.deleted_by,
                amendments=(amendments or {}).get(p.id, 0),
            )
        )
    return out


def bracket_rec(b: TextBracket) -> BracketRec:
    options = tuple(
        OptionRec(o.get("text", ""), tuple(o.get("proponents", ())))
        for o in json.loads(b.options or "[]")
    )
    return BracketRec(
        id=b.id,
        paragraph_id=b.paragraph_id,
        start=b.start,
        end=b.end,
        text=b.text,
        options=options,
        proponents=tuple(b.proponents.split()),
        state=b.state,
        state_note=b.state_note,
    )


def revision_paragraphs(session: Session, revision_id: int) -> list[TextParagraph]:
    return list(
        session.scalars(
            select(TextParagraph)
            .where(TextParagraph.revision_id == revision_id)
            .order_by(TextParagraph.ord)
        )
    )


def successors(session: Session, paragraph_ids: Iterable[int]) -> dict[int, list[int]]:
    """Old paragraph id -> the ids of the paragraphs of the next revision that come from it."""
    ids = list(paragraph_ids)
    out: dict[int, list[int]] = defaultdict(list)
    for chunk in _chunks(ids):
        for pid, oid in session.execute(
            select(ParagraphOrigin.paragraph_id, ParagraphOrigin.origin_id).where(
                ParagraphOrigin.origin_id.in_(chunk)
            )
        ):
            out[oid].append(pid)
    return out


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for k in range(0, len(ids), size):
        yield ids[k : k + size]
