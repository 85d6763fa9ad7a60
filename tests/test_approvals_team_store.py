"""Approvals between the team store and a member's own store (#17: "an approval travels
only when signed by the approver's own key"; review s32 H20, H21).

H20: a bundle from the head carrying his own key-signed approval was refused WHOLE when
an aide (a plain member) imported it into the team store, its preview too: the server
records an approval only from the approver signed in.  Now everything else comes in, the
brief comes in for review, and the preview and the report name it and say why; a trip copy
brought back by a member with an approval in it does the same.
H21: the head's approval given signed in to the team store reached his own store "for
review": now, signed in with his own key in the team store, his approval is signed by it
(his key passphrase asked) and arrives approved.  Through the services and the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.models import ApprovalSignature, Position
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

HEAD, AIDE = 1, 8  # the demo's head of delegation and a desk officer (person ids)
MEETING = 4  # the 6th ADGSOM
PASSWORDS = {"worawit": "HeadPass-2026", "natthida": "AidePass-2026"}
HEAD_KEY, AIDE_KEY, TEAM_HEAD_KEY = "HeadKey2-2026", "AideTeam-2026", "HeadTeamKey-2026"
PIN = "HeadPin-2026"


def _as(url: str, login: str) -> str:
    u = make_url(url)
    return u.set(username=f"{u.database}_{login}", password=PASSWORDS[login]).render_as_string(
        hide_password=False
    )


def _waiting(svc: Services, count: int = 2) -> list[int]:
    """Items of the 6th ADGSOM whose brief is written and not approved."""
    return [
        i.id
        for i in svc.agenda.items(MEETING)
        if (p := svc.positions.get(i.id)) is not None
        and p.version_no > 0
        and p.status is not PositionStatus.APPROVED
    ][:count]


@pytest.fixture
def stores(demo_services: Services, pg_url: str, tmp_path: Path) -> dict[str, Any]:
    """The demo as a team store with the head and an aide as members, the head's own
    store (a copy of it) with his key, the aide's key in the team store, public keys
    exchanged both ways."""
    from adgsom_desktop.services.copy_service import copy_store

    copy_store(demo_services, pg_url)
    for person, login, role in ((HEAD, "worawit", "head"), (AIDE, "natthida", "member")):
        added = run_cli(
            "team", "add-member", "--store", pg_url, "--person", str(person),
            "--login", login, "--role", role, input=PASSWORDS[login] + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    own = tmp_path / "hft.adgsom"
    owner = Services.open(pg_url, actor="owner")
    try:
        copy_store(owner, str(own))
    finally:
        owner.close()
    head = Services.for_store(Store.open(own), actor="Worawit")
    aide = Services.open(_as(pg_url, "natthida"))
    team_head = Services.open(_as(pg_url, "worawit"))
    try:
        hk = head.keys.create(HEAD, HEAD_KEY, HEAD_KEY)
        ak = aide.keys.create(AIDE, AIDE_KEY, AIDE_KEY)
        # his key into the team store by his own login (a member adds only her own, s35)
        team_head.keys.import_public(head.keys.export_public(hk.id))
        head.keys.import_public(aide.keys.export_public(ak.id))
    finally:
        head.close()
        aide.close()
        team_head.close()
    return {"url": pg_url, "own": own, "tmp": tmp_path}


def _status(svc: Services, item: int) -> PositionStatus:
    p = svc.positions.get(item)
    assert p is not None
    return p.status


def test_the_heads_signed_approval_comes_into_the_team_store_for_review_with_the_rest(
    stores: dict[str, Any],
) -> None:
    url, own, tmp = stores["url"], stores["own"], stores["tmp"]
    head = Services.for_store(Store.open(own), actor="Worawit")
    try:
        item = _waiting(head, 1)[0]
        title = next(i.title for i in head.agenda.items(MEETING) if i.id == item)
        head.approval_pins.set_pin(HEAD, PIN)
        head.positions.approve(item, HEAD, PIN)
        head.notes.add(MEETING, "HFT-NOTE from the venue")
        to_aide = head.keys.find("Natthida").id
        sent = head.bundles.export(
            MEETING, tmp / "hft", sender_key_id=head.keys.find("Worawit").id,
            sender_passphrase=HEAD_KEY, to_key_id=to_aide,
        )  # fmt: skip
    finally:
        head.close()

    # the preview (CLI --dry-run) works, names the brief and changes nothing
    dry = run_cli(
        "bundle", "import", "--store", _as(url, "natthida"), str(sent.path), "--dry-run",
        "--passphrase-stdin", input=AIDE_KEY + "\n",
    )  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    said = dry.stdout + dry.stderr
    assert "Traceback" not in said and "does not allow it" not in said
    assert f"“{title[:30]}" in said and "comes in for review" in said
    assert "signed by Worawit" in said
    aide = Services.open(_as(url, "natthida"))
    try:
        assert "HFT-NOTE from the venue" not in {n.text for n in aide.notes.notes(MEETING)}
        opened = aide.bundles.open(sent.path, key_passphrase=AIDE_KEY)
        report = aide.bundles.import_opened(opened, backup=False)
        assert any(f"“{title[:30]}" in n and "comes in for review" in n for n in report.notices)
        # everything else came in; the brief is for review, its signature kept
        assert "HFT-NOTE from the venue" in {n.text for n in aide.notes.notes(MEETING)}
        assert _status(aide, item) is PositionStatus.FOR_REVIEW
        with aide.ctx.read() as s:
            assert s.scalar(select(ApprovalSignature.id)) is not None
    finally:
        aide.close()
    # the head confirms it signed in to the team store
    team_head = Services.open(_as(url, "worawit"))
    try:
        team_head.positions.approve(item, HEAD)
        assert _status(team_head, item) is PositionStatus.APPROVED
    finally:
        team_head.close()
    # and both stores agree: the team store's approval goes back to his store as signed
    aide = Services.open(_as(url, "natthida"))
    try:
        back = aide.bundles.export(
            MEETING, tmp / "back", sender_key_id=aide.keys.find("Natthida").id,
            sender_passphrase=AIDE_KEY, to_key_id=aide.keys.find("Worawit").id,
        )  # fmt: skip
    finally:
        aide.close()
    head = Services.for_store(Store.open(own), actor="Worawit")
    try:
        report = head.bundles.import_opened(
            head.bundles.open(back.path, key_passphrase=HEAD_KEY), backup=False
        )
        assert not any("not signed" in n for n in report.notices), report.notices
        assert _status(head, item) is PositionStatus.APPROVED
    finally:
        head.close()


def test_a_members_trip_copy_with_an_approval_comes_back_with_the_brief_named(
    stores: dict[str, Any],
) -> None:
    url, tmp = stores["url"], stores["tmp"]
    owner = Services.open(url, actor="owner")
    try:
        event = next(m.event_id for m in owner.events.meetings() if m.id == MEETING)
        title_of = {i.title: i.id for i in owner.agenda.items(MEETING)}
        waiting = {i.title for i in owner.agenda.items(MEETING) if i.id in _waiting(owner, 99)}
    finally:
        owner.close()
    copy = tmp / "aide-trip.adgsom"
    took = run_cli(
        "trip", "take", "--store", _as(url, "natthida"), "--event", str(event),
        "--to", str(copy), "--plain",
    )  # fmt: skip
    assert took.returncode == 0, took.stderr
    trip = Services.for_store(Store.open(copy), actor="Natthida")
    try:  # an approval forged in the copy's file, and a note written at the venue
        meeting = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        item = next(i for i in trip.agenda.items(meeting) if i.title in waiting)
        with trip.ctx.write() as s:
            s.execute(
                update(Position)
                .where(Position.item_id == item.id)
                .values(status=PositionStatus.APPROVED, approved_by_id=HEAD)
            )
        trip.notes.add(meeting, "TRIP-NOTE from the venue")
    finally:
        trip.close()
    back = run_cli(
        "trip", "return", "--store", str(copy), env={"PGPASSWORD": PASSWORDS["natthida"]}
    )
    assert back.returncode == 0, back.stderr
    said = back.stdout + back.stderr
    assert f"“{item.title[:30]}" in said and "comes in for review" in said, said
    owner = Services.open(url, actor="owner")
    try:
        assert "TRIP-NOTE from the venue" in {n.text for n in owner.notes.notes(MEETING)}
        assert _status(owner, title_of[item.title]) is not PositionStatus.APPROVED
    finally:
        owner.close()


def test_the_heads_approval_signed_in_travels_to_his_own_store_signed(
    stores: dict[str, Any],
) -> None:
    url, own, tmp = stores["url"], stores["own"], stores["tmp"]
    team_head = Services.open(_as(url, "worawit"))
    try:  # the head's own key in the team store, its public key in his own store
        k = team_head.keys.create(HEAD, TEAM_HEAD_KEY, TEAM_HEAD_KEY)
        card = team_head.keys.export_public(k.id)
        signed_item, plain_item = _waiting(team_head)
    finally:
        team_head.close()
    head = Services.for_store(Store.open(own), actor="Worawit")
    try:
        head.keys.import_public(card)
    finally:
        head.close()
    wrong = run_cli(
        "approve", "--store", _as(url, "worawit"), "--item", str(signed_item),
        input="not his passphrase\n",
    )  # fmt: skip
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    done = run_cli(
        "approve", "--store", _as(url, "worawit"), "--item", str(signed_item),
        input=TEAM_HEAD_KEY + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "signed by their key" in done.stdout
    unsigned = run_cli(
        "approve", "--store", _as(url, "worawit"), "--item", str(plain_item), input="\n"
    )
    assert unsigned.returncode == 0, unsigned.stderr
    # an empty key-passphrase line: said unsigned (review s33 R5)
    assert "not signed (no key passphrase): it arrives in other stores for review" in (
        unsigned.stdout
    )

    aide = Services.open(_as(url, "natthida"))
    try:  # the aide sends the meeting from the team store to the head's own key
        sent = aide.bundles.export(
            MEETING, tmp / "team-to-hft", sender_key_id=aide.keys.find("Natthida").id,
            sender_passphrase=AIDE_KEY, to_key_id=aide.keys.find(
                next(
                    m.fingerprint
                    for m in aide.keys.members()
                    if m.name.startswith("Worawit") and not m.has_private
                )
            ).id,
        )  # fmt: skip
    finally:
        aide.close()
    head = Services.for_store(Store.open(own), actor="Worawit")
    try:
        report = head.bundles.import_opened(
            head.bundles.open(sent.path, key_passphrase=HEAD_KEY), backup=False
        )
        assert _status(head, signed_item) is PositionStatus.APPROVED
        assert head.positions.get(signed_item).approved_by_id == HEAD
        # the one approved without his key passphrase comes in for review, said
        assert _status(head, plain_item) is PositionStatus.FOR_REVIEW
        assert sum("not signed by its approver's key" in n for n in report.notices) == 1
    finally:
        head.close()
