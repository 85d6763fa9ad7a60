"""The sections of a brief are listed once (``domain/position_sections.py``): the content
record, the stored columns, the checks, the diff and the conflict merge all follow it."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from adgsom_desktop.domain import position_sections as ps
from adgsom_desktop.domain.models import Position
from adgsom_desktop.services.brief_conflict import _LINES, _TEXT
from adgsom_desktop.services.position_diff import section_texts
from adgsom_desktop.services.position_records import PositionContent

PACKAGE = Path(__file__).resolve().parent.parent / "adgsom_desktop"


def test_the_content_record_holds_one_field_per_section_in_order() -> None:
    names = [f.name for f in fields(PositionContent) if f.name != "tags"]
    assert names == [s.name for s in ps.SECTIONS]


def test_every_text_section_is_a_column_of_the_position() -> None:
    columns = set(Position.__table__.columns.keys())
    assert set(ps.TEXT_SECTIONS) <= columns
    assert ps.LINE_SECTIONS == ("fallbacks", "points")


def test_the_diff_and_the_merge_walk_the_same_sections() -> None:
    rows = section_texts(PositionContent(objective="x"), lambda _p: "")
    keys = [k for k, *_ in rows]
    assert keys == [("owner" if s.name == "owner_id" else s.name) for s in ps.SECTIONS] + ["tags"]
    assert {label for _k, label, *_ in rows} >= {s.title for s in ps.SECTIONS}
    assert frozenset(ps.TEXT_SECTIONS) == _TEXT and frozenset(ps.LINE_SECTIONS) == _LINES


def test_no_other_module_lists_the_sections_again() -> None:
    """A list of section names written out (three or more in a row) lives only in domain/."""
    names = "|".join(ps.TEXT_SECTIONS + ps.LINE_SECTIONS)
    listing = re.compile(rf'(?:"(?:{names})",\s*){{3,}}')
    found = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.name != "position_sections.py"
        and "migrations" not in path.parts
        and listing.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
