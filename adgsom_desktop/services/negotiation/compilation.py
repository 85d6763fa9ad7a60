"""The compilation table's data: our amendments, document by document (paragraph, current
text, our proposal, reason, state), for the standalone PDF and the pack's section."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ...reports.pack_model import CompilationDoc, CompilationLine
from ..position_diff import ADDED, REMOVED
from . import queries as q
from .amendment_queries import amendments_on
from .records import AmendmentRec, CompilationRow


def compilation_rows(s: Session, document_ids: list[int]) -> list[CompilationRow]:
    rows: list[CompilationRow] = []
    for doc_id in document_ids:
        doc = q.get_document(s, doc_id)
        revs = q.revisions(s, doc_id)
        if not revs:
            continue
        for a in amendments_on(s, revs[-1]):
            # settled on an earlier revision: that revision named, once (a paragraph gone
            # says it already: "OP5 of Rev. 2 (no longer in Rev. 4)", review s33 R21)
            settled_earlier = (
                not a.state.live
                and a.written_on != revs[-1].label
                and a.current_paragraph_id is not None
            )
            rows.append(
                CompilationRow(
                    document=f"{doc.title} ({revs[-1].label})",
                    label=f"{a.label} ({a.written_on})" if settled_earlier else a.label,
                    current_text=a.current_text,
                    proposal=_marked(a),
                    segments=a.segments,
                    reason=a.rationale,
                    state=a.state,
                    item_label=a.item_label,
                )
            )
    return rows


def compilation_docs(s: Session, document_ids: list[int]) -> tuple[CompilationDoc, ...]:
    """The compilation table's data, document by document (those without amendments too)."""
    docs: dict[str, list[CompilationLine]] = {}
    for doc_id in document_ids:
        doc = q.get_document(s, doc_id)
        revs = q.revisions(s, doc_id)
        docs[f"{doc.title} ({revs[-1].label})" if revs else doc.title] = []
    for r in compilation_rows(s, document_ids):
        docs.setdefault(r.document, []).append(
            CompilationLine(
                label=r.label,
                current=r.current_text,
                proposal=tuple((seg.kind, seg.text) for seg in r.segments),
                state=r.state.label,
                reason=r.reason,
                item=r.item_label,
            )
        )
    return tuple(CompilationDoc(t, tuple(lines)) for t, lines in docs.items())


def _marked(a: AmendmentRec) -> str:
    """Our proposal as text with the change marked: [-removed-] [+added+]."""
    out = []
    for seg in a.segments:
        if seg.kind == REMOVED:
            out.append(f"[-{seg.text}-]")
        elif seg.kind == ADDED:
            out.append(f"[+{seg.text}+]")
        else:
            out.append(seg.text)
    return "".join(out)
