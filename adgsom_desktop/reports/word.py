"""Word (.docx) copies of the report to capital, the outcome summary and an item brief.

For colleagues who edit in Word: the same headings as the PDF, from the same
data (already redacted for the audience by the service: nothing here decides
what is secret), and the marking in every page's header and footer: the
classification at the top and the bottom, the reference, the copy mark
("Copy 2 of 3 - issued to ..."), the audience and "Page N of M".  Core
properties carry the same framing as a PDF's metadata (``DocumentMeta``).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from ..domain import markup
from ..domain.enums import NOT_NAMED
from ..i18n.printing import number, translate
from .pack_model import DocumentMeta, ItemBrief, Marking, ReportData, ReportItem, Statement

FONT = "Noto Sans"  # Word falls back per script where the reader's machine lacks it


def _field(run: Any, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) inside ``run``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = code
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, end):
        run._r.append(el)


def emphasis(run: Any, bold: bool = False, italic: bool = False) -> Any:
    """Bold and italic for every script: Word draws Thai (and other complex scripts) with
    ``w:bCs``/``w:iCs``, so ``run.bold`` alone leaves "แท็ก" plain beside a bold "ADM:"."""
    rpr = run._r.get_or_add_rPr()
    if bold:
        run.bold = True
        rpr.get_or_add_bCs()
    if italic:
        run.italic = True
        rpr.get_or_add_iCs()
    return run


def sized(holder: Any, points: float) -> Any:
    """``holder`` (a run or a style) in ``points`` for every script: Word sizes Thai with
    ``w:szCs``, which ``font.size`` leaves at the template's 11 pt."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    holder.font.size = Pt(points)
    rpr = holder._r.get_or_add_rPr() if hasattr(holder, "_r") else holder.element.get_or_add_rPr()
    old = rpr.find(qn("w:szCs"))
    if old is not None:
        rpr.remove(old)
    cs = OxmlElement("w:szCs")
    cs.set(qn("w:val"), str(round(points * 2)))
    rpr.find(qn("w:sz")).addnext(cs)
    return holder


class WordDoc:
    """A document with the marking on every page, and the few blocks the reports use."""

    def __init__(self, marking: Marking, meta: DocumentMeta, audience_line: str) -> None:
        from docx import Document
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import RGBColor

        self.doc = Document()
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        sized(normal, 10)
        section = self.doc.sections[0]
        cls = (marking.classification or "").upper()
        header = section.header
        top = header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = emphasis(top.add_run(cls), bold=True)
        run.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        line = header.add_paragraph()
        copy = marking.copy.text if marking.copy is not None else ""
        sized(line.add_run(" - ".join(x for x in (translate("Pack", "Ref. %s") % marking.reference
                                  if marking.reference else "", copy, audience_line) if x)), 8)  # fmt: skip
        footer = section.footer
        foot = footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        page, _n, of = translate("Pack", "Page %1 of %2").partition("%1")
        of = of.partition("%2")[0]
        page = page.strip()
        small = foot.add_run(
            f"{marking.footer_title}    {page} " if marking.footer_title else f"{page} "
        )
        sized(small, 8)
        for code in ("PAGE", "NUMPAGES"):
            run = foot.add_run()
            sized(run, 8)
            _field(run, code)
            if code == "PAGE":
                sized(foot.add_run(of), 8)
        bottom = footer.add_paragraph()
        bottom.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = emphasis(bottom.add_run(cls), bold=True)
        run.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        props = self.doc.core_properties
        # in the copy's language, like its pages (File > Info in Word shows them)
        audience = translate("Labels", meta.audience) if meta.audience else ""
        props.title = meta.title
        props.author = meta.author
        props.subject = meta.subject
        props.keywords = "; ".join(x for x in (meta.classification, meta.reference, audience) if x)
        props.category = meta.classification
        props.identifier = meta.reference
        props.language = meta.language
        props.comments = translate("Pack", "Issued for: %s") % audience
        props.last_modified_by = meta.author
        # issued now (not python-docx's template date, 2013-12-23); naive UTC, as Word reads it
        issued = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        props.created = props.modified = issued
        props.revision = 1

    # -- blocks -------------------------------------------------------------------------
    def heading(self, text: str, level: int) -> None:
        self.doc.add_heading(text, level=level)

    def text(self, value: str, style: str | None = None) -> None:
        """Portable markup (paragraphs, "- " bullets, bold and italic) as Word paragraphs."""
        for block in markup.parse(value or ""):
            p = self.doc.add_paragraph(style="List Bullet" if block.kind == "bullet" else style)
            for r in block.runs:
                emphasis(p.add_run(r.text), r.bold, r.italic)

    def line(self, label: str, value: str) -> None:
        if not value:
            return
        p = self.doc.add_paragraph()
        emphasis(p.add_run(f"{label}: "), bold=True)
        for r in markup.parse_inline(value):
            emphasis(p.add_run(r.text), r.bold, r.italic)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        if not rows:
            return
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = ""
            emphasis(cell.paragraphs[0].add_run(text), bold=True)
        for row in rows:
            cells = t.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = markup.to_plain(text)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


# -- the report to capital and the outcome summary -------------------------------------------
def enum_text(value: str) -> str:
    """A value the catalogue translates where it is printed (a purpose, a status, a stance:
    "Labels"), as the PDF prints it; "" stays ""."""
    return translate("Labels", value) if value else ""


def _said(rows: tuple[Statement, ...], stance: bool = False) -> list[list[str]]:
    return [
        [f"{s.speaker} {s.when}".strip(), s.text, *([enum_text(s.stance)] if stance else [])]
        for s in rows
    ]


def _capital_item(w: WordDoc, item: ReportItem, show_decision: bool) -> None:
    w.heading(translate("Pack", "Item %s") % item.label, 2)
    if item.purpose:
        w.text(enum_text(item.purpose))
    if show_decision:
        w.heading(translate("Pack", "Decision"), 3)
        for d in item.decisions or ():
            w.line(enum_text(d.verb), d.text)
        if not item.decisions:
            w.text(translate("Pack", "No decision recorded."))
    happened = [s for s in item.happened if s.kind in ("Proposal", "Decision", "Remark")]
    if happened:
        w.heading(translate("Pack", "What happened"), 3)
        for s in happened:
            w.line(f"{s.when} {s.speaker} ({enum_text(s.kind)})", s.text)
    if item.we_said:
        w.heading(translate("Pack", "What we said"), 3)
        w.table(
            [translate("Pack", "Speaker"), translate("Pack", "What was said")], _said(item.we_said)
        )
    if item.points_delivered or item.points_not_delivered:
        w.heading(translate("Pack", "Our points to make"), 3)
        for p in item.points_delivered:
            w.line(translate("Pack", "Delivered"), p)
        for p in item.points_not_delivered:
            w.line(translate("Pack", "Not delivered"), p)
    if item.others_said:
        w.heading(translate("Pack", "What others said"), 3)
        w.table(
            [
                translate("Pack", "Speaker"),
                translate("Pack", "What was said"),
                translate("Pack", "Stance"),
            ],
            _said(item.others_said, True),
        )
    if item.stances:
        w.heading(translate("Pack", "Stances of others"), 3)
        w.table(
            [
                translate("Pack", "Delegation"),
                translate("Pack", "Expected"),
                translate("Pack", "Observed"),
                translate("Pack", "Note"),
            ],
            [
                [s.delegation, enum_text(s.expected), enum_text(s.observed), s.observed_note]
                for s in item.stances
            ],
        )
    if item.our_actions:
        w.heading(translate("Pack", "Follow-up for our agencies"), 3)
        w.table(
            [
                translate("Pack", "Action"),
                translate("Pack", "Owner"),
                translate("Pack", "Due"),
                translate("Pack", "Status"),
            ],
            [[a.text, a.owner, a.due, enum_text(a.status)] for a in item.our_actions],
        )


def _prepared(on: str, by: str) -> str:
    from .report_builder import _prepared as prepared

    return prepared(on, by)


def report_docx(data: ReportData, marking: Marking, meta: DocumentMeta) -> bytes:
    """The report as a Word document (the PDF's headings, the copy's marking)."""
    from .audiences import part

    cover_line = translate("Labels", data.audience.cover_line)
    w = WordDoc(marking, meta, cover_line)
    w.heading(data.title, 0)
    w.text(data.meeting_title)
    for label, value in (
        (translate("Pack", "Meeting"), data.meeting_label),
        (translate("Pack", "Event"), data.event_title),
        (translate("Pack", "Date"), data.days),
        (translate("Pack", "Venue"), data.venue),
        (translate("Pack", "Chair"), data.chair),
        (translate("Pack", "Delegation"), data.our_delegation),
        (translate("Pack", "Prepared"), _prepared(data.prepared_on, data.prepared_by)),
        (translate("Pack", "For"), cover_line),
    ):
        w.line(label, value)
    if data.speaking_minutes is not None:
        w.line(
            translate("Pack", "Our speaking time"),
            translate("Pack", "%s min") % f"{data.speaking_minutes:.0f}",
        )
    if data.summary:
        w.text(data.summary)
    if data.kind == "outcomes":
        for item in (i for i in data.items if i.decisions):
            w.heading(item.label, 2)
            for n, d in enumerate(item.decisions, 1):
                w.text(f"{n}. {d.text}")
        if data.recommendations:
            w.heading(translate("Pack", "For the Ministers"), 1)
            w.text(translate("Pack", "The Meeting recommends that the Ministers:"))
            for n, r in enumerate(data.recommendations, 1):
                w.text(f"{n}. {r}")
        return w.save()
    show = part("capital.decisions").allows(data.audience)
    for item in data.items:
        _capital_item(w, item, show)
    for doc in data.texts:
        w.heading(translate("Pack", "Negotiated texts: %s") % doc.title, 1)
        w.table(
            [translate("Pack", "Paragraph"), translate("Pack", "Current text"), translate("Pack", "Our proposal"), translate("Pack", "State"), translate("Pack", "Reason")],
            [
                [x.label, x.current, "".join(t for k, t in x.proposal if k != "removed"),
                 enum_text(x.state), x.reason]
                for x in doc.lines
            ],
        )  # fmt: skip
    if data.other_actions:
        w.heading(translate("Pack", "Action items for others"), 1)
        w.table(
            [
                translate("Pack", "Action"),
                translate("Pack", "Owner"),
                translate("Pack", "Due"),
                translate("Pack", "Status"),
            ],
            [[a.text, a.owner, a.due, enum_text(a.status)] for a in data.other_actions],
        )
    return w.save()


# -- one item brief ----------------------------------------------------------------------------
def brief_docx(brief: ItemBrief, marking: Marking, meta: DocumentMeta, audience_line: str) -> bytes:
    """One item's brief as a Word document, with the sections the PDF prints."""
    w = WordDoc(marking, meta, audience_line)
    w.heading(translate("Pack", "Item %s") % brief.label, 0)
    if brief.draft:
        w.line(
            translate("Pack", "DRAFT"),
            translate(
                "Pack",
                "the position on this item is not approved: do not use it as an agreed line.",
            ),
        )
    for label, value in (
        (translate("Pack", "Meeting"), brief.meeting_label),
        (translate("Pack", "Purpose"), enum_text(brief.purpose)),
        (translate("Pack", "Lead"), brief.lead),
        (translate("Pack", "Time"), translate("Pack", "%s min") % brief.est_minutes if brief.est_minutes else ""),
        (translate("Pack", "ADM tags"), ", ".join(brief.tags)),
        (translate("Pack", "Projects"), "; ".join(brief.projects)),
        (translate("Pack", "Documents"), "; ".join(f"{d.symbol} - {d.title}" if d.title else d.symbol
                                for d in brief.documents)),
    ):  # fmt: skip
        w.line(label, value)
    p = brief.position
    w.line(
        translate("Pack", "Position"),
        " - ".join(x for x in (enum_text(p.status), p.approved) if x)
        if p is not None
        else translate("Pack", "No position recorded for this item."),
    )
    w.text(brief.description)
    if brief.builds_on:  # an item of the Ministers' agenda: what the senior officials recommend
        w.heading(translate("Pack", "Builds on"), 2)
        for e in brief.builds_on:
            w.line(e.decision, f"({e.source})")
            w.text(e.som_outcome)
    if p is not None:
        sections: list[tuple[str, str]] = [
            (translate("Pack", "Objective"), p.objective),
            (translate("Pack", "Our stance"), enum_text(p.stance)),
            (translate("Pack", "Opening position"), p.opening),
            (translate("Pack", "Fallbacks (in order)"), "\n".join(f"- {x}" for x in p.fallbacks)),
            (translate("Pack", "RED LINE (minimum acceptable)"), p.red_line),
            (translate("Pack", "Authority to move down the ladder"), enum_text(p.authority)),
            (translate("Pack", "Points to make"), "\n".join(f"- {x}" for x in p.points)),
            (
                translate("Pack", "Tactical arguments (use only if the discussion turns that way)"),
                p.tactical,
            ),
        ]
        for title, value in sections:
            if value:
                w.heading(title, 2)
                w.text(value)
        if p.their_objectives:
            w.heading(translate("Pack", "Their objectives and our response"), 2)
            w.table(
                [
                    translate("Pack", "Delegation"),
                    translate("Pack", "Their objective"),
                    translate("Pack", "Our response"),
                ],
                [
                    [o.delegation or translate("Pack", "Several"), o.theirs, o.ours]
                    for o in p.their_objectives
                ],
            )
        if p.defensive_lines:
            w.heading(translate("Pack", "Defensive lines (Q&A)"), 2)
            for d in p.defensive_lines:
                w.line(translate("Pack", "Q"), d.question)
                w.line(translate("Pack", "A"), d.answer)
        for title, value in (
            (translate("Pack", "Press line"), p.press_line),
            (translate("Pack", "Background"), p.background_releasable),
            (translate("Pack", "BACKGROUND - NOT FOR DISCLOSURE"), p.background_nfd),
        ):
            if value:
                w.heading(title, 2)
                w.text(value)
    if brief.stances:
        w.heading(translate("Pack", "Stances of other delegations"), 2)
        w.table(
            [translate("Pack", "Delegation"), translate("Pack", "Expected"), translate("Pack", "Observed"), translate("Pack", "Note")],
            [[s.delegation, enum_text(s.expected), enum_text(s.observed),
              " ".join(x for x in (s.expected_note, s.observed_note) if x)]
             for s in brief.stances],
        )  # fmt: skip
    if brief.counterparts:
        w.heading(translate("Pack", "Our counterparts on this item"), 2)
        w.table(
            [
                translate("Pack", "Name"),
                translate("Pack", "Delegation"),
                translate("Pack", "Title"),
                translate("Pack", "Interest"),
            ],
            [[c.name, c.delegation, c.title, c.note] for c in brief.counterparts],
        )
    if brief.past_outcomes or brief.past_notes:
        w.heading(translate("Pack", "Past notes and outcomes on this item"), 2)
        for o in brief.past_outcomes:
            w.line(f"{o.meeting} - {enum_text(o.verb)}", o.text)
        w.table(
            [
                translate("Pack", "When"),
                translate("Pack", "Speaker"),
                translate("Pack", "What was said"),
                translate("Pack", "Stance"),
            ],
            [
                [f"{n.when} {n.meeting}", n.speaker, n.text, enum_text(n.stance)]
                for n in brief.past_notes
            ],
        )
        if brief.notes_left_out:
            earlier = (
                translate("Pack", "1 earlier note on this item not printed")
                if brief.notes_left_out == 1
                else translate("Pack", "%s earlier notes on this item not printed")
                % number(brief.notes_left_out)
            )
            shown = translate(
                "Pack", ": this brief holds the last %s (Notes in the app hold them all)."
            ) % len(brief.past_notes)
            w.text(earlier + shown)
    if p is not None and p.clearance:
        w.heading(translate("Pack", "Clearance"), 2)
        w.table(
            [translate("Pack", "Clearance"), translate("Pack", "Name"), translate("Pack", "Date"), ""],
            [[translate("Pack", c.step),
              (translate("Pack", NOT_NAMED) if c.who == NOT_NAMED else c.who) or "—",
              c.when if c.who else "", c.note if c.who else ""]
             for c in p.clearance],
        )  # fmt: skip
    return w.save()
