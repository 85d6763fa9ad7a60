"""The compilation table of our amendments: paragraph, current text, our proposal, reason.

One landscape table per document (for the briefing pack and for capital):
our proposal shows the words we delete struck through in red and the words we
add underlined in blue, so it reads without colour too.  Fed plain dataclasses;
``compilation_story`` gives flowables a pack can take, ``render_compilation``
a whole marked PDF.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer

from ..i18n.printing import translate
from .document import MarkedDocTemplate, ProgressFn
from .headings import Heading
from .pack_model import CompilationData, CompilationDoc, Marking
from .styles import esc, para, styles, xml
from .tables import TableStart, grid


def marked(proposal: Sequence[tuple[str, str]]) -> str:
    out = []
    for kind, text in proposal:
        if kind == "removed":
            out.append(f'<strike><font color="#b3261e">{esc(text)}</font></strike>')
        elif kind == "added":
            out.append(f'<u><font color="#1a4fa0">{esc(text)}</font></u>')
        else:
            out.append(esc(text))
    return "".join(out)


def compilation_story(docs: Sequence[CompilationDoc], width: float, key: str = "comp") -> list[Any]:
    """A table per document; the reason column only when some line has one (an audience
    without reasons gets the others)."""
    st = styles()
    story: list[Any] = []
    for n, doc in enumerate(docs):
        heading = Heading(esc(doc.title), st["h2"], key=f"{key}-{n}", level=1, toc_text=doc.title)
        if not doc.lines:
            story += [
                heading,
                para(translate("Pack", "No amendment of ours on this document."), "small"),
            ]
            continue
        reasons = any(line.reason or line.item for line in doc.lines)
        # the paragraph's column takes "OP5 of Rev. 2 (no longer in Rev. 4)" in 2-3 lines
        shares = (0.11, 0.26, 0.29, 0.21, 0.13) if reasons else (0.11, 0.38, 0.38, 0.13)
        widths = [width * f for f in shares]
        rows = []
        for line in doc.lines:
            row = [
                para(line.label, "cell_bold"),
                para(line.current or "—", "cell"),
                xml(marked(line.proposal), "cell"),
            ]
            if reasons:
                reason = esc(line.reason) + (
                    f'<br/><font size="7">{esc(translate("Pack", "Item %s") % line.item)}</font>'
                    if line.item
                    else ""
                )
                row.append(xml(reason or "—", "cell"))
            row.append(para(translate("Labels", line.state), "cell"))
            rows.append(row)
        header = [
            translate("Pack", "Para."),
            translate("Pack", "Current text"),
            translate("Pack", "Our proposal"),
            *([translate("Pack", "Reason")] if reasons else []),
            translate("Pack", "State"),
        ]
        table = grid(header, rows, widths)
        story += [TableStart(heading, table), heading, table, Spacer(1, 8)]
    return story


def texts_section(docs: Sequence[CompilationDoc], width: float) -> list[Any]:
    """The pack's section: our amendments to the negotiated texts of its meetings."""
    from reportlab.platypus import PageBreak

    st = styles()
    title = translate("Pack", "Negotiated texts: our amendments")
    return [
        Heading(esc(title), st["h1"], key="texts", level=0, toc_text=title),
        *compilation_story(docs, width, key="texts"),
        PageBreak(),
    ]  # fmt: skip


def render_compilation(
    data: CompilationData, marking: Marking, on_progress: ProgressFn | None = None
) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = MarkedDocTemplate(
        buf,
        marking,
        title=data.title,
        subject=data.subtitle,
        author=data.our_delegation,
        on_progress=on_progress,
    )
    doc._firstPageTemplateIndex = 2  # the landscape template (reportlab's own switch)
    st = styles()
    story: list[Any] = [
        Heading(esc(data.title), st["h1"], key="compilation", level=0, toc_text=data.title),
        para(data.subtitle, "cover_sub"),
        para(f"{data.our_delegation} · {data.prepared}", "small"),
        Spacer(1, 6),
        *compilation_story(data.documents, doc.landscape_width),
    ]
    doc.multiBuild(story)
    return buf.getvalue(), doc.total_pages
