"""Where the app keeps its files (platformdirs), overridable for tests and portable use.

Set ``ADGSOM_DESKTOP_HOME`` to put data, config and cache under one folder
(every test does this, so no test touches the user's home).
"""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_NAME

ENV_HOME = "ADGSOM_DESKTOP_HOME"
STORE_SUFFIX = ".adgsom"


def _home() -> Path | None:
    value = os.environ.get(ENV_HOME)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What the app can rebuild at any time (the empty store of each schema version)."""
    home = _home()
    if home is not None:
        return home / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def stores_dir() -> Path:
    """Default folder for the user's stores."""
    return data_dir() / "stores"


def default_store_path() -> Path:
    return stores_dir() / f"delegation{STORE_SUFFIX}"


def demo_store_path() -> Path:
    """The demo store lives apart from the user's stores and may be rewritten freely."""
    return data_dir() / "demo" / f"ADGSOM demo{STORE_SUFFIX}"


def open_copies_dir() -> Path:
    """Where an attached document is copied to be opened with the system's viewer (private;
    emptied when the store closes or locks and at the next start)."""
    return data_dir() / "open-copies"


def settings_file() -> Path:
    """Machine-level preferences (recent stores, font size, window layout)."""
    return config_dir() / "settings.ini"
