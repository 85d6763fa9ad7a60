"""Machine-level preferences (not in the store): recent stores, font size, who I am.

Kept in an INI file under the config folder (``paths.settings_file``), so tests
point it at a temporary folder and never touch the user's settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ...domain.locator import Locator
from ...errors import ValidationError
from ...paths import settings_file

LANGUAGE_CHOICES = ("", "en", "th", "vi")
MAX_RECENT = 8
FONT_MIN, FONT_MAX, FONT_DEFAULT = 8, 24, 10
LOCK_DEFAULT, LOCK_MAX = 5, 240  # minutes idle before the window locks (0: never)
BACKUP_DEFAULT, BACKUP_MAX = 10, 240  # minutes between automatic backups (0: never)


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        target = path or settings_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        self._s = QSettings(str(target), QSettings.Format.IniFormat)

    # -- recent stores ------------------------------------------------------------
    def recent_stores(self) -> list[Locator]:
        """Store files and team stores, newest first (a team store's URL is kept without
        its password; an entry that no longer parses is left out)."""
        value: Any = self._s.value("stores/recent", [])
        if isinstance(value, str):
            value = [value]
        out: list[Locator] = []
        for v in value or []:
            try:
                out.append(Locator.parse(str(v)))
            except ValidationError:
                continue
        return out

    def add_recent(self, where: Locator | Path) -> None:
        locator = Locator.parse(where)
        items = [p for p in self.recent_stores() if p != locator]
        items.insert(0, locator)
        self._s.setValue("stores/recent", [p.remembered for p in items[:MAX_RECENT]])
        self._s.sync()

    def remove_recent(self, where: Locator | Path) -> None:
        locator = Locator.parse(where)
        items = [p for p in self.recent_stores() if p != locator]
        self._s.setValue("stores/recent", [p.remembered for p in items])
        self._s.sync()

    def last_store(self) -> Locator | None:
        recent = self.recent_stores()
        return recent[0] if recent else None

    # -- appearance ---------------------------------------------------------------
    def font_size(self) -> int:
        try:
            size = int(str(self._s.value("ui/font_size", FONT_DEFAULT)))
        except (TypeError, ValueError):
            size = FONT_DEFAULT
        return max(FONT_MIN, min(FONT_MAX, size))

    def set_font_size(self, size: int) -> None:
        self._s.setValue("ui/font_size", max(FONT_MIN, min(FONT_MAX, int(size))))
        self._s.sync()

    def colour_scheme(self) -> str:
        """ "system" (follow the desktop), "light", "dark" or "contrast" (issue #24)."""
        from ..common.theme import MODES

        value = str(self._s.value("ui/colour_scheme", "system") or "system")
        return value if value in MODES else "system"

    def set_colour_scheme(self, value: str) -> None:
        self._s.setValue("ui/colour_scheme", value)
        self._s.sync()

    # -- the interface's language ("" = the system's; "en", "th", "vi") ----------------
    def language(self) -> str:
        value = str(self._s.value("ui/language", "") or "")
        return value if value in LANGUAGE_CHOICES else ""

    def set_language(self, language: str) -> None:
        self._s.setValue("ui/language", language if language in LANGUAGE_CHOICES else "")
        self._s.sync()

    # -- who is using this laptop (for history and audit entries) -----------------
    def user_name(self) -> str:
        return str(self._s.value("user/name", "") or "")

    def set_user_name(self, name: str) -> None:
        self._s.setValue("user/name", name.strip()[:200])
        self._s.sync()

    # -- window layout ------------------------------------------------------------
    def window_state(self) -> tuple[bytes | None, bytes | None]:
        geometry = self._s.value("window/geometry")
        state = self._s.value("window/state")
        return (bytes(geometry) if geometry else None, bytes(state) if state else None)

    def set_window_state(self, geometry: bytes, state: bytes) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.sync()

    def splitter_state(self, name: str) -> bytes | None:
        """Where the user left the splitter ``name`` (``QSplitter.saveState``), if anywhere."""
        value = self._s.value(f"splitters/{name}")
        if isinstance(value, QByteArray):
            return bytes(value.data())
        return bytes(value) if isinstance(value, (bytes, bytearray)) else None

    def set_splitter_state(self, name: str, state: bytes) -> None:
        self._s.setValue(f"splitters/{name}", QByteArray(state))
        self._s.sync()

    # -- lock and automatic backups (minutes; 0 turns them off) --------------------
    def _minutes(self, key: str, default: int, top: int) -> int:
        try:
            value = int(str(self._s.value(key, default)))
        except (TypeError, ValueError):
            value = default
        return max(0, min(top, value))

    def lock_minutes(self) -> int:
        return self._minutes("security/lock_minutes", LOCK_DEFAULT, LOCK_MAX)

    def set_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("security/lock_minutes", max(0, min(LOCK_MAX, int(minutes))))
        self._s.sync()

    def backup_minutes(self) -> int:
        return self._minutes("security/backup_minutes", BACKUP_DEFAULT, BACKUP_MAX)

    def set_backup_minutes(self, minutes: int) -> None:
        self._s.setValue("security/backup_minutes", max(0, min(BACKUP_MAX, int(minutes))))
        self._s.sync()

    # -- "What's new" after an upgrade ---------------------------------------------
    def version_seen(self) -> str | None:
        """The version whose "What's new" was last shown (None: never recorded)."""
        value = self._s.value("help/version_seen")
        return str(value) if value else None

    def set_version_seen(self, version: str) -> None:
        self._s.setValue("help/version_seen", version)
        self._s.sync()

    def used_before(self) -> bool:
        """Whether this machine ran the app before (anything is remembered)."""
        return any(not key.startswith("help/") for key in self._s.allKeys())
