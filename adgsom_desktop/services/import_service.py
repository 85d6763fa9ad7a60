"""Bulk import: load a bundle of events, agendas, positions and notes in one transaction.

The fast path for large loads (a delegation's archive, the benchmark data):
every record is validated first (nothing is written if one is bad), the store
is backed up, then the rows go in with SQLAlchemy Core ``executemany`` in one
``BEGIN IMMEDIATE`` transaction.  For a large bundle the search triggers are
dropped for the load and the index is rebuilt from the tables at the end
(FACTS: keeping FTS in step row by row costs ~4x a rebuild); a small bundle
keeps the triggers, so importing a few records into a large store does not
re-index everything.  Either way the store is consistent when the transaction
commits, and unchanged if anything fails or the caller cancels.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import AdmTagKind, PositionStatus
from ..domain.models import (
    ActionItem,
    AdmTag,
    AgendaItem,
    DefensiveLine,
    Delegation,
    Event,
    Meeting,
    Note,
    NoteVersion,
    Outcome,
    Position,
    PositionFallback,
    PositionPoint,
    PositionVersion,
    StanceRecord,
    TheirObjective,
    item_adm_tag,
)
from ..domain.text import MAX_TITLE, clean_text
from ..errors import ValidationError
from ..storage import search_index
from .changes import Change, ChangeKind
from .context import ServiceContext
from .import_records import (
    ActionIn,
    EventIn,
    ImportBundle,
    ImportReport,
    ItemIn,
    MeetingIn,
    NoteIn,
    OutcomeIn,
    PositionIn,
    StanceIn,
)
from .item_tags import normalise_tag
from .note_service import MAX_NOTE
from .numbering import NumberingInput, compute_numbers
from .position_service import clean_content

ProgressFn = Callable[[int, int, str], None]
T = TypeVar("T")

# Below this many indexed records (or a quarter of the index), triggers keep the
# index in step; above it, dropping them and rebuilding is cheaper.
REBUILD_MIN_RECORDS = 2_000
CHUNK = 5_000  # rows per executemany call (progress and cancel points in between)

# Tables in foreign-key order, with the model whose ids the import assigns.
_TABLES: tuple[tuple[str, Any], ...] = (
    ("event", Event),
    ("meeting", Meeting),
    ("agenda_item", AgendaItem),
    ("adm_tag", AdmTag),
    ("item_adm_tag", None),
    ("position", Position),
    ("position_fallback", PositionFallback),
    ("position_point", PositionPoint),
    ("position_their_objective", TheirObjective),
    ("position_defensive_line", DefensiveLine),
    ("position_version", PositionVersion),
    ("stance", StanceRecord),
    ("note", Note),
    ("note_version", NoteVersion),
    ("action_item", ActionItem),
    ("outcome", Outcome),
)
TABLE_NAMES = tuple(name for name, _ in _TABLES)


def _table(name: str) -> Any:
    return item_adm_tag if name == "item_adm_tag" else dict(_TABLES)[name].__table__


# -- validation (pure: no database) -------------------------------------------------


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
            raise ValidationError(f"{what}: {exc} Nothing was imported.", exc.field) from None

    def code(self, what: str, code: str, label: str) -> str:
        code = (code or "").strip().upper()
        if code and code not in self.codes:
            raise ValidationError(f"{what}: no delegation with code {code} ({label}).", label)
        return code


def _keys(records: Iterable[T], key: Callable[[T], int], kind: str) -> set[int]:
    seen: set[int] = set()
    for r in records:
        k = key(r)
        if not isinstance(k, int) or isinstance(k, bool):
            raise ValidationError(f"{kind} {k!r}: keys must be whole numbers.", "key")
        if k in seen:
            raise ValidationError(f"{kind} {k}: the key is used twice in the bundle.", "key")
        seen.add(k)
    return seen


def _ref(what: str, key: int | None, known: set[int], kind: str, *, optional: bool) -> None:
    if key is None:
        if not optional:
            raise ValidationError(f"{what}: it names no {kind}.", kind)
        return
    if key not in known:
        raise ValidationError(f"{what}: it names {kind} {key}, which is not in the bundle.", kind)


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
            raise ValidationError(f"{w}: it ends before it starts.", "end_date")
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
            raise ValidationError(f"{w}: it ends before it starts.", "end_date")
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
                raise ValidationError(f"{w}: its parent is on another agenda.", "parent")
        if i.est_minutes is not None and not 0 <= i.est_minutes <= 24 * 60:
            raise ValidationError(f"{w}: the estimated time is not plausible.", "est_minutes")
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
            raise ValidationError(f"{w}: the item has two positions in the bundle.", "item")
        seen_items.add(p.item_key)
        try:
            content = clean_content(p.content)
        except ValidationError as exc:
            raise ValidationError(f"{w}: {exc} Nothing was imported.", exc.field) from None
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
            raise ValidationError(f"{w}: it names no delegation.", "delegation")
        if (s.item_key, code) in seen_pairs:
            raise ValidationError(f"{w}: given twice in the bundle.", "delegation")
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
            raise ValidationError(f"{w}: its agenda item is not on its meeting's agenda.", "item")
        text = c.text(w, n.text, "Note", MAX_NOTE).strip()
        if not text:
            raise ValidationError(f"{w}: the note is empty.", "text")
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
        raise ValidationError(f"{what}: {exc}", "tags") from None


def _check_acyclic(items: list[ItemIn]) -> None:
    parent = {i.key: i.parent_key for i in items}
    for start in parent:
        seen = {start}
        k = parent[start]
        while k is not None:
            if k in seen:
                raise ValidationError(f"Agenda item {start}: its parents form a loop.", "parent")
            seen.add(k)
            k = parent[k]


# -- planning rows (pure: ids come from the caller) ---------------------------------


def _note_snapshot(n: NoteIn, item_id: int | None, speaker_id: int | None) -> dict[str, Any]:
    """The same keys as a note saved through ``NoteService`` (its version 1)."""
    return {
        "item_id": item_id,
        "taken_at": n.taken_at.isoformat(),
        "speaker_delegation_id": speaker_id,
        "speaker_person_id": None,
        "kind": n.kind.value,
        "text": n.text,
        "observed_stance": n.observed_stance.value if n.observed_stance else None,
    }


def plan_rows(
    bundle: ImportBundle,
    first_ids: dict[str, int],
    delegation_ids: dict[str, int],
    known_tags: set[str],
    now: datetime,
) -> dict[str, list[dict[str, Any]]]:
    """Every row to insert, per table, with ids from ``first_ids`` upwards.

    ``bundle`` must be validated.  Pure, so the benchmark's floor can insert
    exactly the same rows with raw ``executemany``.
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    nxt = dict(first_ids)

    def new_id(table: str) -> int:
        value = nxt[table]
        nxt[table] = value + 1
        return value

    def deleg(code: str) -> int | None:
        return delegation_ids[code] if code else None

    stamp = {"created_at": now, "updated_at": now}
    event_ids: dict[int, int] = {}
    for e in bundle.events:
        event_ids[e.key] = new_id("event")
        rows["event"].append(
            {
                "id": event_ids[e.key],
                "title": e.title,
                "short_title": e.short_title,
                "city": e.city,
                "country": e.country,
                "host_delegation_id": deleg(e.host_code),
                "start_date": e.start_date,
                "end_date": e.end_date,
                "timezone": e.timezone,
                "steering_brief": e.steering_brief,
                "logistics": e.logistics,
                **stamp,
            }
        )
    meeting_ids: dict[int, int] = {}
    for m in bundle.meetings:
        meeting_ids[m.key] = new_id("meeting")
        rows["meeting"].append(
            {
                "id": meeting_ids[m.key],
                "event_id": event_ids[m.event_key],
                "kind": m.kind.value,
                "title": m.title,
                "series": m.series,
                "sequence_no": m.sequence_no,
                "partner_delegation_id": deleg(m.partner_code),
                "short_title": m.short_title,
                "date": m.date,
                "end_date": m.end_date,
                "start_time": m.start_time,
                "end_time": m.end_time,
                "venue": m.venue,
                "chair": m.chair,
                "format": m.format.value,
                "ord": m.ord,
                "notes": m.notes,
                **stamp,
            }
        )
    item_ids = {i.key: new_id("agenda_item") for i in bundle.items}
    per_meeting: dict[int, list[NumberingInput]] = defaultdict(list)
    for i in bundle.items:
        parent = None if i.parent_key is None else item_ids[i.parent_key]
        per_meeting[i.meeting_key].append(NumberingInput(item_ids[i.key], parent, i.ord, None))
    numbers: dict[int, str] = {}
    for inputs in per_meeting.values():
        numbers.update(compute_numbers(inputs))
    item_tags: dict[int, tuple[str, ...]] = {}
    for i in bundle.items:
        iid = item_ids[i.key]
        item_tags[i.key] = i.tags
        rows["agenda_item"].append(
            {
                "id": iid,
                "meeting_id": meeting_ids[i.meeting_key],
                "parent_id": None if i.parent_key is None else item_ids[i.parent_key],
                "ord": i.ord,
                "number": numbers[iid],
                "number_fixed": False,
                "title": i.title,
                "purpose": i.purpose.value,
                "lead_delegation_id": deleg(i.lead_code),
                "lead_text": i.lead_text,
                "est_minutes": i.est_minutes,
                "description": i.description,
                "source_item_id": None,
                **stamp,
            }
        )
    for p in bundle.positions:  # a position's tags are its item's
        item_tags[p.item_key] = tuple(dict.fromkeys(item_tags[p.item_key] + p.content.tags))
    new_tags: dict[str, None] = {}
    for key, tags in item_tags.items():
        for code in tags:
            if code not in known_tags and code not in new_tags:
                if not code.startswith("EA "):
                    raise ValidationError(f"Unknown ADM tag {code}. Nothing was imported.", "tags")
                new_tags[code] = None
            rows["item_adm_tag"].append({"item_id": item_ids[key], "tag_code": code})
    rows["adm_tag"] = [
        {
            "code": code,
            "kind": AdmTagKind.ENABLING_ACTION.value,
            "parent_code": None,
            "title": "",
            "ord": 1000,
        }
        for code in new_tags
    ]
    for p in bundle.positions:
        _plan_position(rows, p, new_id, item_ids[p.item_key], item_tags[p.item_key], deleg, now)
    for s in bundle.stances:
        rows["stance"].append(
            {
                "id": new_id("stance"),
                "item_id": item_ids[s.item_key],
                "delegation_id": delegation_ids[s.delegation_code],
                "expected": s.expected.value,
                "expected_note": s.expected_note,
                "observed": s.observed.value,
                "observed_note": s.observed_note,
                "observed_at": s.observed_at,
                **stamp,
            }
        )
    note_ids: dict[int, int] = {}
    for n in bundle.notes:
        nid = note_ids[n.key] = new_id("note")
        item_id = None if n.item_key is None else item_ids[n.item_key]
        speaker = deleg(n.speaker_code)
        rows["note"].append(
            {
                "id": nid,
                "meeting_id": meeting_ids[n.meeting_key],
                "item_id": item_id,
                "taken_at": n.taken_at,
                "speaker_delegation_id": speaker,
                "speaker_person_id": None,
                "kind": n.kind.value,
                "text": n.text,
                "observed_stance": n.observed_stance.value if n.observed_stance else None,
                "version_no": 1,
                "deleted_at": None,
                **stamp,
            }
        )
        rows["note_version"].append(
            {
                "id": new_id("note_version"),
                "note_id": nid,
                "version_no": 1,
                "saved_at": now,
                "snapshot": _note_snapshot(n, item_id, speaker),
            }
        )
    for a in bundle.actions:
        rows["action_item"].append(
            {
                "id": new_id("action_item"),
                "text": a.text,
                "owner_person_id": None,
                "owner_delegation_id": deleg(a.owner_code),
                "owner_agency": a.owner_agency,
                "due_date": a.due_date,
                "status": a.status.value,
                "meeting_id": None if a.meeting_key is None else meeting_ids[a.meeting_key],
                "item_id": None if a.item_key is None else item_ids[a.item_key],
                "note_id": None if a.note_key is None else note_ids[a.note_key],
                "closed_at": None if a.status.is_open else now,
                **stamp,
            }
        )
    for o in bundle.outcomes:
        rows["outcome"].append(
            {
                "id": new_id("outcome"),
                "item_id": item_ids[o.item_key],
                "verb": o.verb.value,
                "text": o.text,
                "ord": o.ord,
                "recorded_at": o.recorded_at or now,
                "note_id": None,
                **stamp,
            }
        )
    return rows


def _plan_position(
    rows: dict[str, list[dict[str, Any]]],
    p: PositionIn,
    new_id: Callable[[str], int],
    item_id: int,
    tags: tuple[str, ...],
    deleg: Callable[[str], int | None],
    now: datetime,
) -> None:
    c = p.content
    pid = new_id("position")
    saved_at = p.saved_at or now
    approved = p.status is PositionStatus.APPROVED
    rows["position"].append(
        {
            "id": pid,
            "item_id": item_id,
            "objective": c.objective,
            "stance": c.stance.value,
            "opening": c.opening,
            "red_line": c.red_line,
            "authority": c.authority.value,
            "tactical": c.tactical,
            "press_line": c.press_line,
            "background_releasable": c.background_releasable,
            "background_nfd": c.background_nfd,
            "owner_id": None,
            "status": p.status.value,
            "approved_by_id": None,
            "approved_at": saved_at if approved else None,
            "approved_version_no": 1 if approved else None,
            "version_no": 1,
            "created_at": saved_at,
            "updated_at": saved_at,
        }
    )
    for n, text in enumerate(c.fallbacks):
        rows["position_fallback"].append(
            {"id": new_id("position_fallback"), "position_id": pid, "ord": n, "text": text}
        )
    for n, text in enumerate(c.points):
        rows["position_point"].append(
            {
                "id": new_id("position_point"),
                "position_id": pid,
                "ord": n,
                "text": text,
                "delivered_at": None,
            }
        )
    for n, t in enumerate(c.their_objectives):
        rows["position_their_objective"].append(
            {
                "id": new_id("position_their_objective"),
                "position_id": pid,
                "delegation_id": deleg(t.delegation_code),
                "ord": n,
                "their_objective": t.their_objective,
                "our_response": t.our_response,
            }
        )
    for n, d in enumerate(c.defensive_lines):
        rows["position_defensive_line"].append(
            {
                "id": new_id("position_defensive_line"),
                "position_id": pid,
                "ord": n,
                "question": d.question,
                "answer": d.answer,
            }
        )
    snapshot = replace(c, owner_id=None, tags=tags).to_snapshot()
    rows["position_version"].append(
        {
            "id": new_id("position_version"),
            "position_id": pid,
            "version_no": 1,
            "saved_at": saved_at,
            "saved_by": p.saved_by,
            "status": p.status.value,
            "comment": "imported",
            "snapshot": snapshot,
        }
    )


def indexed_records(bundle: ImportBundle) -> int:
    """How many search-index rows the bundle adds."""
    return (
        len(bundle.events)
        + len(bundle.meetings)
        + len(bundle.items)
        + len(bundle.positions)
        + len(bundle.notes)
        + len(bundle.actions)
        + len(bundle.outcomes)
    )


def first_ids(session: Session) -> dict[str, int]:
    """The next free id of every table the import assigns ids in."""
    out = {}
    for name, model in _TABLES:
        if model is None or name == "adm_tag":
            continue
        out[name] = int(session.scalar(select(func.max(model.id))) or 0) + 1
    return out


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def import_bundle(
        self, bundle: ImportBundle, *, progress: ProgressFn | None = None, backup_first: bool = True
    ) -> ImportReport:
        """Load ``bundle`` in one transaction (after a backup); all or nothing.

        ``progress(done, total, message)`` is called between steps; an exception
        raised from it (the GUI's cancel) rolls everything back.
        """
        report = progress or (lambda _d, _t, _m: None)
        report(0, 0, "Checking the records")
        with self._ctx.read() as s:
            delegation_ids = dict(s.execute(select(Delegation.code, Delegation.id)).all())
        clean = validate_bundle(bundle, set(delegation_ids))
        saved: Path | None = None
        if backup_first:
            report(0, 0, "Backing up the store")
            saved = self._backup()
        counts = clean.counts()
        with self._ctx.write() as s:
            tags = set(s.scalars(select(AdmTag.code)))
            ids = first_ids(s)
            plan = plan_rows(clean, ids, delegation_ids, tags, utcnow())
            conn = s.connection()
            existing = search_index.index_row_count(conn)
            new_records = indexed_records(clean)
            rebuild = new_records >= max(REBUILD_MIN_RECORDS, existing // 4)
            if rebuild:
                search_index.drop_triggers(conn)
            total = sum(len(r) for r in plan.values())
            done = 0
            for name in TABLE_NAMES:
                rows = plan[name]
                table = _table(name)
                for start in range(0, len(rows), CHUNK):
                    chunk = rows[start : start + CHUNK]
                    report(done, total, f"Writing {name.replace('_', ' ')}s")
                    conn.execute(insert(table), chunk)
                    done += len(chunk)
            if rebuild:
                report(total, total, "Rebuilding the search index")
                search_index.rebuild(conn)
                search_index.create_triggers(conn)
            summary = ", ".join(f"{n:,} {label}" for label, n in counts.items() if n)
            self._ctx.audit(s, "import", "store", None, summary or "empty bundle")
            event_ids = tuple(r["id"] for r in plan["event"])
        self._ctx.publish(Change(ChangeKind.STORE))
        return ImportReport(counts, saved, event_ids)

    def _backup(self) -> Path:
        """The importer's backup: rotated and audited like every other backup."""
        from .backup_service import BackupService

        return BackupService(self._ctx).before_import().path
