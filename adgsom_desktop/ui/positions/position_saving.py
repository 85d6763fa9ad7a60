"""Saving the position editor's brief: autosave, editing spells, kept drafts, undo steps.

Edits are saved ~300 ms after the last key (``autosave.Autosaver``); while the
user keeps typing, saves fold into the current version (one version per
editing spell of up to ``SPELL_SECONDS``).  Each save is an undo step.  A save
the store refuses raises, so ``SaveState`` keeps the text and says why; a
draft that cannot be saved is kept (``_Draft``) while another item is shown.

``PositionSaving`` is a part of ``position_editor.PositionEditor``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ...errors import AppError, ConflictError
from ...services.brief_conflict import BriefConflict
from ...services.changes import acting_as
from ...services.item_tags import normalise_tags, split_tags
from ...services.position_records import ApprovedEditError, PositionContent, PositionRec
from ..common.errors import show_error

if TYPE_CHECKING:
    from ...services.container import Services
    from ..common.autosave import Autosaver
    from ..common.save_state import SaveState
    from ..common.undo import UndoHub
    from .position_form import PositionForm

    _Base = QWidget
else:
    _Base = object

SPELL_SECONDS = 300  # saves within 5 minutes of a spell's first save fold into one version

_LABELS = {
    "objective": "Objective",
    "stance": "Stance",
    "opening": "Opening position",
    "fallbacks": "Fallbacks",
    "red_line": "Red line",
    "authority": "Authority",
    "points": "Points to make",
    "tactical": "Tactical arguments",
    "their_objectives": "Their objectives",
    "defensive_lines": "Defensive lines",
    "press_line": "Press line",
    "background_releasable": "Background (releasable)",
    "background_nfd": "Background (not for disclosure)",
    "owner_id": "Owner",
}


def changed_fields(a: PositionContent, b: PositionContent) -> dict[str, tuple[Any, Any]]:
    return {k: (getattr(a, k), getattr(b, k)) for k in _LABELS if getattr(a, k) != getattr(b, k)}


@dataclass
class _Brief:
    """The store's side of the brief on one item, as the editor last saw or saved it."""

    item_id: int
    rec: PositionRec | None
    saved: PositionContent
    saved_tags: tuple[str, ...]
    spell: tuple[int, float] | None = None  # (version folded into, started at)
    reopen: bool = False  # "Edit…" confirmed on an approved position


@dataclass(frozen=True)
class _Draft:
    """Edits of a brief that could not be saved, kept while another item is shown."""

    brief: _Brief
    content: PositionContent
    tags_text: str


class PositionSaving(_Base):
    """The saving side of ``PositionEditor``: the shown brief and kept drafts."""

    # Set by PositionEditor.
    origin: str
    services: Services
    hub: UndoHub
    brief: _Brief | None
    _conflict: bool
    _brief_conflict: BriefConflict | None
    form: PositionForm
    state: SaveState
    autosave: Autosaver

    if TYPE_CHECKING:  # from PositionEditor

        def _show_status(self) -> None: ...

    def _on_edited(self) -> None:
        if self.brief is not None:
            self.autosave.touch()

    def flush(self) -> bool:
        """Save pending edits now, and drafts kept for other items; False if any is left.

        A failed save keeps the text on screen with the reason (``SaveState``).
        """
        ok = self.autosave.flush()
        return self.state.save_stashed() and ok

    def _save(self) -> None:
        """The autosave of the shown brief: raises if the store refused it."""
        brief = self.brief
        if brief is None:
            return
        try:
            self._save_brief(brief, self.form.content(), self.form.tags.text())
        except ConflictError as exc:
            self._conflict = not isinstance(exc, ApprovedEditError)
            self._brief_conflict = exc if isinstance(exc, BriefConflict) else None
            raise
        finally:
            self._show_status()

    def _save_brief(self, brief: _Brief, content: PositionContent, tags_text: str) -> None:
        """Save what changed since ``brief`` was saved (the shown one or a kept draft):
        the sections and the ADM tags in one transaction, one undo step."""
        tags = normalise_tags(split_tags(tags_text))
        changes = changed_fields(brief.saved, content)
        tags_changed = tags != brief.saved_tags
        if not changes and not tags_changed:
            return
        item_id = brief.item_id
        # 0 when there was no brief yet: one written meanwhile is a conflict too.
        expected = brief.rec.version_no if brief.rec else 0
        spell = brief.spell
        amend = spell[0] if spell and time.monotonic() - spell[1] < SPELL_SECONDS else None
        with acting_as(self.origin):
            done = self.services.positions.save_brief(
                item_id,
                content if changes else None,
                tags=tags if tags_changed else None,
                expected_version=expected,
                amend_version=amend,
                reopen_approved=brief.reopen,
            )
        before_tags = brief.saved_tags
        if changes:
            rec = done.rec
            assert rec is not None
            if amend is None or rec.version_no != amend:
                brief.spell = (rec.version_no, time.monotonic())
            brief.reopen = False
            brief.rec = rec
            brief.saved = content
        brief.saved_tags = done.tags
        self._push_undo(item_id, changes, (before_tags, done.tags) if tags_changed else None)

    def _push_undo(
        self,
        item_id: int,
        changes: dict[str, tuple[Any, Any]],
        tags: tuple[tuple[str, ...], tuple[str, ...]] | None,
    ) -> None:
        """One undo step for one save: the sections that changed and the tags."""
        positions, hub = self.services.positions, self.hub

        def put(which: int) -> None:
            target = hub.rid(item_id)
            content = None
            if changes:
                current = positions.get(target)
                base = current.content if current else PositionContent()
                content = replace(base, **{k: v[which] for k, v in changes.items()})
            positions.save_brief(target, content, tags=None if tags is None else tags[which])

        names = [_LABELS[k] for k in changes] + (["ADM tags"] if tags is not None else [])
        what = self.tr(names[0]).lower() if len(names) == 1 else self.tr("brief")
        if names == ["ADM tags"]:
            what = self.tr("ADM tags")
        hub.push_done(self.tr("Edit %s") % what, lambda: put(1), lambda: put(0))

    def _saved_first(self) -> bool:
        """Before an action that reloads the brief: save; if that fails, say so and stop."""
        if self.autosave.flush():
            return True
        show_error(
            self,
            AppError(
                self.tr("Your edits to this brief are not saved yet (%s). Nothing else was done.")
                % self.state.reason
            ),
        )
        return False
