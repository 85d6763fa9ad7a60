"""Child process of test_full_disk: a save on a full disk (a file-size limit) fails visibly.

``python -m tests.full_disk_child STORE RESULT_JSON SCREENSHOT``.  The file-size
limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG as on a full
disk) applies to this process only.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path


def main() -> None:  # pragma: no cover - runs in a child process
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store, result_path, shot = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    from PySide6.QtWidgets import QApplication

    from adgsom_desktop.services.container import Services
    from tests.test_security_gui import SmallEditor

    app = QApplication([])
    svc = Services.open(store)
    meeting = svc.events.meetings()[0].id
    note = svc.notes.notes(meeting)[0]

    def save(text: str) -> object:
        return svc.notes.edit(
            note.id, text=text, kind=note.kind, item_id=note.item_id, speaker_delegation_id=None
        )

    editor = SmallEditor(save)
    editor.resize(520, 220)
    editor.show()
    editor.text.setPlainText("Short edit before the disk fills up")
    editor.flush()
    out: dict[str, object] = {"first": editor.label.text()}

    wal = Path(str(store) + "-wal")
    limit = max(p.stat().st_size for p in (wal,) if p.exists()) + 16 * 1024
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    big = "ท่าทีของประเทศไทย: สนับสนุนกรอบการกำกับดูแลข้อมูลดิจิทัล " * 1500
    editor.text.setPlainText(big)
    editor.flush()
    app.processEvents()
    if shot:  # asked for (ADGSOM_SCREENSHOTS)
        editor.grab().save(shot)
    out["failed_label"] = editor.label.text()
    out["dirty_after_failure"] = editor.state.dirty
    out["kept"] = editor.text.toPlainText() == big
    out["stored_after_failure"] = svc.notes.notes(meeting)[0].text
    out["check_after_failure"] = svc.store_info.check().ok
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space freed
    editor.flush()
    out["retry_label"] = editor.label.text()
    out["dirty_after_retry"] = editor.state.dirty
    svc.close()
    result_path.write_text(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
