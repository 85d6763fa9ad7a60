"""projects import / list / report: the cooperation tracker from the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..errors import ValidationError
from .common import add_store_option, counted, input_file, open_services, out
from .pack_commands import _check_era, add_language_options


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("projects", help="the cooperation tracker: import, list, report")
    projects = p.add_subparsers(dest="projects_command", metavar="ACTION", required=True)
    imp = projects.add_parser(
        "import", help="import a Secretariat matrix (.xlsx or .csv): new projects, changes"
    )
    add_store_option(imp)
    imp.add_argument("file", type=Path, help="an .xlsx workbook or a .csv file")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column (by its header) to a field, or to nothing (COLUMN=); remembered",
    )
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.set_defaults(func=cmd_import)
    ls = projects.add_parser("list", help="the projects, filtered")
    add_store_option(ls)
    ls.add_argument("--partner", help="a partner's code (JP, KR, CN, EU, ITU...)")
    ls.add_argument(
        "--status",
        action="append",
        default=[],
        help="proposed, approved, ongoing, completed, extended, dropped (repeat for several)",
    )
    ls.add_argument("--outcome", help="a framework tag (ADM2030 O3, DO3)")
    ls.add_argument("--search", default="", help="words in the code, title, partner, funder...")
    ls.set_defaults(func=cmd_list)
    rep = projects.add_parser("report", help="the tracker report to capital (PDF)")
    add_store_option(rep)
    rep.add_argument("--out", type=Path, required=True, help="the PDF to write")
    rep.add_argument("--classification", default="", help="the marking (default: the store's)")
    rep.add_argument("--reference", default="", help="a reference printed on every page")
    rep.add_argument("--today", type=date.fromisoformat, help="the day the report is as of")
    add_language_options(rep)
    rep.set_defaults(func=cmd_report)


def _mapping(pairs: list[str]) -> dict[str, str]:
    from ..services.project_import_service import FIELDS

    labels = {v.lower(): k for k, v in FIELDS.items()}
    out_map: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.partition("=")
        if not sep or not column.strip():
            raise ValidationError(f"--map {pair!r}: write COLUMN=FIELD (e.g. 'Ref=code').")
        f = field.strip()
        out_map[column.strip()] = labels.get(f.lower(), f)
    return out_map


def cmd_import(args: argparse.Namespace) -> int:
    from ..services.project_import_service import FIELDS

    path = input_file(args.file, "the workbook (.xlsx) or the .csv file")
    data = path.read_bytes()
    services = open_services(args)
    try:
        services.projects.refuse_here()  # a trip copy: before the preview is printed
        preview = services.project_import.preview(path.name, data, _mapping(args.map))
        out(f"{path.name}" + (f" (sheet {preview.sheet})" if preview.sheet else ""))
        for header, field in zip(preview.headers, preview.mapping, strict=True):
            out(f"  {header or '(no header)'!s:<32} -> {FIELDS.get(field, '(ignored)')}")
        for row in preview.rows:
            if row.action == "unchanged":
                continue
            out(f"{row.action:>9}  {row.code}  {row.title}")
            if row.action == "update":
                for f, old, new in row.changes:
                    out(f"           {FIELDS.get(f, f)}: {old or '-'} -> {new or '-'}")
        summary = f"{preview.new} new, {preview.updated} changed, {preview.unchanged} unchanged"
        if args.dry_run:
            out(f"{summary} (dry run: nothing written).")
            return 0
        result = services.project_import.import_(preview)
    finally:
        services.close()
    out(f"Imported: {result.created} new, {result.updated} changed, {result.unchanged} unchanged.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..domain.enums import ProjectStatus
    from ..domain.tag_text import normalise_tag
    from ..services.project_records import ProjectFilter

    try:
        statuses = frozenset(ProjectStatus(s.strip().lower()) for s in args.status)
    except ValueError:
        raise ValidationError(
            f"--status: use {', '.join(s.value for s in ProjectStatus)}."
        ) from None
    flt = ProjectFilter(
        partner=(args.partner or "").strip().upper(),
        status=statuses,
        outcome=normalise_tag(args.outcome) if args.outcome else "",
        text=args.search,
    )
    services = open_services(args, read_only_if_damaged=True)
    try:
        rows = services.projects.filtered(flt)
    finally:
        services.close()
    for r in rows:
        span = f"{r.start_date or '?'} .. {r.end_date or '?'}"
        out(
            f"{r.code:<16} {r.partner_code or '-':<5} {r.status.value:<10} {span:<24} {r.title}"
            + (f"  [{', '.join(r.outcomes)}]" if r.outcomes else "")
        )
    out(f"{counted(len(rows), 'project')}.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    _check_era(args)
    services = open_services(args)
    try:
        target, pages, digest = services.project_reports.write(
            args.out,
            classification=args.classification,
            reference=args.reference,
            today=args.today,
            language=args.language,
            buddhist_era=args.buddhist_era,
        )
    finally:
        services.close()
    out(f"Tracker report: {counted(pages, 'page')} written to {target} (sha256 {digest[:16]})")
    return 0
