"""Every ASEAN script prints right: shaping, line breaks, no empty boxes, the Khmer rise fix.

Known lines of each script are rendered and compared with committed
references, so a library or font update cannot silently change them:
- the glyphs and positions the shaper produces (tests/reference/script_glyphs.json),
- the rendered page (tests/reference/script_lines.png, via pdftoppm, with a tolerance).
Regenerate both after a deliberate change with ADGSOM_UPDATE_REFERENCES=1.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REFERENCE = Path(__file__).resolve().parent / "reference"
UPDATE = os.environ.get("ADGSOM_UPDATE_REFERENCES") == "1"

LINES = {
    "vi": "Việt Nam hoan nghênh Kế hoạch tổng thể số hóa ASEAN 2026-2030, Đà Nẵng.",
    "th": "ประเทศไทยสนับสนุนร่างแผนแม่บทดิจิทัลอาเซียน พ.ศ. 2569",
    "lo": "ສປປ ລາວສະໜັບສະໜູນແຜນແມ່ບົດດິຈິຕອນອາຊຽນ",
    "km": "កម្ពុជាគាំទ្រផែនការមេឌីជីថលអាស៊ានឆ្នាំ២០២៦ ហើយស្នើឱ្យមាន។ Cambodia.",
    "my": "မြန်မာနိုင်ငံသည် အာဆီယံဒီဂျစ်တယ်မဟာစီမံကိန်းကို ထောက်ခံသည်။",
}


PLUS_THREE = "Counterparts: 박지훈 (Park Ji-hoon, ROK), 森本健 (Morimoto Ken, Japan)."


def _shape(text: str) -> list[list[Any]]:
    """(glyph name, cluster, x advance, y offset) of every glyph of ``text``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import shapeStr

    from adgsom_desktop.reports.fonts import REGULAR, register_fonts

    register_fonts()
    shaped = shapeStr(text, REGULAR, 10, force=True)
    font = pdfmetrics.getFont(REGULAR)
    hb = font.hbFont(10)
    out = []
    for ch, d in zip(shaped, shaped.__shapeData__, strict=True):
        gid = font.face.charToGlyph.get(ord(ch))
        name = hb.glyph_to_string(gid) if gid is not None else f"private-{ord(ch):x}"
        out.append([name, d.cluster, round(d.x_advance, 1), round(d.y_offset, 1)])
    return out


def test_shaping_matches_the_reference() -> None:
    shaped = {code: _shape(text) for code, text in LINES.items()}
    path = REFERENCE / "script_glyphs.json"
    if UPDATE or not path.exists():
        REFERENCE.mkdir(exist_ok=True)
        path.write_text(json.dumps(shaped, ensure_ascii=False, indent=0), encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"reference written to {path}: commit it")
    expected = json.loads(path.read_text(encoding="utf-8"))
    for code in LINES:
        assert shaped[code] == expected[code], f"shaping of the {code} line changed"
    # no .notdef (empty box) anywhere
    assert not any(g[0] == ".notdef" for glyphs in shaped.values() for g in glyphs)
    # the Khmer line really uses stacked forms (subscript consonants moved by the shaper)
    assert any(g[3] != 0 for g in shaped["km"]) or any("uni17D2" in g[0] for g in shaped["km"])


def _lines_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from adgsom_desktop.reports.paragraph import ScriptParagraph
    from adgsom_desktop.reports.styles import styles

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=30,
        rightMargin=30,
        topMargin=30,
        bottomMargin=30,
        invariant=1,
    )
    story: list[Any] = []
    for text in [*LINES.values(), PLUS_THREE]:
        story += [ScriptParagraph(text, styles()["body"]), Spacer(1, 8)]
    doc.build(story)
    return buf.getvalue()


def _render(pdf: bytes, folder: Path) -> Any:
    from PIL import Image

    src = folder / "lines.pdf"
    src.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "110", "-gray", "-png", "-singlefile", str(src), str(folder / "lines")],
        check=True,
        timeout=60,
    )
    image = Image.open(folder / "lines.png").convert("L")
    return image.crop((0, 0, image.width, image.height // 3))


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed"
)
def test_rendered_lines_match_the_reference(tmp_path: Path) -> None:
    from PIL import Image, ImageChops

    image = _render(_lines_pdf(), tmp_path)
    path = REFERENCE / "script_lines.png"
    if UPDATE or not path.exists():
        REFERENCE.mkdir(exist_ok=True)
        image.save(path)
        if not UPDATE:
            pytest.fail(f"reference written to {path}: commit it")
    expected = Image.open(path).convert("L")
    assert expected.size == image.size
    diff = ImageChops.difference(expected, image)
    hist = diff.histogram()
    strong = sum(hist[100:])
    ink = sum(expected.histogram()[:128])
    assert ink > 2000  # the lines were drawn
    # anti-aliasing may move a little; a misplaced mark or a missing glyph moves much more
    assert strong <= 40, f"{strong} pixels differ strongly from the reference"


def test_khmer_rise_fix_keeps_the_baseline() -> None:
    from reportlab.pdfgen.textobject import PDFTextObject

    from adgsom_desktop.reports import fonts

    fonts.register_fonts()
    assert not fonts.rise_merging_is_broken()  # patched if reportlab needed it
    probe: Any = PDFTextObject.__new__(PDFTextObject)
    probe._code, probe._rise, probe._y = ["BT"], 0, 100.0
    PDFTextObject.setRise(probe, -2.96)
    PDFTextObject.setRise(probe, 0)  # merged into one operator
    assert probe._code[-1] == "0 Ts" and probe._rise == 0 and probe._y == 100.0
    PDFTextObject.setRise(probe, 3)
    assert probe._code[-1] == "3 Ts" and probe._y == 97.0
    if fonts.original_set_rise is not None:  # the bug, as it was
        broken: Any = PDFTextObject.__new__(PDFTextObject)
        broken._code, broken._rise, broken._y = ["BT"], 0, 100.0
        fonts.original_set_rise(broken, -2.96)
        fonts.original_set_rise(broken, 0)
        assert broken._rise != 0  # what the fix corrects


def test_thai_lao_khmer_myanmar_break_at_word_boundaries() -> None:
    from adgsom_desktop.reports.linebreak import break_offsets, split_words
    from adgsom_desktop.reports.paragraph import ScriptParagraph
    from adgsom_desktop.reports.styles import styles

    assert split_words("ประเทศไทยสนับสนุนร่างแผนแม่บทดิจิทัลอาเซียน") == [
        "ประเทศไทย",
        "สนับสนุน",
        "ร่าง",
        "แผน",
        "แม่บท",
        "ดิจิทัล",
        "อาเซียน",
    ]
    assert split_words("កម្ពុជាគាំទ្រ") == ["កម្ពុជា", "គាំទ្រ"]
    assert len(split_words("ລາວສະໜັບສະໜູນ")) >= 2
    assert len(split_words("မြန်မာနိုင်ငံသည်")) >= 2
    assert break_offsets("ADGSOM-2026") == ()  # Latin keeps reportlab's own rules
    text = LINES["th"] * 3
    p = ScriptParagraph(text, styles()["body"])
    width = 120.0
    p.wrap(width, 1000)
    lines = p.blPara.lines
    assert len(lines) > 3
    joined = ""
    breaks = []
    for line in lines:
        assert line.extraSpace >= -0.5, "a line overflows"
        joined += "".join(w.text for w in line.words).rstrip(" ")
        breaks.append(len(joined.replace(" ", "")))
    assert joined.replace(" ", "") == text.replace(" ", "")
    # every line ends where ICU allows a break (or at a space)
    squashed = text.replace(" ", "")
    allowed = {0, len(squashed)}
    start = 0
    for word in text.split(" "):
        allowed |= {start + k for k in (0, *break_offsets(word), len(word))}
        start += len(word)
    assert set(breaks) <= allowed


def test_demo_text_has_a_glyph_for_every_character(demo_services: Any) -> None:
    """No empty boxes: the merged font covers every character the demo pack prints."""
    from dataclasses import asdict

    from reportlab.pdfbase import pdfmetrics

    from adgsom_desktop.reports.fonts import (
        BOLD,
        CJK,
        HANGUL,
        ITALIC,
        REGULAR,
        font_runs,
        register_fonts,
    )
    from adgsom_desktop.services.pack_records import PackRequest

    register_fonts()
    _r, data, _c = demo_services.packs.prepare(PackRequest(event_id=2))

    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, (list, tuple)):
            return [s for v in value for s in strings(v)]
        return []

    chars = {ch for s in strings(asdict(data)) for ch in s if not ch.isspace()}
    assert any("\u0e00" <= c <= "\u0e7f" for c in chars)  # Thai is in there
    text = "".join(sorted(chars))
    for name in (REGULAR, BOLD, ITALIC):
        runs = font_runs(text, name)
        # (a character no face holds would print as its name in brackets)
        assert "[" not in "".join(t for _f, t in runs if "[" not in text), f"{name} lacks one"
        for font, part in runs:
            cmap = set(pdfmetrics.getFont(font).face.charToGlyph)
            assert all(ord(c) in cmap for c in part), (font, part)
    # the Plus Three names print in the fallback faces
    assert {f for f, _t in font_runs("박지훈 森本健", REGULAR)} == {HANGUL, CJK, REGULAR}


def test_fonts_ship_with_their_licence() -> None:
    from adgsom_desktop.resource_files import resource_path

    folder = resource_path("fonts")
    for face in ("Regular", "Bold", "Italic", "BoldItalic", "CJK", "Hangul", "Symbols"):
        assert (folder / f"ADGSOMSans-{face}.ttf").stat().st_size > 500_000
    symbola = (folder / "Symbola-LICENSE.txt").read_text(encoding="utf-8")
    assert "free for any use" in symbola and "redistributed" in symbola
    assert "Apache License" in (folder / "LICENSE-Apache-2.0.txt").read_text(encoding="utf-8")
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Noto" in licence
    assert (folder / "build_fonts.py").exists()
