"""agenda show / agenda import: a meeting's agenda, and a provisional agenda read from a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services.agenda_records import ImportedItem, ImportMode
from ..services.agenda_revision import RevisionPlan, check_revision
from .common import add_store_option, counted, input_file, open_services, out
from .id_args import MEETING_ID

ENTRY, ENTRIES = "programme entry", "programme entries"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("agenda", help="show a meeting's agenda, or import one from a file")
    agenda = p.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)
    show = agenda.add_parser(
        "show", help="the agenda of a meeting (or the meetings, without --meeting)"
    )
    add_store_option(show)
    show.add_argument("--meeting", type=MEETING_ID, help="the meeting's id (see 'agenda show')")
    show.set_defaults(func=cmd_show)
    imp = agenda.add_parser(
        "import", help="import a provisional agenda (.docx, .pdf or text) into a meeting"
    )
    add_store_option(imp)
    imp.add_argument("--meeting", type=MEETING_ID, required=True, help="the meeting's id")
    imp.add_argument("file", type=Path, help="a Word .docx, a PDF or a UTF-8 text file")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be written; write nothing"
    )
    imp.add_argument(
        "--mode",
        choices=("update", "append"),
        default="update",
        help="into a meeting that has an agenda: update it as revised (default), or "
        "append the items after it",
    )
    imp.add_argument(
        "--delete-dropped",
        action="store_true",
        help="update: delete the stored items the revised agenda no longer has "
        "(default: keep them)",
    )
    imp.add_argument(
        "--update-meeting",
        action="store_true",
        help="take the title, venue and dates of the agenda's header into the meeting",
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


def _row_line(row: ImportedItem, plan: RevisionPlan | None, n: int) -> str:
    mark = " " if row.include else "-"
    if row.programme is not None:
        when = f"{row.day:%d %b} " if row.day else ""
        return f"{mark} {'':<8} {when}{row.slot or '--:--':<11} [{row.programme.label}] {row.title}"
    facts = [
        row.slot,
        row.purpose.label if row.purpose else "",
        f"lead: {row.lead_text}" if row.lead_text else "",
        f"{row.est_minutes} min" if row.est_minutes is not None and not row.slot else "",
        "documents: " + ", ".join(d.symbol or d.title for d in row.documents)
        if row.documents
        else "",
    ]
    line = f"{mark} {'  ' * row.level}{row.number or '·':<8} {row.title}"
    detail = "; ".join(f for f in facts if f)
    if detail:
        line += f"  [{detail}]"
    if plan is not None and row.include:
        match = plan.row(n)
        if match is not None:
            line += (
                f"  <- updates {match.stored_number} (by {match.matched_by})"
                if match.item_id is not None
                else "  <- new"
            )
    if row.description:
        line += "\n" + " " * (10 + 2 * row.level) + row.description[:200]
    return line


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.agenda_import import with_numbers

    # The store and the meeting first, dry run or not: a dry run that cannot be imported
    # (an unreadable store, no such meeting) must not say it could.
    services = open_services(args)
    try:
        services.events.meeting(args.meeting)
        agenda = input_file(args.file, "the agenda's file (.docx, .pdf or text)")
        preview = with_numbers(services.agenda_import.from_file(agenda), keep=not args.auto_numbers)
        mode = ImportMode(args.mode)
        has_agenda = services.agenda.count(args.meeting) > 0
        plan = (
            services.agenda_imports.plan(args.meeting, preview)
            if has_agenda and mode is ImportMode.UPDATE
            else None
        )
        if plan is not None:  # refused before anything is shown as if it could be written
            check_revision(plan, preview.items)
        header = preview.header
        if not header.empty:
            facts = [header.document, header.title, header.place, header.dates]
            out("Header: " + " | ".join(f for f in facts if f))
            if header.classification:
                out(f"Marking: {header.classification}")
        diffs = services.agenda_imports.header_differences(args.meeting, header)
        for d in diffs:
            out(f"Meeting {d.label.lower()}: stored “{d.stored}”, agenda “{d.circulated}”")
        for n, row in enumerate(preview.items):
            out(_row_line(row, plan, n))
        for warning in preview.warnings:
            out(f"note: {warning}")
        dropped = plan.dropped if plan is not None else ()
        for item in dropped:
            fate = "deleted" if args.delete_dropped else "kept"
            out(f"dropped: {item.number} {item.title} (no longer on the agenda; {fate})")
        if args.dry_run:
            what = counted(preview.count, "item")
            if plan is not None:
                what = f"{counted(plan.matched, 'item')} updated, {plan.new} new"
            out(
                f"{what} and {counted(preview.programme_count, ENTRY, ENTRIES)} would be "
                "written (dry run: nothing written)."
            )
            if diffs and not args.update_meeting:
                out("note: --update-meeting takes the header's facts into the meeting.")
            return 0
        if args.update_meeting and diffs:
            for d in services.agenda_imports.update_meeting(args.meeting, header):
                out(f"meeting {d.label.lower()} updated: {d.circulated}")
        added = services.agenda.import_items(
            args.meeting,
            preview,
            mode=mode,
            delete_ids=[d.id for d in dropped] if args.delete_dropped else (),
        )
    finally:
        services.close()
    for note in added.notes:
        out(f"note: {note}")
    summary = f"{counted(len(added.item_ids), 'item')} imported"
    if added.updated_ids or plan is not None:
        summary += f", {len(added.updated_ids)} updated, {added.deleted} deleted"
    out(f"{summary}; {counted(added.programme, ENTRY, ENTRIES)}.")
    return 0
