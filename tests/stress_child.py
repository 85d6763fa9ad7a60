"""One writer of the stress test: N edits on one meeting of a team store, logged.

``python -m tests.stress_child URL SEED EDITS OUT.json``: notes added and edited,
saves of the meeting's shared briefs (from the version last read: a conflict when
another writer saved meanwhile, resolved at times), outcomes numbered, workflow
steps and approvals.  Every edit the store acknowledged is written to OUT with what
must now be in the store; every refusal with its reason.
"""

from __future__ import annotations

import json
import random
import sys
import time
from typing import Any

from adgsom_desktop.domain.enums import OutcomeVerb, PositionStatus
from adgsom_desktop.errors import AppError
from adgsom_desktop.services.brief_conflict import BriefConflict, Choice, Resolution
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent


def main(url: str, seed: int, edits: int, out: str) -> None:
    rng = random.Random(seed)
    me = f"writer-{seed}"
    services = Services.open(url, actor=me)
    meeting_id = 1
    items = [i.id for i in services.agenda.items(meeting_id)]
    approver = services.delegations.our_members()[0].id
    log: dict[str, Any] = {"notes": {}, "briefs": [], "outcomes": [], "steps": 0}
    # ok: acknowledged; conflict: a save met another's (then resolved, also ok, or left:
    # "left" is what a user would still have on screen); refused: a step the state refuses.
    counts = {"ok": 0, "conflict": 0, "left": 0, "refused": 0}
    seen: dict[int, int] = {}  # item -> version this writer last read
    started = time.perf_counter()
    for n in range(edits):
        item = rng.choice(items)
        roll = rng.random()
        try:
            if roll < 0.30 or not log["notes"]:
                text = f"{me} note {n}: ประเทศไทยสนับสนุน Việt Nam {rng.random():.6f}"
                note = services.notes.add(meeting_id, text, item_id=item)
                log["notes"][str(note.id)] = text
            elif roll < 0.42:
                note_id = int(rng.choice(list(log["notes"])))
                text = f"{me} edit {n} of {note_id}"
                rec = services.notes.note(note_id)
                services.notes.edit(
                    note_id,
                    text=text,
                    kind=rec.kind,
                    item_id=rec.item_id,
                    speaker_delegation_id=rec.speaker_delegation_id,
                )
                log["notes"][str(note_id)] = text
            elif roll < 0.75:
                _save_brief(services, rng, me, n, item, seen, log, counts)
                continue
            elif roll < 0.88:
                verb = rng.choice(list(OutcomeVerb))
                o = services.outcomes.add(item, verb, f"{me} outcome {n}")
                log["outcomes"].append([o.id, item, o.ord])
            else:
                rec = services.positions.get(item)
                if rec is None or rec.version_no == 0:
                    counts["refused"] += 1
                    continue
                if rec.status is PositionStatus.APPROVED:
                    services.positions.return_to_draft(item)
                elif rng.random() < 0.5:
                    services.positions.approve(item, approver, "approver-pin-1")
                else:
                    services.positions.submit_for_review(item)
                log["steps"] += 1
            counts["ok"] += 1
        except AppError:  # a workflow step the brief's state refuses: said, not lost
            counts["refused"] += 1
    log["seconds"] = time.perf_counter() - started
    log["counts"] = counts
    services.close()
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(log, fh, ensure_ascii=False)


def _save_brief(
    services: Services,
    rng: random.Random,
    me: str,
    n: int,
    item: int,
    seen: dict[int, int],
    log: dict[str, Any],
    counts: dict[str, int],
) -> None:
    """Save the brief from the version last read; a conflict is resolved (mine, theirs or
    merged) or left for later, as a user would."""
    if item not in seen or rng.random() < 0.5:  # (re)read it, as an editor opening it
        rec = services.positions.get(item)
        seen[item] = rec.version_no if rec else 0
    objective = f"{me} objective {n} {rng.random():.6f}"
    content = PositionContent(objective=objective, points=(f"{me} point {n}",))
    try:
        saved = services.positions.save(
            item, content, expected_version=seen[item], reopen_approved=True
        )
    except BriefConflict as conflict:
        counts["conflict"] += 1
        choice = rng.choice([None, Choice.MINE, Choice.THEIRS, Choice.MERGED])
        if choice is None:
            counts["left"] += 1
            return  # left for later: reported as a conflict, the text still with the writer
        resolution = Resolution(choice, texts={"objective": objective + " (merged)"})
        try:
            saved = services.positions.resolve_conflict(conflict, resolution)
        except BriefConflict:
            counts["conflict"] += 1
            counts["left"] += 1
            return
        kept = saved.version_no - (0 if choice is Choice.MINE else 1)
        log["briefs"].append([item, kept, objective])  # mine, kept in the history
        seen[item] = saved.version_no
        counts["ok"] += 1
        return
    log["briefs"].append([item, saved.version_no, objective])
    seen[item] = saved.version_no
    counts["ok"] += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
