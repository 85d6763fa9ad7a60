"""The position editor's save path, without Qt: what the presenter (``position_presenter``)
saves, and what comes back.

- **Saving**: ``save(content, tags_text)`` compares with what the store holds
  (``Brief.saved``) and hands one operation to the runner: the changed sections
  and the ADM tags in one transaction (``PositionService.save_brief``), folded
  into the current version while the user keeps typing (an editing spell).  At
  most one save is in flight; edits made meanwhile go in the next one, after
  the acknowledgement (so each save knows the version it follows).
- **Held back**: a section the store would refuse (too long, a control character)
  stays on screen only; the other sections are saved (``held_sections``).
- **Kept offline**: on a team store whose server is away the runner keeps the save on
  this computer (``HeldOffline``): the editor counts it handed over and says it is not
  in the store (``listener.brief_kept``); a conflict with it once the replay wrote it is
  no conflict (``kept_landed``).
- **Acknowledged** means committed: ``listener.brief_saved`` is called when the
  runner has the store's answer; a refusal keeps the text (``brief_refused``),
  and a brief no longer shown keeps its draft (``keep_draft``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from ...domain import position_sections
from ...errors import ConflictError, ValidationError, describe_failure
from ...i18n.messages import Message
from ...services.brief_conflict import BriefConflict
from ...services.item_tags import normalise_tags, split_tags
from ...services.outbox import HeldOffline, brief_save
from ...services.outbox_briefs import same_content
from ...services.position_records import (
    ApprovedEditError,
    BriefSaved,
    PositionContent,
    PositionRec,
    StepDone,
)
from ...services.runner import Runner, Ticket

if TYPE_CHECKING:
    from ...services.container import Services

SPELL_SECONDS = 300  # saves within 5 minutes of a spell's first save fold into one version

LABELS = position_sections.LABELS  # every section, in the brief's order (domain/)


def changed_fields(a: PositionContent, b: PositionContent) -> dict[str, tuple[Any, Any]]:
    return {k: (getattr(a, k), getattr(b, k)) for k in LABELS if getattr(a, k) != getattr(b, k)}


@dataclass
class Brief:
    """The store's side of the brief on one item, as the editor last saw or saved it."""

    item_id: int
    rec: PositionRec | None
    saved: PositionContent
    saved_tags: tuple[str, ...]
    spell: tuple[int, float] | None = None  # (version folded into, started at)
    reopen: bool = False  # "Edit…" confirmed on an approved position
    kept: bool = False  # saved on this computer (the team store's server is away, #16)
    # the last save was merged with one made meanwhile (G1): (what was sent, its answer)
    merged: tuple[PositionContent, BriefSaved] | None = None


@dataclass(frozen=True)
class Draft:
    """Edits of a brief not in the store (being saved, or refused), with their brief."""

    brief: Brief
    content: PositionContent
    tags_text: str


class UndoSink(Protocol):
    def push_write(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        merge_key: str = "",
        *,
        prepare_redo: Callable[[], Callable[[], Any]] | None = None,
        prepare_undo: Callable[[], Callable[[], Any]] | None = None,
    ) -> None:
        """An undo step whose undo and redo are writes (run on the runner); a prepare
        runs on the GUI thread first and returns the write (it may ask for a PIN)."""

    def rid(self, item_id: int) -> int: ...


class Listener(Protocol):
    """What the widget does when the runner answers (on the GUI thread)."""

    def brief_saved(self, brief: Brief) -> None: ...

    def brief_refused(self, draft: Draft, error: BaseException, shown: bool) -> None: ...

    def brief_kept(self, brief: Brief) -> None:
        """Kept on this computer (the server is away): written when it is back."""

    def step_done(self, done: StepDone) -> None: ...

    def step_failed(self, error: BaseException) -> None: ...

    def approval_pin(self, approver_id: int) -> str | None:
        """The approver's PIN, asked again (None: not given)."""


class BriefSaving:
    """The save path of ``PositionPresenter`` (which sets these in its ``__init__``)."""

    services: Services
    runner: Runner
    undo: UndoSink
    listener: Listener
    tr: Callable[[str], str]
    origin: str
    brief: Brief | None
    conflict: bool
    brief_conflict: BriefConflict | None  # a save met someone else's
    _saving: Ticket[Any] | None  # the save in flight
    _in_flight: Draft | None
    _queue: list[Draft]  # saves asked for while one was in flight, in order

    @property
    def saving(self) -> bool:
        return self._saving is not None

    # -- saving -------------------------------------------------------------------------
    def unsaved(self, content: PositionContent, tags_text: str) -> bool:
        brief = self.brief
        if brief is None:
            return False
        try:
            tags = normalise_tags(split_tags(tags_text))
        except Exception:
            return True
        return bool(changed_fields(brief.saved, content)) or tags != brief.saved_tags

    def save(self, content: PositionContent, tags_text: str) -> Ticket[Any] | None:
        """Save the shown brief as typed; None when there is nothing to save.

        Raises a ``ValidationError`` at once for tags the store never takes."""
        if self.brief is None:
            return None
        normalise_tags(split_tags(tags_text))
        valid, held = self.held_sections(self.brief.saved, content)
        ticket = self.save_draft(Draft(self.brief, valid, tags_text))
        if held:  # the valid sections went to the store; the others stay on screen only
            raise ValidationError("{text}", text=self._held_words(held))
        return ticket

    def held_sections(
        self, saved: PositionContent, content: PositionContent
    ) -> tuple[PositionContent, dict[str, ValidationError]]:
        """``content`` with every section the store would refuse (too long, a control
        character) put back as saved, and why each was refused: one bad section does not
        stop the others from saving (review s30 F15)."""
        check = self.services.positions.check
        try:
            check(content)
            return content, {}
        except ValidationError:
            pass
        held: dict[str, ValidationError] = {}
        for name in changed_fields(saved, content):
            try:
                check(replace(saved, **{name: getattr(content, name)}))
            except ValidationError as error:
                held[name] = error
        valid = replace(content, **{name: getattr(saved, name) for name in held})
        return valid, held

    def _held_words(self, held: dict[str, ValidationError]) -> str:
        """ "Background (releasable) is too long (250,000 characters; at most 100,000) and
        is not saved; your other edits are saved" (the label says "Not saved: " before)."""
        parts = []
        for name, error in held.items():
            label = str(Message(LABELS[name]))
            values = error.message_values
            if "count_value" in values and "max_len" in values:
                why = self.tr("%s is too long (%s characters; at most %s)") % (
                    label,
                    f"{values['count_value']:,}",
                    f"{values['max_len']:,}",
                )
            else:
                why = f"{label} ({describe_failure(error)})"
            parts.append(why)
        return self.tr("%s, and only that is not saved; your other edits are saved") % (
            "; ".join(parts)
        )

    def save_draft(self, draft: Draft) -> Ticket[Any] | None:
        """Hand a draft (the shown brief's, or one kept for another item) to the runner.

        One save is in flight at a time: a draft asked for meanwhile waits its turn
        (it needs the version that save makes) and is then written with what changed
        since, so each save is its own undo step, as without waiting."""
        if self._saving is not None:
            last = self._queue[-1] if self._queue else self._in_flight
            if not (
                last is not None
                and last.brief is draft.brief
                and (last.content, last.tags_text) == (draft.content, draft.tags_text)
            ):
                self._queue.append(draft)
            return self._saving
        tags = normalise_tags(split_tags(draft.tags_text))
        if not changed_fields(draft.brief.saved, draft.content) and tags == draft.brief.saved_tags:
            return None
        return self._submit(draft)

    def _submit(self, draft: Draft) -> Ticket[Any]:
        brief = draft.brief
        tags = normalise_tags(split_tags(draft.tags_text))
        changes = changed_fields(brief.saved, draft.content)
        tags_changed = tags != brief.saved_tags
        # 0 when there was no brief yet: one written meanwhile is a conflict too.
        expected = brief.rec.version_no if brief.rec else 0
        spell = brief.spell
        amend = spell[0] if spell and time.monotonic() - spell[1] < SPELL_SECONDS else None
        positions = self.services.positions
        content = draft.content if changes else None
        reopen = brief.reopen

        def write() -> BriefSaved:
            return positions.save_brief(
                brief.item_id,
                content,
                tags=tags if tags_changed else None,
                expected_version=expected,
                amend_version=amend,
                reopen_approved=reopen,
            )

        def done(result: BriefSaved) -> None:
            self._acknowledged(draft, result, changes, amend, tags_changed)

        def failed(error: BaseException) -> None:
            if isinstance(error, HeldOffline):
                self._kept(draft, tags if tags_changed else None)
            elif isinstance(error, BriefConflict) and kept_landed(brief, error):
                brief.rec, brief.kept = error.theirs, False  # ours, written on the server's return
                self._finished()
                self.save_draft(draft)
            else:
                self._refused(draft, error)

        # Its held form: on a team store whose server is away it is kept (#16).
        hold = brief_save(
            brief.item_id,
            content,
            tags=tags if tags_changed else None,
            expected_version=expected,
            amend_version=amend,
            reopen=reopen,
        )
        self._in_flight = draft
        self._saving = self.runner.submit(
            write, origin=self.origin, done=done, failed=failed, label="brief", hold=hold
        )
        return self._saving

    def _acknowledged(
        self,
        draft: Draft,
        result: BriefSaved,
        changes: dict[str, tuple[Any, Any]],
        amend: int | None,
        tags_changed: bool,
    ) -> None:
        brief = draft.brief
        before_tags = brief.saved_tags
        brief.kept = False
        if result.content_saved and result.rec is not None:
            if amend is None or result.rec.version_no != amend:
                brief.spell = (result.rec.version_no, time.monotonic())
            brief.reopen = False
            brief.rec = result.rec
            brief.saved = draft.content
            brief.merged = None
            if result.merged_sections:  # the store holds theirs too: the editor takes it
                brief.saved = replace(result.rec.content, tags=draft.content.tags)
                brief.merged = (draft.content, result)
        brief.saved_tags = result.tags
        self._push_undo(
            brief.item_id, changes, (before_tags, result.tags) if tags_changed else None
        )
        self._finished()
        if brief is self.brief:
            self.conflict = False
            self.brief_conflict = None
        if not self._still_saving(brief):
            self.listener.brief_saved(brief)  # acknowledged: nothing more of it on its way

    def _kept(self, draft: Draft, tags: tuple[str, ...] | None) -> None:
        """Held on this computer: what the editor holds counts as handed over (a later
        save of the brief is folded into it); the editor says it is not in the store."""
        brief = draft.brief
        brief.saved, brief.kept = draft.content, True
        if tags is not None:
            brief.saved_tags = tags
        self._finished()
        if not self._still_saving(brief):
            self.listener.brief_kept(brief)

    def _refused(self, draft: Draft, error: BaseException) -> None:
        shown = draft.brief is self.brief
        if shown:
            self.conflict = isinstance(error, ConflictError) and not isinstance(
                error, ApprovedEditError
            )
            self.brief_conflict = error if isinstance(error, BriefConflict) else None
        self._finished(drop=draft.brief)
        self.listener.brief_refused(draft, error, shown)

    def _finished(self, drop: Brief | None = None) -> None:
        """The save in flight is answered: the next waiting one goes (not those of a brief
        just refused: its text stays with the widget, which tries again)."""
        self._saving, self._in_flight = None, None
        waiting = [d for d in self._queue if d.brief is not drop]
        self._queue = []
        for n, draft in enumerate(waiting):
            if self.save_draft(draft) is not None:
                self._queue.extend(waiting[n + 1 :])
                return

    def _still_saving(self, brief: Brief) -> bool:
        return any(d is not None and d.brief is brief for d in [self._in_flight, *self._queue])

    def _push_undo(
        self,
        item_id: int,
        changes: dict[str, tuple[Any, Any]],
        tags: tuple[tuple[str, ...], tuple[str, ...]] | None,
    ) -> None:
        """One undo step for one save: the sections that changed and the tags."""
        if not changes and tags is None:
            return
        positions, undo = self.services.positions, self.undo

        def put(which: int) -> None:
            target = undo.rid(item_id)
            content = None
            if changes:
                current = positions.get(target)
                base = current.content if current else PositionContent()
                content = replace(base, **{k: v[which] for k, v in changes.items()})
            positions.save_brief(target, content, tags=None if tags is None else tags[which])

        names = [LABELS[k] for k in changes] + (["ADM tags"] if tags is not None else [])
        if names == ["ADM tags"]:
            what = self.tr("ADM tags")
        elif len(names) == 1:
            what = self.tr(names[0]).lower()  # i18n: labels
        else:
            what = self.tr("brief")
        undo.push_write(self.tr("Edit %s") % what, lambda: put(1), lambda: put(0))


def kept_landed(brief: Brief, error: BaseException) -> bool:
    """A conflict with the brief this editor kept offline, now written by the replay:
    not someone else's (its text is what was kept)."""
    return (
        brief.kept
        and isinstance(error, BriefConflict)
        and same_content(error.theirs.content, brief.saved)
    )
