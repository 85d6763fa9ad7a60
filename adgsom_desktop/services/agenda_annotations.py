"""What a line of a circulated agenda carries besides an item's title: its purpose,
lead, duration, document references; and the lines that are no items at all
(breaks and other programme rows, explanations of annotated agendas, the
classification marking, page numbers).  Pure functions over text.
"""

from __future__ import annotations

import re

from ..domain.enums import ProgrammeKind, Purpose
from .records import DocumentRef

PURPOSE_RX = re.compile(
    r"[\(\[]?\s*\bfor\s+(information|discussion|endorsement|decision|adoption|approval|"
    r"noting|consideration|guidance|notation)\b\s*[\)\]]?[.;,]?",
    re.IGNORECASE,
)
LEAD_RX = re.compile(
    r"[\(\[]\s*(?:lead|led\s+by|presenter|presented\s+by|by)\s*[:\-–]?\s*([^)\]]{1,120})[\)\]]",
    re.IGNORECASE,
)
MINUTES_RX = re.compile(
    r"[\(\[]\s*(?:(\d{1,2})\s*(?:h|hr|hrs|hour|hours)\s*)?(?:(\d{1,3})\s*(?:min|mins|minutes|m)\b)?\s*[\)\]]",
    re.IGNORECASE,
)
PURPOSES = {
    "information": Purpose.INFORMATION,
    "noting": Purpose.INFORMATION,
    "notation": Purpose.INFORMATION,
    "discussion": Purpose.DISCUSSION,
    "consideration": Purpose.DISCUSSION,
    "guidance": Purpose.DISCUSSION,
    "endorsement": Purpose.ENDORSEMENT,
    "decision": Purpose.DECISION,
    "approval": Purpose.DECISION,
    "adoption": Purpose.ADOPTION,
}
# A Purpose or Action cell ("Endorse", "For noting", "Decision").
PURPOSE_WORDS = {
    "inform": Purpose.INFORMATION,
    "note": Purpose.INFORMATION,
    "noting": Purpose.INFORMATION,
    "discuss": Purpose.DISCUSSION,
    "consider": Purpose.DISCUSSION,
    "guidance": Purpose.DISCUSSION,
    "endorse": Purpose.ENDORSEMENT,
    "decision": Purpose.DECISION,
    "decide": Purpose.DECISION,
    "approv": Purpose.DECISION,
    "adopt": Purpose.ADOPTION,
}
# "The Meeting is invited to endorse ..." in the explanation of an annotated agenda.
_INVITED = re.compile(
    r"\b(?:invited|requested|expected|asked)\s+to\s+(?:\w+\s+){0,3}?"
    r"(note|take\s+note|consider|discuss|provide\s+guidance|endorse|adopt|approve|decide)\b",
    re.IGNORECASE,
)
_INVITED_PURPOSE = {
    "note": Purpose.INFORMATION,
    "take note": Purpose.INFORMATION,
    "consider": Purpose.DISCUSSION,
    "discuss": Purpose.DISCUSSION,
    "provide guidance": Purpose.DISCUSSION,
    "endorse": Purpose.ENDORSEMENT,
    "adopt": Purpose.ADOPTION,
    "approve": Purpose.DECISION,
    "decide": Purpose.DECISION,
}

_PROGRAMME: tuple[tuple[ProgrammeKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in (
        (ProgrammeKind.BREAK, r"\b(?:coffee|tea|health|refreshment|comfort|short)[\s-]*break\b"),
        (ProgrammeKind.BREAK, r"^(?:break|recess)\b"),
        (ProgrammeKind.MEAL, r"\b(?:lunch|luncheon|dinner|breakfast|gala|banquet)\b"),
        (ProgrammeKind.MEAL, r"^(?:welcome\s+)?reception\b"),
        (ProgrammeKind.PHOTO, r"\b(?:group|family|official|joint)\s+photo(?:graph)?s?\b"),
        (ProgrammeKind.PHOTO, r"^photo(?:\s+session|\s+opportunity)?\b"),
        (ProgrammeKind.BILATERAL, r"\bbilateral(?:s|\s+meetings?|\s+slots?|\s+consultations?)?\b"),
        (ProgrammeKind.BILATERAL, r"\bpull[\s-]?asides?\b"),
        (
            ProgrammeKind.REGISTRATION,
            r"^(?:registration|arrival|delegates?\s+(?:to\s+be\s+)?seated)",
        ),
        (
            ProgrammeKind.REGISTRATION,
            r"\b(?:heads?\s+of\s+delegations?|delegates)\s+(?:to\s+be\s+)?seated\b",
        ),
        (ProgrammeKind.CEREMONY, r"^(?:opening|closing)\s+ceremony\b"),
        (
            ProgrammeKind.OTHER,
            r"^(?:end\s+of\s+(?:day|meeting|session)|adjourn|transfer\s+to|departure)\b",
        ),
    )
)
# "ADGSOM/2026/DOC.04", "ADGMIN/2026/DOC/05/Rev.1", "ASEC/ADGSOM/INF.2"
DOC_SYMBOL = re.compile(
    r"\b[A-Z][A-Z0-9&+\-]{1,15}(?:/[A-Za-z0-9.+\-]{1,20}){1,6}(?<![.\-])", re.UNICODE
)
_LOOSE_DOC = re.compile(r"\b(?:DOC(?:UMENT)?|INF|WP)\.?\s?(?:No\.?\s?)?\d{1,3}[A-Za-z]?\b", re.I)
_DOC_LINE = re.compile(
    r"^\s*[\(\[]?\s*(?:documents?|docs?\.?|ref(?:erences?)?\.?|reference\s+documents?|papers?)\s*[:\-–]\s*",
    re.IGNORECASE,
)
CLASSIFICATION = re.compile(
    r"^\s*(?:asean\s+)?(?:top\s+secret|secret|confidential|restricted|official(?:\s*[-:]\s*sensitive)?|"
    r"for\s+official\s+use\s+only|internal(?:\s+use\s+only)?|limited(?:\s+distribution)?|"
    r"unclassified|not\s+for\s+(?:public\s+)?(?:circulation|distribution))(?:\s+distribution)?\s*$",
    re.IGNORECASE,
)
PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+|\d{1,3})\s*$", re.IGNORECASE
)
_SENTENCE_START = re.compile(
    r"^(?:the|this|a|an|it|member\s+states|delegations?|asec|under\s+this|in\s+line|following|"
    r"as\s+agreed|at\s+its|pursuant|recalling)\b",
    re.IGNORECASE,
)


def programme_kind(title: str) -> ProgrammeKind | None:
    """The kind of a programme row ("Coffee Break", "Lunch hosted by ..."), None for an item."""
    text = " ".join(title.split())
    if not text or len(text) > 120:
        return None
    for kind, rx in _PROGRAMME:
        if rx.search(text):
            return kind
    return None


def purpose_of_cell(cell: str) -> Purpose | None:
    low = cell.lower()
    return next((p for w, p in PURPOSE_WORDS.items() if w in low), None)


def purpose_in_explanation(text: str) -> Purpose | None:
    m = PURPOSE_RX.search(text)
    if m:
        return PURPOSES[m.group(1).lower()]
    m = _INVITED.search(text)
    if m:
        return _INVITED_PURPOSE.get(" ".join(m.group(1).lower().split()))
    return None


def documents_in(text: str, *, loose: bool = False) -> tuple[list[DocumentRef], str]:
    """Document references in ``text`` and the text without them.

    In a Documents column (``loose``) each line is one document: its symbol and
    what follows as its title; "Doc. 4" counts as a symbol there.  Elsewhere only
    slashed symbols ("ADGSOM/2026/DOC.04") are documents.
    """
    found: list[DocumentRef] = []
    if loose:
        for raw in re.split(r"[\n;]", text):
            line = _DOC_LINE.sub("", raw).strip(" \t•-–,")
            if not line:
                continue
            m = DOC_SYMBOL.search(line) or _LOOSE_DOC.search(line)
            if m is None:
                if found and not found[-1].title:
                    found[-1] = DocumentRef(found[-1].symbol, line)
                else:
                    found.append(DocumentRef("", line[:300]))
                continue
            title = (line[: m.start()] + " " + line[m.end() :]).strip(" \t:-–,()")
            found.append(DocumentRef(m.group(0).rstrip(".,"), " ".join(title.split())[:300]))
        return found, ""
    rest = text
    for m in list(DOC_SYMBOL.finditer(text)):
        symbol = m.group(0).rstrip(".,")
        if not re.search(r"\d", symbol) or re.fullmatch(r"[\d/.\-]+", symbol):
            continue
        found.append(DocumentRef(symbol, ""))
        rest = rest.replace(m.group(0), " ")
    if found:
        # "(Document: )", "()", "Doc." left behind
        rest = re.sub(
            r"[\(\[]\s*(?:(?:documents?|docs?\.?|ref\.?)\s*[:\-–]?\s*)?[,;\s]*[\)\]]",
            " ",
            rest,
            flags=re.IGNORECASE,
        )
        rest = re.sub(
            r"(?:documents?|docs?\.?|ref\.?)\s*[:\-–]\s*[,;\s]*$", "", rest.strip(), flags=re.I
        )
    return found, " ".join(rest.split())


def is_document_line(text: str) -> bool:
    return bool(_DOC_LINE.match(text)) or bool(
        DOC_SYMBOL.fullmatch(text.strip(" .;,()")) and re.search(r"\d", text)
    )


def is_purpose_line(text: str) -> bool:
    """A line that is only a purpose: "For endorsement", "(For information)"."""
    m = PURPOSE_RX.search(text)
    if m is None:
        return False
    return not (text[: m.start()] + text[m.end() :]).strip(" .;,:()[]-–")


def looks_like_explanation(text: str) -> bool:
    """An explanation under an item of an annotated agenda (sentences, not a title)."""
    body = " ".join(text.split())
    words = body.split()
    if len(words) < 6:
        return False
    if _INVITED.search(body) or re.search(r"[a-z0-9)]\. [A-Z]", body):
        return True  # "invited to endorse", or two sentences
    sentence = body.endswith((".", ":")) and not body.endswith("etc.")
    if _SENTENCE_START.match(body) and (sentence or len(words) >= 12):
        return True
    return sentence and len(words) >= 14
