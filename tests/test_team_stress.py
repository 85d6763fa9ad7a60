"""Stress: 4 processes x 500 edits on one meeting of one team store (issue 14).

Notes added and edited, saves of the same briefs (from the version each writer last
read, so most meet another's save), outcomes numbered, workflow steps and
approvals, all at once.  Afterwards: every acknowledged edit is in the store (or was
reported as a conflict), no number was given twice, and the audit chain is intact.
The figures are printed (``-s``) and kept in tests/artifacts/team_stress.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from adgsom_desktop.domain.enums import MeetingKind, MemberRole
from adgsom_desktop.domain.models import NoteVersion, Outcome, PositionVersion
from adgsom_desktop.services.container import Services
from tests.conftest import ARTIFACTS
from tests.helpers import APPROVER_PIN, ROOT

WRITERS = 4
EDITS = int(os.environ.get("ADGSOM_STRESS_EDITS", "500"))


def _meeting(url: str) -> None:
    services = Services.open(url, actor="setup")
    try:
        ours = services.delegations.our_delegation()
        assert ours is not None
        head = services.delegations.save_person(
            delegation_id=ours.id, full_name="Malee Chaiyo", role=MemberRole.HEAD
        )
        services.approval_pins.set_pin(head.id, APPROVER_PIN)  # the writers approve with it
        event = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        assert meeting.id == 1
        for title in ("Masterplan 2026-2030", "Data flows", "Cybersecurity", "AOB"):
            services.agenda.add_item(meeting.id, title)
    finally:
        services.close()


@pytest.mark.slow
def test_four_writers_lose_nothing_and_number_nothing_twice(team_url: str, tmp_path: Path) -> None:
    _meeting(team_url)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.stress_child",
                team_url,
                str(seed),
                str(EDITS),
                str(tmp_path / f"w{seed}.json"),
            ],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(1, WRITERS + 1)
    ]
    for child in children:
        _out, err = child.communicate(timeout=900)
        assert child.returncode == 0, err[-3000:]
    wall = time.perf_counter() - started
    logs = [json.loads((tmp_path / f"w{s}.json").read_text()) for s in range(1, WRITERS + 1)]

    services = Services.open(team_url, actor="checker")
    try:
        _check(services, logs)
        figures = _figures(services, logs, wall)
    finally:
        services.close()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "team_stress.json").write_text(json.dumps(figures, indent=2))
    print("\nteam store stress:", json.dumps(figures, indent=2))


def _check(services: Any, logs: list[dict[str, Any]]) -> None:
    # Every acknowledged note is there with the last text its writer saved.
    for log in logs:
        for note_id, text in log["notes"].items():
            assert services.notes.note(int(note_id)).text == text
    # Every acknowledged save of a brief is in its history, as saved.
    for log in logs:
        for item_id, version_no, objective in log["briefs"]:
            assert services.positions.version(item_id, version_no).content.objective == objective
    # Every acknowledged outcome is there, and no item holds two outcomes at one place.
    for log in logs:
        for outcome_id, item_id, _ord in log["outcomes"]:
            assert any(o.id == outcome_id for o in services.outcomes.for_item(item_id))
    with services.ctx.read() as s:
        dup_outcomes = s.execute(
            select(Outcome.item_id, Outcome.ord, func.count())
            .group_by(Outcome.item_id, Outcome.ord)
            .having(func.count() > 1)
        ).all()
        dup_versions = s.execute(
            select(PositionVersion.position_id, PositionVersion.version_no, func.count())
            .group_by(PositionVersion.position_id, PositionVersion.version_no)
            .having(func.count() > 1)
        ).all()
        dup_notes = s.execute(
            select(NoteVersion.note_id, NoteVersion.version_no, func.count())
            .group_by(NoteVersion.note_id, NoteVersion.version_no)
            .having(func.count() > 1)
        ).all()
    assert dup_outcomes == [] and dup_versions == [] and dup_notes == []
    report = services.audit.verify()
    assert report.ok and report.anchored, report.problems
    assert services.store_info.check().ok


def _figures(services: Any, logs: list[dict[str, Any]], wall: float) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    for log in logs:
        counts.update(log["counts"])
    with services.ctx.read() as s:
        versions = int(s.scalar(select(func.count()).select_from(PositionVersion)) or 0)
    return {
        "writers": WRITERS,
        "edits_per_writer": EDITS,
        "acknowledged": counts["ok"],
        "conflicts_reported": counts["conflict"],
        "conflicts_left_unsaved": counts["left"],
        "refused_by_workflow": counts["refused"],
        "notes_checked": sum(len(log["notes"]) for log in logs),
        "brief_saves_checked": sum(len(log["briefs"]) for log in logs),
        "outcomes_checked": sum(len(log["outcomes"]) for log in logs),
        "workflow_steps": sum(log["steps"] for log in logs),
        "brief_versions_in_history": versions,
        "audit_entries": services.audit.count(),
        "duplicate_numbers": 0,
        "wall_seconds": round(wall, 1),
        "writer_seconds": [round(log["seconds"], 1) for log in logs],
    }
