"""The command line's wording slips of review s33 R21, through its main entry.

``trip take`` says once what the copy holds read only (not again on each line) and counts
in words ("8 meetings", "1 negotiated text", never "meeting(s)"); every command that reads
a file says the same when given a folder ("… is a folder: give … in it."), never the
system's "Is a directory" nor "No file at" a folder that is there.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from adgsom_desktop.__main__ import main
from adgsom_desktop.cli.common import counted
from tests.helpers import sha


def test_counted_says_one_and_many() -> None:
    assert counted(1, "meeting") == "1 meeting"
    assert counted(8, "meeting") == "8 meetings"
    assert counted(0, "record") == "0 records"
    assert counted(1_234, "record") == "1,234 records"
    assert counted(3, "copy", "copies") == "3 copies"


@pytest.mark.slow
def test_trip_take_says_what_is_read_only_once_in_plain_plurals(
    demo_master: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team)
    trip = tmp_path / "trip.adgsom"
    assert main(["trip", "take", "--store", str(team), "--event", "2", "--to", str(trip),
                 "--plain"]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert "(s)" not in said, said
    took = re.search(r"^Took .*: (\d+) meetings?, ([\d,]+) records\.$", said, re.MULTILINE)
    assert took is not None, said
    assert said.lower().count("read only") == 1, said
    assert said.count("Bring back refreshes") == 0 and said.count("refreshed on each Bring back")
    lines = said.split("Read only on the trip copy", 1)[1].splitlines()[1:3]
    assert re.match(r"  \d+ negotiated texts? \(“", lines[0]), lines
    assert re.match(r"  \d+ cooperation projects? with their progress", lines[1]), lines


def _folder_commands(store: str, folder: str) -> dict[str, list[str]]:
    return {
        "agenda": ["agenda", "import", "--store", store, "--meeting", "1", folder],
        "outcome-doc": ["outcome-doc", "import", "--store", store, "--meeting", "1",
                        "--kind", "joint-statement", "--title", "T", folder],
        "projects": ["projects", "import", "--store", store, folder],
        "bundle": ["bundle", "import", "--store", store, folder],
        "restore": ["restore", "--store", store, folder],
    }  # fmt: skip


WHAT = {
    "agenda": "the agenda's file (.docx, .pdf or text)",
    "outcome-doc": "the negotiated text's file (.docx or text)",
    "projects": "the workbook (.xlsx) or the .csv file",
    "bundle": "the bundle file",
    "restore": "the backup file",
}


@pytest.mark.parametrize("command", sorted(WHAT))
def test_a_folder_given_for_a_file_is_said_alike_by_every_command(
    command: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "trip"
    folder.mkdir()
    before = sha(demo_path)
    code = main(_folder_commands(str(demo_path), str(folder))[command])
    err = capsys.readouterr().err
    assert err == f"error: {folder} is a folder: give {WHAT[command]} in it.\n"
    assert code == 1
    assert sha(demo_path) == before and list(folder.iterdir()) == []


@pytest.mark.parametrize("command", sorted(WHAT))
def test_a_missing_file_is_said_alike_by_every_command(
    command: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "gone.docx"
    code = main(_folder_commands(str(demo_path), str(gone))[command])
    assert capsys.readouterr().err == f"error: No file at {gone}.\n"
    assert code == 1
