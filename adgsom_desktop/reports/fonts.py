"""The PDF fonts: "ADGSOM Sans" (Noto Sans merged with Thai, Lao, Khmer, Myanmar).

reportlab has no font fallback, so every paragraph uses one merged family that
holds every glyph of the ASEAN scripts (``resources/fonts/build_fonts.py``).
Shaping (uharfbuzz) is switched on in the paragraph styles; text drawn on the
canvas (headers, footers, watermark) is shaped here first, because
``canvas.drawString(shaping=True)`` is silently ignored without an extra
package.

``fix_rise_merging`` corrects a reportlab 5.1 bug that leaves the rest of a
line raised or lowered after some Khmer clusters (see its docstring).
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

from ..resource_files import resource_path

FAMILY = "ADGSOMSans"
REGULAR = "ADGSOMSans"
BOLD = "ADGSOMSans-Bold"
ITALIC = "ADGSOMSans-Italic"
BOLD_ITALIC = "ADGSOMSans-BoldItalic"

CJK = "ADGSOMSans-CJK"  # fallback: kana and CJK ideographs
HANGUL = "ADGSOMSans-Hangul"  # fallback: Korean
SYMBOLS = "ADGSOMSans-Symbols"  # fallback: emoji and symbols, one colour (Symbola)

_FILES = {
    REGULAR: "ADGSOMSans-Regular.ttf",
    BOLD: "ADGSOMSans-Bold.ttf",
    ITALIC: "ADGSOMSans-Italic.ttf",
    BOLD_ITALIC: "ADGSOMSans-BoldItalic.ttf",
    CJK: "ADGSOMSans-CJK.ttf",
    HANGUL: "ADGSOMSans-Hangul.ttf",
    SYMBOLS: "ADGSOMSans-Symbols.ttf",
}
FALLBACKS = (CJK, HANGUL, SYMBOLS)
_cmaps: dict[str, frozenset[int]] = {}

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    pass


def register_fonts() -> None:
    """Register the family with reportlab once per process (thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        fix_rise_merging()
        from .text_layer import install

        install()  # copy and paste gives the text as typed (text_layer.py)
        for name, file_name in _FILES.items():
            path = resource_path("fonts", file_name)
            if not path.is_file() and name in FALLBACKS:
                continue  # a stripped-down install: U+FFFD instead of these scripts
            if not path.is_file():
                raise FontMissingError(
                    f"The PDF font {file_name} is missing from {path.parent}; reinstall the app."
                )
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
        for name in _FILES:
            try:
                _cmaps[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
            except KeyError:
                _cmaps[name] = frozenset()
        # A table sets its cells' font before drawing them, flowables or not: reportlab's
        # default, Helvetica, would be referenced by every page without being embedded.
        from reportlab.platypus.tables import CellStyle

        CellStyle.fontname = REGULAR
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        _registered = True


def covers(font_name: str, ch: str) -> bool:
    register_fonts()
    cmap = _cmaps.get(font_name)
    return cmap is None or ord(ch) in cmap


def font_runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, text) runs: the fallback faces for what the font lacks.

    Spaces and marks stay with the run before them.  Emoji are drawn in one
    colour by the symbols face; a cluster no face draws as one glyph (a flag,
    a family joined by ZWJ, a character no face holds) prints as its name in
    brackets ("[flag: TH]") in the main font: never U+FFFD, never an empty box.
    """
    register_fonts()
    main = _cmaps.get(font_name)
    if main is None or all(ord(ch) in main for ch in text):
        return [(font_name, text)]
    from .clusters import VARIATION_SELECTORS, describe, grapheme_clusters, is_emoji_sequence

    runs: list[tuple[str, str]] = []

    def add(name: str, part: str) -> None:
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + part)
        else:
            runs.append((name, part))

    for cluster in grapheme_clusters(text):
        if is_emoji_sequence(cluster):
            core = "".join(ch for ch in cluster if ch not in VARIATION_SELECTORS)
            if len(core) != 1:
                add(font_name, describe(cluster))
                continue
            cluster = core  # "⚠️": the sign itself, in one colour
        for ch in cluster:
            o = ord(ch)
            if o in main or ch.isspace() or (runs and 0x300 <= o <= 0x36F):
                add(font_name if (o in main or not runs) else runs[-1][0], ch)
                continue
            name = next((f for f in FALLBACKS if o in _cmaps[f]), font_name)
            add(name, describe(ch) if name == font_name else ch)
    return runs


def _script_of(ch: str) -> str:
    """The complex script ``ch`` belongs to ("" for Latin and everything else)."""
    o = ord(ch)
    if 0x0E00 <= o <= 0x0E7F:
        return "th"
    if 0x0E80 <= o <= 0x0EFF:
        return "lo"
    if 0x1000 <= o <= 0x109F or 0xA9E0 <= o <= 0xA9FF or 0xAA60 <= o <= 0xAA7F:
        return "my"
    if 0x1780 <= o <= 0x17FF or 0x19E0 <= o <= 0x19FF:
        return "km"
    return ""


def _neutral(ch: str) -> bool:
    """Characters that take the script of their neighbours (spaces, joiners, marks)."""
    return (
        ch.isspace() or ch in "\u200b\u200c\u200d\u2060" or unicodedata.category(ch) in ("Mn", "Me")
    )


def script_runs(text: str) -> list[str]:
    """``text`` cut where the script changes, so each piece is shaped on its own.

    The shaper guesses one script per string from its first letter: a line
    such as "Copy 1 of 2 - issued to NAME" would shape a Khmer or Myanmar name
    with the Latin rules (coeng shown as a separate mark, pre-base vowels
    after their consonant).  Spaces, joiners and combining marks stay with the
    run before them (or the first run, at the start).
    """
    runs: list[list[str]] = []  # [script, text]
    for ch in text:
        script = _script_of(ch)
        if runs and (script == runs[-1][0] or _neutral(ch)):
            runs[-1][1] += ch
        elif runs and not runs[-1][1].strip():
            runs[-1] = [script, runs[-1][1] + ch]  # leading neutrals join the first letter
        else:
            runs.append([script, ch])
    return [t for _s, t in runs]


def _shape_one(text: str, font_name: str, font_size: float, force: bool) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import shapeStr

    from .text_layer import with_text

    result: str = shapeStr(text, font_name, font_size, force=force)
    return with_text(result, text, pdfmetrics.getFont(font_name))  # type: ignore[no-any-return]


def shaped(text: str, font_name: str, font_size: float) -> str:
    """``text`` shaped for the canvas (a ShapedStr reportlab draws glyph by glyph).

    Only text that needs it is shaped (complex scripts, combining marks):
    plain Latin is returned as is, which keeps it searchable and cheap.
    Mixed text is shaped one script run at a time (see ``script_runs``).
    """
    if not needs_shaping(text):
        return text
    runs = script_runs(text)
    if len(runs) == 1:
        return _shape_one(text, font_name, font_size, False)
    out: str = ""
    for run in runs:
        out = out + _shape_one(run, font_name, font_size, True)
    return out


def _segment_width(value: str, font_name: str, font_size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    data = getattr(value, "__shapeData__", None)
    if data:
        return float(sum(d.x_advance for d in data) * font_size / 1000)
    return float(pdfmetrics.stringWidth(value, font_name, font_size))


def _segments(text: str, font_name: str, font_size: float) -> list[tuple[str, str, float]]:
    """(font, shaped text, width) of each font run and script run of ``text``."""
    out: list[tuple[str, str, float]] = []
    for font, part in font_runs(text, font_name):
        pieces = script_runs(part) if needs_shaping(part) else [part]
        for piece in pieces:
            value = shaped(piece, font, font_size)
            out.append((font, value, _segment_width(value, font, font_size)))
    return out


def string_width(text: str, font_name: str, font_size: float) -> float:
    """Width of ``text`` as drawn (shaped where needed, fallback faces included)."""
    return sum(w for _f, _t, w in _segments(text, font_name, font_size))


def draw_text(
    canvas: Any, x: float, y: float, text: str, font_name: str, size: float, align: str = "left"
) -> None:
    """Draw one line on the canvas: shaped per script, with fallback faces, aligned at ``x``."""
    segments = _segments(text, font_name, size)
    total = sum(w for _f, _t, w in segments)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    for f, t, w in segments:
        canvas.setFont(f, size)
        canvas.drawString(x, y, t)
        x += w


def needs_shaping(text: str) -> bool:
    for ch in text:
        o = ord(ch)
        if 0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF:
            return True  # Thai, Lao, Myanmar, Khmer
        if 0x19E0 <= o <= 0x19FF or 0xAA60 <= o <= 0xAA7F or 0xA9E0 <= o <= 0xA9FF:
            return True  # Khmer symbols, Myanmar extensions
        if 0x0300 <= o <= 0x036F:
            return True  # combining marks (decomposed Vietnamese)
    return False


original_set_rise: Any = None  # reportlab's own setRise, when it had to be replaced


def _fixed_set_rise(self: Any, rise: float) -> None:
    """``PDFTextObject.setRise`` that keeps the stored rise and position in step."""
    from reportlab.lib.rl_accel import fp_str

    v = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):
        # Replace the previous rise operator: undo its move first.
        self._y += self._rise
        self._code[-1] = v
    else:
        self._code.append(v)
    self._rise = rise
    self._y -= rise


def rise_merging_is_broken() -> bool:
    """True when reportlab's ``setRise`` forgets the rise it merged (the 5.1 bug)."""
    from reportlab.pdfgen.textobject import PDFTextObject

    probe: Any = PDFTextObject.__new__(PDFTextObject)
    probe._code = ["BT"]
    probe._rise = 0
    probe._y = 0.0
    PDFTextObject.setRise(probe, 2)
    PDFTextObject.setRise(probe, 0)  # merged with the previous operator
    return bool(probe._rise != 0 or probe._y != 0.0)


def fix_rise_merging() -> bool:
    """Patch reportlab's text object if (and only if) it has the rise bug.

    In reportlab 5.1, ``setRise`` merges two consecutive ``Ts`` operators but
    does not record the new rise: after a Khmer cluster whose marks are
    shifted vertically, the stored rise stays at the shifted value, the reset
    to the baseline is skipped and the rest of the line is drawn raised or
    lowered.  Returns True if the patch was applied.
    """
    from reportlab.pdfgen.textobject import PDFTextObject

    if getattr(PDFTextObject.setRise, "_adgsom_fixed", False):
        return False
    if not rise_merging_is_broken():
        return False
    global original_set_rise
    original_set_rise = PDFTextObject.setRise
    _fixed_set_rise._adgsom_fixed = True  # type: ignore[attr-defined]
    PDFTextObject.setRise = _fixed_set_rise
    return True


class _PathPen:
    """A fontTools-style pen drawing a glyph's outline into a reportlab path."""

    def __init__(self, path: Any, x: float, y: float, scale: float) -> None:
        self.path, self.x, self.y, self.scale = path, x, y, scale
        self.last = (x, y)

    def _pt(self, p: tuple[float, float]) -> tuple[float, float]:
        return (self.x + p[0] * self.scale, self.y + p[1] * self.scale)

    def moveTo(self, p: tuple[float, float]) -> None:
        self.last = self._pt(p)
        self.path.moveTo(*self.last)

    def lineTo(self, p: tuple[float, float]) -> None:
        self.last = self._pt(p)
        self.path.lineTo(*self.last)

    def curveTo(self, *points: tuple[float, float]) -> None:
        (x1, y1), (x2, y2), (x3, y3) = (self._pt(p) for p in points[-3:])
        self.path.curveTo(x1, y1, x2, y2, x3, y3)
        self.last = (x3, y3)

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        (cx, cy), (x, y) = self._pt(points[0]), self._pt(points[-1])
        x0, y0 = self.last
        self.path.curveTo(
            x0 + 2 / 3 * (cx - x0),
            y0 + 2 / 3 * (cy - y0),
            x + 2 / 3 * (cx - x),
            y + 2 / 3 * (cy - y),
            x,
            y,
        )
        self.last = (x, y)

    def closePath(self) -> None:
        self.path.close()


def draw_outlined(
    canvas: Any, x: float, y: float, text: str, font_name: str, size: float, align: str = "left"
) -> None:
    """Draw one line as filled glyph outlines: seen on the page, not in its text layer.

    For the watermark: a recipient's name across the page must not mix into what
    a reader copies or a search finds.  Shaped per script run, fallback faces included.
    """
    import uharfbuzz as hb
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import FILL_NON_ZERO

    runs: list[tuple[Any, float, list[tuple[int, float, float, float]]]] = []
    total = 0.0
    for font, part in font_runs(text, font_name):
        for piece in script_runs(part) if needs_shaping(part) else [part]:
            ttf = pdfmetrics.getFont(font)
            hb_font = hb.Font(ttf.hbFace)
            scale = size / ttf.face.unitsPerEm
            buf = hb.Buffer()
            buf.add_str(piece)
            buf.guess_segment_properties()
            hb.shape(hb_font, buf, {"kern": True, "liga": True})
            glyphs = [
                (i.codepoint, p.x_advance * scale, p.x_offset * scale, p.y_offset * scale)
                for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
            ]
            runs.append((hb_font, scale, glyphs))
            total += sum(g[1] for g in glyphs)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    path = canvas.beginPath()
    for hb_font, scale, glyphs in runs:
        for gid, advance, dx, dy in glyphs:
            hb_font.draw_glyph_with_pen(gid, _PathPen(path, x + dx, y + dy, scale))
            x += advance
    canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
