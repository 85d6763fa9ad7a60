"""The app in a real X11 window (Xvfb, xcb platform), not only offscreen.

Starts Xvfb, runs the app's own start-up path in a child process with
QT_QPA_PLATFORM=xcb, opens a store, and grabs the X screen: the window really
mapped and painted.  Skipped only where Xvfb is not installed (CI installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS
from tests.helpers import ROOT

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from adgsom_desktop.app import build_window

    app = QApplication(sys.argv)
    assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
    window = build_window(app)
    window.show()

    def opened(_services):
        QTimer.singleShot(800, shoot)

    def shoot():
        shot = QGuiApplication.primaryScreen().grabWindow(0)
        shot.save(sys.argv[2])
        print("exposed", window.isVisible(), window.windowHandle().isExposed())
        app.quit()

    window.controller.opened.connect(opened)
    window.controller.failed.connect(lambda msg: (print("failed", msg), app.exit(3)))
    QTimer.singleShot(0, lambda: window.controller.open_path(Path(sys.argv[1])))
    QTimer.singleShot(30000, lambda: app.exit(4))
    sys.exit(app.exec())
    """
)


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    display = f":{90 + os.getpid() % 500}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.05)
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.gui
def test_real_window_under_xvfb(xvfb: str, tmp_path: Path, demo_master: Path) -> None:
    store = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_master, store)
    shot = ARTIFACTS / "real_window_xvfb.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ,
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(ROOT),
        ADGSOM_DESKTOP_HOME=str(tmp_path / "home"),
    )
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(store), str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "exposed True True" in result.stdout
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() == 1280
    # Painted, not blank: many distinct colours across the screen.
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8
