"""The CLI's merge report lists every category its summary counts (s32 H22): "kept
(ours was edited; their deletion loses): 1 note" names which note; the "From:" line
naming the meetings sent is wrapped, never one very long line."""

from __future__ import annotations

from tests.bundle_fixtures import HEAD_PASS, Pair, _first_note
from tests.helpers import run_cli


def test_a_kept_record_is_listed_and_the_from_line_wrapped(pair: Pair) -> None:
    nid = _first_note(pair.a, pair.meeting)
    note = pair.b.notes.note(nid)
    pair.a.notes.delete(nid)  # the aide deletes it; the head edits it meanwhile
    pair.b.notes.edit(
        nid, text="Edited by the head", kind=note.kind, item_id=note.item_id,
        speaker_delegation_id=note.speaker_delegation_id,
    )  # fmt: skip
    path = pair.send()
    store = pair.tmp / "b.adgsom"
    pair.b.close()
    r = run_cli(
        "bundle", "import", "--store", str(store), str(path), "--passphrase-stdin",
        input=HEAD_PASS + "\n",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "kept (ours was edited; their deletion loses): 1 note" in r.stdout
    at = lines.index("  kept (ours was edited; their deletion loses):")
    assert lines[at + 1].startswith("    note: ") and "Edited by the head" in lines[at + 1]
    start = next(i for i, line in enumerate(lines) if line.startswith("From: "))
    end = next(i for i, line in enumerate(lines) if line.startswith("Changed: "))
    said = lines[start:end]
    assert all(len(line) <= 100 for line in said), said
    assert "6th ADGSOM" in " ".join(said)
