"""Our amendments as they stand on a given revision, and the red lines they touch.

An amendment stays on the paragraph it was written on.  To show it on a later
revision, the paragraph's successors are followed revision by revision; where
the paragraph was split, the part our change still fits is chosen; our change
is made again on that part's text (``rebase``), or flagged as a conflict.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import markup
from ...domain.models import (
    AgendaItem,
    DocumentRevision,
    OurAmendment,
    OutcomeDocument,
    Position,
    TextParagraph,
)
from ...i18n.printing import translate
from . import queries as q
from .rebase import Rebased, rebase
from .records import AmendmentRec
from .words import content_words, diff

# Words too common in ASEAN digital texts to say which item a paragraph is about.
_COMMON = frozenset(
    [
        "asean",
        "digital",
        "meeting",
        "meetings",
        "ministers",
        "minister",
        "member",
        "states",
        "state",
        "senior",
        "officials",
        "cooperation",
        "framework",
        "regional",
        "report",
        "draft",
        "plan",
        "implementation",
        "adoption",
        "agenda",
        "other",
        "matters",
        "their",
        "with",
        "from",
        "that",
        "this",
        "will",
        "shall",
        "should",
        "also",
        "further",
        "noted",
        "welcomed",
        "adgsom",
        "adgmin",
        "partners",
        "dialogue",
        "partner",
        "work",
        "plans",
        "2025",
        "2026",
        "2030",
        "2026-2030",
        "joint",
        "statement",
        "media",
        "masterplan",
    ]
)


def _label(p: TextParagraph) -> str:
    return p.number or f"¶{p.ord + 1}"


def project(s: Session, paragraph: TextParagraph, target: DocumentRevision) -> list[TextParagraph]:
    """The paragraphs of ``target`` that come from ``paragraph`` (through every revision between)."""
    here = s.get_one(DocumentRevision, paragraph.revision_id)
    if here.id == target.id:
        return [paragraph]
    if here.seq > target.seq:
        return []
    current = [paragraph.id]
    for _ in range(target.seq - here.seq):
        nxt = q.successors(s, current)
        current = sorted({c for ids in nxt.values() for c in ids})
        if not current:
            return []
    paras = [s.get_one(TextParagraph, pid) for pid in current]
    return [p for p in paras if p.revision_id == target.id]


def item_red_lines(s: Session, item_ids: list[int]) -> list[tuple[str, str]]:
    out = []
    for item_id in dict.fromkeys(item_ids):
        item = s.get(AgendaItem, item_id)
        pos = s.scalar(select(Position).where(Position.item_id == item_id))
        if item is not None and pos is not None and markup.to_plain(pos.red_line).strip():
            out.append((f"{item.number} {item.title}".strip(), markup.to_plain(pos.red_line)))
    return out


def touched_items(s: Session, doc: OutcomeDocument, text: str, explicit: list[int]) -> list[int]:
    """Items a paragraph touches: those named by the amendment and the document, and items of
    the meeting two of whose distinctive title words the paragraph uses."""
    ids = list(explicit)
    words = {w for w in content_words(text) if len(w) > 3 and w not in _COMMON}
    if words:
        for item in s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == doc.meeting_id)):
            title = {w for w in content_words(item.title) if len(w) > 3 and w not in _COMMON}
            stems = {w[:6] for w in title}
            hits = {w for w in words if w in title or w[:6] in stems}
            if len(hits) >= 2:
                ids.append(item.id)
    return ids


def amendment_rec(s: Session, a: OurAmendment, target: DocumentRevision) -> AmendmentRec:
    written = s.get_one(TextParagraph, a.paragraph_id)
    written_rev = s.get_one(DocumentRevision, written.revision_id)
    doc = s.get_one(OutcomeDocument, a.document_id)
    candidates = project(s, written, target)
    # Where a paragraph was split, the part our change still fits.
    tried = [
        (cand, None if a.new_paragraph else rebase(a.base_text, a.proposed_text, cand.text))
        for cand in candidates
    ]
    fitting = [t for t in tried if t[1] is None or not t[1].conflict]
    chosen: TextParagraph | None = None
    result: Rebased | None = None
    if fitting or tried:
        chosen, result = (fitting or tried)[0]
    if chosen is None:
        current_text, ours, conflict, taken = "", a.proposed_text, False, False
        label = translate("Pack", "%s of %s (no longer in %s)") % (
            _label(written),
            written_rev.label,
            target.label,
        )
    elif a.new_paragraph:
        current_text, ours, conflict, taken = "", a.proposed_text, False, False
        label = translate("Pack", "new after %s") % _label(chosen)  # in a pack's language
    elif not a.state.live:
        # Settled (accepted, rejected, withdrawn): what we proposed, on the text we proposed
        # it to; the later text may already say it.
        current_text, ours, conflict, taken = a.base_text, a.proposed_text, False, False
        label = _label(chosen)
    else:
        assert result is not None
        current_text, ours = chosen.text, result.text
        conflict, taken = result.conflict, result.taken_in
        label = _label(chosen)
    item = s.get(AgendaItem, a.item_id) if a.item_id else None
    explicit = [x for x in (a.item_id, doc.item_id) if x]
    text = (chosen.text if chosen else a.base_text) + " " + a.proposed_text
    touched = touched_items(s, doc, text, explicit)
    return AmendmentRec(
        id=a.id,
        document_id=a.document_id,
        paragraph_id=a.paragraph_id,
        written_on=written_rev.label,
        current_paragraph_id=chosen.id if chosen else None,
        label=label,
        new_paragraph=a.new_paragraph,
        base_text=a.base_text,
        proposed_text=a.proposed_text,
        current_text=current_text,
        segments=diff(current_text, ours),
        rationale=a.rationale,
        item_id=a.item_id,
        item_label=f"{item.number} {item.title}".strip() if item else "",
        red_lines=tuple(f"{label_}: {line}" for label_, line in item_red_lines(s, touched)),
        state=a.state,
        state_note=a.state_note,
        state_at=a.state_at,
        conflict=conflict,
        taken_in=taken,
    )


def amendments_on(s: Session, target: DocumentRevision) -> list[AmendmentRec]:
    """Our amendments of the document, as they stand on ``target`` (written on it or before)."""
    rows = s.execute(
        select(OurAmendment, DocumentRevision.seq, TextParagraph.ord)
        .join(TextParagraph, OurAmendment.paragraph_id == TextParagraph.id)
        .join(DocumentRevision, TextParagraph.revision_id == DocumentRevision.id)
        .where(OurAmendment.document_id == target.document_id, DocumentRevision.seq <= target.seq)
    ).all()
    recs = [amendment_rec(s, a, target) for a, _seq, _ord in rows]
    order = {p.id: p.ord for p in q.revision_paragraphs(s, target.id)}
    recs.sort(key=lambda r: (order.get(r.current_paragraph_id or -1, 10**9), r.new_paragraph, r.id))
    return recs


def amendments_per_paragraph(s: Session, target: DocumentRevision) -> dict[int, int]:
    counts: Counter[int] = Counter()
    for r in amendments_on(s, target):
        if r.current_paragraph_id is not None:
            counts[r.current_paragraph_id] += 1
    return dict(counts)
