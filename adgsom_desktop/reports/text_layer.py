"""What a reader copies out of the PDF: the text as typed, not the glyphs as drawn.

Shaping draws Thai, Lao, Khmer and Myanmar as glyphs in visual order: a Khmer
pre-base vowel before its consonant, a coeng and its subscript as one glyph with
no character of its own, Thai SARA AM as NIKHAHIT plus SARA AA.  reportlab's
``ToUnicode`` map gives each glyph the first character it was reached by, so
pdftotext and pypdf read "ែកវ" for "កែវ" and "คํา" for "คำ".

Here each shaped run is rewritten cluster by cluster: where the glyphs of a
cluster do not spell its text, its glyphs are drawn through codes of their own
whose ``ToUnicode`` entries spell it in logical order (one character per glyph
when the counts agree; else the first glyph reads as the whole cluster and the
others as nothing).  The page looks the same (the same glyphs, advances
and offsets), and every extractor that reads ``ToUnicode`` gets the text in
logical order.  The codes are private (plane 15) per font, glyph and text.

``makeToUnicodeCMap`` replaces reportlab's, which also writes code points above
U+FFFF as 5 hex digits (an emoji's map was unreadable) instead of UTF-16.
"""

from __future__ import annotations

import threading
from typing import Any

_FIRST = 0xF0000  # supplementary private use area A
_LAST = 0xFFFFD
_lock = threading.Lock()
_codes: dict[tuple[str, int, str], int] = {}  # (font, glyph, text) -> private code point
_texts: dict[int, str] = {}  # private code point -> text it reads as
_next = _FIRST


def _private(font: Any, gid: int, text: str, width: float) -> int | None:
    global _next
    key = (font.fontName, gid, text)
    code = _codes.get(key)
    if code is not None:
        return code
    with _lock:
        code = _codes.get(key)
        if code is not None:
            return code
        if _next > _LAST:
            return None  # exhausted (a process that printed ~65,000 distinct clusters)
        code = _next
        _next += 1
        face = font.face
        face.charToGlyph[code] = gid
        face.charWidths[code] = width
        _texts[code] = text
        _codes[key] = code
    return code


def reads_as(code: int) -> str:
    """The text a code point drawn by the reports reads as."""
    text = _texts.get(code)
    if text is not None:
        return text
    if 0xE000 <= code <= 0xF8FF:
        return ""  # a glyph the shaper reached by name only (part of a cluster)
    return chr(code)


def with_text(shaped: Any, text: str, font: Any, clusters: set[int] | None = None) -> Any:
    """``shaped`` (a ShapedStr of ``text`` in ``font``) reading back as ``text``.

    ``shaped.__shapeData__[i].cluster`` is the index in ``text`` of the glyph's
    cluster; ``clusters`` holds the clusters of the whole word when ``shaped`` is
    one piece of it (a cluster's text ends where the word's next cluster starts).
    Clusters whose glyphs already spell their text are left alone.
    """
    from reportlab.pdfbase.ttfonts import ShapedStr

    data = getattr(shaped, "__shapeData__", None)
    if not data or len(data) != len(shaped):
        return shaped
    found = {d.cluster for d in data} if clusters is None else clusters
    starts = sorted(c for c in found if 0 <= c <= len(text))
    if not starts:
        return shaped
    after = {c: (starts[k + 1] if k + 1 < len(starts) else len(text)) for k, c in enumerate(starts)}
    chars = list(shaped)
    face = font.face
    changed = False
    i = 0
    while i < len(chars):
        c = data[i].cluster
        j = i
        while j < len(chars) and data[j].cluster == c:
            j += 1
        if c in after:
            want = text[c : after[c]]
            glyphs = "".join(chars[i:j])
            if glyphs != want:
                # one glyph, one character where the counts agree (a reordered Khmer
                # vowel, a subscript drawn by a glyph of its own); else the first
                # glyph reads as the whole cluster and the others as nothing
                one_each = j - i == len(want)
                for k in range(i, j):
                    gid = face.charToGlyph.get(ord(chars[k]))
                    if gid is None:
                        continue
                    if one_each:
                        reads = want[k - i]
                        if chars[k] == reads:
                            continue
                    else:
                        reads = want if k == i else ""
                    width = face.charWidths.get(ord(chars[k]), 0)
                    code = _private(font, gid, reads, width)
                    if code is not None:
                        chars[k] = chr(code)
                        changed = True
        i = j
    if not changed:
        return shaped
    return ShapedStr("".join(chars), shapeData=data)


def word_with_text(word: list[Any], original: list[Any]) -> list[Any]:
    """A shaped frag word whose pieces read back as the ``original`` word's text."""
    from reportlab.pdfbase import pdfmetrics

    text = "".join(s for f, s in original[1:] if not hasattr(f, "cbDefn"))
    clusters = {
        d.cluster
        for piece in word[1:]
        for d in getattr(piece[1], "__shapeData__", None) or ()
        if not hasattr(piece[0], "cbDefn")
    }
    out = word.__class__([word[0]])
    for piece in word[1:]:
        f, s = piece[0], piece[1]
        if hasattr(s, "__shapeData__") and not hasattr(f, "cbDefn"):
            try:
                font = pdfmetrics.getFont(f.fontName)
            except KeyError:
                out.append(piece)
                continue
            new = with_text(s, text, font, clusters)
            out.append((f, new) if isinstance(piece, tuple) else [f, new])
        else:
            out.append(piece)
    return out


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with the private codes' texts and UTF-16 for all."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    for i, v in enumerate(subset):
        lines.append(f"<{i:02X}> <{_utf16_hex(reads_as(v))}>")
    lines += [
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def actual_text(text: str) -> str | None:
    """The text a drawn run reads as, when it holds rewritten codes (else None)."""
    if not any(ord(ch) >= 0xE000 and (ord(ch) <= 0xF8FF or ord(ch) >= _FIRST) for ch in text):
        return None
    return "".join(reads_as(ord(ch)) for ch in text)


MOVE_STEP = 100  # thousandths of an em: below any extractor's "a gap is a space"


def _split_numbers(code: str) -> str:
    """Cut each move to the right (a negative number of a TJ array) into small steps.

    A mark placed by the shaper (a Khmer or Myanmar vowel sign shifted left of its
    advance) is followed by a move back to the right; pypdf reads a move of more
    than half a space as a word gap and inserts a space inside the word.  The same
    move in steps of at most ``MOVE_STEP`` draws the same page and reads as no gap.
    """
    out: list[str] = []
    i, n = 0, len(code)
    depth = 0
    in_array = False
    while i < n:
        ch = code[i]
        if depth:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(code[i + 1])
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            i += 1
            continue
        if ch == "(":
            depth = 1
        elif ch == "[":
            in_array = True
        elif ch == "]":
            in_array = False
        elif in_array and ch == "-" and i + 1 < n and (code[i + 1].isdigit() or code[i + 1] == "."):
            j = i + 1
            while j < n and (code[j].isdigit() or code[j] == "."):
                j += 1
            value = float(code[i + 1 : j])
            if value > MOVE_STEP:
                steps = int(value // MOVE_STEP)
                rest = value - steps * MOVE_STEP
                parts = [f"-{MOVE_STEP}"] * steps + ([f"-{rest:.4g}"] if rest > 0.001 else [])
                out.append(" ".join(parts))
                i = j
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _format_text_with_actual_text(self: Any, text: Any) -> str:
    """reportlab's ``_formatText`` for a shaped run: moves in small steps (see
    ``_split_numbers``) and, if rewritten, wrapped in an ``/ActualText`` span.

    Extractors that honour ``/ActualText`` (poppler's pdftotext, Acrobat) take the
    span's text whole instead of guessing words from the glyphs' positions.
    """
    code: str = _original_format_text(self, text)
    if not hasattr(text, "__shapeData__"):
        return code
    if "TJ" in code:
        code = _split_numbers(code)
    actual = actual_text(str(text))
    if actual is None:
        return code
    return f"/Span <</ActualText <FEFF{_utf16_hex(actual)}>>> BDC {code} EMC"


_original_format_text: Any = None


def install() -> None:
    """Use ``make_to_unicode_cmap`` for every TrueType subset reportlab writes, and
    ``/ActualText`` spans around rewritten runs."""
    global _original_format_text
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen.textobject import PDFTextObject

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
    if _original_format_text is None:
        _original_format_text = PDFTextObject._formatText
        PDFTextObject._formatText = _format_text_with_actual_text
