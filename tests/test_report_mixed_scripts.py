"""Mixed Latin + ASEAN-script lines drawn on the canvas shape like the script alone.

Headers, the cover's copy line and the watermark draw lines such as
"Copy 1 of 2 - issued to NAME" straight on the canvas.  The shaper guesses one
script per string, so the line must be cut into script runs first, or a Khmer
or Myanmar name is shaped with the Latin rules (coeng shown as a separate
mark, pre-base vowels after their consonant).  The glyphs drawn for each
script are also kept as a reference (tests/reference/canvas_mixed_glyphs.json;
regenerate after a deliberate change with ADGSOM_UPDATE_REFERENCES=1).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.pack_fixtures import pack_services, pdf_pages_text

__all__ = ["pack_services"]

REFERENCE = Path(__file__).resolve().parent / "reference" / "canvas_mixed_glyphs.json"
UPDATE = os.environ.get("ADGSOM_UPDATE_REFERENCES") == "1"

NAMES = {
    "vi": "Nguyễn Thị Hương",
    "th": "สมชาย ใจดี",
    "lo": "ສົມພອນ ແກ້ວມະນີ",
    "km": "កែវ សម្បត្តិ",
    "my": "မောင်မောင်",
}
PREFIX = "Copy 1 of 2 - issued to "


def _drawn_glyphs(text: str, size: float = 16) -> list[tuple[str, float, float, float, float]]:
    """(glyph name, x, x advance, x offset, y offset) of every glyph ``draw_text`` draws."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from adgsom_desktop.reports import fonts

    calls: list[tuple[float, str, str]] = []

    class Spy(Canvas):  # type: ignore[misc]
        def drawString(self, x: float, y: float, s: str, *a: Any, **kw: Any) -> None:
            calls.append((x, self._fontname, s))
            super().drawString(x, y, s, *a, **kw)

    canvas = Spy(io.BytesIO())
    fonts.draw_text(canvas, 0, 0, text, fonts.BOLD, size)
    out = []
    for x, font_name, s in calls:
        font = pdfmetrics.getFont(font_name)
        hb = font.hbFont(size)
        data = getattr(s, "__shapeData__", None)
        for k, ch in enumerate(s):
            name = hb.glyph_to_string(font.face.charToGlyph[ord(ch)])
            if data:
                d = data[k]
                adv, dx, dy = d.x_advance * size / 1000, d.x_offset, d.y_offset
            else:
                adv, dx, dy = pdfmetrics.stringWidth(ch, font_name, size), 0, 0
            out.append((name, round(x, 2), round(adv, 2), round(dx, 1), round(dy, 1)))
            x += adv
    return out


def test_a_name_in_a_mixed_line_is_drawn_exactly_as_alone() -> None:
    from adgsom_desktop.reports.fonts import BOLD, string_width

    start = round(string_width(PREFIX, BOLD, 16), 2)
    drawn: dict[str, list[Any]] = {}
    for code, name in NAMES.items():
        alone = _drawn_glyphs(name)
        mixed = _drawn_glyphs(PREFIX + name)
        tail = mixed[len(mixed) - len(alone) :]
        # the same glyphs with the same advances and mark offsets ...
        assert [g[:1] + g[2:] for g in tail] == [g[:1] + g[2:] for g in alone], code
        # ... placed right after the Latin prefix
        assert abs(tail[0][1] - (start + alone[0][1])) < 0.05, code
        assert (
            abs(string_width(PREFIX + name, BOLD, 16) - start - string_width(name, BOLD, 16)) < 0.05
        )
        assert not any(g[0] == ".notdef" for g in mixed), code
        drawn[code] = [list(g) for g in mixed]
    km = [g[0] for g in drawn["km"]]
    assert "uni17D2" not in km, "Khmer coeng drawn as a separate mark"
    # pre-base vowels come before their consonant: KA + E is drawn E, KA
    assert km.index("uni17C2") < km.index("uni1780")
    my = [g[0] for g in drawn["my"]]
    assert my.index("_e") < my.index("ma"), "Myanmar E drawn after its consonant"
    if UPDATE or not REFERENCE.exists():
        REFERENCE.write_text(json.dumps(drawn, ensure_ascii=False, indent=0), encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"reference written to {REFERENCE}: commit it")
    expected = json.loads(REFERENCE.read_text(encoding="utf-8"))
    for code in NAMES:
        assert drawn[code] == expected[code], f"the mixed {code} line is drawn differently"


def test_script_runs_keep_spaces_and_marks_with_their_script() -> None:
    from adgsom_desktop.reports.fonts import script_runs

    assert script_runs("Copy 1 - issued to កែវ សម្បត្តិ") == ["Copy 1 - issued to ", "កែវ សម្បត្តិ"]
    assert script_runs("ประเทศไทย (Thailand) ລາວ") == ["ประเทศไทย ", "(Thailand) ", "ລາວ"]
    assert script_runs(" မောင် A") == [" မောင် ", "A"]
    assert script_runs("Nguyễn") == ["Nguyễn"]  # decomposed marks stay with their letter
    assert script_runs("") == []


def test_the_pack_header_and_cover_shape_khmer_and_myanmar_names(
    pack_services: Any, tmp_path: Path
) -> None:
    """The user's path: a pack with Khmer and Myanmar recipients and a watermark."""
    from reportlab.pdfgen.canvas import Canvas

    from adgsom_desktop.reports import fonts
    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest

    km, my = NAMES["km"], NAMES["my"]
    result = pack_services.packs.issue(
        PackRequest(
            event_id=2,
            sections=(Section.COVER, Section.STEERING),
            recipients=(km, my),
            watermark=True,
        ),
        tmp_path / "pack.pdf",
    )
    for f, name in zip(result.files, (km, my), strict=True):
        buf = io.BytesIO()
        canvas = Canvas(buf)
        fonts.draw_text(canvas, 20, 500, name, fonts.BOLD, 16)
        canvas.save()
        alone = pdf_pages_text(buf.getvalue())[0].strip()
        pages = pdf_pages_text(f.path)
        assert len(pages) >= 2
        # the name drawn alone reads back as typed (logical order, coeng and all:
        # reports/text_layer.py); its glyphs are checked in the test above
        assert alone == name
        for n, text in enumerate(pages, 1):
            # header (and the cover's copy line): the name as drawn alone
            assert f"issued to \n{alone}" in text or f"issued to {alone}" in text, (n, text)
