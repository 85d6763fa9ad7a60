"""What every subcommand shares: the --store option, opening a store, printing."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..errors import PassphraseRequiredError, StoreError, ValidationError
from ..paths import default_store_path

if TYPE_CHECKING:
    from ..services.container import Services

PASSPHRASE_ENV = "ADGSOM_DESKTOP_PASSPHRASE"
EXIT_DAMAGED = 3  # the store is damaged (check's "problems found" too)


def damaged_advice(path: Path) -> str:
    """What to do about a damaged store: the same words for every command."""
    return (
        "Put the newest good backup in its place (the damaged file is kept beside it, "
        f"renamed, never overwritten): adgsom-desktop restore --store {path} --latest\n"
        "With no good backup, save a readable copy (every row that can still be read, in a "
        f"new store): adgsom-desktop salvage --store {path} --out NEW.adgsom"
    )


def add_store_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        required=required,
        help=f"the store file (default: {default_store_path()})",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=f"read the passphrase of an encrypted store from standard input "
        f"(or set {PASSPHRASE_ENV}; with neither, a terminal prompt asks)",
    )


def store_path(args: argparse.Namespace) -> Path:
    path = getattr(args, "store", None) or default_store_path()
    return Path(path).expanduser()


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str | None:
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
    from ..storage.store import Store

    path = store_path(args)
    if not path.exists():
        raise StoreError(
            f"No store at {path}. Create one with 'adgsom-desktop init --store {path}'."
        )
    try:
        store = Store.open(path, read_only_if_damaged=read_only_if_damaged)
    except PassphraseRequiredError:
        passphrase = read_passphrase(args)
        if not passphrase:
            raise
        store = Store.open(path, passphrase, read_only_if_damaged=read_only_if_damaged)
    if store.damaged is not None:
        print(
            f"warning: {path.name} is damaged ({store.damaged}): read-only, nothing is written "
            f"to it; what follows may be incomplete. Save a readable copy: "
            f"adgsom-desktop salvage --store {path} --out NEW.adgsom",
            file=sys.stderr,
        )
    services = Services.for_store(store)
    for notice in services.store_info.interrupted():
        print(f"warning: {notice}", file=sys.stderr)
    return services


def out(text: str = "", stream: TextIO | None = None) -> None:
    print(text, file=stream or sys.stdout)
