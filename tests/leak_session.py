"""Child process of the leak scan: a scripted GUI session on an encrypted store.

``python -m tests.leak_session STORE_DIR``, with HOME, TMPDIR, the XDG folders
and ADGSOM_DESKTOP_HOME pointed by the test at folders it then scans.  The
session creates an encrypted store through the window, writes notes and a
position with marker text in six scripts, edits them, searches, backs up, copies
text, locks and unlocks, changes the passphrase, checks the database, logs an
unexpected database error, and quits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MARKERS = (
    "ZQXLEAK red line 7731",
    "Lằn ranh đỏ bí mật của đoàn",
    "เส้นแดงลับสุดยอดของคณะผู้แทน",
    "ເສັ້ນແດງລັບຂອງຄະນະຜູ້ແທນ",
    "បន្ទាត់ក្រហមសម្ងាត់របស់គណៈប្រតិភូ",
    "လျှို့ဝှက်နီမျဉ်းကိုယ်စားလှယ်အဖွဲ့",
)
PASSPHRASES = ("Passphrase ZQX first 4417", "Passphrase ZQX second 9052")


def main() -> None:  # pragma: no cover - runs in a child process
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store_dir = Path(sys.argv[1])
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from adgsom_desktop import app as app_module
    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.services.position_records import PositionContent
    from adgsom_desktop.ui.common import errors
    from adgsom_desktop.ui.common.workers import wait_for_jobs
    from adgsom_desktop.ui.security.security_feature import SecurityFeature

    qapp = QApplication([])
    app_module._setup_logging()
    shown: list[str] = []
    errors.present = lambda _p, _t, text, _w: shown.append(text)

    def wait(cond: object, ms: int = 20_000) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if cond() else None)  # type: ignore[operator]
        timer.start(20)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        timer.stop()
        if not cond():  # type: ignore[operator]
            raise SystemExit(f"timed out; messages: {shown}")

    window = app_module.build_window(qapp)
    window.show()
    feature = next(f for f in window.features if isinstance(f, SecurityFeature))
    path = store_dir / "Thai delegation.adgsom"
    window.controller.create(path, "TH", "Thai delegation", PASSPHRASES[0])
    wait(lambda: window.services is not None)
    svc = window.services
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hanoi")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    item = svc.agenda.add_item(meeting.id, "Digital data governance")
    notes = [svc.notes.add(meeting.id, f"{m} (first draft)", item_id=item.id) for m in MARKERS]
    for n, m in zip(notes, MARKERS, strict=True):
        svc.notes.edit(
            n.id, text=f"{m} (edited)", kind=n.kind, item_id=item.id, speaker_delegation_id=None
        )
    svc.positions.save(
        item.id,
        PositionContent(objective=MARKERS[0], red_line=MARKERS[2], background_nfd=MARKERS[4]),
    )
    assert svc.search.search(MARKERS[2][:12]).hits
    feature.auto_backup()
    wait(lambda: feature.backup_job is None)
    svc.backups.backup()
    # An unexpected database error is logged: without the values it was given.
    try:
        with svc.ctx.write() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO delegation (id, code, name) VALUES (?, ?, ?)", (1, "TH", MARKERS[1])
            )
    except Exception:
        import logging

        logging.getLogger("leak_session").exception("expected failure")
    # Copy, lock (clears the copied text), unlock with the passphrase.
    window.activateWindow()
    QGuiApplication.clipboard().setText(MARKERS[3])
    assert feature.lock is not None
    feature.lock.lock("on demand")
    overlay = feature.lock.overlays[0]
    overlay.passphrase.setText(PASSPHRASES[0])
    overlay.button.click()
    wait(lambda: not feature.lock.is_locked)
    svc.security.change_passphrase(PASSPHRASES[0], PASSPHRASES[1])
    window.act_check.trigger()
    wait(lambda: any("healthy" in m for m in shown))
    svc.notes.add(meeting.id, f"{MARKERS[5]} (last note)")
    key = svc.store._key  # the derived key is as secret as the passphrase
    print("key", key.key.hex(), flush=True)
    window.close()
    wait_for_jobs()
    print("session done", len(shown), flush=True)


if __name__ == "__main__":
    main()
