"""agenda show / agenda import: a meeting's agenda, and a provisional agenda read from a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import add_store_option, open_services, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("agenda", help="show a meeting's agenda, or import one from a file")
    agenda = p.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)
    show = agenda.add_parser(
        "show", help="the agenda of a meeting (or the meetings, without --meeting)"
    )
    add_store_option(show)
    show.add_argument("--meeting", type=int, help="the meeting's id (see 'agenda show')")
    show.set_defaults(func=cmd_show)
    imp = agenda.add_parser(
        "import", help="import a provisional agenda (.docx or text) into a meeting"
    )
    add_store_option(imp)
    imp.add_argument("--meeting", type=int, required=True, help="the meeting's id")
    imp.add_argument("file", type=Path, help="a Word .docx or a UTF-8 text file")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be added; write nothing"
    )
    imp.add_argument(
        "--auto-numbers",
        action="store_true",
        help="number everything from the structure (default: keep the numbers as circulated)",
    )
    imp.set_defaults(func=cmd_import)


def cmd_show(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.meeting is None:
            for m in services.events.meetings():
                out(f"{m.id:>4}  {m.days:<18} {m.label}  ({m.item_count} items)")
            return 0
        meeting = services.events.meeting(args.meeting)
        out(f"{meeting.title} - {meeting.days}")
        for i in services.agenda.items(meeting.id):
            status = i.position_status.label if i.position_status else "-"
            out(f"{'  ' * i.depth}{i.number:<8} {i.title}  [{i.purpose.label}; position: {status}]")
        return 0
    finally:
        services.close()


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.agenda_import import AgendaImporter, with_numbers

    # The store and the meeting first, dry run or not: a dry run that cannot be imported
    # (an unreadable store, no such meeting) must not say it could.
    services = open_services(args)
    try:
        services.events.meeting(args.meeting)
        preview = with_numbers(AgendaImporter().from_file(args.file), keep=not args.auto_numbers)
        for row in preview.items:
            mark = " " if row.include else "-"
            out(f"{mark} {'  ' * row.level}{row.number or '·':<8} {row.title}")
        for warning in preview.warnings:
            out(f"note: {warning}")
        if args.dry_run:
            out(f"{preview.count} item(s) would be imported (dry run: nothing written).")
            return 0
        added = services.agenda.import_items(args.meeting, preview)
    finally:
        services.close()
    for note in added.notes:
        out(f"note: {note}")
    out(f"{len(added.item_ids)} item(s) imported.")
    return 0
