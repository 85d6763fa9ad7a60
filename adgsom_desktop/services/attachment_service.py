"""The meeting's documents (issue #23, item 3): PDFs and Word files attached to the store,
so they are encrypted with it and travel with it; listed per meeting and per item (an
item's document references find the attachment of the same symbol); opened with the
system's viewer from a copy in a private folder of the data directory that is emptied
when the store closes or locks and at the next start.

Bad input is refused before anything is read or written: a file over the size limit
(by its size on disk), an empty one, one that is neither a PDF nor a .docx, a PDF that
cannot be read, more documents than a meeting takes.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..domain.models import AgendaItem, DocumentFile, ItemDocument, Meeting, MeetingDocument
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from ..paths import open_copies_dir
from ..storage.atomic import write_bytes
from .attachment_records import AttachmentRec, size_text
from .changes import Change, ChangeKind
from .context import ServiceContext
from .open_copies import clear_open_copies as clear_open_copies
from .row_locks import locked

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
"""One document (the store holds it whole: a 2 GB video is no meeting document)."""

MAX_PER_MEETING = 200


def rec(d: MeetingDocument) -> AttachmentRec:
    return AttachmentRec(
        d.id,
        d.meeting_id,
        d.item_id,
        d.symbol,
        d.title,
        d.file_name,
        d.kind,
        d.size,
        d.sha256,
        d.pages,
        d.created_at,
    )


def _norm(symbol: str) -> str:
    return re.sub(r"\s+", "", symbol).casefold()


def sniff(name: str, data: bytes) -> tuple[str, int | None]:
    """("pdf", pages) or ("docx", None); refused in words otherwise."""
    if data.startswith(b"%PDF-"):
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise ValidationError(
                    "{name} is a password-protected PDF: save it without the password first. "
                    "Nothing was attached.",
                    name=name,
                )
            return "pdf", len(reader.pages)
        except ValidationError:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
            raise ValidationError(
                "{name} cannot be read as a PDF (it is damaged or incomplete). "
                "Nothing was attached.",
                name=name,
            ) from exc
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx", None
        except zipfile.BadZipFile:
            pass
    raise ValidationError(
        "{name} is not a PDF or a Word (.docx) file: only those are attached to a meeting. "
        "Nothing was attached.",
        name=name,
    )


def read_checked(path: Path) -> bytes:
    """The file's bytes, after its size was checked on disk."""
    if not path.is_file():
        raise ValidationError(
            "{path_name} is not a file that can be read. Nothing was attached.", path_name=path.name
        )
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "{path_name} is {size}; a document attached to a meeting is at most "
            "{max_attachment_bytes}. Nothing was attached.",
            path_name=path.name,
            size=size_text(size),
            max_attachment_bytes=size_text(MAX_ATTACHMENT_BYTES),
        )
    if size == 0:
        raise ValidationError("{path_name} is empty. Nothing was attached.", path_name=path.name)
    return path.read_bytes()


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", name, flags=re.UNICODE).strip(" .") or "document"
    return stem[:120]


class AttachmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------
    def documents(self, meeting_id: int) -> list[AttachmentRec]:
        with self._ctx.read() as s:
            self._meeting(s, meeting_id)
            rows = s.scalars(
                select(MeetingDocument)
                .where(MeetingDocument.meeting_id == meeting_id)
                .order_by(MeetingDocument.symbol, MeetingDocument.id)
            )
            return [rec(d) for d in rows]

    def for_item(self, item_id: int) -> list[AttachmentRec]:
        """The item's documents: attached to it, or of a symbol its references name."""
        with self._ctx.read() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            symbols = {
                _norm(x)
                for x in s.scalars(
                    select(ItemDocument.symbol).where(ItemDocument.item_id == item_id)
                )
                if x
            }
            rows = s.scalars(
                select(MeetingDocument)
                .where(MeetingDocument.meeting_id == item.meeting_id)
                .order_by(MeetingDocument.symbol, MeetingDocument.id)
            )
            return [
                rec(d)
                for d in rows
                if d.item_id == item_id or (d.symbol and _norm(d.symbol) in symbols)
            ]

    def content(self, document_id: int) -> bytes:
        with self._ctx.read() as s:
            f = s.get(DocumentFile, document_id)
            if f is None:
                raise NotFoundError(
                    "Document {document_id} no longer exists.", document_id=document_id
                )
            return bytes(f.data)

    def document(self, document_id: int) -> AttachmentRec:
        with self._ctx.read() as s:
            return rec(self._doc(s, document_id))

    # -- writing ----------------------------------------------------------------------
    def attach(
        self,
        meeting_id: int,
        path: Path,
        *,
        symbol: str = "",
        title: str = "",
        item_id: int | None = None,
    ) -> AttachmentRec:
        """Attach a PDF or a .docx to the meeting (checked first, then one transaction)."""
        symbol = clean_text(symbol, "Symbol", max_len=200, single_line=True)
        title = clean_text(title, "Title", max_len=1000, single_line=True)
        data = read_checked(path)
        kind, pages = sniff(path.name, data)
        with self._ctx.write() as s:
            self._lock_meeting(s, meeting_id)
            if item_id is not None:
                item = s.get(AgendaItem, item_id)
                if item is None or item.meeting_id != meeting_id:
                    raise ValidationError("That item is not on this meeting's agenda.", "item")
            count = s.scalar(select(func.count()).where(MeetingDocument.meeting_id == meeting_id))
            if (count or 0) >= MAX_PER_MEETING:
                raise ValidationError(
                    "This meeting holds {count} documents already, the most a meeting takes. "
                    "Remove one first. Nothing was attached.",
                    count=count,
                )
            d = MeetingDocument(
                meeting_id=meeting_id,
                item_id=item_id,
                symbol=symbol,
                title=title,
                file_name=path.name[:300],
                kind=kind,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                pages=pages,
            )
            s.add(d)
            s.flush()
            s.add(DocumentFile(document_id=d.id, data=data))
            s.flush()
            self._ctx.audit(s, "create", "meeting_document", d.id, f"{d.file_name} ({kind})")
            out = rec(d)
            self._publish(out)
        return out

    def update(
        self, document_id: int, *, symbol: str, title: str, item_id: int | None
    ) -> AttachmentRec:
        symbol = clean_text(symbol, "Symbol", max_len=200, single_line=True)
        title = clean_text(title, "Title", max_len=1000, single_line=True)
        with self._ctx.write() as s:
            d = self._doc(s, document_id)
            if item_id is not None:
                item = s.get(AgendaItem, item_id)
                if item is None or item.meeting_id != d.meeting_id:
                    raise ValidationError("That item is not on this meeting's agenda.", "item")
            d.symbol, d.title, d.item_id = symbol, title, item_id
            self._ctx.audit(s, "edit", "meeting_document", d.id, d.file_name)
            out = rec(d)
            self._publish(out)
        return out

    def remove(self, document_id: int) -> AttachmentRec:
        with self._ctx.write() as s:
            d = self._doc(s, document_id)
            out = rec(d)
            s.execute(delete(DocumentFile).where(DocumentFile.document_id == document_id))
            s.delete(d)
            self._ctx.audit(s, "delete", "meeting_document", out.id, out.file_name)
            self._publish(out)
        return out

    def open_copy(self, document_id: int) -> Path:
        """A copy of the document for the system's viewer, in the private folder."""
        doc = self.document(document_id)
        data = self.content(document_id)
        folder = open_copies_dir() / f"{document_id}"
        folder.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(folder.parent, 0o700)
        folder.mkdir(exist_ok=True)
        os.chmod(folder, 0o700)
        target = folder / _safe_name(doc.file_name)
        write_bytes(target, data, "opencopy")
        os.chmod(target, 0o600)
        return target

    # -- helpers ----------------------------------------------------------------------
    @staticmethod
    def _meeting(s: Session, meeting_id: int) -> Meeting:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        return m

    @staticmethod
    def _lock_meeting(s: Session, meeting_id: int) -> Meeting:
        m = locked(s, Meeting, meeting_id)
        if m is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        return m

    @staticmethod
    def _doc(s: Session, document_id: int) -> MeetingDocument:
        d = s.get(MeetingDocument, document_id)
        if d is None:
            raise NotFoundError("Document {document_id} no longer exists.", document_id=document_id)
        return d

    def _publish(self, r: AttachmentRec) -> None:
        self._ctx.publish(
            Change(
                ChangeKind.DOCUMENTS, frozenset({r.id}), meeting_id=r.meeting_id, item_id=r.item_id
            )
        )
