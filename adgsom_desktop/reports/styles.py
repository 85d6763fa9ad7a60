"""Paragraph styles and the conversion of portable markup into flowables.

Every style uses the merged ADGSOM Sans family with shaping on, and a leading
generous enough for stacked Myanmar and Khmer clusters.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from ..domain import markup
from .fonts import BOLD, REGULAR, register_fonts
from .paragraph import ScriptParagraph

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#123b6d")  # headings, rules
RULE = colors.HexColor("#9aa7b8")
SHADE = colors.HexColor("#e8edf3")  # table header
NFD = colors.HexColor("#8b1a1a")  # not-for-disclosure marking
NFD_SHADE = colors.HexColor("#fbeeee")
MARKING = colors.HexColor("#8b1a1a")  # classification marking


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": REGULAR,
            "bulletFontName": REGULAR,  # not reportlab's Helvetica (never embedded)
            "fontSize": 10,
            "leading": 15,
            "textColor": INK,
            "shaping": 1,
            "splitLongWords": 1,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    s = {
        "body": style("body", spaceAfter=4),
        "small": style("small", fontSize=8.5, leading=12.5, textColor=MUTED),
        "cell": style("cell", fontSize=8.5, leading=12.5),
        "cell_bold": style("cell_bold", fontSize=8.5, leading=12.5, fontName=BOLD),
        "cell_center": style("cell_center", fontSize=8.5, leading=12.5, alignment=TA_CENTER),
        "bullet": style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2),
        "numbered": style("numbered", leftIndent=18, bulletIndent=0, spaceAfter=3),
        "h1": style(
            "h1",
            fontName=BOLD,
            fontSize=16,
            leading=22,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "h2": style(
            "h2",
            fontName=BOLD,
            fontSize=13,
            leading=19,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        "h3": style("h3", fontName=BOLD, fontSize=10.5, leading=16, spaceBefore=8, spaceAfter=3),
        "label": style("label", fontName=BOLD, fontSize=8.5, leading=12, textColor=MUTED),
        "cover_title": style(
            "cover_title",
            fontName=BOLD,
            fontSize=24,
            leading=32,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        "cover_sub": style(
            "cover_sub", fontSize=13, leading=20, alignment=TA_CENTER, textColor=INK
        ),
        "cover_meta": style(
            "cover_meta", fontSize=10.5, leading=16, alignment=TA_CENTER, textColor=MUTED
        ),
        "cover_copy": style(
            "cover_copy",
            fontName=BOLD,
            fontSize=12,
            leading=18,
            alignment=TA_CENTER,
            textColor=INK,
        ),
        "toc0": style("toc0", fontName=BOLD, fontSize=10.5, leading=16, spaceBefore=5),
        "toc1": style("toc1", fontSize=9.5, leading=14, leftIndent=14),
        "toc2": style("toc2", fontSize=9, leading=13, leftIndent=28, textColor=MUTED),
        "nfd_label": style(
            "nfd_label", fontName=BOLD, fontSize=8.5, leading=12, textColor=NFD, alignment=TA_LEFT
        ),
    }
    return s


def esc(text: str) -> str:
    """Plain text made safe for a reportlab paragraph."""
    return markup.escape_html(text or "")


def inline(text: str) -> str:
    """One line of portable markup as reportlab inline XML (bold and italic)."""
    return markup.runs_to_html(markup.parse_inline(text or ""))


def para(text: str, style: str = "body") -> ScriptParagraph:
    """A paragraph of plain text (escaped)."""
    return ScriptParagraph(esc(text), styles()[style])


def xml(text: str, style: str = "body") -> ScriptParagraph:
    """A paragraph of already-escaped reportlab XML."""
    return ScriptParagraph(text, styles()[style])


def rich(text: str, style: str = "body", bullet_style: str = "bullet") -> list[Any]:
    """Portable markup (paragraphs and "- " bullets) as flowables."""
    out: list[Any] = []
    st = styles()
    for block in markup.parse(text or ""):
        html = markup.runs_to_html(block.runs)
        if block.kind == "bullet":
            out.append(ScriptParagraph(html, st[bullet_style], bulletText="•"))
        else:
            out.append(ScriptParagraph(html, st[style]))
    return out
