"""File choosers in one place (tests replace these functions instead of clicking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ...paths import STORE_SUFFIX

STORE_FILTER = f"ADGSOM Desktop stores (*{STORE_SUFFIX});;All files (*)"


def ask_open_store(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open store", str(start), STORE_FILTER)
    return Path(name) if name else None


def ask_new_store(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "New store", str(start), STORE_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(STORE_SUFFIX)


PDF_FILTER = "PDF documents (*.pdf);;All files (*)"


def ask_save_pdf(parent: QWidget | None, start: Path, title: str = "Save as PDF") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), PDF_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


WORD_FILTER = "Word documents (*.docx);;All files (*)"


def ask_save_docx(parent: QWidget | None, start: Path, title: str = "Save as Word") -> Path | None:
    """Where to write a Word copy (.docx is added to a name without it)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), WORD_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


BACKUP_FILTER = "ADGSOM Desktop backups (*.adgsom-backup *.adgsom);;All files (*)"


def ask_backup_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Restore from a file", str(start), BACKUP_FILTER)
    return Path(name) if name else None


AGENDA_FILTER = (
    "Agendas (*.docx *.pdf *.txt *.text *.md);;Word documents (*.docx);;PDF files (*.pdf);;"
    "Text files (*.txt);;All files (*)"
)


def ask_agenda_file(parent: QWidget | None, start: Path) -> Path | None:
    """A provisional agenda to import (.docx, .pdf or plain text)."""
    name, _ = QFileDialog.getOpenFileName(parent, "Import an agenda", str(start), AGENDA_FILTER)
    return Path(name) if name else None


BUNDLE_FILTER = "ADGSOM exchange bundles (*.adgsom-bundle);;All files (*)"


def ask_save_bundle(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save the bundle", str(start), BUNDLE_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".adgsom-bundle")


def ask_open_bundle(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open a bundle", str(start), BUNDLE_FILTER)
    return Path(name) if name else None
