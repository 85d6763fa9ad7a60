"""The item sections of a briefing pack: the item briefs by meeting, the items
withdrawn since the pack (an addendum) and the cooperation programmes."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import PageBreak, Spacer

from ..i18n.printing import translate
from .brief_story import brief_flowables
from .headings import Heading
from .pack_front import h1
from .pack_model import PackData
from .pack_pages import DraftMark
from .page_geometry import PORTRAIT_W
from .styles import esc, para, styles


def briefs(data: PackData) -> list[Any]:
    out: list[Any] = []
    by_meeting: dict[int, list[Any]] = {}
    order: list[int] = []
    for b in data.briefs:
        if b.meeting_id not in by_meeting:
            by_meeting[b.meeting_id] = []
            order.append(b.meeting_id)
        by_meeting[b.meeting_id].append(b)
    labels = {m.id: m.label for m in data.meetings}
    title = (
        translate("Pack", "Item briefs")
        if not data.addendum_no
        else translate("Pack", "Changed item briefs")
    )
    first = True
    for mid in order:
        items = by_meeting[mid]
        meeting = labels.get(mid) or items[0].meeting_label
        for n, b in enumerate(items):
            out.append(PageBreak() if not first else Spacer(0, 0))
            out.append(DraftMark(b.draft))  # at the top of the brief's first page
            if first:
                out.append(h1(title, "briefs"))
                first = False
            if n == 0:
                out.append(
                    Heading(
                        f"{esc(meeting)}",
                        styles()["label"],
                        key=f"briefs-m{mid}",
                        level=1,
                        toc_text=meeting,
                        outline_text=meeting,
                    )
                )
            out += brief_flowables(b, PORTRAIT_W, f"brief-i{b.item_id}")
    if out:
        out += [PageBreak(), DraftMark(False)]
    return out


def removed(data: PackData) -> list[Any]:
    if not data.addendum_removed:
        return []
    out: list[Any] = [h1(translate("Pack", "Items withdrawn since the pack"), "withdrawn")]
    out += [para(f"• {x}") for x in data.addendum_removed]
    return [*out, PageBreak()]


def cooperation(data: PackData) -> list[Any]:
    """Per meeting with a partner: "Cooperation with <partner>: status of projects" (table
    and timeline), or the proposals for the next phase with our position."""
    from .tracker_story import partner_section, proposals_section

    out: list[Any] = [h1(translate("Pack", "Cooperation programmes"), "cooperation")]
    for block in data.cooperation:
        if block.status is None and block.proposals is None:
            continue  # nothing of it for this audience
        out.append(para(translate("Pack", "For the %s") % block.meeting_label, "small"))
        if block.status is not None:
            out += partner_section(block.status, f"coop-m{block.meeting_id}", level=1)
        if block.proposals is not None:
            out += proposals_section(
                block.proposals,
                f"coop-p{block.meeting_id}",
                level=1,
                partner=block.partner,
            )
        out.append(Spacer(1, 10))
    return [*out, PageBreak()]
