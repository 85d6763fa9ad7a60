"""A bundle sealed to a key this store does not know says which keys it holds (review s34 S9).

Before, it was refused "for someone else, whose private key is not in this store": the
head read "someone else" where the aide had chosen "Worawit".  The envelope names the
recipient by its encryption key only (no fingerprint can be made of it), so the refusal
says the key is unknown here, which keys this store holds (names and fingerprints), and
whom to ask: the sender.  Nothing is changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.sync import crypto
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair, _snapshot


def _to_a_third_key(pair: Pair, demo_master: Path) -> Path:
    """A bundle from the aide to a third member's key, made in her own store, known to the
    aide but not to the head."""
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Person
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    shutil.copyfile(demo_master, pair.tmp / "c.adgsom")
    c = Services.for_store(Store.open(pair.tmp / "c.adgsom"), actor="third")
    try:
        with c.ctx.read() as s:
            third = s.scalars(select(Person.id).order_by(Person.id)).all()[2]
        made = c.keys.create(third, "third passphrase 2026", "third passphrase 2026")
        other = pair.a.keys.import_public(c.keys.export_public(made.id))
    finally:
        c.close()
    sent = pair.a.bundles.export(
        pair.meeting, pair.tmp / "other", sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS, to_key_id=other.id,
    )  # fmt: skip
    return sent.path


def test_a_bundle_sealed_to_a_key_unknown_here_names_this_stores_keys(
    pair: Pair, demo_master: Path
) -> None:
    path = _to_a_third_key(pair, demo_master)
    head_fp = pair.b.keys.key(pair.head_key).fingerprint
    before = _snapshot(pair.b)
    with pytest.raises(crypto.BundleError) as refused:
        pair.b.bundles.open(path, key_passphrase=HEAD_PASS)
    said = str(refused.value)
    assert "someone else" not in said
    assert "a key this store does not know" in said
    assert head_fp and head_fp in said  # the key this store holds, by its fingerprint
    sender = pair.b.keys.key(pair.aide_in_b).name
    assert f"ask {sender}" in said  # who sent it, by the signature checked
    assert _snapshot(pair.b) == before


@pytest.mark.usefixtures("no_leaked_jobs")
@pytest.mark.parametrize("code", ["en", "th"])
def test_the_open_dialog_shows_the_keys_held_here(
    qtbot: Any, qapp: Any, pair: Pair, demo_master: Path, code: str
) -> None:
    from adgsom_desktop.ui.common import translation
    from tests.conftest import save_artifact
    from tests.test_bundle_gui import _open_dialog

    path = _to_a_third_key(pair, demo_master)
    head_fp = pair.b.keys.key(pair.head_key).fingerprint
    translation.install(qapp, code)
    try:
        dlg = _open_dialog(qtbot, pair, path)
        dlg.resize(1093, 614)
        qtbot.waitUntil(lambda: head_fp in dlg.envelope.text(), timeout=60_000)
        assert not dlg.passphrase.isEnabled()
        if code == "th":
            assert "ไม่รู้จัก" in dlg.envelope.text()
        qtbot.wait(100)
        save_artifact(dlg, f"bundle_open_unknown_key_{code}")
    finally:
        translation.install(qapp, "en")
