"""Briefing packs: choices, preview, issue (files + distribution register), addenda, register.

Building is slow (seconds for a large pack): callers run it off the GUI
thread and pass ``on_progress(done, total, message)``, which may raise to
cancel.  The data are read in one short read transaction; the PDFs are
rendered outside any transaction; the files are written atomically and the
issue is recorded in the distribution register in one write transaction
(the files are renamed into place only after it committed).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.models import Delegation, Event, IssuedCopy, PackIssue, Person, Position
from ..domain.text import clean_text
from ..errors import AppError, NotFoundError, ValidationError
from ..reports.pack_model import (
    ALL_SECTIONS,
    CopyMark,
    Marking,
    PackData,
    RegisterData,
    RegisterRow,
    Section,
)
from ..storage.atomic import atomic_output
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .pack_data import chosen_meetings, gather_pack
from .pack_records import (
    MAX_COPIES,
    IssuedFile,
    IssueRec,
    IssueResult,
    ItemChoice,
    MeetingChoice,
    PackChoices,
    PackRequest,
)
from .settings_service import our_code, read_settings

Progress = Callable[[int, int, str], None]
DEFAULT_TITLE = "Brief for the Head of Delegation"
ADDENDUM_SECTIONS = (Section.COVER, Section.CONTENTS, Section.BRIEFS)


def local(when: datetime) -> datetime:
    """A stored UTC time in this computer's time zone (naive, for display)."""
    return when.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slug(text: str) -> str:
    """A file-name part from a recipient's name (letters of any script kept)."""
    import unicodedata

    kept = "".join(
        ch if unicodedata.category(ch)[0] in "LMN" else "_"
        for ch in unicodedata.normalize("NFC", text)
    )
    out = re.sub(r"_+", "_", kept).strip("_")
    return out[:60] or "copy"


def copy_paths(out: Path, marks: list[CopyMark], one_file: bool) -> list[Path]:
    if one_file or len(marks) == 1:
        return [out]
    width = max(2, len(str(len(marks))))
    paths = []
    for m in marks:
        name = f"{out.stem}-copy{m.copy_no:0{width}d}"
        if m.recipient:
            name += f"-{slug(m.recipient)}"
        paths.append(out.with_name(name + out.suffix))
    return paths


class PdfWriteError(AppError):
    """A PDF could not be written (full disk, no permission): nothing was issued."""


@contextmanager
def atomic_pdfs(items: list[tuple[Path, bytes]]) -> Iterator[None]:
    """Write each PDF under a temporary name; all are renamed into place only if the block
    (recording the issue) succeeds, and none is left half-written or behind otherwise."""
    try:
        with ExitStack() as stack:
            for path, data in items:
                tmp = stack.enter_context(atomic_output(path))
                tmp.write_bytes(data)
            yield
    except OSError as exc:
        where = exc.filename or (items[0][0] if items else "the file")
        raise PdfWriteError(
            f"Could not write {where}: {exc.strerror or exc}. Nothing was issued and no "
            "existing file was changed."
        ) from exc


def check_classification(s: Session, value: str) -> str:
    """``value`` (or the store's default) as one of the store's classifications."""
    settings = read_settings(s)
    cls = clean_text(
        value or settings.default_classification, "Classification", max_len=60, single_line=True
    ).upper()
    if cls not in settings.classifications:
        raise ValidationError(
            f"{cls} is not one of this store's classifications: "
            + ", ".join(settings.classifications)
            + " (Settings change the list).",
            "classification",
        )
    return cls


def check_target(out: Path) -> Path:
    out = Path(out).expanduser()
    if not out.is_dir() and out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    if out.is_dir():
        raise ValidationError(f"{out} is a folder: give a file name ending in .pdf.", "out")
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.", "out")
    return out


class PackService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- what the builder offers -------------------------------------------------------
    def choices(self, event_id: int) -> PackChoices:
        with self._ctx.read() as s:
            event = s.get(Event, event_id)
            if event is None:
                raise NotFoundError(f"There is no event {event_id} in this store.")
            meetings = chosen_meetings(s, event_id, ())
            agenda = items_by_meeting(s, [m.id for m in meetings])
            versions = dict(s.execute(select(Position.item_id, Position.version_no)).all())
            settings = read_settings(s)
            ours = our_code(s)
            recipients = tuple(
                f"{p.honorific} {p.full_name}".strip()
                for p in s.scalars(
                    select(Person)
                    .join(Delegation, Person.delegation_id == Delegation.id)
                    .where(Delegation.code == ours)
                    .order_by(Person.ord)
                )
            )
            from .mapping import meeting_rec

            choices = tuple(
                MeetingChoice(
                    id=m.id,
                    label=m.short_title or m.title,
                    days=meeting_rec(m).days,
                    items=tuple(
                        ItemChoice(
                            i.id,
                            i.number,
                            i.title,
                            i.depth,
                            i.position_status is not None,
                            versions.get(i.id, 0),
                        )
                        for i in agenda.get(m.id, [])
                    ),
                )
                for m in meetings
            )
            return PackChoices(
                event_id=event_id,
                event_title=event.title,
                meetings=choices,
                classifications=settings.classifications,
                default_classification=settings.default_classification,
                next_reference=self._next_reference(s, event),
                default_title=DEFAULT_TITLE,
                suggested_recipients=recipients,
                issues=tuple(self._issues(s, event_id)),
            )

    def _next_reference(self, s: Session, event: Event) -> str:
        count = s.scalar(
            select(func.count(PackIssue.id)).where(
                PackIssue.event_id == event.id, PackIssue.addendum_no.is_(None)
            )
        )
        year = event.start_date.year if event.start_date else datetime.now().year
        ours = our_code(s) or "BP"
        return f"{ours}/{year}/BP-{(count or 0) + 1:03d}"

    # -- validation ------------------------------------------------------------------------
    def _clean(self, s: Session, r: PackRequest) -> PackRequest:
        cls = check_classification(s, r.classification)
        sections = tuple(x for x in ALL_SECTIONS if x in set(r.sections))
        if not sections:
            raise ValidationError("Choose at least one section for the pack.", "sections")
        recipients = tuple(
            clean_text(x, "Recipient", max_len=200, single_line=True, required=True)
            for x in r.recipients
        )
        copies = len(recipients) if recipients else r.copies
        if not 1 <= copies <= MAX_COPIES:
            raise ValidationError(f"Copies must be between 1 and {MAX_COPIES}.", "copies")
        if r.watermark and not recipients:
            raise ValidationError(
                "A watermark prints the recipient's name: name the recipients first.", "watermark"
            )
        if s.get(Event, r.event_id) is None:
            raise NotFoundError(f"There is no event {r.event_id} in this store.")
        reference = clean_text(r.reference, "Brief reference", max_len=100, single_line=True)
        title = clean_text(r.title, "Title", max_len=300, single_line=True) or DEFAULT_TITLE
        return replace(
            r,
            classification=cls,
            sections=sections,
            recipients=recipients,
            copies=copies,
            reference=reference,
            title=title,
        )

    def _marks(self, r: PackRequest) -> list[CopyMark]:
        if r.recipients:
            n = len(r.recipients)
            return [CopyMark(k, n, name) for k, name in enumerate(r.recipients, 1)]
        return [CopyMark(k, r.copies) for k in range(1, r.copies + 1)]

    def _markings(self, r: PackRequest, data: PackData, preview: bool = False) -> list[Marking]:
        footer = data.event_title if not data.addendum_no else f"Addendum {data.addendum_no}"
        marks = self._marks(r)
        if preview:
            marks = marks[:1]
        out = []
        for m in marks:
            watermark = m.recipient if r.watermark else ""
            if preview:
                watermark = "PREVIEW - NOT ISSUED"
            out.append(
                Marking(
                    classification=r.classification,
                    reference=r.reference,
                    copy=m,
                    watermark=watermark,
                    footer_title=footer,
                )
            )
        return out

    # -- gathering ---------------------------------------------------------------------------
    def prepare(self, request: PackRequest) -> tuple[PackRequest, PackData, dict[str, Any]]:
        """Validate the request and read everything the pack prints (one read transaction)."""
        with self._ctx.read() as s:
            r = self._clean(s, request)
            if r.addendum_to is not None:
                return self._prepare_addendum(s, r)
            data, versions = gather_pack(
                s,
                event_id=r.event_id,
                meeting_ids=r.meeting_ids,
                item_ids=r.item_ids,
                variant=r.variant,
                title=r.title,
                issued_by=self._ctx.actor,
            )
            data = replace(data, sections=r.sections)
            if not r.reference:
                r = replace(r, reference=self._next_reference(s, s.get_one(Event, r.event_id)))
            contents = self._contents(r, versions)
            return r, data, contents

    def _contents(self, r: PackRequest, versions: dict[int, int]) -> dict[str, Any]:
        return {
            "event_id": r.event_id,
            "meetings": list(r.meeting_ids),
            "item_ids": list(r.item_ids) if r.item_ids is not None else None,
            "sections": [str(x) for x in r.sections],
            "items": {str(k): v for k, v in versions.items()},
            "recipients": list(r.recipients),
            "watermark": r.watermark,
            "one_file": r.one_file,
        }

    def _base_issue(self, s: Session, issue_id: int) -> tuple[PackIssue, PackIssue]:
        base = s.get(PackIssue, issue_id)
        if base is None:
            raise NotFoundError(f"There is no issued pack {issue_id} in the register.")
        root = base
        if base.addendum_no is not None and base.based_on_issue_id is not None:
            root = s.get(PackIssue, base.based_on_issue_id) or base
        return base, root

    def changed_items(self, issue_id: int) -> list[tuple[int, int, int]]:
        """(item id, version printed, version now) of items changed since that issue."""
        with self._ctx.read() as s:
            base, _root = self._base_issue(s, issue_id)
            return self._changes(s, base)[0]

    def _changes(self, s: Session, base: PackIssue) -> tuple[list[tuple[int, int, int]], list[int]]:
        printed = {int(k): int(v) for k, v in (base.contents or {}).get("items", {}).items()}
        current = dict(
            s.execute(
                select(Position.item_id, Position.version_no).where(
                    Position.item_id.in_(list(printed))
                )
            ).all()
        )
        from ..domain.models import AgendaItem

        existing = set(s.scalars(select(AgendaItem.id).where(AgendaItem.id.in_(list(printed)))))
        changed = [
            (i, v, current.get(i, 0))
            for i, v in printed.items()
            if i in existing and current.get(i, 0) != v
        ]
        removed = [i for i in printed if i not in existing]
        return changed, removed

    def _prepare_addendum(
        self, s: Session, r: PackRequest
    ) -> tuple[PackRequest, PackData, dict[str, Any]]:
        assert r.addendum_to is not None
        base, root = self._base_issue(s, r.addendum_to)
        changed, removed = self._changes(s, base)
        if not changed and not removed:
            raise ValidationError(
                f"No position has changed since {base.reference} was issued: "
                "no addendum is needed.",
                "addendum",
            )
        contents = base.contents or {}
        event_id = int(contents.get("event_id") or base.event_id or r.event_id)
        item_ids = tuple(i for i, _old, _new in changed)
        number = 1 + int(
            s.scalar(
                select(func.max(PackIssue.addendum_no)).where(
                    PackIssue.based_on_issue_id == root.id
                )
            )
            or 0
        )
        meetings = tuple(int(m) for m in contents.get("meetings", []))
        data, versions = gather_pack(
            s,
            event_id=event_id,
            meeting_ids=meetings,
            item_ids=item_ids,
            variant=base.variant,
            title=base.title or r.title,
            issued_by=self._ctx.actor,
        )
        old = {i: (v0, v1) for i, v0, v1 in changed}
        briefs = tuple(
            replace(
                b,
                change_note=(
                    f"position changed since {base.reference} "
                    f"(printed version {old[b.item_id][0] or 'none'}, now version {old[b.item_id][1]})"
                ),
            )
            for b in data.briefs
        )
        data = replace(
            data,
            briefs=briefs,
            sections=ADDENDUM_SECTIONS,
            addendum_no=number,
            addendum_to=f"{base.reference} issued {local(base.issued_at):%d %b %Y %H:%M}",
            addendum_removed=tuple(f"item {i} (deleted from the agenda)" for i in removed),
            title=data.title,
        )
        reference = r.reference or f"{root.reference}/Add.{number}"
        r = replace(
            r,
            event_id=event_id,
            meeting_ids=meetings,
            item_ids=item_ids,
            variant=base.variant,
            sections=ADDENDUM_SECTIONS,
            reference=reference,
            title=data.title,
        )
        full = {int(k): int(v) for k, v in contents.get("items", {}).items()}
        full.update(versions)
        for i in removed:
            full.pop(i, None)
        pack_contents = self._contents(r, full)
        pack_contents["addendum_items"] = [str(i) for i in item_ids]
        pack_contents["root_issue_id"] = root.id
        pack_contents["addendum_no"] = number
        return r, data, pack_contents

    # -- building --------------------------------------------------------------------------
    def preview(self, request: PackRequest, on_progress: Progress | None = None) -> bytes:
        """The first copy as it will print, watermarked PREVIEW (not registered)."""
        from ..reports.pack_builder import render_pack

        r, data, _contents = self.prepare(request)
        marking = self._markings(r, data, preview=True)
        return render_pack(data, marking, on_progress=on_progress)[0].data

    def issue(
        self,
        request: PackRequest,
        out: Path | None,
        *,
        on_progress: Progress | None = None,
        printer: str = "",
    ) -> IssueResult:
        """Build every copy, write it (atomically) or hand it back for printing, register it."""
        from ..reports.pack_builder import render_pack

        target = check_target(out) if out is not None else None
        r, data, contents = self.prepare(request)
        markings = self._markings(r, data)
        rendered = render_pack(data, markings, one_file=r.one_file, on_progress=on_progress)
        marks = self._marks(r)
        paths: list[Path | None]
        if target is not None:
            paths = list(copy_paths(target, marks, r.one_file and len(marks) > 1))
        else:
            paths = [None] * len(rendered)
        digests = [sha256(x.data) for x in rendered]
        per_copy = rendered[0].pages // (len(marks) if len(rendered) < len(marks) else 1)
        contents["pages"] = per_copy
        outputs = [(p, pdf.data) for p, pdf in zip(paths, rendered, strict=True) if p is not None]
        with atomic_pdfs(outputs):
            issue_id = self._register(r, data, contents, marks, paths, digests, printer)
        files = []
        for k, m in enumerate(marks):
            n = 0 if len(rendered) == 1 else k
            files.append(
                IssuedFile(
                    copy_no=m.copy_no,
                    copies_total=m.copies_total,
                    recipient=m.recipient,
                    path=paths[n],
                    sha256=digests[n],
                    pages=rendered[n].pages,
                    data=rendered[n].data if target is None else b"",
                )
            )
        self._ctx.publish(Change(ChangeKind.PACKS, frozenset({issue_id}), event_id=r.event_id))
        return IssueResult(
            issue_id=issue_id,
            reference=r.reference,
            addendum_no=data.addendum_no,
            files=tuple(files),
            pages=per_copy,
            items=len(data.briefs),
        )

    def _register(
        self,
        r: PackRequest,
        data: PackData,
        contents: dict[str, Any],
        marks: list[CopyMark],
        paths: list[Path | None],
        digests: list[str],
        printer: str,
    ) -> int:
        with self._ctx.write() as s:
            root_id = contents.get("root_issue_id")
            issue = PackIssue(
                event_id=r.event_id,
                reference=r.reference,
                title=data.title,
                variant=r.variant,
                classification=r.classification,
                addendum_no=data.addendum_no,
                based_on_issue_id=root_id,
                contents=contents,
                issued_by=self._ctx.actor,
            )
            s.add(issue)
            s.flush()
            for k, m in enumerate(marks):
                n = 0 if len(paths) == 1 else k
                path = paths[n]
                s.add(
                    IssuedCopy(
                        issue_id=issue.id,
                        copy_no=m.copy_no,
                        copies_total=m.copies_total,
                        recipient=m.recipient,
                        file_name=str(path)
                        if path is not None
                        else f"printed: {printer or 'printer'}",
                        sha256=digests[n],
                    )
                )
            where = ", ".join(str(p) for p in dict.fromkeys(paths) if p) or f"printer {printer}"
            self._ctx.audit(
                s,
                "print",
                "pack_issue",
                issue.id,
                f"{r.reference} ({r.variant.value}, {r.classification}) "
                f"{len(marks)} copies, {len(data.briefs)} item briefs -> {where}",
            )
            s.flush()
            return int(issue.id)

    # -- the register ----------------------------------------------------------------------
    def _issues(self, s: Session, event_id: int | None) -> list[IssueRec]:
        stmt = select(PackIssue).order_by(PackIssue.issued_at.desc(), PackIssue.id.desc())
        if event_id is not None:
            stmt = stmt.where(PackIssue.event_id == event_id)
        counts = dict(
            s.execute(
                select(IssuedCopy.issue_id, func.count(IssuedCopy.id)).group_by(IssuedCopy.issue_id)
            ).all()
        )
        return [
            IssueRec(
                id=i.id,
                reference=i.reference,
                title=i.title,
                variant=i.variant,
                classification=i.classification,
                addendum_no=i.addendum_no,
                issued_at=local(i.issued_at),
                issued_by=i.issued_by,
                copies=int(counts.get(i.id, 0)),
            )
            for i in s.scalars(stmt)
        ]

    def issues(self, event_id: int | None = None) -> list[IssueRec]:
        with self._ctx.read() as s:
            return self._issues(s, event_id)

    def register(self, event_id: int | None = None) -> RegisterData:
        """Every issued copy, newest issue first (the distribution register)."""
        with self._ctx.read() as s:
            stmt = (
                select(IssuedCopy, PackIssue)
                .join(PackIssue, IssuedCopy.issue_id == PackIssue.id)
                .order_by(PackIssue.issued_at.desc(), PackIssue.id.desc(), IssuedCopy.copy_no)
            )
            if event_id is not None:
                stmt = stmt.where(PackIssue.event_id == event_id)
            rows = tuple(
                RegisterRow(
                    issue_id=i.id,
                    reference=i.reference,
                    title=i.title,
                    addendum_no=i.addendum_no,
                    variant=i.variant.label,
                    classification=i.classification,
                    copy_no=c.copy_no,
                    copies_total=c.copies_total,
                    recipient=c.recipient,
                    issued_at=f"{local(c.issued_at):%d %b %Y %H:%M}",
                    issued_by=i.issued_by,
                    file_name=c.file_name,
                    sha256=c.sha256,
                )
                for c, i in s.execute(stmt).all()
            )
            settings = read_settings(s)
            title = "Distribution register of briefing packs"
            if event_id is not None:
                event = s.get(Event, event_id)
                if event is not None:
                    title += f" - {event.title}"
            return RegisterData(
                title=title,
                rows=rows,
                printed_on=f"{datetime.now():%d %b %Y %H:%M}",
                classification=settings.default_classification,
            )

    def register_pdf(
        self, out: Path | None = None, event_id: int | None = None, printer: str = ""
    ) -> bytes:
        """The register as a PDF (written atomically to ``out`` if given); audited as a print."""
        from ..reports.register_pdf import render_register

        target = check_target(out) if out is not None else None
        data = self.register(event_id)
        pdf = render_register(data)
        with atomic_pdfs([(target, pdf)] if target is not None else []), self._ctx.write() as s:
            self._ctx.audit(
                s,
                "print",
                "register",
                None,
                f"distribution register ({len(data.rows)} rows) -> "
                + (str(target) if target else f"printer {printer}"),
            )
        self._ctx.publish(Change(ChangeKind.AUDIT))
        return pdf
