"""Reading a built PDF back the way a reader and a typographer would (issue #18).

- ``page_words``: every word ``pdftotext -bbox`` finds, with its box, per page;
- ``body_words``: the words between the header and the footer bands;
- ``notdef_glyphs``: every glyph drawn as the font's ``.notdef`` (an empty box);
- ``ink_right_edge``: the rightmost inked column of each page's body, in points.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MM = 72 / 25.4
HEADER_BAND = 24 * MM  # classification, reference and copy line, and the rule under them
FOOTER_BAND = 22 * MM  # short title, page N of M, classification


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[tuple[float, float, float, float, str], ...]  # xMin, yMin, xMax, yMax, text


def page_words(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    pages = []
    for m in re.finditer(
        r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out.stdout, re.S
    ):
        words = tuple(
            (float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                m.group(3),
            )
        )
        pages.append(Page(float(m.group(1)), float(m.group(2)), words))
    return pages


def body_words(page: Page) -> list[tuple[float, float, float, float, str]]:
    """The words of the page's body (y from the top: below the header, above the footer)."""
    return [w for w in page.words if w[1] > HEADER_BAND and w[3] < page.height - FOOTER_BAND]


def notdef_glyphs(data: bytes) -> list[tuple[int, str, int]]:
    """(page, font, code) of every glyph shown that the embedded font maps to ``.notdef``."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(data))
    cache: dict[int, Any] = {}
    found: list[tuple[int, str, int]] = []
    for number, page in enumerate(reader.pages, 1):
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}

        def cmap_of(name: Any, fonts: Any = fonts) -> Any:
            font = fonts[name].get_object()
            if id(font) not in cache:
                glyphs = None
                desc = font.get("/FontDescriptor")
                ff = desc.get_object().get("/FontFile2") if desc is not None else None
                if ff is not None:
                    tt = TTFont(io.BytesIO(ff.get_object().get_data()))
                    tables = [t.cmap for t in tt["cmap"].tables]
                    glyphs = max(tables, key=len) if tables else {}
                cache[id(font)] = (str(font.get("/BaseFont")), glyphs)
            return cache[id(font)]

        font_name: Any = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                font_name = operands[0]
                continue
            if op not in (b"Tj", b"TJ", b"'", b'"'):
                continue
            base, glyphs = cmap_of(font_name)
            if glyphs is None:
                continue
            items = operands[0] if op == b"TJ" else [operands[-1]]
            for item in items:
                if isinstance(item, (int, float)):
                    continue
                raw = getattr(item, "original_bytes", None)
                if raw is None:
                    raw = item.encode("latin-1") if isinstance(item, str) else bytes(item)
                for code in raw:
                    if glyphs.get(code, ".notdef") == ".notdef":
                        found.append((number, base, code))
    return found


def ink_right_edge(pdf: Path, dpi: int = 72) -> list[float]:
    """Per page, the x (points) of the rightmost dark pixel between header and footer."""
    import tempfile

    from PIL import Image

    edges = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), f"{tmp}/p"], check=True)
        for png in sorted(Path(tmp).glob("p-*.pgm")):
            img = Image.open(png)
            w, h = img.size
            scale = 72 / dpi
            top, bottom = int(HEADER_BAND / scale) + 2, int(h - FOOTER_BAND / scale) - 2
            px = img.load()
            right = 0
            for x in range(w - 1, 0, -1):
                if any(px[x, y] < 160 for y in range(top, bottom)):
                    right = x
                    break
            edges.append((right + 1) * scale)
    return edges
