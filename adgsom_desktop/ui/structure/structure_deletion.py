"""Deleting an event or a meeting (asked first, put back by undo), and the undo steps.

A deletion says what goes with the record and what stays, saves typing in a
brief of the meeting, closes live mode on it, runs on a worker
(``busy.run_blocking``, cancellable) and keeps a snapshot of everything it
removed: Ctrl+Z puts it all back, under new ids that ``_rid`` follows.  A
created record's undo deletes it only while it holds nothing.

``StructureDeletion`` is a part of ``structure_feature.StructureFeature``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from ...errors import AppError, ValidationError
from ..common import confirm, undo
from ..common.errors import show_error
from ..common.workers import Cancelled

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.structure_records import Contents, Deleted
    from ..shell.main_window import MainWindow


class StructureDeletion:
    """Deletion, putting back and the undo stack of ``StructureFeature``."""

    # Set by StructureFeature.
    window: MainWindow | None
    services: Services | None
    _ids: dict[tuple[str, int], int]

    if TYPE_CHECKING:  # from StructureFeature

        def go(self, kind: str, rid: int) -> None: ...

        def show_start(self) -> None: ...

    def confirmation(self, kind: str, title: str, contents: Contents) -> str:
        assert self.window is not None
        tr = self.window.tr
        what = tr("the event “%s”") if kind == "event" else tr("the meeting “%s”")
        text = tr("Delete %s?") % (what % title)
        goes = contents.goes()
        text += "\n\n" + (
            tr("With it go: %s.") % ", ".join(goes) if goes else tr("It holds nothing yet.")
        )
        stays = contents.stays()
        if stays:
            text += "\n" + "; ".join(stays) + "."
        text += "\n\n" + tr("The deletion is recorded in the audit log. Ctrl+Z puts it all back.")
        return text

    def delete_record(self, kind: str, rid: int) -> bool:
        window, services = self.window, self.services
        if window is None or services is None or kind not in ("event", "meeting"):
            return False
        tr = window.tr
        try:
            if kind == "event":
                label = services.events.event(rid).title
                contents = services.structure.event_contents(rid)
                event_id = rid
            else:
                meeting = services.events.meeting(rid)
                label, event_id = meeting.label, meeting.event_id
                contents = services.structure.meeting_contents(rid)
        except AppError as exc:
            show_error(window, exc)
            return False
        heading = tr("Delete event") if kind == "event" else tr("Delete meeting")
        if not confirm.ask(window, heading, self.confirmation(kind, label, contents), tr("Delete")):
            return False
        window.settle_writes()  # typing in a brief of this meeting is kept (and comes back)
        self._close_live_windows(kind, rid)
        try:
            deleted = self._delete(kind, rid, label, cancellable=True)
        except Cancelled:
            window.statusBar().showMessage(tr("Nothing was deleted."), 8000)
            return False
        except AppError as exc:
            show_error(window, exc)
            return False
        state = {"deleted": deleted}

        def redo() -> None:
            state["deleted"] = self._delete(kind, self._rid(kind, rid), label)

        self._push(
            (tr("Delete event “%s”") if kind == "event" else tr("Delete meeting “%s”")) % label,
            redo,
            lambda: self._restore(state["deleted"]),
        )
        self._after_delete(kind, event_id)
        return True

    def _delete(self, kind: str, rid: int, label: str, cancellable: bool = False) -> Deleted:
        services = self.services
        assert services is not None and self.window is not None
        delete = (
            services.structure.delete_event
            if kind == "event"
            else services.structure.delete_meeting
        )
        from ..common.busy import run_blocking

        deleted: Deleted = run_blocking(
            self.window,
            self.window.tr("Deleting “%s”…") % label,
            lambda progress: delete(rid, progress=progress.report),
            cancellable=cancellable,
        )
        return deleted

    def _restore(self, deleted: Deleted) -> None:
        services = self.services
        assert services is not None and self.window is not None
        from ..common.busy import run_blocking

        restored = run_blocking(
            self.window,
            self.window.tr("Putting back “%s”…") % deleted.label,
            lambda progress: services.structure.restore(deleted, progress=progress.report),
            cancellable=False,
        )
        self._remap(deleted.kind, deleted.id, restored.id)
        for table, kind in (("event", "event"), ("meeting", "meeting"), ("person", "person")):
            for old, new in restored.remap.get(table, {}).items():
                self._remap(kind, old, new)
        undo.hub_for(services).remap(restored.item_ids)
        if deleted.kind in ("event", "meeting"):
            self.go(deleted.kind, restored.id)

    def _after_delete(self, kind: str, event_id: int | None) -> None:
        """Show what is left: the meeting's event, or another event, or the start page."""
        services = self.services
        assert services is not None
        if kind == "meeting" and event_id is not None:
            self.go("event", event_id)
            return
        events = services.events.events()
        if events:
            self.go("event", events[0].id)
        else:
            self.show_start()

    def _close_live_windows(self, kind: str, rid: int) -> None:
        """Live mode on a meeting that goes is closed first (its draft note is saved)."""
        from ..room.live_mode import LiveWindow

        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, LiveWindow):
                continue
            meeting = widget.meeting
            if (kind == "meeting" and meeting.id == rid) or (
                kind == "event" and meeting.event_id == rid
            ):
                widget.close()

    def _member_removed(self, deleted: Deleted) -> None:
        services = self.services
        assert services is not None and self.window is not None
        state = {"deleted": deleted}

        def undo_() -> None:
            restored = services.structure.restore(state["deleted"])
            self._remap("person", state["deleted"].id, restored.id)

        def redo() -> None:
            state["deleted"] = services.structure.delete_person(self._rid("person", deleted.id))

        self._push(self.window.tr("Remove member “%s”") % deleted.label, redo, undo_)

    def _push(self, text: str, redo: Callable[[], Any], undo_: Callable[[], Any]) -> None:
        assert self.services is not None
        hub = undo.hub_for(self.services)
        hub.parent_widget = self.window
        hub.push_done(text, redo, undo_)

    def _push_created(self, kind: str, rid: int, text: str) -> None:
        """Undo of a creation deletes the new record, but only while it holds nothing."""
        services = self.services
        assert services is not None and self.window is not None
        tr = self.window.tr
        state: dict[str, Deleted] = {}

        def undo_() -> None:
            current = self._rid(kind, rid)
            contents = (
                services.structure.event_contents(current)
                if kind == "event"
                else services.structure.meeting_contents(current)
            )
            if not contents.empty:
                raise ValidationError(
                    tr("It now holds %s: delete it with Edit > Delete if you mean to.")
                    % ", ".join(contents.goes())
                )
            deleted = (
                services.structure.delete_event(current)
                if kind == "event"
                else services.structure.delete_meeting(current)
            )
            state["deleted"] = deleted
            self._after_delete(kind, deleted.event_id)

        self._push(text, lambda: self._restore(state["deleted"]), undo_)

    def _rid(self, kind: str, rid: int) -> int:
        seen = 0
        while (kind, rid) in self._ids and seen < 100:
            rid = self._ids[(kind, rid)]
            seen += 1
        return rid

    def _remap(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._ids[(kind, old)] = new
