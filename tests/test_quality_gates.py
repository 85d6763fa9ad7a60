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
