"""Members sign in with their own login roles, and the server keeps the rules (#15).

The findings of issue 15 as tests: anyone at the keyboard could approve in the
head's name, and nothing but the app stood between an aide and the audit log.
Now each member signs in as their own PostgreSQL login; the server refuses an
aide's approval and any rewrite of the audit log even in raw SQL, a reader writes
nothing, a removed member is cut off at once, and two delegations' stores on one
server cannot see each other.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus
from adgsom_desktop.errors import NotPermittedError, ValidationError, describe_failure
from adgsom_desktop.i18n.messages import show_messages_in
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from tests.helpers import run_cli

PASSWORDS = {"malee": "head-Pa55word", "somchai": "aide-Pa55word", "noi": "reader-Pa55word"}


def _as(url: str, login: str, password: str | None = None) -> str:
    """The store's URL signed in as ``login`` (the database's own role name)."""
    u = make_url(url)
    return u.set(username=f"{u.database}_{login}", password=password).render_as_string(
        hide_password=False
    )


def _setup(url: str) -> dict[str, int]:
    """Our delegation's head, an aide and a reader, a brief to approve; members added
    through the CLI as the store's owner would (passwords on standard input)."""
    services = Services.open(url, actor="owner")
    try:
        ours = services.delegations.our_delegation()
        assert ours is not None
        ids = {
            "malee": services.delegations.save_person(
                delegation_id=ours.id, full_name="Malee Chaiyo", role=MemberRole.HEAD
            ).id,
            "somchai": services.delegations.save_person(
                delegation_id=ours.id, full_name="Somchai Rattanakorn", role=MemberRole.DESK_OFFICER
            ).id,
            "noi": services.delegations.save_person(
                delegation_id=ours.id, full_name="Noi Srisuk", role=MemberRole.ADVISER
            ).id,
        }
        event = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        item = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
        services.positions.save(item.id, PositionContent(objective="Thailand supports it."))
        ids["item"] = item.id
    finally:
        services.close()
    for login, role in (("malee", "head"), ("somchai", "member"), ("noi", "reader")):
        added = run_cli(
            "team",
            "add-member",
            "--store",
            url,
            "--person",
            str(ids[login]),
            "--login",
            login,
            "--role",
            role,
            input=PASSWORDS[login] + "\n",
        )
        assert added.returncode == 0, added.stderr
        assert f"sign in as {_as(url, login)}" in added.stdout
        assert PASSWORDS[login] not in added.stdout + added.stderr
    return ids


@pytest.fixture
def team(team_url: str) -> tuple[str, dict[str, int]]:
    return team_url, _setup(team_url)


def _raw(url: str, login: str) -> psycopg.Connection[Any]:
    return psycopg.connect(_as(url, login, PASSWORDS[login]), autocommit=True)


def test_an_aide_cannot_approve_nor_rewrite_the_audit_log_even_in_raw_sql(
    team: tuple[str, dict[str, int]],
) -> None:
    url, ids = team
    with _raw(url, "somchai") as aide:
        # Their ordinary work goes through: a note, a brief's text.
        aide.execute("UPDATE position SET objective = 'Thailand supports it strongly.'")
        for sql in (
            "UPDATE position SET status = 'approved', approved_by_id = {}, approved_at = now(), "
            "approved_version_no = version_no".format(ids["malee"]),
            "UPDATE position_version SET status = 'approved'",
            "UPDATE audit_entry SET detail = 'nothing happened'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "UPDATE store_setting SET value = '1 forged' WHERE key = 'audit_head'",
            "DELETE FROM store_setting WHERE key = 'audit_head'",
            "INSERT INTO audit_entry (id, at, actor, action, entity, detail, prev_hash, hash) "
            "VALUES (1000, now(), 'Malee Chaiyo', 'approve', 'position', '', '', 'x')",
            "UPDATE team_member SET role = 'head'",
            "SET ROLE {}".format(f'"{make_url(url).database}_head"'),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                aide.execute(sql)
    # The head approves in their own name, and nobody else's.
    head = Services.open(_as(url, "malee", PASSWORDS["malee"]))
    try:
        assert head.actor == "Malee Chaiyo"
        signed = head.team.signed_in()
        assert signed is not None and signed.role == "head" and signed.person_id == ids["malee"]
        with pytest.raises(ValidationError, match="your own act"):
            head.positions.approve(ids["item"], ids["somchai"])
        head.positions.approve(ids["item"], ids["malee"])
        assert head.positions.get(ids["item"]).status is PositionStatus.APPROVED
        assert head.audit.verify().ok
        assert head.audit.entries(1)[0].actor == "Malee Chaiyo"
    finally:
        head.close()


def test_the_aide_in_the_app_is_told_why_and_records_under_their_name(
    team: tuple[str, dict[str, int]],
) -> None:
    url, ids = team
    aide = Services.open(_as(url, "somchai", PASSWORDS["somchai"]), actor="someone else")
    try:
        assert aide.actor == "Somchai Rattanakorn"
        aide.set_actor("Malee Chaiyo")  # a name typed in Settings does not change who signed in
        assert aide.actor == "Somchai Rattanakorn"
        with pytest.raises(ValidationError, match="Only the head of delegation or the alternate"):
            aide.positions.approve(ids["item"], ids["malee"])
        aide.positions.submit_for_review(ids["item"])
        entry = aide.audit.entries(1)[0]
        assert entry.actor == "Somchai Rattanakorn" and entry.action == "for_review"
        assert aide.audit.verify().ok
    finally:
        aide.close()


def test_a_reader_reads_and_writes_nothing(
    team: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    url, ids = team
    with _raw(url, "noi") as reader:
        assert reader.execute("SELECT count(*) FROM position").fetchone() == (1,)
        for sql in (
            "UPDATE position SET objective = 'x'",
            "INSERT INTO store_setting (key, value) VALUES ('k', 'v')",
            "DELETE FROM note",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                reader.execute(sql)
    # In the app: the server's refusal, in words (never a traceback).
    reader_app = Services.open(_as(url, "noi", PASSWORDS["noi"]))
    try:
        assert reader_app.actor == "Noi Srisuk"
        assert reader_app.team.read_only()
        # One clear sentence, not a passing fault to retry, no table name (s31 G5).
        for write in (
            lambda: reader_app.positions.submit_for_review(ids["item"]),
            lambda: reader_app.positions.save(ids["item"], PositionContent(objective="x")),
        ):
            with pytest.raises(NotPermittedError) as refused:
                write()
            words = describe_failure(refused.value)
            assert words == (
                "You can read this team store but not change it (your role: reader). "
                "Ask the head of delegation for a member's sign-in"
            )
        assert reader_app.positions.get(ids["item"]).content.objective == "Thailand supports it."
        # In a Thai or Vietnamese session the role is named in that language too.
        for code, sentence in (
            ("th", "ผู้อ่าน"),
            ("vi", "người đọc"),
        ):
            show_messages_in(code)
            try:
                with pytest.raises(NotPermittedError) as refused:
                    reader_app.positions.submit_for_review(ids["item"])
                words = str(refused.value)
                assert sentence in words and "reader" not in words and "{role}" not in words
            finally:
                show_messages_in("en")
            assert "(your role: reader)" in refused.value.english
    finally:
        reader_app.close()
    listing = run_cli(
        "search", "--store", _as(url, "noi"), "Thailand", env={"PGPASSWORD": PASSWORDS["noi"]}
    )
    assert listing.returncode == 0, listing.stderr
    # A reader's pack is refused up front in the same sentence (every copy is registered):
    # nothing is written, no database words.
    owner = Services.open(url, actor="owner")
    try:
        event_id = owner.events.events()[0].id
    finally:
        owner.close()
    (tmp_path / "packs").mkdir()
    out = tmp_path / "packs" / "reader_hod.pdf"
    pack = run_cli(
        "pack", "--store", _as(url, "noi"), "--event", str(event_id), "--audience", "hod",
        "--item", str(ids["item"]), "--out", str(out), env={"PGPASSWORD": PASSWORDS["noi"]},
    )  # fmt: skip
    assert pack.returncode == 1
    assert pack.stderr.strip() == (
        "error: You can read this team store but not change it (your role: reader). "
        "Ask the head of delegation for a member's sign-in."
    )
    assert list((tmp_path / "packs").iterdir()) == []


def test_a_removed_member_is_cut_off_at_once(team: tuple[str, dict[str, int]]) -> None:
    url, _ids = team
    session = _raw(url, "somchai")
    assert session.execute("SELECT 1").fetchone() == (1,)
    removed = run_cli("team", "remove-member", "--store", url, "--login", "somchai")
    assert removed.returncode == 0, removed.stderr
    assert "1 open session ended" in removed.stdout
    with pytest.raises(psycopg.OperationalError):
        session.execute("SELECT 1")
    session.close()
    again = run_cli(
        "info", "--store", _as(url, "somchai"), env={"PGPASSWORD": PASSWORDS["somchai"]}
    )
    assert again.returncode == 2 and "refused the sign-in" in again.stderr
    assert "Traceback" not in again.stderr
    members = run_cli("team", "members", "--store", url)
    assert members.returncode == 0, members.stderr
    lines = members.stdout.splitlines()
    assert any("Somchai Rattanakorn" in line and "removed" in line for line in lines)
    assert any("Malee Chaiyo" in line and "head" in line for line in lines)


def test_a_wrong_password_fails_clearly_and_changes_nothing(
    team: tuple[str, dict[str, int]],
) -> None:
    url, _ids = team
    wrong = run_cli("info", "--store", _as(url, "malee"), env={"PGPASSWORD": "not-it"})
    assert wrong.returncode == 2
    assert "The server refused the sign-in" in wrong.stderr
    assert "not-it" not in wrong.stderr and "Traceback" not in wrong.stderr
    right = run_cli("info", "--store", _as(url, "malee"), env={"PGPASSWORD": PASSWORDS["malee"]})
    assert right.returncode == 0, right.stderr
    assert "Signed in as Malee Chaiyo (head)" in right.stdout


def test_two_delegations_on_one_server_cannot_read_each_other(
    pg_server: Any, pg_template: str, team: tuple[str, dict[str, int]]
) -> None:
    url, _ids = team
    other = str(pg_server.create_database(template=pg_template))
    _setup(other)
    ours = make_url(url).database
    # Our aide's login, at the other delegation's store: refused by the server.
    crossing = make_url(other).set(username=f"{ours}_somchai", password=PASSWORDS["somchai"])
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(crossing.render_as_string(hide_password=False))
    # A login of the server that is no member of either: no connection either.
    stranger_role = f"stranger_{ours}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {stranger_role} LOGIN PASSWORD 'stranger-pw'")
    stranger = make_url(url).set(username=stranger_role, password="stranger-pw")
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(stranger.render_as_string(hide_password=False))


def test_team_commands_on_a_store_file_exit_2(tmp_path: Any) -> None:
    store = str(tmp_path / "d.adgsom")
    assert run_cli("init", "--store", store, "--our-delegation", "TH").returncode == 0
    result = run_cli("team", "members", "--store", store)
    assert result.returncode == 2 and "only for a team store" in result.stderr
    assert os.listdir(tmp_path) == ["d.adgsom"]


@pytest.mark.gui
def test_the_window_shows_who_is_signed_in(
    qtbot: Any, window: Any, team: tuple[str, dict[str, int]]
) -> None:
    from adgsom_desktop.domain.locator import Locator
    from tests.conftest import save_artifact

    url, _ids = team
    locator = Locator.parse(_as(url, "somchai", PASSWORDS["somchai"]))
    window.controller.open_path(locator)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    assert window.services.actor == "Somchai Rattanakorn"
    label = window.store_label.text()
    assert label == f"Team store: {locator.name} · signed in as Somchai Rattanakorn (member)"
    window.preferences._s.sync()
    settings = Path(window.preferences._s.fileName()).read_text()
    assert "somchai" in settings and PASSWORDS["somchai"] not in settings
    window.resize(1093, 614)
    save_artifact(window, "team_signed_in")
