"""backup, restore, audit, encrypt, change-passphrase."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.ids import ID_MAX
from ..errors import (
    ConflictError,
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    ValidationError,
)
from ..services.security_records import RestoreLoss
from . import team_backup_commands
from .common import (
    PASSPHRASE_ENV,
    add_store_option,
    counted,
    input_file,
    new_passphrase,
    open_services,
    out,
    read_passphrase,
    store_locator,
    store_path,
)

EXIT_TAMPERED = 4


# backup and restore read a passphrase alike (as bundle and keys read every secret but a
# store's own): ADGSOM_DESKTOP_PASSPHRASE is a store's passphrase, never a backup's
BACKUP_STDIN = (
    f"a store file: read its passphrase (if encrypted) from standard input (or set "
    f"{PASSPHRASE_ENV}; with neither, a terminal asks); a team store (--store URL): read the "
    f"backup passphrase from standard input, one line, read so even without this flag when "
    f"piped (a terminal asks otherwise; {PASSPHRASE_ENV} never holds a backup's passphrase)"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="back up the store now (or --list its backups)")
    add_store_option(p, stdin_help=BACKUP_STDIN, env_first=False)
    p.add_argument("--list", action="store_true", help="list the backups instead, newest first")
    p.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="a team store's backup file (default: <database>.<time>.adgsom-team-backup in the "
        "current folder); it is sealed with a backup passphrase, asked twice on a terminal "
        "(or one line of standard input)",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="restore a backup (the current state is backed up first); "
        "a store that cannot be opened is set aside, never overwritten",
    )
    add_store_option(p, stdin_help=BACKUP_STDIN, env_first=False)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument(
        "--latest", action="store_true", help="the newest backup that passes the integrity check"
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="restore even though the store holds notes or positions the backup lacks "
        "(without it, they are counted and you are asked; nothing is replaced unasked)",
    )
    p.add_argument(
        "--plain",
        action="store_true",
        help="put a plain backup in place of a damaged encrypted store unencrypted "
        "(by default it is encrypted with the store's passphrase)",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("audit", help="show the audit log, or --verify its hash chain")
    add_store_option(p)
    p.add_argument(
        "--verify",
        action="store_true",
        help=f"detect edited or removed entries (exit {EXIT_TAMPERED} if any), the newest "
        "ones too: the chain is compared with its anchor kept outside the store",
    )
    p.add_argument(
        "--accept-anchor",
        action="store_true",
        help="take the log as it is now as the chain to keep (a store replaced on purpose): "
        "recorded in the log with what the anchor held, then anchored anew",
    )
    p.add_argument("--limit", type=int, default=30, metavar="N", help="entries to show")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser(
        "encrypt",
        help="encrypt a plain store with a new passphrase (asked twice on a terminal; "
        "otherwise one line read from stdin)",
    )
    add_store_option(p)
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser(
        "change-passphrase",
        help="re-encrypt the store and its backups under a new passphrase "
        "(with --passphrase-stdin: current, then new, one per line)",
    )
    add_store_option(p)
    p.set_defaults(func=cmd_change_passphrase)


def cmd_backup(args: argparse.Namespace) -> int:
    if store_locator(args).is_server and not args.list:
        return team_backup_commands.cmd_team_backup(args)
    if args.out is not None:
        raise ValidationError("--out is for a team store's backup (a store file keeps its own).")
    if args.list:
        from ..services.backup_service import store_backups

        backups = store_backups(store_path(args, "listing backup files"))
        if not backups:
            out("No backups yet.")
        for b in backups:
            out(
                f"{b.created_at:%Y-%m-%d %H:%M:%S} UTC  {b.size / 1024:>9,.0f} KiB  {b.label:<28} {b.path}"
            )
        return 0
    store_path(args, "backing up to files")
    services = open_services(args)
    try:
        made = services.backups.backup()
    finally:
        services.close()
    out(f"Backed up to {made.path} ({made.size / 1024:,.0f} KiB)")
    return 0


def _ask_backup_passphrase(name: str) -> str | None:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Passphrase of the backup {name}: ")
    return None


def _confirm_loss(args: argparse.Namespace, loss: RestoreLoss, backup_name: str) -> None:
    """Say what a restore would replace; go on only if the user agrees (or gave --yes)."""
    if not loss.anything:
        return
    out(
        f"The store holds {loss.words()} newer than the backup {backup_name}: restoring "
        "replaces them."
    )
    if args.yes:
        return
    if sys.stdin is not None and sys.stdin.isatty() and not args.passphrase_stdin:
        answer = input("Restore the backup all the same? [y/N] ").strip().lower()
        if answer in ("y", "yes"):
            return
    raise ConflictError(
        f"Nothing was restored: the store holds {loss.words()} that the backup lacks. "
        "Run again with --yes to restore it all the same."
    )


def _no_backup(path: Path, any_backups: bool) -> StoreError:
    if not any_backups:
        from ..storage.backup import backups_dir

        return StoreError(f"There is no backup of {path.name} yet (none in {backups_dir(path)}).")
    return StoreError(f"No backup of {path.name} passes the integrity check.")


def _restore_damaged(args: argparse.Namespace, path: Path, exc: StoreCorruptError) -> int:
    """The store is damaged: put the newest good backup in its place, keeping the
    damaged file beside it (renamed), never overwritten."""
    from ..services.backup_service import (
        loss_if_replaced,
        needs_passphrase,
        newest_good_backup,
        replace_damaged_store,
        store_backups,
    )

    passphrase = read_passphrase(args) if needs_passphrase(path) else None
    source = args.backup or (b.path if (b := newest_good_backup(path, passphrase)) else None)
    if source is None:
        raise StoreError(
            f"{exc} {_no_backup(path, bool(store_backups(path)))} Save a readable copy instead: "
            f"adgsom-desktop salvage --store {path} --out NEW.adgsom"
        ) from exc
    _confirm_loss(args, loss_if_replaced(path, source, passphrase), Path(source).name)
    kept = replace_damaged_store(path, source, passphrase, allow_plain=args.plain)
    out(f"{path.name} could not be used ({exc})")
    out(f"The damaged file is kept as {kept}")
    out(f"Restored {Path(source).name} in its place.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.backup is not None:  # before the store is opened or a passphrase asked
        input_file(args.backup, "the backup file")
    if store_locator(args).is_server:
        return team_backup_commands.cmd_team_restore(args)
    path = store_path(args, "restoring a backup file")
    try:
        services = open_services(args)
    except StoreCorruptError as exc:
        return _restore_damaged(args, path, exc)
    try:
        source = args.backup
        if args.latest:
            backups = services.backups.backups()
            for b in backups:
                try:
                    services.backups.check_backup(b.path)
                except (StoreError, OSError):
                    continue
                source = b.path
                break
            if source is None:
                raise _no_backup(path, bool(backups))
        other: str | None = None
        try:
            loss = services.backups.loss_if_restored(source)
        except PassphraseRequiredError:
            other = _ask_backup_passphrase(Path(source).name)
            if not other:
                raise
            loss = services.backups.loss_if_restored(source, other)
        _confirm_loss(args, loss, Path(source).name)
        result = services.backups.restore(source, other)
    except StoreCorruptError as exc:
        if not services.backups.damaged:
            raise  # the backup is damaged, not the store
        services.close()  # a damaged store closes without writing
        return _restore_damaged(args, path, exc)
    finally:
        services.close()
    out(f"Restored {result.restored.path.name}.")
    out(f"The state before the restore is in {result.safety_backup.path}")
    if result.migrated:
        out("The backup was made by an older version and has been upgraded.")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.accept_anchor:
            accepted = services.audit.accept_anchor()
            if not accepted:
                out("The audit log holds what its anchors recorded: nothing to accept.")
                return 0
            out("Accepted the audit log as it is; it differed from its anchor:")
            for text in accepted:
                out(f"  {text}")
            out("The acceptance is the newest entry of the log.")
            return 0
        if args.verify:
            report = services.audit.verify()
            received = services.audit.received()
        else:
            entries = services.audit.entries(min(max(1, args.limit), ID_MAX))  # more: all
    finally:
        services.close()
    if not args.verify:
        for e in reversed(entries):
            what = f"{e.entity} {e.entity_id}" if e.entity_id is not None else e.entity
            detail = f"  {e.detail}" if e.detail else ""
            out(f"{e.id:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<16} {e.action:<14} {what}{detail}")
        return 0
    if report.ok:
        anchor = "" if report.anchored else " (no recorded head yet: run 'check --repair')"
        out(f"The audit log is intact: {report.entries:,} entries, hash chain verified{anchor}.")
    else:
        out(f"The audit log was tampered with ({report.entries:,} entries checked):")
        for p in report.problems:
            out(f"  {p.text}")
    for log in received:  # other stores' logs kept by merges (#17)
        state = "intact" if log.ok else "TAMPERED WITH"
        # two copies of one store that kept one identity, each edited after (s33 R20)
        forks = (
            f", {log.branches} branches: copies of one store, each written after it was copied"
            if log.branches > 1
            else ""
        )
        shared = "".join(
            f"; 1-{upto} shared with {other}'s log: one store is a copy of the other"
            for other, upto in log.shared
        )
        out(
            f"Received from {log.name}: {log.entries:,} entries ({log.first_id}-{log.newest_id}"
            f"{forks}{shared}), {state}."
        )
        for low, high in log.gaps:
            out(f"  entries {low}-{high} are not held here (never received, or removed)")
        for text in log.problems:
            out(f"  {text}")
    if not report.ok or not all(log.ok for log in received):
        return EXIT_TAMPERED
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = store_path(args, "encrypting with a passphrase")
    services = open_services(args)
    try:
        if services.security.encrypted:
            raise StoreError("This store is already encrypted: use change-passphrase.")
        new, repeat = new_passphrase(args)
        result = services.security.encrypt(new, repeat)
    finally:
        services.close()
    out(f"Encrypted {path.name}; {counted(result.backups_done, 'backup')} encrypted too.")
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from ..services.container import Services

    path = store_path(args, "changing the passphrase")
    if not path.exists():
        raise StoreError(f"No store at {path}.")
    current = read_passphrase(args, "Current passphrase: ")
    if not current:
        raise PassphraseRequiredError("Give the current passphrase.")
    services = Services.open(path, current)
    try:
        if not services.security.encrypted:
            raise StoreError("This store is not encrypted: use encrypt.")
        new, repeat = new_passphrase(args)
        result = services.security.change_passphrase(current, new, repeat)
    finally:
        services.close()
    skipped = (
        f"; {counted(len(result.backups_skipped), 'backup')} under another passphrase left as "
        "they were"
        if result.backups_skipped
        else ""
    )
    out(f"Passphrase changed; {counted(result.backups_done, 'backup')} re-keyed{skipped}.")
    return 0
