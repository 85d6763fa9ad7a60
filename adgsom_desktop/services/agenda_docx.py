"""Reading the lines of an agenda out of a Word .docx file (python-docx).

Word keeps automatic list numbers out of the text: they are rebuilt here from
the numbering definitions (format and level text of each list level), and the
list level becomes the item's level.  Tables are read row by row, their
columns recognised by their headings (No., Item, Purpose, Lead, Time).
"""

from __future__ import annotations

import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.enums import Purpose
from ..errors import ValidationError
from .numbering import _letters, _roman

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_HEADINGS = {
    "number": re.compile(r"^(no\.?|number|#|item\s*no\.?|s/?n|sr\.?)$", re.IGNORECASE),
    "title": re.compile(r"(agenda|item|subject|topic|title|description)", re.IGNORECASE),
    "purpose": re.compile(r"(purpose|action|for)", re.IGNORECASE),
    "lead": re.compile(r"(lead|presenter|responsible|by|speaker)", re.IGNORECASE),
    "time": re.compile(r"(time|duration|min)", re.IGNORECASE),
}
_PURPOSE_WORDS = {
    "inform": Purpose.INFORMATION,
    "note": Purpose.INFORMATION,
    "noting": Purpose.INFORMATION,
    "discuss": Purpose.DISCUSSION,
    "consider": Purpose.DISCUSSION,
    "endorse": Purpose.ENDORSEMENT,
    "decision": Purpose.DECISION,
    "decide": Purpose.DECISION,
    "approv": Purpose.DECISION,
    "adopt": Purpose.ADOPTION,
}


@dataclass(frozen=True)
class DocxLine:
    text: str
    level: int | None = None  # Word list level, when the paragraph is in a list
    purpose: Purpose | None = None
    lead: str = ""
    minutes: int | None = None


def check_docx_bytes(name: str, data: bytes) -> None:
    """Refuse, in words, what is not a readable .docx (before python-docx sees it)."""
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED in data:
            raise ValidationError(
                f"{name} is password-protected. Open it in Word, remove the password "
                "(File > Info > Protect Document) and save a copy, then import that copy."
            )
        raise ValidationError(
            f"{name} is an old Word 97-2003 document (.doc). Open it in Word and "
            "save it as a .docx, then import that."
        )
    if not data.startswith(ZIP_MAGIC):
        raise ValidationError(
            f"{name} is not a Word .docx file. Choose a .docx, or import plain text instead."
        )


def read_docx_lines(path: Path, data: bytes) -> list[DocxLine]:
    check_docx_bytes(path.name, data)
    try:
        import io

        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ValidationError(
                f"{path.name} cannot be read as a Word document (it may be damaged, or "
                f"another kind of file). Nothing was imported. ({type(exc).__name__})"
            ) from None
        numbering = _Numbering(document)
        lines: list[DocxLine] = []
        for child in document.element.body.iterchildren():
            if child.tag == W + "p":
                line = _paragraph_line(child, numbering, document)
                if line is not None:
                    lines.append(line)
            elif child.tag == W + "tbl":
                lines.extend(_table_lines(child))
        return lines
    except ValidationError:
        raise
    except Exception as exc:  # lxml errors, zip bombs cut short, odd structures
        raise ValidationError(
            f"{path.name} cannot be read as a Word document ({type(exc).__name__}). "
            "Nothing was imported."
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


def _paragraph_line(p: Any, numbering: _Numbering, document: Any) -> DocxLine | None:
    text = _text(p)
    if not text.strip():
        return DocxLine("")
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
        return DocxLine(f"{marker} {text.strip()}".strip(), level=ilvl)
    heading = re.match(r"Heading(\d)", style_id)
    if heading:
        return DocxLine(text.strip(), level=None)
    return DocxLine(text)


def _table_lines(tbl: Any) -> list[DocxLine]:
    rows = [[_text(tc).strip() for tc in tr.findall(W + "tc")] for tr in tbl.findall(W + "tr")]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    roles: dict[str, int] = {}
    header = rows[0]
    for role, rx in _HEADINGS.items():
        for col, cell in enumerate(header):
            if col not in roles.values() and cell and rx.search(cell):
                if role == "number" and not rx.match(cell):
                    continue
                roles[role] = col
                break
    has_header = "title" in roles
    body = rows[1:] if has_header else rows
    if "title" not in roles:
        # No headings: the widest text column is the title, a short numeric one the number.
        avg = [sum(len(r[c]) for r in body) / len(body) for c in range(width)]
        roles["title"] = max(range(width), key=lambda c: avg[c])
        for c in range(width):
            if c != roles["title"] and all(
                re.fullmatch(r"[\dA-Za-z]{0,3}(?:[.)]\d*[a-z]?)*[.)]?", r[c]) for r in body
            ):
                roles["number"] = c
                break
    lines = []
    for r in body:
        title = r[roles["title"]].replace("\n", " ").strip()
        if not title:
            continue
        number = r[roles["number"]].strip() if "number" in roles else ""
        purpose = None
        if "purpose" in roles:
            low = r[roles["purpose"]].lower()
            purpose = next((p for w, p in _PURPOSE_WORDS.items() if w in low), None)
        lead = r[roles["lead"]].replace("\n", " ").strip() if "lead" in roles else ""
        minutes = _minutes(r[roles["time"]]) if "time" in roles else None
        lines.append(DocxLine(f"{number} {title}".strip(), None, purpose, lead[:300], minutes))
    return lines


def _minutes(cell: str) -> int | None:
    m = re.search(r"(\d{1,2})[:.h]?(\d{2})\s*[-–—]\s*(\d{1,2})[:.h]?(\d{2})", cell)
    if m:
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        span = (h2 * 60 + m2) - (h1 * 60 + m1)
        return span if 0 < span <= 24 * 60 else None
    m = re.search(r"(\d{1,3})\s*(?:min|mins|minutes|')", cell, re.IGNORECASE)
    if m:
        return int(m.group(1))
    m = re.search(r"(\d{1,2})\s*(?:h|hr|hrs|hour|hours)\b", cell, re.IGNORECASE)
    return int(m.group(1)) * 60 if m else None
