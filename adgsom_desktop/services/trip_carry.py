"""The negotiated texts and the cooperation projects a trip copy carries, read-only (#17,
review s32 H24).

The merge engine does not merge these parts (``sync/kinds``).  A trip copy carries them
all the same, so that at the venue the head follows the negotiation and prints the packs
and reports with "Negotiated texts" and "Cooperation with partners"; but nobody changes
them there (``refuse_here``): each is changed in the team store only, and each Bring back
replaces the copy's with the team store's as they are then (``write_carried``).

* texts: the outcome documents of the meetings the copy holds (the event's and those it
  builds on), with every revision, paragraph, origin, bracket, tracked proposal and our
  amendments;
* projects: every project of the team store (a partner's whole portfolio prints in a
  pack, an item's projects include those sharing an ADM tag with it) with its leads,
  outcomes, milestones, focal points, documents and progress, and the links of the
  copy's items to them.

Rows keep their ids (the copy's tables of these parts hold nothing else); links outside
the part travel as what names them in both stores: a meeting or an item by its UUID, a
delegation by its code, an ADM tag by its label.  A link the copy cannot hold is left
out (a nullable one) or the row with it (a lead, an outcome, an item's link).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from ..domain.base import Base
from ..domain.models import AdmTag, AgendaItem, Delegation, Framework, Meeting
from ..domain.settings import TRIP_OF
from ..domain.tag_text import tag_label
from ..errors import ValidationError
from .trip_scope import PARTS

# the tables of the two parts, as ``trip_scope.PARTS`` names them (parents first)
TEXT_TABLES = next(p.tables for p in PARTS if p.key == "texts")
PROJECT_TABLES = next(p.tables for p in PARTS if p.key == "projects")
CARRIED = {"texts": TEXT_TABLES, "projects": PROJECT_TABLES}
CARRIED_PARTS = tuple(CARRIED)  # the keys of ``trip_scope.PARTS`` they are
# store setting of a trip copy: the parts it carries read-only (JSON list).  Nothing of the
# laptop's changes them there (each write is refused); what the database does to them when
# an item or meeting is deleted is no change to name, and never stops the refresh.
TRIP_READ_ONLY = "trip_read_only"
_WORDS = {"texts": "negotiated texts", "projects": "cooperation projects"}

# columns linking outside the part: how each travels
_MEETING = {"meeting_id"}
_ITEM = {"item_id"}
_DELEGATION = {"delegation_id", "partner_id"}
_TAG = {"tag_id"}


@dataclass
class Carried:
    """The rows of the carried parts, their outside links named portably."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    delegations: dict[str, dict[str, Any]] = field(default_factory=dict)
    meeting_labels: dict[str, str] = field(default_factory=dict)  # uuid -> its name
    # the frameworks and their elements (a project's outcomes name them): a copy lacking
    # one gets it, as the team store has it
    frameworks: list[dict[str, Any]] = field(default_factory=list)
    elements: list[dict[str, Any]] = field(default_factory=list)


def _t(name: str) -> Table:
    return Base.metadata.tables[name]


def _all(session: Session, name: str, where: Any = None) -> list[dict[str, Any]]:
    table = _t(name)
    stmt = select(table)
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(*table.primary_key.columns)
    return [dict(r._mapping) for r in session.execute(stmt)]


def _pairs(session: Session, stmt: Any) -> dict[Any, Any]:
    return {a: b for a, b in session.execute(stmt)}


def read_carried(session: Session, meeting_ids: Sequence[int]) -> Carried:
    """The team store's rows of the parts, for a copy holding these meetings."""
    out = Carried()
    meetings = _pairs(session, select(Meeting.id, Meeting.uuid).where(Meeting.id.in_(meeting_ids)))
    docs = _all(session, "outcome_document", _t("outcome_document").c.meeting_id.in_(meetings))
    doc_ids = [d["id"] for d in docs]
    revs = _all(session, "document_revision", _t("document_revision").c.document_id.in_(doc_ids))
    paras = _all(
        session, "text_paragraph", _t("text_paragraph").c.revision_id.in_([r["id"] for r in revs])
    )
    para_ids = [p["id"] for p in paras]
    out.rows = {
        "outcome_document": docs,
        "document_revision": revs,
        "text_paragraph": paras,
        "paragraph_origin": _all(
            session, "paragraph_origin", _t("paragraph_origin").c.paragraph_id.in_(para_ids)
        ),
        "text_bracket": _all(
            session, "text_bracket", _t("text_bracket").c.paragraph_id.in_(para_ids)
        ),
        "text_proposal": _all(
            session, "text_proposal", _t("text_proposal").c.paragraph_id.in_(para_ids)
        ),
        "our_amendment": _all(
            session, "our_amendment", _t("our_amendment").c.document_id.in_(doc_ids)
        ),
    }
    for name in PROJECT_TABLES:
        out.rows[name] = _all(session, name)
    items = select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meetings))
    out.rows["item_project"] = _all(
        session, "item_project", _t("item_project").c.item_id.in_(items)
    )
    _name_links(session, out)
    _read_frameworks(session, out)
    return out


def _read_frameworks(session: Session, out: Carried) -> None:
    codes = _pairs(session, select(Framework.id, Framework.code))
    labels = {
        i: tag_label(codes[f], c)
        for i, f, c in session.execute(select(AdmTag.id, AdmTag.framework_id, AdmTag.code))
    }
    for f in _all(session, "framework"):
        f["parent_id"] = codes.get(f["parent_id"])
        out.frameworks.append(f)
    for t in _all(session, "adm_tag"):
        t["framework_id"] = codes[t["framework_id"]]
        t["parent_id"] = labels.get(t["parent_id"])
        out.elements.append(t)


def _ensure_frameworks(session: Session, carried: Carried) -> dict[str, int]:
    """The frameworks and elements this copy lacks, added (never changed); every
    element's id by its label."""
    codes = _pairs(session, select(Framework.code, Framework.id))
    for f in carried.frameworks:
        if f["code"] not in codes:
            row = {k: v for k, v in f.items() if k != "id"}
            row["parent_id"] = codes.get(row["parent_id"])
            codes[f["code"]] = session.execute(
                insert(_t("framework")).values(row).returning(_t("framework").c.id)
            ).scalar_one()
    tags = {
        tag_label(fw, code): i
        for i, fw, code in session.execute(
            select(AdmTag.id, Framework.code, AdmTag.code).join(
                Framework, Framework.id == AdmTag.framework_id
            )
        )
    }
    added = []
    for t in carried.elements:
        label = tag_label(t["framework_id"], t["code"])
        if label in tags or t["framework_id"] not in codes:
            continue
        row = {k: v for k, v in t.items() if k != "id"}
        row["framework_id"], row["parent_id"] = codes[t["framework_id"]], None
        tags[label] = session.execute(
            insert(_t("adm_tag")).values(row).returning(_t("adm_tag").c.id)
        ).scalar_one()
        added.append((label, t["parent_id"]))
    for label, parent in added:  # their parents, once all are there
        if parent in tags:
            session.execute(
                _t("adm_tag")
                .update()
                .where(_t("adm_tag").c.id == tags[label])
                .values(parent_id=tags[parent])
            )
    return tags


def _name_links(session: Session, out: Carried) -> None:
    """Outside links as UUIDs, codes and labels (in place)."""
    rows = [r for table in out.rows.values() for r in table]
    wanted: dict[str, set[int]] = {
        "meeting": set(),
        "item": set(),
        "delegation": set(),
        "tag": set(),
    }
    for r in rows:
        for col, value in r.items():
            if value is None:
                continue
            if col in _MEETING:
                wanted["meeting"].add(value)
            elif col in _ITEM:
                wanted["item"].add(value)
            elif col in _DELEGATION:
                wanted["delegation"].add(value)
            elif col in _TAG:
                wanted["tag"].add(value)
    meetings = {
        i: (u, t)
        for i, u, t in session.execute(
            select(Meeting.id, Meeting.uuid, Meeting.short_title).where(
                Meeting.id.in_(wanted["meeting"])
            )
        )
    }
    items = _pairs(
        session, select(AgendaItem.id, AgendaItem.uuid).where(AgendaItem.id.in_(wanted["item"]))
    )
    codes = _pairs(
        session,
        select(Delegation.id, Delegation.code).where(Delegation.id.in_(wanted["delegation"])),
    )
    tags = {
        i: tag_label(fw, code)
        for i, fw, code in session.execute(
            select(AdmTag.id, Framework.code, AdmTag.code)
            .join(Framework, Framework.id == AdmTag.framework_id)
            .where(AdmTag.id.in_(wanted["tag"]))
        )
    }
    titles = _pairs(
        session, select(Meeting.uuid, Meeting.title).where(Meeting.id.in_(wanted["meeting"]))
    )
    for r in rows:
        for col in list(r):
            value = r[col]
            if value is None:
                continue
            if col in _MEETING:
                uuid = meetings.get(value, (None, ""))[0]
                r[col] = uuid
                if uuid:
                    out.meeting_labels[uuid] = meetings[value][1] or titles.get(uuid) or ""
            elif col in _ITEM:
                r[col] = items.get(value)
            elif col in _DELEGATION:
                r[col] = codes.get(value)
            elif col in _TAG:
                r[col] = tags.get(value)
    from .sync.canon import delegations_of

    out.delegations = delegations_of(session, set(codes.values()))


def write_carried(session: Session, carried: Carried, parts: Collection[str]) -> None:
    """The copy's rows of ``parts`` replaced by ``carried``'s (a trip copy's own session)."""
    from ..storage.driver_sync import insert_many
    from .sync.writers import Ids, ensure_delegations

    ids = Ids(session)
    ensure_delegations(session, carried.delegations, ids)
    meetings = _pairs(session, select(Meeting.uuid, Meeting.id))
    item_uuids = {r.get("item_id") for t in carried.rows.values() for r in t if r.get("item_id")}
    items = _pairs(
        session, select(AgendaItem.uuid, AgendaItem.id).where(AgendaItem.uuid.in_(item_uuids))
    )
    tags = _ensure_frameworks(session, carried)
    required = {("project_lead", "delegation_id"), ("project_outcome", "tag_id"),
                ("item_project", "item_id"), ("outcome_document", "meeting_id")}  # fmt: skip
    for part in parts:
        tables = CARRIED[part]
        for name in reversed(tables):
            session.execute(delete(_t(name)))
        for name in tables:
            rows = []
            for raw in carried.rows.get(name, ()):
                r = dict(raw)
                keep = True
                for col, value in raw.items():
                    if value is None:
                        continue
                    if col in _MEETING:
                        r[col] = meetings.get(value)
                        if r[col] is None and name == "project_progress":
                            r["meeting_label"] = r.get("meeting_label") or (
                                carried.meeting_labels.get(value, "")
                            )
                    elif col in _ITEM:
                        r[col] = items.get(value)
                    elif col in _DELEGATION:
                        r[col] = ids.codes.get(value)
                    elif col in _TAG:
                        r[col] = tags.get(value)
                    if r[col] is None and (name, col) in required:
                        keep = False
                if keep:
                    rows.append(r)
            # one executemany on the transaction's connection (``driver_sync``): every
            # row states every column, so the shape never needs a default computed here
            insert_many(session.connection(), _t(name), rows)


def refresh(
    session: Session, carried: Carried, parts: Collection[str], event_uuid: str
) -> tuple[str, ...]:
    """Write ``parts`` (``write_carried``) and remember them as the copy now holds them
    (``trip_scope.remember``: a later change on the laptop is still named); the parts
    whose rows changed, in words."""
    import json

    from ..domain.models import StoreSetting
    from .trip_scope import TRIP_UNCARRIED, fingerprints

    before = fingerprints(session, event_uuid, parts)
    write_carried(session, carried, parts)
    session.flush()
    after = fingerprints(session, event_uuid, parts)
    marked = session.get(StoreSetting, TRIP_READ_ONLY)
    held = set(json.loads(marked.value or "[]")) if marked is not None else set()
    value = json.dumps(sorted(held | set(parts)))
    if marked is None:
        session.add(StoreSetting(key=TRIP_READ_ONLY, value=value))
    else:
        marked.value = value
    row = session.get(StoreSetting, TRIP_UNCARRIED)
    if row is not None:  # at take, ``remember`` writes them all next
        known = dict(json.loads(row.value or "{}"))
        known.update({p: after[p] for p in parts})
        row.value = json.dumps(known, sort_keys=True)
    return tuple(_WORDS[p] for p in parts if before[p] != after[p])


def refuse_here(session: Session, part: str) -> None:
    """``ValidationError`` in a trip copy, before anything is written: the part is read
    here and changed in the team store (``part``: "texts" or "projects")."""
    if not is_trip_copy(session):
        return
    if part == "texts":
        raise ValidationError(
            "This is a trip copy: negotiated texts are changed in the team store (import "
            "the revision, enter our amendments and the paragraphs' states there); the copy "
            "shows them as they were when it was taken or last brought back. Nothing was "
            "changed."
        )
    raise ValidationError(
        "This is a trip copy: cooperation projects are changed in the team store (their "
        "progress, links to items and imports too); the copy shows them as they were when "
        "it was taken or last brought back. Nothing was changed."
    )


def is_trip_copy(session: Session) -> bool:
    from ..domain.models import StoreSetting

    return bool(session.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_OF)))
