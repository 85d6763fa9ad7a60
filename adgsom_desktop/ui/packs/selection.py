"""What the navigation has selected, for the dialogs that start from it (packs, reports,
the Word brief)."""

from __future__ import annotations

from typing import Any


def _key(window: Any) -> Any:
    return window.nav.current_key() if hasattr(window, "nav") else None


def current_event(window: Any) -> int | None:
    """The selected event (or the event of the selected meeting or item), else the newest."""
    svc = window.services
    key = _key(window)
    try:
        if key is not None:
            kind, record_id = key
            if kind == "event":
                return int(record_id)
            if kind == "meeting":
                return int(svc.events.meeting(record_id).event_id)
            if kind == "item":
                item = svc.agenda.item(record_id)
                return int(svc.events.meeting(item.meeting_id).event_id)
    except Exception:  # a stale selection: fall back to the newest event
        pass
    events = svc.events.events()
    if not events:
        return None
    newest = max(events, key=lambda e: (e.start_date is not None, e.start_date, e.id))
    return int(newest.id)


def current_meeting(window: Any) -> int | None:
    """The selected meeting, or the meeting of the selected item."""
    key = _key(window)
    if key is None:
        return None
    kind, record_id = key
    if kind == "meeting":
        return int(record_id)
    if kind == "item":
        try:
            return int(window.services.agenda.item(record_id).meeting_id)
        except Exception:
            return None
    return None


def current_item(window: Any) -> int | None:
    """The selected item, else the first item of the selected meeting."""
    key = _key(window)
    if key is None:
        return None
    kind, record_id = key
    if kind == "item":
        return int(record_id)
    if kind == "meeting":
        items = window.services.agenda.items(record_id)
        return int(items[0].id) if items else None
    return None
