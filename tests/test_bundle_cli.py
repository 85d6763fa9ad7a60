"""The keys and bundle commands as a user runs them (#17): keys made and exchanged, a
meeting sent to the head, previewed with --dry-run, imported, conflicts listed and
settled; a bad bundle or a wrong passphrase is a clear message, exit 1, nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def _ok(*args: str, input: str | None = None) -> str:
    r = run_cli(*args, input=input)
    assert r.returncode == 0, r.stderr + r.stdout
    assert "Traceback" not in r.stderr
    return r.stdout


def test_bundle_round_trip_by_the_cli(demo_master: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "aide.adgsom", tmp_path / "head.adgsom"
    shutil.copyfile(demo_master, a)
    shutil.copyfile(demo_master, b)
    _ok(
        "keys",
        "create",
        "--store",
        str(a),
        "--person",
        "1",
        "--passphrase-stdin",
        input="aide passphrase 2026\n",
    )
    _ok(
        "keys",
        "create",
        "--store",
        str(b),
        "--person",
        "2",
        "--passphrase-stdin",
        input="head passphrase 2026\n",
    )
    _ok("keys", "export", "--store", str(a), "Worawit", "--out", str(tmp_path / "aide.txt"))
    card = _ok("keys", "export", "--store", str(b), "Pongsak")
    (tmp_path / "head.txt").write_text(card)
    assert "Compare this fingerprint" in _ok(
        "keys", "import", "--store", str(a), str(tmp_path / "head.txt")
    )
    _ok("keys", "import", "--store", str(b), str(tmp_path / "aide.txt"))
    listed = _ok("keys", "list", "--store", str(b))
    assert "own key" in listed and "public key" in listed

    # a wrong key passphrase writes no file
    r = run_cli(
        "bundle",
        "export",
        "--store",
        str(a),
        "--meeting",
        "4",
        "--to",
        "Pongsak",
        "--out",
        str(tmp_path / "x"),
        "--passphrase-stdin",
        input="wrong one\n",
    )
    assert r.returncode == 1 and "Wrong passphrase" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.adgsom-bundle").exists()

    for store, text in ((a, "The aide's reading."), (b, "The head's reading.")):
        _edit_first_note(store, text)
    sent = _ok(
        "bundle",
        "export",
        "--store",
        str(a),
        "--meeting",
        "4",
        "--to",
        "Pongsak",
        "--out",
        str(tmp_path / "b1"),
        "--passphrase-stdin",
        input="aide passphrase 2026\n",
    )
    assert "for Pongsak Rattanavichai (head of delegation)" in sent
    bundle = tmp_path / "b1.adgsom-bundle"

    r = run_cli(
        "bundle",
        "import",
        "--store",
        str(b),
        str(bundle),
        "--passphrase-stdin",
        input="not the head's\n",
    )
    assert r.returncode == 1 and "Wrong passphrase" in r.stderr

    bad = tmp_path / "bad.adgsom-bundle"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    bad.write_bytes(bytes(data))
    r = run_cli(
        "bundle",
        "import",
        "--store",
        str(b),
        str(bad),
        "--passphrase-stdin",
        input="head passphrase 2026\n",
    )
    assert r.returncode == 1 and "changed after it was signed" in r.stderr
    assert "Traceback" not in r.stderr

    dry = _ok(
        "bundle",
        "import",
        "--store",
        str(b),
        str(bundle),
        "--dry-run",
        "--passphrase-stdin",
        input="head passphrase 2026\n",
    )
    assert "Would change (nothing written)" in dry
    assert "changed on both sides: conflict kept" in dry
    assert "No open conflicts." in _ok("bundle", "conflicts", "--store", str(b))
    done = _ok(
        "bundle",
        "import",
        "--store",
        str(b),
        str(bundle),
        "--passphrase-stdin",
        input="head passphrase 2026\n",
    )
    assert "Changed:" in done and "bundle resolve N --take" in done
    listed = _ok("bundle", "conflicts", "--store", str(b))
    assert "The aide's reading." in listed or "note" in listed
    number = listed.split()[0]
    assert "theirs taken" in _ok("bundle", "resolve", "--store", str(b), number, "--take", "theirs")
    assert "No open conflicts." in _ok("bundle", "conflicts", "--store", str(b))
    assert _first_note_text(b) == "The aide's reading."


def _open(store: Path):  # type: ignore[no-untyped-def]
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    return Services.for_store(Store.open(store), actor="tester")


def _edit_first_note(store: Path, text: str) -> None:
    svc = _open(store)
    try:
        note = svc.notes.notes(4)[0]
        svc.notes.edit(
            note.id,
            text=text,
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
        )
    finally:
        svc.close()


def _first_note_text(store: Path) -> str:
    svc = _open(store)
    try:
        return str(svc.notes.notes(4)[0].text)
    finally:
        svc.close()
