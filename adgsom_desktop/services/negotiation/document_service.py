"""Outcome documents of a meeting, their revisions and paragraphs: import, read, status.

``import_revision`` reads a .docx or a pasted text, aligns it with the
document's newest revision and writes it in one transaction; every check that
can refuse (the file, the limits, a document of another meeting, a text that
is not a revision of this document, a label already used) runs before the
first write, so a refusal leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.enums import OutcomeDocKind, ParagraphKind, ParagraphStatus
from ...domain.models import (
    AgendaItem,
    DocumentRevision,
    Meeting,
    OurAmendment,
    OutcomeDocument,
    ParagraphOrigin,
    TextBracket,
    TextParagraph,
    TextProposal,
)
from ...domain.text import clean_text
from ...errors import NotFoundError, ValidationError
from ..changes import Change, ChangeKind
from ..context import ServiceContext
from ..trip_carry import refuse_here
from . import queries as q
from .importer import OldParagraph, Plan, plan, read_source, unrelated
from .parse import TrackedChange
from .records import (
    ImportPreview,
    ImportSource,
    OutcomeDocRec,
    ParagraphDiffRec,
    ParagraphRec,
    RevisionDiffRec,
    RevisionRec,
)
from .text_diff import paragraph_diff, revision_diff


def _kind(kind: OutcomeDocKind | str) -> OutcomeDocKind:
    try:
        return OutcomeDocKind(str(kind).replace("-", "_"))
    except ValueError:
        choices = ", ".join(k.value.replace("_", "-") for k in OutcomeDocKind)
        raise ValidationError(
            "{kind!r} is not a kind of outcome document ({choices}).", kind=kind, choices=choices
        ) from None


class DocumentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -----------------------------------------------------------------------

    def documents(self, meeting_id: int | None = None) -> list[OutcomeDocRec]:
        with self._ctx.read() as s:
            stmt = select(OutcomeDocument).order_by(
                OutcomeDocument.meeting_id, OutcomeDocument.ord, OutcomeDocument.id
            )
            if meeting_id is not None:
                stmt = stmt.where(OutcomeDocument.meeting_id == meeting_id)
            return q.document_recs(s, s.scalars(stmt))

    def document(self, document_id: int) -> OutcomeDocRec:
        with self._ctx.read() as s:
            return q.document_recs(s, [q.get_document(s, document_id)])[0]

    def paragraphs(self, revision_id: int) -> list[ParagraphRec]:
        with self._ctx.read() as s:
            rev = s.get(DocumentRevision, revision_id)
            if rev is None:
                raise NotFoundError(
                    "Revision {revision_id} no longer exists.", revision_id=revision_id
                )
            paras = q.revision_paragraphs(s, revision_id)
            from .amendment_queries import amendments_per_paragraph

            return q.paragraph_recs(s, paras, amendments_per_paragraph(s, rev))

    def paragraph(self, paragraph_id: int) -> ParagraphRec:
        with self._ctx.read() as s:
            return q.paragraph_recs(s, [q.get_paragraph(s, paragraph_id)])[0]

    def diff(self, paragraph_id: int) -> ParagraphDiffRec:
        """The paragraph against the paragraph(s) of the previous revision it comes from."""
        with self._ctx.read() as s:
            return paragraph_diff(s, q.get_paragraph(s, paragraph_id))

    def revision_diff(self, document_id: int, from_label: str, to_label: str) -> RevisionDiffRec:
        with self._ctx.read() as s:
            q.get_document(s, document_id)
            revs = {r.label.casefold(): r for r in q.revisions(s, document_id)}
            for r in q.revisions(s, document_id):
                revs.setdefault(str(r.seq), r)
            missing = [x for x in (from_label, to_label) if x.casefold() not in revs]
            if missing:
                known = ", ".join(r.label for r in q.revisions(s, document_id)) or "none"
                raise ValidationError(
                    "No revision {missing!r} of this document (its revisions: {known}).",
                    missing=missing[0],
                    known=known,
                )
            old, new = revs[from_label.casefold()], revs[to_label.casefold()]
            if old.seq >= new.seq:
                raise ValidationError(
                    "{old_label} is not older than {new_label}: give the older one first.",
                    old_label=old.label,
                    new_label=new.label,
                )
            return revision_diff(s, old, new)

    # -- importing ---------------------------------------------------------------------

    def preview(
        self,
        meeting_id: int,
        source: ImportSource,
        *,
        document_id: int | None = None,
        label: str = "",
        force: bool = False,
    ) -> ImportPreview:
        """What ``import_revision`` would write, without writing."""
        blocks, title = read_source(source)
        with self._ctx.read() as s:
            doc, old, known, _prev = self._target(s, meeting_id, document_id)
            p = plan(blocks, old, known, title)
            warning = unrelated(p, old)
            if warning and not force:
                raise self._unrelated_error(s, source, doc, warning)
            new_label = self._label(s, doc, label or p.revision_hint)
        changes: dict[str, int] = {}
        for k in range(len(p.parsed)):
            key = p.change(k).value
            changes[key] = changes.get(key, 0) + 1
            if p.moved(k):
                changes["moved"] = changes.get("moved", 0) + 1
        return ImportPreview(
            title=doc.title if doc else p.title or source.name,
            label=new_label,
            document_id=doc.id if doc else None,
            paragraphs=p.preview(old),
            counts=p.counts,
            changes=changes,
            dropped=len(p.alignment.dropped) if p.alignment else 0,
            warnings=(f"Not much like the previous revision: {warning}.",) if warning else (),
        )

    def refuse_here(self) -> None:
        """``ValidationError`` with the reason when texts are not changed in this store (a
        trip copy carries them read-only: ``trip_carry``), before any dialog is shown."""
        with self._ctx.read() as s:
            refuse_here(s, "texts")

    def import_revision(
        self,
        meeting_id: int,
        source: ImportSource,
        *,
        kind: OutcomeDocKind | str = OutcomeDocKind.OTHER,
        document_id: int | None = None,
        label: str = "",
        title: str = "",
        symbol: str = "",
        item_id: int | None = None,
        force: bool = False,
    ) -> RevisionRec:
        """Import a revision: of ``document_id``, or the first of a new document."""
        kind = _kind(kind)
        title = clean_text(title, "Title", max_len=300, single_line=True)
        symbol = clean_text(symbol, "Symbol", max_len=100, single_line=True)
        label = clean_text(label, "Revision", max_len=60, single_line=True)
        blocks, docx_title = read_source(source)
        digest = hashlib.sha256(source.data or (source.text or "").encode("utf-8", "replace"))
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            doc, old, known, prev = self._target(s, meeting_id, document_id)
            p = plan(blocks, old, known, docx_title)
            warning = unrelated(p, old)
            if warning and not force:
                raise self._unrelated_error(s, source, doc, warning)
            if prev is not None and prev.source_sha256 == digest.hexdigest():
                raise ValidationError(
                    "{source_name} is the file already imported as {prev_label}: "
                    "nothing was imported.",
                    source_name=source.name,
                    prev_label=prev.label,
                )
            new_label = self._label(s, doc, label or p.revision_hint)
            if item_id is not None:
                item = s.get(AgendaItem, item_id)
                if item is None or item.meeting_id != meeting_id:
                    raise ValidationError("That agenda item is not on this meeting's agenda.")
            if doc is None:
                last = s.scalar(
                    select(func.max(OutcomeDocument.ord)).where(
                        OutcomeDocument.meeting_id == meeting_id
                    )
                )
                doc = OutcomeDocument(
                    meeting_id=meeting_id,
                    kind=kind,
                    title=title or p.title or source.name.rsplit(".", 1)[0],
                    symbol=symbol,
                    item_id=item_id,
                    ord=(last if last is not None else -1) + 1,
                )
                s.add(doc)
                s.flush()
            rev = DocumentRevision(
                document_id=doc.id,
                seq=(prev.seq + 1) if prev else 1,
                label=new_label,
                source=source.name[:300],
                source_sha256=digest.hexdigest(),
                imported_at=utcnow(),
                imported_by=self._ctx.actor[:100],
            )
            s.add(rev)
            s.flush()
            self._write(s, rev, p, old)
            self._ctx.audit(
                s,
                "import",
                "outcome_document",
                doc.id,
                f"{new_label}: {len(p.parsed)} paragraphs from {source.name}; {p.counts.text}",
            )
            rec = q.revision_rec(rev, q.counts(s, [rev.id])[rev.id])
            meeting = doc.meeting_id
            self._ctx.publish(
                Change(ChangeKind.TEXTS, frozenset({rec.document_id}), meeting_id=meeting)
            )
        return rec

    def _target(
        self, s: Session, meeting_id: int, document_id: int | None
    ) -> tuple[OutcomeDocument | None, list[OldParagraph], frozenset[str], DocumentRevision | None]:
        if s.get(Meeting, meeting_id) is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        known = q.Delegations(s).known_names
        if document_id is None:
            return None, [], known, None
        doc = q.get_document(s, document_id)
        if doc.meeting_id != meeting_id:
            other = s.get_one(Meeting, doc.meeting_id)
            raise ValidationError(
                "“{doc_title}” belongs to the {other_title}, not to this "
                "meeting: nothing was imported.",
                doc_title=doc.title,
                other_title=other.short_title or other.title,
            )
        revs = q.revisions(s, doc.id)
        prev = revs[-1] if revs else None
        old = (
            [
                OldParagraph(p.id, p.number, p.text, p.status, p.kind)
                for p in q.revision_paragraphs(s, prev.id)
            ]
            if prev
            else []
        )
        return doc, old, known, prev

    def _unrelated_error(
        self, s: Session, source: ImportSource, doc: OutcomeDocument | None, why: str
    ) -> ValidationError:
        revs = q.revisions(s, doc.id) if doc else []
        last = revs[-1].label if revs else ""
        title = doc.title if doc else ""
        return ValidationError(
            "{source_name} does not look like a revision of “{title}” ({last}): {why}. "
            "Nothing was imported. If it is another document, import it as a new one.",
            source_name=source.name,
            title=title,
            last=last,
            why=why,
        )

    @staticmethod
    def _label(s: Session, doc: OutcomeDocument | None, wanted: str) -> str:
        revs = q.revisions(s, doc.id) if doc else []
        used = {r.label.casefold() for r in revs}
        if wanted:
            if wanted.casefold() in used:
                raise ValidationError(
                    "“{document}” already has a revision labelled {wanted}: "
                    "nothing was imported. Give the new one another label.",
                    document=doc.title if doc else "",
                    wanted=wanted,
                )
            return wanted
        n = (revs[-1].seq + 1) if revs else 1
        while f"rev. {n}" in used:
            n += 1
        return f"Rev. {n}"

    def _write(self, s: Session, rev: DocumentRevision, p: Plan, old: list[OldParagraph]) -> None:
        who = q.Delegations(s)
        rows: list[TextParagraph] = []
        for k, parsed in enumerate(p.parsed):
            row = TextParagraph(
                revision_id=rev.id,
                ord=k,
                kind=parsed.kind,
                number=parsed.number,
                text=parsed.text,
                status=p.statuses[k],
                status_note=parsed.mark[:500],
                change=p.change(k),
                moved=p.moved(k),
                inserted_by=parsed.inserted_by[:200],
                deleted_by=parsed.deleted_by[:200],
            )
            rows.append(row)
        s.add_all(rows)
        s.flush()
        for k, parsed in enumerate(p.parsed):
            pid = rows[k].id
            if p.alignment:
                for i in p.alignment.origins[k]:
                    s.add(ParagraphOrigin(paragraph_id=pid, origin_id=old[i].id))
            for n, b in enumerate(parsed.brackets):
                options = [
                    {"text": o.text, "proponents": [who.code(x) for x in o.proponents]}
                    for o in b.options
                ]
                codes = [who.code(x) for x in b.proponents]
                s.add(
                    TextBracket(
                        paragraph_id=pid,
                        ord=n,
                        start=b.start,
                        end=b.end,
                        text=b.text,
                        options=json.dumps(options, ensure_ascii=False),
                        proponents=" ".join(c.replace(" ", "_") for c in codes)[:300],
                    )
                )
            for n, (start, end, old_text, new_text, author, date) in enumerate(
                _proposals(parsed.changes)
            ):
                found = who.find(author)
                s.add(
                    TextProposal(
                        paragraph_id=pid,
                        ord=n,
                        start=start,
                        end=end,
                        old_text=old_text,
                        new_text=new_text,
                        author=author[:200],
                        delegation_id=found[0] if found else None,
                        made_at=date[:40],
                    )
                )

    # -- status ------------------------------------------------------------------------

    def set_status(
        self, paragraph_id: int, status: ParagraphStatus | str, note: str = ""
    ) -> ParagraphRec:
        try:
            status = ParagraphStatus(status)
        except ValueError:
            choices = ", ".join(x.value for x in ParagraphStatus)
            raise ValidationError(
                "{status!r} is not a paragraph status ({choices}).", status=status, choices=choices
            ) from None
        note = clean_text(note, "Note", max_len=2000)
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            para = q.get_paragraph(s, paragraph_id)
            before = para.status
            para.status, para.status_note, para.status_at = status, note, utcnow()
            self._ctx.audit(
                s,
                "status",
                "text_paragraph",
                para.id,
                f"{para.number or para.ord + 1}: {before.value} -> {status.value}",
            )
            rec = q.paragraph_recs(s, [para])[0]
            doc_id, meeting_id = self._owner(s, para)
            self._ctx.publish(Change(ChangeKind.TEXTS, frozenset({doc_id}), meeting_id=meeting_id))
        return rec

    def set_status_many(
        self, paragraph_ids: Sequence[int], status: ParagraphStatus | str, note: str = ""
    ) -> int:
        """One status for several paragraphs of one revision (the whole text agreed ad
        ref, say): one action, one audit entry. Headings are left as they are."""
        try:
            status = ParagraphStatus(status)
        except ValueError:
            choices = ", ".join(x.value for x in ParagraphStatus)
            raise ValidationError(
                "{status!r} is not a paragraph status ({choices}).", status=status, choices=choices
            ) from None
        note = clean_text(note, "Note", max_len=2000)
        ids = list(dict.fromkeys(paragraph_ids))
        if not ids:
            return 0
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            paras = [q.get_paragraph(s, pid) for pid in ids]
            if len({p.revision_id for p in paras}) > 1:
                raise ValidationError("Those paragraphs belong to different revisions.")
            now = utcnow()
            changed = 0
            for para in paras:
                if para.kind is ParagraphKind.HEADING:
                    continue
                para.status, para.status_note, para.status_at = status, note, now
                changed += 1
            doc_id, meeting_id = self._owner(s, paras[0])
            self._ctx.audit(
                s, "status", "outcome_document", doc_id, f"{changed} paragraphs -> {status.value}"
            )
            self._ctx.publish(Change(ChangeKind.TEXTS, frozenset({doc_id}), meeting_id=meeting_id))
        return changed

    def delete_revision(self, revision_id: int) -> None:
        """Remove the newest revision of a document (an import made by mistake)."""
        with self._ctx.write() as s:
            refuse_here(s, "texts")  # a trip copy: changed in the team store
            rev = s.get(DocumentRevision, revision_id)
            if rev is None:
                raise NotFoundError(
                    "Revision {revision_id} no longer exists.", revision_id=revision_id
                )
            newest = q.revisions(s, rev.document_id)[-1]
            if newest.id != rev.id:
                raise ValidationError(
                    "Only the newest revision ({newest_label}) can be removed; {rev_label} "
                    "has later revisions.",
                    newest_label=newest.label,
                    rev_label=rev.label,
                )
            ours = s.scalar(
                select(func.count())
                .select_from(OurAmendment)
                .join(TextParagraph, OurAmendment.paragraph_id == TextParagraph.id)
                .where(TextParagraph.revision_id == rev.id)
            )
            if ours:
                raise ValidationError(
                    "{ours} of our amendments were written on {rev_label}: move or delete "
                    "them first.",
                    ours=ours,
                    rev_label=rev.label,
                )
            doc = q.get_document(s, rev.document_id)
            self._ctx.audit(s, "delete", "document_revision", rev.id, f"{doc.title}: {rev.label}")
            s.delete(rev)
            doc_id, meeting_id = doc.id, doc.meeting_id
            self._ctx.publish(Change(ChangeKind.TEXTS, frozenset({doc_id}), meeting_id=meeting_id))

    @staticmethod
    def _owner(s: Session, para: TextParagraph) -> tuple[int, int]:
        rev = s.get_one(DocumentRevision, para.revision_id)
        doc = s.get_one(OutcomeDocument, rev.document_id)
        return doc.id, doc.meeting_id


def _proposals(changes: Sequence[TrackedChange]) -> list[tuple[int, int, str, str, str, str]]:
    """Tracked changes as proposals: a deletion followed by an insertion of the same
    author at its end is one replacement."""
    out: list[tuple[int, int, str, str, str, str]] = []
    for c in changes:
        kind, start, end, text, author, date = c.kind, c.start, c.end, c.text, c.author, c.date
        if out and kind == "insert":
            s0, e0, old0, new0, a0, d0 = out[-1]
            if old0 and not new0 and a0 == author and e0 == start:
                out[-1] = (s0, e0, old0, text, a0, d0)
                continue
        if kind == "insert":
            out.append((start, start, "", text, author, date))
        else:
            out.append((start, end, text, "", author, date))
    return out
