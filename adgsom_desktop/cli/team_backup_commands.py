"""backup and restore of a team store (``--store postgresql://...``)."""

from __future__ import annotations

import argparse
import getpass
import sys

from ..errors import ValidationError
from .common import (
    PASSPHRASE_ENV,
    _line,
    new_passphrase,
    out,
    store_locator,
)


def cmd_team_backup(args: argparse.Namespace) -> int:
    from ..domain.passphrase import validate_new_passphrase
    from ..services.team_backup import backup_team_store, default_path

    locator = store_locator(args)
    dest = args.out if args.out is not None else default_path(locator)
    passphrase, repeat = new_passphrase(args)
    if not passphrase:
        raise ValidationError("A team store's backup is sealed with a backup passphrase: give one.")
    validate_new_passphrase(passphrase, repeat)
    made = backup_team_store(locator, dest, passphrase)
    out(f"Backed up {locator.display} to {made.path} ({made.size / 1024:,.0f} KiB, sealed).")
    out("Keep the backup passphrase apart from the file: without it the backup cannot be read.")
    return 0


def _backup_passphrase(args: argparse.Namespace) -> str:
    """The backup's passphrase, read as ``backup`` reads it (and as every secret but a
    store's own: a bundle's, a key's): asked on a terminal, else one line of standard
    input, with or without --passphrase-stdin; never ``PASSPHRASE_ENV``, which holds a
    store's passphrase only (it was read first here, and ignored by ``backup``)."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty() and not args.passphrase_stdin:
        value = getpass.getpass("Backup passphrase: ")
    else:
        value = _line(stdin.readline()) if stdin is not None else ""
    if not value:
        raise ValidationError(
            "Give the backup's passphrase: on a terminal, or as one line of standard input "
            f"({PASSPHRASE_ENV} holds a store's passphrase, never a backup's)."
        )
    return value


def cmd_team_restore(args: argparse.Namespace) -> int:
    from ..services.team_backup import restore_team_store

    locator = store_locator(args)
    if args.latest or args.backup is None:
        from ..errors import NotSupportedError
        from ..storage.backend import unsupported

        raise NotSupportedError(unsupported(locator, "restoring the newest backup (--latest)"))
    result = restore_team_store(locator, args.backup, _backup_passphrase(args))
    out(
        f"Restored {args.backup.name} (a backup of {result.source_database} made "
        f"{result.made_at}) into {locator.display}."
    )
    state = "intact" if result.audit_ok else "NOT intact"
    out(f"The audit log is {state}: {result.audit_entries:,} entries, hash chain verified.")
    if result.members_granted:
        out("Members who can sign in again: " + ", ".join(result.members_granted))
    if result.members_missing:
        out(
            "Members without a login on this server (add them again with team add-member): "
            + ", ".join(result.members_missing)
        )
    return 0 if result.audit_ok else 4
