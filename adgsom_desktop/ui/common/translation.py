"""The interface's language: Qt's ``QTranslator`` over our catalogues, and the locale.

``install(app, choice)`` is called once, before any window is built (a language chosen
in Settings applies at the next start).  The ``.ts`` catalogue of the language is
compiled to ``.qm`` with ``pyside6-lrelease`` the first time it is needed (into the
data folder, keyed by the catalogue's content; a frozen build may ship the ``.qm``
beside the ``.ts`` instead) and loaded into a ``QTranslator``.

``lupdate`` takes a message's context from the class the literal call is written in,
while at run time ``self.tr`` uses the class of the object (a subclass, or the view a
presenter borrows ``tr`` from).  A second translator answers those look-ups by the
English text alone, so a string found in the catalogue is never shown in English.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ...i18n import SOURCE_LANGUAGE, TRANSLATED, supported, ts_path
from ...i18n.messages import show_messages_in
from ...paths import data_dir

if TYPE_CHECKING:
    from ...i18n.catalogue import Catalogue

# Not imported before the first paint in English (tests/test_startup_imports.py): the
# ``.ts`` reader (xml.etree), and ``subprocess`` and ``shutil`` for ``lrelease``; a
# translated interface imports them in ``install``, before any text shows.

log = logging.getLogger(__name__)
LOCALES = {"en": "en_GB", "th": "th_TH", "vi": "vi_VN"}
_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_current = [SOURCE_LANGUAGE]


def system_language() -> str:
    """The system's language if we have it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = supported(name)
        if code != SOURCE_LANGUAGE or name.lower().startswith("en"):
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """A Settings choice ("" = the system's) as the language to show."""
    return supported(choice) if choice else system_language()


def current_language() -> str:
    return _current[0]


def lrelease_command() -> list[str]:
    import shutil

    here = Path(sys.executable).parent
    found = shutil.which("pyside6-lrelease", path=str(here)) or shutil.which("pyside6-lrelease")
    if found is not None:
        return [found]
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if binary.exists():
        return [str(binary)]
    raise FileNotFoundError("pyside6-lrelease is not installed")


def compiled(language: str) -> Path:
    """The ``.qm`` of ``language``: shipped beside the ``.ts``, or compiled once."""
    import hashlib  # not before the first paint (tests/test_startup_imports.py)
    import subprocess

    ts = ts_path(language)
    shipped = ts.with_suffix(".qm")
    data = ts.read_bytes()
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    digest = hashlib.sha256(data).hexdigest()[:16]
    target = data_dir() / "translations" / f"adgsom_{language}-{digest}.qm"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + f".{os.getpid()}.part")
    subprocess.run(
        [*lrelease_command(), "-silent", str(ts), "-qm", str(partial)],
        check=True,
        capture_output=True,
    )
    os.replace(partial, target)
    for old in target.parent.glob(f"adgsom_{language}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


class EnglishPlurals(QTranslator):
    """English's plural forms without an English catalogue: ``tr("%n meeting(s)", "", n)``
    reads "1 meeting", "8 meetings" (Thai and Vietnamese take theirs from the ``.ts``)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # a null string: "not found", the source shown as it is
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def english_plurals(app: QCoreApplication) -> None:
    """English's plural forms installed (``install`` does it for English)."""
    if not any(isinstance(t, EnglishPlurals) for t in _installed):
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        _installed.append(plurals)


class SourceTextTranslator(QTranslator):
    """Answers a look-up by its English text when its context did not match."""

    def __init__(self, catalogue: Catalogue, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self._catalogue.lookup(context, source)  # None: a null string, "not found"

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self._catalogue.language


def install(app: QCoreApplication, choice: str = "") -> str:
    """Show the interface in ``choice`` ("" = the system's language); returns the language.

    Dates and numbers follow it through the default ``QLocale``; the services' messages
    (``str(error)`` of an ``AppError``) follow it through ``i18n.messages``."""
    language = resolve(choice)
    show_messages_in(language)  # the services' messages (errors) too: i18n.messages
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = language
    QLocale.setDefault(QLocale(LOCALES[language]))
    if language == SOURCE_LANGUAGE:
        english_plurals(app)
        return language
    import subprocess

    from ...i18n.catalogue import load

    fallback = SourceTextTranslator(load(language), app)
    app.installTranslator(fallback)  # asked after the exact one (installed last)
    _installed.append(fallback)
    try:
        qm = compiled(language)
        exact = QTranslator(app)
        if exact.load(str(qm)):
            app.installTranslator(exact)
            _installed.append(exact)
        else:
            log.warning("could not load %s", qm)
    except (OSError, subprocess.CalledProcessError) as exc:  # the fallback still translates
        log.warning("compiling the %s catalogue failed: %s", language, exc)
    return language


__all__ = ["LOCALES", "TRANSLATED", "current_language", "install", "resolve"]
