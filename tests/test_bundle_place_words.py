"""An agenda item moved, as the merge report and a conflict name it (review s32 H12): one
line per move a user made (not the siblings it shifted), naming the item; a place read
as the user sees it (1-based, "item 8 of the agenda"), never "Ord: 7"."""

from __future__ import annotations

from typing import Any

from adgsom_desktop.services.sync.kinds import Kind
from adgsom_desktop.services.sync.merge import Action
from tests.bundle_fixtures import Pair


def _top_items(pair: Pair) -> list[Any]:
    return [i for i in pair.a.agenda.items(pair.meeting) if i.parent_id is None]


def test_one_line_per_move_the_user_made(pair: Pair) -> None:
    items = _top_items(pair)
    moved = items[6]
    pair.a.agenda.move_by(moved.id, -1)  # up one: the item above it goes down one
    report = pair.receive(pair.send(), dry_run=True)
    places = [ln for ln in report.lines if ln.kind is Kind.PLACE]
    assert len(places) == 1, places
    assert places[0].action is Action.UPDATE
    assert moved.title[:30] in places[0].label and "place of" not in places[0].label
    assert "1 item's place" in report.summary(), report.summary()


def test_a_place_conflict_reads_as_the_user_sees_it() -> None:
    from adgsom_desktop.services.sync.conflict_view import record_sections

    parent = "a" * 32
    names = {parent: "item 3 “Digital skills”"}.get
    mine = {"item": "b" * 32, "parent": None, "ord": 7}
    theirs = {"item": "b" * 32, "parent": None, "ord": 5}
    (section,) = record_sections(Kind.PLACE, mine, theirs, lambda u: names(u) or "")
    assert section.label == "Position in the agenda"
    assert (section.mine, section.theirs) == ("item 8 of the agenda", "item 6 of the agenda")
    under = record_sections(
        Kind.PLACE, mine, {**theirs, "parent": parent}, lambda u: names(u) or ""
    )
    assert under[0].theirs == "sub-item 6 of item 3 “Digital skills”"
    assert "Ord" not in section.label


def test_an_item_moved_on_both_sides_is_named_with_whose_place_won(pair: Pair) -> None:
    """Review s33 R9: the head moves an item up in his store, the aide the same item down
    in hers; her bundle, imported by the head, named a sibling nobody moved ("item 8
    “Preparations…”: now item 7") and undid his move without a word."""
    items = _top_items(pair)
    moved, above, below = items[6], items[5], items[7]
    pair.b.agenda.move_by(moved.id, -1)  # the head: up one, now item 6
    pair.a.agenda.move_by(moved.id, 1)  # the aide: down one, now item 8
    sent = pair.send()
    for dry_run in (True, False):
        report = pair.receive(sent, dry_run=dry_run)
        places = [ln for ln in report.lines if ln.kind is Kind.PLACE]
        said = [*(f"{ln.label}: {ln.detail}" for ln in places), *report.notices]
        # never a sibling the moves only shifted
        for sibling in (above, below):
            assert not any(sibling.title[:30] in s for s in said), said
        heads = pair.b.agenda.items(pair.meeting)
        after = [i.id for i in heads if i.parent_id is None] if not dry_run else []
        theirs_won = any(moved.title[:30] in ln.label for ln in places)
        if theirs_won:  # her place: named, and his, lost, said
            (line,) = places
            assert line.action is Action.UPDATE
            assert "now item 8 of the agenda (the other side's place; yours was item 6 of the agenda)" in line.detail, line.detail  # fmt: skip
            assert not dry_run or report.notices == ()
            if after:
                assert after.index(moved.id) == 7
        else:  # his place stays: her move, lost, said in a notice
            assert not places, places
            (notice,) = [n for n in report.notices if moved.title[:30] in n]
            assert "stays item 6 of the agenda (your place; the other side's was item 8 of the agenda)" in notice, notice  # fmt: skip
            if after:
                assert after.index(moved.id) == 5


def test_a_move_lost_to_ours_is_said_in_a_notice() -> None:
    """Moved on both sides and our place stays (``place_wins``): the other side's move is
    said, never lost in silence (review s33 R9); no sibling line."""
    from adgsom_desktop.services.sync.merge import Incoming, Plan, Step
    from adgsom_desktop.services.sync.report import lines_of, place_notices
    from adgsom_desktop.services.sync.revs import RevState
    from adgsom_desktop.services.sync.state import Held

    item, key = "c" * 32, "place:" + "c" * 32
    names = {item: "item 6 “Cooperation with Dialogue Partners”"}
    mine = {"item": item, "parent": None, "ord": 5}
    theirs = {"item": item, "parent": None, "ord": 7}
    held = Held(key, Kind.PLACE, "m", RevState("r1", 2, ("r0",), "h1"), mine, 1)
    rec = Incoming(key, Kind.PLACE, "m", "r2", 2, ("r0",), theirs)
    lost = Step(key, Kind.PLACE, Action.LEARN, rec, held, held.state, both=True)
    assert place_notices(Plan((lost,)), names) == (
        "item 6 “Cooperation with Dialogue Partners”: stays item 6 of the agenda (your "
        "place; the other side's was item 8 of the agenda).",
    )
    assert lines_of(Plan((lost,)), names) == ()
    plain = Step(key, Kind.PLACE, Action.LEARN, rec, held, held.state)  # nothing lost
    assert place_notices(Plan((plain,)), names) == ()


def test_the_cli_names_the_item_moved_on_both_sides(pair: Pair) -> None:
    """The same as the head runs it: ``bundle import`` (review s33 R9)."""
    from tests.bundle_fixtures import HEAD_PASS
    from tests.helpers import run_cli

    items = _top_items(pair)
    moved, below = items[6], items[7]
    pair.b.agenda.move_by(moved.id, -1)
    pair.a.agenda.move_by(moved.id, 1)
    sent = pair.send()
    pair.b.close()  # the head's store, free for the command
    store = str(pair.tmp / "b.adgsom")
    r = run_cli("bundle", "import", "--store", store, str(sent), "--passphrase-stdin",
                input=f"{HEAD_PASS}\n")  # fmt: skip
    assert r.returncode == 0, r.stderr + r.stdout
    assert below.title[:30] not in r.stdout, r.stdout
    said = [ln for ln in r.stdout.splitlines() if moved.title[:30] in ln]
    assert len(said) == 1, r.stdout
    assert (
        "now item 8 of the agenda (the other side's place; yours was item 6 of the agenda)"
        in said[0]
        or "stays item 6 of the agenda (your place; the other side's was item 8" in said[0]
    ), said
