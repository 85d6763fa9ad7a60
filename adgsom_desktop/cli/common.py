"""What every subcommand shares: the --store option, opening a store, printing."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..domain.locator import Locator
from ..errors import (
    NotSupportedError,
    PassphraseRequiredError,
    StoreError,
    ValidationError,
)
from ..i18n.messages import counted as english_count
from ..paths import default_store_path

if TYPE_CHECKING:
    from ..services.container import Services

PASSPHRASE_ENV = "ADGSOM_DESKTOP_PASSPHRASE"
EXIT_DAMAGED = 3  # the store is damaged (check's "problems found" too)


def damaged_advice(where: Locator | Path) -> str:
    """What to do about a damaged store: the same words for every command."""
    path = where.display if isinstance(where, Locator) else where
    if isinstance(where, Locator) and where.is_server:
        return (
            "A team store's data is the server's to repair: ask its administrator to "
            "restore it (pg_restore of the server's backup)."
        )
    return (
        "Put the newest good backup in its place (the damaged file is kept beside it, "
        f"renamed, never overwritten): adgsom-desktop restore --store {path} --latest\n"
        "With no good backup, save a readable copy (every row that can still be read, in a "
        f"new store): adgsom-desktop salvage --store {path} --out NEW.adgsom"
    )


def locator_arg(value: str) -> Locator:
    """``--store``'s type: a path or a ``postgresql://`` URL (another scheme is refused
    with its reason, exit 2; a URL is never made into a path)."""
    try:
        return Locator.parse(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


STORE_HELP = (
    "the store: a file, or a team store's postgresql://user@host/database "
    "(the password from PGPASSWORD or ~/.pgpass)"
)


def add_store_option(
    parser: argparse.ArgumentParser,
    *,
    required: bool = False,
    stdin_help: str = "",
    env_first: bool | None = None,
) -> None:
    """``--store`` and ``--passphrase-stdin`` (``stdin_help``: what standard input holds
    for a command that reads more than the store's passphrase, in order; ``env_first``:
    the store's passphrase from the environment before standard input, by default when
    ``stdin_help`` is given)."""
    parser.add_argument(
        "--store",
        metavar="STORE",
        type=locator_arg,
        required=required,
        help=f"{STORE_HELP} (default: {default_store_path()})",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=stdin_help
        or "read the passphrase of an encrypted store from standard input "
        f"(or set {PASSPHRASE_ENV}; with neither, a terminal prompt asks)",
    )
    if stdin_help if env_first is None else env_first:  # the store's passphrase from the
        parser.set_defaults(store_passphrase_env_first=True)  # environment comes first


def store_locator(args: argparse.Namespace) -> Locator:
    """Where ``--store`` points (the default store file when not given)."""
    value = getattr(args, "store", None)
    if value is None:
        return Locator.file(default_store_path())
    return Locator.parse(value)


def store_path(args: argparse.Namespace, what: str = "") -> Path:
    """The store file of a command that only works on a file (``what`` it does): a team
    store's URL is refused with a clear message (exit 2), never taken as a path."""
    locator = store_locator(args)
    if locator.is_server:
        from ..storage.backend import unsupported

        raise NotSupportedError(unsupported(locator, what or f"'{args.command}'"))
    return locator.file_path()


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str | None:
    # keys and bundle commands read more lines than the store's passphrase: with it in the
    # environment, standard input begins with the key passphrase (their --help says so:
    # review s33 R11)
    env_first = getattr(args, "store_passphrase_env_first", False)
    if env_first and os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if getattr(args, "passphrase_stdin", False):
        return _line(sys.stdin.readline())
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def new_passphrase(args: argparse.Namespace) -> tuple[str, str | None]:
    """A new passphrase and its repetition: asked twice on a terminal; otherwise one line
    of standard input (its line end, LF or CRLF, is not part of it), or for ``init`` the
    environment variable.  The caller checks it against the one rule."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty() and not getattr(args, "passphrase_stdin", False):
        return getpass.getpass("New passphrase: "), getpass.getpass("Repeat it: ")
    if args.command == "init" and not getattr(args, "passphrase_stdin", False):
        value = os.environ.get(PASSPHRASE_ENV)
        if value:
            return value, None
    line = stdin.readline() if stdin is not None else ""
    if not line:
        raise ValidationError(
            "Give the new passphrase: on a terminal (asked twice), or as one line on standard "
            f"input ({PASSPHRASE_ENV} holds only the current one)."
        )
    return _line(line), None


def _line(line: str) -> str:
    """A line read from standard input without its line end (LF or CRLF)."""
    if line.endswith("\r\n"):
        return line[:-2]
    return line[:-1] if line.endswith("\n") else line


def open_services(args: argparse.Namespace, *, read_only_if_damaged: bool = False) -> Services:
    """The services of ``--store``.  ``read_only_if_damaged`` (read commands): a damaged
    store is opened read-only, with a warning, instead of refused."""
    from ..services.container import Services
    from ..storage.backend import open_backend

    locator = store_locator(args)
    if locator.is_file and not locator.file_path().exists():
        raise StoreError(
            f"No store at {locator.display}. Create one with "
            f"'adgsom-desktop init --store {locator.display}'."
        )
    try:
        store = open_backend(locator, read_only_if_damaged=read_only_if_damaged)
    except PassphraseRequiredError:
        passphrase = read_passphrase(args)
        if not passphrase:
            raise
        store = open_backend(locator, passphrase, read_only_if_damaged=read_only_if_damaged)
    if store.damaged is not None:
        print(
            f"warning: {locator.name} is damaged ({store.damaged}): read-only, nothing is "
            f"written to it; what follows may be incomplete. Save a readable copy: "
            f"adgsom-desktop salvage --store {locator.display} --out NEW.adgsom",
            file=sys.stderr,
        )
    services = Services.for_store(store)
    for notice in services.store_info.interrupted():
        print(f"warning: {notice}", file=sys.stderr)
    anchor = services.audit.anchor_notice()
    if anchor is not None:  # warns, never blocks
        print(f"warning: {anchor}", file=sys.stderr)
    return services


def input_file(path: Path, what: str) -> Path:
    """The file a command reads (an agenda, a negotiated text, a workbook, a bundle, a
    backup), checked in the same words for every command (review s33 R21): a folder, a
    missing file or one that cannot be opened is refused in one sentence, never the
    system's ("Is a directory") nor "No file" for a folder.  ``what``: "the agenda file"."""
    if path.is_dir():
        raise ValidationError(f"{path} is a folder: give {what} in it.")
    if not path.exists():
        raise ValidationError(f"No file at {path}.")
    if not path.is_file():
        raise ValidationError(f"{path} is not a file: give {what}.")
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        why = (exc.strerror or type(exc).__name__).lower()
        raise ValidationError(f"{path} cannot be read ({why}).") from None
    return path


def counted(n: int, one: str, many: str = "") -> str:
    """ "1 page", "3 pages", "1,200 records": a count and its noun, never "page(s)"."""
    return english_count(n, one, many)


def out(text: str = "", stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout)
