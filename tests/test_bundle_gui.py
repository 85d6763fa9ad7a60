"""The bundle dialogs as a user drives them (#17): send a meeting to the head, open it
on the head's store (envelope first, then the passphrase, the preview, the import),
settle a conflict side by side, manage keys; a changed bundle is refused in the
dialog with nothing changed.  Each dialog is grabbed at 1093x614 to be looked at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.brief_conflict import Choice
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair, _first_note, _snapshot
from tests.conftest import save_artifact

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


def _open_dialog(qtbot: Any, pair: Pair, path: Path) -> Any:
    from adgsom_desktop.ui.bundles.open_dialog import BundleOpenDialog

    b = pair.b

    def open_(p: Path, secret: str, by_passphrase: bool) -> Any:
        if by_passphrase:
            return b.bundles.open(p, passphrase=secret)
        return b.bundles.open(p, key_passphrase=secret)

    dlg = BundleOpenDialog(
        path,
        b.bundles.peek,
        open_,
        b.bundles.preview,
        lambda o: b.bundles.import_opened(o, backup=False),
    )
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    return dlg


def test_send_dialog_hands_out_what_the_user_chose(qtbot: Any, pair: Pair) -> None:
    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.ui.bundles.send_dialog import BundleSendDialog

    a = pair.a
    meetings = [(m.id, m.short_title or m.title) for m in a.events.meetings()]
    dlg = BundleSendDialog(
        meetings, a.keys.members(), a.keys.roles(), pair.tmp, meeting_id=pair.meeting
    )
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    assert dlg.meeting.currentData() == pair.meeting
    # the head reads everything; a passphrase bundle only the delegation's
    assert dlg.audience.itemData(0) == Audience.HOD.value
    assert "red lines included" in dlg.audience_note.text()
    dlg.recipient.setCurrentIndex(dlg.recipient.count() - 1)  # a passphrase
    assert [dlg.audience.itemData(i) for i in range(dlg.audience.count())] == [
        Audience.DELEGATION.value
    ]
    assert "not for disclosure" in dlg.audience_note.text().lower()
    dlg.btn_send.click()
    assert "key's passphrase" in dlg.problem.text()
    dlg.key_passphrase.setText(AIDE_PASS)
    dlg.passphrase.setText("bundle passphrase 42")
    dlg.repeat.setText("bundle passphrase 4")
    dlg.btn_send.click()
    assert "differ" in dlg.problem.text()
    save_artifact(dlg, "bundle_send_dialog")
    dlg.repeat.setText("bundle passphrase 42")
    dlg.parts[next(iter(dlg.parts))].setChecked(False)
    dlg.btn_send.click()
    assert dlg.result() == dlg.DialogCode.Accepted
    v = dlg.values()
    assert v.to_key_id is None and v.passphrase == "bundle passphrase 42"
    assert v.audience is Audience.DELEGATION and len(v.parts) == 5
    sent = a.bundles.export(
        v.meeting_id,
        v.out,
        sender_key_id=v.sender_id,
        sender_passphrase=v.key_passphrase,
        passphrase=v.passphrase,
        parts=v.parts,
        audience=v.audience,
    )
    assert sent.path.exists() and sent.audience == "delegation"


def test_open_dialog_checks_previews_and_imports(qtbot: Any, pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Brunei Darussalam asks for a second reading.")
    path = pair.send()
    dlg = _open_dialog(qtbot, pair, path)
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=60_000)
    assert "Signed by Worawit Chanthasiri" in dlg.envelope.text()
    assert "Pongsak Rattanavichai's key passphrase" in dlg.pass_label.text()

    before = _snapshot(pair.b)
    dlg.passphrase.setText("not the passphrase")
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dlg.status.text(), timeout=60_000)
    assert dlg.status.text().lower().count("nothing was changed") == 1  # once (s32 H13, s33 R16)
    assert not dlg.btn_import.isEnabled()

    dlg.passphrase.setText(HEAD_PASS)
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=60_000)
    assert "nothing written yet" in dlg.status.text()
    assert _snapshot(pair.b) == before  # the preview wrote nothing
    labels = [dlg.model.index(r, 2).data() for r in range(dlg.model.rowCount())]
    assert any("Brunei Darussalam asks" in str(lb) for lb in labels)
    save_artifact(dlg, "bundle_open_preview")

    dlg.btn_import.click()
    qtbot.waitUntil(lambda: dlg.status.text().startswith("Imported"), timeout=60_000)
    assert "Brunei Darussalam asks for a second reading." in [
        n.text for n in pair.b.notes.notes(pair.meeting)
    ]


def test_a_changed_bundle_is_refused_in_the_dialog(qtbot: Any, pair: Pair) -> None:
    path = pair.send()
    data = bytearray(path.read_bytes())
    data[300] ^= 0x20
    bad = pair.tmp / "changed.adgsom-bundle"
    bad.write_bytes(bytes(data))
    before = _snapshot(pair.b)
    dlg = _open_dialog(qtbot, pair, bad)
    qtbot.waitUntil(lambda: dlg.envelope.property("tone") == "error-banner", timeout=60_000)
    assert dlg.envelope.text().startswith("The bundle was changed after it was signed")
    assert "nothing was changed" in dlg.envelope.text().lower()
    assert not dlg.passphrase.isEnabled() and not dlg.btn_import.isEnabled()
    save_artifact(dlg, "bundle_open_refused")
    assert _snapshot(pair.b) == before


def test_conflicts_are_settled_side_by_side(
    qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog

    nid = _first_note(pair.a, pair.meeting)
    note = pair.a.notes.note(nid)
    for svc, text in (
        (pair.a, "Singapore supports the framework, with a review clause."),
        (pair.b, "Singapore supports the framework."),
    ):
        svc.notes.edit(
            nid,
            text=text,
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
        )
    assert pair.receive(pair.send()).conflicts == 1

    b = pair.b
    dlg = ConflictsDialog(b.sync.conflicts, b.sync.conflict_view, b.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    assert dlg.model.rowCount() == 1
    save_artifact(dlg, "bundle_conflicts")

    def exec_(self: ConflictDialog) -> int:
        self.resize(1093, 614)
        save_artifact(self, "bundle_conflict_side_by_side")
        assert "review clause" in repr(self.view.sections)
        self.btn_theirs.click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    dlg.open_selected()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 0, timeout=60_000)
    assert dlg.status.text() == "No open conflicts."
    assert b.notes.note(nid).text == "Singapore supports the framework, with a review clause."
    assert b.sync.conflicts(open_only=False)[0].resolution == Choice.THEIRS.value


def test_a_brief_conflict_shows_and_settles_only_the_section_both_changed(
    qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """s32: the aide changed the points and the red line, the head the press line and the
    red line: the side-by-side view holds the red line alone, and the merged text settles
    it while the points (theirs) and the press line (ours) stay."""
    from dataclasses import replace

    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog

    item = next(
        i.id
        for i in pair.a.agenda.items(pair.meeting)
        if (p := pair.a.positions.get(i.id)) and p.status.value != "approved"
    )
    rec = pair.a.positions.get(item)
    assert rec is not None
    points = (*rec.content.points, "The aide's point.")
    for svc, sections in (
        (pair.a, {"red_line": "Aide's red line.", "points": points}),
        (pair.b, {"red_line": "Head's red line.", "press_line": "Head's press line."}),
    ):
        mine = svc.positions.get(item)
        assert mine is not None
        svc.positions.save(item, replace(mine.content, **sections), reopen_approved=True)
    assert pair.receive(pair.send()).conflicts == 1

    b = pair.b
    dlg = ConflictsDialog(b.sync.conflicts, b.sync.conflict_view, b.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()

    def exec_(self: ConflictDialog) -> int:
        self.resize(1093, 614)
        save_artifact(self, "bundle_brief_conflict_per_section")
        assert [s.key for s in self.view.sections] == ["red_line"]
        assert set(self.merged) == {"red_line"}
        self.merged["red_line"].setPlainText("Agreed red line.")
        self.btn_merged.click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    dlg.open_selected()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 0, timeout=60_000)
    got = b.positions.get(item)
    assert got is not None
    assert got.content.red_line == "Agreed red line."
    assert got.content.points == points and got.content.press_line == "Head's press line."


def test_keys_dialog_lists_and_imports(qtbot: Any, pair: Pair, tmp_path: Path) -> None:
    from adgsom_desktop.ui.bundles.keys_dialog import KeysDialog

    b = pair.b
    dlg = KeysDialog(
        b.keys.members,
        lambda: [(p.id, p.full_name) for p in b.delegations.our_members()],
        b.keys.create,
        b.keys.save_public,
        b.keys.import_public,
        tmp_path,
    )
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    assert dlg.list.count() == 2
    # whose key is whose (review s32 H26): the one own key of a member's own store file is
    # "your own key" (s33 R21), the other one's is imported and opens where it was made
    assert "your own key, kept in this store" in dlg.list.item(0).text()
    assert "public key, imported" in dlg.list.item(1).text()
    assert "opens in the store where it was made" in dlg.list.item(1).text()
    bad = tmp_path / "bad.txt"
    bad.write_text("not a key")
    dlg.import_file(bad)
    assert dlg.status.text().startswith("Not imported") and dlg.list.count() == 2
    saved = b.keys.save_public(dlg.keys[0].id, tmp_path / "head.key.txt")
    assert "BEGIN ADGSOM MEMBER KEY" in saved.read_text()
    save_artifact(dlg, "bundle_keys")


def test_keys_dialog_says_your_own_key_to_the_member_signed_in(qtbot: Any, pair: Pair) -> None:
    from dataclasses import replace

    from adgsom_desktop.ui.bundles.keys_dialog import KeysDialog

    b = pair.b
    signed_in = [replace(k, yours=k.has_private) for k in b.keys.members()]
    dlg = KeysDialog(lambda: signed_in, list, b.keys.create, b.keys.save_public,
                     b.keys.import_public, pair.tmp)  # fmt: skip
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    assert "your own key" in dlg.list.item(0).text()
    assert "own key" not in dlg.list.item(1).text()
    save_artifact(dlg, "bundle_keys_yours")


def test_the_window_offers_bundles(window: Any) -> None:
    names = {a.objectName() for a in window.findChildren(type(window.act_settings))}
    assert {"actBundleSend", "actBundleOpen", "actBundleConflicts", "actKeys"} <= names
