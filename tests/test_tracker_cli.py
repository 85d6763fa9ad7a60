"""The tracker from the command line: projects import, list, report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.tracker_files import ROWS_V1, write_xlsx


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "s.adgsom"
    assert run_cli("init", "--store", str(path), "--our-delegation", "TH").returncode == 0
    return path


@pytest.mark.slow
def test_import_dry_run_then_import_then_update_lists_changes(tmp_path: Path) -> None:
    store = _store(tmp_path)
    first = tmp_path / "matrix-jan.xlsx"
    first.write_bytes(write_xlsx([list(r) for r in ROWS_V1]))
    dry = run_cli("projects", "import", "--store", str(store), str(first), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Funding Amount" in dry.stdout and "-> Amount" in dry.stdout
    assert "3 new, 0 changed, 0 unchanged (dry run: nothing written)" in dry.stdout
    assert "0 projects." in run_cli("projects", "list", "--store", str(store)).stdout
    done = run_cli("projects", "import", "--store", str(store), str(first))
    assert done.returncode == 0, done.stderr
    assert "Imported: 3 new" in done.stdout
    rows = [list(r) for r in ROWS_V1]
    rows[0][8] = "Completed"
    second = tmp_path / "matrix-mar.xlsx"
    second.write_bytes(write_xlsx(rows))
    upd = run_cli("projects", "import", "--store", str(store), str(second))
    assert upd.returncode == 0, upd.stderr
    assert "update  AJ-CS-01" in upd.stdout
    assert "Status: ongoing -> completed" in upd.stdout
    assert "Imported: 0 new, 1 changed, 2 unchanged." in upd.stdout
    listed = run_cli(
        "projects", "list", "--store", str(store), "--partner", "jp", "--status", "completed"
    )
    assert "AJ-CS-01" in listed.stdout and "1 project." in listed.stdout
    assert (
        run_cli("projects", "list", "--store", str(store), "--outcome", "ADM2030 O3").stdout.count(
            "\n"
        )
        == 2
    )


@pytest.mark.slow
def test_map_option_and_bad_files(tmp_path: Path) -> None:
    store = _store(tmp_path)
    csv = tmp_path / "m.csv"
    csv.write_text("Ref,Initiative,Misc\nX-1,Rural connectivity,whatever\n", encoding="utf-8")
    res = run_cli("projects", "import", "--store", str(store), str(csv), "--map", "Ref=code")
    assert res.returncode == 0, res.stderr
    assert "1 new" in res.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("Code,Title,Start\nB-1,Bad,31/02/2026\n", encoding="utf-8")
    res = run_cli("projects", "import", "--store", str(store), str(bad))
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert "Row 2, column 'Start'" in res.stderr and "nothing was written" in res.stderr
    res = run_cli("projects", "list", "--store", str(store), "--status", "finished")
    assert res.returncode != 0 and "--status: use proposed" in res.stderr


def test_report_on_the_demo(tmp_path: Path, demo_path: Path) -> None:
    out = tmp_path / "tracker"
    res = run_cli(
        "projects", "report", "--store", str(demo_path), "--out", str(out), "--today", "2026-01-10"
    )
    assert res.returncode == 0, res.stderr
    pdf = tmp_path / "tracker.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    assert "Cooperation tracker: report to capital" in text
    assert "Coverage: ASEAN Digital Masterplan 2026-2030" in text
    assert "Gap: no project" in text
    assert "Cooperation with Japan: status of projects" in text
    assert "Proposals for the next phase: our position" in text
    assert "one drill" in text  # our position on the phase 3 proposal
