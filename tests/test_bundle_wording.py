"""The small things of #17 a demanding user met (review s32 H13): two keys of one member
are told apart by their fingerprints; a store that knows a member's public key does not
make a second key for them; the next step printed keeps the ``--store`` it was given; a
passphrase bundle asks for its two lines by name and says whom it is for; a damaged
header says damaged; a missing event is "no event", not "no longer exists"; a key file
that is a folder says so; the same bundle imported again writes nothing at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.errors import ValidationError
from tests.bundle_fixtures import HEAD_PASS, Pair
from tests.helpers import run_cli

NATTHIDA = 8  # a member of our delegation in the demo


def _open(path: Path, actor: str = "tester"):  # type: ignore[no-untyped-def]
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    return Services.for_store(Store.open(path), actor=actor)


def _key_text(demo_master: Path, path: Path, passphrase: str) -> tuple[str, str]:
    """Natthida's public key as made in a store of her own: (its text, its fingerprint)."""
    shutil.copyfile(demo_master, path)
    svc = _open(path)
    try:
        rec = svc.keys.create(NATTHIDA, passphrase, passphrase)
        return svc.keys.export_public(rec.id), rec.fingerprint
    finally:
        svc.close()


def test_two_keys_of_one_member_are_told_apart_and_no_second_one_is_made_here(
    demo_master: Path, tmp_path: Path
) -> None:
    old, old_fp = _key_text(demo_master, tmp_path / "old.adgsom", "first key passphrase 1")
    new, new_fp = _key_text(demo_master, tmp_path / "new.adgsom", "second key passphrase 2")
    shutil.copyfile(demo_master, tmp_path / "head.adgsom")
    head = _open(tmp_path / "head.adgsom")
    try:
        head.keys.import_public(old)
        # her public key is known here: her own key is hers, made in her store
        with pytest.raises(ValidationError) as refused:
            head.keys.create(NATTHIDA, "head passphrase 2026", "head passphrase 2026")
        said = str(refused.value)
        assert "Natthida Chaiyaporn" in said and old_fp in said, said
        assert "nothing was done" in said.lower(), said
        assert [k.fingerprint for k in head.keys.members()] == [old_fp]
        head.keys.import_public(new)  # she made a new key: both are known
        with pytest.raises(ValidationError) as several:
            head.keys.find("Natthida")
        said = str(several.value)
        assert old_fp in said and new_fp in said, said
        assert head.keys.find(new_fp).fingerprint == new_fp  # as the message says
    finally:
        head.close()


def test_a_damaged_header_is_called_damaged(pair: Pair) -> None:
    from adgsom_desktop.services.sync.crypto import BundleError

    path = pair.send()
    for at in (10, 11):  # its kind, and the byte after it
        data = bytearray(path.read_bytes())
        data[at] ^= 0x40
        bad = pair.tmp / f"damaged{at}.adgsom-bundle"
        bad.write_bytes(bytes(data))
        with pytest.raises(BundleError) as refused:
            pair.b.bundles.peek(bad)
        said = str(refused.value)
        assert "damaged" in said and "unknown kind" not in said, said


def test_the_same_bundle_imported_again_makes_no_backup_and_no_audit_entry(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Brunei Darussalam asks for a second reading.")
    path = pair.send()
    first = pair.b.bundles.import_opened(pair.b.bundles.open(path, key_passphrase=HEAD_PASS))
    assert first.backup and not first.nothing_to_do
    backups, entries = len(pair.b.backups.backups()), pair.b.audit.count()
    again = pair.b.bundles.import_opened(pair.b.bundles.open(path, key_passphrase=HEAD_PASS))
    assert again.nothing_to_do and not again.backup
    assert again.summary().startswith("Nothing new")
    assert len(pair.b.backups.backups()) == backups
    assert pair.b.audit.count() == entries


def _cli(*args: str, input: str | None = None, ok: bool = True) -> tuple[str, str]:
    r = run_cli(*args, input=input)
    assert "Traceback" not in r.stderr, r.stderr
    assert (r.returncode == 0) is ok, r.stderr + r.stdout
    return r.stdout, r.stderr


@pytest.mark.slow
def test_the_commands_say_what_they_need_and_did(demo_master: Path, tmp_path: Path) -> None:
    store = tmp_path / "my store.adgsom"
    shutil.copyfile(demo_master, store)
    made, _ = _cli(
        "keys", "create", "--store", str(store), "--person", "1", "--passphrase-stdin",
        input="aide passphrase 2026\n",
    )  # fmt: skip
    # the next step names the store it was given (run as printed, it reads that one), and
    # the key by its fingerprint (its member may have another key there: review s33 R3)
    fp = made.split("fingerprint ")[1].splitlines()[0].strip()
    assert f"adgsom-desktop keys export --store '{store}' '{fp}'" in made, made

    _, err = _cli("keys", "import", "--store", str(store), str(tmp_path), ok=False)
    assert "is a folder" in err and "Errno" not in err, err

    # a passphrase bundle reads two lines: the key's passphrase, then the bundle's
    _, err = _cli(
        "bundle", "export", "--store", str(store), "--meeting", "4",
        "--out", str(tmp_path / "b"), "--passphrase-stdin", input="aide passphrase 2026\n",
        ok=False,
    )  # fmt: skip
    assert "two lines" in err and "Worawit Chanthasiri's key passphrase" in err, err
    assert not (tmp_path / "b.adgsom-bundle").exists()
    sent, _ = _cli(
        "bundle", "export", "--store", str(store), "--meeting", "4",
        "--out", str(tmp_path / "b"), "--passphrase-stdin",
        input="aide passphrase 2026\nbundle passphrase 2026\n",
    )  # fmt: skip
    assert "for passphrase" not in sent
    assert "for whoever has its passphrase (delegation)" in sent, sent

    _, err = _cli("trip", "take", "--store", str(store), "--event", "99",
                  "--to", str(tmp_path / "trip.adgsom"), "--plain", ok=False)  # fmt: skip
    assert "There is no event 99" in err and "no longer" not in err, err
