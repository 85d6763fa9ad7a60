"""The command line counts in words (s34): "1 outcome", "12 action items", "3 hits",
never "outcome(s)": ``cli.common.counted`` everywhere a count meets its noun."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adgsom_desktop.cli.common import counted
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

MEETING = "4"  # the 6th ADGSOM of the demo
COUNT = re.compile(r"\b([\d,]+) (outcome|action item|hit|project|document|decision)(s?)\b")


def test_counted_says_one_and_several() -> None:
    assert counted(1, "hit") == "1 hit" and counted(0, "hit") == "0 hits"
    assert counted(1_200, "entry", "entries") == "1,200 entries"


@pytest.mark.parametrize(
    "command",
    [
        ("room", "outcomes", "--meeting", MEETING),
        ("actions",),
        ("search", "Viet Nam"),
        ("projects", "list"),
        ("outcome-doc", "list", "--meeting", MEETING),
    ],
    ids=lambda c: "-".join(c[:2]),
)
def test_a_listings_count_reads_as_words(demo_path: Path, command: tuple[str, ...]) -> None:
    if command[0] == "room":
        command = command[1:]
    result = run_cli(*command, "--store", str(demo_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(s)" not in result.stdout, result.stdout
    counts = COUNT.findall(result.stdout)
    assert counts, result.stdout
    for number, _noun, plural in counts:
        assert (number == "1") == (plural == ""), (number, plural)
