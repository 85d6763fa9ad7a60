"""The limits every import honours, checked before a file is parsed.

One set of constants for every format the app reads (pasted text, .txt, .docx,
.xlsx/.csv, PDF, exchange bundles): a file is refused, with its numbers in the
message, before any parser sees it, so a 233 KB .docx that inflates to 64 MB of
XML never reaches lxml, and a 100,000-paragraph agenda never reaches the store.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from ..errors import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024
"""The file as it lies on disk (or the pasted text, in UTF-8 bytes)."""

MAX_XML_BYTES = 20 * 1024 * 1024
"""The uncompressed XML parts of an Office file (.docx, .xlsx), all together; and the
text taken out of a PDF (each of its streams is also capped by pypdf itself)."""

MAX_PARAGRAPHS = 5_000
"""Paragraphs plus table rows of a document; lines of a text or of a PDF's text."""

MAX_PDF_PAGES = 200
"""Pages of a PDF (an agenda of 200 pages is no agenda)."""

MAX_SPREADSHEET_ROWS = 20_000
"""Rows of a spreadsheet (.xlsx, .csv), all sheets together."""

_CHUNK = 1 << 16
_PARAGRAPH = re.compile(rb"<w:(?:p|tr)[\s/>]")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):,.1f} MB"


def check_file_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            "{name} is {size}; an import takes at most {max_file_bytes}. Nothing was read.",
            name=name,
            size=_mb(size),
            max_file_bytes=_mb(MAX_FILE_BYTES),
        )


def count_lines(text: str) -> int:
    """Lines of a text as a reader counts them: a final line break ends the last line."""
    if not text:
        return 0
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def check_text(name: str, text: str) -> None:
    """A pasted text or a .txt file: size and number of lines."""
    check_file_size(name, len(text.encode("utf-8", "surrogatepass")))
    lines = count_lines(text)
    if lines > MAX_PARAGRAPHS:
        raise ValidationError(
            "{name} has {lines:,} lines; an import takes at most {max_paragraphs:,}. "
            "Nothing was read.",
            name=name,
            lines=lines,
            max_paragraphs=MAX_PARAGRAPHS,
        )


def xml_size(archive: zipfile.ZipFile) -> int:
    """The declared uncompressed size of the XML parts (read from the zip directory)."""
    return sum(
        info.file_size
        for info in archive.infolist()
        if info.filename.endswith((".xml", ".rels", ".vml"))
    )


def check_office_package(name: str, data: bytes, *, count_word_paragraphs: bool = True) -> None:
    """Refuse an Office (zip) package whose XML is too large or holds too many paragraphs.

    The declared sizes are checked first; the paragraph count streams the main
    document part through the decompressor with a hard cap, so a zip whose
    directory lies about its sizes is still stopped at the limit.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip: the format's own reader says what it is instead
    with archive:
        declared = xml_size(archive)
        if declared > MAX_XML_BYTES:
            raise ValidationError(
                "{name} holds {declared} of XML once unpacked; an import takes at most "
                "{max_xml_bytes}. Nothing was read.",
                name=name,
                declared=_mb(declared),
                max_xml_bytes=_mb(MAX_XML_BYTES),
            )
        if not count_word_paragraphs or "word/document.xml" not in archive.namelist():
            return
        count, read, tail = 0, 0, b""
        try:
            with archive.open("word/document.xml") as part:
                while chunk := part.read(_CHUNK):
                    read += len(chunk)
                    if read > MAX_XML_BYTES:
                        raise ValidationError(
                            "{name} holds more than {max_xml_bytes} of XML once "
                            "unpacked. Nothing was read.",
                            name=name,
                            max_xml_bytes=_mb(MAX_XML_BYTES),
                        )
                    window = tail + chunk
                    count += len(_PARAGRAPH.findall(window))
                    # a tag cut at the chunk's end is counted in the next window only
                    keep = window[-6:]
                    count -= len(_PARAGRAPH.findall(keep))
                    tail = keep
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
            return  # damaged or encrypted member: the reader reports it
        count += len(_PARAGRAPH.findall(tail))
        if count > MAX_PARAGRAPHS:
            raise ValidationError(
                "{name} has {count:,} paragraphs and table rows; an import takes at most "
                "{max_paragraphs:,}. Nothing was read.",
                name=name,
                count=count,
                max_paragraphs=MAX_PARAGRAPHS,
            )


def check_row_count(name: str, rows: int, what: str = "rows") -> None:
    if rows > MAX_SPREADSHEET_ROWS:
        raise ValidationError(
            "{name} has {rows:,} {what}; an import takes at most {max_spreadsheet_rows:,}. "
            "Nothing was read.",
            name=name,
            rows=rows,
            what=what,
            max_spreadsheet_rows=MAX_SPREADSHEET_ROWS,
        )


def check_pdf_pages(name: str, pages: int) -> None:
    if pages > MAX_PDF_PAGES:
        raise ValidationError(
            "{name} has {pages:,} pages; an import takes at most {max_pdf_pages:,}. "
            "Nothing was read.",
            name=name,
            pages=pages,
            max_pdf_pages=MAX_PDF_PAGES,
        )


def check_extracted_text(name: str, size: int, lines: int) -> None:
    """The text taken out of a PDF so far: its size and number of lines."""
    if size > MAX_XML_BYTES:
        raise ValidationError(
            "{name} holds more than {max_xml_bytes} of text; an import takes at most "
            "{max_xml_bytes}. Nothing was read.",
            name=name,
            max_xml_bytes=_mb(MAX_XML_BYTES),
        )
    if lines > MAX_PARAGRAPHS:
        raise ValidationError(
            "{name} has more than {max_paragraphs:,} lines of text; an import takes at most "
            "{max_paragraphs:,}. Nothing was read.",
            name=name,
            max_paragraphs=MAX_PARAGRAPHS,
        )


_ROW = re.compile(rb"<(?:\w+:)?row[\s/>]")


def count_xlsx_rows(name: str, data: bytes) -> int:
    """Rows of every worksheet of an .xlsx, counted in the XML before openpyxl reads it.

    Streams each sheet through the decompressor with the same hard cap on XML, so a
    sheet of a million empty rows is refused without being parsed.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        return 0
    total, read = 0, 0
    with archive:
        sheets = [
            n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")
        ]
        for sheet in sheets:
            tail = b""
            try:
                with archive.open(sheet) as part:
                    while chunk := part.read(_CHUNK):
                        read += len(chunk)
                        if read > MAX_XML_BYTES:
                            raise ValidationError(
                                "{name} holds more than {max_xml_bytes} of XML once "
                                "unpacked. Nothing was read.",
                                name=name,
                                max_xml_bytes=_mb(MAX_XML_BYTES),
                            )
                        window = tail + chunk
                        total += len(_ROW.findall(window)) - len(_ROW.findall(window[: len(tail)]))
                        tail = window[-8:]
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
                return total  # damaged or encrypted member: the reader reports it
            check_row_count(name, total)
    return total
