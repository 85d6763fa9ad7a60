"""The interface's languages and where their catalogues are (Qt-free).

English is the source language; Thai and Vietnamese are translated in Qt Linguist
``.ts`` files under ``resources/i18n`` (made by ``python -m adgsom_desktop.i18n.update``).
The GUI compiles them to ``.qm`` for Qt's ``QTranslator``; the reports read the same
``.ts`` files with ``xml.etree`` (``catalogue``), without Qt.
"""

from __future__ import annotations

from pathlib import Path

from ..resource_files import resource_path

SOURCE_LANGUAGE = "en"
TRANSLATED = ("th", "vi")
# each language named in itself, as a language menu shows it
LANGUAGE_NAMES = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt"}


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"adgsom_{language}.ts")


def supported(language: str) -> str:
    """``language`` (or a locale name such as "th_TH") as one we have, else English."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in TRANSLATED else SOURCE_LANGUAGE
