"""Backups of a team store: a ``pg_dump`` archive sealed under a backup passphrase.

A team store has no store passphrase and no backup folder beside a file; its backup
is one file the administrator keeps: the server's own archive (``pg_dump``, custom
format) sealed as it streams out (``sync.sealed_stream``: Argon2id and libsodium's
secretstream, as the exchange bundles), never written in clear.  The file is written
under a temporary name and renamed when whole.

A restore goes only into an empty database, and not while anyone else is connected to
it (they are named).  The backup is read through once to check it (passphrase, every
frame, its end) before the database is touched; then it is opened again and streamed
into ``pg_restore``, in one transaction.  Afterwards the database gets its own member
groups and grants, the members whose logins exist on this server get their group back,
the audit chain is verified, and the restore is written to the audit log.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.locator import Locator
from ..errors import ConflictError, StoreError, ValidationError
from ..storage import migrate, pg_backup
from .sync import sealed_stream
from .sync.crypto import BundleError

SUFFIX = ".adgsom-team-backup"
KIND = "adgsom team store backup"


@dataclass(frozen=True)
class TeamBackup:
    path: Path
    size: int
    archive_bytes: int


@dataclass(frozen=True)
class TeamRestore:
    database: str  # the database restored into
    source_database: str  # the one the backup was made of
    made_at: str
    audit_entries: int
    audit_ok: bool
    members_granted: tuple[str, ...]
    members_missing: tuple[str, ...]  # no login on this server: add them again


def default_path(locator: Locator, folder: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return (folder or Path.cwd()) / f"{locator.database}.{stamp}{SUFFIX}"


def backup_team_store(locator: Locator, dest: Path, passphrase: str) -> TeamBackup:
    """Write the team store at ``locator`` to ``dest``, sealed under ``passphrase``
    (an existing file is never overwritten; a failure leaves no file at ``dest``)."""
    if not locator.is_server:
        raise ValidationError("This backup is for a team store (a postgresql:// address).")
    dest = Path(dest).expanduser().absolute()
    if dest.exists():
        raise ConflictError(
            "{dest} already exists: choose another name (nothing was written).", dest=dest
        )
    if not dest.parent.is_dir():
        raise ValidationError(
            "There is no folder {dest_parent} to write the backup in.", dest_parent=dest.parent
        )
    if not pg_backup.reads_every_key(locator):
        raise StoreError(
            "A team store is backed up by its owner (the login that created it): a member's "
            "login may not read the other members' sealed keys, so its backup would lose "
            "them. Nothing was written."
        )
    description = {
        "kind": KIND,
        "format": 1,
        "database": locator.database,
        "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_schema": migrate.HEAD_REVISION,
    }
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        with open(tmp, "xb") as out:
            os.chmod(tmp, 0o600)
            with pg_backup.dump(locator) as archive:
                size = sealed_stream.seal(out, description, archive, passphrase)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise StoreError(
                "pg_dump wrote nothing for {locator_display}.", locator_display=locator.display
            )
        os.replace(tmp, dest)
    except OSError as exc:
        raise StoreError(
            "The backup could not be written to {dest}: {reason}",
            dest=dest,
            reason=exc.strerror or exc,
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return TeamBackup(dest, dest.stat().st_size, size)


def check_backup(source: Path, passphrase: str) -> dict[str, object]:
    """Read ``source`` through with ``passphrase`` (every frame, its end); its
    description, or ``BundleError`` saying what is wrong (nothing changed anywhere)."""
    try:
        with open(source, "rb") as f:
            opened = sealed_stream.Opened(f, passphrase)
            for _chunk in opened.chunks():
                pass
    except FileNotFoundError as exc:
        raise ValidationError("There is no file {source}.", source=source) from exc
    except OSError as exc:
        raise StoreError(
            "{source} could not be read: {reason}",
            source=source,
            reason=exc.strerror or exc,
        ) from exc
    if opened.description.get("kind") != KIND:
        raise BundleError("This file is not a backup of an ADGSOM team store.")
    return opened.description


def refuse_unless_free(locator: Locator) -> None:
    """``ConflictError`` when the database at ``locator`` is not empty or someone is
    connected to it (named: their login, the person it belongs to, their app)."""
    relations, connected = pg_backup.target_state(locator)
    if connected:
        names = pg_backup.member_names(locator, sorted({c.login for c in connected}))
        who = "; ".join(
            f"{names.get(c.login, c.login)} ({c.login}, {c.application or 'an app'} "
            f"from {c.address})"
            for c in connected
        )
        raise ConflictError(
            "Nothing was restored: 1 session is connected to {locator_display}: {who}. "
            "Ask them to close the store first."
            if len(connected) == 1
            else "Nothing was restored: {count_connected} sessions are connected to "
            "{locator_display}: {who}. Ask them to close the store first.",
            count_connected=len(connected),
            locator_display=locator.display,
            who=who,
        )
    if relations:
        raise ConflictError(
            "Nothing was restored: the database {locator_display} is not empty ({relations} "
            "tables and other objects). Restore into a new, empty database (createdb).",
            locator_display=locator.display,
            relations=relations,
        )


def restore_team_store(locator: Locator, source: Path, passphrase: str) -> TeamRestore:
    """Restore the backup ``source`` into the empty database at ``locator``."""
    if not locator.is_server:
        raise ValidationError("This restore is for a team store (a postgresql:// address).")
    description = check_backup(source, passphrase)  # before anything is touched
    refuse_unless_free(locator)
    with open(source, "rb") as f:
        pg_backup.restore(locator, sealed_stream.Opened(f, passphrase).chunks())
    granted, missing = pg_backup.regrant(locator)
    from .container import Services

    services = Services.open(locator, actor="restore")
    try:
        report = services.audit.verify()
        with services.ctx.write() as s:
            services.ctx.audit(
                s,
                "restore",
                "store",
                None,
                f"restored from {source.name} (a backup of {description.get('database')} made "
                f"{description.get('made_at')})",
            )
    finally:
        services.close()
    return TeamRestore(
        locator.database,
        str(description.get("database", "")),
        str(description.get("made_at", "")),
        report.entries,
        report.ok,
        tuple(granted),
        tuple(missing),
    )
