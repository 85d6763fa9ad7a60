"""What is a person's own on a team store stays with the login that was theirs.

Session 35's two leftovers.  (1) The head removed the alternate (Pim), then gave a new
login (or a removed colleague's login) to Pim's person: that login read Pim's sealed
private key through ``adgsom_sealed_key``, her approval PIN's hash and failures, and
approved in her name.  Now a person keeps one login for good: a removed member comes
back under her own login (added again, with a new password), never under another; the
server refuses the mapping even to the head's own SQL, the CLI and the window say why,
nothing is changed.  (2) A member (not the head) added a public key in the head's name
(``keys import`` needs the trigger to let a public key in): a key of her own making in
his name would then be taken here for his.  Now on a team store only the head or the
store's owner adds a key in another person's name; a member adds keys of her own person
only; the head's key import still works, and so does a store file's.  A member's login
no longer changes a person's UUID either (the sealed keys are the person's by UUID).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from adgsom_desktop.domain.enums import MemberRole
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from tests.helpers import run_cli
from tests.test_team_members import PASSWORDS, _as, _raw, _setup

PIM = "alt-Pa55word!"
PIN = "Pim-PIN-2026"
KEYS = {"pim": "Pim-Key passphrase 2026", "somchai": "Somchai-Key passphrase 2026"}
NEW = "new-Pa55word!"


def _open(url: str, login: str, password: str) -> Services:
    return Services.open(_as(url, login, password), actor=login)


def _rows(url: str) -> dict[str, Any]:
    """What the owner reads of the logins, the keys and the PINs."""
    with psycopg.connect(url) as owner:
        return {
            "members": owner.execute(
                "SELECT login_role, person_id, role, removed_at FROM team_member ORDER BY id"
            ).fetchall(),
            "keys": owner.execute("SELECT * FROM member_key ORDER BY id").fetchall(),
            "pins": owner.execute(
                "SELECT key, value FROM store_setting WHERE key LIKE 'approval_pin%%' ORDER BY key"
            ).fetchall(),
            "people": owner.execute("SELECT id, uuid FROM person ORDER BY id").fetchall(),
            "roles": owner.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY 1",
                (url.rsplit("/", 1)[1] + "_%",),
            ).fetchall(),
        }


@pytest.fixture
def removed(team_url: str) -> tuple[str, dict[str, int]]:
    """The head (malee), the aide (somchai, her key made) and the alternate Pim (her key
    made, her PIN set, signed in); then the head removed Pim's login."""
    url = team_url
    ids = _setup(url)
    owner = Services.open(url, actor="owner")
    try:
        ours = owner.delegations.our_delegation()
        assert ours is not None
        ids["pim"] = owner.delegations.save_person(
            delegation_id=ours.id, full_name="Pim Wongsa", role=MemberRole.ALTERNATE
        ).id
        owner.team.add_member(ids["pim"], "pim", "alternate", PIM)
    finally:
        owner.close()
    pim = _open(url, "pim", PIM)
    try:
        ids["pim_key"] = pim.keys.create(ids["pim"], KEYS["pim"]).id
        pim.approval_pins.set_pin(ids["pim"], PIN)
    finally:
        pim.close()
    aide = _open(url, "somchai", PASSWORDS["somchai"])
    try:
        ids["somchai_key"] = aide.keys.create(ids["somchai"], KEYS["somchai"]).id
    finally:
        aide.close()
    head = _open(url, "malee", PASSWORDS["malee"])
    try:
        head.team.remove_member("pim")
    finally:
        head.close()
    return url, ids


def _verifier(conn: Any, role: str, password: str) -> str:
    made = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
    return bytes(made).decode("ascii")


def test_a_removed_members_person_gets_no_other_login(
    removed: tuple[str, dict[str, int]],
) -> None:
    url, ids = removed
    before = _rows(url)
    db = url.rsplit("/", 1)[1]
    # the app, signed in as the head: a new login for Pim, the aide's login for Pim
    head = _open(url, "malee", PASSWORDS["malee"])
    try:
        with pytest.raises(ValidationError) as refused:
            head.team.add_member(ids["pim"], "pimnew", "alternate", NEW)
        words = str(refused.value)
        assert "Pim Wongsa signed in as pim" in words and "Nothing was changed." in words
        assert "Pim Wongsa signed in as pim" not in refused.value.text("th")  # translated
        assert "Pim Wongsa signed in as pim" not in refused.value.text("vi")
        head.team.remove_member("somchai")
        before = _rows(url)
        with pytest.raises(ValidationError, match="signed in as pim"):
            head.team.add_member(ids["pim"], "somchai", "alternate", NEW)
    finally:
        head.close()
    assert _rows(url) == before
    # the head's own SQL: the server refuses the mapping (the owner's function)
    with _raw(url, "malee") as conn:
        for login in ("pimnew", "somchai"):
            verifier = _verifier(conn, f"{db}_{login}", NEW)
            with pytest.raises(pg_errors.InsufficientPrivilege, match="one login for good"):
                conn.execute(
                    "SELECT adgsom_head_add_login(%s, 'head', %s, %s, 'alternate')",
                    (login, verifier, ids["pim"]),
                )
    assert _rows(url) == before
    # the CLI, as the head and as the store's owner: the reason, no traceback
    for store, env in (
        (_as(url, "malee"), {"PGPASSWORD": PASSWORDS["malee"]}),
        (url, None),
    ):
        said = run_cli(
            "team", "add-member", "--store", store, "--person", str(ids["pim"]),
            "--login", "pimnew", "--role", "alternate", input=NEW + "\n", env=env,
        )  # fmt: skip
        assert said.returncode == 1, said.stdout + said.stderr
        assert "signed in as pim" in said.stderr and "Traceback" not in said.stderr
    assert _rows(url) == before
    # her own login again (a new password): her key and PIN are hers as before
    head = _open(url, "malee", PASSWORDS["malee"])
    try:
        head.team.add_member(ids["pim"], "pim", "alternate", NEW)
        head.team.add_member(ids["somchai"], "somchai", "member", NEW)
    finally:
        head.close()
    with psycopg.connect(_as(url, "pim", NEW), autocommit=True) as conn:
        assert conn.execute("SELECT adgsom_sealed_key(%s)", (ids["pim_key"],)).fetchone()[0]
        assert conn.execute(
            "SELECT count(*) FROM store_setting WHERE key = %s", (f"approval_pin.{ids['pim']}",)
        ).fetchone() == (1,)
    pim = _open(url, "pim", NEW)
    try:
        assert pim.keys.unlock(ids["pim_key"], KEYS["pim"]) is not None
    finally:
        pim.close()


def _card_of(url: str, person: int, tmp_path: Path) -> str:
    """The public key text of ``person`` (no key yet), made in their own store file (the
    owner's copy, taken before any key of theirs)."""
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.storage.store import Store

    own = tmp_path / f"own-{person}.adgsom"
    owner = Services.open(url, actor="owner")
    try:
        copy_store(owner, str(own))
    finally:
        owner.close()
    theirs = Services.for_store(Store.open(own), actor="them")
    try:
        return theirs.keys.export_public(theirs.keys.create(person, KEYS["pim"]).id)
    finally:
        theirs.close()


@pytest.mark.gui
@pytest.mark.parametrize("language", ["en", "th"])
def test_the_window_says_why_in_its_language(
    qapp: Any, qtbot: Any, removed: tuple[str, dict[str, int]], tmp_path: Path, language: str
) -> None:
    """The head's *Give a member a login* dialog refuses Pim's person a new login, and the
    aide's *Members' keys* refuses Noi's key, each under its fields, in the window's
    language; nothing changed."""
    from adgsom_desktop.ui.bundles.keys_dialog import KeysDialog
    from adgsom_desktop.ui.common import translation
    from adgsom_desktop.ui.people.team_members_dialog import AddLoginDialog, TeamMembersDialog
    from tests.conftest import save_artifact

    url, ids = removed
    path = tmp_path / "noi.key.txt"
    path.write_text(_card_of(url, ids["noi"], tmp_path), encoding="utf-8")
    before = _rows(url)
    translation.install(qapp, language)
    head = _open(url, "malee", PASSWORDS["malee"])
    aide = _open(url, "somchai", PASSWORDS["somchai"])
    try:
        dlg = TeamMembersDialog(head)
        qtbot.addWidget(dlg)
        add = AddLoginDialog(head, dlg)
        qtbot.addWidget(add)
        add.person.setCurrentIndex(add.person.findData(ids["pim"]))
        qtbot.keyClicks(add.login, "pimnew")
        add.password.setText(NEW)
        add.again.setText(NEW)
        add.resize(1093, 614)
        add.show()
        add.accept()
        assert add.result() != 1 and "pim" in add.problem.text()
        english = "Pim Wongsa signed in as pim" in add.problem.text()
        assert english is (language == "en"), add.problem.text()
        qtbot.wait(50)  # the layout gives the wrapped reason its lines
        assert add.problem.height() >= add.problem.heightForWidth(add.problem.width())
        save_artifact(add, f"team_add_login_removed_{language}")
        keys = KeysDialog(
            aide.keys.members,
            lambda: [(p.id, p.full_name) for p in aide.delegations.our_members()],
            aide.keys.create, aide.keys.save_public, aide.keys.import_public, tmp_path,
        )  # fmt: skip
        qtbot.addWidget(keys)
        keys.resize(1093, 614)
        keys.show()
        keys.import_file(path)
        said = keys.status.text()
        assert "Noi Srisuk" in said and "Somchai Rattanakorn" in said
        assert ("Only the head of delegation" in said) is (language == "en"), said
        qtbot.wait(50)
        assert keys.status.height() >= keys.status.heightForWidth(keys.status.width())
        save_artifact(keys, f"keys_import_refused_{language}")
    finally:
        translation.install(qapp, "en")
        head.close()
        aide.close()
    assert _rows(url) == before


def _pims_card(url: str, tmp_path: Path) -> tuple[int, str]:
    """Pim (new to the store) and her public key text, made in her own store file."""
    owner = Services.open(url, actor="owner")
    try:
        ours = owner.delegations.our_delegation()
        assert ours is not None
        pim = owner.delegations.save_person(
            delegation_id=ours.id, full_name="Pim Wongsa", role=MemberRole.ALTERNATE
        ).id
    finally:
        owner.close()
    return pim, _card_of(url, pim, tmp_path)


def test_a_member_adds_a_key_only_in_her_own_name(team_url: str, tmp_path: Path) -> None:
    url = team_url
    ids = _setup(url)
    _pim, card = _pims_card(url, tmp_path)
    public = (
        "INSERT INTO member_key (person_uuid, name, sign_public, box_public, fingerprint, "
        "sealed_private, kdf_salt, kdf_ops, kdf_mem, card, created_at) "
        "VALUES (%s, 'x', 's', 'b', %s, '', '', 0, 0, '', now())"
    )
    with psycopg.connect(url) as owner:
        uuids = dict(owner.execute("SELECT id, uuid FROM person").fetchall())
        # a person without a UUID yet (an old row), and a key whose person was deleted
        owner.execute("UPDATE person SET uuid = NULL WHERE id = %s", (ids["noi"],))
        owner.execute(public, ("f" * 32, "gone"))
    before = _rows(url)
    with _raw(url, "somchai") as conn:
        # a public key in the head's name (hers to sign with), or a person's UUID taken
        for sql, args, why in (
            (public, (uuids[ids["malee"]], "forged"), "head of delegation"),
            ("UPDATE person SET uuid = %s WHERE id = %s", ("0" * 32, ids["malee"]), "UUID"),
            ("UPDATE person SET uuid = %s WHERE id = %s", ("0" * 32, ids["somchai"]), "UUID"),
            ("UPDATE person SET uuid = %s WHERE id = %s", ("f" * 32, ids["noi"]), "UUID"),
        ):
            with pytest.raises(pg_errors.InsufficientPrivilege, match=why):
                conn.execute(sql, args)
        with conn.transaction(force_rollback=True):  # her own public key, a new UUID: in
            conn.execute(public, (uuids[ids["somchai"]], "her-own"))
            conn.execute("UPDATE person SET full_name = full_name WHERE id = %s", (ids["malee"],))
            conn.execute("UPDATE person SET uuid = %s WHERE id = %s", ("1" * 32, ids["noi"]))
    assert _rows(url) == before
    # the app, the CLI and the window, signed in as the aide: refused in words
    aide = _open(url, "somchai", PASSWORDS["somchai"])
    try:
        with pytest.raises(ValidationError) as refused:
            aide.keys.import_public(card)
        words = str(refused.value)
        assert "Only the head of delegation or the store's owner" in words
        assert "Pim Wongsa" in words and "Nothing was changed." in words
        assert "Only the head" not in refused.value.text("th")
    finally:
        aide.close()
    path = tmp_path / "pim.key.txt"
    path.write_text(card, encoding="utf-8")
    said = run_cli(
        "keys", "import", str(path), "--store", _as(url, "somchai"),
        env={"PGPASSWORD": PASSWORDS["somchai"]},
    )  # fmt: skip
    assert said.returncode == 1 and "Only the head of delegation" in said.stderr
    assert "Traceback" not in said.stderr
    assert _rows(url) == before
    # the head imports it
    head = _open(url, "malee", PASSWORDS["malee"])
    try:
        came = head.keys.import_public(card)
        assert came.name == "Pim Wongsa" and not came.has_private
    finally:
        head.close()


def _to_0023(url: str) -> None:
    """The store as 0023 left it (0024's downgrade)."""
    from alembic import command
    from sqlalchemy import create_engine

    from adgsom_desktop.storage import migrate

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn, conn.begin():
            command.downgrade(migrate.alembic_config(conn), "0023_own_pins")
    finally:
        engine.dispose()


def test_a_store_upgraded_from_0023_keeps_its_data_and_holds_the_rules(
    removed: tuple[str, dict[str, int]],
) -> None:
    """A team store at 0023 with members (one removed), keys, PINs and a brief: the head
    maps a new login to the removed alternate and the aide adds a key in the head's name
    or takes his UUID (the leaks, as they were, rolled back); opened by its owner it is
    upgraded, every row as it was, and the server refuses all three."""
    from adgsom_desktop.domain.locator import Locator
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.pg_store import PgStore

    url, ids = removed
    db = url.rsplit("/", 1)[1]
    _to_0023(url)
    with psycopg.connect(url) as owner:
        assert owner.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0023_own_pins",
        )
        uuids = dict(owner.execute("SELECT id, uuid FROM person").fetchall())
        brief = owner.execute("SELECT objective FROM position").fetchall()
    before = _rows(url)
    public = (
        "INSERT INTO member_key (person_uuid, name, sign_public, box_public, fingerprint, "
        "sealed_private, kdf_salt, kdf_ops, kdf_mem, card, created_at) "
        "VALUES (%s, 'x', 's', 'b', 'forged', '', '', 0, 0, '', now())"
    )
    leaks = (
        (
            "malee",
            "SELECT adgsom_head_add_login('pimnew', 'head', %s, %s, 'alternate')",
            "one login for good",
        ),
        ("somchai", public, "head of delegation"),
        ("somchai", "UPDATE person SET uuid = %s WHERE id = %s", "UUID"),
    )

    def args(login: str, sql: str, conn: Any) -> tuple[Any, ...]:
        if login == "malee":
            return (_verifier(conn, f"{db}_pimnew", NEW), ids["pim"])
        if sql is public:
            return (uuids[ids["malee"]],)
        return ("0" * 32, ids["malee"])

    for login, sql, _why in leaks:  # at 0023: each goes through
        with _raw(url, login) as conn, conn.transaction(force_rollback=True):
            conn.execute(sql, args(login, sql, conn))
    assert _rows(url) == before
    with PgStore.open(Locator.parse(url)) as store:  # the owner's app upgrades it
        assert store.revision() == migrate.HEAD_REVISION == "0024_one_login"
    assert _rows(url) == before
    with psycopg.connect(url) as owner:
        assert owner.execute("SELECT objective FROM position").fetchall() == brief
    for login, sql, why in leaks:
        with _raw(url, login) as conn, pytest.raises(pg_errors.InsufficientPrivilege, match=why):
            conn.execute(sql, args(login, sql, conn))
    assert _rows(url) == before
    # her own login again: her key and PIN are hers, as before the upgrade
    head = _open(url, "malee", PASSWORDS["malee"])
    try:
        head.team.add_member(ids["pim"], "pim", "alternate", NEW)
    finally:
        head.close()
    pim = _open(url, "pim", NEW)
    try:
        assert pim.keys.unlock(ids["pim_key"], KEYS["pim"]) is not None
        assert pim.approval_pins.state(ids["pim"]).is_set
    finally:
        pim.close()
