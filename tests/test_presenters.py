"""The presenters' logic without a window, a widget or a QApplication (Mu's Editor split):
the position editor's, live mode's and the agenda builder's, on a real store, with the
real operation runner (its callbacks pumped by ``wait``, as the GUI's event loop does)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, NoteKind, OutcomeVerb, PositionStatus, Stance
from adgsom_desktop.errors import ConflictError, ValidationError
from adgsom_desktop.services.agenda_records import ItemFields
from adgsom_desktop.services.changes import Change, ChangeKind, acting_as
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.runner import OpRunner, Skipped
from adgsom_desktop.ui.agenda.agenda_presenter import AgendaPresenter
from adgsom_desktop.ui.positions.position_presenter import PositionPresenter, Reaction
from adgsom_desktop.ui.room.live_presenter import Hint, LivePresenter, PendingNote


class Undo:
    """The undo stack's side a presenter sees: steps recorded, run on demand."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, Callable[[], Any], Callable[[], Any]]] = []

    def push_write(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        self.steps.append((text, redo, undo))

    def rid(self, item_id: int) -> int:
        return item_id

    def resolve(self, item_id: int | None) -> int | None:
        return item_id

    def remap(self, mapping: dict[int, int]) -> None:
        pass


class Heard:
    """A listener that records what the presenter told it (any method name)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args: self.calls.append((name, args))

    def names(self) -> list[str]:
        return [n for n, _a in self.calls]


@pytest.fixture
def runner() -> Iterator[OpRunner]:
    r = OpRunner()
    yield r
    r.close()


@pytest.fixture
def items(services: Any) -> list[Any]:
    ev = services.events.save_event(title="6th ADGMIN and related meetings")
    m = services.events.save_meeting(event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    return [
        services.agenda.add_item(m.id, "Draft ADM 2026-2030"),
        services.agenda.add_item(m.id, "Digital safety"),
    ]


def test_no_qt_is_loaded_by_the_presenters() -> None:
    import subprocess

    code = (
        "import sys\n"
        "import adgsom_desktop.ui.positions.position_presenter\n"
        "import adgsom_desktop.ui.positions.brief_saving\n"
        "import adgsom_desktop.ui.room.live_presenter\n"
        "import adgsom_desktop.ui.room.live_side\n"
        "import adgsom_desktop.ui.agenda.agenda_presenter\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- the position editor's presenter --------------------------------------------------------
def test_a_brief_is_acknowledged_when_committed_and_is_one_undo_step(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    heard, undo = Heard(), Undo()
    p = PositionPresenter(services, runner, undo, heard)
    item = items[0]
    assert p.open(item.id) is not None and p.rec is None
    ticket = p.save(PositionContent(objective="Endorse the draft"), "DO3")
    assert ticket is not None and p.saving
    runner.wait()
    assert heard.names() == ["brief_saved"] and not p.saving
    assert services.positions.get(item.id).content.objective == "Endorse the draft"
    assert services.agenda.item(item.id).tags == ("ADM2025 DO3",)
    assert [t for t, _r, _u in undo.steps] == ["Edit brief"]
    # Nothing new: nothing written.
    assert p.save(PositionContent(objective="Endorse the draft"), "DO3") is None
    # The undo step puts both back.
    undo.steps[0][2]()
    assert services.positions.get(item.id).content.objective == ""
    assert services.agenda.item(item.id).tags == ()


def test_saves_asked_for_while_one_is_in_flight_follow_in_order(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    heard, undo = Heard(), Undo()
    p = PositionPresenter(services, runner, undo, heard)
    p.open(items[0].id)
    first = p.save(PositionContent(objective="Endorse"), "")
    second = p.save(PositionContent(objective="Endorse", press_line="Thailand welcomes"), "")
    assert second is first  # one in flight; the next waits for its version
    runner.wait()
    rec = services.positions.get(items[0].id)
    assert (rec.content.objective, rec.content.press_line) == ("Endorse", "Thailand welcomes")
    assert rec.version_no == 1  # one editing spell: folded into one version
    assert [t for t, _r, _u in undo.steps] == ["Edit objective", "Edit press line"]
    assert heard.names() == ["brief_saved"]  # acknowledged once nothing more was on its way


def test_a_refused_save_keeps_the_draft_and_says_so(
    services: Any, items: list[Any], runner: OpRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = Heard()
    p = PositionPresenter(services, runner, Undo(), heard)
    p.open(items[0].id)

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise ConflictError("changed elsewhere")

    monkeypatch.setattr(services.positions, "save_brief", refuse)
    p.save(PositionContent(objective="Endorse"), "")
    # A workflow step asked for meanwhile waits for the save, and is not run without it.
    p.step(PositionStatus.FOR_REVIEW, "submit for review")
    runner.wait()
    (name, (draft, error, shown)), (step, (skipped,)) = heard.calls
    assert (name, shown, draft.content.objective) == ("brief_refused", True, "Endorse")
    assert isinstance(error, ConflictError) and p.conflict
    assert step == "step_failed" and isinstance(skipped, Skipped)
    # What the store never takes is said at once, before anything is handed over.
    with pytest.raises(ValidationError):
        p.save(PositionContent(objective="x" * 300_000), "")


def test_its_own_echo_is_ignored_and_another_write_reloads(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    seen: list[Change] = []
    services.ctx.bus.subscribe(seen.append)
    p = PositionPresenter(services, runner, Undo(), Heard())
    item = items[0]
    p.open(item.id)
    p.save(PositionContent(objective="Ours"), "")
    runner.wait()
    assert seen and all(p.reaction(c, typing=False) is Reaction.IGNORE for c in seen)
    seen.clear()
    with acting_as("someone-else"):
        services.positions.save(item.id, PositionContent(objective="Theirs"), expected_version=1)
    (change,) = seen
    assert change.origin == "someone-else"
    assert p.reaction(change, typing=False) is Reaction.RELOAD
    assert p.reaction(change, typing=True) is Reaction.IGNORE  # never over unsaved text
    other = Change(ChangeKind.POSITIONS, frozenset({99}), item_id=items[1].id)
    assert p.reaction(other, typing=False) is Reaction.IGNORE


def test_an_approval_made_elsewhere_while_typing_is_followed(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    """G6: the status of the version being edited is taken at once (the editor shows it
    approved, read-only, with its choices); the text typed is not replaced."""
    from adgsom_desktop.domain.enums import MemberRole
    from tests.helpers import approve

    item = items[0]
    services.positions.save(item.id, PositionContent(objective="Endorse"))
    services.positions.submit_for_review(item.id)
    th = next(d for d in services.delegations.delegations() if d.code == "TH")
    head = services.delegations.save_person(
        delegation_id=th.id, full_name="Khun Malee", role=MemberRole.HEAD
    )
    seen: list[Change] = []
    services.ctx.bus.subscribe(seen.append)
    p = PositionPresenter(services, runner, Undo(), Heard())
    p.open(item.id)
    assert p.rec is not None and p.rec.status is PositionStatus.FOR_REVIEW
    with acting_as("someone-else"):
        approve(services, item.id, head.id)
    approval = next(c for c in seen if c.concerns(ChangeKind.POSITIONS))
    assert p.reaction(approval, typing=True) is Reaction.FOLLOW
    assert p.rec.status is PositionStatus.APPROVED and p.rec.version_no == 1
    assert p.brief is not None and p.brief.saved.objective == "Endorse" and not p.brief.reopen
    assert p.reaction(approval, typing=True) is Reaction.IGNORE  # taken already
    # A new version saved elsewhere is not taken while typing: the next save meets it.
    seen.clear()
    with acting_as("someone-else"):
        services.positions.return_to_draft(item.id)
        services.positions.save(item.id, PositionContent(objective="Theirs"), expected_version=1)
    assert all(p.reaction(c, typing=True) is not Reaction.RELOAD for c in seen)
    assert p.rec.version_no == 1


def test_an_item_shown_again_while_its_save_is_on_its_way_shows_the_draft(
    services: Any, items: list[Any]
) -> None:
    runner = OpRunner()
    gate = __import__("threading").Event()
    runner.submit(gate.wait)  # the runner is busy: the next save waits behind it
    p = PositionPresenter(services, runner, Undo(), Heard())
    p.open(items[0].id)
    p.save(PositionContent(objective="Typed, not committed yet"), "")
    p.open(items[1].id)
    opened = p.open(items[0].id)
    assert opened is not None and opened.draft is not None
    assert opened.draft.content.objective == "Typed, not committed yet"
    gate.set()
    runner.close()
    assert services.positions.get(items[0].id).content.objective == "Typed, not committed yet"


# -- live mode's presenter -------------------------------------------------------------------
def test_live_notes_are_checked_then_handed_over_and_acknowledged(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    from datetime import datetime

    heard = Heard()
    live = LivePresenter(services, runner, heard, items[0].meeting_id, items[0].id)
    now = datetime(2026, 1, 12, 2, 30)
    assert isinstance(live.submit_note("  ", "", None, now), Hint)
    # An unknown speaker: said once, then saved with the name in the text.
    first = live.submit_note("Someone spoke", "Atlantis", None, now)
    assert isinstance(first, Hint) and "Atlantis" in first.text
    live.stance = Stance.SUPPORT
    assert isinstance(live.submit_note("Someone spoke", "Atlantis", None, now), Hint)
    live.stance = None
    sent = live.submit_note("Someone spoke", "Atlantis", None, now)
    assert isinstance(sent, PendingNote) and live.pending
    sg = next(c for c in services.delegations.match_speaker("SG") if c.person is None)
    live.kind = NoteKind.PROPOSAL
    live.submit_note("Singapore proposes a sandbox", "SG", sg, now, as_action=True)
    runner.wait()
    assert heard.names() == ["note_saved", "note_saved"] and not live.pending
    texts = [n.text for n in live.recent_notes]
    assert texts == ["[Atlantis] Someone spoke", "Singapore proposes a sandbox"]
    assert live.last_note is not None and live.last_note.kind is NoteKind.ACTION
    # Another writer's note on the item is patched in from its record, no read.
    other = services.notes.add(items[0].meeting_id, "Viet Nam agrees", item_id=items[0].id)
    change = Change(ChangeKind.NOTES, frozenset({other.id}), item_id=items[0].id, records=(other,))
    assert live.notes_changed(change) and live.recent_notes[-1] == other


def test_live_timer_keys_faster_than_the_store_keep_their_order(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    live = LivePresenter(services, runner, Heard(), items[0].meeting_id, items[0].id)
    live.toggle_timer()  # F9
    assert live.go_to(1)  # Alt+Down before the store answered
    live.follow_with_timer()
    live.toggle_timer()  # F9 again
    runner.wait()
    totals = services.live.totals(items[0].meeting_id)
    assert totals.running is None
    assert {items[0].id, items[1].id} <= set(totals.per_item)


def test_live_panels_follow_the_item_and_an_outcome_is_written_on_the_runner(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    """The panels beside the box (points, stances, outcomes, the timer) come from the
    presenter, as the outcome's write does: no window is built."""
    first, second = items
    services.positions.save(
        first.id, PositionContent(points=("Support the sandbox", "Ask for data"))
    )
    live = LivePresenter(services, runner, Heard(), first.meeting_id, first.id)
    panels = live.panels()
    assert [p.text for p in panels.points] == ["Support the sandbox", "Ask for data"]
    assert panels.stances == () and panels.outcomes == ()
    sg = next(c for c in services.delegations.match_speaker("SG") if c.person is None)
    live.stance = Stance.SUPPORT
    live.submit_note("Singapore supports", "SG", sg, datetime(2026, 1, 12, 2, 30))
    write = live.outcome_write(OutcomeVerb.AGREED, "The sandbox goes ahead")
    ticket = runner.submit(write, origin=live.origin)
    live.toggle_timer()
    runner.wait()
    assert ticket.ok
    panels = live.panels()
    assert [(s.code, s.observed) for s in panels.stances] == [("SG", Stance.SUPPORT)]
    assert [o.text for o in panels.outcomes] == ["The sandbox goes ahead"]
    assert live.totals().running is not None
    assert live.go_to(1) and live.current_item == second
    assert live.panels() == type(panels)((), (), ())  # the other item: nothing yet
    assert live.points() == [] and live.outcomes() == []


# -- the agenda builder's presenter ---------------------------------------------------------
def test_agenda_form_saves_moves_and_their_undo_steps(
    services: Any, items: list[Any], runner: OpRunner
) -> None:
    heard, undo = Heard(), Undo()
    p = AgendaPresenter(services, runner, undo, heard)
    p.meeting_id = items[0].meeting_id
    loaded = p.load(items[1].id)
    assert loaded is not None
    with pytest.raises(ValidationError):  # an empty title is said at once
        p.save(replace(loaded.fields, title=" "), "")
    p.save(replace(loaded.fields, title="Digital safety and resilience"), "DO3")
    runner.wait()
    assert heard.names() == ["form_saved"]
    rec = services.agenda.item(items[1].id)
    assert (rec.title, rec.tags) == ("Digital safety and resilience", ("ADM2025 DO3",))
    moved = p.indent("Indent item", items[1].id)
    assert moved.after.parent_id == items[0].id
    assert [t for t, _r, _u in undo.steps] == [
        "Edit item “Digital safety and resilience”",
        "Indent item",
    ]
    undo.steps[1][2]()  # undo the indent
    assert services.agenda.item(items[1].id).parent_id is None
    # Up, then a drop under the other item: each one operation and one undo step.
    p.move_by("Move item up", items[1].id, -1)
    assert [i.id for i in services.agenda.items(p.meeting_id)] == [items[1].id, items[0].id]
    p.move_to("Move item", items[0].id, items[1].id, 0)
    assert services.agenda.item(items[0].id).parent_id == items[1].id
    p.outdent("Outdent item", items[0].id)
    assert services.agenda.item(items[0].id).parent_id is None
    assert [t for t, _r, _u in undo.steps][-3:] == ["Move item up", "Move item", "Outdent item"]
    for _t, _redo, undo_step in reversed(undo.steps[-3:]):
        undo_step()
    assert [i.id for i in services.agenda.items(p.meeting_id)] == [items[0].id, items[1].id]
    added = p.add_item("New item", None, items[1].id)
    assert [i.id for i in services.agenda.items(p.meeting_id)][-1] == added.id
    assert ItemFields  # the form's value object is the service's
