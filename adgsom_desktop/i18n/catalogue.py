"""Read a translation catalogue (a Qt Linguist ``.ts`` file) without Qt.

The reports print the pack's fixed labels in Thai or Vietnamese from the same files
the GUI uses; tests measure how complete each catalogue is.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import SOURCE_LANGUAGE, supported, ts_path


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"

    @property
    def finished(self) -> bool:
        return self.state == "" and bool(self.translation.strip())


@dataclass(frozen=True)
class Stats:
    total: int
    finished: int

    @property
    def percent(self) -> float:
        return 100.0 * self.finished / self.total if self.total else 0.0


@dataclass
class Catalogue:
    language: str
    messages: list[Message] = field(default_factory=list)
    _by_key: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    _by_source: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for m in self.messages:
            if m.finished:
                self._by_key[(m.context, m.source)] = m.translation
                self._by_source.setdefault(m.source, m.translation)

    def translate(self, context: str, source: str) -> str:
        """The translation (in ``context`` first, else of the same text anywhere), else
        ``source`` itself."""
        return self._by_key.get((context, source)) or self._by_source.get(source) or source

    def lookup(self, context: str, source: str) -> str | None:
        return self._by_key.get((context, source)) or self._by_source.get(source)

    def stats(self) -> Stats:
        live = [m for m in self.messages if m.state not in ("obsolete", "vanished")]
        return Stats(len(live), sum(m.finished for m in live))


def parse(path: Path, language: str = "") -> Catalogue:
    root = ET.parse(path).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                messages.append(Message(name, source, "", "unfinished"))
                continue
            forms = node.findall("numerusform")
            text = (forms[0].text or "") if forms else (node.text or "")
            messages.append(Message(name, source, text, node.get("type", "")))
    return Catalogue(language or root.get("language", ""), messages)


@lru_cache(maxsize=8)
def _load(language: str, stamp: float) -> Catalogue:
    return parse(ts_path(language), language)


def load(language: str, fresh: bool = False) -> Catalogue:
    """The catalogue of ``language`` ("en": an empty one, every text as it is)."""
    language = supported(language)
    path = ts_path(language)
    if language == SOURCE_LANGUAGE or not path.exists():
        return Catalogue(SOURCE_LANGUAGE)
    if fresh:
        _load.cache_clear()
    return _load(language, path.stat().st_mtime)
