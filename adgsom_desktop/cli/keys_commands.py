"""keys: members' keys, made, listed and exchanged (#17); and the secrets the keys and
bundle commands read.

Secrets are never arguments.  On a terminal they are asked; with ``--passphrase-stdin``
they are read from standard input, one per line, in this order: the store's passphrase
(only for an encrypted store, and only when ``ADGSOM_DESKTOP_PASSPHRASE`` does not hold
it), then the member's key passphrase (``keys create``: the new one, and optionally the
same again on the next line, compared), then (``bundle export`` without ``--to``) the
bundle's passphrase.  ``bundle import`` reads one line after the store's: what opens the
bundle, the member's key passphrase or, for a bundle under a passphrase, the bundle's
(no key passphrase: review s35 T4).  A key passphrase in ``ADGSOM_DESKTOP_KEY_PASSPHRASE``
is not read from standard input, as the store's in its variable is not.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shlex
import sys
from pathlib import Path

from ..errors import ValidationError
from .common import PASSPHRASE_ENV, add_store_option, open_services, out
from .id_args import PERSON_ID

KEY_PASSPHRASE_ENV = "ADGSOM_DESKTOP_KEY_PASSPHRASE"
_STORE_FIRST = (
    f"read passphrases from standard input, one a line, in this order: the store's "
    f"passphrase (an encrypted store only, unless {PASSPHRASE_ENV} holds it), then "
)
CREATE_STDIN = _STORE_FIRST + ("the new key passphrase (a second line, if given, must repeat it)")
_KEY_LINE = f"unless {KEY_PASSPHRASE_ENV} holds it"
EXPORT_STDIN = _STORE_FIRST + (
    f"the sender's key passphrase ({_KEY_LINE}), then, without --to, the bundle's "
    "passphrase (a next line, if given, must repeat it)"
)
IMPORT_STDIN = _STORE_FIRST + (
    "one line that opens the bundle: for a bundle sealed to a member, that member's key "
    f"passphrase ({_KEY_LINE}); for a bundle under a passphrase, the bundle's passphrase "
    "(no key passphrase)"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("keys", help="members' keys: make one, list, exchange public keys")
    keys = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    create = keys.add_parser(
        "create",
        help="make a key pair for a member of our delegation (its private part sealed under "
        "the member's own passphrase, asked twice)",
    )
    add_store_option(create, stdin_help=CREATE_STDIN)
    create.add_argument("--person", type=PERSON_ID, required=True, help="the member's person id")
    create.set_defaults(func=cmd_keys_create)
    lst = keys.add_parser("list", help="the members' keys this store knows, and where each lives")
    add_store_option(lst)
    lst.set_defaults(func=cmd_keys_list)
    exp = keys.add_parser("export", help="a member's public key, as a short text to send")
    add_store_option(exp)
    exp.add_argument(
        "member",
        help="the member: a name, part of it, or a fingerprint (its first groups are enough "
        "when no other key starts so)",
    )
    exp.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help="write it to FILE (a folder: inside it, named after the member)",
    )
    exp.add_argument("--force", action="store_true", help="replace the file if it exists")
    exp.set_defaults(func=cmd_keys_export)
    imp = keys.add_parser(
        "import",
        help="a member's public key text (compare its fingerprint with them first)",
    )
    add_store_option(imp)
    imp.add_argument("file", type=Path, help="the key text ('-': standard input)")
    imp.set_defaults(func=cmd_keys_import)


# -- secrets ---------------------------------------------------------------------------------


def _said(prompt: str) -> str:
    """A prompt as words in a sentence: "Key passphrase of Worawit Chanthasiri: " ->
    "key passphrase of Worawit Chanthasiri" (a name keeps its capitals: review s33 R21)."""
    words = prompt.rstrip(": ")
    return words[:1].lower() + words[1:]


def _line(raw: str) -> str:
    return raw[:-2] if raw.endswith("\r\n") else raw.rstrip("\n")


def secret(
    args: argparse.Namespace,
    prompt: str,
    *,
    twice: bool = False,
    lines: str = "",
    key: bool = False,
) -> str:
    """A secret from the terminal or standard input (``lines``: what standard input is to
    hold, said when it holds too few lines).  ``twice`` on standard input: a second line,
    when given, must repeat the first (review s33 R11).  ``key``: a member's key
    passphrase, taken from its variable when set, its line then not read (s35 T4)."""
    if key and os.environ.get(KEY_PASSPHRASE_ENV):
        return os.environ[KEY_PASSPHRASE_ENV]
    if getattr(args, "passphrase_stdin", False):
        raw = sys.stdin.readline()
        if not raw:
            raise ValidationError(lines or f"Give {_said(prompt)} on standard input.")
        value = _line(raw)
        if twice and not sys.stdin.isatty():
            again = sys.stdin.readline()
            if again and _line(again) != value:
                raise ValidationError(
                    "The two passphrases on standard input differ: nothing was done."
                )
        return value
    if prompt.startswith("Key") and os.environ.get(KEY_PASSPHRASE_ENV):
        return os.environ[KEY_PASSPHRASE_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if twice and getpass.getpass("Repeat it: ") != value:
            raise ValidationError("The two passphrases differ: nothing was done.")
        return value
    raise ValidationError(
        f"Give {_said(prompt)}: on a terminal, or with --passphrase-stdin (see --help: "
        "what standard input holds, in order)."
    )


# -- keys ------------------------------------------------------------------------------------


def cmd_keys_create(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        passphrase = secret(args, "Key passphrase (new): ", twice=True)
        rec = services.keys.create(args.person, passphrase)
    finally:
        services.close()
    store = store_words(args)
    at = f" --store {shlex.quote(store)}" if store else ""  # run as printed: this store
    out(f"Made a key for {rec.name}: fingerprint {rec.fingerprint}")
    # named by its fingerprint: the name no longer names it once the member has another
    # key here (review s33 R3)
    fp = shlex.quote(rec.fingerprint)
    out(f"Send its public part: adgsom-desktop keys export{at} {fp} --out KEY.txt")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from ..services.key_names import key_place

    services = open_services(args)
    try:
        members = services.keys.members()
    finally:
        services.close()
    if not members:
        out("No member keys yet (adgsom-desktop keys create --person ID).")
    for k in members:
        out(f"{k.name:<32} {k.fingerprint}  {key_place(k)}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        rec = services.keys.find(args.member)
        if args.out:
            target = services.keys.save_public(rec.id, args.out, overwrite=args.force)
        else:
            card = services.keys.export_public(rec.id)
    finally:
        services.close()
    if args.out:
        out(f"Wrote {rec.name}'s public key to {target} (fingerprint {rec.fingerprint})")
    else:
        out(card.rstrip("\n"))
    return 0


def cmd_keys_import(args: argparse.Namespace) -> int:
    if str(args.file) == "-":
        text = sys.stdin.read(30_000)
    else:
        try:
            text = args.file.read_text(encoding="utf-8")[:30_000]
        except IsADirectoryError as exc:
            raise ValidationError(
                f"{args.file} is a folder: give the key text's file in it."
            ) from exc
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            raise ValidationError(f"{args.file} cannot be read ({why.lower()}).") from exc
        except UnicodeDecodeError as exc:
            raise ValidationError(f"{args.file} is not a key text (not text at all).") from exc
    services = open_services(args)
    try:
        rec = services.keys.import_public(text)
    finally:
        services.close()
    out(f"Knows {rec.name}'s key: fingerprint {rec.fingerprint}")
    out("Compare this fingerprint with them (by phone, in person) before trusting it.")
    return 0


def store_words(args: argparse.Namespace) -> str:
    locator = getattr(args, "store", None)
    return str(locator.display) if locator is not None else ""
