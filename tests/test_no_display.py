"""Without a display, the launcher says so in one line instead of Qt's xcb abort (#24 item 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LAUNCHER = Path(sys.executable).with_name("adgsom-desktop")
MESSAGE = "no display: use the CLI, or set QT_QPA_PLATFORM=offscreen"


def _run(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    # Nothing but a home of its own: no DISPLAY, WAYLAND_DISPLAY nor QT_QPA_PLATFORM.
    env = {"HOME": str(tmp_path), "ADGSOM_DESKTOP_HOME": str(tmp_path / "adgsom"), **env}
    return subprocess.run(
        [str(LAUNCHER)], env=env, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="X11/Wayland only")
def test_no_display_prints_one_clear_line_and_fails(tmp_path: Path) -> None:
    assert LAUNCHER.exists(), LAUNCHER
    done = _run({}, tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == MESSAGE
    assert done.stdout == ""
    assert "xcb" not in done.stderr


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="X11/Wayland only")
def test_the_cli_still_runs_without_a_display(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(LAUNCHER), "--version"],
        env={"HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "no display" not in done.stderr
