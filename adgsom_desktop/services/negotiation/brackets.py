"""Square brackets in a negotiated text: where they are, who proposed them, the options.

A draft marks what is not agreed in square brackets, often with the
delegation that wants it: ``[TH: dedicated funding]``, ``[SG/MY: where
available]``, ``[shall / should]``, ``[Alt 1: …] [Alt 2: …]``, a trailing
``(TH)``, or a footnote "Proposed by Thailand".  Brackets side by side
(separated by spaces, "/" or "or") are one choice between alternatives.
Pure functions: the reader hands in the paragraph's text and its footnotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "TH:", "SG/MY:", "SG, MY:", "ASEC:", "Thailand:" before a bracket's text
_CODE = r"[A-Z]{2,5}"
_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
_PROPONENT_PREFIX = re.compile(
    rf"^\s*(?:proposed\s+by\s+)?((?:{_CODE}|{_NAME})"
    rf"(?:\s*(?:/|,|&|\+|and)\s*(?:{_CODE}|{_NAME}))*)\s*:\s+",
)
_IS_CODE = re.compile(rf"^{_CODE}$")
_ALT_LABEL = re.compile(
    r"^\s*(?:alt(?:ernative)?\.?\s*\d+|option\s*[A-Z0-9]{1,2})\s*[:\-–]\s*", re.IGNORECASE
)
# "(TH)", "(SG, MY)", "(Proposed by TH)" right after a bracket
_TRAILING = re.compile(
    rf"^\s?\((?:proposed\s+by\s+)?({_CODE}(?:\s*(?:/|,|&|\+|and)\s*{_CODE})*)\)", re.IGNORECASE
)
_JOIN = re.compile(r"^\s*(?:/|or|;|,)?\s*$", re.IGNORECASE)
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOT_REF = re.compile(rf"^[{_SUPERSCRIPTS}]+")
_PROPOSED_BY = re.compile(
    r"(?:proposed\s+by|proposal\s+(?:of|by|from)|suggested\s+by|text\s+of)\s+(?:the\s+)?"
    r"(.+?)\s*\.?\s*$",
    re.IGNORECASE,
)
_OWNER_PROPOSAL = re.compile(r"^(.+?)(?:['’]s)?\s+(?:proposal|proposed text|suggestion)\.?$", re.I)
_SPLIT_NAMES = re.compile(r"\s*(?:/|,|&|\+|\band\b)\s*")
_OPTION_SPLIT = re.compile(r"\s+/\s+")
_SHORT_OPTIONS = re.compile(r"^[^\s/]+(?:/[^\s/]+)+$")


@dataclass(frozen=True)
class Footnote:
    """A footnote anchored in a paragraph: its text, at an offset of the paragraph's text."""

    offset: int
    text: str


@dataclass(frozen=True)
class Option:
    text: str
    proponents: tuple[str, ...] = ()  # as written: "TH", "Singapore"


@dataclass(frozen=True)
class Bracket:
    start: int  # offsets of the whole group in the paragraph's text
    end: int
    text: str  # the group as written, brackets included
    options: tuple[Option, ...]

    @property
    def proponents(self) -> tuple[str, ...]:
        seen: list[str] = []
        for o in self.options:
            for p in o.proponents:
                if p not in seen:
                    seen.append(p)
        return tuple(seen)

    @property
    def is_choice(self) -> bool:
        return len(self.options) > 1


def names(raw: str) -> tuple[str, ...]:
    """'SG/MY' -> ('SG', 'MY'); 'Singapore and Malaysia' -> ('Singapore', 'Malaysia')."""
    return tuple(n.strip() for n in _SPLIT_NAMES.split(raw.strip()) if n.strip())


def proponents_in_footnote(text: str) -> tuple[str, ...]:
    """'Proposed by Thailand.' -> ('Thailand',); 'SG and MY proposal' -> ('SG', 'MY')."""
    text = " ".join(text.split())
    m = _PROPOSED_BY.search(text)
    if m:
        return names(m.group(1))
    m = _OWNER_PROPOSAL.match(text)
    if m and len(m.group(1).split()) <= 6:
        return names(m.group(1))
    return ()


def _spans(text: str) -> list[tuple[int, int]]:
    """Top-level [ ... ] spans (nested brackets stay inside their outer one)."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch == "[":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "]" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def _option(content: str, known: frozenset[str]) -> list[Option]:
    body = _ALT_LABEL.sub("", content, count=1)
    who: tuple[str, ...] = ()
    m = _PROPONENT_PREFIX.match(body)
    if m:
        found = names(m.group(1))
        # "TH:" always names a delegation; "Thailand:" only when the store knows the
        # name ("Note: ..." does not name one).
        if all(_IS_CODE.match(n) or n.casefold() in known for n in found):
            who = found
            body = body[m.end() :]
    body = body.strip()
    if _OPTION_SPLIT.search(body):
        return [Option(part.strip(), who) for part in _OPTION_SPLIT.split(body) if part.strip()]
    if _SHORT_OPTIONS.match(body) and not re.search(r"\d/\d", body):
        return [Option(part, who) for part in body.split("/")]
    return [Option(body, who)]


def find_brackets(
    text: str, footnotes: tuple[Footnote, ...] = (), known: frozenset[str] = frozenset()
) -> tuple[Bracket, ...]:
    """The bracket groups of a paragraph, in order, with proponents and options.

    ``known``: delegation names (case-folded) a "Name:" label may use besides codes.
    """
    spans = _spans(text)
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and _JOIN.match(text[groups[-1][-1][1] : span[0]]):
            groups[-1].append(span)
        else:
            groups.append([span])
    out: list[Bracket] = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        options: list[Option] = []
        for s, e in group:
            opts = _option(text[s + 1 : e - 1], known)
            # "[...] (TH)" or a footnote mark right after this bracket
            tail = text[e:]
            trailing = _TRAILING.match(tail)
            extra: tuple[str, ...] = ()
            if trailing:
                extra = names(trailing.group(1))
                if e == end:
                    end = e + trailing.end()
            mark = _FOOT_REF.match(tail)
            reach = e + (len(mark.group(0)) if mark else 0)
            for f in footnotes:
                if s <= f.offset <= reach:
                    extra += proponents_in_footnote(f.text)
            if extra:
                opts = [Option(o.text, o.proponents or extra) for o in opts]
            options.extend(opts)
        if all(not o.text for o in options):
            continue
        out.append(Bracket(start, end, text[start:end], tuple(options)))
    return tuple(out)


def without_brackets(text: str) -> str:
    """The text with bracket marks and proponent labels taken out (for comparing)."""
    out = text
    for b in reversed(find_brackets(text)):
        inner = " ".join(o.text for o in b.options)
        out = out[: b.start] + inner + out[b.end :]
    return out.replace("[", "").replace("]", "")
