"""The head manages the team's logins, in the window and the CLI (#15 items 3, 1).

The store's owner added the first members; now the signed-in head gives a new
colleague a login and takes one away, without the owner's server rights (the
owner's SECURITY DEFINER functions, for the head's group only).  An aide sees the
list but changes nothing, in the window, the CLI or raw SQL.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from adgsom_desktop.domain.enums import MemberRole
from adgsom_desktop.services.container import Services
from adgsom_desktop.ui.people.team_members_dialog import AddLoginDialog, TeamMembersDialog
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.test_team_members import PASSWORDS, _as, _raw, team  # noqa: F401 - fixture

pytestmark = pytest.mark.gui
NEW_PASSWORD = "pim-Pa55word!"


def _rows(dlg: TeamMembersDialog) -> list[tuple[str, str, str, str]]:
    t = dlg.table
    return [
        tuple(t.item(r, c).text() for c in range(4))  # type: ignore[misc]
        for r in range(t.rowCount())
    ]


def test_the_head_adds_and_removes_a_login_in_the_window(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    team: tuple[str, dict[str, int]],  # noqa: F811
) -> None:
    url, _ids = team
    head = Services.open(_as(url, "malee", PASSWORDS["malee"]))
    try:
        ours = head.delegations.our_delegation()
        pim = head.delegations.save_person(
            delegation_id=ours.id, full_name="Pim Sukjai", role=MemberRole.ADVISER
        )
        assert head.team.may_manage()
        dlg = TeamMembersDialog(head)
        qtbot.addWidget(dlg)
        assert (
            dlg.btn_add.isEnabled()
            and "Signed in as Malee Chaiyo (head)"
            in dlg.findChild(type(dlg.problem), "teamSignedIn").text()
        )
        assert [r[:3] for r in _rows(dlg)] == [
            ("malee", "head", "Malee Chaiyo"),
            ("noi", "reader", "Noi Srisuk"),
            ("somchai", "member", "Somchai Rattanakorn"),
        ]
        add = AddLoginDialog(head, dlg)
        qtbot.addWidget(add)
        add.person.setCurrentIndex(add.person.findData(pim.id))
        qtbot.keyClicks(add.login, "pim")
        add.password.setText("short")
        add.again.setText("short")
        add.accept()  # refused in words; nothing changed, the dialog stays
        assert "at least 10 characters" in add.problem.text()
        assert add.result() != 1
        add.password.setText(NEW_PASSWORD)
        add.again.setText(NEW_PASSWORD)
        add.resize(1093, 614)
        save_artifact(add, "team_add_login")
        add.accept()
        assert add.result() == 1, add.problem.text()
        dlg.reload()
        assert ("pim", "member", "Pim Sukjai") in [r[:3] for r in _rows(dlg)]
        # Pim signs in with it, as herself.
        session = psycopg.connect(_as(url, "pim", NEW_PASSWORD), autocommit=True)
        assert session.execute("SELECT count(*) FROM position").fetchone() == (1,)
        # Removed by the head: cut off at once, greyed in the list, named in the audit.
        row = next(i for i, r in enumerate(_rows(dlg)) if r[0] == "pim")
        dlg.table.selectRow(row)
        from adgsom_desktop.ui.common import confirm

        monkeypatch.setattr(confirm, "ask", lambda *_a: True)
        dlg.remove()
        assert dlg.problem.text() == ""
        with pytest.raises(psycopg.OperationalError):
            session.execute("SELECT 1")
        session.close()
        assert any(r[0] == "pim" and r[3].startswith("removed") for r in _rows(dlg))
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(_as(url, "pim", NEW_PASSWORD))
        actions = [(e.actor, e.action) for e in head.audit.entries(10)]
        assert ("Malee Chaiyo", "remove member") in actions
        assert ("Malee Chaiyo", "add member") in actions
        # Her own login is not hers to remove.
        dlg.table.selectRow(next(i for i, r in enumerate(_rows(dlg)) if r[0] == "malee"))
        dlg.remove()
        assert "cannot remove your own login" in dlg.problem.text()
        dlg.resize(1093, 614)
        save_artifact(dlg, "team_members_head")
    finally:
        head.close()


def test_an_aide_changes_no_login_in_the_window_the_cli_or_raw_sql(
    qtbot: Any,
    team: tuple[str, dict[str, int]],  # noqa: F811
) -> None:
    url, ids = team
    aide = Services.open(_as(url, "somchai", PASSWORDS["somchai"]))
    try:
        assert not aide.team.may_manage()
        dlg = TeamMembersDialog(aide)
        qtbot.addWidget(dlg)
        assert not dlg.btn_add.isEnabled() and not dlg.btn_remove.isEnabled()
        assert len(_rows(dlg)) == 3
        dlg.resize(1093, 614)
        save_artifact(dlg, "team_members_aide")
    finally:
        aide.close()
    refused = run_cli(
        "team",
        "remove-member",
        "--store",
        _as(url, "somchai"),
        "--login",
        "noi",
        env={"PGPASSWORD": PASSWORDS["somchai"]},
    )
    assert refused.returncode != 0 and "Only the head of delegation" in refused.stderr
    with _raw(url, "somchai") as raw:
        for sql in (
            "SELECT adgsom_head_add_login('evil', 'head', 'SCRAM-SHA-256$x', 1, 'head')",
            "SELECT adgsom_head_remove_login('malee')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(sql)
    # The head does it from the CLI, with her own login (no owner's rights).
    by_head = run_cli(
        "team",
        "add-member",
        "--store",
        _as(url, "malee"),
        "--person",
        str(ids["noi"]),
        "--login",
        "noi2",
        "--role",
        "reader",
        env={"PGPASSWORD": PASSWORDS["malee"]},
        input=NEW_PASSWORD + "\n",
    )
    assert by_head.returncode != 0 and "already a member" in by_head.stderr
    removed = run_cli(
        "team",
        "remove-member",
        "--store",
        _as(url, "malee"),
        "--login",
        "noi",
        env={"PGPASSWORD": PASSWORDS["malee"]},
    )
    assert removed.returncode == 0, removed.stderr
    assert "Removed Noi Srisuk" in removed.stdout
    again = run_cli(
        "team",
        "add-member",
        "--store",
        _as(url, "malee"),
        "--person",
        str(ids["noi"]),
        "--login",
        "noi",
        "--role",
        "member",
        env={"PGPASSWORD": PASSWORDS["malee"]},
        input=NEW_PASSWORD + "\n",
    )
    assert again.returncode == 0, again.stderr
    with psycopg.connect(_as(url, "noi", NEW_PASSWORD), autocommit=True) as noi:
        noi.execute("UPDATE position SET objective = 'Noi writes now.'")
