"""From the SOM to the Ministers: outcomes marked for the Ministers' consideration.

At the ADGSOM an outcome can be marked "for the Ministers' consideration": what the
Ministers do with it (note, endorse, adopt, task), in their words ("Adopt the ASEAN
Digital Masterplan 2026-2030 and its Implementation Plan"), and the ADGMIN agenda
item it goes to. Consolidated, they are the document for the ADGMIN: one entry per
decision the Ministers take, in the order of the Ministers' agenda. Each ADGMIN item
knows the SOM outcomes it builds on (its brief shows them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import MeetingKind, MinistersAction, OutcomeVerb, ParagraphKind
from ..domain.models import AgendaItem, Meeting, Outcome
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .outcome_order import ORDER as OUTCOME_ORDER
from .outcome_service import _rec
from .room_records import OutcomeRec

_LEAD = re.compile(
    r"^(?:the\s+)?(?:meeting|adgsom|senior officials|som)\s+"
    r"(?:noted|welcomed|endorsed|agreed(?:\s+to)?|adopted|approved|deferred|tasked)\s+",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r",?\s+(?:for\s+(?:adoption|noting|endorsement|consideration|approval)|"
    r"for\s+submission)\s+(?:by|to|at)\s+the\s+[^.;]*?(?:ADGMIN|Ministers['’]?\s*Meeting|Ministers)\b"
    r"(?:\s+for\s+\w+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MinistersEntry:
    outcome_id: int
    action: MinistersAction
    text: str  # what: "the ASEAN Digital Masterplan 2026-2030 and its Implementation Plan"
    ministers_item_id: int | None
    ministers_item_label: str  # "4.2 Adoption of the ASEAN Digital Masterplan 2026-2030"
    som_meeting_label: str
    som_item_label: str
    som_outcome: str  # the SOM's own outcome ("The Meeting endorsed ...")

    @property
    def decision(self) -> str:
        """'Adopt the ASEAN Digital Masterplan 2026-2030 and its Implementation Plan'."""
        return f"{self.action.label} {self.text}".strip()


@dataclass(frozen=True)
class MinistersDocument:
    title: str  # "Recommendations of the 6th ADGSOM to the 6th ADGMIN"
    som_meeting_id: int
    ministers_meeting_id: int | None
    entries: tuple[MinistersEntry, ...]


def suggest(verb: OutcomeVerb, text: str) -> tuple[MinistersAction, str]:
    """A first wording for the Ministers from the SOM's outcome (to be checked)."""
    body = text.strip()
    lower = body.lower()
    if re.search(r"for\s+adoption", lower):
        action = MinistersAction.ADOPT
    elif verb is OutcomeVerb.TASKED:
        action = MinistersAction.TASK
    elif verb in (OutcomeVerb.NOTED, OutcomeVerb.WELCOMED) or "for noting" in lower:
        action = MinistersAction.NOTE
    elif verb in (OutcomeVerb.ADOPTED, OutcomeVerb.APPROVED):
        action = MinistersAction.ADOPT
    else:
        action = MinistersAction.ENDORSE
    what = _TAIL.sub("", _LEAD.sub("", body)).strip().rstrip(".")
    return action, what


def ministers_meeting(s: Session, som: Meeting) -> Meeting | None:
    """The Ministers' meeting of the same event (the ADGMIN of the ADGSOM's week)."""
    return s.scalar(
        select(Meeting)
        .where(Meeting.event_id == som.event_id, Meeting.kind == MeetingKind.MINISTERS)
        .order_by(Meeting.date, Meeting.ord)
    )


def _label(item: AgendaItem | None) -> str:
    return f"{item.number} {item.title}".strip() if item else ""


class MinistersService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def mark(
        self,
        outcome_id: int,
        *,
        for_ministers: bool,
        action: MinistersAction | str | None = None,
        text: str = "",
        ministers_item_id: int | None = None,
    ) -> OutcomeRec:
        """Mark an outcome for the Ministers' consideration (or take the mark off)."""
        text = clean_text(text, "What the Ministers decide", max_len=5000, single_line=True).strip()
        with self._ctx.write() as s:
            o = s.get(Outcome, outcome_id)
            if o is None:
                raise NotFoundError("Outcome {outcome_id} no longer exists.", outcome_id=outcome_id)
            item = s.get_one(AgendaItem, o.item_id)
            if for_ministers:
                try:
                    act = MinistersAction(action) if action else None
                except ValueError:
                    choices = ", ".join(a.value for a in MinistersAction)
                    raise ValidationError(
                        "{action!r} is not what Ministers do ({choices}).",
                        action=action,
                        choices=choices,
                    ) from None
                if act is None:
                    act, suggested = suggest(o.verb, o.text)
                    text = text or suggested
                if not text:
                    raise ValidationError(
                        "Say what the Ministers decide: the text of the decision is empty."
                    )
                if ministers_item_id is not None:
                    target = s.get(AgendaItem, ministers_item_id)
                    if target is None:
                        raise ValidationError("That agenda item of the Ministers no longer exists.")
                    meeting = s.get_one(Meeting, target.meeting_id)
                    if meeting.kind is not MeetingKind.MINISTERS:
                        raise ValidationError(
                            "{target} is not on a Ministers' meeting agenda.", target=_label(target)
                        )
                o.for_ministers, o.ministers_action = True, act
                o.ministers_text, o.ministers_item_id = text, ministers_item_id
                detail = f"{item.number}: for the Ministers: {act.label} {text[:150]}"
            else:
                o.for_ministers, o.ministers_action = False, None
                o.ministers_text, o.ministers_item_id = "", None
                detail = f"{item.number}: no longer for the Ministers"
            self._ctx.audit(s, "ministers", "outcome", o.id, detail)
            rec = _rec(o, item)
            self._ctx.publish(
                Change(
                    ChangeKind.OUTCOMES,
                    frozenset({rec.id}),
                    meeting_id=rec.meeting_id,
                    item_id=rec.item_id,
                    records=(rec,),
                )
            )
        return rec

    def ministers_items(self, som_meeting_id: int) -> list[tuple[int, str]]:
        """The agenda items of the Ministers' meeting of the same event (to choose from)."""
        with self._ctx.read() as s:
            som = s.get(Meeting, som_meeting_id)
            if som is None:
                raise NotFoundError(
                    "Meeting {som_meeting_id} no longer exists.", som_meeting_id=som_meeting_id
                )
            target = ministers_meeting(s, som)
            if target is None:
                return []
            rows = items_by_meeting(s, [target.id]).get(target.id, [])
            return [(r.id, f"{r.number} {r.title}".strip()) for r in rows]

    def consolidated(self, som_meeting_id: int) -> MinistersDocument:
        """One entry per decision the Ministers take, in the order of their agenda."""
        with self._ctx.read() as s:
            som = s.get(Meeting, som_meeting_id)
            if som is None:
                raise NotFoundError(
                    "Meeting {som_meeting_id} no longer exists.", som_meeting_id=som_meeting_id
                )
            return consolidate(s, som)

    def builds_on(self, ministers_item_id: int) -> list[MinistersEntry]:
        """The SOM outcomes an item of the Ministers' agenda builds on."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(Outcome, AgendaItem)
                .join(AgendaItem, Outcome.item_id == AgendaItem.id)
                .where(
                    Outcome.ministers_item_id == ministers_item_id, Outcome.for_ministers.is_(True)
                )
                .order_by(AgendaItem.id, *OUTCOME_ORDER)
            ).all()
            return [self._entry(s, s.get_one(Meeting, i.meeting_id), o, i) for o, i in rows]

    def to_document(self, som_meeting_id: int) -> tuple[int, str]:
        """Write the consolidated recommendations as an outcome document of the Ministers'
        meeting (its first revision, or a new revision aligned with the last one), so it is
        followed like any negotiated text. Returns (document id, revision label)."""
        from .negotiation.document_service import DocumentService
        from .negotiation.docx_write import OutParagraph, Run, build_docx
        from .negotiation.records import ImportSource

        doc = self.consolidated(som_meeting_id)
        if doc.ministers_meeting_id is None:
            raise ValidationError(
                "This event has no Ministers' meeting: create it (File > New meeting…) first."
            )
        if not doc.entries:
            raise ValidationError(
                "No outcome of this meeting is marked for the Ministers' consideration yet."
            )
        paras = [
            OutParagraph("", (Run("The Meeting recommends that the Ministers:"),), heading=True)
        ]
        current = object()
        for n, e in enumerate(doc.entries, 1):
            if e.ministers_item_id != current:
                current = e.ministers_item_id
                where = (
                    f"Agenda item {e.ministers_item_label}" if e.ministers_item_label else "Other"
                )
                paras.append(OutParagraph("", (Run(where),), heading=True))
            end = "." if n == len(doc.entries) else ";"
            paras.append(OutParagraph(str(n), (Run(e.decision + end),)))
        data = build_docx(doc.title, "", paras, author="ADGSOM Desktop")
        texts = DocumentService(self._ctx)
        existing = next(
            (d for d in texts.documents(doc.ministers_meeting_id) if d.title == doc.title), None
        )
        if existing is not None and existing.current is not None:
            now = [
                (p.number, p.text)
                for p in texts.paragraphs(existing.current.id)
                if p.kind is not ParagraphKind.HEADING
            ]
            wanted = [
                (str(n), e.decision + ("." if n == len(doc.entries) else ";"))
                for n, e in enumerate(doc.entries, 1)
            ]
            if now == wanted:
                raise ValidationError(
                    "“{doc_title}” already says this ({current_label}): nothing new to write.",
                    doc_title=doc.title,
                    current_label=existing.current.label,
                )
        with self._ctx.read() as s:
            item = s.scalar(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == doc.ministers_meeting_id,
                    AgendaItem.title.like("%ADGSOM%"),
                )
            )
        rev = texts.import_revision(
            doc.ministers_meeting_id,
            ImportSource(f"{doc.title}.docx", data=data),
            kind="other",
            document_id=existing.id if existing else None,
            title=doc.title,
            item_id=item.id if item is not None and existing is None else None,
            force=True,
        )
        return rev.document_id, rev.label

    @staticmethod
    def _entry(s: Session, som: Meeting, o: Outcome, item: AgendaItem) -> MinistersEntry:
        return entry(s, som, o, item)


def consolidate(s: Session, som: Meeting) -> MinistersDocument:
    """The SOM's outcomes marked for the Ministers, in the order of the Ministers' agenda."""
    target = ministers_meeting(s, som)
    som_order = {r.id: n for n, r in enumerate(items_by_meeting(s, [som.id]).get(som.id, []))}
    min_order = (
        {r.id: n for n, r in enumerate(items_by_meeting(s, [target.id]).get(target.id, []))}
        if target
        else {}
    )
    rows = s.execute(
        select(Outcome, AgendaItem)
        .join(AgendaItem, Outcome.item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == som.id, Outcome.for_ministers.is_(True))
    ).all()
    keyed = sorted(
        (
            (min_order.get(o.ministers_item_id or -1, 10**6), som_order.get(i.id, 0), o.ord),
            entry(s, som, o, i),
        )
        for o, i in rows
    )
    som_label = som.short_title or som.title
    min_label = (target.short_title or target.title) if target else "the Ministers"
    return MinistersDocument(
        title=f"Recommendations of the {som_label} to the {min_label}",
        som_meeting_id=som.id,
        ministers_meeting_id=target.id if target else None,
        entries=tuple(e for _k, e in keyed),
    )


def entry(s: Session, som: Meeting, o: Outcome, item: AgendaItem) -> MinistersEntry:
    target = s.get(AgendaItem, o.ministers_item_id) if o.ministers_item_id else None
    return MinistersEntry(
        outcome_id=o.id,
        action=o.ministers_action or MinistersAction.NOTE,
        text=o.ministers_text,
        ministers_item_id=o.ministers_item_id,
        ministers_item_label=_label(target),
        som_meeting_label=som.short_title or som.title,
        som_item_label=_label(item),
        som_outcome=o.text,
    )
