"""A bundle bringing a brief the receiver changed too (#17): different sections merge (both
edits, no conflict, the line says what came from where; the preview says the same); the
same section is one conflict showing that section only, not repeated by importing the
bundle again, settled per section by the CLI (``bundle resolve --section``), a mistyped
section refused in words with nothing changed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.merge import Action
from tests.bundle_fixtures import Pair
from tests.helpers import run_cli

pytestmark = pytest.mark.slow  # CLI runs


def _briefed(pair: Pair) -> Any:
    return next(
        i
        for i in pair.a.agenda.items(pair.meeting)
        if i.number and (p := pair.a.positions.get(i.id)) and p.status.value != "approved"
    )


def _edit(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)


def test_a_bundle_merges_a_brief_changed_here_in_another_section(pair: Pair) -> None:
    item = _briefed(pair)
    rec = pair.a.positions.get(item.id)
    assert rec is not None
    points = (*rec.content.points, "The aide's point: ขอให้ทบทวนในปี 2027.")
    _edit(pair.a, item.id, points=points)
    _edit(pair.b, item.id, red_line="The head's red line.")
    bundle = pair.send()

    preview = pair.receive(bundle, dry_run=True)
    assert (preview.merged, preview.conflicts) == (1, 0)
    report = pair.receive(bundle)
    assert (report.merged, report.conflicts) == (1, 0)
    line = next(ln for ln in report.lines if ln.action is Action.MERGE)
    assert line.label.startswith(f"brief on item {item.number} “")
    assert "Points to make from " in line.detail and "Red line from here" in line.detail
    got = pair.b.positions.get(item.id)
    assert got is not None
    assert got.content.points == points and got.content.red_line == "The head's red line."
    assert not pair.b.sync.conflicts()
    assert "merged with " in pair.b.positions.versions(item.id)[-1].comment
    again = pair.receive(bundle)  # the same bundle again: nothing more
    assert (again.merged, again.conflicts, again.updated) == (0, 0, 0)


def test_the_same_section_is_one_conflict_settled_per_section_by_the_cli(pair: Pair) -> None:
    item = _briefed(pair)
    rec = pair.a.positions.get(item.id)
    assert rec is not None
    points = (*rec.content.points, "The aide's point.")
    _edit(pair.a, item.id, red_line="The aide's red line.", points=points)
    _edit(pair.b, item.id, red_line="The head's red line.", press_line="The head's press line.")
    bundle = pair.send()
    report = pair.receive(bundle)
    assert (report.merged, report.conflicts) == (0, 1)
    line = next(ln for ln in report.lines if ln.action is Action.CONFLICT)
    assert line.detail.endswith("changed on both sides: Red line")
    assert pair.receive(bundle).conflicts == 0  # imported again: not shown twice
    (c,) = pair.b.sync.conflicts()
    view = pair.b.sync.conflict_view(c.id)
    assert [s.label for s in view.sections] == ["Red line"]
    pair.b.close()

    store = str(pair.tmp / "b.adgsom")
    r = run_cli("bundle", "conflicts", "--store", store, str(c.id))
    assert r.returncode == 0, r.stderr
    assert "Red line:" in r.stdout and "Points to make" not in r.stdout
    # refused in words, nothing changed
    for bad, says in (
        (["--section", "stance=theirs"], "No section “stance” differs"),
        (["--section", "red line"], "write NAME=mine or NAME=theirs"),
        ([], "Say what to keep"),
    ):
        r = run_cli("bundle", "resolve", "--store", store, str(c.id), *bad)
        assert r.returncode != 0 and says in r.stderr and "Traceback" not in r.stderr, r.stderr
    r = run_cli("bundle", "resolve", "--store", store, str(c.id), "--section", "Red line=theirs")
    assert r.returncode == 0, r.stderr
    assert "Red line: theirs" in r.stdout
    assert "brief brief" not in r.stdout and r.stdout.startswith("Settled: brief on item ")

    from adgsom_desktop.storage.store import Store

    b = Services.for_store(Store.open(pair.tmp / "b.adgsom"), actor="head")
    try:
        got = b.positions.get(item.id)
        assert got is not None
        assert got.content.red_line == "The aide's red line."  # theirs, as chosen
        assert got.content.points == points  # their change to another section kept
        assert got.content.press_line == "The head's press line."  # ours kept
        assert not b.sync.conflicts()
    finally:
        b.close()
