"""Child process: the real position editor or live mode on a "full disk".

``python -m tests.full_disk_editors_child MODE STORE RESULT_JSON SCREENSHOT`` with
MODE ``position`` or ``live``.  The file-size limit (RLIMIT_FSIZE, SIGXFSZ
ignored, so a write past it fails with EFBIG as on a full disk) applies to this
process only: the real widgets (offscreen) type, the save fails, the child
records what the user would see and what the store holds, then raises the limit
(space freed) and lets the editor save again by itself.  The backoff of the
retry timer is shortened (the mechanism is the same) to keep the test quick.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# A long text in several scripts: its version, row and search index need far more than
# the room left under the limit.
BIG = (
    "ท่าทีของประเทศไทย: สนับสนุนกรอบการกำกับดูแลข้อมูลดิจิทัล พร้อมข้อสังเกต; "
    "Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số; "
    "ឥណ្ឌូណេស៊ីគាំទ្រ; ລາວສະໜັບສະໜູນ; မြန်မာ ထောက်ခံသည်။ "
) * 700


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from adgsom_desktop.ui.common import save_state

    save_state.RETRY_MS = (400, 800, 1600)
    return QApplication([])


def _wait(app: Any, cond: Callable[[], bool], timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.02)
    app.processEvents()
    return cond()


def _commit(widget: Any, text: str) -> None:
    """Type text in any script, as an input method does (one commit)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _fill_the_disk(store: Path) -> int:
    """Limit file sizes to a little more than the store's files hold now."""
    sizes = [p.stat().st_size for p in (store, Path(f"{store}-wal")) if p.exists()]
    limit = max(sizes) + 32 * 1024
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    return limit


def _free_space() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))


def position(store: Path, shot: str) -> dict[str, Any]:
    app = _app()
    from PySide6.QtTest import QTest

    from adgsom_desktop.services.container import Services
    from adgsom_desktop.ui.positions.position_editor import PositionEditor

    svc = Services.open(store)
    first, second = (i.id for i in svc.agenda.items(svc.events.meetings()[0].id)[:2])
    editor = PositionEditor(svc)
    editor.resize(1100, 760)
    editor.show()
    editor.show_record(first)
    objective = editor.form.objective
    out: dict[str, Any] = {}

    # Typing is saved by the autosave (no Save button).
    objective.setFocus()
    QTest.keyClicks(objective, "Support the framework")
    out["saved_first"] = _wait(app, lambda: editor.state.text().startswith("Saved"), 5)
    out["first_label"] = editor.save_label.text()
    before = svc.positions.get(first)
    versions_before = len(svc.positions.versions(first))
    audit_before = svc.audit.entries(1)[0].id

    out["limit"] = _fill_the_disk(store)
    _commit(objective, " " + BIG)
    typed = objective.markup()
    out["failed"] = _wait(app, lambda: editor.state.failed, 10)
    out["failed_label"] = editor.save_label.text()
    out["label_visible"] = editor.save_label.isVisible()
    out["retrying"] = editor.state.retrying
    out["kept"] = objective.markup() == typed
    # The next edit tries again (and fails again): still kept, still marked.
    QTest.keyClicks(objective, "and more")  # BIG ends with a space
    typed = objective.markup()
    out["flush_after_edit"] = editor.flush()
    out["kept_after_edit"] = objective.markup() == typed and editor.state.failed
    # Another item meanwhile: the draft is kept, and shown again on return (not the store's).
    editor.show_record(second)
    out["other_item_label"] = editor.save_label.text()
    out["other_item_text"] = editor.form.objective.markup()
    editor.show_record(first)
    out["draft_back"] = editor.form.objective.markup() == typed
    out["draft_back_label"] = editor.save_label.text()
    app.processEvents()
    editor.scroll_area.verticalScrollBar().setValue(0)
    if shot:  # asked for (ADGSOM_SCREENSHOTS)
        editor.grab().save(shot)
    # The store holds what it held before the disk filled up.
    now = svc.positions.get(first)
    out["store_unchanged"] = (
        now is not None
        and before is not None
        and now.content == before.content
        and now.version_no == before.version_no
        and len(svc.positions.versions(first)) == versions_before
        and svc.audit.entries(1)[0].id == audit_before
    )
    out["check_ok"] = svc.store_info.check().ok

    _free_space()  # no key pressed: the retry timer saves by itself
    out["saved_by_retry"] = _wait(app, lambda: not editor.state.unsaved, 15)
    out["retry_label"] = editor.save_label.text()
    stored = svc.positions.get(first)
    out["stored_after_retry"] = stored.content.objective == typed if stored else False
    out["versions_after_retry"] = len(svc.positions.versions(first)) - versions_before
    editor.close()
    svc.close()
    return out


def live(store: Path, shot: str) -> dict[str, Any]:
    app = _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from adgsom_desktop.services.container import Services
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    svc = Services.open(store)
    meeting = svc.events.meetings()[0].id
    live = LiveWindow(svc, meeting)
    live.resize(1200, 760)
    live.show()
    out: dict[str, Any] = {}

    def count() -> int:
        return len(svc.notes.notes(meeting))

    from adgsom_desktop.ui.common.runner import settle

    QTest.keyClicks(live.text, "Chair opens the item")
    QTest.keyClick(live.text, Qt.Key.Key_Return)
    settle(svc)  # acknowledged: committed
    out["first_saved"] = live.text.toPlainText() == "" and "Saved" in live.hint.text()
    notes_before = count()
    audit_before = svc.audit.entries(1)[0].id

    out["limit"] = _fill_the_disk(store)
    # A note holds at most 100,000 characters; this one's pages in the WAL are well past
    # the limit (half of it came within a few pages of the limit as the schema grew).
    _commit(live.text, BIG[:95_000])
    typed = live.text.toPlainText()
    QTest.keyClick(live.text, Qt.Key.Key_Return)
    settle(svc)  # the store's answer: refused
    app.processEvents()
    out["failed"] = live.state.failed
    out["failed_label"] = live.save_label.text()
    out["label_visible"] = live.save_label.isVisible()
    out["framed"] = live.text.property("tone") == "error-frame"
    out["kept"] = live.text.toPlainText() == typed
    QTest.keyClick(live.text, Qt.Key.Key_Return)  # Enter again: fails again, no duplicate
    settle(svc)
    out["kept_after_second_enter"] = live.text.toPlainText() == typed and live.state.failed
    if shot:
        live.grab().save(shot)
    out["store_unchanged"] = count() == notes_before and svc.audit.entries(1)[0].id == audit_before
    out["check_ok"] = svc.store_info.check().ok

    _free_space()  # the note is left as it was: the retry timer saves it
    out["saved_by_retry"] = _wait(app, lambda: count() == notes_before + 1, 15)
    settle(svc)  # its acknowledgement shown
    out["box_cleared"] = live.text.toPlainText() == ""
    out["marker_gone"] = not live.state.failed and not live.save_label.isVisible()
    out["stored_text"] = svc.notes.notes(meeting)[-1].text == typed.strip()
    out["hint"] = live.hint.text()
    live.close()
    svc.close()
    return out


def main() -> None:  # pragma: no cover - runs in a child process
    mode, store, result, shot = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    out = position(store, shot) if mode == "position" else live(store, shot)
    result.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    os._exit(0)


if __name__ == "__main__":
    main()
