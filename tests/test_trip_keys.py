"""The two offline paths of #17 meet (review s32 H26): a trip copy carries the members' keys.

The head and an aide made their keys on the team store, whose fingerprints were compared
there.  The head takes a trip copy: it holds every member's public key and his own private
key (sealed under his own passphrase), never hers, so at the venue he sends her a bundle
from the copy and opens hers there, without a new key or a new exchange.  ``keys list``
signed in to the team store says whose key is whose.  A key made in the copy for another
member does not come back on Bring back: it is named (tests/test_keys_own_only.py).
Through the CLI, as the members would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.models import MemberKey
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli
from tests.test_trip_member_withheld import PASSWORDS, _as, _take, team_with_members

pytestmark = pytest.mark.slow
__all__ = ["team_with_members"]  # the fixture, shared

HEAD, AIDE, THIRD = 1, 8, 2  # person ids of the demo: head, desk officer, another member
KEYS = {HEAD: "HeadKey-2026 passphrase", AIDE: "AideKey-2026 passphrase"}


def _keys(path: Path | str) -> dict[str, bool]:
    svc = Services.open(str(path))
    try:
        with svc.ctx.read() as s:
            return {k.name: bool(k.holds_private) for k in s.scalars(select(MemberKey))}
    finally:
        svc.close()


def test_a_trip_copy_carries_the_keys_and_bundles_work_at_the_venue(
    team_with_members: str, tmp_path: Path
) -> None:
    url = team_with_members
    owner = Services.open(url, actor="owner")
    try:
        head = owner.keys.create(HEAD, KEYS[HEAD]).name
        aide = owner.keys.create(AIDE, KEYS[AIDE]).name
        event = next(m.event_id for m in owner.events.meetings() if m.id == 4)
    finally:
        owner.close()
    head_env = {"PGPASSWORD": PASSWORDS["worawit"]}
    aide_env = {"PGPASSWORD": PASSWORDS["natthida"]}

    # signed in as the head, the team store says whose key is whose
    listed = run_cli("keys", "list", "--store", _as(url, "worawit"), env=head_env)
    assert listed.returncode == 0, listed.stderr
    lines = {ln.split("  ")[0].strip(): ln for ln in listed.stdout.splitlines()}
    assert "your own key" in lines[head]
    # her private key is hers: to him it opens only signed in as her (review s33 R15, R3)
    assert f"signed in as {aide}" in lines[aide] and "own key" not in lines[aide]

    trip = tmp_path / "hanoi.adgsom"
    _take(url, "worawit", trip, event)
    assert _keys(trip) == {head: True, aide: False}  # her private key stays at capital
    listed = run_cli("keys", "list", "--store", str(trip))
    # his trip copy holds his private key alone: "your own key" (review s33 R21)
    assert "your own key" in listed.stdout and "public key, imported" in listed.stdout

    svc = Services.for_store(Store.open(trip), actor="Worawit")
    try:
        tm = next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")
        svc.notes.add(tm, "Venue: Japan supports our annex.")
    finally:
        svc.close()
    # at the venue, a bundle to her with the keys compared at capital
    sent = run_cli(
        "bundle", "export", "--store", str(trip), "--meeting", str(tm), "--parts", "notes",
        "--to", aide, "--out", str(tmp_path / "to-aide"), "--passphrase-stdin",
        input=KEYS[HEAD] + "\n",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    got = run_cli(
        "bundle", "import", "--store", _as(url, "natthida"),
        str(tmp_path / "to-aide.adgsom-bundle"), "--passphrase-stdin",
        input=KEYS[AIDE] + "\n", env=aide_env,
    )  # fmt: skip
    assert got.returncode == 0, got.stderr + got.stdout
    # and hers, opened at the venue
    back = run_cli(
        "bundle", "export", "--store", _as(url, "natthida"), "--meeting", "4", "--parts",
        "notes", "--to", head, "--out", str(tmp_path / "to-head"), "--passphrase-stdin",
        input=KEYS[AIDE] + "\n", env=aide_env,
    )  # fmt: skip
    assert back.returncode == 0, back.stderr
    opened = run_cli(
        "bundle", "import", "--store", str(trip), str(tmp_path / "to-head.adgsom-bundle"),
        "--passphrase-stdin", input=KEYS[HEAD] + "\n",
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr + opened.stdout

    # a key made in the trip copy for another member stays out, named (review s33 R14)
    made = run_cli(
        "keys", "create", "--store", str(trip), "--person", str(THIRD), "--passphrase-stdin",
        input="Third-Key-2026 passphrase\nThird-Key-2026 passphrase\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    third = made.stdout.split("Made a key for ")[1].split(":")[0]
    returned = run_cli("trip", "return", "--store", str(trip), env=head_env)
    assert returned.returncode == 0, returned.stderr
    assert f"NOT brought back: a key made on the trip copy for {third}" in returned.stdout
    assert _keys(url) == {head: True, aide: True}
    assert _keys(trip) == {head: True, aide: False, third: True}
