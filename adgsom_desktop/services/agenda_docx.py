"""Reading the lines of an agenda out of a Word .docx file (python-docx).

Word keeps automatic list numbers out of the text: they are rebuilt here from
the numbering definitions (format and level text of each list level), and the
list level becomes the item's level.  Tables are read row by row with their
merged cells (``agenda_table`` says which column is which).
"""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from .agenda_lines import SourceLine
from .agenda_table import Cell, table_lines
from .numbering import _letters, _roman

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx_bytes(name: str, data: bytes) -> None:
    """Refuse, in words, what is not a readable .docx (before python-docx sees it)."""
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED in data:
            raise ValidationError(
                "{name} is password-protected. Open it in Word, remove the password "
                "(File > Info > Protect Document) and save a copy, then import that copy.",
                name=name,
            )
        raise ValidationError(
            "{name} is an old Word 97-2003 document (.doc). Open it in Word and "
            "save it as a .docx, then import that.",
            name=name,
        )
    if not data.startswith(ZIP_MAGIC):
        raise ValidationError(
            "{name} is not a Word .docx file. Choose a .docx, or import plain text instead.",
            name=name,
        )


def read_docx_lines(path: Path, data: bytes) -> list[SourceLine]:
    check_docx_bytes(path.name, data)
    try:
        import io

        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ValidationError(
                "{path_name} cannot be read as a Word document (it may be damaged, or "
                "another kind of file). Nothing was imported. ({exc_name})",
                path_name=path.name,
                exc_name=type(exc).__name__,
            ) from None
        numbering = _Numbering(document)
        lines: list[SourceLine] = []
        for child in document.element.body.iterchildren():
            if child.tag == W + "p":
                line = _paragraph_line(child, numbering, document)
                if line is not None:
                    lines.append(line)
            elif child.tag == W + "tbl":
                lines.extend(_table_lines(child, numbering, document))
        return lines
    except ValidationError:
        raise
    except Exception as exc:  # lxml errors, zip bombs cut short, odd structures
        raise ValidationError(
            "{path_name} cannot be read as a Word document ({exc_name}). Nothing was imported.",
            path_name=path.name,
            exc_name=type(exc).__name__,
        ) from None


def _text(el: Any) -> str:
    """A paragraph's text: runs, tabs and line breaks (deleted revisions left out)."""
    out: list[str] = []
    for node in el.iter():
        if node.tag == W + "t":
            run = node.getparent()
            holder = run.getparent() if run is not None else None
            if holder is not None and holder.tag == W + "del":
                continue
            out.append(node.text or "")
        elif node.tag == W + "tab":
            out.append("\t")
        elif node.tag in (W + "br", W + "cr"):
            out.append("\n")
        elif node.tag == W + "delText":
            continue
    return "".join(out)


def _val(el: Any, path: str) -> str | None:
    found = el.find(path)
    return None if found is None else found.get(W + "val")


class _Numbering:
    """Word's list numbering, rebuilt: counters per list and level, formatted per level."""

    def __init__(self, document: Any) -> None:
        self.abstract_of: dict[str, str] = {}
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # fmt, lvlText, start
        self.counters: dict[str, dict[int, int]] = defaultdict(dict)
        self.style_num: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            abstract: dict[str, Any] = {
                a.get(W + "abstractNumId"): a for a in root.findall(W + "abstractNum")
            }
            for num in root.findall(W + "num"):
                num_id = num.get(W + "numId")
                abs_id = _val(num, W + "abstractNumId")
                if num_id is None or abs_id not in abstract:
                    continue
                for lvl in abstract[abs_id].findall(W + "lvl"):
                    ilvl = int(lvl.get(W + "ilvl") or 0)
                    self.levels[(num_id, ilvl)] = (
                        _val(lvl, W + "numFmt") or "decimal",
                        _val(lvl, W + "lvlText") or "%1.",
                        int(_val(lvl, W + "start") or 1),
                    )
        for style in document.styles.element.findall(W + "style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_id = _val(num_pr, W + "numId")
                if num_id:
                    self.style_num[style.get(W + "styleId")] = (
                        num_id,
                        int(_val(num_pr, W + "ilvl") or 0),
                    )

    def marker(self, num_id: str, ilvl: int) -> str:
        fmt, text, start = self.levels.get((num_id, ilvl), ("decimal", f"%{ilvl + 1}.", 1))
        counters = self.counters[num_id]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none"):
            return "•" if fmt == "bullet" else ""

        def sub(m: re.Match[str]) -> str:
            level = int(m.group(1)) - 1
            n = counters.get(level, self.levels.get((num_id, level), ("", "", 1))[2])
            lfmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
            return _format(n, lfmt)

        return re.sub(r"%(\d)", sub, text)


def _format(n: int, fmt: str) -> str:
    """A list counter as Word shows it (decimal, letters or roman numerals)."""
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


def _paragraph_line(p: Any, numbering: _Numbering, document: Any) -> SourceLine | None:
    text = _text(p)
    if not text.strip():
        return SourceLine("")
    num_pr = p.find(f"{W}pPr/{W}numPr")
    style_id = _val(p, f"{W}pPr/{W}pStyle") or ""
    num_id, ilvl = None, None
    if num_pr is not None:
        num_id = _val(num_pr, W + "numId")
        ilvl = int(_val(num_pr, W + "ilvl") or 0)
    elif style_id in numbering.style_num:
        num_id, ilvl = numbering.style_num[style_id]
    if num_id and num_id != "0" and ilvl is not None:
        marker = numbering.marker(num_id, ilvl)
        # "List Number 2" is often a list of its own, one level down by its style.
        styled = re.match(r"^List(?:Number|Bullet|Continue|Paragraph)?(\d)$", style_id)
        if styled and ilvl == 0:
            ilvl = int(styled.group(1)) - 1
        return SourceLine(f"{marker} {text.strip()}".strip(), level=ilvl)
    heading = re.match(r"Heading(\d)", style_id)
    if heading:
        return SourceLine(text.strip(), level=None)
    return SourceLine(text)


def _cell_text(tc: Any, numbering: _Numbering, document: Any) -> str:
    """A cell's paragraphs, one per line (with Word's list numbers put back)."""
    parts = []
    for p in tc.findall(W + "p"):
        line = _paragraph_line(p, numbering, document)
        if line is not None and line.text.strip():
            parts.append(line.text.strip())
    return "\n".join(parts)


def _table_lines(tbl: Any, numbering: _Numbering, document: Any) -> list[SourceLine]:
    rows: list[list[Cell]] = []
    for tr in tbl.findall(W + "tr"):
        cells = []
        for tc in tr.findall(W + "tc"):
            span = int(_val(tc, f"{W}tcPr/{W}gridSpan") or 1)
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            cont = vmerge is not None and (vmerge.get(W + "val") or "continue") == "continue"
            text = "" if cont else _cell_text(tc, numbering, document)
            cells.append(Cell(text, span, cont))
        rows.append(cells)
    return table_lines(rows)
