"""The story of a briefing pack: cover, contents, steering brief, programme,
agendas, item briefs, stance map, open actions, personality notes, annexes.

The sections' flowables are made by role: ``pack_front`` (cover, contents),
``pack_programme`` (programme, timetables, agendas), ``pack_items`` (briefs,
withdrawn items, cooperation), ``pack_reference`` (stance map, actions, personality
notes, annexes) and ``pack_pages`` (distribution list, receipt, page marks)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import NextPageTemplate, PageBreak, PageBreakIfNotEmpty, Spacer

from ..i18n.printing import translate
from .compilation import texts_section
from .pack_front import contents, cover, h1
from .pack_items import briefs, cooperation, removed
from .pack_model import PackData, Section
from .pack_pages import DraftMark, distribution, receipt
from .pack_programme import agenda, programme
from .pack_reference import actions, annexes, personalities, stance_map
from .page_geometry import PORTRAIT_W
from .styles import para, rich


def pack_story(
    data: PackData, classification: str, reference: str, copy_line: Any = None
) -> list[Any]:
    s = set(data.sections)
    story: list[Any] = []
    if Section.COVER in s:
        story += cover(data, classification, reference, copy_line)
    if Section.DISTRIBUTION in s:
        story += distribution(data)
    if Section.CONTENTS in s:
        story += contents()
    if Section.STEERING in s and not data.addendum_no:
        story += [
            h1(translate("Pack", "Steering brief"), "steering"),
            *(
                rich(data.steering_brief)
                or [para(translate("Pack", "No steering brief recorded."), "small")]
            ),
            PageBreak(),
        ]
    if Section.PROGRAMME in s and data.meetings:
        story += programme(data)
    if Section.AGENDA in s and data.meetings:
        story.append(h1(translate("Pack", "Agendas"), "agendas"))
        for n, m in enumerate(data.meetings):
            if n:
                story.append(Spacer(1, 10))
            story += agenda(m, f"agenda-m{m.id}")
        story.append(PageBreak())
    if data.addendum_no:
        story += removed(data)
    shown = any(b.status is not None or b.proposals is not None for b in data.cooperation)
    if Section.COOPERATION in s and shown and not data.addendum_no:
        story += cooperation(data)
    if Section.BRIEFS in s:
        story += briefs(data)
    if Section.TEXTS in s and data.texts and not data.addendum_no:
        story += texts_section(data.texts, PORTRAIT_W)
    if Section.STANCE_MAP in s:
        story += stance_map(data)
    if Section.ACTIONS in s:
        story += actions(data)
    if Section.PERSONALITIES in s and data.personalities:
        story += personalities(data)
    if Section.ANNEXES in s:
        story += annexes(data)
    if Section.RECEIPT in s:
        # A page break followed only by zero-size marks (the briefs end with DRAFT off)
        # already starts a page: another break would leave it blank (reportlab counts the
        # mark as content).
        drawn = [f for f in story if not getattr(f, "zero_size", False)]
        fresh = bool(drawn) and isinstance(drawn[-1], PageBreak)
        story += [
            *([] if fresh else [PageBreakIfNotEmpty()]),
            *receipt(data, classification, reference),
        ]
    if not story:
        story.append(para(translate("Pack", "Nothing was selected for this pack."), "small"))
    # A trailing page break would print a blank last page.
    while story and isinstance(story[-1], (PageBreak, NextPageTemplate, DraftMark)):
        story.pop()
    return story
