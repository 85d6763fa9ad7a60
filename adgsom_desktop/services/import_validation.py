"""Checking an import bundle before anything is written (pure: no database).

Every text is cleaned (``domain/text.clean_text``), every key is a whole number
used once, every reference names a record of the bundle and every delegation
code one of the store's; an error names the record ("Note 57: ...") and says
that nothing was imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..domain.text import MAX_TITLE, clean_text
from ..errors import ValidationError
from .import_records import (
    ActionIn,
    EventIn,
    ImportBundle,
    ItemIn,
    MeetingIn,
    NoteIn,
    OutcomeIn,
    PositionIn,
    StanceIn,
)
from .item_tags import normalise_tag
from .note_service import MAX_NOTE
from .position_rows import clean_content

T = TypeVar("T")


class _Checker:
    """Cleans every text of a bundle; errors name the record ("note 57: ...")."""

    def __init__(self, codes: set[str]) -> None:
        self.codes = codes

    def title(self, what: str, value: str, label: str, max_len: int = 300) -> str:
        return self._clean(what, value, label, max_len=max_len, required=True, single_line=True)

    def line(self, what: str, value: str, label: str, max_len: int = 300) -> str:
        return self._clean(what, value, label, max_len=max_len, single_line=True)

    def text(self, what: str, value: str, label: str, max_len: int = 200_000) -> str:
        return self._clean(what, value, label, max_len=max_len)

    def _clean(self, what: str, value: str, label: str, **kw: Any) -> str:
        try:
            return clean_text(value, label, **kw)
        except ValidationError as exc:
            raise ValidationError(
                "{what}: {exc} Nothing was imported.", exc.field, what=what, exc=exc
            ) from None

    def code(self, what: str, code: str, label: str) -> str:
        code = (code or "").strip().upper()
        if code and code not in self.codes:
            raise ValidationError(
                "{what}: no delegation with code {code} ({label}).",
                label,
                what=what,
                code=code,
                label=label,
            )
        return code


def _keys(records: Iterable[T], key: Callable[[T], int], kind: str) -> set[int]:
    seen: set[int] = set()
    for r in records:
        k = key(r)
        if not isinstance(k, int) or isinstance(k, bool):
            raise ValidationError(
                "{kind} {k!r}: keys must be whole numbers.", "key", kind=kind, k=k
            )
        if k in seen:
            raise ValidationError(
                "{kind} {k}: the key is used twice in the bundle.", "key", kind=kind, k=k
            )
        seen.add(k)
    return seen


def _ref(what: str, key: int | None, known: set[int], kind: str, *, optional: bool) -> None:
    if key is None:
        if not optional:
            raise ValidationError("{what}: it names no {kind}.", kind, what=what, kind=kind)
        return
    if key not in known:
        raise ValidationError(
            "{what}: it names {kind} {key}, which is not in the bundle.",
            kind,
            what=what,
            kind=kind,
            key=key,
        )


def validate_bundle(bundle: ImportBundle, codes: set[str]) -> ImportBundle:
    """Return the bundle with every text cleaned, or raise ``ValidationError``."""
    c = _Checker(codes)
    event_keys = _keys(bundle.events, lambda e: e.key, "Event")
    meeting_keys = _keys(bundle.meetings, lambda m: m.key, "Meeting")
    item_keys = _keys(bundle.items, lambda i: i.key, "Agenda item")
    note_keys = _keys(bundle.notes, lambda n: n.key, "Note")
    events = []
    for e in bundle.events:
        w = f"Event {e.key}"
        if e.start_date and e.end_date and e.end_date < e.start_date:
            raise ValidationError("{w}: it ends before it starts.", "end_date", w=w)
        events.append(
            EventIn(
                e.key,
                c.title(w, e.title, "Title"),
                c.line(w, e.short_title, "Short title", 100),
                c.line(w, e.city, "City", 200),
                c.line(w, e.country, "Country", 200),
                c.code(w, e.host_code, "host"),
                e.start_date,
                e.end_date,
                c.line(w, e.timezone, "Time zone", 64),
                c.text(w, e.steering_brief, "Steering brief"),
                c.text(w, e.logistics, "Logistics"),
            )
        )
    meetings = []
    for m in bundle.meetings:
        w = f"Meeting {m.key}"
        _ref(w, m.event_key, event_keys, "event", optional=False)
        if m.date and m.end_date and m.end_date < m.date:
            raise ValidationError("{w}: it ends before it starts.", "end_date", w=w)
        meetings.append(
            MeetingIn(
                m.key,
                m.event_key,
                m.kind,
                c.title(w, m.title, "Title"),
                c.line(w, m.short_title, "Short title", 100),
                c.line(w, m.series, "Series", 100),
                m.sequence_no,
                c.code(w, m.partner_code, "partner"),
                m.date,
                m.end_date,
                m.start_time,
                m.end_time,
                c.line(w, m.venue, "Venue"),
                c.line(w, m.chair, "Chair"),
                m.format,
                m.ord,
                c.text(w, m.notes, "Notes"),
            )
        )
    items_meeting = {i.key: i.meeting_key for i in bundle.items}
    items = []
    for i in bundle.items:
        w = f"Agenda item {i.key}"
        _ref(w, i.meeting_key, meeting_keys, "meeting", optional=False)
        if i.parent_key is not None:
            _ref(w, i.parent_key, item_keys, "parent item", optional=False)
            if items_meeting[i.parent_key] != i.meeting_key or i.parent_key == i.key:
                raise ValidationError("{w}: its parent is on another agenda.", "parent", w=w)
        if i.est_minutes is not None and not 0 <= i.est_minutes <= 24 * 60:
            raise ValidationError("{w}: the estimated time is not plausible.", "est_minutes", w=w)
        items.append(
            ItemIn(
                i.key,
                i.meeting_key,
                c.title(w, i.title, "Title", MAX_TITLE),
                i.parent_key,
                i.ord,
                i.purpose,
                c.code(w, i.lead_code, "lead"),
                c.line(w, i.lead_text, "Lead"),
                i.est_minutes,
                c.text(w, i.description, "Description"),
                tuple(_tag(w, t) for t in i.tags),
            )
        )
    _check_acyclic(items)
    positions = []
    seen_items: set[int] = set()
    for p in bundle.positions:
        w = f"Position on item {p.item_key}"
        _ref(w, p.item_key, item_keys, "agenda item", optional=False)
        if p.item_key in seen_items:
            raise ValidationError("{w}: the item has two positions in the bundle.", "item", w=w)
        seen_items.add(p.item_key)
        try:
            content = clean_content(p.content)
        except ValidationError as exc:
            raise ValidationError(
                "{w}: {exc} Nothing was imported.", exc.field, w=w, exc=exc
            ) from None
        for t in content.their_objectives:
            c.code(w, t.delegation_code, "their objectives")
        positions.append(
            PositionIn(
                p.item_key, content, p.status, c.line(w, p.saved_by, "Saved by", 200), p.saved_at
            )
        )
    stances = []
    seen_pairs: set[tuple[int, str]] = set()
    for s in bundle.stances:
        w = f"Stance of {s.delegation_code} on item {s.item_key}"
        _ref(w, s.item_key, item_keys, "agenda item", optional=False)
        code = c.code(w, s.delegation_code, "delegation")
        if not code:
            raise ValidationError("{w}: it names no delegation.", "delegation", w=w)
        if (s.item_key, code) in seen_pairs:
            raise ValidationError("{w}: given twice in the bundle.", "delegation", w=w)
        seen_pairs.add((s.item_key, code))
        stances.append(
            StanceIn(
                s.item_key,
                code,
                s.expected,
                c.text(w, s.expected_note, "Expected"),
                s.observed,
                c.text(w, s.observed_note, "Observed"),
                s.observed_at,
            )
        )
    notes = []
    for n in bundle.notes:
        w = f"Note {n.key}"
        _ref(w, n.meeting_key, meeting_keys, "meeting", optional=False)
        _ref(w, n.item_key, item_keys, "agenda item", optional=True)
        if n.item_key is not None and items_meeting[n.item_key] != n.meeting_key:
            raise ValidationError(
                "{w}: its agenda item is not on its meeting's agenda.", "item", w=w
            )
        text = c.text(w, n.text, "Note", MAX_NOTE).strip()
        if not text:
            raise ValidationError("{w}: the note is empty.", "text", w=w)
        notes.append(
            NoteIn(
                n.key,
                n.meeting_key,
                text,
                n.taken_at,
                n.item_key,
                c.code(w, n.speaker_code, "speaker"),
                n.kind,
                n.observed_stance,
            )
        )
    actions = []
    for k, a in enumerate(bundle.actions, 1):
        w = f"Action item {k}"
        _ref(w, a.meeting_key, meeting_keys, "meeting", optional=True)
        _ref(w, a.item_key, item_keys, "agenda item", optional=True)
        _ref(w, a.note_key, note_keys, "note", optional=True)
        actions.append(
            ActionIn(
                c.title(w, a.text, "Action", 20_000),
                c.code(w, a.owner_code, "owner"),
                c.line(w, a.owner_agency, "Agency"),
                a.due_date,
                a.status,
                a.meeting_key,
                a.item_key,
                a.note_key,
            )
        )
    outcomes = []
    for k, o in enumerate(bundle.outcomes, 1):
        w = f"Outcome {k}"
        _ref(w, o.item_key, item_keys, "agenda item", optional=False)
        outcomes.append(
            OutcomeIn(o.item_key, o.verb, c.text(w, o.text, "Outcome"), o.ord, o.recorded_at)
        )
    return ImportBundle(
        tuple(events),
        tuple(meetings),
        tuple(items),
        tuple(positions),
        tuple(stances),
        tuple(notes),
        tuple(actions),
        tuple(outcomes),
    )


def _tag(what: str, text: str) -> str:
    try:
        return normalise_tag(text)
    except ValidationError as exc:
        raise ValidationError("{what}: {exc}", "tags", what=what, exc=exc) from None


def _check_acyclic(items: list[ItemIn]) -> None:
    parent = {i.key: i.parent_key for i in items}
    for start in parent:
        seen = {start}
        k = parent[start]
        while k is not None:
            if k in seen:
                raise ValidationError(
                    "Agenda item {start}: its parents form a loop.", "parent", start=start
                )
            seen.add(k)
            k = parent[k]
