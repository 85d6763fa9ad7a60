"""The private copies of documents made for the system's viewer (``AttachmentService``).

Removed at close, at lock and at the next start.  Kept apart from the service so the
start can clear them without importing SQLAlchemy before the store's tree is shown
(``tests/test_startup_imports.py``).
"""

from __future__ import annotations

import shutil

from ..paths import open_copies_dir


def clear_open_copies() -> int:
    """Remove every copy made for the system's viewer; returns how many files went."""
    folder = open_copies_dir()
    if not folder.exists():
        return 0
    n = sum(1 for p in folder.rglob("*") if p.is_file())
    shutil.rmtree(folder, ignore_errors=True)
    return n
