"""The command line as a user runs it: subcommands, output, exit codes, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli, sha


def test_help_lists_the_subcommands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("init", "demo", "info", "check", "search"):
        assert command in result.stdout


def test_init_info_check(tmp_path: Path) -> None:
    path = tmp_path / "ours.adgsom"
    result = run_cli("init", "--store", str(path), "--our-delegation", "la", "--title", "Lao desk")
    assert result.returncode == 0, result.stderr
    info = run_cli("info", "--store", str(path))
    assert info.returncode == 0
    assert "Our delegation: LA" in info.stdout
    assert "delegations" in info.stdout and "24" in info.stdout
    check = run_cli("check", "--store", str(path))
    assert check.returncode == 0
    assert "The store is healthy." in check.stdout


@pytest.mark.slow
def test_demo_info_and_search(tmp_path: Path) -> None:
    path = tmp_path / "demo.adgsom"
    assert run_cli("demo", "--store", str(path)).returncode == 0
    info = run_cli("info", "--store", str(path))
    assert info.returncode == 0
    assert "6th ADGMIN and related meetings" in info.stdout
    thai = run_cli("search", "--store", str(path), "ดิจิทัล")
    assert thai.returncode == 0, thai.stderr
    assert "[ดิจิทัล]" in thai.stdout
    viet = run_cli("search", "--store", str(path), "Viet", "Nam")
    assert viet.returncode == 0
    assert "[Việt] [Nam]" in viet.stdout or "[Việt Nam]" in viet.stdout
    # The demo is never written over an existing file unless asked.
    before = sha(path)
    again = run_cli("demo", "--store", str(path))
    assert again.returncode != 0
    assert "already exists" in again.stderr
    assert sha(path) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("info", "--store", "{missing}"), "No store at"),
        (("info", "--store", "{text}"), "not an ADGSOM Desktop store"),
        (("search", "--store", "{text}", "x"), "not an ADGSOM Desktop store"),
        (("init", "--store", "{text}"), "already exists"),
        (("init", "--store", "{new}", "--our-delegation", "XX"), "No delegation with code XX"),
    ],
)
def test_errors_are_clear_messages(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    text = tmp_path / "minutes.txt"
    text.write_text("not a store")
    values = {
        "missing": str(tmp_path / "missing.adgsom"),
        "text": str(text),
        "new": str(tmp_path / "new.adgsom"),
    }
    result = run_cli(*(a.format(**values) for a in args))
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert text.read_text() == "not a store"
    assert not (tmp_path / "new.adgsom").exists()


def test_search_hint_for_a_useless_query(tmp_path: Path) -> None:
    path = tmp_path / "s.adgsom"
    run_cli("init", "--store", str(path))
    result = run_cli("search", "--store", str(path), "*")
    assert result.returncode == 1
    assert "Type letters or digits" in result.stdout


def test_usage_errors_exit_2() -> None:
    result = run_cli("search")
    assert result.returncode == 2
    assert "usage:" in result.stderr
