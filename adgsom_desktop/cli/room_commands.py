"""actions, outcomes: what the room produced, for scripts and the report to capital."""

from __future__ import annotations

import argparse
from datetime import date

from .common import add_store_option, counted, open_services, out
from .id_args import MEETING_ID


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("actions", help="action items across meetings (open, overdue, by owner)")
    add_store_option(p)
    p.add_argument("--open", action="store_true", help="only open items (open or in progress)")
    p.add_argument("--overdue", action="store_true", help="only open items past their due date")
    p.add_argument("--owner", default="", help="part of the owner's code, name or agency")
    p.add_argument(
        "--meeting",
        type=MEETING_ID,
        help="items raised at this meeting id, plus open ones carried over from its series",
    )
    p.add_argument("--today", type=_date, help="the date 'overdue' is judged on (YYYY-MM-DD)")
    p.set_defaults(func=cmd_actions)

    o = sub.add_parser("outcomes", help="a meeting's outcomes, in agenda order")
    add_store_option(o)
    o.add_argument("--meeting", type=MEETING_ID, required=True, help="the meeting id (see 'info')")
    o.set_defaults(func=cmd_outcomes)


def cmd_actions(args: argparse.Namespace) -> int:
    from ..services.room_records import ActionFilter

    services = open_services(args, read_only_if_damaged=True)
    try:
        rows = services.actions.actions(
            ActionFilter(
                open_only=args.open,
                overdue_only=args.overdue,
                owner_text=args.owner,
                meeting_id=args.meeting,
                today=args.today,
            )
        )
    finally:
        services.close()
    for r in rows:
        due = f"{r.due_date:%Y-%m-%d}" if r.due_date else "no date   "
        flags = " OVERDUE" if r.overdue else ""
        carried = " (carried over)" if r.carried_over else ""
        where = f"{r.meeting_label}{carried}" + (f", item {r.item_number}" if r.item_number else "")
        out(f"{due}  {r.status.label:<11} {r.owner or '-'}{flags}")
        out(f"            {' '.join(r.text.split())}  [{where}]")
    out(counted(len(rows), "action item"))
    return 0


def cmd_outcomes(args: argparse.Namespace) -> int:
    services = open_services(args, read_only_if_damaged=True)
    try:
        meeting = services.events.meeting(args.meeting)
        rows = services.outcomes.for_meeting(args.meeting)
    finally:
        services.close()
    out(meeting.title)
    for o in rows:
        out(f"{o.item_number:<8} {o.verb.value.upper():<9} {' '.join(o.text.split())}")
    out(counted(len(rows), "outcome"))
    return 0
