"""Records of the agenda builder: placements, imports and copies (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from typing import Any

from ..domain.enums import ProgrammeKind, Purpose
from .agenda_header import AgendaHeader
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
    """One row of a circulated agenda, as read (before anything is written): an agenda
    item, or (``programme`` set) an entry of the meeting's programme such as a break."""

    level: int  # 0 = top level
    title: str
    number: str = ""  # the number as printed ("3.1", "(b)", "IV"), "" if none
    purpose: Purpose | None = None  # recognised "(for decision)", else None
    lead_text: str = ""
    est_minutes: int | None = None
    fixed_number: str = ""  # kept by hand when the printed number is not the automatic one
    include: bool = True
    start_time: time | None = None  # the time slot as printed ("09:00-09:15")
    end_time: time | None = None
    day: date | None = None  # the day, when the agenda names days
    documents: tuple[DocumentRef, ...] = ()
    description: str = ""  # the explanation under an item of an annotated agenda
    programme: ProgrammeKind | None = None  # a programme row (break, lunch), not an item

    @property
    def slot(self) -> str:
        """ "09:00-09:15" (or "09:00", or "")."""
        if self.start_time is None:
            return ""
        end = f"-{self.end_time:%H:%M}" if self.end_time else ""
        return f"{self.start_time:%H:%M}{end}"


class ImportMode(StrEnum):
    """Into a meeting that has an agenda: revise it (update) or add after it (append)."""

    UPDATE = "update"
    APPEND = "append"


@dataclass(frozen=True)
class ImportPreview:
    """What an import would add: shown to the user before anything is written."""

    source: str  # file name or "pasted text"
    items: tuple[ImportedItem, ...]
    warnings: tuple[str, ...] = ()
    header: AgendaHeader = field(default_factory=AgendaHeader)

    @property
    def count(self) -> int:
        """Agenda items chosen (programme rows not counted)."""
        return sum(1 for i in self.items if i.include and i.programme is None)

    @property
    def programme_count(self) -> int:
        return sum(1 for i in self.items if i.include and i.programme is not None)


@dataclass(frozen=True)
class AddedItems:
    """Items an import or a copy added (the undo stack removes them by their roots)."""

    meeting_id: int
    root_ids: tuple[int, ...]
    item_ids: tuple[int, ...]
    positions: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)
    updated_ids: tuple[int, ...] = ()  # items a revised agenda updated (update mode)
    deleted: int = 0  # dropped items the user chose to delete
    programme: int = 0  # programme entries written
    # The whole agenda before a revision (update mode): undo swaps it back.
    before: Any = None  # an ``ItemsSnapshot`` (opaque here)
