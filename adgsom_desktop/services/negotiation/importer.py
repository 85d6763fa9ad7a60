"""Plan the import of a revision: read the source, parse it, align it, carry statuses.

Nothing here writes: ``read_source`` checks and reads a .docx or a pasted text
(the shared import limits first), ``plan`` aligns the parsed paragraphs with
the previous revision's and decides each paragraph's status:

- a status mark in the text ("(Agreed ad ref)", "[OP5 deleted]") wins;
- brackets or tracked proposals make it bracketed;
- an unchanged paragraph keeps the status it had (agreed stays agreed);
- anything else is pending.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ...domain.enums import ParagraphChange, ParagraphKind, ParagraphStatus
from ...domain.text import MAX_TEXT, clean_pasted
from ...errors import ValidationError
from ..import_limits import check_text
from .align import Alignment, align
from .docx_read import read_docx
from .parse import Block, Parsed, parse_blocks, text_blocks
from .records import ImportSource, PreviewParagraph, StatusCounts

UNRELATED = 0.3  # below this share of paragraphs found in the previous revision: another text
_REV = re.compile(r"\brev(?:ision)?\.?\s*(\d{1,2})\b", re.IGNORECASE)
# "(ฉบับที่ 3)", "(ฉบับแก้ไขที่ 3)", "(Bản sửa đổi 3)", "(Bản 3)": only in brackets, as titles say it
_REV_LOCAL = re.compile(
    r"\(\s*(?:ฉบับ(?:แก้ไข)?(?:ครั้ง)?(?:ที่)?|bản(?:\s+sửa\s+đổi)?(?:\s+lần)?)\s*(\d{1,2})\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OldParagraph:
    id: int
    number: str
    text: str
    status: ParagraphStatus
    kind: ParagraphKind


@dataclass(frozen=True)
class Plan:
    parsed: tuple[Parsed, ...]
    alignment: Alignment | None
    statuses: tuple[ParagraphStatus, ...]
    title: str
    revision_hint: str  # "Rev. 3" when the text says so

    @property
    def counts(self) -> StatusCounts:
        per: dict[str, int] = {}
        for p, s in zip(self.parsed, self.statuses, strict=True):
            if p.kind is not ParagraphKind.HEADING:
                per[s.value] = per.get(s.value, 0) + 1
        return StatusCounts(**per)

    def change(self, k: int) -> ParagraphChange:
        return self.alignment.changes[k] if self.alignment else ParagraphChange.FIRST

    def moved(self, k: int) -> bool:
        return bool(self.alignment and self.alignment.moved[k])

    def preview(self, old: list[OldParagraph]) -> tuple[PreviewParagraph, ...]:
        out = []
        for k, p in enumerate(self.parsed):
            origins = self.alignment.origins[k] if self.alignment else ()
            out.append(
                PreviewParagraph(
                    kind=p.kind,
                    number=p.number,
                    text=p.text,
                    status=self.statuses[k],
                    change=self.change(k),
                    moved=self.moved(k),
                    origin_numbers=tuple(old[i].number or f"¶{i + 1}" for i in origins),
                    brackets=len(p.brackets),
                    proposals=len(p.changes),
                )
            )
        return tuple(out)


def read_source(source: ImportSource) -> tuple[list[Block], str]:
    """Blocks and a title from a .docx or a pasted text; a ``ValidationError`` in words."""
    if source.data is not None:
        return read_docx(source.name, source.data)
    text = source.text or ""
    check_text(source.name, text)
    text, _removed = clean_pasted(text)
    if not text.strip():
        raise ValidationError("The pasted text is empty: there is nothing to import.")
    return text_blocks(text), ""


def read_path(path: Path) -> ImportSource:
    """A file chosen by the user: .docx by its content, anything else as plain text."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            "{path_name} cannot be read: {reason}.",
            path_name=path.name,
            reason=exc.strerror or exc,
        ) from None
    from ..import_limits import check_file_size

    check_file_size(path.name, size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "{path_name} cannot be read: {reason}.",
            path_name=path.name,
            reason=exc.strerror or exc,
        ) from None
    if (
        path.suffix.lower() in (".docx", ".doc", ".docm", ".dotx")
        or data[:4] == b"PK\x03\x04"
        or (data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    ):
        return ImportSource(path.name, data=data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            "{path_name} is neither a Word .docx nor UTF-8 text. Save it as .docx or as "
            "UTF-8 text and import that.",
            path_name=path.name,
        ) from None
    return ImportSource(path.name, text=text)


def _clean(text: str) -> str:
    text, _n = clean_pasted(text)
    return text.replace("\n", " ")[:MAX_TEXT]


def plan(
    blocks: list[Block], old: list[OldParagraph], known: frozenset[str], docx_title: str = ""
) -> Plan:
    parsed = [p for p in parse_blocks(blocks, known)]
    parsed = [
        Parsed(
            kind=p.kind,
            number=_clean(p.number)[:32],
            text=_clean(p.text),
            status=p.status,
            mark=p.mark,
            brackets=p.brackets,
            changes=p.changes,
            footnotes=p.footnotes,
            inserted_by=p.inserted_by,
            deleted_by=p.deleted_by,
        )
        for p in parsed
    ]
    if not parsed:
        raise ValidationError("No paragraph was found in the text: nothing to import.")
    alignment = (
        align([(o.number, o.text) for o in old], [(p.number, p.text) for p in parsed])
        if old
        else None
    )
    statuses = []
    for k, p in enumerate(parsed):
        if p.mark or p.deleted_by:
            statuses.append(p.status)
            continue
        if p.brackets or p.changes:
            statuses.append(ParagraphStatus.BRACKETED)
            continue
        if alignment and alignment.changes[k] is ParagraphChange.UNCHANGED:
            statuses.append(old[alignment.origins[k][0]].status)
            continue
        statuses.append(ParagraphStatus.PENDING)
    head = unicodedata.normalize("NFC", " ".join(p.text for p in parsed[:4]))
    docx_title = unicodedata.normalize("NFC", docx_title)
    m = next(
        (m for r in (_REV, _REV_LOCAL) for t in (docx_title, head) if (m := r.search(t))), None
    )
    title = docx_title or next(
        (p.text for p in parsed if p.kind is ParagraphKind.HEADING and len(p.text) > 8), ""
    )
    title = _REV_LOCAL.sub("", _REV.sub("", unicodedata.normalize("NFC", title)))
    return Plan(
        parsed=tuple(parsed),
        alignment=alignment,
        statuses=tuple(statuses),
        title=title.replace("()", "").strip(" ,;:-–()") if title else "",
        revision_hint=f"Rev. {int(m.group(1))}" if m else "",
    )


def unrelated(plan_: Plan, old: list[OldParagraph]) -> str:
    """Why the new text is not a revision of the old one ('' when it is)."""
    if not old or plan_.alignment is None:
        return ""
    body = [k for k, p in enumerate(plan_.parsed) if p.kind is not ParagraphKind.HEADING]
    if len(body) < 3:
        return ""
    found = sum(1 for k in body if plan_.alignment.origins[k])
    if found / len(body) >= UNRELATED:
        return ""
    return f"only {found} of its {len(body)} paragraphs are found in it"
