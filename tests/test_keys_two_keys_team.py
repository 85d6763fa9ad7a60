"""The head's two keys in the team store (review s33 R3), as the review met them: his
laptop's key imported (by himself: since session 35 the aide adds no key in his name),
then his own key made signed in to the team store.

His whole name is one member with two keys (not "several members"); the next step
``keys create`` prints runs as printed; the first group of a fingerprint names a key;
``keys list`` and the Send dialog say where each key lives and which opens where.
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.test_trip_member_withheld import PASSWORDS, _as, team_with_members

pytestmark = pytest.mark.slow
__all__ = ["team_with_members"]  # the fixture, shared

HEAD = 1
LAPTOP_PASS, TEAM_PASS = "HeadKey-2026 laptop", "HeadTeam-2026 team"


def qtbot_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def _ok(*args: str, login: str = "", input: str | None = None) -> str:
    env = {"PGPASSWORD": PASSWORDS[login]} if login else None
    r = run_cli(*args, input=input, env=env)
    assert r.returncode == 0, r.stderr + r.stdout
    return r.stdout


def test_the_heads_two_keys_in_the_team_store(
    qtbot: Any, team_with_members: str, demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.i18n.messages import show_messages_in
    from adgsom_desktop.ui.bundles.send_dialog import BundleSendDialog
    from adgsom_desktop.ui.common import translation

    url = team_with_members
    head_url, aide_url = _as(url, "worawit"), _as(url, "natthida")
    laptop = tmp_path / "head.adgsom"
    shutil.copyfile(demo_master, laptop)
    made = _ok(
        "keys", "create", "--store", str(laptop), "--person", str(HEAD), "--passphrase-stdin",
        input=f"{LAPTOP_PASS}\n{LAPTOP_PASS}\n",
    )  # fmt: skip
    laptop_fp = made.split("fingerprint ")[1].splitlines()[0].strip()
    card = tmp_path / "laptop.key"
    _ok("keys", "export", "--store", str(laptop), laptop_fp, "--out", str(card))
    # by his own login: a member (the aide) adds a key only in her own name (s35)
    _ok("keys", "import", "--store", head_url, str(card), login="worawit")
    made = _ok(
        "keys", "create", "--store", head_url, "--person", str(HEAD), "--passphrase-stdin",
        input=f"{TEAM_PASS}\n{TEAM_PASS}\n", login="worawit",
    )  # fmt: skip
    team_fp = made.split("fingerprint ")[1].splitlines()[0].strip()
    name = made.split("Made a key for ")[1].split(":")[0]

    # the next step runs as printed, though his name now names two keys
    step = next(ln for ln in made.splitlines() if ln.startswith("Send its public part"))
    command = shlex.split(step.split(": ", 1)[1])
    out = tmp_path / "team.key"
    _ok(*command[1:-1], str(out), login="worawit")
    assert f"fingerprint: {team_fp}" in out.read_text(encoding="utf-8")

    # the aide names him: by name, one member with two keys; by a fingerprint's first group
    r = run_cli("keys", "export", "--store", aide_url, name, env={"PGPASSWORD": "AidePass-2026"})
    assert r.returncode == 1 and f"{name} has 2 keys here: give the fingerprint" in r.stderr
    assert "several members" not in r.stderr and team_fp in r.stderr and laptop_fp in r.stderr
    text = _ok("keys", "export", "--store", aide_url, laptop_fp.split()[0], login="natthida")
    assert f"fingerprint: {laptop_fp}" in text
    listed = _ok("keys", "list", "--store", aide_url, login="natthida")
    team_line = next(ln for ln in listed.splitlines() if team_fp in ln)
    laptop_line = next(ln for ln in listed.splitlines() if laptop_fp in ln)
    assert f"kept in this store: a bundle sealed to it opens here, signed in as {name}" in (
        team_line
    )
    assert "imported: a bundle sealed to it opens in the store where it was made" in laptop_line

    # Send a bundle…, signed in as the aide: each of his keys says where it opens
    aide = Services.open(aide_url.replace("@", f":{PASSWORDS['natthida']}@", 1))
    try:
        members = aide.keys.members()
        meetings = [(m.id, m.title) for m in aide.events.meetings()]
    finally:
        aide.close()
    for language in ("en", "th"):
        translation.install(qtbot_app(), language)
        show_messages_in(language)
        try:
            dlg = BundleSendDialog(meetings, members, {}, tmp_path)
            qtbot.addWidget(dlg)
            dlg.resize(1093, 614)
            dlg.show()
            notes = {}
            for row in range(dlg.recipient.count()):
                dlg.recipient.setCurrentIndex(row)
                notes[dlg.recipient.itemText(row)] = dlg.recipient_note.text()
                if language == "en" and laptop_fp in dlg.recipient.itemText(row):
                    assert dlg.recipient_note.isVisibleTo(dlg)
                    save_artifact(dlg, f"send_two_keys_{language}")
            team_note = next(v for k, v in notes.items() if team_fp in k)
            laptop_note = next(v for k, v in notes.items() if laptop_fp in k)
            assert team_note and laptop_note and team_note != laptop_note
            if language == "en":
                assert f"opens here, signed in as {name}" in team_note
                assert "opens in the store where it was made" in laptop_note
            else:
                assert name in team_note and any("\u0e00" <= c <= "\u0e7f" for c in team_note)
                dlg.recipient.setCurrentIndex(
                    next(
                        r
                        for r in range(dlg.recipient.count())
                        if laptop_fp in dlg.recipient.itemText(r)
                    )
                )
                save_artifact(dlg, f"send_two_keys_{language}")
        finally:
            translation.install(qtbot_app(), "en")
            show_messages_in("en")
