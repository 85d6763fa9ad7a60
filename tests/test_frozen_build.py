"""Installable without Python (issue #24, item 6): packaging/build makes a one-folder app
with PyInstaller; it runs with no Python on the PATH, writes the demo and prints a pack, and
it carries a Linux menu entry with icons at every size."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]


def _run(app: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    empty = home / "empty-bin"
    empty.mkdir(exist_ok=True)
    # no Python anywhere: an empty PATH, no venv, no PYTHONPATH, no display
    env = {"HOME": str(home), "PATH": str(empty), "LANG": "C.UTF-8"}
    return subprocess.run(
        [str(app), *args], capture_output=True, text=True, timeout=300, env=env, cwd=home
    )


def test_the_frozen_app_runs_without_python(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    built = subprocess.run(
        [str(ROOT / "packaging" / "build"), str(out)],
        capture_output=True,
        text=True,
        timeout=1400,
        env=dict(os.environ, PYTHON=sys.executable),
    )
    assert built.returncode == 0, (built.stdout + built.stderr)[-4000:]
    folder = out / "adgsom-desktop"
    app = folder / "adgsom-desktop"
    assert app.is_file() and os.access(app, os.X_OK)
    # nothing of the build machine's Python is needed: no python executable inside
    assert not any(p.name.startswith("python") and p.is_file() for p in folder.iterdir())

    # the translations are compiled inside: the folder has no lrelease to compile them later
    for language in ("th", "vi"):
        qm = folder / "_internal" / "resources" / "i18n" / f"adgsom_{language}.qm"
        assert qm.stat().st_size > 10_000, language

    home = tmp_path / "home"
    home.mkdir()
    version = _run(app, "--version", home=home)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().startswith("adgsom-desktop ")

    store = home / "demo.adgsom"
    demo = _run(app, "demo", "--store", str(store), home=home)
    assert demo.returncode == 0, demo.stderr[-2000:]
    pack = _run(app, "pack", "--store", str(store), "--event", "1", "--out", "pack.pdf", home=home)
    assert pack.returncode == 0, (pack.stdout + pack.stderr)[-2000:]
    assert "copy 1 of 1" in pack.stdout
    from pypdf import PdfReader

    reader = PdfReader(home / "pack.pdf")
    assert len(reader.pages) > 10
    text = "".join(p.extract_text() for p in reader.pages[:3])
    assert "CONFIDENTIAL" in text  # the marking on every page, from the bundled fonts
    fonts = {
        str(f.get_object()["/BaseFont"])
        for p in reader.pages[:3]
        for f in p["/Resources"]["/Font"].values()
    }
    assert any("ADGSOMSans" in f for f in fonts), fonts

    # the window starts and opens the demo store (offscreen: CI has no display)
    gui_env = {
        "HOME": str(home),
        "PATH": str(home / "empty-bin"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    demo_store = home / ".local/share/ADGSOM Desktop/demo/ADGSOM demo.adgsom"
    gui = subprocess.Popen(
        [str(app), "--demo"],
        env=gui_env,
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 240
        while not demo_store.exists() and time.monotonic() < deadline and gui.poll() is None:
            time.sleep(0.5)
        time.sleep(3)  # the store opened and the views filled: still running, no crash
        assert gui.poll() is None, gui.communicate()[1][-3000:]
        assert demo_store.stat().st_size > 100_000
    finally:
        gui.terminate()
        gui.communicate(timeout=60)

    # the Linux menu entry and its icons
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(folder / "share" / "applications" / "adgsom-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "adgsom-desktop"
    assert desktop["Exec"].startswith("adgsom-desktop")
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = folder / "share/icons/hicolor" / f"{size}x{size}" / "apps" / "adgsom-desktop.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", size
