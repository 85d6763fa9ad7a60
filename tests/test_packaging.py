"""The package as it ships: every subpackage listed, resources and migrations included."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "adgsom_desktop").rglob("__init__.py")
    }
    found.add("adgsom_desktop.resources")
    assert listed == found


@pytest.mark.slow
def test_wheel_holds_resources_and_migrations(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "adgsom_desktop/resources/icons/app.svg" in names
    assert "adgsom_desktop/resources/help/guide.html" in names  # Help > Guide (#24)
    assert "adgsom_desktop/resources/help/whats_new.html" in names
    assert "adgsom_desktop/storage/migrations/env.py" in names
    assert "adgsom_desktop/storage/migrations/script.py.mako" in names
    assert any(n.startswith("adgsom_desktop/storage/migrations/versions/0001") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "adgsom-desktop = adgsom_desktop.__main__:main" in text
