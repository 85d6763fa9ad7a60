"""One brief per agenda item: every section of the position, others' stances,
our counterparts, and what happened on the item before."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..i18n.printing import QT_TRANSLATE_NOOP, number, translate
from .headings import Heading
from .keep_with import keep_with_previous
from .pack_model import ItemBrief, PositionBlock
from .pack_pages import ChangeBar, clearance_block, draft_notice
from .styles import NFD, NFD_SHADE, esc, inline, para, rich, styles, xml
from .tables import boxed, grid, key_values

LADDER = "opening fallbacks red_line authority"
# translated inside f-strings below, listed for lupdate
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Pack", "Authority to move down the ladder:"),
    QT_TRANSLATE_NOOP("Pack", "Q:"),
    QT_TRANSLATE_NOOP("Pack", "A:"),
    QT_TRANSLATE_NOOP("Pack", "Addendum:"),
    QT_TRANSLATE_NOOP("Pack", "1 earlier note on this item not printed"),
    QT_TRANSLATE_NOOP("Pack", "%s earlier notes on this item not printed"),
    QT_TRANSLATE_NOOP(
        "Pack", ": this pack prints the last %s per item (Notes in the app hold them all)."
    ),
)
RED_LINE_BORDER = NFD
RED_LINE_SHADE = NFD_SHADE


def _section(title: str, body: list[Any], changed: bool = False) -> list[Any]:
    """A sub-heading kept with the start of its text; a bar in the margin if it changed."""
    if not body:
        return []
    head = para(title, "h3")
    # a first part that is itself kept together (a label and its first line) is opened:
    # a KeepTogether inside another always asks for a new page (its height is "huge")
    first = body[0]
    lead = list(first._content) if isinstance(first, KeepTogether) else [first]
    if changed:
        return [KeepTogether([ChangeBar(True), head, *lead]), *body[1:], ChangeBar(False)]
    return [KeepTogether([head, *lead]), *body[1:]]


def _labelled(label: str, body: list[Any]) -> list[Any]:
    """A label kept with the first paragraph under it: never alone at the foot of a page
    (review s30 F1: "Fallbacks (in order)" ended a page, the fallbacks began the next).
    KeepTogether lets a first paragraph taller than a page split (no LayoutError)."""
    if not body:
        return []
    return [KeepTogether([para(label, "label"), body[0]]), *body[1:]]


def _numbered(values: tuple[str, ...]) -> list[Any]:
    st = styles()["numbered"]
    from .paragraph import ScriptParagraph

    return [
        ScriptParagraph(inline(v), st, bulletText=f"{n}.") for n, v in enumerate(values, 1) if v
    ]


def position_flowables(
    p: PositionBlock, width: float, changed: frozenset[str] = frozenset()
) -> list[Any]:
    """Every section of the position the data holds (the audience's parts: services redact);
    ``changed``: the parts changed since the last issue (an addendum), barred in the margin."""
    out: list[Any] = []
    out += _section(translate("Pack", "Objective"), rich(p.objective), "objective" in changed)
    stance = [xml(f"<b>{esc(translate('Labels', p.stance))}</b>")] if p.stance else []
    out += _section(translate("Pack", "Our stance"), stance, "stance" in changed)
    ladder: list[Any] = []
    if p.opening:
        ladder += _labelled(translate("Pack", "Opening position"), rich(p.opening))
    if p.fallbacks:
        ladder += _labelled(translate("Pack", "Fallbacks (in order)"), _numbered(p.fallbacks))
    if p.red_line:
        ladder.append(
            boxed(
                [
                    para(translate("Pack", "RED LINE (minimum acceptable)"), "nfd_label"),
                    *rich(p.red_line),
                ],
                width,
                border=RED_LINE_BORDER,
                background=RED_LINE_SHADE,
            )
        )
    if p.authority:
        ladder.append(Spacer(1, 4))
        authority = translate("Pack", "Authority to move down the ladder:")
        ladder.append(xml(f"<b>{esc(authority)}</b> {esc(translate('Labels', p.authority))}"))
    ladder_parts = set(LADDER.split())  # the sections the ladder prints
    out += _section(translate("Pack", "Position ladder"), ladder, bool(ladder_parts & changed))
    out += _section(translate("Pack", "Points to make"), _numbered(p.points), "points" in changed)
    out += _section(
        translate("Pack", "Tactical arguments (use only if the discussion turns that way)"),
        rich(p.tactical),
        "tactical" in changed,
    )
    if p.their_objectives:
        table = grid(
            [
                translate("Pack", "Delegation"),
                translate("Pack", "Their objective"),
                translate("Pack", "Our response"),
            ],
            [
                [
                    o.delegation or translate("Pack", "Several"),
                    rich(o.theirs, "cell", "cell"),
                    rich(o.ours, "cell", "cell"),
                ]
                for o in p.their_objectives
            ],
            [width * 0.18, width * 0.41, width * 0.41],
        )
        out += _section(
            translate("Pack", "Their objectives and our response"),
            [table],
            "their_objectives" in changed,
        )
    qa: list[Any] = []
    for d in p.defensive_lines:
        qa.append(xml(f"<b>{esc(translate('Pack', 'Q:'))}</b> {inline(d.question)}"))
        qa.append(xml(f"<b>{esc(translate('Pack', 'A:'))}</b> {inline(d.answer)}"))
        qa.append(Spacer(1, 2))
    out += _section(translate("Pack", "Defensive lines (Q&A)"), qa, "defensive_lines" in changed)
    out += _section(translate("Pack", "Press line"), rich(p.press_line), "press_line" in changed)
    out += _section(
        translate("Pack", "Background"), rich(p.background_releasable), "background" in changed
    )
    if p.background_nfd:
        out.append(Spacer(1, 4))
        if "background_nfd" in changed:
            out.append(ChangeBar(True))
        out.append(
            boxed(
                [
                    para(translate("Pack", "BACKGROUND - NOT FOR DISCLOSURE"), "nfd_label"),
                    *rich(p.background_nfd),
                ],
                width,
                border=NFD,
                background=NFD_SHADE,
            )
        )
        if "background_nfd" in changed:
            out.append(ChangeBar(False))
    return out


def brief_flowables(b: ItemBrief, width: float, key: str) -> list[Any]:
    st = styles()
    out: list[Any] = [
        Heading(
            esc(translate("Pack", "Item %s") % b.number) + f" &nbsp; {esc(b.title)}",
            st["h2"],
            key=key,
            level=2,
            toc_text=b.label,
            outline_text=b.label,
        )
    ]
    if b.draft:
        out += [draft_notice(), Spacer(1, 4)]  # a gap before the facts table below
    if b.change_note:
        out.append(
            xml(f"<b>{esc(translate('Pack', 'Addendum:'))}</b> {esc(b.change_note)}", "small")
        )
    facts = [
        (translate("Pack", "Meeting"), b.meeting_label),
        (translate("Pack", "Purpose"), translate("Labels", b.purpose)),
        (translate("Pack", "Lead"), b.lead),
        (
            translate("Pack", "Time"),
            translate("Pack", "%s min") % b.est_minutes if b.est_minutes else "",
        ),
        (translate("Pack", "ADM tags"), ", ".join(b.tags)),
        (translate("Pack", "Projects"), [para(x, "cell") for x in b.projects] or ""),
        (
            translate("Pack", "Documents"),
            [para(f"{d.symbol} - {d.title}" if d.title else d.symbol, "cell") for d in b.documents]
            or "",
        ),
    ]
    if b.position is not None:
        status = translate("Labels", b.position.status)
        if b.position.approved:
            status = f"{status} - {b.position.approved}"
        facts.append((translate("Pack", "Position"), status))
    else:
        facts.append(
            (
                translate("Pack", "Position"),
                translate("Pack", "No position recorded for this item."),
            )
        )
    out.append(key_values(facts, [28 * mm, width - 28 * mm]))
    out += rich(b.description, "small")
    if b.builds_on:  # an item of the Ministers' agenda: what the senior officials recommend
        out.append(para(translate("Pack", "Builds on"), "h3"))
        for e in b.builds_on:
            out.append(
                xml(f'<b>{esc(e.decision)}</b> <font size="8">({esc(e.source)})</font>', "body")
            )
            if e.som_outcome:
                out.append(para(e.som_outcome, "small"))
    if b.position is not None:
        out += position_flowables(b.position, width, frozenset(c.part for c in b.changes))
    if b.stances:
        rows = [
            [
                s.delegation,
                translate("Labels", s.expected),
                translate("Labels", s.observed),
                rich(" ".join(x for x in (s.expected_note, s.observed_note) if x), "cell", "cell"),
            ]
            for s in b.stances
        ]
        out += _section(
            translate("Pack", "Stances of other delegations"),
            [
                grid(
                    [
                        translate("Pack", "Delegation"),
                        translate("Pack", "Expected"),
                        translate("Pack", "Observed"),
                        translate("Pack", "Note"),
                    ],
                    rows,
                    _w(width, 0.24, 0.16, 0.16, 0.44),
                )
            ],
        )
    if b.counterparts:
        rows = [
            [c.name, c.delegation, c.title, rich(c.note, "cell", "cell")] for c in b.counterparts
        ]
        out += _section(
            translate("Pack", "Our counterparts on this item"),
            [
                grid(
                    [
                        translate("Pack", "Name"),
                        translate("Pack", "Delegation"),
                        translate("Pack", "Title"),
                        translate("Pack", "Interest"),
                    ],
                    rows,
                    _w(width, 0.24, 0.14, 0.28, 0.34),
                )
            ],
        )
    history: list[Any] = []
    for o in b.past_outcomes:
        verb = translate("Labels", o.verb)
        history.append(xml(f"<b>{esc(o.meeting)}</b> - <i>{esc(verb)}</i>: {inline(o.text)}"))
    if b.past_notes:
        rows = [
            [
                xml(f"{esc(n.when)}<br/>{esc(n.meeting)}", "cell"),
                n.speaker,
                rich(n.text, "cell", "cell"),
                translate("Labels", n.stance),
            ]
            for n in b.past_notes
        ]
        history.append(Spacer(1, 3))
        history.append(
            grid(
                [
                    translate("Pack", "When"),
                    translate("Pack", "Speaker"),
                    translate("Pack", "What was said"),
                    translate("Pack", "Stance"),
                ],
                rows,
                _w(width, 0.2, 0.16, 0.5, 0.14),
            )
        )
    if b.notes_left_out:
        earlier = (
            translate("Pack", "1 earlier note on this item not printed")
            if b.notes_left_out == 1
            else translate("Pack", "%s earlier notes on this item not printed")
            % number(b.notes_left_out)
        )
        shown = translate(
            "Pack", ": this pack prints the last %s per item (Notes in the app hold them all)."
        ) % len(b.past_notes)
        history.append(para(earlier + shown, "small"))
    out += _section(translate("Pack", "Past notes and outcomes on this item"), history)
    if b.position is not None:  # never alone at the top of a page: it closes the brief
        out = keep_with_previous(out, clearance_block(b.position.clearance, width))
    return out


def _w(width: float, *fractions: float) -> list[float]:
    return [width * f for f in fractions]
