"""bundle: signed, encrypted exchange bundles (#17); members' keys are ``keys_commands``.

Secrets are never arguments (``keys_commands.secret``: what standard input holds, in
order, with ``--passphrase-stdin``).
"""

from __future__ import annotations

import argparse
import os
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from .common import add_store_option, input_file, open_services, out
from .id_args import CONFLICT_ID, ITEM_IDS, MEETING_ID
from .keys_commands import EXPORT_STDIN, IMPORT_STDIN, KEY_PASSPHRASE_ENV, secret

if TYPE_CHECKING:
    from ..services.brief_conflict import ConflictView
    from ..services.container import Services
    from ..services.sync.report import MergeReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bundle",
        help="exchange bundles: a meeting (or chosen items) in one signed, encrypted file",
    )
    bundle = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    bexp = bundle.add_parser(
        "export",
        help="write a bundle for a member (--to) or under a passphrase (--passphrase-stdin)",
    )
    add_store_option(bexp, stdin_help=EXPORT_STDIN)
    bexp.add_argument("--meeting", type=MEETING_ID, required=True, help="the meeting's id")
    bexp.add_argument(
        "--items",
        metavar="IDS",
        type=ITEM_IDS,
        help="only these agenda items (ids, comma-separated)",
    )
    bexp.add_argument(
        "--parts",
        metavar="PARTS",
        default="",
        help="only these parts: agenda, briefs, stances, notes, outcomes, actions",
    )
    bexp.add_argument("--to", metavar="MEMBER", help="the recipient member (name or fingerprint)")
    bexp.add_argument(
        "--from",
        dest="sender",
        metavar="MEMBER",
        help="the sender (default: the one member whose key is in this store)",
    )
    bexp.add_argument(
        "--audience",
        choices=("hod", "delegation"),
        help="who may read it (default: the recipient's: the head or an alternate reads "
        "everything, another member what the delegation's pack holds; a passphrase bundle: "
        "delegation)",
    )
    bexp.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        required=True,
        help="the bundle file (a folder: written inside it under the meeting's name)",
    )
    bexp.add_argument("--force", action="store_true", help="replace the file if it exists")
    bexp.set_defaults(func=cmd_bundle_export)
    bimp = bundle.add_parser(
        "import", help="check, preview and merge a bundle (a backup is made first)"
    )
    add_store_option(bimp, stdin_help=IMPORT_STDIN)
    bimp.add_argument("file", type=Path, help="the bundle file")
    bimp.add_argument(
        "--dry-run", action="store_true", help="only say what it would change; write nothing"
    )
    bimp.set_defaults(func=cmd_bundle_import)
    conf = bundle.add_parser(
        "conflicts",
        help="records changed on both sides, still open: each with the sections that differ; "
        "with N, that conflict's two texts section by section",
    )
    add_store_option(conf)
    conf.add_argument(
        "conflict", type=CONFLICT_ID, nargs="?", help="one conflict's number: both texts"
    )
    conf.set_defaults(func=cmd_bundle_conflicts)
    res = bundle.add_parser(
        "resolve",
        help="settle a conflict: keep ours or take theirs, whole or section by section "
        "(a brief's sections changed on one side only keep that change either way)",
    )
    add_store_option(res)
    res.add_argument("conflict", type=CONFLICT_ID, help="the conflict's number (bundle conflicts)")
    res.add_argument(
        "--take",
        choices=("mine", "theirs"),
        help="every section that differs (with --section: the sections not named)",
    )
    res.add_argument(
        "--section",
        action="append",
        default=[],
        metavar="NAME=mine|theirs",
        help="one section's side, by its name as bundle conflicts N shows it "
        '("red line=theirs"); repeat for each',
    )
    res.set_defaults(func=cmd_bundle_resolve)


def _services(args: argparse.Namespace) -> Services:
    return open_services(args)


# -- bundles ---------------------------------------------------------------------------------


def _parts(text: str) -> list[object] | None:
    from ..services.sync.kinds import Part

    if not text.strip():
        return None
    names = [x.strip().lower() for x in text.split(",") if x.strip()]
    known = {p.value: p for p in Part}
    bad = [n for n in names if n not in known]
    if bad:
        raise ValidationError(f"Unknown part {bad[0]!r}: choose among {', '.join(known)}.")
    return [known[n] for n in names]


def cmd_bundle_export(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        own = [k for k in services.keys.members() if k.has_private]
        own = [k for k in own if k.yours] or own  # signed in: the member's own key
        if args.sender:
            sender = services.keys.find(args.sender)
        elif len(own) == 1:
            sender = own[0]
        elif not own:  # signed in, another member's key is theirs (review s33 R15)
            who = "You have no key of your own" if services.ctx.signed_in else "No member has a key"
            raise ValidationError(
                f"{who} in this store: make one first (adgsom-desktop keys create)."
            )
        else:
            raise ValidationError(
                f"Several members have a key here ({', '.join(k.name for k in own)}): "
                "say who sends it with --from."
            )
        recipient = services.keys.find(args.to) if args.to else None
        key_pass = secret(args, f"Key passphrase of {sender.name}: ", key=True)
        bundle_pass = (
            None
            if recipient is not None
            else secret(
                args,
                "Bundle passphrase: ",
                twice=True,
                lines=f"A bundle under a passphrase reads two lines on standard input: "
                f"{sender.name}'s key passphrase, then the bundle's passphrase."
                if not os.environ.get(KEY_PASSPHRASE_ENV)
                else "A bundle under a passphrase reads its passphrase on standard input "
                f"(the key's is in {KEY_PASSPHRASE_ENV}).",
            )
        )
        sent = services.bundles.export(
            args.meeting,
            args.out,
            sender_key_id=sender.id,
            sender_passphrase=key_pass,
            to_key_id=recipient.id if recipient is not None else None,
            passphrase=bundle_pass,
            item_ids=list(args.items) if args.items else None,
            parts=_parts(args.parts),  # type: ignore[arg-type]
            audience=args.audience,
            overwrite=args.force,
        )
    finally:
        services.close()
    out(f"Wrote {sent.path} ({sent.size:,} bytes): {sent.description}")
    whom = "whoever has its passphrase" if args.to is None else sent.recipient
    out(f"{sent.records:,} records, for {whom} ({sent.audience}), signed by {sender.name}.")
    return 0


def _print_report(report: MergeReport, dry_run: bool, store: str = "") -> None:
    from ..services.sync.kinds import KIND_WORDS
    from ..services.sync.merge import Action
    from ..services.sync.report import ACTION_WORDS

    # the description names every meeting sent: wrapped, never one very long line
    out(
        textwrap.fill(
            f"From: {report.source}: {report.description}",
            width=100,
            subsequent_indent="  ",
            break_long_words=False,
            break_on_hyphens=False,
        )
    )
    heading = "Would change (nothing written): " if dry_run else "Changed: "
    changed = report.lines or report.register or report.refreshed  # notices alone: nothing
    out((heading if changed else "") + report.summary())  # s33 R16, s34 S11: not over nothing
    for action in (  # every kind the summary counts has its list
        Action.ADD,
        Action.UPDATE,
        Action.MERGE,
        Action.RESTORE,
        Action.DELETE,
        Action.CONFLICT,
        Action.KEEP,
    ):
        lines = [ln for ln in report.lines if ln.action is action]
        if not lines:
            continue
        out(f"  {ACTION_WORDS[action]}:")
        for ln in lines[:40]:
            detail = f": {ln.detail}" if ln.detail else ""  # a brief's sections, from where
            out(f"    {KIND_WORDS[ln.kind][0]}: {ln.label}{detail}")
        if len(lines) > 40:
            out(f"    ... and {len(lines) - 40:,} more")
    for why in report.skipped:
        out(f"  left out: {why}")
    for notice in report.notices:
        out(f"  note: {notice}")
    for entry in report.register:
        out(f"  register: {entry}")
    if report.conflicts and not dry_run:
        out("Both versions of each conflict are kept; ours stays until you settle it:")
        at = f" --store {store}" if store else ""
        out(
            f"  adgsom-desktop bundle conflicts{at} [N], then bundle resolve N --take mine|theirs{at}"
        )
        out('  (a brief, section by section: bundle resolve N --section "red line=theirs" …)')
    if report.backup:
        out(f"A backup was made first: {report.backup}")


def cmd_bundle_import(args: argparse.Namespace) -> int:
    input_file(args.file, "the bundle file")  # before the store's passphrase
    services = _services(args)
    try:
        seen = services.bundles.peek(args.file)  # refused here before any passphrase
        out(f"Signed by {seen.sender} (fingerprint {seen.sender_fingerprint}).")
        if seen.needs_passphrase:
            opened = _open_by_passphrase(services, args)
        else:
            opened = services.bundles.open(
                args.file,
                key_passphrase=secret(args, f"Key passphrase of {seen.for_member}: ", key=True),
            )
        if args.dry_run:
            report = services.bundles.preview(opened)
        else:
            report = services.bundles.import_opened(opened)
    finally:
        services.close()
    _print_report(report, args.dry_run, _store_words(args))
    return 0


def _open_by_passphrase(services: Services, args: argparse.Namespace) -> Any:
    """A bundle under a passphrase: one line, the bundle's (no key passphrase before it);
    wrong, with more lines on standard input, it says how many it reads (s35 T4)."""
    import sys

    from ..services.sync.crypto import WrongPassphrase

    given = secret(args, "Bundle passphrase: ")
    try:
        return services.bundles.open(args.file, passphrase=given)
    except WrongPassphrase as exc:
        if not getattr(args, "passphrase_stdin", False) or not sys.stdin.readline():
            raise
        raise ValidationError(
            "{wrong} A bundle under a passphrase reads one line of standard input (after the "
            "store's passphrase, if it is asked): its own passphrase, no key passphrase.",
            wrong=exc,
        ) from exc


def cmd_bundle_conflicts(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        if args.conflict is not None:
            rec = services.sync.conflict(args.conflict)
            view = services.sync.conflict_view(args.conflict)
            _print_conflict(rec.id, rec.what, rec.label, view)
            return 0
        conflicts = services.sync.conflicts()
        views = {c.id: services.sync.conflict_view(c.id) for c in conflicts}
    finally:
        services.close()
    if not conflicts:
        out("No open conflicts.")
    from ..services.sync.origins import origin_shown, superseded

    older = superseded(conflicts)  # a later trip's conflict on the same record says so
    for c in conflicts:
        out(f"{c.id:>4}  {c.what}: {c.label}  (theirs: {origin_shown(c, older.get(c.id))})")
        differ = ", ".join(section.label for section in views[c.id].sections)
        out(f"      differs in: {differ or 'nothing any more (settle either way)'}")
    if conflicts:
        out("Both texts of one: bundle conflicts N; then bundle resolve N --take mine|theirs.")
    return 0


def _print_conflict(number: int, what: str, name: str, view: ConflictView) -> None:
    """One conflict's sections, ours and theirs, so the choice is made knowing them."""
    out(f"{number}  {what}: {name}")
    if not view.sections:
        out("  Both sides now hold the same: settle it either way.")
    for section in view.sections:
        out(f"  {section.label}:")
        out(f"    {view.mine_label}: {section.mine or '(empty)'}")
        out(f"    {view.theirs_label}: {section.theirs or '(empty)'}")


def _store_words(args: argparse.Namespace) -> str:
    locator = getattr(args, "store", None)
    return str(locator.display) if locator is not None else ""


def cmd_bundle_resolve(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        resolution, said = _resolution(args, services)
        rec = services.sync.resolve(args.conflict, resolution)
    finally:
        services.close()
    what = "" if rec.label.startswith(rec.what) else f"{rec.what} "  # never "brief brief on"
    out(f"Settled: {what}{rec.label}: {said}.")
    return 0


def _resolution(args: argparse.Namespace, services: Any) -> tuple[Any, str]:
    """``--take`` and ``--section NAME=side`` as one ``Resolution`` and its words."""
    from ..services.brief_conflict import Choice, Resolution

    if not args.section:
        if args.take is None:
            raise ValidationError(
                "Say what to keep: --take mine|theirs, or --section NAME=mine|theirs for each "
                "section (bundle conflicts N shows them)."
            )
        return Resolution(Choice(args.take)), "ours kept" if args.take == "mine" else (
            "theirs taken"
        )
    sections = services.sync.conflict_view(args.conflict).sections
    by_name = {}
    for section in sections:
        for name in (section.key, section.key.replace("_", " "), section.label):
            by_name[name.casefold()] = section
    choices = ", ".join(s.label for s in sections) or "none"
    picks: dict[str, str] = {}
    for given in args.section:
        name, sep, side = given.rpartition("=")
        section = by_name.get(name.strip().casefold())
        if not sep or side.strip() not in ("mine", "theirs"):
            raise ValidationError(
                f'--section {given}: write NAME=mine or NAME=theirs ("red line=theirs").'
            )
        if section is None:
            raise ValidationError(
                f"No section “{name.strip()}” differs in conflict {args.conflict}: "
                f"choose among {choices}. Nothing was changed."
            )
        picks[section.key] = side.strip()
    rest = [s for s in sections if s.key not in picks]
    if rest and args.take is None:
        raise ValidationError(
            "Say what to keep of "
            + ", ".join(s.label for s in rest)
            + " too: another --section, or --take mine|theirs for the rest. Nothing was changed."
        )
    for section in rest:
        picks[section.key] = args.take
    said = "; ".join(f"{s.label}: {picks[s.key]}" for s in sections)
    sides = set(picks.values())
    if len(sides) == 1:  # one side for every section: that side, as --take says it
        return Resolution(Choice(sides.pop())), said
    return Resolution(Choice.MERGED, picks=picks), said
