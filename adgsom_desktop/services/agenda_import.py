"""Reading a provisional agenda as circulated: pasted text, a .txt, a Word .docx or a PDF.

Nothing is written here: the importer returns an ``ImportPreview`` (each row
with its level, printed number, title, purpose, lead, time slot, documents and
explanation; programme rows such as breaks apart from items; the header's
facts) that the user checks, and ``AgendaService.import_items`` writes it.

Lines are numbered any way secretariats number them ("3", "3.1", "3.1.a",
"(a)", "iv.", "Item 4:"), indented with spaces or tabs, or not numbered at all
(then indentation gives the level).  Word's automatic numbering holds no number
in the text; the .docx reader rebuilds it from the numbering definitions and
uses the list level.  Agendas laid out as tables are read row by row
(``agenda_table``), PDFs by the position of their text (``agenda_pdf``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from ..errors import ValidationError
from ..i18n.messages import Message
from .agenda_docx import read_docx_lines
from .agenda_lines import SourceLine
from .agenda_parse import clean, indent_of, parse_lines
from .agenda_records import ImportPreview
from .import_limits import check_file_size, check_office_package, check_text


def with_numbers(preview: ImportPreview, keep: bool) -> ImportPreview:
    """Keep the printed numbers as fixed numbers (``keep``), or number automatically."""
    return replace(
        preview,
        items=tuple(replace(i, fixed_number=i.number if keep else "") for i in preview.items),
    )


def _removed(n: int) -> list[str]:
    """The import's warning that control characters were taken out, counted."""
    if not n:
        return []
    return [
        str(
            Message(
                "1 control character was removed."
                if n == 1
                else "{count} control characters were removed.",
                count=n,
            )
        )
    ]


class AgendaImporter:
    """Reads agendas into previews (no store needed; nothing is written)."""

    def from_text(self, text: str, source: str = "pasted text") -> ImportPreview:
        check_text(source[:1].upper() + source[1:], text)
        text, removed = clean(text)
        warnings = _removed(removed)
        lines = [SourceLine(raw.strip(), indent_of(raw)) for raw in text.split("\n")]
        return parse_lines(lines, source, warnings)

    def from_text_file(self, path: Path) -> ImportPreview:
        data = read_file(path)
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ValidationError(
                "{path_name} is not a text file. Choose a .txt file, or a .docx for Word.",
                path_name=path.name,
            )
        for encoding in ("utf-8-sig", "utf-16"):
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _looks_like_text(text):
                raise ValidationError(
                    "{path_name} is not a text file. Choose a .txt file, or a .docx for Word.",
                    path_name=path.name,
                )
            return self.from_text(text, path.name)
        raise ValidationError(
            "{path_name} is not UTF-8 text. Save it as UTF-8 (Unicode) text and try again.",
            path_name=path.name,
        )

    def from_docx(self, path: Path) -> ImportPreview:
        data = read_file(path)
        check_office_package(path.name, data)
        return self.from_lines(read_docx_lines(path, data), path.name)

    def from_pdf(self, path: Path) -> ImportPreview:
        from .agenda_pdf import read_pdf_lines

        return self.from_lines(read_pdf_lines(path, read_file(path)), path.name)

    def from_lines(self, lines: list[SourceLine], source: str) -> ImportPreview:
        """Lines from a reader (Word, PDF): cleaned, split at line breaks, then parsed."""
        removed = 0
        parsed = []
        for ln in lines:
            text, n = clean(ln.text)
            notes, m = clean(ln.notes)
            removed += n + m
            parts = text.split("\n") if not ln.row else [text.replace("\n", " ")]
            for k, part in enumerate(parts):
                line = replace(
                    ln, text=part.strip(), indent=ln.indent + indent_of(part), notes=notes
                )
                if k:  # what the paragraph carried goes with its first line
                    line = replace(line, documents=(), notes="", start=None, end=None)
                parsed.append(line)
        warnings = _removed(removed)
        return parse_lines(parsed, source, warnings)

    def from_file(self, path: Path) -> ImportPreview:
        """A .docx through Word's structure, a PDF by its text's layout; else plain text."""
        suffix = path.suffix.lower()
        if suffix in (".docx", ".docm", ".doc", ".dotx"):
            return self.from_docx(path)
        if suffix == ".pdf" or _starts_with(path, b"%PDF-"):
            return self.from_pdf(path)
        return self.from_text_file(path)


def _looks_like_text(text: str) -> bool:
    """Bytes decoded without error may still be no text: binary data behind a UTF-16 mark
    decodes to NULs, unassigned or private-use characters (review s30 F10)."""
    if "\x00" in text:
        return False
    odd = sum(1 for ch in text if unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return odd * 20 <= len(text)


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(magic)) == magic
    except OSError:
        return False


def read_file(path: Path) -> bytes:
    try:
        check_file_size(path.name, path.stat().st_size)
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("{path_name} does not exist.", path_name=path.name) from None
    except IsADirectoryError:
        raise ValidationError("{path_name} is a folder, not a file.", path_name=path.name) from None
    except PermissionError:
        raise ValidationError(
            "{path_name} cannot be read (no permission).", path_name=path.name
        ) from None
