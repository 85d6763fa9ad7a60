"""Paragraphs of a negotiated text: number, kind, status marks, brackets, tracked changes.

A reader (pasted text, ``docx_read``) hands in ``Block``s: the text of one
paragraph or table row, Word's automatic number when it has one, and the
tracked changes and footnotes anchored in it.  ``parse_blocks`` turns them into
``Parsed`` paragraphs: preambular (PP, "Recalling…") or operative (OP, "Adopt…",
numbered), headings, table rows kept as text; the printed number taken out of
the text ("OP4.", "1.1", "(a)"); a status mark ("(Agreed ad ref)", "[Deleted]")
read and taken out; brackets found with their proponents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...domain.enums import ParagraphKind, ParagraphStatus
from .brackets import Bracket, Footnote, find_brackets

_NUMBER = re.compile(
    r"""^\s*(
        (?:PP|OP)\s?\.?\s?\d+(?:\.\d+)*[.:]?          # PP1, OP 4.1, OP.4
      | \d{1,3}(?:\.\d{1,3}){0,4}\.?(?=[\s\t])        # 1.  1.1  1.1.1
      | \((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)       # (a) (iv) (1)
      | (?:[a-z]|[ivxlc]{1,6})[.)](?=[\s\t])          # a) iv.
      | (?:[A-Z]|[IVXLC]{1,6})\.(?=[\s\t])            # A. IV.
    )[\s\t]+""",
    re.VERBOSE,
)
_HEADING_WORDS = re.compile(
    r"^(?:part|section|chapter|annex|appendix|article|attachment)\b", re.IGNORECASE
)
_PREAMBLE_WORDS = {
    "recalling", "noting", "recognising", "recognizing", "welcoming", "acknowledging",
    "reaffirming", "mindful", "having", "bearing", "emphasising", "emphasizing",
    "underscoring", "underlining", "taking", "conscious", "convinced", "desiring", "aware",
    "expressing", "guided", "appreciating", "determined", "committed", "further",
    "considering", "affirming", "stressing", "deeply", "concerned", "cognisant",
    "cognizant", "building", "inspired", "encouraged", "highlighting", "realising",
    "realizing", "commending", "looking", "referring",
}  # fmt: skip
_STATUS_MARK = re.compile(
    r"""[(\[]\s*(
        agreed(?:\s+ad\s+ref(?:erendum|\.)?)?
      | ad\s+ref(?:erendum|\.)?
      | (?:(?:PP|OP|para(?:graph)?\.?)\s*\d*\s*)?deleted
      | pending
    )(?:\s+(?:at|by|in|on)\s+[^)\]]{1,60})?\s*[)\]]\.?""",
    re.VERBOSE | re.IGNORECASE,
)
_END_PUNCT = (".", ";", ":", ",", "!", "?")


@dataclass(frozen=True)
class TrackedChange:
    """A tracked insertion or deletion in a paragraph, by its author.

    Offsets are in the paragraph's text, which holds deleted text (it is still
    the circulated text) and not inserted text (a proposal, not yet agreed):
    an insertion sits at ``start`` (== ``end``), a deletion spans ``start:end``.
    """

    kind: str  # "insert" or "delete"
    start: int
    end: int
    text: str
    author: str
    date: str = ""


@dataclass(frozen=True)
class Block:
    text: str
    marker: str = ""  # Word's automatic list number, rebuilt
    heading: bool = False  # a Heading style
    table_row: bool = False
    footnotes: tuple[Footnote, ...] = ()
    changes: tuple[TrackedChange, ...] = ()
    inserted_whole: str = ""  # author who inserted the whole paragraph (mark included)
    deleted_whole: str = ""  # author who deleted the whole paragraph


@dataclass(frozen=True)
class Parsed:
    kind: ParagraphKind
    number: str
    text: str
    status: ParagraphStatus
    mark: str = ""  # the status mark as written, taken out of the text
    brackets: tuple[Bracket, ...] = ()
    changes: tuple[TrackedChange, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    inserted_by: str = ""
    deleted_by: str = ""

    @property
    def negotiated(self) -> bool:
        """Counted in the status figures (headings are not negotiated)."""
        return self.kind is not ParagraphKind.HEADING


def split_number(text: str) -> tuple[str, str, int]:
    """('OP4', 'Task the ...', cut) for 'OP4. Task the ...': the printed number apart."""
    m = _NUMBER.match(text)
    if not m:
        return "", text, 0
    number = m.group(1).strip().rstrip(".:").replace(" ", "")
    if number.upper().startswith(("PP.", "OP.")):
        number = number[:2] + number[3:]
    return number, text[m.end() :], m.end()


def _first_word(text: str) -> str:
    m = re.match(r"^[\s\[(\"“]*(?:[A-Z]{2,5}(?:/[A-Z]{2,5})*:\s*)?([^\W\d_]+)", text)
    return m.group(1).casefold() if m else ""


def _is_heading(text: str, number: str) -> bool:
    words = text.split()
    if not words or len(words) > 14 or text.rstrip().endswith(_END_PUNCT) or "[" in text:
        return False
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if len(letters) > 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True
    if re.fullmatch(r"[A-Z]|[IVXLC]{1,6}", number):
        return True
    if _HEADING_WORDS.match(text):
        return True
    return not number and len(words) <= 8 and text[:1].isupper()


def classify(text: str, number: str, *, heading: bool, table_row: bool) -> ParagraphKind:
    if table_row:
        return ParagraphKind.TABLE_ROW
    if heading:
        return ParagraphKind.HEADING
    upper = number.upper()
    if upper.startswith("PP"):
        return ParagraphKind.PREAMBULAR
    if upper.startswith("OP"):
        return ParagraphKind.OPERATIVE
    if _is_heading(text, number):
        return ParagraphKind.HEADING
    if _first_word(text) in _PREAMBLE_WORDS:
        return ParagraphKind.PREAMBULAR
    if number:
        return ParagraphKind.OPERATIVE
    return ParagraphKind.TEXT


def status_mark(text: str) -> tuple[ParagraphStatus | None, str, str, int]:
    """A status mark at the start or the end of a paragraph: (status, mark, text, cut).

    ``cut`` is how many characters left the start of the text (to move offsets).
    """
    stripped = text.rstrip()
    for m in _STATUS_MARK.finditer(stripped):
        at_end = m.end() == len(stripped)
        at_start = not stripped[: m.start()].strip()
        if not (at_end or at_start):
            continue
        word = m.group(1).casefold()
        if "deleted" in word:
            status = ParagraphStatus.DELETED
        elif "ref" in word:
            status = ParagraphStatus.AGREED_AD_REF
        elif word.startswith("agreed"):
            status = ParagraphStatus.AGREED
        else:
            status = ParagraphStatus.PENDING
        if at_start:
            rest = stripped[m.end() :]
            lead = len(rest) - len(rest.lstrip())
            return status, m.group(0), rest.strip(), m.end() + lead
        return status, m.group(0), stripped[: m.start()].rstrip(), 0
    return None, "", text, 0


def _shift(
    block_changes: tuple[TrackedChange, ...], cut: int, length: int
) -> tuple[TrackedChange, ...]:
    out = []
    for c in block_changes:
        start = min(max(c.start - cut, 0), length)
        end = min(max(c.end - cut, 0), length)
        out.append(replace(c, start=start, end=max(start, end)))
    return tuple(out)


def parse_block(block: Block, known: frozenset[str] = frozenset()) -> Parsed:
    raw = block.text.replace("\t", " ")
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    cut = lead
    number = ""
    if block.marker:
        number = block.marker.strip().rstrip(".:").replace(" ", "")
    if not block.table_row:
        found, rest, n = split_number(text)
        if found and not number:
            number, text, cut = found, rest, cut + n
    status, mark, text, moved = status_mark(text)
    cut += moved
    text = text.strip()
    if mark and not number:  # "[OP5 deleted]": the placeholder keeps the number
        m = re.search(r"\b(PP|OP)\s*(\d+(?:\.\d+)*)", mark, re.IGNORECASE)
        if m:
            number = m.group(1).upper() + m.group(2)
    kind = classify(text, number, heading=block.heading, table_row=block.table_row)
    footnotes = tuple(
        Footnote(min(max(f.offset - cut, 0), len(text)), f.text) for f in block.footnotes
    )
    changes = _shift(block.changes, cut, len(text))
    brackets = find_brackets(text, footnotes, known)
    if block.deleted_whole:
        status = status or ParagraphStatus.PENDING
    if status is None:
        status = ParagraphStatus.BRACKETED if brackets or changes else ParagraphStatus.PENDING
    return Parsed(
        kind=kind,
        number=number,
        text=text,
        status=status,
        mark=mark,
        brackets=brackets,
        changes=changes,
        footnotes=footnotes,
        inserted_by=block.inserted_whole,
        deleted_by=block.deleted_whole,
    )


def parse_blocks(blocks: list[Block], known: frozenset[str] = frozenset()) -> list[Parsed]:
    """The paragraphs of a revision, empty blocks dropped."""
    out: list[Parsed] = []
    for b in blocks:
        if b.text.strip() or b.changes:
            p = parse_block(b, known)
            out.append(replace(p, kind=ParagraphKind.HEADING) if not out and _title(p) else p)
    return out


def _title(p: Parsed) -> bool:
    """An unnumbered first line in a script without capitals (Thai, Lao, Khmer, Myanmar) is
    the title, as the capitals of an English draft's title line say."""
    first = next((c for c in p.text if c.isalpha()), "")
    return (
        p.kind is ParagraphKind.TEXT
        and not p.number
        and not p.brackets
        and not p.changes
        and len(p.text) <= 200
        and not p.text.rstrip().endswith(_END_PUNCT)
        and first != ""
        and not first.isupper()
        and not first.islower()
    )


# -- pasted text --------------------------------------------------------------------------

_FOOTNOTE_LINE = re.compile(r"^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2}|\[\d{1,2}\])\s+(.{3,})$")
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def text_blocks(text: str) -> list[Block]:
    """Blocks of a pasted text: one paragraph per line (as Word copies), footnote lines
    ("¹ Proposed by Thailand") attached to their marks, table rows as written."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    body: list[str] = []
    notes: dict[str, str] = {}
    # Footnotes are the lines after the last line that is not one, when they say who.
    tail = len(lines)
    while tail > 0:
        m = _FOOTNOTE_LINE.match(lines[tail - 1])
        if lines[tail - 1].strip() and not (m and _looks_like_note(m.group(2))):
            break
        if m:
            notes[m.group(1).strip("[]").translate(_SUP)] = m.group(2)
        tail -= 1
    body = lines[:tail]
    blocks: list[Block] = []
    in_table = False
    for line in body:
        if not line.strip():
            in_table = False
            continue
        table = "\t" in line.strip() or line.count(" | ") >= 1
        cells = [c.strip() for c in re.split(r"\t+| \| ", line.strip())]
        text_line = " | ".join(cells) if table else line
        header = table and not in_table and looks_like_header(cells)
        in_table = table
        footnotes = []
        for m in re.finditer(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^?(\d{1,2})\]", text_line):
            key = (m.group(1) or m.group(0)).translate(_SUP)
            if key in notes:
                footnotes.append(Footnote(m.start(), notes[key]))
        blocks.append(
            Block(
                text_line,
                table_row=table and not header,
                heading=header,
                footnotes=tuple(footnotes),
            )
        )
    return blocks


def looks_like_header(cells: list[str]) -> bool:
    """A table's first row naming its columns ("Action | Lead | Timeline")."""
    cells = [c.strip() for c in cells]
    return (
        len(cells) > 1
        and all(cells)
        and all(len(c.split()) <= 4 and not any(ch.isdigit() for ch in c) for c in cells)
    )


def _looks_like_note(text: str) -> bool:
    return bool(re.search(r"propos|suggest|text of|reservation", text, re.IGNORECASE))
