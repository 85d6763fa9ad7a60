"""Find English the catalogue translates left in a document printed in Thai or Vietnamese.

The labels come from the catalogue itself (every "Pack", "Labels" and "Stance" message
whose translation differs from its English, cut at its placeholders) and from the enums'
values as the services print them lower case ("ongoing", "approved"), so a label added
tomorrow is checked too. What the users typed stays as typed: an English label found in
the text is forgiven when it and the word before or after it stand in the store's own
text (a note saying "Support with amendments if...", a project "(phase 2)").
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache
from pathlib import Path

from adgsom_desktop.domain import enums, markup
from adgsom_desktop.i18n.catalogue import load

CONTEXTS = ("Pack", "Labels", "Stance")
PLACEHOLDER = re.compile(r"%\d|%s|%d|%[0-9.]*f|\{[^}]*\}")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def store_text(store: Path) -> str:
    """Every text value of every table of the store (what the users typed), one a line,
    as stored and without its markup ("**Refer to capital first.**" prints bold)."""
    con = sqlite3.connect(store)
    try:
        values: list[str] = []
        tables = con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
        for (name,) in tables:
            for row in con.execute(f'SELECT * FROM "{name}"'):
                for v in row:
                    if isinstance(v, str):  # as stored, and as printed (markup read)
                        values += [norm(v), norm(markup.to_plain(v))]
    finally:
        con.close()
    return "\n".join(values)


@lru_cache(maxsize=4)
def english_labels(language: str) -> frozenset[str]:
    found: set[str] = set()
    for m in load(language).messages:
        if m.context in CONTEXTS and m.finished and m.translation.strip() != m.source.strip():
            for part in PLACEHOLDER.split(m.source):
                part = part.strip(" :;,.-()·")
                if len(part) >= 4 and re.search(r"[A-Za-z]{3}", part):
                    found.add(part)
    for kind in vars(enums).values():
        labelled = isinstance(kind, type) and issubclass(kind, enums._Labelled)
        if labelled and kind is not enums._Labelled:
            found |= {member.value.replace("_", " ") for member in kind}
    return frozenset(found)


def english_left(text: str, user_text: str, language: str) -> dict[str, list[str]]:
    """Each English label found in ``text`` outside what the users typed, with where."""
    text = norm(text)
    left: dict[str, list[str]] = {}
    for label in sorted(english_labels(language), key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(label) + r"(?!\w)", text):
            a, b = m.span()
            before = text.rfind(" ", 0, max(a - 1, 0)) + 1 if a > 0 else a
            after = text.find(" ", b + 1)
            with_before = text[before:b]
            with_after = text[a : after if after > 0 else len(text)]
            if (with_before != label and with_before in user_text) or (
                with_after != label and with_after in user_text
            ):
                continue
            left.setdefault(label, []).append(text[max(0, a - 50) : b + 50])
    return left
