"""Word-level differences of a paragraph across revisions (ICU words).

A paragraph is compared with the paragraph(s) it comes from: with their
text joined when it merges several, and with the stretch of the old text it
took when it is one part of a split (not with the whole, which would show the
other part as deleted).  Between revisions further apart, the origins are
followed back revision by revision.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import ParagraphChange
from ...domain.models import DocumentRevision, ParagraphOrigin, TextParagraph
from ..position_diff import ADDED, DiffSegment
from . import queries as q
from .align import moved_flags
from .records import ParagraphDiffRec, RevisionDiffRec
from .words import diff, words


def _label(p: TextParagraph) -> str:
    return p.number or f"¶{p.ord + 1}"


def part_of(old: str, part: str) -> str:
    """The stretch of ``old`` that ``part`` comes from (whole words)."""
    a, b = words(old), words(part)
    # Runs of at least two words in common (a lone "and" or "," says nothing); the
    # longest one, and those close to it on either side.
    blocks = [
        m
        for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        if sum(1 for w in a[m.a : m.a + m.size] if any(c.isalnum() for c in w)) >= 2
    ]
    if not blocks:
        return old
    best = max(range(len(blocks)), key=lambda k: blocks[k].size)
    first = last = best
    while first > 0 and blocks[first].a - (blocks[first - 1].a + blocks[first - 1].size) <= 6:
        first -= 1
    while last + 1 < len(blocks) and blocks[last + 1].a - (blocks[last].a + blocks[last].size) <= 6:
        last += 1
    lo, hi = blocks[first].a, blocks[last].a + blocks[last].size
    return "".join(a[lo:hi]).strip()


def compare(
    olds: Sequence[TextParagraph], new: TextParagraph, split: bool
) -> tuple[DiffSegment, ...]:
    if not olds:
        return (DiffSegment(ADDED, new.text),) if new.text else ()
    old_text = " ".join(o.text for o in olds)
    if split and len(olds) == 1:
        old_text = part_of(old_text, new.text)
    return diff(old_text, new.text)


def paragraph_diff(s: Session, para: TextParagraph) -> ParagraphDiffRec:
    origin_ids = list(
        s.scalars(select(ParagraphOrigin.origin_id).where(ParagraphOrigin.paragraph_id == para.id))
    )
    olds = sorted((s.get_one(TextParagraph, i) for i in origin_ids), key=lambda p: p.ord)
    return ParagraphDiffRec(
        paragraph_id=para.id,
        label=_label(para),
        old_label=" + ".join(_label(o) for o in olds),
        change=para.change,
        moved=para.moved,
        segments=compare(olds, para, para.change is ParagraphChange.SPLIT),
    )


def revision_diff(
    s: Session, old_rev: DocumentRevision, new_rev: DocumentRevision
) -> RevisionDiffRec:
    """Every paragraph of ``new_rev`` against what it comes from in ``old_rev``."""
    chain = [r for r in q.revisions(s, new_rev.document_id) if old_rev.seq <= r.seq <= new_rev.seq]
    old_paras = q.revision_paragraphs(s, old_rev.id)
    new_paras = q.revision_paragraphs(s, new_rev.id)
    # ancestors in old_rev of each paragraph, revision by revision
    ancestors: dict[int, set[int]] = {p.id: {p.id} for p in old_paras}
    for rev in chain[1:]:
        paras = q.revision_paragraphs(s, rev.id)
        ids = [p.id for p in paras]
        origins: dict[int, list[int]] = defaultdict(list)
        for pid, oid in s.execute(
            select(ParagraphOrigin.paragraph_id, ParagraphOrigin.origin_id).where(
                ParagraphOrigin.paragraph_id.in_(ids)
            )
        ):
            origins[pid].append(oid)
        ancestors = {
            pid: set().union(*(ancestors.get(o, set()) for o in origins.get(pid, []))) or set()
            for pid in ids
        }
    by_id = {p.id: p for p in old_paras}
    shared: dict[int, int] = defaultdict(int)
    for p in new_paras:
        for a in ancestors.get(p.id, ()):
            shared[a] += 1
    rows = []
    seq: list[tuple[int, ...]] = []
    for p in new_paras:
        olds = sorted((by_id[a] for a in ancestors.get(p.id, ())), key=lambda o: o.ord)
        seq.append(tuple(o.ord for o in olds))
        split = len(olds) == 1 and shared[olds[0].id] > 1
        if not olds:
            change = ParagraphChange.NEW
        elif len(olds) > 1:
            change = ParagraphChange.MERGED
        elif split:
            change = ParagraphChange.SPLIT
        elif olds[0].text == p.text:
            change = ParagraphChange.UNCHANGED
        else:
            change = ParagraphChange.REWORDED
        rows.append((p, olds, change, split))
    moved = moved_flags(seq)
    out = tuple(
        ParagraphDiffRec(
            paragraph_id=p.id,
            label=_label(p),
            old_label=" + ".join(_label(o) for o in olds),
            change=change,
            moved=moved[k],
            segments=compare(olds, p, split),
        )
        for k, (p, olds, change, split) in enumerate(rows)
    )
    return RevisionDiffRec(
        document_id=new_rev.document_id,
        from_label=old_rev.label,
        to_label=new_rev.label,
        paragraphs=out,
        dropped=tuple(_label(o) for o in old_paras if not shared.get(o.id)),
    )
