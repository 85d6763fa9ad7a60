"""A lighter install (issue #24, item 5): the app depends on PySide6-Essentials only.

The Addons wheel (QtWebEngine, QtPdf, QtCharts and 25 more, 438 MB installed) is not a
dependency: every Qt module the app imports must ship in the Essentials wheel, whatever
else a developer's environment holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Import every module of the app (the lazily imported dialogs, printing and the PDF view
# included) and list the Qt modules that came with them.
PROBE = """
import json, pkgutil, sys, importlib
import adgsom_desktop
for info in pkgutil.walk_packages(adgsom_desktop.__path__, "adgsom_desktop."):
    if ".migrations.versions." in info.name or info.name.endswith(".migrations.env"):
        continue  # Alembic scripts run inside Alembic's context only
    importlib.import_module(info.name)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))))
"""


def _essentials_modules() -> set[str]:
    files = metadata.files("PySide6_Essentials") or []
    names = set()
    for f in files:
        parts = f.parts
        if len(parts) == 2 and parts[0] == "PySide6" and parts[1].startswith("Qt"):
            stem = parts[1].split(".")[0]
            if parts[1].endswith((".so", ".pyd")):
                names.add(stem)
    return names


def test_the_app_imports_only_qt_modules_of_the_essentials_wheel() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    imported = {m.split(".")[1] for m in json.loads(result.stdout.strip().splitlines()[-1])}
    essentials = _essentials_modules()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"} <= essentials
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported  # the probe really ran the app's code
    assert imported <= essentials, f"not in PySide6-Essentials: {sorted(imported - essentials)}"


def test_pyproject_asks_for_essentials_not_the_whole_pyside6() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    names = [
        dep.split(";")[0].split(">")[0].split("<")[0].split("=")[0].split("[")[0].strip().lower()
        for dep in config["project"]["dependencies"]
    ]
    assert "pyside6-essentials" in names
    assert "pyside6" not in names and "pyside6-addons" not in names
