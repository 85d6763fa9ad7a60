"""How features plug views into the detail area: a tab per kind of record.

The composition root registers ``DetailTab``s; the detail area builds them when a
store opens.  A view has ``show_record(id)`` and may have ``on_change(change)``
and ``flush()`` (save pending edits before the record or the store changes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ...services.changes import Change
    from ...services.container import Services


@runtime_checkable
class DetailView(Protocol):
    def show_record(self, record_id: int) -> None: ...


@runtime_checkable
class ChangeAware(Protocol):
    def on_change(self, change: Change) -> None: ...


@runtime_checkable
class Flushable(Protocol):
    def flush(self) -> None: ...


@dataclass(frozen=True)
class DetailTab:
    kind: str  # "event", "meeting" or "item"
    title: str  # English, marked QT_TRANSLATE_NOOP("DetailTab", ...): shown translated
    factory: Callable[[Services, QWidget], QWidget]  # returns a QWidget that is a DetailView
    order: int = 100
    name: str = ""  # objectName, for tests and shortcuts
