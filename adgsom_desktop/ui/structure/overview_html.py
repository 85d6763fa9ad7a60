"""HTML for the read-only overview pages (built from records; all text escaped)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.markup import escape_html as esc
from ...domain.markup import to_html
from ...domain.timeutil import to_local
from ...services.position_records import PositionRec
from ...services.records import AgendaItemRec, EventRec, MeetingRec, NoteRec
from ..common import theme
from ..common.dates import date_time, days
from ..common.labels import label_tr

translate = QCoreApplication.translate  # lupdate reads translate("Overview", ...)

_CSS = """
<style>
body { margin: 6px; }
h1 { font-size: 150%; margin: 0 0 2px 0; }
h2 { font-size: 118%; margin: 14px 0 4px 0; color: {heading}; }
.sub { color: {muted}; margin: 0 0 8px 0; }
table.grid { border-collapse: collapse; margin-top: 4px; }
table.grid th { background: {header_bg}; text-align: left; padding: 3px 8px; }
table.grid td { padding: 3px 8px; border-bottom: 1px solid {grid_line}; vertical-align: top; }
.num { white-space: nowrap; font-weight: bold; }
.tag { background: {tag_bg}; padding: 0 4px; }
.muted { color: {muted}; }
.status-approved { color: {ok}; font-weight: bold; }
.status-for_review { color: {warning}; font-weight: bold; }
.status-draft { color: {muted}; font-weight: bold; }
</style>
"""


def css() -> str:
    """The pages' style sheet in the current theme's colours."""
    colours = theme.current().colours
    return "".join(
        colours[part[1:]] if part.startswith("{") else part
        for part in re.split(r"(\{[a-z_]+)\}", _CSS)
    )


def event_html(e: EventRec, meetings: list[MeetingRec]) -> str:
    where = ", ".join(x for x in (e.city, e.country) if x)
    parts = [css(), f"<h1>{esc(e.title)}</h1>"]
    sub = " · ".join(
        x
        for x in (
            days(e.start_date, e.end_date),
            where,
            translate("Overview", "Host: %s") % e.host_code if e.host_code else "",
        )
        if x
    )
    parts.append(f"<p class='sub'>{esc(sub)}</p>")
    parts.append(
        f"<p><a href='do:edit-event:{e.id}'>{esc(translate('Overview', 'Event details…'))}</a>"
        f" · <a href='do:new-meeting:{e.id}'>{esc(translate('Overview', 'Add a meeting…'))}</a></p>"
    )
    parts.append(f"<h2>{esc(translate('Overview', 'Programme'))}</h2>")
    if meetings:
        rows = []
        for m in meetings:
            when = days(m.date, m.end_date)
            hours = ""
            if m.start_time:
                hours = f"{m.start_time:%H:%M}" + (f"-{m.end_time:%H:%M}" if m.end_time else "")
            rows.append(
                f"<tr><td class='num'>{esc(when)}</td><td>{esc(hours)}</td>"
                f"<td><a href='nav:meeting:{m.id}'>{esc(m.title)}</a></td>"
                f"<td>{esc(m.venue)}</td><td>{esc(m.chair)}</td>"
                f"<td align='right'>{m.item_count}</td></tr>"
            )
        parts.append(
            "<table class='grid' width='100%'><tr>"
            + _heads(
                translate("Overview", "Date"),
                translate("Overview", "Time"),
                translate("Overview", "Meeting"),
                translate("Overview", "Venue"),
                translate("Overview", "Chair"),
                translate("Overview", "Items"),
            )
            + "</tr>"
            + "".join(rows)
            + "</table>"
        )
    else:
        parts.append(
            f"<p class='muted'>{esc(translate('Overview', 'No meetings yet:'))} "
            f"<a href='do:new-meeting:{e.id}'>{esc(translate('Overview', 'add the first meeting…'))}"
            "</a></p>"
        )
    if e.steering_brief:
        parts.append(_h2(translate("Overview", "Steering brief")) + to_html(e.steering_brief))
    if e.logistics:
        parts.append(_h2(translate("Overview", "Logistics")) + to_html(e.logistics))
    return "".join(parts)


# the texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Overview", "Event details…"),
    QT_TRANSLATE_NOOP("Overview", "Add a meeting…"),
    QT_TRANSLATE_NOOP("Overview", "Programme"),
    QT_TRANSLATE_NOOP("Overview", "No meetings yet:"),
    QT_TRANSLATE_NOOP("Overview", "add the first meeting…"),
    QT_TRANSLATE_NOOP("Overview", "Meeting details…"),
    QT_TRANSLATE_NOOP("Overview", "Agenda…"),
    QT_TRANSLATE_NOOP("Overview", "Chair:"),
    QT_TRANSLATE_NOOP("Overview", "Dialogue partner:"),
    QT_TRANSLATE_NOOP("Overview", "No agenda items yet:"),
    QT_TRANSLATE_NOOP("Overview", "build the agenda…"),
    QT_TRANSLATE_NOOP("Overview", "No position drafted yet."),
    QT_TRANSLATE_NOOP("Overview", "Stance:"),
    QT_TRANSLATE_NOOP("Overview", "version %s"),
    QT_TRANSLATE_NOOP("Overview", "Objective"),
    QT_TRANSLATE_NOOP("Overview", "Points to make"),
)


STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "for_review": QT_TRANSLATE_NOOP("Labels", "For review"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
}


def _h2(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def _heads(*names: str) -> str:
    return "".join(f"<th>{esc(n)}</th>" for n in names)


def _status(status: str) -> str:
    return f"<span class='status-{status}'>{esc(label_tr(STATUS_TEXT[status]))}</span>"


def meeting_html(m: MeetingRec, items: list[AgendaItemRec]) -> str:
    hours = ""
    if m.start_time:
        hours = f"{m.start_time:%H:%M}" + (f"-{m.end_time:%H:%M}" if m.end_time else "")
    sub = " · ".join(
        x
        for x in (
            label_tr(m.kind.label),
            days(m.date, m.end_date),
            hours,
            m.venue,
            label_tr(m.format.label),
        )
        if x
    )
    parts = [css(), f"<h1>{esc(m.title)}</h1>", f"<p class='sub'>{esc(sub)}</p>"]
    parts.append(
        f"<p><a href='do:edit-meeting:{m.id}'>{esc(translate('Overview', 'Meeting details…'))}</a>"
        f" · <a href='do:agenda:{m.id}'>{esc(translate('Overview', 'Agenda…'))}</a></p>"
    )
    if m.chair:
        parts.append(f"<p><b>{esc(translate('Overview', 'Chair:'))}</b> {esc(m.chair)}</p>")
    if m.partner_code:
        parts.append(
            f"<p><b>{esc(translate('Overview', 'Dialogue partner:'))}</b> {esc(m.partner_code)}</p>"
        )
    parts.append(_h2(translate("Overview", "Agenda")))
    if items:
        rows = []
        for i in items:
            indent = "&nbsp;" * 4 * i.depth
            status = i.position_status.value if i.position_status else ""
            status_cell = _status(status) if status else ""
            minutes = translate("Overview", "%s min") % i.est_minutes if i.est_minutes else ""
            rows.append(
                f"<tr><td class='num'>{indent}{esc(i.number)}</td>"
                f"<td><a href='nav:item:{i.id}'>{esc(i.title)}</a></td>"
                f"<td>{esc(label_tr(i.purpose.label))}</td><td>{esc(i.lead)}</td>"
                f"<td>{esc(minutes)}</td><td>{status_cell}</td></tr>"
            )
        parts.append(
            "<table class='grid' width='100%'><tr>"
            + _heads(
                translate("Overview", "No."),
                translate("Overview", "Item"),
                translate("Overview", "Purpose"),
                translate("Overview", "Lead"),
                translate("Overview", "Time"),
                translate("Overview", "Position"),
            )
            + "</tr>"
            + "".join(rows)
            + "</table>"
        )
    else:
        parts.append(
            f"<p class='muted'>{esc(translate('Overview', 'No agenda items yet:'))} "
            f"<a href='do:agenda:{m.id}'>{esc(translate('Overview', 'build the agenda…'))}</a></p>"
        )
    if m.notes:
        parts.append(_h2(translate("Overview", "Notes")) + to_html(m.notes))
    return "".join(parts)


def item_html(
    i: AgendaItemRec, meeting: MeetingRec, position: PositionRec | None, notes: list[NoteRec]
) -> str:
    parts = [css(), f"<h1>{esc(i.label)}</h1>"]
    sub = " · ".join(
        x
        for x in (
            meeting.title,
            label_tr(i.purpose.label),
            translate("Overview", "Lead: %s") % i.lead if i.lead else "",
            translate("Overview", "%s min") % i.est_minutes if i.est_minutes else "",
        )
        if x
    )
    parts.append(f"<p class='sub'>{esc(sub)}</p>")
    if i.tags:
        parts.append(
            "<p>" + " ".join(f"<span class='tag'>{esc(t)}</span>" for t in i.tags) + "</p>"
        )
    if i.description:
        parts.append(to_html(i.description))
    if i.documents:
        parts.append(_h2(translate("Overview", "Documents")) + "<ul>")
        parts += [f"<li><b>{esc(d.symbol)}</b> {esc(d.title)}</li>" for d in i.documents]
        parts.append("</ul>")
    parts.append(_h2(translate("Overview", "Our position")))
    if position is None:
        parts.append(
            f"<p class='muted'>{esc(translate('Overview', 'No position drafted yet.'))}</p>"
        )
    else:
        c = position.content
        status = position.status.value
        approved = ""
        if position.approved_at and position.approved_by_name:
            approved = esc(
                translate("Overview", " by %s, %s")
                % (position.approved_by_name, date_time(position.approved_at))
            )
        parts.append(
            f"<p>{_status(status)}{approved} · {esc(translate('Overview', 'Stance:'))} "
            f"<b>{esc(label_tr(c.stance.label))}</b> · "
            f"{esc(translate('Overview', 'version %s') % position.version_no)}</p>"
        )
        if c.objective:
            parts.append(
                f"<p><b>{esc(translate('Overview', 'Objective'))}</b></p>" + to_html(c.objective)
            )
        if c.points:
            parts.append(f"<p><b>{esc(translate('Overview', 'Points to make'))}</b></p><ol>")
            parts += [f"<li>{to_html(p)}</li>" for p in c.points]
            parts.append("</ol>")
    parts.append(_h2(translate("Overview", "Notes from the room (%s)") % len(notes)))
    for n in notes[-8:]:
        who = n.speaker_code or "—"
        when = to_local(n.taken_at, meeting.timezone)
        parts.append(
            f"<p><span class='muted'>{when:%H:%M}</span> <b>{esc(who)}</b> "
            f"<i>{esc(label_tr(n.kind.label))}</i>: {esc(n.text)}</p>"
        )
    return "".join(parts)
