"""pack, report, register: briefing packs, meeting reports and the distribution register as PDF."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..reports.pack_model import ALL_SECTIONS, Section, reference_label
from ..services.pack_records import NOTES_PER_ITEM
from .common import add_store_option, counted, open_services, out
from .id_args import EVENT_ID, ISSUE_ID, ITEM_IDS, MEETING_ID, MEETING_IDS

SECTION_NAMES = ", ".join(s.value for s in ALL_SECTIONS)


AUDIENCES = ["hod", "delegation", "agencies", "public"]


class Replaced(argparse.Action):
    """``--variant`` was replaced by ``--audience``: say so (exit 2) instead of guessing."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        parser.error(
            "--variant was replaced by --audience (hod, delegation, agencies, public): "
            "full is --audience hod, releasable is --audience delegation. See docs/packs.md."
        )


def _ids(values: list[tuple[int, ...]]) -> tuple[int, ...]:
    """The ids of a repeatable ``ID[,ID]`` option (``id_args``: each one in range)."""
    return tuple(n for given in values for n in given)


def _sections(
    include: str | None, exclude: list[str], audience: str | None
) -> tuple[Section, ...] | None:
    """The sections chosen (None: all the audience may have); they only narrow it."""
    from ..domain.enums import Audience
    from ..errors import ValidationError
    from ..reports.audiences import sections_for

    def parse(text: str) -> list[Section]:
        chosen = []
        for name in text.split(","):
            name = name.strip().lower().replace("-", "_")
            if not name:
                continue
            try:
                chosen.append(Section(name))
            except ValueError:
                raise ValidationError(
                    f"Unknown section {name!r}. Sections: {SECTION_NAMES}."
                ) from None
        return chosen

    if not include and not exclude:
        return None
    chosen = parse(include) if include else list(sections_for(Audience(audience or "hod")))
    dropped = {s for text in exclude for s in parse(text)}
    return tuple(s for s in chosen if s not in dropped)


def _progress(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return None
    last = [-1]

    def report(done: int, total: int, message: str) -> None:
        pct = int(100 * done / max(total, 1))
        if pct // 10 != last[0]:
            last[0] = pct // 10
            print(f"  {pct:3d}%  {message}", file=sys.stderr)

    return report


def _copy_options(p: argparse.ArgumentParser) -> None:
    """Copy control, the same for packs and reports."""
    p.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="NAME",
        help="one named copy per recipient, in order (repeatable)",
    )
    p.add_argument("--copies", type=int, default=1, help="number of unnamed copies (default 1)")
    p.add_argument(
        "--watermark",
        action="store_true",
        help="print the recipient's name diagonally across every page",
    )
    p.add_argument(
        "--one-file",
        action="store_true",
        help="all copies in one PDF (default: one file per copy, FILE-copyNN-NAME.pdf)",
    )
    p.add_argument(
        "--issued-by",
        default="",
        metavar="MEMBER",
        help="who issues it: a member of our delegation, by name or id; remembered for this "
        "store (default: the member chosen last, else nobody is named)",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "pack",
        help="build a briefing pack (PDF) for an event, with copies and the register",
        description="Build a briefing pack for an event as PDF. Every copy is recorded in the "
        "distribution register of the store (copy number, recipient, audience, time, SHA-256 "
        "of the file). With --addendum-to, build a numbered addendum holding only the items "
        "whose positions changed since that issued pack.",
    )
    add_store_option(p)
    p.add_argument(
        "--event", type=EVENT_ID, required=True, metavar="ID", help="the event (see 'info')"
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="where to write; .pdf is added to a name without it, a name ending in another "
        "file type (.txt, .docx...) is refused; several copies go to FILE-copyNN-NAME.pdf",
    )
    p.add_argument(
        "--meeting",
        action="append",
        type=MEETING_IDS,
        default=[],
        metavar="ID[,ID]",
        help="only these meetings of the event (repeatable; default: all)",
    )
    p.add_argument(
        "--item",
        action="append",
        type=ITEM_IDS,
        default=[],
        metavar="ID[,ID]",
        help="brief only these agenda items (repeatable; default: items with a position, "
        "stances, notes or outcomes)",
    )
    p.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated sections in the pack (default: every section the audience may "
        f"have; a list only narrows the audience, never widens it): {SECTION_NAMES}",
    )
    p.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="SECTION",
        help="leave out a section (repeatable)",
    )
    p.add_argument(
        "--audience",
        choices=AUDIENCES,
        default=None,
        help="who the pack is for: hod (the head of delegation: everything), delegation "
        "(no personality notes, no not-for-disclosure background), agencies (other agencies: "
        "objective, stance, points to make, press line, releasable background), public (points "
        "to make and press line); see docs/packs.md (default hod; an addendum keeps its pack's)",
    )
    p.add_argument("--variant", action=Replaced, nargs="?", help=argparse.SUPPRESS)
    p.add_argument(
        "--classification",
        default="",
        help="marking on every page, one of the store's classifications (default: the "
        "store's default)",
    )
    p.add_argument(
        "--reference", default="", help="brief reference number (default: the next free one)"
    )
    p.add_argument(
        "--title",
        default="",
        help='title on the cover (default "Brief for the Head of Delegation")',
    )
    _copy_options(p)
    p.add_argument(
        "--notes-per-item",
        type=int,
        default=NOTES_PER_ITEM,
        metavar="N",
        help=f"past notes printed in each item's brief: the last N, the earlier ones counted "
        f"(default {NOTES_PER_ITEM}; 0 prints none)",
    )
    p.add_argument(
        "--addendum-to",
        type=ISSUE_ID,
        metavar="ISSUE",
        help="build the next addendum to this issued pack (see 'register')",
    )
    add_language_options(p)
    p.add_argument("--progress", action="store_true", help="show progress on standard error")
    p.set_defaults(func=cmd_pack)

    r = sub.add_parser(
        "report",
        help="report to capital or outcome summary of a meeting (PDF)",
        description="capital: the report to capital (per item: what happened, the decision, "
        "what we said, what others said and their stances, follow-up for our agencies). "
        "outcomes: the consolidated outcomes of the meeting for the ministers. Issued as a "
        "pack is: numbered copies, each entered in the distribution register.",
    )
    add_store_option(r)
    add_language_options(r)
    r.add_argument(
        "--meeting", type=MEETING_ID, required=True, metavar="ID", help="the meeting (see 'info')"
    )
    r.add_argument(
        "--kind",
        choices=["capital", "outcomes"],
        required=True,
        help="capital: the report to capital; outcomes: the outcome summary",
    )
    r.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="where to write (.pdf is added to a name without it; a name ending in another "
        "file type is refused)",
    )
    r.add_argument(
        "--classification",
        default="",
        help="marking on every page, one of the store's classifications (default: the "
        "store's default)",
    )
    r.add_argument(
        "--reference",
        default="",
        help="reference in the page header (default: our delegation code, the year and the "
        "meeting, e.g. TH/2026/RC-ADGSOM6)",
    )
    r.add_argument(
        "--audience",
        choices=AUDIENCES,
        default="hod",
        help="who the report is for (what each holds: docs/packs.md; default hod)",
    )
    _copy_options(r)
    r.add_argument(
        "--format",
        choices=["pdf", "docx"],
        default="pdf",
        help="pdf (default), or docx: Word copies for colleagues who edit in Word, "
        "with the same headings, audience rules and marking",
    )
    r.set_defaults(func=cmd_report)

    g = sub.add_parser(
        "register",
        help="the distribution register of issued packs (list, or print to PDF)",
    )
    add_store_option(g)
    g.add_argument("--event", type=EVENT_ID, metavar="ID", help="only packs of this event")
    g.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the register as a PDF")
    g.set_defaults(func=cmd_register)


def add_language_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--language",
        choices=("en", "th", "vi"),
        default="en",
        help="language of the headings, labels and dates (default en); what the "
        "delegation wrote is printed as written",
    )
    p.add_argument(
        "--buddhist-era",
        action="store_true",
        help="with --language th: years in the Buddhist Era (2026 is B.E. 2569)",
    )


def _check_era(args: argparse.Namespace) -> None:
    if args.buddhist_era and args.language != "th":
        from ..errors import ValidationError

        raise ValidationError("--buddhist-era goes with --language th.", "buddhist_era")


def cmd_pack(args: argparse.Namespace) -> int:
    from ..domain.enums import Audience
    from ..services.pack_records import PackRequest

    items = _ids(args.item)
    request = PackRequest(
        event_id=args.event,
        meeting_ids=_ids(args.meeting),
        item_ids=items or None,
        sections=_sections(args.sections, args.without, args.audience),
        audience=Audience(args.audience) if args.audience else None,
        classification=args.classification,
        reference=args.reference,
        title=args.title,
        recipients=tuple(args.recipient),
        copies=args.copies,
        watermark=args.watermark,
        one_file=args.one_file,
        addendum_to=args.addendum_to,
        notes_per_item=args.notes_per_item,
        language=args.language,
        buddhist_era=args.buddhist_era,
    )
    _check_era(args)
    services = open_services(args)
    try:
        if args.issued_by:
            request = replace(request, issuer_id=services.packs.find_issuer(args.issued_by))
        result = services.packs.issue(request, args.out, on_progress=_progress(args.progress))
    finally:
        services.close()
    kind = f"Addendum {result.addendum_no} " if result.addendum_no else ""
    briefs = counted(result.items, "item brief") if result.items else ""
    _print_issue(f"{kind}{result.reference}", result, args.out, briefs)
    return 0


def _print_issue(what: str, result: Any, given: Path, extra: str = "") -> None:
    """ "REF for AUDIENCE, CLASS: N pages, ..., K copies (register issue I)", then the files."""
    parts = [counted(result.pages, "page")] if result.pages else ["Word"]
    parts += [extra] if extra else []
    copies = counted(len(result.files), "copy", "copies")
    if len(result.files) > 1 and len(result.paths) == 1:
        copies += " in one file"
    parts.append(copies)
    out(
        f"{what} for {result.audience.reader}, {result.classification}: "
        f"{', '.join(parts)} (register issue {result.issue_id})"
    )
    for f in result.files:
        who = f" - {f.recipient}" if f.recipient else ""
        out(f"  copy {f.copy_no} of {f.copies_total}{who}: {f.path}  sha256 {f.sha256[:16]}")
    written = next((f.path for f in result.files if f.path is not None), None)
    if written is not None and Path(given).suffix.lower() != written.suffix.lower():
        out(f"  ({written.suffix} was added to the name given, {given.name})")


def cmd_report(args: argparse.Namespace) -> int:
    from ..domain.enums import Audience
    from ..services.pack_records import ReportRequest

    request = ReportRequest(
        args.meeting,
        args.kind,
        args.classification,
        args.reference,
        audience=Audience(args.audience),
        recipients=tuple(args.recipient),
        copies=args.copies,
        watermark=args.watermark,
        one_file=args.one_file,
        format=args.format,
        language=args.language,
        buddhist_era=args.buddhist_era,
    )
    _check_era(args)
    services = open_services(args)
    try:
        if args.issued_by:
            request = replace(request, issuer_id=services.packs.find_issuer(args.issued_by))
        result = services.reports.issue(request, args.out)
    finally:
        services.close()
    kind = "Report to capital" if args.kind == "capital" else "Outcome summary"
    _print_issue(f"{kind} {result.reference}", result, args.out)
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        data = services.packs.register(args.event)
        if args.out is not None:
            services.packs.register_pdf(args.out, args.event)
    finally:
        services.close()
    if not data.rows:
        out("No copy has been issued yet.")
    for r in data.rows:
        ref = reference_label(r.reference, r.addendum_no)
        out(
            f"[{r.issue_id}] {r.document}  {ref}  copy {r.copy_no}/{r.copies_total}  "
            f"{r.recipient or '-'}  {r.audience}  {r.classification}  {r.issued_at}  "
            f"{r.file_name}  {r.sha256[:16]}"
        )
    if args.out is not None:
        from ..services.pack_files import check_target

        out(f"Register written to {check_target(args.out)}")
    return 0
