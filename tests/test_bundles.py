"""Exchange bundles between two members' stores (#17), through the services a user's
commands call: keys made and exchanged, a meeting sent, previewed, imported; edits on
both sides merged; bad bundles refused with nothing changed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.models import Meeting, Position
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync import crypto
from adgsom_desktop.services.sync.merge import Action
from tests.bundle_fixtures import (
    AIDE_PASS,
    HEAD_PASS,
    Pair,
    _first_note,
    _notes,
    _snapshot,
)

# -- keys ------------------------------------------------------------------------------------


def test_key_card_round_trip_and_a_changed_card_is_refused(pair: Pair) -> None:
    card = pair.a.keys.export_public(pair.aide_key)
    assert "BEGIN ADGSOM MEMBER KEY" in card
    assert pair.b.keys.key(pair.aide_in_b).fingerprint == pair.a.keys.key(pair.aide_key).fingerprint
    assert not pair.b.keys.key(pair.aide_in_b).has_private
    changed = card.replace("name: ", "name: X", 1)
    with pytest.raises(Exception, match="signature fails"):
        pair.b.keys.import_public(changed)
    with pytest.raises(Exception, match="not a member key"):
        pair.b.keys.import_public("hello")


def test_wrong_key_passphrase_is_refused(pair: Pair) -> None:
    with pytest.raises(crypto.WrongPassphrase):
        pair.a.bundles.export(
            pair.meeting,
            pair.tmp / "x",
            sender_key_id=pair.aide_key,
            sender_passphrase="not the passphrase",
            to_key_id=pair.head_in_a,
        )
    assert not (pair.tmp / "x.adgsom-bundle").exists()


# -- a bundle sent and received ---------------------------------------------------------------


def test_a_bundle_is_accepted_and_reimporting_changes_nothing(pair: Pair) -> None:
    # the aide adds a note and edits one; the head's store has neither
    added = pair.a.notes.add(pair.meeting, "Viet Nam supports the draft workplan (aide).")
    first = pair.a.notes.note(_first_note(pair.a, pair.meeting))
    pair.a.notes.edit(
        first.id,
        text=first.text + " [checked]",
        kind=first.kind,
        item_id=first.item_id,
        speaker_delegation_id=first.speaker_delegation_id,
    )
    path = pair.send()
    seen = pair.b.bundles.peek(path)
    assert seen.for_member and not seen.needs_passphrase

    before = _notes(pair.b, pair.meeting)
    preview = pair.receive(path, dry_run=True)
    assert _notes(pair.b, pair.meeting) == before  # the preview wrote nothing
    assert preview.added == 1 and preview.updated == 1 and preview.conflicts == 0

    report = pair.receive(path)
    assert report.added == 1 and report.updated == 1
    assert _notes(pair.b, pair.meeting) == _notes(pair.a, pair.meeting)
    texts = [t for _u, t in _notes(pair.b, pair.meeting)]
    assert added.text in texts and first.text + " [checked]" in texts

    again = pair.receive(path)
    assert again.nothing_to_do
    assert _notes(pair.b, pair.meeting) == _notes(pair.a, pair.meeting)


def test_notes_from_two_laptops_interleave_without_duplicates(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Aide: Malaysia asks for a costing.")
    pair.b.notes.add(pair.meeting, "Head: Indonesia supports.")
    path = pair.send()
    pair.receive(path)
    pair.receive(path)
    texts = [t for _u, t in _notes(pair.b, pair.meeting)]
    assert texts.count("Aide: Malaysia asks for a costing.") == 1
    assert texts.count("Head: Indonesia supports.") == 1
    # in time order on the head's screen
    shown = [n.text for n in pair.b.notes.notes(pair.meeting)]
    assert shown.index("Aide: Malaysia asks for a costing.") >= 0


def test_a_note_edited_on_both_sides_is_a_conflict_resolved_later(pair: Pair) -> None:
    nid = _first_note(pair.a, pair.meeting)
    note = pair.a.notes.note(nid)

    def edit(svc: Services, text: str) -> None:
        svc.notes.edit(
            nid,
            text=text,
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
        )

    edit(pair.a, "Aide's reading of the intervention.")
    edit(pair.b, "Head's reading of the intervention.")
    path = pair.send()
    report = pair.receive(path)
    assert report.conflicts == 1
    # ours stays current: the newer one is not silently chosen
    assert pair.b.notes.note(nid).text == "Head's reading of the intervention."
    open_ = pair.b.sync.conflicts()
    assert len(open_) == 1 and open_[0].theirs["text"] == "Aide's reading of the intervention."
    assert pair.receive(path).nothing_to_do  # the same conflict is not kept twice
    assert len(pair.b.sync.conflicts()) == 1

    from adgsom_desktop.services.brief_conflict import Choice, Resolution

    view = pair.b.sync.conflict_view(open_[0].id)
    assert view.sections
    pair.b.sync.resolve(open_[0].id, Resolution(Choice.THEIRS))
    assert pair.b.notes.note(nid).text == "Aide's reading of the intervention."
    assert pair.b.sync.conflicts() == []


def test_a_deletion_loses_against_an_edit(pair: Pair) -> None:
    nid = _first_note(pair.a, pair.meeting)
    note = pair.b.notes.note(nid)
    pair.a.notes.delete(nid)  # hidden: a tombstone
    pair.b.notes.edit(
        nid,
        text="Edited by the head",
        kind=note.kind,
        item_id=note.item_id,
        speaker_delegation_id=note.speaker_delegation_id,
    )
    report = pair.receive(pair.send())
    assert report.conflicts == 0
    assert pair.b.notes.note(nid).text == "Edited by the head"
    assert any(line.action is Action.KEEP for line in report.lines)


def test_a_deletion_travels_as_a_tombstone(pair: Pair) -> None:
    nid = _first_note(pair.a, pair.meeting)
    uuid = next(u for u, _t in _notes(pair.a, pair.meeting) if u)
    del uuid
    pair.a.notes.delete(nid)
    report = pair.receive(pair.send())
    assert report.deleted == 1
    assert nid not in {n.id for n in pair.b.notes.notes(pair.meeting)}


def _approved_item(svc: Services) -> int:
    with svc.ctx.read() as s:
        return int(
            s.scalars(
                select(Position.item_id)
                .where(Position.status == PositionStatus.APPROVED)
                .order_by(Position.id)  # the first brief written (no order: the index's)
            ).first()
        )


def test_an_approved_brief_edited_elsewhere_returns_to_draft(pair: Pair) -> None:
    item = _approved_item(pair.b)
    rec = pair.a.positions.get(item)
    assert rec is not None
    pair.a.positions.save(
        item,
        replace(rec.content, objective=rec.content.objective + " (revised in capital)"),
        reopen_approved=True,
    )
    report = pair.receive(pair.send())
    assert report.updated >= 1
    got = pair.b.positions.get(item)
    assert got is not None
    assert got.content.objective.endswith("(revised in capital)")
    assert got.status is not PositionStatus.APPROVED
    # the approved version stays in the history
    assert any(v.status is PositionStatus.APPROVED for v in pair.b.positions.versions(item)) or (
        len(pair.b.positions.versions(item)) > 1
    )


def test_a_brief_edited_on_both_sides_keeps_both_versions(pair: Pair) -> None:
    item = _approved_item(pair.b)
    for svc, who in ((pair.a, "aide"), (pair.b, "head")):
        rec = svc.positions.get(item)
        assert rec is not None
        svc.positions.save(
            item, replace(rec.content, opening=f"Opening by the {who}."), reopen_approved=True
        )
    report = pair.receive(pair.send())
    assert report.conflicts == 1
    assert pair.b.positions.get(item).content.opening == "Opening by the head."  # type: ignore[union-attr]
    [c] = pair.b.sync.conflicts()
    view = pair.b.sync.conflict_view(c.id)
    text = repr(view.sections)
    assert "aide" in text and "head" in text

    from adgsom_desktop.services.brief_conflict import Choice, Resolution

    pair.b.sync.resolve(c.id, Resolution(Choice.THEIRS))
    assert pair.b.positions.get(item).content.opening == "Opening by the aide."  # type: ignore[union-attr]
    # both versions are in the brief's history
    texts = {v.content.opening for v in pair.b.positions.versions(item)}
    assert {"Opening by the aide.", "Opening by the head."} <= texts


# -- bad bundles: refused, nothing changed ----------------------------------------------------


def _refused(pair: Pair, path: Path, match: str, **kw: Any) -> None:
    before = _snapshot(pair.b)
    with pytest.raises(crypto.BundleError, match=match):
        pair.receive(path, **kw)
    assert _snapshot(pair.b) == before


def test_one_changed_byte_is_refused(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Something new")
    path = pair.send()
    data = bytearray(path.read_bytes())
    for at in (200, len(data) // 2, len(data) - 1):
        bad = bytearray(data)
        bad[at] ^= 0x01
        target = pair.tmp / f"bad{at}.adgsom-bundle"
        target.write_bytes(bytes(bad))
        _refused(pair, target, "changed after it was signed|cannot be opened")


def test_truncated_and_foreign_files_are_refused(pair: Pair) -> None:
    data = pair.send().read_bytes()
    cut = pair.tmp / "cut.adgsom-bundle"
    cut.write_bytes(data[: len(data) // 2])
    _refused(pair, cut, "truncated")
    other = pair.tmp / "notes.txt"
    other.write_text("hello")
    _refused(pair, other, "not an ADGSOM exchange bundle")
    _refused(pair, pair.tmp / "missing.adgsom-bundle", "There is no file")


def test_a_newer_format_is_named_as_such(pair: Pair) -> None:
    from tests.test_bundle_header_damage import _resigned

    data = pair.send().read_bytes()  # signed again: only a good signature is believed (T5)
    newer = pair.tmp / "newer.adgsom-bundle"
    newer.write_bytes(_resigned(pair, data, 8, (crypto.FORMAT + 1).to_bytes(2, "big")))
    _refused(pair, newer, "newer version")


def test_a_stranger_and_someone_else_are_refused(
    pair: Pair, tmp_path: Path, demo_master: Path
) -> None:
    # a stranger: a key the head's store does not know signs a bundle for the head (made
    # in the stranger's own store: the aide's makes no key for another, review s33 R1)
    from tests.test_bundle_open_words_gui import _stranger_bundle

    _refused(pair, _stranger_bundle(pair, demo_master), "does not know")
    # for someone else: the aide's store's own key as recipient (the head cannot open it)
    self_sent = pair.a.bundles.export(
        pair.meeting,
        tmp_path / "self",
        sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS,
        to_key_id=pair.aide_key,
    )
    _refused(pair, self_sent.path, "for Aide|for .*whose private key is not in this store")


def test_passphrase_bundle_and_wrong_passphrase(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Sent under a passphrase")
    path = pair.send("pp", passphrase="bundle passphrase 42")
    seen = pair.b.bundles.peek(path)
    assert seen.needs_passphrase
    _refused(pair, path, "Wrong passphrase", passphrase="not it at all")
    report = pair.receive(path, passphrase="bundle passphrase 42")
    assert report.added == 1


def test_meeting_still_exists_after_round_trip(pair: Pair) -> None:
    """Both ways: A into B and B into A meet at the same notes."""
    pair.a.notes.add(pair.meeting, "From A")
    pair.b.notes.add(pair.meeting, "From B")
    pair.receive(pair.send())
    back = pair.b.bundles.export(
        pair.meeting,
        pair.tmp / "back",
        sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS,
        to_key_id=pair.aide_in_b,
    )
    opened = pair.a.bundles.open(back.path, key_passphrase=AIDE_PASS)
    pair.a.bundles.import_opened(opened, backup=False)
    assert _notes(pair.a, pair.meeting) == _notes(pair.b, pair.meeting)
    with pair.a.ctx.read() as s:
        assert s.get(Meeting, pair.meeting) is not None


# -- audiences: what a bundle may carry (docs/packs.md) ---------------------------------------


def _nfd_item(svc: Services, meeting: int) -> tuple[int, str]:
    for item in svc.agenda.items(meeting):
        rec = svc.positions.get(item.id)
        if rec is not None and rec.content.background_nfd:
            return item.id, rec.content.background_nfd
    with svc.ctx.read() as s:
        for p in s.scalars(select(Position).order_by(Position.item_id)):
            rec = svc.positions.get(p.item_id)
            if rec is not None and rec.content.background_nfd:
                return p.item_id, rec.content.background_nfd
    raise AssertionError("the demo has a brief with a not-for-disclosure background")


def test_a_bundle_for_a_member_withholds_what_only_the_head_reads(
    pair: Pair, tmp_path: Path
) -> None:
    from adgsom_desktop.domain.enums import MemberRole
    from adgsom_desktop.services.store_setup import create_store

    # a new adviser's laptop: a fresh store of our delegation
    m = Services.for_store(
        create_store(tmp_path / "m.adgsom", our_delegation_code="TH", title="Adviser"),
        actor="adviser",
    )
    try:
        th = m.delegations.our_delegation()
        assert th is not None
        adviser = m.delegations.save_person(
            delegation_id=th.id, full_name="Niran Adviser", role=MemberRole.ADVISER
        )
        mk = m.keys.create(adviser.id, "adviser passphrase 9", "adviser passphrase 9")
        m_in_b = pair.b.keys.import_public(m.keys.export_public(mk.id))
        head_in_m = m.keys.import_public(pair.b.keys.export_public(pair.head_key))
        item, nfd = _nfd_item(pair.b, pair.meeting)

        with pytest.raises(Exception, match="cannot carry what only the head"):
            pair.b.bundles.export(
                pair.meeting,
                tmp_path / "x",
                sender_key_id=pair.head_key,
                sender_passphrase=HEAD_PASS,
                to_key_id=m_in_b.id,
                audience="hod",
            )
        with pytest.raises(Exception, match="not for other agencies"):
            pair.b.bundles.export(
                pair.meeting,
                tmp_path / "x",
                sender_key_id=pair.head_key,
                sender_passphrase=HEAD_PASS,
                to_key_id=pair.aide_in_b,
                audience="agencies",
            )
        sent = pair.b.bundles.export(
            pair.meeting,
            tmp_path / "to-adviser",
            sender_key_id=pair.head_key,
            sender_passphrase=HEAD_PASS,
            to_key_id=m_in_b.id,
        )
        assert sent.audience == "delegation"
        assert "Background not for disclosure" in sent.left_out
        opened = m.bundles.open(sent.path, key_passphrase="adviser passphrase 9")
        assert opened.payload.audience == "delegation"
        assert nfd[:40] not in opened.payload.to_json().decode("utf-8")
        m.bundles.import_opened(opened, backup=False)
        m_item = next(
            i.id
            for mt in m.events.meetings()
            for i in m.agenda.items(mt.id)
            if i.title == pair.b.agenda.item(item).title
        )
        got = m.positions.get(m_item)
        assert got is not None and got.content.background_nfd == ""

        # the adviser edits the brief and sends it back to the head: the head's
        # not-for-disclosure background is not erased by the adviser's empty one
        m.positions.save(
            m_item,
            replace(got.content, opening="Opening revised by the adviser."),
            reopen_approved=True,
        )
        back = m.bundles.export(
            got and m.agenda.item(m_item).meeting_id,
            tmp_path / "to-head",
            sender_key_id=mk.id,
            sender_passphrase="adviser passphrase 9",
            to_key_id=head_in_m.id,
        )
        report = pair.b.bundles.import_opened(
            pair.b.bundles.open(back.path, key_passphrase=HEAD_PASS), backup=False
        )
        assert report.conflicts == 0, [
            (ln.kind, ln.label) for ln in report.lines if ln.action is Action.CONFLICT
        ]
        mine = pair.b.positions.get(item)
        assert mine is not None
        assert mine.content.opening == "Opening revised by the adviser."
        assert mine.content.background_nfd == nfd
    finally:
        m.close()


def test_a_passphrase_bundle_is_for_the_delegation(pair: Pair) -> None:
    sent = pair.a.bundles.export(
        pair.meeting,
        pair.tmp / "pp",
        sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS,
        passphrase="bundle passphrase 42",
    )
    assert sent.audience == "delegation"
    _item, nfd = _nfd_item(pair.a, pair.meeting)
    opened = pair.b.bundles.open(sent.path, passphrase="bundle passphrase 42")
    assert nfd[:40] not in opened.payload.to_json().decode("utf-8")
    pair.b.bundles.import_opened(opened, backup=False)
    assert _nfd_item(pair.b, pair.meeting)[1] == nfd  # the head's own is kept
