"""HTML for the read-only overview pages (built from records; all text escaped)."""

from __future__ import annotations

import re

from ...domain.markup import escape_html as esc
from ...domain.markup import to_html
from ...domain.timeutil import to_local
from ...services.position_records import PositionRec
from ...services.records import AgendaItemRec, EventRec, MeetingRec, NoteRec
from ..common import theme

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


def _dates(start: object, end: object) -> str:
    if start and end and start != end:
        return f"{start:%d %b %Y} - {end:%d %b %Y}"
    if start:
        return f"{start:%d %b %Y}"
    return ""


def event_html(e: EventRec, meetings: list[MeetingRec]) -> str:
    where = ", ".join(x for x in (e.city, e.country) if x)
    parts = [css(), f"<h1>{esc(e.title)}</h1>"]
    sub = " · ".join(
        x
        for x in (
            _dates(e.start_date, e.end_date),
            where,
            f"Host: {e.host_code}" if e.host_code else "",
        )
        if x
    )
    parts.append(f"<p class='sub'>{esc(sub)}</p>")
    parts.append(
        f"<p><a href='do:edit-event:{e.id}'>Event details…</a> · "
        f"<a href='do:new-meeting:{e.id}'>Add a meeting…</a></p>"
    )
    parts.append("<h2>Programme</h2>")
    if meetings:
        rows = []
        for m in meetings:
            when = m.days
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
            "<table class='grid' width='100%'><tr><th>Date</th><th>Time</th><th>Meeting</th>"
            "<th>Venue</th><th>Chair</th><th>Items</th></tr>" + "".join(rows) + "</table>"
        )
    else:
        parts.append(
            "<p class='muted'>No meetings yet: "
            f"<a href='do:new-meeting:{e.id}'>add the first meeting…</a></p>"
        )
    if e.steering_brief:
        parts.append("<h2>Steering brief</h2>" + to_html(e.steering_brief))
    if e.logistics:
        parts.append("<h2>Logistics</h2>" + to_html(e.logistics))
    return "".join(parts)


STATUS_TEXT = {"draft": "Draft", "for_review": "For review", "approved": "Approved"}


def meeting_html(m: MeetingRec, items: list[AgendaItemRec]) -> str:
    hours = ""
    if m.start_time:
        hours = f"{m.start_time:%H:%M}" + (f"-{m.end_time:%H:%M}" if m.end_time else "")
    sub = " · ".join(
        x
        for x in (
            m.kind.label,
            m.days,
            hours,
            m.venue,
            m.format.label,
        )
        if x
    )
    parts = [css(), f"<h1>{esc(m.title)}</h1>", f"<p class='sub'>{esc(sub)}</p>"]
    parts.append(
        f"<p><a href='do:edit-meeting:{m.id}'>Meeting details…</a> · "
        f"<a href='do:agenda:{m.id}'>Agenda…</a></p>"
    )
    if m.chair:
        parts.append(f"<p><b>Chair:</b> {esc(m.chair)}</p>")
    if m.partner_code:
        parts.append(f"<p><b>Dialogue partner:</b> {esc(m.partner_code)}</p>")
    parts.append("<h2>Agenda</h2>")
    if items:
        rows = []
        for i in items:
            indent = "&nbsp;" * 4 * i.depth
            status = i.position_status.value if i.position_status else ""
            status_cell = (
                f"<span class='status-{status}'>{STATUS_TEXT[status]}</span>" if status else ""
            )
            minutes = f"{i.est_minutes} min" if i.est_minutes else ""
            rows.append(
                f"<tr><td class='num'>{indent}{esc(i.number)}</td>"
                f"<td><a href='nav:item:{i.id}'>{esc(i.title)}</a></td>"
                f"<td>{esc(i.purpose.label)}</td><td>{esc(i.lead)}</td>"
                f"<td>{esc(minutes)}</td><td>{status_cell}</td></tr>"
            )
        parts.append(
            "<table class='grid' width='100%'><tr><th>No.</th><th>Item</th><th>Purpose</th>"
            "<th>Lead</th><th>Time</th><th>Position</th></tr>" + "".join(rows) + "</table>"
        )
    else:
        parts.append(
            "<p class='muted'>No agenda items yet: "
            f"<a href='do:agenda:{m.id}'>build the agenda…</a></p>"
        )
    if m.notes:
        parts.append("<h2>Notes</h2>" + to_html(m.notes))
    return "".join(parts)


def item_html(
    i: AgendaItemRec, meeting: MeetingRec, position: PositionRec | None, notes: list[NoteRec]
) -> str:
    parts = [css(), f"<h1>{esc(i.label)}</h1>"]
    sub = " · ".join(
        x
        for x in (
            meeting.title,
            i.purpose.label,
            f"Lead: {i.lead}" if i.lead else "",
            f"{i.est_minutes} min" if i.est_minutes else "",
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
        parts.append("<h2>Documents</h2><ul>")
        parts += [f"<li><b>{esc(d.symbol)}</b> {esc(d.title)}</li>" for d in i.documents]
        parts.append("</ul>")
    parts.append("<h2>Our position</h2>")
    if position is None:
        parts.append("<p class='muted'>No position drafted yet.</p>")
    else:
        c = position.content
        status = position.status.value
        approved = ""
        if position.approved_at and position.approved_by_name:
            approved = (
                f" by {esc(position.approved_by_name)}, {position.approved_at:%d %b %Y %H:%M}"
            )
        parts.append(
            f"<p><span class='status-{status}'>{STATUS_TEXT[status]}</span>{approved}"
            f" · Stance: <b>{esc(c.stance.label)}</b> · version {position.version_no}</p>"
        )
        if c.objective:
            parts.append("<p><b>Objective</b></p>" + to_html(c.objective))
        if c.points:
            parts.append("<p><b>Points to make</b></p><ol>")
            parts += [f"<li>{to_html(p)}</li>" for p in c.points]
            parts.append("</ol>")
    parts.append(f"<h2>Notes from the room ({len(notes)})</h2>")
    for n in notes[-8:]:
        who = n.speaker_code or "—"
        when = to_local(n.taken_at, meeting.timezone)
        parts.append(
            f"<p><span class='muted'>{when:%H:%M}</span> <b>{esc(who)}</b> "
            f"<i>{esc(n.kind.label)}</i>: {esc(n.text)}</p>"
        )
    return "".join(parts)
