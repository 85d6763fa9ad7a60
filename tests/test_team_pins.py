"""The team store's server withholds each approver's PIN hash from the other members.

Session 34 left this after 0022: an approval PIN's Argon2id hash (``store_setting``
row ``approval_pin.<person id>``) was read by every member's login, and a PIN is short:
the aide guessed the head's PIN offline in seconds and could approve in his name where a
PIN proves the approver (the owner's app, a copy of the store).  Now row-level security
shows a member's login only their own PIN rows (``storage/pg_pins``); the owner still
approves in an approver's name with that approver's PIN.  And a member's login writes a
key with a private part only in their own name (``pg_keys.guard``), while anyone's
public key still comes in (``keys import``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from adgsom_desktop.domain.enums import MemberRole, PositionStatus
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from tests.test_team_members import PASSWORDS, _as, _raw, _setup

PINS = {"malee": "Malee-PIN-2026", "pim": "Pim-PIN-2026"}
KEYS = {"malee": "Malee-Key passphrase 2026", "somchai": "Somchai-Key passphrase 2026"}


def _signed_in(url: str, login: str) -> Services:
    return Services.open(_as(url, login, PASSWORDS[login]), actor=login)


def _settings_as_owner(url: str) -> dict[str, str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT key, value FROM store_setting").fetchall()
    return {str(k): str(v) for k, v in rows}


@pytest.fixture
def pinned(team_url: str) -> tuple[str, dict[str, int]]:
    """The head (malee) set his own PIN signed in; the owner set the PIN of the
    alternate (pim, who has no login) and once gave a wrong PIN in the head's name."""
    url = team_url
    ids = _setup(url)
    owner = Services.open(url, actor="owner")
    try:
        ours = owner.delegations.our_delegation()
        assert ours is not None
        ids["pim"] = owner.delegations.save_person(
            delegation_id=ours.id, full_name="Pim Wongsa", role=MemberRole.ALTERNATE
        ).id
        owner.approval_pins.set_pin(ids["pim"], PINS["pim"])
    finally:
        owner.close()
    head = _signed_in(url, "malee")
    try:
        head.approval_pins.set_pin(ids["malee"], PINS["malee"])
    finally:
        head.close()
    owner = Services.open(url, actor="owner")
    try:
        with pytest.raises(ValidationError, match="Wrong PIN"):
            owner.approval_pins.verify(ids["malee"], "not-his-PIN")
    finally:
        owner.close()
    return url, ids


def _pin_rows(settings: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in settings.items() if k.startswith("approval_pin")}


def test_no_sql_of_a_members_login_reads_another_persons_pin_hash(
    pinned: tuple[str, dict[str, int]],
) -> None:
    url, ids = pinned
    every = _settings_as_owner(url)
    head, pim = ids["malee"], ids["pim"]
    hashes = {every[f"approval_pin.{head}"], every[f"approval_pin.{pim}"]}
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert every[f"approval_pin_failures.{head}"].startswith("1 ")
    with psycopg.connect(url) as owner:
        owner.execute("ANALYZE store_setting")  # pg_stats would hold the values
    for login in ("somchai", "noi", "malee"):
        own = (
            {f"approval_pin.{head}", f"approval_pin_failures.{head}"} if login == "malee" else set()
        )
        with _raw(url, login) as conn:
            seen = dict(conn.execute("SELECT key, value FROM store_setting").fetchall())
            # every other setting as before; of the PIN rows only one's own
            assert set(_pin_rows(seen)) == own, login
            assert {k: v for k, v in seen.items() if k not in _pin_rows(every)} == {
                k: v for k, v in every.items() if k not in _pin_rows(every)
            }
            texts = [
                str(conn.execute("SELECT string_agg(value, ' ') FROM store_setting").fetchone())
            ]
            for sql in (
                "COPY store_setting TO STDOUT",
                "COPY (SELECT * FROM store_setting) TO STDOUT",
            ):
                with conn.cursor().copy(sql) as copy:
                    texts.append(b"".join(bytes(d) for d in copy).decode())
            with conn.transaction():
                conn.execute("DECLARE c CURSOR FOR SELECT value FROM store_setting")
                texts.append(str(conn.execute("FETCH ALL FROM c").fetchall()))
            # a cast that fails would say the value: the row is never reached
            texts.append(
                str(
                    conn.execute(
                        "SELECT count(*) FROM store_setting WHERE key = %s AND value::integer = 0",
                        (f"approval_pin.{pim}",),
                    ).fetchone()
                )
            )
            stats = conn.execute(
                "SELECT count(*) FROM pg_stats WHERE tablename = 'store_setting'"
            ).fetchone()
            assert stats == (0,)
            if login != "noi":  # a reader writes nothing at all
                for sql in (
                    "UPDATE store_setting SET value = value WHERE key LIKE 'approval_pin%%' "
                    "AND key NOT LIKE %s RETURNING value",
                    "DELETE FROM store_setting WHERE key LIKE 'approval_pin%%' "
                    "AND key NOT LIKE %s RETURNING value",
                ):
                    texts.append(str(conn.execute(sql, (f"%.{head}",)).fetchall()))
                for key in (f"approval_pin.{pim}", f"approval_pin_failures.{pim}"):
                    with pytest.raises(pg_errors.InsufficientPrivilege):
                        conn.execute(
                            "INSERT INTO store_setting (key, value) VALUES (%s, 'mine now') "
                            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                            (key,),
                        )
                with pytest.raises(pg_errors.InsufficientPrivilege):  # renamed into it
                    conn.execute(
                        "UPDATE store_setting SET key = %s WHERE key = 'audit_head'",
                        (f"approval_pin.{pim}",),
                    )
            said = " ".join(texts)
            for h in hashes - {seen.get(f"approval_pin.{head}")}:
                assert h not in said, (login, said)
    assert _settings_as_owner(url) == every  # nothing changed, nothing removed
    # the app: an aide is not even asked about the head's PIN
    aide = _signed_in(url, "somchai")
    try:
        with pytest.raises(ValidationError, match="only your own approval PIN"):
            aide.approval_pins.state(head)
    finally:
        aide.close()


def test_the_head_keeps_his_pin_and_the_owner_approves_with_it(
    pinned: tuple[str, dict[str, int]],
) -> None:
    url, ids = pinned
    head = _signed_in(url, "malee")
    try:
        state = head.approval_pins.state(ids["malee"])
        assert state.is_set and state.wait_seconds == 0
        with pytest.raises(ValidationError, match="Wrong PIN"):  # counted in his own row
            head.approval_pins.set_pin(ids["malee"], "Malee-PIN-2027", "wrong-old-PIN")
        head.approval_pins.set_pin(ids["malee"], "Malee-PIN-2027", PINS["malee"])
    finally:
        head.close()
    owner = Services.open(url, actor="owner")
    try:
        assert owner.approval_pins.required
        with pytest.raises(ValidationError, match="Wrong PIN"):
            owner.positions.approve(ids["item"], ids["malee"], PINS["malee"])
        done = owner.positions.approve(ids["item"], ids["malee"], "Malee-PIN-2027")
        assert done.status is PositionStatus.APPROVED
    finally:
        owner.close()


def test_a_members_login_writes_a_private_key_only_in_its_own_name(
    team_url: str, tmp_path: Path
) -> None:
    url = team_url
    ids = _setup(url)
    # the alternate's own store file (a copy made before any key): her key is made there
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.storage.store import Store

    owner_app = Services.open(url, actor="owner")
    try:
        ours = owner_app.delegations.our_delegation()
        assert ours is not None
        pim = owner_app.delegations.save_person(
            delegation_id=ours.id, full_name="Pim Wongsa", role=MemberRole.ALTERNATE
        ).id
        own = tmp_path / "pim.adgsom"
        copy_store(owner_app, str(own))
    finally:
        owner_app.close()
    keys = {}
    for login in ("malee", "somchai"):
        services = _signed_in(url, login)
        try:
            keys[login] = services.keys.create(ids[login], KEYS[login]).id
        finally:
            services.close()
    with psycopg.connect(url) as owner:
        head_uuid = owner.execute(
            "SELECT person_uuid FROM member_key WHERE id = %s", (keys["malee"],)
        ).fetchone()[0]
        before = owner.execute("SELECT * FROM member_key ORDER BY id").fetchall()
    forged = (
        "INSERT INTO member_key (person_uuid, name, sign_public, box_public, fingerprint, "
        "sealed_private, kdf_salt, kdf_ops, kdf_mem, card, created_at) VALUES "
        "(%s, 'Malee Chaiyo', 's', 'b', %s, 'sealed-by-the-aide', 'salt', 2, 67108864, "
        "'', now())"
    )
    with _raw(url, "somchai") as conn:
        for sql, args in (
            (forged, (head_uuid, "forged-fingerprint")),
            ("UPDATE member_key SET name = 'Somchai' WHERE id = %s", (keys["malee"],)),
            ("UPDATE member_key SET sign_public = 'x' WHERE id = %s", (keys["malee"],)),
            ("UPDATE member_key SET person_uuid = %s WHERE id = %s", (head_uuid, keys["somchai"])),
            ("DELETE FROM member_key WHERE id = %s", (keys["malee"],)),
        ):
            with pytest.raises(pg_errors.InsufficientPrivilege, match="own"):
                conn.execute(sql, args)
        # her own public key comes in (keys import; anyone's only by the head since
        # session 35: tests/test_team_own_rows), and one's own rows stay one's own
        with conn.transaction(force_rollback=True):
            conn.execute(
                "INSERT INTO member_key (person_uuid, name, sign_public, box_public, "
                "fingerprint, sealed_private, kdf_salt, kdf_ops, kdf_mem, card, created_at) "
                "SELECT person_uuid, name, 's', 'b', 'public-only', '', '', 0, 0, '', now() "
                "FROM member_key WHERE id = %s",
                (keys["somchai"],),
            )
            conn.execute("UPDATE member_key SET name = name WHERE id = %s", (keys["somchai"],))
    with psycopg.connect(url) as owner:
        assert owner.execute("SELECT * FROM member_key ORDER BY id").fetchall() == before
    # through the app: another member's public key text, made in her own store file
    pims = Services.for_store(Store.open(own), actor="Pim")
    try:
        card = pims.keys.export_public(pims.keys.create(pim, "Pim-Key passphrase 2026").id)
    finally:
        pims.close()
    head = _signed_in(url, "malee")
    try:
        came = head.keys.import_public(card)
        assert came.name == "Pim Wongsa" and not came.has_private
    finally:
        head.close()


def _back_to_0022(url: str) -> None:
    """The store as 0022 left it: no policy on the PIN rows, no rule on the keys."""
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("DROP POLICY adgsom_own_pins ON store_setting")
        owner.execute("ALTER TABLE store_setting DISABLE ROW LEVEL SECURITY")
        owner.execute("DROP TRIGGER adgsom_member_key ON member_key")
        owner.execute("DROP FUNCTION adgsom_guard_member_key()")
        owner.execute("UPDATE alembic_version SET version_num = '0022_sealed_keys'")


@pytest.mark.slow  # a CLI run and the window
def test_a_store_upgraded_from_0022_withholds_the_pins_and_a_member_is_told_who_upgrades(
    pinned: tuple[str, dict[str, int]], qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team store as 0022 left it, PINs set: the aide reads the head's hash (the leak);
    her app cannot upgrade it (the owner's DDL) and says so in words, in the CLI and the
    window, translated; the owner's app upgrades it, and the hash is hers no more."""
    from adgsom_desktop.domain.locator import Locator
    from adgsom_desktop.errors import StoreError
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.pg_store import PgStore
    from tests.helpers import run_cli

    url, ids = pinned
    _back_to_0022(url)
    every = _settings_as_owner(url)
    leak = f"approval_pin.{ids['malee']}"
    with _raw(url, "somchai") as conn:  # the leak, as it was
        row = conn.execute("SELECT value FROM store_setting WHERE key = %s", (leak,))
        assert row.fetchone() == (every[leak],)
    aide_url = _as(url, "somchai", PASSWORDS["somchai"])
    with pytest.raises(StoreError) as refused:
        PgStore.open(Locator.parse(aide_url)).close()
    words = str(refused.value)
    assert "needs an upgrade" in words and "ask its owner (postgres)" in words
    assert "Nothing was changed." in words
    assert "needs an upgrade" not in refused.value.text("th")  # translated
    assert "needs an upgrade" not in refused.value.text("vi")
    cli = run_cli("info", "--store", _as(url, "somchai"), env={"PGPASSWORD": PASSWORDS["somchai"]})
    assert cli.returncode != 0
    assert "needs an upgrade" in cli.stderr and "Traceback" not in cli.stderr
    assert "permission denied" not in cli.stderr.split("(the server said")[0]
    # the window: the Connect dialog again, the reason under its fields
    from adgsom_desktop.ui.store import team_store_dialog

    shown: list[str] = []

    class Seen(team_store_dialog.TeamStoreDialog):
        def exec(self) -> int:
            shown.append(self.problem.text())
            return 0

    monkeypatch.setattr(team_store_dialog, "TeamStoreDialog", Seen)
    window.controller.open_path(Locator.parse(aide_url))
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "needs an upgrade" in shown[0] and "ask its owner (postgres)" in shown[0]
    with psycopg.connect(url) as owner:  # nothing half done
        assert owner.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0022_sealed_keys",
        )
    with PgStore.open(Locator.parse(url)) as store:  # the owner opens it: upgraded
        assert store.revision() == migrate.HEAD_REVISION
    with _raw(url, "somchai") as conn:
        assert (
            conn.execute("SELECT value FROM store_setting WHERE key = %s", (leak,)).fetchone()
            is None
        )
        with pytest.raises(pg_errors.InsufficientPrivilege, match="own"):
            conn.execute("DELETE FROM member_key")  # no rows: allowed; then a forged one
            conn.execute(
                "INSERT INTO member_key (person_uuid, name, sign_public, box_public, "
                "fingerprint, sealed_private, kdf_salt, kdf_ops, kdf_mem, card, created_at) "
                "SELECT uuid, full_name, 's', 'b', 'f', 'sealed', '', 0, 0, '', now() "
                "FROM person WHERE id = %s",
                (ids["malee"],),
            )
    assert _settings_as_owner(url) == every  # nothing lost
    head = _signed_in(url, "malee")
    try:
        assert head.approval_pins.state(ids["malee"]).is_set
    finally:
        head.close()


def _file_pins(path: Path) -> set[str]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT key FROM store_setting WHERE key LIKE 'approval_pin%'")
        return {str(r[0]) for r in rows}


def test_the_owners_copy_for_one_member_carries_only_that_members_pin(
    pinned: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    """The owner's ``copy --for`` the head (how his laptop store is made) holds his PIN's
    hash and failures, never the alternate's; a copy for nobody holds no PIN hash; a copy
    onto a server keeps them all (review s34 S3, the PINs' half)."""
    from tests.helpers import run_cli

    url, ids = pinned
    every = _pin_rows(_settings_as_owner(url))
    assert f"approval_pin.{ids['pim']}" in every and f"approval_pin.{ids['malee']}" in every

    head_file = tmp_path / "head.adgsom"
    said = run_cli(
        "copy", "--store", url, "--to", str(head_file), "--for", str(ids["malee"]), "--plain"
    )
    assert said.returncode == 0, said.stderr
    assert (
        _file_pins(head_file)
        == {k for k in every if k.rsplit(".", 1)[1] == str(ids["malee"])}
        == {f"approval_pin.{ids['malee']}", f"approval_pin_failures.{ids['malee']}"}
    )
    head = Services.open(str(head_file))
    try:  # his PIN still works in his own store
        head.approval_pins.verify(ids["malee"], PINS["malee"])
    finally:
        head.close()

    nobody = tmp_path / "nobody.adgsom"
    said = run_cli("copy", "--store", url, "--to", str(nobody), "--plain")
    assert said.returncode == 0, said.stderr
    assert _file_pins(nobody) == set()
