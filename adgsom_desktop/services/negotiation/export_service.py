"""Our amendments out of the store: a Word .docx with tracked changes, the compilation table.

The .docx is tabled with the Secretariat: the current revision's text, our live
amendments (to table, tabled) as tracked changes authored by our delegation,
and nothing else (no rationale, no red line, no other delegation's name).
The compilation table (paragraph, current text, our proposal, reason) is ours:
it is a marked, classified PDF for the pack and for capital.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from ...domain.enums import ParagraphKind
from ...domain.models import TextParagraph
from ...errors import ValidationError
from ...i18n.messages import counted
from ...reports.pack_model import CompilationData, Marking
from ...storage.atomic import write_bytes
from ..changes import Change, ChangeKind
from ..context import ServiceContext
from ..pack_service import atomic_pdfs, check_classification, check_target
from ..position_diff import ADDED, REMOVED
from . import queries as q
from .amendment_queries import amendments_on
from .amendment_service import current_revision, our_delegation
from .compilation import compilation_docs, compilation_rows
from .docx_write import DELETE, INSERT, SAME, OutParagraph, Run, build_docx
from .rebase import rebase
from .records import AmendmentRec, CompilationRow, ExportResult
from .words import diff


def docx_target(out: Path | str) -> Path:
    target = Path(out).expanduser()
    if target.suffix.lower() != ".docx":
        if target.suffix:
            raise ValidationError(
                "{target_name}: the export is a Word file; give a name ending in .docx.",
                target_name=target.name,
            )
        target = target.with_suffix(".docx")
    if not target.parent.is_dir():
        raise ValidationError(
            "There is no folder {target_parent}: nothing was written.", target_parent=target.parent
        )
    return target


class TextExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- export ------------------------------------------------------------------------

    def export_docx(self, document_id: int, out: Path | str) -> ExportResult:
        """The current revision as .docx, our live amendments as tracked changes by us."""
        target = docx_target(out)
        with self._ctx.read() as s:
            doc = q.get_document(s, document_id)
            rev = current_revision(s, document_id)
            ours = our_delegation(s)
            author = ours.name
            amendments = amendments_on(s, rev)
            paragraphs = q.revision_paragraphs(s, rev.id)
            title, label = doc.title, rev.label
        out_paras, used, skipped = _export_paragraphs(paragraphs, amendments, author)
        data = build_docx(
            f"{title} ({label})",
            f"Amendments proposed by {author}",
            out_paras,
            author=author,
        )
        write_bytes(target, data, "docx")  # kind: its stale temporaries are swept
        with self._ctx.write() as s:
            self._ctx.audit(
                s,
                "export",
                "outcome_document",
                document_id,
                f"{label} with {counted(used, 'amendment')} as tracked changes by {author} -> {target}",
            )
            self._ctx.publish(Change(ChangeKind.AUDIT))
        return ExportResult(str(target), len(out_paras), used, tuple(skipped))

    # -- compilation table -----------------------------------------------------------------

    def compilation(self, document_ids: list[int]) -> list[CompilationRow]:
        """Paragraph, current text, our proposal, reason: every amendment of the documents."""
        with self._ctx.read() as s:
            return compilation_rows(s, document_ids)

    def compilation_data(self, document_ids: list[int]) -> CompilationData:
        with self._ctx.read() as s:
            ours = our_delegation(s).name
            docs = compilation_docs(s, document_ids)
        return CompilationData(
            title="Compilation of our amendments",
            subtitle="Paragraph, current text, our proposal and the reason for it",
            our_delegation=ours,
            prepared=f"{datetime.now():%d %b %Y}",
            documents=docs,
        )

    def write_compilation(
        self,
        document_ids: list[int],
        out: Path | str,
        *,
        classification: str = "",
        reference: str = "",
    ) -> tuple[Path, int]:
        """The compilation table as a marked PDF (one of the store's classifications)."""
        from ...reports.compilation import render_compilation

        target = check_target(Path(out))
        data = self.compilation_data(document_ids)
        with self._ctx.read() as s:
            cls = check_classification(s, classification)
        marking = Marking(classification=cls, reference=reference, footer_title=data.title)
        pdf, pages = render_compilation(data, marking)
        digest = hashlib.sha256(pdf).hexdigest()
        with atomic_pdfs([(target, pdf)]) as place, self._ctx.write() as s:
            self._ctx.audit(
                s,
                "print",
                "outcome_document",
                document_ids[0] if document_ids else None,
                f"compilation table, {pages} pages, sha256 {digest[:16]} -> {target}",
            )
            s.flush()
            place()
            self._ctx.publish(Change(ChangeKind.AUDIT))
        return target, pages


def _export_paragraphs(
    paragraphs: list[TextParagraph], amendments: list[AmendmentRec], author: str
) -> tuple[list[OutParagraph], int, list[str]]:
    live = [a for a in amendments if a.state.live]
    skipped = [
        f"{a.label}: the paragraph changed where we amend it; redo the amendment"
        for a in live
        if a.conflict
    ]
    skipped += [
        f"{a.label}: no longer in this revision" for a in live if a.current_paragraph_id is None
    ]
    usable = [a for a in live if not a.conflict and a.current_paragraph_id is not None]
    used = 0
    out: list[OutParagraph] = []
    for p in paragraphs:
        edits = [a for a in usable if a.current_paragraph_id == p.id and not a.new_paragraph]
        heading = p.kind is ParagraphKind.HEADING
        if not edits:
            out.append(OutParagraph(p.number, (Run(p.text),), heading=heading))
        else:
            text = p.text
            for a in edits:
                text = _apply(text, p.text, a)
            used += len(edits)
            if not text.strip():
                out.append(
                    OutParagraph(p.number, (Run(p.text, DELETE, author),), deleted_by=author)
                )
            else:
                runs = tuple(
                    Run(seg.text, {ADDED: INSERT, REMOVED: DELETE}.get(seg.kind, SAME), author)
                    for seg in diff(p.text, text)
                )
                out.append(OutParagraph(p.number, runs, heading=heading))
        for a in usable:
            if a.current_paragraph_id == p.id and a.new_paragraph:
                out.append(
                    OutParagraph("", (Run(a.proposed_text, INSERT, author),), inserted_by=author)
                )
                used += 1
    return out, used, skipped


def _apply(text: str, original: str, a: AmendmentRec) -> str:
    """Our change made on ``text`` (the paragraph with our earlier amendments made)."""
    if not a.our_text.strip():
        return ""
    return rebase(original, a.our_text, text).text
