"""HTML for the negotiated-text view (Qt-free): a paragraph with its brackets and tracked
proposals marked, a word-level diff, our amendment.

Every colour goes with a second sign that reads without it: deleted words are struck
through, added words underlined, brackets keep their square brackets and get their
proponents in small capitals after them, a red line is a framed box with its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ...services.negotiation.records import AmendmentRec, ParagraphRec, ProposalRec
from ...services.position_diff import ADDED, REMOVED, DiffSegment
from ..common.theme_colours import current_colours


def _styles() -> tuple[str, str, str, str]:
    """Deleted, inserted, bracketed and proponent runs, in the theme's colours."""
    c = current_colours()
    return (
        f"color:{c['del']};text-decoration:line-through;",
        f"color:{c['ins']};text-decoration:underline;",
        f"background:{c['bracket_bg']};",
        f"color:{c['who']};font-size:small;font-variant:small-caps;",
    )


def esc(text: str) -> str:
    return escape(text, quote=False)


def diff_html(segments: Sequence[DiffSegment]) -> str:
    DEL, INS, _bracket, _who = _styles()
    out = []
    for s in segments:
        if s.kind == REMOVED:
            out.append(f'<span style="{DEL}">{esc(s.text)}</span>')
        elif s.kind == ADDED:
            out.append(f'<span style="{INS}">{esc(s.text)}</span>')
        else:
            out.append(esc(s.text))
    return "".join(out)


def _proposal_marks(p: ParagraphRec) -> dict[int, list[tuple[str, ProposalRec]]]:
    """Offset -> what happens there: ('del-start'|'del-end'|'ins', proposal)."""
    marks: dict[int, list[tuple[str, ProposalRec]]] = {}
    for pr in p.proposals:
        if pr.old_text:
            marks.setdefault(pr.start, []).append(("del-start", pr))
            marks.setdefault(pr.end, []).append(("del-end", pr))
        if pr.new_text and not (p.inserted_by and pr.start == 0):
            marks.setdefault(pr.end, []).append(("ins", pr))
    return marks


def paragraph_html(p: ParagraphRec) -> str:
    """The paragraph as circulated: brackets shaded with their proponents, tracked
    proposals of other delegations inline (deletions struck, insertions underlined)."""
    DEL, INS, BRACKET, WHO = _styles()
    text = p.text
    starts = {b.start: b for b in p.brackets}
    ends = {b.end: b for b in p.brackets}
    marks = _proposal_marks(p)
    out: list[str] = []
    for k in range(len(text) + 1):
        for kind, pr in marks.get(k, ()):
            if kind == "del-end":
                out.append(f'</span><span style="{WHO}">&nbsp;{esc(pr.who)}</span>')
            elif kind == "ins":
                out.append(
                    f'<span style="{INS}">{esc(pr.new_text)}</span>'
                    f'<span style="{WHO}">&nbsp;{esc(pr.who)}</span>'
                )
        if k in ends:
            b = ends[k]
            who = ", ".join(b.proponents)
            out.append("</span>")
            if who:
                out.append(f'<span style="{WHO}">&nbsp;{esc(who)}</span>')
        if k in starts:
            out.append(f'<span style="{BRACKET}">')
        for kind, _pr in marks.get(k, ()):
            if kind == "del-start":
                out.append(f'<span style="{DEL}">')
        if k < len(text):
            out.append(esc(text[k]))
    body = "".join(out)
    if p.inserted_by:
        body = f'<span style="{INS}">{body}</span> <span style="{WHO}">(new, {esc(p.proposals[0].who if p.proposals else p.inserted_by)})</span>'
    return body


def amendment_html(a: AmendmentRec, tr: dict[str, str]) -> str:
    """One of our amendments: state, kind, our text as a change, reason, item, warnings."""
    c = current_colours()
    parts = [
        f"<p><b>{esc(tr.get(a.state.value, a.state.label))}</b> · {esc(a.kind)}"
        + (f" · {esc(tr['written_on'])} {esc(a.written_on)}" if a.written_on else "")
        + "</p>"
    ]
    parts.append(f"<p>{diff_html(a.segments)}</p>")
    if a.conflict:
        parts.append(f'<p style="color:{c["error"]};"><b>{esc(tr["conflict"])}</b></p>')
    if a.taken_in:
        parts.append(f'<p style="color:{c["ok"]};"><b>{esc(tr["taken_in"])}</b></p>')
    if a.rationale:
        parts.append(f"<p><i>{esc(tr['reason'])}</i> {esc(a.rationale)}</p>")
    if a.item_label:
        parts.append(f"<p><i>{esc(tr['item'])}</i> {esc(a.item_label)}</p>")
    if a.state_note:
        parts.append(f"<p><i>{esc(tr['note'])}</i> {esc(a.state_note)}</p>")
    for line in a.red_lines:
        parts.append(
            f'<table width="100%" cellpadding="4" style="border:1px solid {c["error"]};'
            f'background:{c["error_bg"]};"><tr><td>'
            f"<b>{esc(tr['red_line'])}</b> {esc(line)}</td></tr></table>"
        )
    return "".join(parts)
