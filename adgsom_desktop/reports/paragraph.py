"""A reportlab Paragraph that breaks lines inside Thai, Lao, Khmer and Myanmar words.

reportlab cuts a paragraph into "frag words" at spaces, then fills lines with
them.  ``ScriptParagraph`` cuts those words again at the break opportunities
ICU finds (``linebreak.break_offsets``); the pieces join without a space, so
the text reads exactly as typed, and a line may end between any two of them.
The pieces are handed to reportlab as an already processed frag-word list
(the form reportlab itself uses when a paragraph continues on the next page).

It also shapes words that mix fonts (``*italic*,``) run by run: reportlab
shapes a whole word with the font of its first run, which picks wrong glyphs
when the faces' glyph orders differ (the italic faces differ from the upright
ones).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import ParaLines

from .fonts import font_runs
from .linebreak import break_offsets, needs_breaks
from .text_layer import word_with_text

_getFragWords = rl_paragraph._getFragWords
_HSFrag = rl_paragraph._HSFrag
_processed_frags = rl_paragraph._processed_frags


def _text_pieces(word: list[Any]) -> list[tuple[Any, str]] | None:
    """The (frag, text) pieces of a plain text word, or None for anything special."""
    pieces = word[1:]
    for f, _s in pieces:
        if hasattr(f, "cbDefn") or getattr(f, "_fkind", 0) != 0 or hasattr(f, "lineBreak"):
            return None
    return list(pieces)


def _width(pieces: list[tuple[Any, str]]) -> float:
    return float(sum(stringWidth(s, f.fontName, f.fontSize) for f, s in pieces))


def _cut(word: list[Any]) -> list[list[Any]]:
    """``word`` cut at its line-break opportunities (or [word] when there are none)."""
    if type(word) not in (list, _HSFrag):
        return [word]
    pieces = _text_pieces(word)
    if pieces is None:
        return [word]
    text = "".join(s for _f, s in pieces)
    if not needs_breaks(text):
        return [word]
    offsets = break_offsets(text)
    if not offsets:
        return [word]
    cuts = set(offsets)
    parts: list[list[tuple[Any, str]]] = [[]]
    pos = 0
    for f, s in pieces:
        start = 0
        for k in range(len(s)):
            if pos + k in cuts and k > start:
                parts[-1].append((f, s[start:k]))
                parts.append([])
                start = k
            elif pos + k in cuts and parts[-1]:
                parts.append([])
        parts[-1].append((f, s[start:]))
        pos += len(s)
    parts = [p for p in parts if any(s for _f, s in p)]
    out: list[list[Any]] = []
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        cls = type(word) if last else list
        out.append(cls([_width(part), *part]))
    return out


def _special(f: Any) -> bool:
    return hasattr(f, "cbDefn")


def _shape_runs(word: list[Any]) -> list[Any]:
    """Shape a word run by run when reportlab's whole-word shaping would go wrong.

    That is a word whose runs use different fonts (see the module doc) or that
    carries a callback (an ``onDraw``, as in the contents page): reportlab 5.1
    fails on the latter.
    """
    pieces = word[1:]
    fonts = {f.fontName for f, s in pieces if s and not _special(f)}
    if not any(_special(f) for f, _s in pieces) and len(fonts) < 2:
        return word
    if any(getattr(f, "_fkind", 0) not in (0, 1, 2) for f, _s in pieces):
        return word
    from reportlab.pdfbase.ttfonts import makeShapedFragWord, shapeFragWord

    total = 0.0
    runs: list[Any] = []
    for f, s in pieces:
        if _special(f) or not s:
            runs.append((f, s))
            continue
        run = [stringWidth(s, f.fontName, f.fontSize), (f, s)]
        shaped = word_with_text(shapeFragWord(run, force=True), run)
        total += shaped[0]
        runs.extend(shaped[1:])
    return makeShapedFragWord(word)([total, *runs])  # type: ignore[no-any-return]


def _shape_once(word: list[Any]) -> list[Any]:
    """The word shaped now, once: reportlab would shape it again on every wrap.

    A word the shaper leaves unchanged is still marked as shaped, so that
    reportlab does not try again (its drawing handles plain text in it).
    """
    if type(word) not in (list, _HSFrag):
        return word
    shaped = _shape_runs(word)
    if shaped is not word:
        return shaped
    from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord, shapeFragWord

    result = shapeFragWord(word)
    if isinstance(result, ShapedFragWord):
        return word_with_text(result, word)
    return makeShapedFragWord(word)(word)  # type: ignore[no-any-return]


class ScriptParagraph(Paragraph):  # type: ignore[misc]
    """``Paragraph`` with word breaks for South-East Asian scripts.

    A very long paragraph (a 200,000-character brief section, a note of a
    hundred pages) prints in time: reportlab breaks the whole rest of a
    paragraph into lines again on every page it continues on (and a table
    wraps every cell again at every split), which is quadratic in its length.
    Here a paragraph remembers its lines for the width it was last wrapped at,
    and the rest of a split paragraph takes over the lines already broken.
    """

    # False makes it a plain reportlab Paragraph (the benchmark's baseline).
    script_breaks = True

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        super()._setup(text, style, bulletText, frags, cleaner)
        if not self.script_breaks:
            return
        parsed: list[Any] = getattr(self, "frags", [])
        if not parsed or _processed_frags(parsed):
            return
        parsed = _with_fallback_fonts(parsed)
        shaping = bool(getattr(self.style, "shaping", 0))
        if not (
            shaping
            or _mixed(parsed)
            or any(_special(f) for f in parsed)
            or any(needs_breaks(getattr(f, "text", "") or "") for f in parsed)
        ):
            return
        words: list[Any] = []
        for word in _getFragWords(parsed):
            for part in _cut(word):
                words.append(_shape_once(part) if shaping else _shape_runs(part))
        if words:
            self.frags = words

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The lines depend on the width only: wrapping again at the same width
        # (a table measuring its rows, a page tried twice) reuses them.
        if not self.script_breaks:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth and cached[1] is self.frags:
            _w, _f, self.blPara, self.height = cached
            if not hasattr(self, "_wrapWidths"):
                self._wrapWidths = [availWidth, availWidth]
            self.width = availWidth
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._wrapped = (availWidth, self.frags, self.blPara, height)
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        blPara = getattr(self, "blPara", None)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        if len(parts) != 2 or blPara is None or blPara.kind != 1 or auto not in ("", "off"):
            return parts
        if not self.script_breaks:  # the benchmark's plain reportlab baseline
            return parts
        first, rest = parts
        start = len(first.blPara.lines)
        lines = blPara.lines[start:]
        base = lines[0].sFW
        if rest.frags is not None and len(rest.frags) == len(self.frags) - base:
            # the rest's lines are the lines after the split, pointing into its own words
            moved = ParaLines(kind=1, lines=[ln.clone(sFW=ln.sFW - base) for ln in lines])
            leading = rest.style.leading
            rest._wrapWidths = [availWidth - rest.style.leftIndent - rest.style.rightIndent] * 2
            rest._width_max = getattr(self, "_width_max", availWidth)
            rest._wrapped = (availWidth, rest.frags, moved, len(lines) * leading)
        return parts


def _with_fallback_fonts(frags: list[Any]) -> list[Any]:
    """Frags cut where the text needs a fallback face (CJK, Hangul)."""
    out: list[Any] = []
    for f in frags:
        text = getattr(f, "text", None)
        if not text or _special(f) or not hasattr(f, "fontName"):
            out.append(f)
            continue
        runs = font_runs(text, f.fontName)
        if len(runs) == 1 and runs[0][0] == f.fontName and runs[0][1] == text:
            out.append(f)
            continue
        for name, part in runs:
            out.append(f.clone(fontName=name, text=part))
    return out


def _mixed(frags: list[Any]) -> bool:
    return len({getattr(f, "fontName", "") for f in frags}) > 1
