"""A pack request checked and turned into what prints: the copies, their markings, the data.

``clean_request`` checks the user's choices against the store (classification,
sections, recipients, copies, the event); ``prepare_pack`` reads everything a
pack prints in the caller's read transaction and records, in ``issue_contents``,
which version of each position it printed (an addendum compares with those).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Audience
from ..domain.models import Event, PackIssue
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from ..i18n.printing import translate
from ..reports.audiences import sections_for
from ..reports.pack_model import Marking, PackData, Section
from .issue_copies import check_copies, copy_markings, copy_marks
from .pack_data import gather_pack
from .pack_records import MAX_NOTES_PER_ITEM, PackRequest
from .settings_service import our_code, read_settings

DEFAULT_TITLE = Audience.HOD.default_title
# The request as checked, what the pack prints, and the register's record of it.
Prepared = tuple[PackRequest, PackData, dict[str, Any]]


def check_classification(
    s: Session,
    value: str,
    *,
    base: str = "",
    audience: Audience | None = None,
    what: str = "A pack",
) -> str:
    """``value`` (or the default) as one of the store's classifications.

    ``base``: the classification of the pack an addendum belongs to.  The
    addendum takes it by default and may not be marked lower (the store lists
    its classifications from the lowest to the highest).  ``audience``: the
    document may not be marked below the audience's minimum (a store setting);
    without a value it takes the store's default or that minimum, the higher.
    """
    settings = read_settings(s)
    order = settings.classifications
    base = base.strip().upper()
    minimum = settings.minimum(audience) if audience is not None else ""
    fallback = base or settings.default_classification
    if minimum in order and (fallback not in order or order.index(fallback) < order.index(minimum)):
        fallback = minimum
    cls = clean_text(value or fallback, "Classification", max_len=60, single_line=True).upper()
    if base and cls == base:
        return cls  # the base pack's marking, even if since dropped from the list
    if base and base in order and cls in order and order.index(cls) < order.index(base):
        raise ValidationError(
            "An addendum cannot be marked {cls}: the pack it adds to is {base}. "
            "Mark it {base} or higher ({choices}).",
            "classification",
            cls=cls,
            base=base,
            choices=", ".join(order[order.index(base) :]),
        )
    if cls not in order:
        raise ValidationError(
            "{cls} is not one of this store's classifications: {choices} (Settings change "
            "the list).",
            "classification",
            cls=cls,
            choices=", ".join(order),
        )
    if audience is not None and minimum in order and order.index(cls) < order.index(minimum):
        raise ValidationError(
            "{what} for {reader} cannot be marked {cls}: this store issues it at {minimum} or "
            "higher ({choices}). Mark it higher, choose another audience, or change the "
            "minimum in Settings.",
            "classification",
            what=what,
            reader=audience.reader,
            cls=cls,
            minimum=minimum,
            choices=", ".join(order[order.index(minimum) :]),
        )
    return cls


def issued_as(s: Session, reference: str) -> PackIssue | None:
    """The issue (pack, addendum, brief or report) already registered under ``reference``."""
    return s.scalar(
        select(PackIssue)
        .where((PackIssue.reference == reference) | (PackIssue.provisional_reference == reference))
        .order_by(PackIssue.id)
        .limit(1)
    )


def first_free(s: Session, prefix: str, n: int) -> str:
    """``prefix`` numbered ``n`` (three digits), or the next number no issue holds yet."""
    while issued_as(s, f"{prefix}{n:03d}") is not None:
        n += 1
    return f"{prefix}{n:03d}"


def next_reference(s: Session, event: Event) -> str:
    """The next free reference of a pack of ``event`` ("VN/2025/BP-004"); on a trip copy,
    the next of its provisional series ("VN/2025/BP-T3-002", docs/ARCHITECTURE.md).
    A number the user gave an earlier pack by hand is skipped (each is issued once)."""
    from .register_travel import trip_series

    year = event.start_date.year if event.start_date else datetime.now().year
    ours = our_code(s) or "BP"
    series = trip_series(s)
    if series:
        prefix = f"{ours}/{year}/BP-{series}-"
        taken = s.scalar(
            select(func.count(PackIssue.id)).where(
                PackIssue.event_id == event.id,
                PackIssue.addendum_no.is_(None),
                PackIssue.provisional_reference.startswith(prefix, autoescape=True),
            )
        )
        return first_free(s, prefix, (taken or 0) + 1)
    count = s.scalar(
        select(func.count(PackIssue.id)).where(
            PackIssue.event_id == event.id,
            PackIssue.addendum_no.is_(None),
            PackIssue.document == "pack",  # a meeting report takes no pack number
        )
    )
    return first_free(s, f"{ours}/{year}/BP-", (count or 0) + 1)


def refuse_if_issued(s: Session, reference: str, next_free: Callable[[], str]) -> None:
    """Refuse a number already issued: one number, one issue (the register matches a copy
    returned or destroyed to its issue by it). ``next_free`` names the number to offer;
    packs, Word briefs and reports to capital each count their own."""
    taken = issued_as(s, reference) if reference else None
    if taken is None:
        return
    raise ValidationError(
        "{reference} was already issued (issue {issue_id}, for {audience_reader}): each "
        "issue takes a number of its own. Give another reference, or leave it empty for the "
        "next free one ({next_free}). Nothing was built.",
        "reference",
        reference=reference,
        issue_id=taken.id,
        audience_reader=taken.audience.reader,
        next_free=next_free(),
    )


def clean_request(s: Session, r: PackRequest) -> PackRequest:
    """``r`` with every choice checked and cleaned, or ``ValidationError``."""
    base = ""
    audience = r.audience or Audience.HOD
    if r.addendum_to is not None:
        issue = s.get(PackIssue, r.addendum_to)
        if issue is None:
            raise NotFoundError(
                "There is no issued pack {base_issue} in the register.",
                base_issue=r.addendum_to,
            )
        if issue.document != "pack":
            raise ValidationError(
                "Issue {base_issue} ({issue_reference}) is a meeting report: an addendum "
                "is to a briefing pack.",
                "addendum",
                base_issue=r.addendum_to,
                issue_reference=issue.reference,
            )
        base = issue.classification
        if r.audience is not None and r.audience is not issue.audience:
            raise ValidationError(
                "An addendum keeps its pack's audience: {issue_reference} was issued for "
                "{audience_reader}, not {audience_reader2}.",
                "audience",
                issue_reference=issue.reference,
                audience_reader=issue.audience.reader,
                audience_reader2=r.audience.reader,
            )
        audience = issue.audience
    cls = check_classification(s, r.classification, base=base, audience=audience)
    sections = audience_sections(audience, r.sections)
    recipients, copies = check_copies(r.recipients, r.copies, r.watermark)
    if not 0 <= r.notes_per_item <= MAX_NOTES_PER_ITEM:
        raise ValidationError(
            "Notes per item must be between 0 and {max_notes_per_item:,}.",
            "notes_per_item",
            max_notes_per_item=MAX_NOTES_PER_ITEM,
        )
    event = s.get(Event, r.event_id)
    if event is None:
        raise NotFoundError("There is no event {r_event_id} in this store.", r_event_id=r.event_id)
    reference = clean_text(r.reference, "Brief reference", max_len=100, single_line=True)
    refuse_if_issued(s, reference, lambda: next_reference(s, event))
    title = clean_text(r.title, "Title", max_len=300, single_line=True)
    return replace(
        r,
        audience=audience,
        title=title or translate("Labels", audience.default_title),
        classification=cls,
        sections=sections,
        recipients=recipients,
        copies=copies,
        reference=reference,
    )


def audience_sections(
    audience: Audience, chosen: tuple[Section, ...] | None
) -> tuple[Section, ...]:
    """The sections of a pack for ``audience``: all it may have, or the chosen ones if
    it may have them all (a choice only narrows an audience: ``reports/audiences.py``)."""
    allowed = sections_for(audience)
    if chosen is None:
        return allowed
    refused = [x for x in Section if x in set(chosen) and x not in allowed]
    if refused:
        raise ValidationError(
            "A pack for {reader} cannot hold {refused}. Its sections: {allowed}.",
            "sections",
            reader=audience.reader,
            refused=", ".join(x.label.lower() for x in refused),
            allowed=", ".join(x.label.lower() for x in allowed),
        )
    sections = tuple(x for x in allowed if x in set(chosen))
    if not sections:
        raise ValidationError("Choose at least one section for the pack.", "sections")
    return sections


def markings(r: PackRequest, data: PackData, preview: bool = False) -> list[Marking]:
    """What each copy prints on every page (the preview: the first copy, watermarked)."""
    return copy_markings(
        copy_marks(r.recipients, r.copies),
        classification=r.classification,
        reference=r.reference,
        footer=data.event_title if not data.addendum_no else f"Addendum {data.addendum_no}",
        watermark=r.watermark,
        preview=preview,
    )


def prepare_pack(s: Session, r: PackRequest, issued_by: str) -> Prepared:
    """Everything a (cleaned, not addendum) request prints, read in ``s``."""
    data, versions = gather_pack(
        s,
        event_id=r.event_id,
        meeting_ids=r.meeting_ids,
        item_ids=r.item_ids,
        title=r.title,
        issued_by=issued_by,
        notes_per_item=r.notes_per_item,
    )
    data = replace(data, sections=r.sections or ())
    if not r.reference:
        r = replace(r, reference=next_reference(s, s.get_one(Event, r.event_id)))
    contents = issue_contents(r, versions)
    return r, data, contents


def issue_contents(r: PackRequest, versions: dict[int, int]) -> dict[str, Any]:
    """The register's record of what an issue holds (``versions``: item id -> position version)."""
    return {
        "event_id": r.event_id,
        "meetings": list(r.meeting_ids),
        "item_ids": list(r.item_ids) if r.item_ids is not None else None,
        "sections": [str(x) for x in r.sections or ()],
        "audience": str(r.audience or Audience.HOD),
        "items": {str(k): v for k, v in versions.items()},
        "recipients": list(r.recipients),
        "watermark": r.watermark,
        "one_file": r.one_file,
    }
