"""``adgsom-desktop``: opens the GUI, or runs a subcommand headless.

Every failure is a clear message and a non-zero exit, never a traceback: an
expected problem (``AppError``) prints its message; anything else prints a
one-line summary and writes the traceback to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import APP_NAME, __version__
from ..errors import AppError, StoreCorruptError, write_failure
from .common import EXIT_DAMAGED, damaged_advice, locator_arg, store_locator
from .id_args import refuse_absent_ids

# Each module has register(subparsers); a feature adds its module here.
COMMAND_MODULES = (
    "store_commands",
    "search_commands",
    "room_commands",
    "pack_commands",
    "word_commands",
    "security_commands",
    "agenda_commands",
    "salvage_commands",
    "text_commands",
    "project_commands",
    "team_commands",
    "approval_commands",
    "copy_commands",
    "keys_commands",
    "bundle_commands",
    "trip_commands",
)

log = logging.getLogger(__name__)

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell tool killed by a closed pipe


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="adgsom-desktop",
        description=f"{APP_NAME} {__version__}: positions, live notes and briefing packs for a "
        "delegation at ASEAN digital meetings. With no command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--store",
        dest="gui_store",
        metavar="STORE",
        type=locator_arg,
        help="open this store in the application (a file, or a team store's "
        "postgresql://user@host/database)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo store (written on first use; your stores are never touched)",
    )
    parser.add_argument(
        "--reset-demo",
        action="store_true",
        help="with --demo: rewrite the demo store from scratch first",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__package__}.{name}").register(sub)
    return parser


def _log_unexpected(exc: BaseException) -> Path | None:
    try:
        from ..paths import data_dir

        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cli-errors.log"
        import traceback

        with open(path, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)) + "\n")
        return path
    except OSError:
        return None


def _damaged(args: argparse.Namespace, message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    if args.command != "restore":  # restore's own failures concern the backup
        print(damaged_advice(store_locator(args)), file=sys.stderr)
    return EXIT_DAMAGED


def _reader_left() -> int:
    """The reader of our output went away (``info | head``): stop quietly, as the
    shell's own tools do (Python's recipe: no more writes to the closed pipe)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def _sweep_interrupted_writes() -> None:
    """Files an earlier run was killed while writing (a pack, a backup...): finish or remove
    them before anything else (``storage.atomic``)."""
    try:
        from ..storage.atomic import sweep_recorded

        sweep_recorded()
    except Exception:  # never keep a command from running
        log.exception("sweeping interrupted writes failed")


def run_command(args: argparse.Namespace) -> int:
    _sweep_interrupted_writes()
    try:
        refuse_absent_ids(args)  # before the store is opened or a passphrase asked (R6)
        code = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        return _reader_left()
    except StoreCorruptError as exc:
        return _damaged(args, str(exc))
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from ..storage.sqlite_driver import damage_in

        detail = damage_in(exc)
        if detail is not None:  # met outside the services' watch (e.g. a raw connection)
            return _damaged(args, f"The store is damaged: part of it cannot be read ({detail}).")
        medium = write_failure(exc)
        if medium is not None:  # a full disk, a read-only medium, a busy store: words suffice
            print(f"error: not saved: {medium}.", file=sys.stderr)
            return 74
        where = _log_unexpected(exc)
        detail = f" (details in {where})" if where else ""
        print(f"error: unexpected failure: {type(exc).__name__}: {exc}{detail}", file=sys.stderr)
        return 70


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
