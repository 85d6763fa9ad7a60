"""Records of backups, restores, passphrase changes and the audit log (no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# Reasons a backup is made (part of its file name).
MANUAL = "manual"
AUTO = "auto"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class BackupRec:
    path: Path
    created_at: datetime  # naive UTC
    reason: str
    size: int

    @property
    def manual(self) -> bool:
        return self.reason == MANUAL

    @property
    def label(self) -> str:
        """How the backup reads in a list: why it was made."""
        if self.reason == MANUAL:
            return "made by hand"
        if self.reason == AUTO:
            return "automatic"
        if self.reason.startswith("before-upgrade"):
            return "before an upgrade of the app"
        return self.reason.replace("-", " ")


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupRec
    safety_backup: BackupRec  # the state just before the restore
    migrated: bool


@dataclass(frozen=True)
class RestoreLoss:
    """What the store holds that a backup lacks: restoring the backup replaces it."""

    notes: int  # added, edited or deleted since the backup was made
    positions: int  # saved since the backup was made
    readable: bool = True  # False: the store could not be read to tell

    @property
    def anything(self) -> bool:
        return bool(self.notes or self.positions)

    def words(self) -> str:
        """ "3 notes and 1 position" (or "nothing")."""
        parts = []
        if self.notes:
            parts.append(f"{self.notes:,} note{'s' if self.notes != 1 else ''}")
        if self.positions:
            parts.append(f"{self.positions:,} position{'s' if self.positions != 1 else ''}")
        return " and ".join(parts) or "nothing"


@dataclass(frozen=True)
class PassphraseChange:
    backups_done: int  # backups re-keyed or encrypted with the store
    backups_skipped: tuple[Path, ...]  # backups under another passphrase, left as they were


@dataclass(frozen=True)
class AuditEntryRec:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    detail: str


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int | None
    text: str


@dataclass(frozen=True)
class AuditReport:
    entries: int
    problems: tuple[AuditProblem, ...]
    anchored: bool  # the head of the chain is recorded apart (tail removals show)

    @property
    def ok(self) -> bool:
        return not self.problems
