"""Architecture and code-quality gates, run with the tests so CI enforces them:
the import-linter contracts (Qt only under ui/, layers), ruff, and mypy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (pip install -e '.[test]')")
    return found


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_import_contracts_hold() -> None:
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout[-4000:]
    assert "0 broken" in result.stdout


def test_ruff_is_clean() -> None:
    lint = _run(_tool("ruff"), "check", "adgsom_desktop", "tests", "benchmarks")
    assert lint.returncode == 0, lint.stdout[-4000:]
    fmt = _run(_tool("ruff"), "format", "--check", "adgsom_desktop", "tests", "benchmarks")
    assert fmt.returncode == 0, fmt.stdout[-4000:]


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    result = _run(_tool("mypy"))
    assert result.returncode == 0, result.stdout[-4000:]


def test_the_gui_asks_the_services_not_the_store() -> None:
    """ui/ never reaches past the services into the open store or its context
    (``services.store``, ``services.ctx``): what it may know of the store is
    ``store_info``'s (locator, capabilities, damage) and the services' own."""
    import re

    ui = ROOT / "adgsom_desktop" / "ui"
    reach = re.compile(r"services\.(store|ctx)\b(?!_)")
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if reach.search(line)
    ]
    assert found == []


def test_tests_write_screenshots_only_when_asked() -> None:
    """A test run writes no picture unless ADGSOM_SCREENSHOTS=1: tests save through
    ``conftest.save_artifact`` / ``artifact_png``, never a grab of their own into
    tests/artifacts (test_approval_pin.py wrote three at every run)."""
    import re

    direct = re.compile(r"\.grab\(\)\.save\(")
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted((ROOT / "tests").glob("test_*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert found == [], "\n".join(found)


def test_source_files_stay_under_500_lines() -> None:
    """Small files named by role (HELPERS.md): every module of the app stays under 500
    lines (live_mode.py had grown to 516).  Not counted: the demo's content tables and
    the label catalogue ``i18n.update`` writes, which are data, not code to read."""
    package = ROOT / "adgsom_desktop"
    data = {package / "ui" / "common" / "label_catalogue.py"}
    long = [
        f"{path.relative_to(ROOT)}: {count} lines"
        for path in sorted(package.rglob("*.py"))
        if path not in data
        and not (path.parent.name == "demo" and path.name.startswith("content_"))
        for count in [len(path.read_text(encoding="utf-8").splitlines())]
        if count >= 500
    ]
    assert long == []
