"""An approval PIN is set and used only in the approver's own store (review s32 H15).

In her own store file (which knows the head only by his public key) the aide set the head's
unset approval PIN and approved a brief in his name; a pack she printed stated his approval.
Now a store that knows members' keys takes a PIN, and an approval with it, only for an
approver whose own key is in it; nor does it make a key in the name of a member whose
public key it knows.  The head's own store is unchanged.  Through the CLI and the services.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.settings import StoreSetting
from adgsom_desktop.services.approval_pins import PIN_KEY, hash_pin
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

HEAD, AIDE = 1, 8  # the demo's head of delegation and a desk officer
HEAD_KEY, AIDE_KEY = "head key passphrase 2026", "aide key passphrase 2026"


@pytest.fixture
def two(demo_master: Path, tmp_path: Path) -> dict[str, Any]:
    """The head's and the aide's own stores (copies of the demo), each with its member's
    key and the other's public key; an item whose brief waits for an approval."""
    for n in ("head", "aide"):
        shutil.copyfile(demo_master, tmp_path / f"{n}.adgsom")
    head = Services.for_store(Store.open(tmp_path / "head.adgsom"), actor="Worawit")
    aide = Services.for_store(Store.open(tmp_path / "aide.adgsom"), actor="Natthida")
    try:
        hk = head.keys.create(HEAD, HEAD_KEY, HEAD_KEY)
        ak = aide.keys.create(AIDE, AIDE_KEY, AIDE_KEY)
        aide.keys.import_public(head.keys.export_public(hk.id))
        head.keys.import_public(aide.keys.export_public(ak.id))
        item = next(
            i.id
            for m in aide.events.meetings()
            for i in aide.agenda.items(m.id)
            if (p := aide.positions.get(i.id)) is not None
            and p.version_no > 0
            and p.status is not PositionStatus.APPROVED
        )
    finally:
        head.close()
        aide.close()
    return {"head": tmp_path / "head.adgsom", "aide": tmp_path / "aide.adgsom", "item": item}


def test_the_aide_cannot_set_the_heads_pin_nor_approve_in_his_name(two: dict[str, Any]) -> None:
    aide, item = str(two["aide"]), str(two["item"])
    r = run_cli("approval-pin", "--store", aide, "--person", str(HEAD), input="Forged-123\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert (
        "This is not Worawit Chanthasiri's store" in r.stderr and "Nothing was changed" in r.stderr
    )
    r = run_cli("approve", "--store", aide, "--item", item, "--approver", str(HEAD),
                input="Forged-123\n")  # fmt: skip
    assert r.returncode == 1 and "This is not Worawit Chanthasiri's store" in r.stderr
    assert "PIN yet" not in r.stderr
    # nor does she make a key in his name to get round it
    r = run_cli("keys", "create", "--store", aide, "--person", str(HEAD),
                "--passphrase-stdin", input="Forged-key-2026\n")  # fmt: skip
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "public key" in r.stderr and "Nothing was done" in r.stderr
    svc = Services.for_store(Store.open(two["aide"]), actor="Natthida")
    try:
        assert not svc.approval_pins.state(HEAD).is_set
        assert svc.positions.get(two["item"]).status is not PositionStatus.APPROVED
        assert [k.has_private for k in svc.keys.members() if k.person_id == HEAD] == [False]
    finally:
        svc.close()


def test_a_pin_set_before_the_keys_came_approves_nothing_in_the_aides_store(
    two: dict[str, Any],
) -> None:
    svc = Services.for_store(Store.open(two["aide"]), actor="Natthida")
    try:  # a PIN set while the store knew no keys (an older store, a copy)
        with svc.ctx.write() as s:
            s.add(StoreSetting(key=f"{PIN_KEY}{HEAD}", value=hash_pin("Forged-123")))
        with pytest.raises(Exception, match="This is not Worawit Chanthasiri's store"):
            svc.positions.approve(two["item"], HEAD, "Forged-123")
        assert svc.positions.get(two["item"]).status is not PositionStatus.APPROVED
    finally:
        svc.close()


def test_the_head_sets_his_pin_and_approves_in_his_own_store(two: dict[str, Any]) -> None:
    head, item = str(two["head"]), str(two["item"])
    r = run_cli("approval-pin", "--store", head, "--person", str(HEAD), input="HeadPin-2026\n")
    assert r.returncode == 0, r.stderr
    r = run_cli("approve", "--store", head, "--item", item, "--approver", str(HEAD),
                input="HeadPin-2026\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "by Worawit" in r.stdout
