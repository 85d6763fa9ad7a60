"""Records of the agenda builder: placements, imports and copies (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.enums import Purpose
from .records import AgendaItemRec, DocumentRef


@dataclass(frozen=True)
class Placement:
    """Where an item sits: under ``parent_id`` (None: top level) at ``index`` among siblings."""

    parent_id: int | None
    index: int


@dataclass(frozen=True)
class ItemMoved:
    """An item moved (indent, outdent, up, down, a drop): where it was and where it is,
    read in the move's own transaction (the undo step puts it back)."""

    item: AgendaItemRec
    before: Placement
    after: Placement


@dataclass(frozen=True)
class ItemFields:
    """The editable fields of an agenda item (what the builder's form edits)."""

    title: str
    purpose: Purpose = Purpose.INFORMATION
    lead_code: str = ""
    lead_text: str = ""
    est_minutes: int | None = None
    description: str = ""
    fixed_number: str = ""  # "" = numbered automatically
    documents: tuple[DocumentRef, ...] = ()


@dataclass(frozen=True)
class ImportedItem:
    """One line of a circulated agenda, as read (before anything is written)."""

    level: int  # 0 = top level
    title: str
    number: str = ""  # the number as printed ("3.1", "(b)", "IV"), "" if none
    purpose: Purpose | None = None  # recognised "(for decision)", else None
    lead_text: str = ""
    est_minutes: int | None = None
    fixed_number: str = ""  # kept by hand when the printed number is not the automatic one
    include: bool = True


@dataclass(frozen=True)
class ImportPreview:
    """What an import would add: shown to the user before anything is written."""

    source: str  # file name or "pasted text"
    items: tuple[ImportedItem, ...]
    warnings: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return sum(1 for i in self.items if i.include)


@dataclass(frozen=True)
class AddedItems:
    """Items an import or a copy added (the undo stack removes them by their roots)."""

    meeting_id: int
    root_ids: tuple[int, ...]
    item_ids: tuple[int, ...]
    positions: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
