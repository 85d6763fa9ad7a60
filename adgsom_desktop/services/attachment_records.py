"""Records of the meeting's documents attached to the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


def size_text(n: int) -> str:
    if n >= 1024 * 1024 * 1024:
        return f"{n / (1024 * 1024 * 1024):,.1f} GB"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):,.1f} MB"
    return f"{max(1, round(n / 1024)):,} KB"


@dataclass(frozen=True)
class AttachmentRec:
    id: int
    meeting_id: int
    item_id: int | None
    symbol: str
    title: str
    file_name: str
    kind: str  # "pdf" or "docx"
    size: int
    sha256: str
    pages: int | None = None
    added_at: datetime | None = None

    @property
    def label(self) -> str:
        """ "ADGSOM/2027/DOC.04 - Draft work plan", or the file's name."""
        head = " - ".join(x for x in (self.symbol, self.title) if x)
        return head or self.file_name

    @property
    def size_text(self) -> str:
        return size_text(self.size)
