"""Planning the rows of an import (pure: the ids come from the caller).

``plan_rows`` turns a validated bundle into every row to insert, table by table
in foreign-key order, with ids assigned from the next free id of each table
(``first_ids``) and the bundle's keys mapped to them.  The same rows as the
services write one by one: numbering, tags, first versions of positions and notes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import AdmTagKind, PositionStatus
from ..domain.models import (
    ActionItem,
    AdmTag,
    AgendaItem,
    DefensiveLine,
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
from ..domain.position_sections import TEXT_SECTIONS
from ..domain.tag_text import ADM2025, parse_tag
from ..errors import ValidationError
from .import_records import ImportBundle, NoteIn, PositionIn
from .numbering import NumberingInput, compute_numbers

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
ID_TABLES = tuple(name for name, model in _TABLES if model is not None)  # ids assigned here


def table(name: str) -> Any:
    """The SQLAlchemy table of ``name`` (one of ``TABLE_NAMES``)."""
    return item_adm_tag if name == "item_adm_tag" else dict(_TABLES)[name].__table__


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
    known_tags: dict[str, int],
    now: datetime,
    frameworks: dict[str, int] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Every row to insert, per table, with ids from ``first_ids`` upwards.

    ``known_tags``: the store's elements by label ("ADM2025 DO3") with their ids;
    ``frameworks``: framework ids by code (an unknown ADM 2025 Enabling Action is
    added under it).

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
    tag_ids = dict(known_tags)
    adm2025 = (frameworks or {}).get(ADM2025)
    for key, tags in item_tags.items():
        for label in tags:
            if label not in tag_ids:
                fw, code = parse_tag(label)
                if fw != ADM2025 or not code.startswith("EA ") or adm2025 is None:
                    raise ValidationError(
                        "Unknown tag {label}. Nothing was imported.", "tags", label=label
                    )
                tag_ids[label] = new_id("adm_tag")
                parent_label = f"{ADM2025} DO{int(code[3:].split('.')[0])}"
                rows["adm_tag"].append(
                    {
                        "id": tag_ids[label],
                        "framework_id": adm2025,
                        "code": code,
                        "kind": AdmTagKind.ENABLING_ACTION.value,
                        "parent_id": tag_ids.get(parent_label),
                        "title": "",
                        "ord": 1000,
                    }
                )
            rows["item_adm_tag"].append({"item_id": item_ids[key], "tag_id": tag_ids[label]})
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
            **{name: getattr(c, name) for name in TEXT_SECTIONS},  # domain/position_sections
            "stance": c.stance.value,
            "authority": c.authority.value,
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
        if model is None:
            continue
        out[name] = int(session.scalar(select(func.max(model.id))) or 0) + 1
    return out
