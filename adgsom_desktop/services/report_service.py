"""Reports of a meeting, read from the store: the report to capital and the outcome summary.

The report to capital (the debrief) gives per item what happened, the
decision, what we said, what others said and their stances, and the
follow-up for our own agencies.  The outcome summary consolidates the
outcomes of a meeting (for submission to the ministers' meeting).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import NoteKind, Stance
from ..domain.models import (
    ActionItem,
    Delegation,
    Event,
    Meeting,
    Note,
    Outcome,
    PackIssue,
    Person,
    Position,
    SpeakingInterval,
    StanceRecord,
)
from ..domain.text import clean_text
from ..domain.timeutil import long_date
from ..errors import NotFoundError, ValidationError
from ..i18n.printing import date_span, printing_in, translate
from ..reports.pack_model import (
    ActionLine,
    Marking,
    PastOutcome,
    ReportData,
    ReportItem,
    Statement,
)
from ..reports.print_labels import AT_ITEM, CAPITAL_TITLE, OUTCOMES_SUMMARY, OUTCOMES_TITLE
from ..reports.redact import redact_report
from . import issuer
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .issue_copies import check_copies, copy_markings, copy_marks, issue_files, per_copy_pages
from .mapping import meeting_rec
from .ministers_service import consolidate
from .outcome_order import ORDER as OUTCOME_ORDER
from .pack_briefs import stance_line
from .pack_meetings import fmt_date, local_time
from .pack_records import IssueResult, ReportRequest
from .pack_register import record_copies
from .pack_request import first_free, refuse_if_issued
from .pack_service import check_classification, check_target
from .pack_texts import pack_texts
from .settings_service import our_code

Progress = Callable[[int, int, str], None]
KINDS = ("capital", "outcomes")


def default_reference(s: Session, meeting: Meeting, kind: str) -> str:
    """A report's reference when none is given: "TH/2026/RC-ADGSOM6" (OS- for outcomes).

    Our delegation's code and the year, as a pack's "TH/2026/BP-001", then the
    report kind and the meeting (its series and number, else its short title).
    """
    import re

    event = s.get(Event, meeting.event_id)
    when = meeting.date or (event.start_date if event else None)
    year = when.year if when else datetime.now().year
    name = f"{meeting.series}{meeting.sequence_no or ''}" if meeting.series else ""
    name = name or meeting.short_title or meeting.title
    name = re.sub(r"[^\w+]+", "", name.upper())[:30] or f"M{meeting.id}"
    prefix = "RC" if kind == "capital" else "OS"
    ours = our_code(s)
    return "/".join(x for x in (ours, str(year), f"{prefix}-{name}") if x)


def next_report_reference(s: Session, meeting: Meeting, kind: str) -> str:
    """The next free number of a report of ``meeting``: "TH/2026/RC-ADGSOM6-001", then
    -002...  Each report issued takes a number of its own, whatever its audience, so the
    register matches a copy returned or destroyed to one issue (as packs: review s30 F11)."""
    return first_free(s, default_reference(s, meeting, kind) + "-", 1)


def _speaker(s: Session, n: Note, codes: dict[int, str], names: dict[int, str]) -> str:
    code = codes.get(n.speaker_delegation_id or 0, "")
    label = f"{code} - {names.get(n.speaker_delegation_id or 0, '')}" if code else ""
    if n.speaker_person_id:
        person = s.get(Person, n.speaker_person_id)
        if person is not None:
            return f"{person.full_name} ({code})" if code else person.full_name
    return label or "Unattributed"


def gather_report(s: Session, meeting_id: int, kind: str, actor: str) -> ReportData:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise NotFoundError(
            "There is no meeting {meeting_id} in this store.", meeting_id=meeting_id
        )
    codes = dict(s.execute(select(Delegation.id, Delegation.code)).all())
    names = dict(s.execute(select(Delegation.id, Delegation.name)).all())
    ours = our_code(s)
    our_id = next((i for i, c in codes.items() if c == ours), None)
    rec = meeting_rec(m)
    event = s.get(Event, m.event_id)
    tz_name = event.timezone if event else ""
    items = items_by_meeting(s, [meeting_id]).get(meeting_id, [])
    notes: dict[int | None, list[Note]] = {}
    for n in s.scalars(
        select(Note)
        .where(Note.meeting_id == meeting_id, Note.deleted_at.is_(None))
        .order_by(Note.taken_at, Note.id)
    ):
        notes.setdefault(n.item_id, []).append(n)
    report_items = []
    recommendations = []
    actions = list(s.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting_id)))
    for i in items:
        item_notes = notes.get(i.id, [])

        def st(n: Note) -> Statement:
            return Statement(
                speaker=_speaker(s, n, codes, names),
                text=n.text,
                kind=n.kind.label,
                when=f"{local_time(n.taken_at, tz_name):%H:%M}",
                stance=n.observed_stance.label if n.observed_stance else "",
            )

        outcomes = list(
            s.scalars(select(Outcome).where(Outcome.item_id == i.id).order_by(*OUTCOME_ORDER))
        )
        decisions = tuple(PastOutcome(rec.label, o.verb.label, o.text) for o in outcomes)
        stances = tuple(
            stance_line(r, codes, names)
            for r in s.scalars(select(StanceRecord).where(StanceRecord.item_id == i.id))
            if r.observed is not Stance.UNKNOWN or r.observed_note
        )
        position = s.scalar(select(Position).where(Position.item_id == i.id))
        delivered = tuple(p.text for p in position.points if p.delivered_at) if position else ()
        undelivered = (
            tuple(p.text for p in position.points if not p.delivered_at) if position else ()
        )
        ours_actions = tuple(
            ActionLine(
                text=a.text,
                owner=a.owner_agency or ours,
                due=fmt_date(a.due_date),
                status=a.status.label,
            )
            for a in actions
            if a.item_id == i.id
            and (a.owner_delegation_id == our_id or (our_id is None and a.owner_agency))
        )
        if not (item_notes or decisions or ours_actions) and kind == "capital":
            continue
        if kind == "outcomes":  # the outcomes only: nothing else of the room goes with them
            report_items.append(ReportItem(i.number, i.title, i.purpose.label, decisions=decisions))
            continue
        report_items.append(
            ReportItem(
                number=i.number,
                title=i.title,
                purpose=i.purpose.label,
                happened=tuple(st(n) for n in item_notes),
                decisions=decisions,
                we_said=tuple(
                    st(n) for n in item_notes if n.speaker_delegation_id == our_id and our_id
                ),
                others_said=tuple(
                    st(n)
                    for n in item_notes
                    if n.speaker_delegation_id != our_id and n.kind is not NoteKind.REMARK
                ),
                stances=stances,
                our_actions=ours_actions,
                points_delivered=delivered,
                points_not_delivered=undelivered if item_notes else (),
            )
        )
    other_actions = tuple(
        ActionLine(
            text=a.text,
            owner=", ".join(
                x for x in (a.owner_agency, codes.get(a.owner_delegation_id or 0, "")) if x
            ),
            due=fmt_date(a.due_date),
            status=a.status.label,
        )
        for a in actions
        if a.owner_delegation_id != our_id or our_id is None
    )
    speaking = None
    intervals = list(
        s.scalars(select(SpeakingInterval).where(SpeakingInterval.meeting_id == meeting_id))
    )
    if intervals:
        speaking = (
            sum(
                ((iv.ended_at or iv.started_at) - iv.started_at).total_seconds() for iv in intervals
            )
            / 60
        )
    our_name = names.get(our_id or 0, "")
    label = rec.label
    title = translate("Pack", CAPITAL_TITLE if kind == "capital" else OUTCOMES_TITLE)
    title = title.replace("%1", label)
    summary = ""
    if kind == "outcomes":
        n_out = sum(len(x.decisions) for x in report_items)
        summary = (
            translate("Pack", OUTCOMES_SUMMARY)
            .replace("%1", label)
            .replace("%2", str(n_out))
            .replace("%3", str(sum(1 for x in report_items if x.decisions)))
        )
    if kind == "outcomes":
        # Only what was marked for the Ministers' consideration, as the Ministers take it.
        entries = consolidate(s, m).entries
        for k, e in enumerate(entries, 1):
            where = (
                translate("Pack", AT_ITEM).replace("%1", e.ministers_item_label.split(" ")[0])
                if e.ministers_item_label
                else ""
            )
            recommendations.append(e.decision + where + ("." if k == len(entries) else ";"))
    return ReportData(
        kind=kind,
        title=title,
        meeting_title=m.title,
        meeting_label=label,
        event_title=event.title if event else "",
        days=date_span(rec.date, rec.end_date),
        venue=m.venue,
        chair=m.chair,
        our_delegation=our_name,
        prepared_on=long_date(datetime.now()),
        prepared_by=actor,
        items=tuple(report_items),
        other_actions=other_actions if kind == "capital" else (),
        summary=summary,
        recommendations=tuple(recommendations) if kind == "outcomes" else (),
        speaking_minutes=speaking if kind == "capital" else None,
        texts=pack_texts(s, [meeting_id]) if kind == "capital" else (),
    )


class ReportService:
    """Meeting reports, issued as packs are: numbered copies, the distribution register."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def prepare(self, request: ReportRequest) -> tuple[ReportRequest, ReportData, Marking]:
        """The request checked, the report as its audience may read it, its page marking."""
        r, data, marking, _event_id = self._prepare(request)
        return r, data, marking

    def _prepare(
        self, request: ReportRequest
    ) -> tuple[ReportRequest, ReportData, Marking, int | None]:
        if request.kind not in KINDS:
            raise ValidationError(
                "Unknown report kind {request_kind!r}: use capital or outcomes.",
                "kind",
                request_kind=request.kind,
            )
        recipients, copies = check_copies(request.recipients, request.copies, request.watermark)
        with self._ctx.read() as s:
            what = "An outcome summary" if request.kind == "outcomes" else "A report to capital"
            cls = check_classification(
                s, request.classification, audience=request.audience, what=what
            )
            reference = clean_text(request.reference, "Reference", max_len=100, single_line=True)
            who = issuer.resolve(s, self._ctx, request.issuer_id)
            name = issuer.issuer_name(who) if who is not None else ""
            data = gather_report(s, request.meeting_id, request.kind, name)
            meeting = s.get_one(Meeting, request.meeting_id)
            if reference:
                refuse_if_issued(
                    s, reference, lambda: next_report_reference(s, meeting, request.kind)
                )
            else:
                reference = next_report_reference(s, meeting, request.kind)
            event_id = meeting.event_id
        r = replace(
            request,
            classification=cls,
            reference=reference,
            recipients=recipients,
            copies=copies,
        )
        marking = Marking(classification=cls, reference=reference, footer_title=data.title)
        # What the audience may not read goes here, before anything is rendered.
        return r, redact_report(data, request.audience), marking, event_id

    def data(self, request: ReportRequest) -> tuple[ReportData, Marking]:
        _r, data, marking = self.prepare(request)
        return data, marking

    def _markings(self, r: ReportRequest, data: ReportData, preview: bool) -> list[Marking]:
        return copy_markings(
            copy_marks(r.recipients, r.copies),
            classification=r.classification,
            reference=r.reference,
            footer=data.title,
            watermark=r.watermark,
            preview=preview,
        )

    def render(
        self, request: ReportRequest, on_progress: Progress | None = None
    ) -> tuple[bytes, int]:
        """The first copy as it will print, marked PREVIEW (not registered)."""
        from ..reports.report_builder import render_report

        with printing_in(request.language, request.buddhist_era):
            r, data, _marking = self.prepare(request)
            pdf = render_report(data, self._markings(r, data, True), on_progress=on_progress)[0]
        return pdf.data, pdf.pages

    def _issue_word(
        self, request: ReportRequest, out: Path | None, on_progress: Progress | None
    ) -> IssueResult:
        """The report as Word copies (``format="docx"``), each entered in the register."""
        from .word_export import report_word

        if out is None:
            raise ValidationError("A Word copy is saved to a file: give its name.", "out")
        r, data, _marking, event_id = self._prepare(request)
        issue_id, files = report_word(self._ctx, r, data, event_id, out, on_progress)
        if request.issuer_id is not None:
            issuer.remember(self._ctx, request.issuer_id)
        self._ctx.publish(Change(ChangeKind.PACKS, frozenset({issue_id}), event_id=event_id))
        return IssueResult(
            issue_id=issue_id,
            reference=r.reference,
            addendum_no=None,
            files=files,
            pages=0,
            items=len(data.items),
            audience=r.audience,
            classification=r.classification,
        )

    def issue(
        self,
        request: ReportRequest,
        out: Path | None,
        *,
        on_progress: Progress | None = None,
        printer: str = "",
    ) -> IssueResult:
        """Build every copy, write it (atomically) or hand it back for printing, and enter
        every copy in the distribution register, as a pack's; in ``request.language``."""
        with printing_in(request.language, request.buddhist_era):
            return self._issue(request, out, on_progress=on_progress, printer=printer)

    def _issue(
        self,
        request: ReportRequest,
        out: Path | None,
        *,
        on_progress: Progress | None = None,
        printer: str = "",
    ) -> IssueResult:
        from ..reports.report_builder import render_report

        if request.format not in ("pdf", "docx"):
            raise ValidationError(
                "Unknown format {request!r}: use pdf or docx.", "format", request=request.format
            )
        if request.format == "docx":
            if printer:
                raise ValidationError("A Word copy is saved to a file, not printed.", "format")
            return self._issue_word(request, out, on_progress)
        target = check_target(out) if out is not None else None
        r, data, _marking, event_id = self._prepare(request)
        marks = copy_marks(r.recipients, r.copies)
        rendered = render_report(
            data, self._markings(r, data, False), one_file=r.one_file, on_progress=on_progress
        )
        pages = per_copy_pages(rendered, len(marks))
        contents = {
            "meeting_id": r.meeting_id,
            "audience": str(r.audience),
            "recipients": list(r.recipients),
            "watermark": r.watermark,
            "one_file": r.one_file,
            "pages": pages,
        }

        def record(s: Session, paths: list[Path | None], digests: list[str]) -> int:
            issue = PackIssue(
                event_id=event_id,
                reference=r.reference,
                title=data.title,
                audience=r.audience,
                classification=r.classification,
                document=r.kind,
                contents=contents,
                issued_by=data.prepared_by or self._ctx.actor,
            )
            what = f"{len(data.items)} items, {pages} pages"
            return record_copies(self._ctx, s, issue, marks, paths, digests, printer, what)

        issue_id, files = issue_files(
            self._ctx, rendered, marks, target, r.one_file, "report", record
        )
        if request.issuer_id is not None:
            issuer.remember(self._ctx, request.issuer_id)
        self._ctx.publish(Change(ChangeKind.PACKS, frozenset({issue_id}), event_id=event_id))
        return IssueResult(
            issue_id=issue_id,
            reference=r.reference,
            addendum_no=None,
            files=files,
            pages=pages,
            items=len(data.items),
            audience=r.audience,
            classification=r.classification,
        )
