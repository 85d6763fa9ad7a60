"""What every subcommand shares: the --store option, opening a store, printing."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..errors import PassphraseRequiredError, StoreError
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
        return sys.stdin.readline().rstrip("\n")
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


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
