"""An addendum to an issued pack: only the items whose position changed since it printed.

The register's record of an issue names the position version printed for each
item (``pack_request.issue_contents``); an addendum compares them with the
positions now, briefs the changed items (with a note of the versions) and names
the items deleted since.  An item changed only in parts the pack's audience may not
read is left out of its addendum (docs/packs.md).  Addenda are numbered per root pack ("REF/Add.2").
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Audience
from ..domain.models import AgendaItem, PackIssue, Position
from ..domain.timeutil import long_date_time
from ..errors import NotFoundError, ValidationError
from ..reports.audiences import PACK, part
from ..reports.pack_model import ChangedSection, Section
from .pack_changes import changed_sections
from .pack_data import gather_pack
from .pack_records import PackRequest
from .pack_register import local
from .pack_request import Prepared, issue_contents

ADDENDUM_SECTIONS = (Section.COVER, Section.CONTENTS, Section.BRIEFS)


def base_issue(s: Session, issue_id: int) -> tuple[PackIssue, PackIssue]:
    """The issue ``issue_id`` and the pack at the root of its addenda (itself if none)."""
    base = s.get(PackIssue, issue_id)
    if base is None:
        raise NotFoundError(
            "There is no issued pack {issue_id} in the register.", issue_id=issue_id
        )
    root = base
    if base.addendum_no is not None and base.based_on_issue_id is not None:
        root = s.get(PackIssue, base.based_on_issue_id) or base
    return base, root


def changes_since(s: Session, base: PackIssue) -> tuple[list[tuple[int, int, int]], list[int]]:
    """(item id, version printed, version now) of the changed items, and the deleted items."""
    printed = {int(k): int(v) for k, v in (base.contents or {}).get("items", {}).items()}
    current = dict(
        s.execute(
            select(Position.item_id, Position.version_no).where(Position.item_id.in_(list(printed)))
        ).all()
    )
    existing = set(s.scalars(select(AgendaItem.id).where(AgendaItem.id.in_(list(printed)))))
    changed = [
        (i, v, current.get(i, 0))
        for i, v in printed.items()
        if i in existing and current.get(i, 0) != v
    ]
    removed = [i for i in printed if i not in existing]
    return changed, removed


def latest_issue(s: Session, base: PackIssue, root: PackIssue) -> PackIssue:
    """The newest issue of ``root``'s chain (the pack or its last addendum): an addendum
    lists only what changed since then (Add.2 only what changed after Add.1)."""
    newest = s.scalar(
        select(PackIssue)
        .where(PackIssue.based_on_issue_id == root.id, PackIssue.addendum_no.is_not(None))
        .order_by(PackIssue.addendum_no.desc())
        .limit(1)
    )
    return newest if newest is not None else base


def addendum_reference(s: Session, root: PackIssue, number: int) -> str:
    """ "TH/2026/BP-004/Add.2"; on a trip copy, an addendum to a pack whose number is final
    takes the trip's series ("…/BP-004/Add.T3-2"): the team store may number its own Add.2."""
    from .register_travel import trip_series

    series = trip_series(s)
    provisional = root.provisional_reference and root.provisional_reference == root.reference
    if series and not provisional:
        return f"{root.reference}/Add.{series}-{number}"
    return f"{root.reference}/Add.{number}"


def _readable(
    s: Session, changed: list[tuple[int, int, int]], audience: Audience
) -> dict[int, tuple[ChangedSection, ...]]:
    """The changed items worth an addendum for ``audience``, with their changed sections:
    an item whose changes are all in parts the audience may not read is left out (telling
    it "updated" would say that a hidden part of our position moved).  An item whose
    change cannot be named goes only to those who read everything."""
    readable = {}
    for item_id, printed, now in changed:
        sections = changed_sections(s, item_id, printed, now)
        seen = tuple(c for c in sections if part(f"{PACK}.{c.part}").allows(audience))
        if seen or (not sections and audience is Audience.HOD):
            readable[item_id] = seen
    return readable


def prepare_addendum(s: Session, r: PackRequest, issued_by: str) -> Prepared:
    """What an addendum to ``r.addendum_to`` prints, read in ``s`` (``r`` is cleaned)."""
    assert r.addendum_to is not None
    base, root = base_issue(s, r.addendum_to)
    base = latest_issue(s, base, root)
    if not r.recipients and r.copies == 1:  # the copies go to the pack's holders
        holders = tuple(str(x) for x in (base.contents or {}).get("recipients", []) if x)
        if holders:
            watermark = bool((base.contents or {}).get("watermark")) or r.watermark
            r = replace(r, recipients=holders, copies=len(holders), watermark=watermark)
    changed, removed = changes_since(s, base)
    if not changed and not removed:
        raise ValidationError(
            "No position has changed since {base_reference} was issued: no addendum is needed.",
            "addendum",
            base_reference=base.reference,
        )
    audience = base.audience  # an addendum keeps its pack's audience
    readable = _readable(s, changed, audience)
    changed = [c for c in changed if c[0] in readable]
    if not changed and not removed:
        raise ValidationError(
            "Nothing that {audience_label} may read has changed since {base_reference} was "
            "issued: no addendum is needed.",
            "addendum",
            base_reference=base.reference,
            audience_label=audience.label.lower(),
        )
    contents = base.contents or {}
    event_id = int(contents.get("event_id") or base.event_id or r.event_id)
    item_ids = tuple(i for i, _old, _new in changed)
    number = 1 + int(
        s.scalar(
            select(func.max(PackIssue.addendum_no)).where(PackIssue.based_on_issue_id == root.id)
        )
        or 0
    )
    meetings = tuple(int(m) for m in contents.get("meetings", []))
    data, versions = gather_pack(
        s,
        event_id=event_id,
        meeting_ids=meetings,
        item_ids=item_ids,
        title=base.title or r.title,
        issued_by=issued_by,
        notes_per_item=r.notes_per_item,
    )
    from ..reports.pack_pages import change_note  # reportlab: loaded when a pack is built

    old = {i: (v0, v1) for i, v0, v1 in changed}
    briefs = tuple(
        replace(
            b,
            changes=readable[b.item_id],
            change_note=change_note(base.reference, *old[b.item_id], audience),
        )
        for b in data.briefs
    )
    data = replace(
        data,
        briefs=briefs,
        sections=ADDENDUM_SECTIONS,
        addendum_no=number,
        addendum_to=f"{base.reference} issued {long_date_time(local(base.issued_at))}",
        addendum_removed=tuple(f"item {i} (deleted from the agenda)" for i in removed),
        title=data.title,
    )
    reference = r.reference or addendum_reference(s, root, number)
    r = replace(
        r,
        event_id=event_id,
        meeting_ids=meetings,
        item_ids=item_ids,
        audience=audience,
        sections=ADDENDUM_SECTIONS,
        reference=reference,
        title=data.title,
    )
    full = {int(k): int(v) for k, v in contents.get("items", {}).items()}
    full.update(versions)
    for i in removed:
        full.pop(i, None)
    pack_contents = issue_contents(r, full)
    pack_contents["addendum_items"] = [str(i) for i in item_ids]
    pack_contents["root_issue_id"] = root.id
    pack_contents["addendum_no"] = number
    return r, data, pack_contents
