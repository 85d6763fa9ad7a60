"""The demo moved to another week says its dates in words as it stores them (review s30
F18: moved to December, its outcomes still said "in January 2026" and "by 30 April 2026",
a Vietnamese note "tháng 1 năm 2026")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from adgsom_desktop.demo.shift_text import shift_text
from adgsom_desktop.services.room_records import ActionFilter

MEETING = date(2026, 1, 12)
TARGET = date(2026, 12, 6)  # the day the review tried the GUI demo
DAYS = (TARGET - MEETING).days


@pytest.mark.parametrize(
    ("written", "moved"),
    [
        ("the 6th ADGMIN in January 2026.", "the 6th ADGMIN in December 2026."),
        ("core set of KPIs by 30 April 2026", "core set of KPIs by 24 March 2027"),
        ("tại Hà Nội, tháng 1 năm 2026.", "tại Hà Nội, tháng 12 năm 2026."),
        ("tại Hà Nội vào ngày 15 tháng 1.", "tại Hà Nội vào ngày 9 tháng 12."),
        ("rev. 3 out on 14 January, 18:00", "rev. 3 out on 8 December, 18:00"),
        ("held on 15-16 January 2026 in Hà Nội", "held on 9-10 December 2026 in Hà Nội"),
        ("our non-paper of 19 December", "our non-paper of 12 November"),
        ("confirmed through ASEC by 31 March.", "confirmed through ASEC by 22 February."),
        ("deliver the list by June?", "deliver the list by May?"),
        ("final report now due Q2 2026", "final report now due Q2 2027"),
        # history stays; a recurring deadline and the verb "may" are not dates
        ("adopted at the 1st ADGMIN in January 2021", "adopted at the 1st ADGMIN in January 2021"),
        ("launched in September 2023", "launched in September 2023"),
        ("by 30 June of each year", "by 30 June of each year"),
        ("May read the revision as a concession", "May read the revision as a concession"),
        ("ADM 2026-2030 and ADGMIN 2026", "ADM 2026-2030 and ADGMIN 2026"),
    ],
)
def test_dates_in_words_move_with_the_week(written: str, moved: str) -> None:
    assert shift_text(written, DAYS, MEETING) == moved
    assert shift_text(written, 0, MEETING) == written


@pytest.mark.slow
def test_the_moved_demo_says_the_dates_it_stores(tmp_path: Path) -> None:
    from adgsom_desktop.demo.writer import write_demo
    from adgsom_desktop.services.container import Services

    path = tmp_path / "demo.adgsom"
    write_demo(path, shift_to=TARGET)
    s = Services.open(path)
    try:
        som6 = next(m for m in s.events.meetings() if m.label == "6th ADGSOM")
        assert som6.date == TARGET
        texts = [n.text for n in s.notes.notes(som6.id)]
        items = s.agenda.items(som6.id)
        outcomes = [o.text for o in s.outcomes.for_meeting(som6.id)]
        said = "\n".join(texts + outcomes)
        assert "January 2026" not in said and "30 April 2026" not in said
        assert "ngày 15 tháng 1" not in said and "ngày 9 tháng 12" in said
        som5 = next(m for m in s.events.meetings() if m.label == "5th ADGSOM")
        said5 = "\n".join(
            [n.text for n in s.notes.notes(som5.id)]
            + [o.text for o in s.outcomes.for_meeting(som5.id)]
        )
        assert "tháng 1 năm 2026" not in said5 and "tháng 12 năm 2026" in said5
        assert "in January 2026" not in said5 and "in December 2026" in said5
        assert "by 24 March 2027" in said
        # The action the outcome sets is due the day its words say.
        kpis = next(
            a
            for a in s.actions.actions(ActionFilter())
            if "key performance indicators" in a.text or "KPIs" in a.text
        )
        assert kpis.due_date == date(2026, 4, 30) + timedelta(days=DAYS)
        # A brief's saved versions say what the brief says (history and text move alike).
        for item in items:
            rec = s.positions.get(item.id)
            versions = s.positions.versions(item.id)
            if rec is not None and versions:
                assert versions[-1].content.objective == rec.content.objective
                assert versions[-1].content.fallbacks == rec.content.fallbacks
        # Overdue on the first day of the meeting: only the three actions carried over from
        # last year's meeting, which the 6th ADGSOM takes up.
        overdue = [
            a for a in s.actions.actions(ActionFilter(open_only=True, today=TARGET)) if a.overdue
        ]
        assert len(overdue) <= 3 and all(a.meeting_label == "5th ADGSOM" for a in overdue)
        assert s.audit.verify().ok
    finally:
        s.close()
