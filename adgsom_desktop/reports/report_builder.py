"""Reports of a meeting: the report to capital (debrief) and the outcome summary."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from ..i18n.printing import translate
from .audiences import part
from .compilation import compilation_story
from .document import MarkedDocTemplate, ProgressFn
from .headings import Heading
from .pack_builder import RenderedPdf, merge
from .pack_model import DocumentMeta, Marking, ReportData, ReportItem, Statement
from .page_geometry import PORTRAIT_W
from .styles import esc, inline, para, rich, styles, xml
from .tables import grid, key_values

W = PORTRAIT_W  # the frame's width (document.py)


def _prepared(on: str, by: str) -> str:
    """ "12 January 2026 by A. Name" in the printing language."""
    if on and by:
        return translate("Pack", "%1 by %2").replace("%1", on).replace("%2", by)
    return on or by


def _statements(rows: tuple[Statement, ...], with_stance: bool = False) -> Any:
    header = [translate("Pack", "Speaker"), translate("Pack", "What was said")] + (
        [translate("Pack", "Stance")] if with_stance else []
    )
    widths = [W * 0.2, W * 0.64, W * 0.16] if with_stance else [W * 0.2, W * 0.8]
    data = []
    for st in rows:
        speaker = xml(f"<b>{esc(st.speaker)}</b><br/><font size=7>{esc(st.when)}</font>", "cell")
        row: list[Any] = [speaker, rich(st.text, "cell", "cell")]
        if with_stance:
            row.append(translate("Labels", st.stance) if st.stance else "")
        data.append(row)
    return grid(header, data, widths)


def _sub(title: str, body: list[Any]) -> list[Any]:
    if not body:
        return []
    return [KeepTogether([para(title, "h3"), body[0]]), *body[1:]]


def capital_item(item: ReportItem, key: str, show_decision: bool = True) -> list[Any]:
    out: list[Any] = [
        Heading(
            esc(translate("Pack", "Item %s") % item.number) + f" &nbsp; {esc(item.title)}",
            styles()["h2"],
            key=key,
            level=1,
            toc_text=item.label,
        )
    ]
    if item.purpose:
        out.append(para(translate("Labels", item.purpose), "small"))
    decisions = [
        xml(f"<i>{esc(translate('Labels', d.verb))}</i>: {inline(d.text)}", "body")
        for d in item.decisions
    ]
    if show_decision:  # (the decisions are not every audience's)
        out += _sub(
            translate("Pack", "Decision"),
            decisions or [para(translate("Pack", "No decision recorded."), "small")],
        )
    if item.happened:
        summary = [
            xml(
                f"<b>{esc(s.when)} {esc(s.speaker)}</b> ({esc(translate('Labels', s.kind))}): "
                + inline(s.text),
                "body",
            )
            for s in item.happened
            if s.kind in ("Proposal", "Decision", "Remark")
        ]
        out += _sub(translate("Pack", "What happened"), summary)
    out += _sub(
        translate("Pack", "What we said"), [_statements(item.we_said)] if item.we_said else []
    )
    said, unsaid = translate("Pack", "Delivered"), translate("Pack", "Not delivered")
    delivered = [xml(f"<b>{esc(said)}:</b> {inline(p)}", "body") for p in item.points_delivered]
    delivered += [
        xml(f"<b>{esc(unsaid)}:</b> {inline(p)}", "body") for p in item.points_not_delivered
    ]
    out += _sub(translate("Pack", "Our points to make"), delivered)
    out += _sub(
        translate("Pack", "What others said"),
        [_statements(item.others_said, True)] if item.others_said else [],
    )
    if item.stances:
        rows = [
            [
                s.delegation,
                translate("Labels", s.expected),
                translate("Labels", s.observed),
                rich(s.observed_note, "cell", "cell"),
            ]
            for s in item.stances
        ]
        out += _sub(
            translate("Pack", "Stances of others"),
            [
                grid(
                    [
                        translate("Pack", "Delegation"),
                        translate("Pack", "Expected"),
                        translate("Pack", "Observed"),
                        translate("Pack", "Note"),
                    ],
                    rows,
                    [W * 0.26, W * 0.17, W * 0.17, W * 0.4],
                )
            ],
        )
    if item.our_actions:
        rows = [
            [rich(a.text, "cell", "cell"), a.owner, a.due, translate("Labels", a.status)]
            for a in item.our_actions
        ]
        out += _sub(
            translate("Pack", "Follow-up for our agencies"),
            [
                grid(
                    [
                        translate("Pack", "Action"),
                        translate("Pack", "Owner"),
                        translate("Pack", "Due"),
                        translate("Pack", "Status"),
                    ],
                    rows,
                    [W * 0.5, W * 0.22, W * 0.14, W * 0.14],
                )
            ],
        )
    out.append(Spacer(1, 8))
    return out


def outcome_item(item: ReportItem, key: str) -> list[Any]:
    out: list[Any] = [
        Heading(
            f"{esc(item.number)} &nbsp; {esc(item.title)}",
            styles()["h3"],
            key=key,
            level=1,
            toc_text=item.label,
        )
    ]
    for n, d in enumerate(item.decisions, 1):
        out.append(xml(f"{n}. {inline(d.text)}", "body"))
    return out


def report_story(data: ReportData) -> list[Any]:
    st = styles()
    story: list[Any] = [
        Heading(esc(data.title), st["h1"], key="report", level=0, toc_text=data.title),
        para(data.meeting_title, "cover_sub"),
        Spacer(1, 4),
    ]
    facts = [
        (translate("Pack", "Meeting"), data.meeting_label),
        (translate("Pack", "Event"), data.event_title),
        (translate("Pack", "Date"), data.days),
        (translate("Pack", "Venue"), data.venue),
        (translate("Pack", "Chair"), data.chair),
        (translate("Pack", "Delegation"), data.our_delegation),
        (translate("Pack", "Prepared"), _prepared(data.prepared_on, data.prepared_by)),
    ]
    if data.speaking_minutes is not None:
        facts.append(
            (
                translate("Pack", "Our speaking time"),
                translate("Pack", "%s min") % f"{data.speaking_minutes:.0f}",
            )
        )
    facts.append((translate("Pack", "For"), translate("Labels", data.audience.cover_line)))
    story.append(key_values(facts, [32 * mm, W - 32 * mm]))
    story.append(Spacer(1, 6))
    if data.summary:
        story += rich(data.summary)
    if data.kind == "outcomes":
        decided = [i for i in data.items if i.decisions]
        if not part("outcomes.outcomes").allows(data.audience):
            story.append(
                para(
                    translate("Pack", "The outcomes are not in the copy for %s.")
                    % data.audience.reader,
                    "small",
                )
            )
        elif not decided:
            story.append(
                para(
                    translate("Pack", "No outcome has been recorded for this meeting yet."), "small"
                )
            )
        for n, item in enumerate(decided):
            story += outcome_item(item, f"item-{n}")
        if data.recommendations:
            story.append(
                Heading(
                    translate("Pack", "For the Ministers"),
                    st["h2"],
                    key="recs",
                    level=0,
                    toc_text=translate("Pack", "For the Ministers"),
                )
            )
            story.append(
                para(translate("Pack", "The Meeting recommends that the Ministers:"), "body")
            )
            for n, r in enumerate(data.recommendations, 1):
                story.append(xml(f"{n}. {inline(r)}", "numbered"))
    else:
        show = part("capital.decisions").allows(data.audience)
        for n, item in enumerate(data.items):
            story += capital_item(item, f"item-{n}", show)
        if data.texts:
            story += [
                PageBreak(),
                Heading(
                    translate("Pack", "Negotiated texts: our amendments"),
                    st["h2"],
                    key="texts",
                    level=0,
                ),
                *compilation_story(data.texts, W, key="texts"),
            ]
        if data.other_actions:
            rows = [
                [rich(a.text, "cell", "cell"), a.owner, a.due, translate("Labels", a.status)]
                for a in data.other_actions
            ]
            story += [
                PageBreak(),
                Heading(
                    translate("Pack", "Action items for others"), st["h2"], key="others", level=0
                ),
                grid(
                    [
                        translate("Pack", "Action"),
                        translate("Pack", "Owner"),
                        translate("Pack", "Due"),
                        translate("Pack", "Status"),
                    ],
                    rows,
                    [W * 0.5, W * 0.22, W * 0.14, W * 0.14],
                ),
            ]
    return story


def _for(data: ReportData) -> str:
    return f"for {data.audience.reader}"


def render_report(
    data: ReportData,
    markings: Sequence[Marking],
    *,
    one_file: bool = False,
    on_progress: ProgressFn | None = None,
) -> list[RenderedPdf]:
    """The report once per marking (copy: "Copy K of N" in every page's header), or one
    merged PDF; further copies are one more pass of the same story, as for packs."""
    if not markings:
        raise ValueError("at least one marking (copy) is needed")
    first = markings[0]
    buf = io.BytesIO()
    meta = report_meta(data, first)
    doc = MarkedDocTemplate(
        buf,
        first,
        title=meta.title,
        subject=meta.subject,
        author=meta.author,
        on_progress=on_progress,
        meta=meta,
    )
    story = report_story(data)
    doc.multiBuild(story)
    results = [RenderedPdf(buf.getvalue(), doc.total_pages, first)]
    for marking in markings[1:]:
        buf = io.BytesIO()
        doc.filename = buf
        doc.build_again(story, marking)
        results.append(RenderedPdf(buf.getvalue(), doc.total_pages, marking))
    if one_file and len(results) > 1:
        return [merge(results, meta)]
    return results


def report_meta(data: ReportData, marking: Marking) -> DocumentMeta:
    """The report's title (reference, title, audience), author (who prepared it), marking."""
    return DocumentMeta(
        title=" - ".join(x for x in (marking.reference, data.title, data.audience.label) if x),
        author=data.prepared_by or data.our_delegation or "ADGSOM Desktop",
        subject=" - ".join(x for x in (data.meeting_title, data.event_title) if x),
        classification=(marking.classification or "").upper(),
        reference=marking.reference,
        audience=data.audience.label,
    )
