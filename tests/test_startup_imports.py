"""Before the window's first paint, only Qt and the window shell load (issue #7).

Cold start is measured against a bare PySide6 window; the ORM alone costs more than
the whole bare window (docs/performance.md). A feature that imports its views, dialogs or
services at module level pulls SQLAlchemy in before the first paint: this test names
the module that did.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Loaded once a store opens or a dialog is used, never to paint the window.
LATER = (
    "sqlalchemy",
    "reportlab",
    "alembic",
    "sqlcipher3",
    "icu",
    "ssl",
    "asyncio",
    "hashlib",
    "adgsom_desktop.services.container",
    "adgsom_desktop.storage.store",
    "adgsom_desktop.domain.models",
    "adgsom_desktop.ui.room.notes_view",
    "adgsom_desktop.ui.room.live_mode",
    "adgsom_desktop.ui.store.backup_dialog",
    "adgsom_desktop.ui.search.search_popup",
)

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from adgsom_desktop.app import build_window
window = build_window(app)
window.show()
app.processEvents()
assert window.features, "no feature installed"
print(json.dumps(sorted(sys.modules)))
"""


def test_building_and_showing_the_window_loads_no_data_layer(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ADGSOM_DESKTOP_HOME=str(tmp_path))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    loaded = set(json.loads(proc.stdout.strip().splitlines()[-1]))
    early = sorted(m for m in loaded if any(m == x or m.startswith(x + ".") for x in LATER))
    assert early == [], f"loaded before the first paint: {early}"
    assert "adgsom_desktop.ui.shell.main_window" in loaded  # the test looked at the real window


# What ``run_gui`` leaves for after the first paint (``defer_features``), on top of LATER:
# each cost a millisecond or more before it (#13, docs/performance.md, cold start).
NOT_TO_PAINT = (
    "subprocess",  # lrelease, for a translated interface only (ui/common/translation)
    "xml.etree",  # the .ts reader (i18n.catalogue), for a translated interface only
    "adgsom_desktop.i18n.catalogue",
    "uuid",  # (and platform): the change origin is os.urandom's
    "platform",
    "importlib.resources",  # resource_files finds the folder beside the package
    "datetime",  # the save label's time, the demo's date
    "adgsom_desktop.ui.security.passphrase_dialog",  # asked for when a store opens
    "adgsom_desktop.ui.common.save_state",  # the editors' states: with a store
    "adgsom_desktop.ui.common.labels",
    "adgsom_desktop.ui.common.file_dialogs",  # QFileDialog: a command's
    # The features' detail tabs: read when a store opens (``finish_start``)
    "adgsom_desktop.ui.documents",
    "adgsom_desktop.ui.negotiation",
    "adgsom_desktop.ui.positions",
    "adgsom_desktop.ui.room",
    "adgsom_desktop.ui.tracker",
)

PAINT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from adgsom_desktop.app import build_window
from adgsom_desktop.ui.common.translation import install
from adgsom_desktop.ui.shell.help_commands import ModalHelp
from adgsom_desktop.ui.shell.preferences import Preferences
preferences = Preferences()
install(app, preferences.language())
window = build_window(app, preferences, defer_features=True)  # as run_gui builds it
window.show()
app.processEvents()
print(json.dumps([sorted(sys.modules), window.findChild(ModalHelp) is None]))
"""


def test_the_window_run_gui_paints_first_imports_only_what_it_shows(tmp_path: Path) -> None:
    """#13: before its first paint the app imported the .ts reader and lrelease's
    subprocess (in English too), uuid and platform, importlib.resources, the passphrase
    dialog, the editors' save states and the features' tab modules; and an application
    event filter (F1 in a modal dialog) saw every event of every object until then."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ADGSOM_DESKTOP_HOME=str(tmp_path))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-c", PAINT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules, no_modal_help = json.loads(proc.stdout.strip().splitlines()[-1])
    loaded = set(modules)
    never = LATER + NOT_TO_PAINT
    early = sorted(m for m in loaded if any(m == x or m.startswith(x + ".") for x in never))
    assert early == [], f"loaded before the first paint: {early}"
    assert "adgsom_desktop.ui.shell.welcome_page" in loaded  # it did build the window
    assert no_modal_help  # installed by finish_start, right after the first paint


def test_deferred_start_finishes_right_after_the_first_paint(qtbot: Any, tmp_path: Path) -> None:
    """run_gui paints a shell first, then builds navigation and installs the features."""
    from PySide6.QtGui import QAction

    from adgsom_desktop.app import build_window, finish_start
    from adgsom_desktop.ui.shell.first_paint import after_first_paint
    from adgsom_desktop.ui.shell.preferences import Preferences

    window = build_window(None, Preferences(tmp_path / "s.ini"), defer_features=True)
    qtbot.addWidget(window)
    assert window.features == [] and window._nav is None
    assert window.findChild(QAction, "actLock") is None
    done: list[bool] = []
    after_first_paint(window, lambda: (finish_start(window), done.append(True)))
    window.show()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert window._nav is not None
    from adgsom_desktop.ui.shell.help_commands import ModalHelp

    assert window.findChild(ModalHelp) is not None  # F1 in a modal dialog, from now on
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"actLock", "actSearch", "actLiveMode", "actUndo", "actNewEvent"} <= names


def test_pysides_import_hook_is_off_once_the_app_starts() -> None:
    """PySide6 reads the source of every module imported after it, looking for
    ``from __feature__ import`` (FACTS: ~90 ms and 22 MiB here); the app uses no feature
    and puts the original import back."""
    code = (
        "import builtins, PySide6.QtCore\n"
        "hooked = builtins.__import__\n"
        "from adgsom_desktop.app import without_feature_hook\n"
        "without_feature_hook()\n"
        "import email.mime.text\n"
        "import shibokensupport.feature as f\n"
        "print(hooked is not builtins.__import__, 'email.mime.text' in f.pyside_feature_dict)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["True", "False"]


def test_opening_a_store_loads_no_pdf_or_word_machinery() -> None:
    """The services a store opens with read and write the data; rendering PDFs (reportlab,
    its fonts and images) and breaking words with ICU are loaded when first used: the
    idle app held 11 MiB of them before (docs/performance.md, idle memory)."""
    code = (
        "import json, sys\n"
        "import adgsom_desktop.services.container\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('reportlab', 'icu4py', 'PIL', 'uharfbuzz'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert json.loads(out.stdout) == []


FINISH = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from adgsom_desktop.app import build_window, finish_start
window = build_window(app, defer_features=True)
window.show()
app.processEvents()
finish_start(window)  # right after the first paint, before the store's tree is read
assert window.features, "no feature installed"
print(json.dumps(sorted(sys.modules)))
"""


def test_finishing_the_start_loads_no_data_layer(tmp_path: Path) -> None:
    """#13: the sweep at start cleared the documents' open copies through
    ``services.attachment_service``, which imports SQLAlchemy and the ORM (0.57 s of
    imports) between the first paint and the store's tree."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ADGSOM_DESKTOP_HOME=str(tmp_path))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    copies = tmp_path / "data" / "open-copies" / "7"
    copies.mkdir(parents=True)
    (copies / "brief.pdf").write_bytes(b"%PDF-1.4 left readable by a killed run")
    proc = subprocess.run(
        [sys.executable, "-c", FINISH],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    loaded = set(json.loads(proc.stdout.strip().splitlines()[-1]))
    # hashlib: the sweep of interrupted writes (storage.atomic) names records with secrets
    later = [x for x in LATER if x != "hashlib"]
    early = sorted(m for m in loaded if any(m == x or m.startswith(x + ".") for x in later))
    assert early == [], f"loaded before the store's tree: {early}"
    assert not copies.exists()  # the copies a killed run left are gone all the same


# Never loaded by a store shown at idle (its services loaded): each belongs to one
# feature and comes with its first use (#13, idle memory: docs/performance.md).
NOT_AT_IDLE = (
    "nacl",  # the sync bundles' signatures and sealing
    "docx",  # Word agendas and negotiated texts
    "pypdf",  # PDF agendas
    "openpyxl",  # the tracker's spreadsheets
    "psycopg",  # the team store
    "alembic",  # migrations (a store that needs none)
    "reportlab",  # packs and reports
    "icu",
    "adgsom_desktop.services.sync",
    "adgsom_desktop.services.negotiation",
    "adgsom_desktop.services.pack_service",
    "adgsom_desktop.services.import_service",
    "adgsom_desktop.services.project_service",
    # The audience table and the pack model behind it: the store's settings read only
    # the default minimums (``reports/minimums.py``).
    "adgsom_desktop.reports.audiences",
    "adgsom_desktop.reports.pack_model",
    # A team store's outbox (its sealed file) and the brief merge it replays with: a file
    # store's runner and views take the held-write types from ``outbox_writes``.
    "adgsom_desktop.services.outbox",
    "adgsom_desktop.services.outbox_file",
    "adgsom_desktop.services.brief_conflict",
    "adgsom_desktop.services.brief_merge",
    # The action items dock's view: built when the dock is first shown. The Notes tab's
    # view: a meeting's tabs, not loaded when another kind's views are built (the store
    # opens on its first event).
    "adgsom_desktop.ui.room.actions_view",
    "adgsom_desktop.ui.room.notes_view",
    # SQLAlchemy's PostgreSQL dialect: the models name their partial indexes' predicate
    # for SQLite only (``domain.base.partial_index``); a team store's engine adds it.
    "sqlalchemy.dialects.postgresql",
    # What SQLAlchemy imports for its asyncio engines and plugin entry points, run on
    # first use (``deferred_modules``): asyncio's event loop, ssl, sockets, email...
    "asyncio.base_events",
    "ssl",
    "socket",
    "concurrent.futures",
    "email",
    "csv",
)

IDLE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])

def look():
    shown = [w for w in app.topLevelWidgets()
             if getattr(w, "services", None) is not None and getattr(w, "nav", None) is not None
             and w.nav.isVisible() and w.nav.model.rowCount() > 0]
    if not shown:
        QTimer.singleShot(20, look)
        return
    from adgsom_desktop.deferred_modules import SQLALCHEMY_UNUSED, is_deferred
    ran = [n for n in SQLALCHEMY_UNUSED if not is_deferred(n)]
    print(json.dumps([sorted(sys.modules), ran]), flush=True)
    app.exit(0)

QTimer.singleShot(20, look)
QTimer.singleShot(90_000, lambda: app.exit(3))
from adgsom_desktop.app import run_gui
sys.exit(run_gui(store=Path(sys.argv[1])))
"""


def test_a_store_shown_at_idle_loads_only_the_services_it_uses(tmp_path: Path) -> None:
    """#13: the services are built on first use (``services.container``): a store shown
    with its services loaded imports neither the sync bundles' crypto (PyNaCl), nor
    Word, PDF or spreadsheet readers, the team store's driver, the migrations, packs..."""
    from adgsom_desktop.demo.writer import write_demo

    store = tmp_path / "demo.adgsom"
    write_demo(store)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ADGSOM_DESKTOP_HOME=str(tmp_path))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-c", IDLE, str(store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=150,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules, ran = json.loads(proc.stdout.strip().splitlines()[-1])
    loaded = set(modules)
    assert "sqlalchemy.orm" in loaded  # the services did load
    wrong = sorted(m for m in loaded if any(m == x or m.startswith(x + ".") for x in NOT_AT_IDLE))
    assert wrong == [], f"loaded by a store shown at idle: {wrong}"
    assert ran == [], f"deferred, yet run by a store shown at idle: {ran}"
