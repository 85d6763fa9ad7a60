"""The portable markup of long text fields: a small, safe Markdown subset.

Stored text is plain text with ``**bold**``, ``*italic*`` and lines starting
with ``- `` (or ``* ``) as bullets; a blank line separates paragraphs.  It reads
well as is (in the CLI, in an export, in a diff) and is parsed here into
blocks of inline runs, which the GUI turns into HTML and the reports into
reportlab paragraphs.  No raw HTML is ever stored or passed through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    kind: str  # "para" or "bullet"
    runs: tuple[Run, ...]

    @property
    def plain(self) -> str:
        return "".join(r.text for r in self.runs)


_BULLET = re.compile(r"^\s*[-*•]\s+")
_INLINE = re.compile(r"(\*\*(?=\S)(.+?)(?<=\S)\*\*(?!\*)|\*(?=[^\s*])(.+?)(?<=[^\s*])\*)")


def parse_inline(text: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos : m.start()]))
        if m.group(2) is not None:
            inner = parse_inline(m.group(2))
            runs.extend(Run(r.text, True, r.italic) for r in inner)
        else:
            runs.append(Run(m.group(3), False, True))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return tuple(runs)


def parse(text: str) -> list[Block]:
    """Blocks in order: consecutive non-bullet lines join into one paragraph."""
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", parse_inline(" ".join(s.strip() for s in para))))
            para.clear()

    for line in (text or "").split("\n"):
        if not line.strip():
            flush()
            continue
        m = _BULLET.match(line)
        if m:
            flush()
            blocks.append(Block("bullet", parse_inline(line[m.end() :].strip())))
        else:
            para.append(line)
    flush()
    return blocks


def to_plain(text: str) -> str:
    """Markup without its marks (for search snippets, table cells, diffs)."""
    lines = []
    for b in parse(text):
        lines.append(("• " if b.kind == "bullet" else "") + b.plain)
    return "\n".join(lines)


def escape_html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def runs_to_html(runs: tuple[Run, ...]) -> str:
    out = []
    for r in runs:
        t = escape_html(r.text)
        if r.italic:
            t = f"<i>{t}</i>"
        if r.bold:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


def to_html(text: str) -> str:
    """Safe HTML (everything escaped) for display in rich-text widgets."""
    parts: list[str] = []
    in_list = False
    for b in parse(text):
        if b.kind == "bullet":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{runs_to_html(b.runs)}</li>")
        else:
            if in_list:
                parts.append("</ul>")
                in_list = False
            parts.append(f"<p>{runs_to_html(b.runs)}</p>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)
