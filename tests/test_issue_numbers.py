"""One number, one issue (review F11): a pack's reference or a Word brief's number is
never issued twice, whatever the audience (the register matches copies by it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow

HANOI, SOM6 = 2, 4


def _pack(store: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    done = run_cli(
        "pack", "--store", str(store), "--event", str(HANOI), "--meeting", str(SOM6),
        "--item", "28", "--sections", "cover,briefs", "--out", str(out), *extra,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def test_a_pack_reference_already_issued_is_refused(demo_path: Path, tmp_path: Path) -> None:
    ref = "TH/2026/BP-001"
    code, out, err = _pack(
        demo_path, tmp_path / "public.pdf", "--audience", "public",
        "--classification", "UNCLASSIFIED", "--reference", ref,
    )  # fmt: skip
    assert code == 0, err
    before = demo_path.read_bytes()
    code, out, err = _pack(
        demo_path, tmp_path / "hod.pdf", "--audience", "hod", "--reference", ref,
        "--recipient", "HoD Worawit",
    )  # fmt: skip
    assert code != 0 and "Traceback" not in out + err
    assert f"{ref} was already issued" in out + err and "for public lines" in out + err
    assert not (tmp_path / "hod.pdf").exists()
    assert demo_path.read_bytes() == before
    # without --reference the next free number is taken, never the one given by hand
    code, out, err = _pack(demo_path, tmp_path / "next.pdf", "--audience", "delegation")
    assert code == 0, err
    register = run_cli("register", "--store", str(demo_path)).stdout
    assert len(re.findall(re.escape(ref) + r"\s+copy 1/1", register)) == 1, register


def test_each_word_brief_takes_a_number_of_its_own(demo_path: Path, tmp_path: Path) -> None:
    refs = []
    for audience in ("agencies", "public", "delegation"):
        done = run_cli(
            "brief", "export", "--store", str(demo_path), "--item", "28",
            "--audience", audience, "--out", str(tmp_path / f"{audience}.docx"),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        refs += re.findall(r"[A-Z]{2}/\d{4}/BR-\S+", done.stdout)[:1]
    assert len(refs) == 3 and len(set(refs)) == 3, refs
    assert "BR-28" not in " ".join(refs)  # not the item's id: a number per issue
    register = run_cli("register", "--store", str(demo_path)).stdout
    for ref in refs:
        assert len(re.findall(re.escape(ref) + r"\s+copy", register)) == 1, register
