"""A store made by ``copy`` is a store of its own (review s33 R20): its own name and
identity, so the logs it sends are told apart from its source's.

The head's and the aide's stores are copies of the team store (a file stands for it:
the server case is test_copy_store's).  The aide's bundle and the team store's reach
the head: his ``audit --verify`` names each log by the store it came from (no "2
branches" of one name), says which entries two logs share (one store a copy of the
other), and each import's audit line names the store that sent it.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow

TITLE = "Demo: 6th ADGSOM and related meetings, Hanoi"
PASS = {"team": "TeamKey-2026 x", "head": "HeadKey-2026 x", "aide": "AideKey-2026 x"}
PERSON = {"team": 2, "head": 1, "aide": 8}


def _ok(*args: str, input: str | None = None) -> str:
    r = run_cli(*args, input=input, timeout=300)
    assert r.returncode == 0, r.stderr + r.stdout
    return r.stdout


def _title(store: Path) -> tuple[str, str]:
    from adgsom_desktop.services.container import Services

    svc = Services.open(store)
    try:
        return svc.settings.get().title, svc.sync.store_id()
    finally:
        svc.close()


def test_copies_have_names_of_their_own_and_their_logs_are_told_apart(
    demo_master: Path, tmp_path: Path
) -> None:
    team, head, aide = (tmp_path / f"{n}.adgsom" for n in ("team", "head", "aide"))
    shutil.copyfile(demo_master, team)
    made = _ok("copy", "--store", str(team), "--to", str(head), "--plain")
    _ok(
        "copy", "--store", str(team), "--to", str(aide), "--name", "Natthida's own store", "--plain"
    )
    (team_title, team_id), (head_title, head_id) = _title(team), _title(head)
    aide_title, aide_id = _title(aide)
    assert team_title == TITLE
    # the CLI's copier is not named: no "by not named"
    assert head_title == f"Copy of {TITLE}, made {date.today().isoformat()}", head_title
    assert f"named “{head_title}”" in made, made
    assert aide_title == "Natthida's own store"
    assert len({team_id, head_id, aide_id}) == 3
    r = run_cli("copy", "--store", str(team), "--to", str(tmp_path / "x.adgsom"), "--name", " ",
                "--plain")  # fmt: skip
    assert r.returncode == 1 and "name" in r.stderr.lower() and not (tmp_path / "x.adgsom").exists()

    stores = {"team": team, "head": head, "aide": aide}
    fps = {}
    for n, store in stores.items():
        made = _ok(
            "keys", "create", "--store", str(store), "--person", str(PERSON[n]),
            "--passphrase-stdin", input=f"{PASS[n]}\n",
        )  # fmt: skip
        fps[n] = made.split("fingerprint ")[1].splitlines()[0].strip()
        _ok("keys", "export", "--store", str(store), fps[n], "--out", str(tmp_path / f"{n}.key"))
    for n in ("team", "aide"):
        _ok("keys", "import", "--store", str(head), str(tmp_path / f"{n}.key"))
        _ok("keys", "import", "--store", str(stores[n]), str(tmp_path / "head.key"))
    for n in ("aide", "team"):  # the aide first: her log shares the team store's first entries
        _note(stores[n], f"A note from the {n} store.")  # audit entries alone: quiet (s34 S5)
        bundle = tmp_path / f"{n}.adgsom-bundle"
        _ok(
            "bundle", "export", "--store", str(stores[n]), "--meeting", "4", "--parts", "notes",
            "--to", fps["head"], "--out", str(bundle), "--passphrase-stdin", input=f"{PASS[n]}\n",
        )  # fmt: skip
        _ok(
            "bundle", "import", "--store", str(head), str(bundle), "--passphrase-stdin",
            input=f"{PASS['head']}\n",
        )  # fmt: skip

    verified = _ok("audit", "--store", str(head), "--verify")
    received = [ln for ln in verified.splitlines() if ln.startswith("Received from")]
    assert len(received) == 2, verified
    assert any(ln.startswith("Received from Natthida's own store:") for ln in received), verified
    assert any(ln.startswith(f"Received from {TITLE}:") for ln in received), verified
    assert "branches" not in verified and "not held here" not in verified, verified
    assert f"shared with {aide_title}'s log" in verified or (
        f"shared with {TITLE}'s log" in verified
    ), verified
    log = _ok("audit", "--store", str(head), "--limit", "30")
    imports = [ln for ln in log.splitlines() if "bundle import" in ln]
    assert any("audit entries of Natthida's own store kept" in ln for ln in imports), log
    assert any(f"audit entries of {TITLE} kept" in ln for ln in imports), log


def _note(path: Path, text: str) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(path), actor="tester")
    try:
        svc.notes.add(4, text)
    finally:
        svc.close()
