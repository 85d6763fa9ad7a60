"""Read a revision of a negotiated text out of a Word .docx: paragraphs, numbers,
table rows, footnotes and tracked changes (``w:ins``/``w:del``) with their authors.

Word keeps automatic numbers out of the text; they are rebuilt from the
numbering definitions (the agenda import's reader).  A paragraph's text is the
text as circulated: deleted text kept (it is still on the table), inserted text
left out; each tracked change becomes a ``TrackedChange`` at its place, by its
author.  The file is checked first (size, unpacked XML, paragraph count: the
limits every import honours; a password-protected or old .doc file is refused
in words) so nothing malformed reaches the parser.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ...errors import ValidationError
from ..agenda_docx import W, _Numbering, check_docx_bytes
from ..import_limits import check_file_size, check_office_package
from .brackets import Footnote
from .parse import Block, TrackedChange, looks_like_header, split_number

_CHANGE_TAGS = {
    W + "ins": "insert",
    W + "moveTo": "insert",
    W + "del": "delete",
    W + "moveFrom": "delete",
}
_SKIP = {W + "pPr", W + "rPr", W + "sectPr", W + "commentRangeStart", W + "commentRangeEnd"}


def read_docx(name: str, data: bytes) -> tuple[list[Block], str]:
    """The blocks of a .docx and its title (core properties), or a ``ValidationError``."""
    check_file_size(name, len(data))
    check_docx_bytes(name, data)
    check_office_package(name, data)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ValidationError(
                "{name} cannot be read as a Word document (it may be damaged, or another "
                "kind of file). Nothing was imported. ({exc_name})",
                name=name,
                exc_name=type(exc).__name__,
            ) from None
        reader = _Reader(document, _footnotes(data))
        blocks = reader.body(document.element.body)
        title = (document.core_properties.title or "").strip()
        return blocks, title
    except ValidationError:
        raise
    except Exception as exc:  # lxml errors, odd structures
        raise ValidationError(
            "{name} cannot be read as a Word document ({exc_name}). Nothing was imported.",
            name=name,
            exc_name=type(exc).__name__,
        ) from None


def _footnotes(data: bytes) -> dict[str, str]:
    """Footnote id -> its text (word/footnotes.xml), separators left out."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/footnotes.xml" not in archive.namelist():
                return {}
            from docx.oxml import parse_xml  # lxml, with python-docx's safe parser

            root = parse_xml(archive.read("word/footnotes.xml"))
    except (zipfile.BadZipFile, OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for fn in root.findall(W + "footnote"):
        if fn.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = "".join(t.text or "" for t in fn.iter(W + "t")).strip()
        if text:
            out[fn.get(W + "id") or ""] = text
    return out


class _Reader:
    def __init__(self, document: Any, footnotes: dict[str, str]) -> None:
        self.numbering = _Numbering(document)
        self.footnotes = footnotes
        self.style_names: dict[str, str] = {}
        for style in document.styles.element.findall(W + "style"):
            name = style.find(W + "name")
            self.style_names[style.get(W + "styleId") or ""] = (
                name.get(W + "val", "") if name is not None else ""
            )

    def body(self, body: Any) -> list[Block]:
        blocks: list[Block] = []
        for child in body.iterchildren():
            if child.tag == W + "p":
                blocks.append(self.paragraph(child))
            elif child.tag == W + "tbl":
                blocks.extend(self.table(child))
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    blocks.extend(self.body(content))
        return blocks

    def table(self, tbl: Any) -> list[Block]:
        rows: list[Block] = []
        for n_row, tr in enumerate(tbl.iter(W + "tr")):
            cells = [tc for tc in tr if tc.tag == W + "tc"]
            run = _Runs(self.footnotes)
            for n, tc in enumerate(cells):
                if n:
                    run.plain(" | ")
                for k, p in enumerate(tc.iter(W + "p")):
                    if k:
                        run.plain(" ")
                    run.walk(p)
            header = n_row == 0 and (
                tr.find(f"{W}trPr/{W}tblHeader") is not None
                or (not run.changes and looks_like_header(run.text.split(" | ")))
            )
            block = run.block(table_row=not header, heading=header)
            if block.text.strip(" |") or block.changes:
                rows.append(block)
        return rows

    def paragraph(self, p: Any) -> Block:
        run = _Runs(self.footnotes)
        run.walk(p)
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style_id = style_el.get(W + "val") if style_el is not None else ""
        name = (self.style_names.get(style_id) or style_id or "").casefold()
        heading = name.startswith(("heading", "title")) or style_id.startswith("Heading")
        marker = self._marker(p, style_id)
        mark_ins = p.find(f"{W}pPr/{W}rPr/{W}ins")
        mark_del = p.find(f"{W}pPr/{W}rPr/{W}del")
        return run.block(
            marker=marker,
            heading=heading,
            mark_inserted=mark_ins.get(W + "author", "") if mark_ins is not None else None,
            mark_deleted=mark_del.get(W + "author", "") if mark_del is not None else None,
        )

    def _marker(self, p: Any, style_id: str) -> str:
        num_pr = p.find(f"{W}pPr/{W}numPr")
        num_id, ilvl = None, None
        if num_pr is not None:
            el = num_pr.find(W + "numId")
            num_id = el.get(W + "val") if el is not None else None
            lvl = num_pr.find(W + "ilvl")
            ilvl = int(lvl.get(W + "val") or 0) if lvl is not None else 0
        elif style_id in self.numbering.style_num:
            num_id, ilvl = self.numbering.style_num[style_id]
        if num_id and num_id != "0" and ilvl is not None:
            marker = self.numbering.marker(num_id, ilvl)
            return "" if marker == "•" else marker
        return ""


class _Runs:
    """The text of a paragraph as circulated, with its tracked changes and footnotes."""

    def __init__(self, footnotes: dict[str, str]) -> None:
        self.footnote_texts = footnotes
        self.parts: list[str] = []
        self.length = 0
        self.changes: list[TrackedChange] = []
        self.footnotes: list[Footnote] = []
        self.inserted_chars = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def plain(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _change(self, kind: str, text: str, el: Any) -> None:
        author = el.get(W + "author", "") if el is not None else ""
        date = el.get(W + "date", "") if el is not None else ""
        last = self.changes[-1] if self.changes else None
        if kind == "insert":
            self.inserted_chars += len(text)
            if (
                last
                and last.kind == "insert"
                and last.author == author
                and last.start == self.length
            ):
                self.changes[-1] = TrackedChange(
                    "insert", last.start, last.end, last.text + text, author, date
                )
            else:
                self.changes.append(
                    TrackedChange("insert", self.length, self.length, text, author, date)
                )
            return
        if last and last.kind == "delete" and last.author == author and last.end == self.length:
            self.changes[-1] = TrackedChange(
                "delete", last.start, last.end + len(text), last.text + text, author, date
            )
        else:
            self.changes.append(
                TrackedChange("delete", self.length, self.length + len(text), text, author, date)
            )
        self.plain(text)  # deleted text is still the circulated text

    def walk(self, el: Any, change: tuple[str, Any] | None = None) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag in _CHANGE_TAGS:
                self.walk(child, (_CHANGE_TAGS[tag], child))
                continue
            if tag in (W + "t", W + "delText", W + "instrText"):
                if tag == W + "instrText":
                    continue  # field codes are not text
                self._text(child.text or "", change)
            elif tag == W + "tab" or tag in (W + "br", W + "cr"):
                self._text(" ", change)
            elif tag == W + "noBreakHyphen":
                self._text("-", change)
            elif tag == W + "footnoteReference":
                fid = child.get(W + "id") or ""
                if fid in self.footnote_texts:
                    self.footnotes.append(Footnote(self.length, self.footnote_texts[fid]))
            elif tag in (
                W + "fldSimple",
                W + "hyperlink",
                W + "smartTag",
                W + "r",
                W + "sdt",
                W + "sdtContent",
                W + "customXml",
                W + "ins",
                W + "del",
            ):
                self.walk(child, change)
            elif tag.endswith("}Fallback"):
                continue  # mc:AlternateContent fallback duplicates the choice
            else:
                self.walk(child, change)

    def _text(self, text: str, change: tuple[str, Any] | None) -> None:
        if not text:
            return
        if change is None:
            self.plain(text)
        else:
            self._change(change[0], text, change[1])

    def block(
        self,
        *,
        marker: str = "",
        heading: bool = False,
        table_row: bool = False,
        mark_inserted: str | None = None,
        mark_deleted: str | None = None,
    ) -> Block:
        text = "".join(self.parts)
        changes = tuple(self.changes)
        inserted_whole = deleted_whole = ""
        inserts = [c for c in changes if c.kind == "insert"]
        deletes = [c for c in changes if c.kind == "delete"]
        _number, rest, _cut = split_number(text.lstrip())
        if mark_inserted is not None and inserts and not rest.strip():
            # The whole paragraph is someone's proposal: its text is what they propose.
            inserted_whole = mark_inserted or inserts[0].author
            added = "".join(c.text for c in inserts)
            at = len(text)
            text += added
            changes = (TrackedChange("insert", at, at, added, inserted_whole, inserts[0].date),)
        elif (
            mark_deleted is not None
            and deletes
            and sum(len(c.text) for c in deletes) >= len(text.strip())
        ):
            deleted_whole = mark_deleted or deletes[0].author
        return Block(
            text=text,
            marker=marker,
            heading=heading,
            table_row=table_row,
            footnotes=tuple(self.footnotes),
            changes=changes,
            inserted_whole=inserted_whole,
            deleted_whole=deleted_whole,
        )
