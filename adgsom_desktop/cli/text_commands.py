"""outcome-doc list / import / status / diff / export: negotiated text, for scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import add_store_option, counted, input_file, open_services, out
from .id_args import DOC_ID, MEETING_ID

if TYPE_CHECKING:
    from ..services.negotiation.records import AmendmentRec, ImportSource

KINDS = ("report", "joint-statement", "joint-media-statement", "implementation-plan", "other")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "outcome-doc",
        help="outcome documents of a meeting: revisions, brackets, our amendments",
    )
    cmds = p.add_subparsers(dest="doc_command", metavar="ACTION", required=True)

    ls = cmds.add_parser("list", help="the outcome documents (of a meeting) and their status")
    add_store_option(ls)
    ls.add_argument("--meeting", type=MEETING_ID, help="only this meeting's documents")
    ls.set_defaults(func=cmd_list)

    imp = cmds.add_parser(
        "import", help="import a revision (.docx or text; '-' reads text from standard input)"
    )
    add_store_option(imp)
    imp.add_argument("--meeting", type=MEETING_ID, required=True, help="the meeting's id")
    imp.add_argument("--kind", choices=KINDS, default="other", help="kind of a new document")
    imp.add_argument("--doc", type=DOC_ID, help="a new revision of this document (else a new one)")
    imp.add_argument("--revision", default="", help='its label (default: from the text, "Rev. N")')
    imp.add_argument("--title", default="", help="title of a new document")
    imp.add_argument("--symbol", default="", help='symbol of a new document ("ADGSOM/2026/DOC.18")')
    imp.add_argument(
        "--force", action="store_true", help="import even if it does not look like a revision"
    )
    imp.add_argument("--dry-run", action="store_true", help="show the alignment; write nothing")
    imp.add_argument("file", help="a Word .docx, a UTF-8 text file, or '-'")
    imp.set_defaults(func=cmd_import)

    st = cmds.add_parser("status", help="paragraph by paragraph: status, brackets, our amendments")
    add_store_option(st)
    st.add_argument("--doc", type=DOC_ID, required=True, help="the document's id (see 'list')")
    st.add_argument("--revision", default="", help="this revision (default: the newest)")
    st.set_defaults(func=cmd_status)

    df = cmds.add_parser("diff", help="word-level differences between two revisions")
    add_store_option(df)
    df.add_argument("--doc", type=DOC_ID, required=True)
    df.add_argument("--from", dest="old", required=True, help='the older revision ("Rev. 2")')
    df.add_argument("--to", dest="new", required=True, help="the newer revision")
    df.add_argument("--all", action="store_true", help="also the paragraphs that did not change")
    df.set_defaults(func=cmd_diff)

    ex = cmds.add_parser(
        "export", help="our amendments as tracked changes in a .docx (and the compilation table)"
    )
    add_store_option(ex)
    ex.add_argument("--doc", type=DOC_ID, required=True)
    ex.add_argument("--out", type=Path, required=True, help="the .docx to write")
    ex.add_argument("--table", type=Path, help="also write the compilation table (PDF) here")
    ex.add_argument("--classification", default="", help="of the compilation table")
    ex.set_defaults(func=cmd_export)

    mi = cmds.add_parser(
        "ministers",
        help="a SOM's outcomes marked for the Ministers, one entry per decision they take",
    )
    add_store_option(mi)
    mi.add_argument("--meeting", type=MEETING_ID, required=True, help="the SOM meeting's id")
    mi.add_argument(
        "--create",
        action="store_true",
        help="write them as an outcome document of the Ministers' meeting (or its next revision)",
    )
    mi.set_defaults(func=cmd_ministers)


def _source(arg: str) -> ImportSource:
    from ..services.negotiation.importer import read_path
    from ..services.negotiation.records import ImportSource

    if arg == "-":
        return ImportSource("standard input", text=sys.stdin.read())
    return read_path(input_file(Path(arg), "the negotiated text's file (.docx or text)"))


def cmd_list(args: argparse.Namespace) -> int:
    services = open_services(args, read_only_if_damaged=True)
    try:
        docs = services.texts.documents(args.meeting)
    finally:
        services.close()
    for d in docs:
        rev = d.current.label if d.current else "no revision"
        out(f"{d.id:>4}  {d.meeting_label:<14} {d.kind.label:<22} {d.title}  [{rev}]")
        out(f"      {d.counts.text}; our amendments: {d.amendments} ({d.amendments_live} live)")
    out(counted(len(docs), "document"))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = _source(args.file)
    services = open_services(args)
    try:
        services.texts.refuse_here()  # a trip copy: before the preview is printed
        preview = services.texts.preview(
            args.meeting, source, document_id=args.doc, label=args.revision, force=args.force
        )
        for p in preview.paragraphs:
            change = p.change.label.lower() + (", moved" if p.moved else "")
            was = f" (was {' + '.join(p.origin_numbers)})" if p.origin_numbers else ""
            marks = f" [{counted(p.brackets, 'bracket')}]" if p.brackets else ""
            marks += f" [{counted(p.proposals, 'tracked change')}]" if p.proposals else ""
            text = " ".join(p.text.split())
            out(f"{p.number or '-':<7} {p.status.label:<14} {change}{was}{marks}  {text[:70]}")
        for w in preview.warnings:
            out(f"note: {w}")
        summary = ", ".join(f"{n} {k}" for k, n in sorted(preview.changes.items()))
        out(f"{preview.title} {preview.label}: {len(preview.paragraphs)} paragraphs; {summary}")
        if preview.dropped:
            gone = "is gone" if preview.dropped == 1 else "are gone"
            out(f"{counted(preview.dropped, 'paragraph')} of the previous revision {gone}.")
        out(preview.counts.text)
        if args.dry_run:
            out("Dry run: nothing written.")
            return 0
        rev = services.texts.import_revision(
            args.meeting,
            source,
            kind=args.kind,
            document_id=args.doc,
            label=args.revision,
            title=args.title,
            symbol=args.symbol,
            force=args.force,
        )
    finally:
        services.close()
    out(f"Imported as {rev.label} of document {rev.document_id}.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    services = open_services(args, read_only_if_damaged=True)
    try:
        doc = services.texts.document(args.doc)
        revs = {r.label.casefold(): r for r in doc.revisions}
        rev = revs.get(args.revision.casefold()) if args.revision else doc.current
        if rev is None:
            known = ", ".join(r.label for r in doc.revisions) or "none"
            out(f"error: no revision {args.revision!r} (its revisions: {known})", sys.stderr)
            return 2
        paragraphs = services.texts.paragraphs(rev.id)
        amendments = services.amendments.on_revision(rev.id)
    finally:
        services.close()
    out(f"{doc.title} ({rev.label}) - {doc.meeting_label}")
    out(rev.counts.text)
    per: dict[int | None, list[AmendmentRec]] = {}
    for a in amendments:
        per.setdefault(a.current_paragraph_id, []).append(a)
    for p in paragraphs:
        if not p.negotiated:
            out(f"\n{p.text}")
            continue
        text = " ".join(p.text.split())
        change = f"[{p.change_text}] " if p.change_text else ""
        out(f"{p.label:<7} {p.status.label:<14} {change}{text[:70]}")
        for b in p.brackets:
            out(f"          bracket: {b.summary}")
        for pr in p.proposals:
            out(f"          tracked: {pr.summary}")
        for a in per.get(p.id, []):
            out(f"          ours ({a.state.label.lower()}): {a.kind}: {a.our_text[:80]}")
    gone = per.get(None, [])
    for a in gone:
        out(f"ours, no longer in {rev.label}: {a.label}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from ..services.position_diff import ADDED, REMOVED

    services = open_services(args, read_only_if_damaged=True)
    try:
        d = services.texts.revision_diff(args.doc, args.old, args.new)
    finally:
        services.close()
    out(f"{d.from_label} -> {d.to_label}")
    shown = 0
    for p in d.paragraphs:
        if not p.changed and not p.moved and not args.all:
            continue
        shown += 1
        was = f" (was {p.old_label})" if p.old_label and p.old_label != p.label else ""
        how = p.change.label.lower() + (", moved" if p.moved else "")
        out(f"{p.label}{was}: {how}")
        text = "".join(
            f"[-{s.text}-]"
            if s.kind == REMOVED
            else f"{{+{s.text}+}}"
            if s.kind == ADDED
            else s.text
            for s in p.segments
        )
        out(f"    {text}")
    for label in d.dropped:
        out(f"{label}: gone")
    out(f"{counted(shown, 'paragraph')} changed, {len(d.dropped)} gone")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.text_exports.export_docx(args.doc, args.out)
        out(
            f"Wrote {result.path}: {result.paragraphs} paragraphs, {result.amendments} of our "
            "amendments as tracked changes."
        )
        for why in result.skipped:
            out(f"left out: {why}")
        if args.table:
            path, pages = services.text_exports.write_compilation(
                [args.doc], args.table, classification=args.classification
            )
            out(f"Wrote {path}: the compilation table, {counted(pages, 'page')}.")
    finally:
        services.close()
    return 0


def cmd_ministers(args: argparse.Namespace) -> int:
    services = open_services(args, read_only_if_damaged=not args.create)
    try:
        doc = services.ministers.consolidated(args.meeting)
        out(doc.title)
        out("The Meeting recommends that the Ministers:")
        for n, e in enumerate(doc.entries, 1):
            where = f"  [{e.ministers_item_label}]" if e.ministers_item_label else "  [no item]"
            out(f"{n:>3}. {e.decision}{where}")
            out(f"       from {e.som_item_label}: {' '.join(e.som_outcome.split())[:100]}")
        out(counted(len(doc.entries), "decision"))
        if args.create:
            doc_id, label = services.ministers.to_document(args.meeting)
            out(
                f"Written as {label} of document {doc_id} (see 'outcome-doc status --doc {doc_id}')."
            )
    finally:
        services.close()
    return 0
