"""A member signed in to the team store uses only her own private key (review s33 R15),
and Bring back takes from a trip copy only the key of the member who brings it back
(review s33 R14).  Through the CLI, as the members would.

The head made his key on the team store; the aide has none yet.  Signed in, she sees his
as a public key, and ``bundle export --from`` him is refused.  Her trip copy carries his
public key only.  On it she makes her own key and one "for" another member: Bring back
takes hers (with its private part, hers alone) and leaves the other out, named.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from tests.helpers import run_cli
from tests.test_trip_keys import AIDE, HEAD, KEYS, THIRD, _keys
from tests.test_trip_member_withheld import PASSWORDS, _as, _take, team_with_members

pytestmark = pytest.mark.slow
__all__ = ["team_with_members"]  # the fixture, shared


def test_a_member_uses_only_her_own_key_and_brings_back_only_hers(
    qtbot: Any, team_with_members: str, tmp_path: Path
) -> None:
    from adgsom_desktop.ui.bundles.send_dialog import BundleSendDialog

    url = team_with_members
    owner = Services.open(url, actor="owner")
    try:
        head = owner.keys.create(HEAD, KEYS[HEAD]).name
        event = next(m.event_id for m in owner.events.meetings() if m.id == 4)
    finally:
        owner.close()
    aide_env = {"PGPASSWORD": PASSWORDS["natthida"]}
    aide_url = _as(url, "natthida")

    # R15: signed in, the head's key is a public key to her, and she cannot send as him
    listed = run_cli("keys", "list", "--store", aide_url, env=aide_env)
    assert listed.returncode == 0, listed.stderr
    line = next(ln for ln in listed.stdout.splitlines() if ln.startswith(head))
    # kept in the team store, it opens here only signed in as him (s33 R3)
    assert "own key" not in line and "kept in this store" in line and f"signed in as {head}" in line
    sent = run_cli(
        "bundle", "export", "--store", aide_url, "--meeting", "4", "--parts", "notes",
        "--from", head, "--out", str(tmp_path / "as-him"), "--passphrase-stdin",
        input=KEYS[HEAD] + "\nBundle-Pass-2026 x\n", env=aide_env,
    )  # fmt: skip
    assert sent.returncode != 0
    assert f"This is {head}'s key" in sent.stderr and "only your own key" in sent.stderr
    assert not list(tmp_path.glob("as-him*"))
    alone = run_cli(  # without --from: she has no key of her own, his is not offered
        "bundle", "export", "--store", aide_url, "--meeting", "4", "--parts", "notes",
        "--out", str(tmp_path / "as-nobody"), "--passphrase-stdin",
        input=KEYS[HEAD] + "\nBundle-Pass-2026 x\n", env=aide_env,
    )  # fmt: skip
    assert alone.returncode != 0 and "no key of your own" in alone.stderr
    signed_in = Services.open(
        aide_url.replace("@", f":{PASSWORDS['natthida']}@", 1), actor="natthida"
    )
    try:
        assert [k.name for k in signed_in.keys.members() if k.has_private] == []
        meetings = [(m.id, m.title) for m in signed_in.events.meetings()]
        dlg = BundleSendDialog(meetings, signed_in.keys.members(), {}, tmp_path)
        qtbot.addWidget(dlg)  # Send a bundle…: his key is not hers to send from, only to
        assert dlg.from_key.count() == 0
        assert head in dlg.recipient.itemText(0)
        with pytest.raises(ValidationError, match="only your own key"):
            signed_in.keys.unlock(signed_in.keys.find(head).id, KEYS[HEAD])
    finally:
        signed_in.close()

    # her trip copy carries his public key only
    trip = tmp_path / "aide-hanoi.adgsom"
    _take(url, "natthida", trip, event)
    assert _keys(trip) == {head: False}

    # R14: on it, her own key and one "for" another member; Bring back takes only hers
    made = run_cli(
        "keys", "create", "--store", str(trip), "--person", str(AIDE), "--passphrase-stdin",
        input=KEYS[AIDE] + "\n" + KEYS[AIDE] + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    aide = made.stdout.split("Made a key for ")[1].split(":")[0]
    forged = run_cli(
        "keys", "create", "--store", str(trip), "--person", str(THIRD), "--passphrase-stdin",
        input="Forged-Key-2026 x\nForged-Key-2026 x\n",
    )  # fmt: skip
    assert forged.returncode == 0, forged.stderr
    third = forged.stdout.split("Made a key for ")[1].split(":")[0]
    returned = run_cli("trip", "return", "--store", str(trip), env=aide_env)
    assert returned.returncode == 0, returned.stderr
    assert f"NOT brought back: a key made on the trip copy for {third}" in returned.stdout
    assert "import it with keys import" in returned.stdout
    assert "Nothing new taken." in returned.stdout  # no "Changed:" over it (s34 S11)
    assert "Changed: Nothing new" not in returned.stdout
    assert _keys(url) == {head: True, aide: True}  # the forged key stayed out
    listed = run_cli("keys", "list", "--store", aide_url, env=aide_env)
    assert "your own key" in next(ln for ln in listed.stdout.splitlines() if ln.startswith(aide))
