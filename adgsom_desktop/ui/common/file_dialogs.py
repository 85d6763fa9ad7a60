"""File choosers in one place (tests replace these functions instead of clicking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...paths import STORE_SUFFIX
from .labels import label_tr

STORE_FILTER = QT_TRANSLATE_NOOP("Labels", "ADGSOM Desktop stores (*.adgsom);;All files (*)")


def ask_open_store(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Open store"),
        str(start),
        label_tr(STORE_FILTER),
    )
    return Path(name) if name else None


def ask_new_store(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "New store"),
        str(start),
        label_tr(STORE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(STORE_SUFFIX)


PDF_FILTER = QT_TRANSLATE_NOOP("Labels", "PDF documents (*.pdf);;All files (*)")


def ask_save_pdf(parent: QWidget | None, start: Path, title: str = "") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), label_tr(PDF_FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


WORD_FILTER = QT_TRANSLATE_NOOP("Labels", "Word documents (*.docx);;All files (*)")


def ask_save_docx(parent: QWidget | None, start: Path, title: str = "") -> Path | None:
    """Where to write a Word copy (.docx is added to a name without it)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("FileDialogs", "Save as Word"),
        str(start),
        label_tr(WORD_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


BACKUP_FILTER = QT_TRANSLATE_NOOP(
    "Labels", "ADGSOM Desktop backups (*.adgsom-backup *.adgsom);;All files (*)"
)


def ask_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Restore from a file"),
        str(start),
        label_tr(BACKUP_FILTER),
    )
    return Path(name) if name else None


AGENDA_FILTER = QT_TRANSLATE_NOOP(
    "Labels",
    "Agendas (*.docx *.pdf *.txt *.text *.md);;Word documents (*.docx);;PDF files (*.pdf);;"
    "Text files (*.txt);;All files (*)",
)


def ask_agenda_file(parent: QWidget | None, start: Path) -> Path | None:
    """A provisional agenda to import (.docx, .pdf or plain text)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Import an agenda"),
        str(start),
        label_tr(AGENDA_FILTER),
    )
    return Path(name) if name else None


BUNDLE_FILTER = QT_TRANSLATE_NOOP(
    "Labels", "ADGSOM exchange bundles (*.adgsom-bundle);;All files (*)"
)


def ask_save_bundle(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Save the bundle"),
        str(start),
        label_tr(BUNDLE_FILTER),
        # Send a bundle asks before replacing a file, the suffix added (review s32 H8)
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".adgsom-bundle")


def ask_open_bundle(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "Open a bundle"),
        str(start),
        label_tr(BUNDLE_FILTER),
    )
    return Path(name) if name else None
