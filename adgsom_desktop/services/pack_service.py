"""Briefing packs: choices, preview, issue (files + distribution register), addenda, register.

Building is slow (seconds for a large pack): callers run it off the GUI
thread and pass ``on_progress(done, total, message)``, which may raise to
cancel.  The data are read in one short read transaction; the PDFs are
rendered outside any transaction; the files are written atomically and the
issue is recorded in the distribution register in one write transaction
(the files are renamed into place only after it committed).

The steps live beside this service: ``pack_request`` (check a request, gather
what it prints), ``pack_addendum`` (only what changed since an issue),
``pack_files`` (file names, atomic writes) and ``pack_register`` (the register).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import Audience
from ..domain.models import Delegation, Event, Person, Position
from ..errors import NotFoundError, ValidationError
from ..i18n.printing import printing_in
from ..reports.annex_pages import AnnexFile
from ..reports.audiences import part
from ..reports.pack_model import PackData, RegisterData, Section
from ..reports.redact import redact_pack
from . import issuer
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .issue_copies import copy_marks, issue_files, per_copy_pages
from .pack_addendum import prepare_addendum
from .pack_annex_files import annex_choices, annex_files
from .pack_briefs import items_with_content
from .pack_files import PdfWriteError, atomic_pdfs, check_target, slug
from .pack_meetings import chosen_meetings
from .pack_records import (
    BriefChoices,
    IssueRec,
    IssueResult,
    ItemChoice,
    MeetingChoice,
    PackChoices,
    PackRequest,
)
from .pack_register import issue_recs, record_issue, register_data
from .pack_request import (
    DEFAULT_TITLE,
    Prepared,
    check_classification,
    clean_request,
    markings,
    next_reference,
    prepare_pack,
)
from .settings_service import our_code, read_settings

# Imported from here by the report service, the pack feature and the tests.
__all__ = [
    "PackService",
    "PdfWriteError",
    "atomic_pdfs",
    "check_classification",
    "check_target",
    "slug",
]

Progress = Callable[[int, int, str], None]


class PackService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- what the builder offers -------------------------------------------------------
    def choices(self, event_id: int) -> PackChoices:
        with self._ctx.read() as s:
            event = s.get(Event, event_id)
            if event is None:
                raise NotFoundError(
                    "There is no event {event_id} in this store.", event_id=event_id
                )
            meetings = chosen_meetings(s, event_id, ())
            agenda = items_by_meeting(s, [m.id for m in meetings])
            with_content = items_with_content(s, [i.id for m in agenda.values() for i in m])
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
                    first=m.date,
                    last=m.end_date,
                    items=tuple(
                        ItemChoice(
                            i.id,
                            i.number,
                            i.title,
                            i.depth,
                            i.position_status is not None,
                            versions.get(i.id, 0),
                            i.id in with_content,
                        )
                        for i in agenda.get(m.id, [])
                    ),
                )
                for m in meetings
            )
            members = issuer.our_members(s)
            proposed = issuer.resolve(s, self._ctx, None)
            return PackChoices(
                event_id=event_id,
                event_title=event.title,
                meetings=choices,
                classifications=settings.classifications,
                default_classification=settings.default_classification,
                next_reference=next_reference(s, event),
                default_title=DEFAULT_TITLE,
                minimums=settings.audience_minimums,
                suggested_recipients=recipients,
                issues=tuple(issue_recs(s, event_id)),
                issuers=tuple((p.id, issuer.issuer_name(p)) for p in members),
                issuer_id=proposed.id if proposed is not None else None,
                documents=annex_choices(s, event_id),
            )

    def export_brief(
        self,
        item_id: int,
        audience: Audience,
        out: Path,
        *,
        classification: str = "",
        recipients: tuple[str, ...] = (),
        copies: int = 1,
        issuer_id: int | None = None,
        language: str = "",
        buddhist_era: bool = False,
        on_progress: Progress | None = None,
    ) -> IssueResult:
        """One item's brief for ``audience`` as Word copies (.docx), entered in the register;
        its headings, labels and dates in ``language`` (``printing_in``)."""
        from .word_export import export_brief

        self._ctx.refuse_if_read_only()  # every copy is registered: a write
        with printing_in(language, buddhist_era):
            result = export_brief(
                self, self._ctx, item_id, audience, out, classification=classification,
                recipients=recipients, copies=copies, issuer_id=issuer_id,
                on_progress=on_progress,
            )  # fmt: skip
        if issuer_id is not None:
            issuer.remember(self._ctx, issuer_id)
        self._ctx.publish(Change(ChangeKind.PACKS, frozenset({result.issue_id})))
        return result

    def brief_choices(self, item_id: int) -> BriefChoices:
        """What File > Export brief as Word offers for ``item_id``."""
        from .word_export import brief_choices

        return brief_choices(self._ctx, item_id)

    def find_issuer(self, text: str) -> int:
        """A member of our delegation by id or name (``pack --issued-by``), or ``ValidationError``."""
        with self._ctx.read() as s:
            return issuer.find_member(s, text)

    # -- gathering ---------------------------------------------------------------------------
    def prepare(self, request: PackRequest) -> Prepared:
        """Validate the request and read everything the pack prints (one read transaction)."""
        with self._ctx.read() as s:
            r = clean_request(s, request)
            # the issuer: a member of our delegation (never the computer's login)
            who = issuer.resolve(s, self._ctx, r.issuer_id)
            name = issuer.issuer_name(who) if who is not None else ""
            r = replace(r, issuer_id=who.id if who is not None else None)
            if r.addendum_to is not None:
                r, data, contents = prepare_addendum(s, r, name)
            else:
                r, data, contents = prepare_pack(s, r, name)
        # the distribution list: every copy of this issue and who holds it
        data = replace(data, distribution=tuple(copy_marks(r.recipients, r.copies)))
        # What the audience may not read goes here, before anything is rendered.
        return r, redact_pack(data, r.audience or Audience.HOD), contents

    # -- building --------------------------------------------------------------------------
    def preview(self, request: PackRequest, on_progress: Progress | None = None) -> bytes:
        """The first copy as it will print, watermarked PREVIEW (not registered)."""
        with printing_in(request.language, request.buddhist_era):
            return self._preview(request, on_progress)

    def _preview(self, request: PackRequest, on_progress: Progress | None = None) -> bytes:
        from ..reports.pack_builder import render_pack

        r, data, _contents = self.prepare(request)
        marking = markings(r, data, preview=True)
        annexes = self._annexes(r, data)
        return render_pack(data, marking, on_progress=on_progress, annexes=annexes)[0].data

    def _annexes(self, r: PackRequest, data: PackData) -> list[AnnexFile]:
        """The chosen meeting documents, when the audience may read the list of annexes."""
        if not r.annex_document_ids:
            return []
        audience = r.audience or Audience.HOD
        if not part("pack.annexes").allows(audience) or Section.ANNEXES not in data.sections:
            raise ValidationError(
                "A pack for {audience_label} holds no annexes: the meeting documents "
                "are appended only with the list of annexes. Nothing was built.",
                "annexes",
                audience_label=audience.label.lower(),
            )
        with self._ctx.read() as s:
            return annex_files(s, r.event_id, r.annex_document_ids)

    def issue(
        self,
        request: PackRequest,
        out: Path | None,
        *,
        on_progress: Progress | None = None,
        printer: str = "",
    ) -> IssueResult:
        """Build every copy, write it (atomically) or hand it back for printing, register it
        (its labels and dates in the language the request asks for)."""
        with printing_in(request.language, request.buddhist_era):
            return self._issue(request, out, on_progress=on_progress, printer=printer)

    def _issue(
        self,
        request: PackRequest,
        out: Path | None,
        *,
        on_progress: Progress | None = None,
        printer: str = "",
    ) -> IssueResult:
        """Build every copy, write it (atomically) or hand it back for printing, register it."""
        from ..reports.pack_builder import render_pack

        self._ctx.refuse_if_read_only()  # every copy is registered: a write
        target = check_target(out) if out is not None else None
        r, data, contents = self.prepare(request)
        marked = markings(r, data)
        annexes = self._annexes(r, data)
        if annexes:
            contents["annexed_documents"] = list(r.annex_document_ids)
        rendered = render_pack(
            data, marked, one_file=r.one_file, on_progress=on_progress, annexes=annexes
        )
        marks = copy_marks(r.recipients, r.copies)
        per_copy = per_copy_pages(rendered, len(marks))
        contents["pages"] = per_copy

        automatic = not request.reference and request.addendum_to is None
        # numbered by the app on a trip copy: provisional until brought back (#17)
        provisional = not request.reference and self.on_trip()

        def record(s: Session, paths: list[Path | None], digests: list[str]) -> int:
            return record_issue(
                self._ctx,
                s,
                r,
                data,
                contents,
                marks,
                paths,
                digests,
                printer,
                automatic_reference=automatic,
                provisional=provisional,
            )

        issue_id, files = issue_files(
            self._ctx, rendered, marks, target, r.one_file, "pack", record
        )
        if request.issuer_id is not None:
            issuer.remember(self._ctx, request.issuer_id)  # chosen once, proposed next time
        self._ctx.publish(Change(ChangeKind.PACKS, frozenset({issue_id}), event_id=r.event_id))
        return IssueResult(
            issue_id=issue_id,
            reference=r.reference,
            addendum_no=data.addendum_no,
            files=files,
            pages=per_copy,
            items=len(data.briefs) if Section.BRIEFS in data.sections else 0,
            audience=data.audience,
            classification=r.classification,
        )

    # -- the register ----------------------------------------------------------------------
    def on_trip(self) -> bool:
        """This store is a trip copy: the numbers it gives are provisional (#17)."""
        from .register_travel import trip_series

        with self._ctx.read() as s:
            return bool(trip_series(s))

    def issues(self, event_id: int | None = None) -> list[IssueRec]:
        with self._ctx.read() as s:
            return issue_recs(s, event_id)

    def register(self, event_id: int | None = None) -> RegisterData:
        """Every issued copy, newest issue first (the distribution register)."""
        with self._ctx.read() as s:
            return register_data(s, event_id)

    def register_pdf(
        self, out: Path | None = None, event_id: int | None = None, printer: str = ""
    ) -> bytes:
        """The register as a PDF (written atomically to ``out`` if given); audited as a print."""
        from ..reports.register_pdf import render_register

        target = check_target(out) if out is not None else None
        data = self.register(event_id)
        pdf = render_register(data)
        with (
            atomic_pdfs([(target, pdf)] if target is not None else [], "register") as place,
            self._ctx.write() as s,
        ):
            self._ctx.audit(
                s,
                "print",
                "register",
                None,
                f"distribution register ({len(data.rows)} rows) -> "
                + (str(target) if target else f"printer {printer}"),
            )
            s.flush()
            place()
            self._ctx.publish(Change(ChangeKind.AUDIT))
        return pdf
