"""The team store's server withholds each member's sealed private key from the others.

Review s33 R15 left a residual: every member's login could ``SELECT sealed_private FROM
member_key``, copy the head's sealed key and guess his passphrase offline.  Now a column
privilege withholds the column from the member groups, and the app reads a member's own
sealed key through a ``SECURITY DEFINER`` function (``storage/pg_keys``).  As the aide's
own login, no SQL gives the head's sealed key; the app still works for each member with
their own key (unlock, send, open, sign an approval, take a trip copy, copy the store,
list the keys); the owner's backup still carries every sealed key, and a restore loses
none; a team store secured before migration 0022 is locked down by opening it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors
from sqlalchemy import select

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.domain.models import ApprovalSignature, MemberKey
from adgsom_desktop.errors import StoreError, ValidationError
from adgsom_desktop.services.container import Services
from tests.helpers import run_cli
from tests.test_team_backup import PASSPHRASE, _backup, _restore
from tests.test_team_members import PASSWORDS, _as, _raw, _setup

KEYS = {"malee": "Malee-Key passphrase 2026", "somchai": "Somchai-Key passphrase 2026"}


def _signed_in(url: str, login: str) -> Services:
    return Services.open(_as(url, login, PASSWORDS[login]), actor=login)


@pytest.fixture
def keyed(team_url: str) -> tuple[str, dict[str, int]]:
    """The head (malee) and the aide (somchai) each made their own key, signed in."""
    ids = _setup(team_url)
    for login in ("malee", "somchai"):
        services = _signed_in(team_url, login)
        try:
            ids[f"{login}_key"] = services.keys.create(ids[login], KEYS[login]).id
        finally:
            services.close()
    return team_url, ids


def _sealed_as_owner(url: str) -> dict[int, str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT id, sealed_private FROM member_key ORDER BY id").fetchall()
    return {int(r[0]): str(r[1]) for r in rows}


# Every way a member's SQL could reach the column: each is refused by the server.
REFUSED = (
    "SELECT sealed_private FROM member_key",
    "SELECT * FROM member_key",
    "SELECT k FROM member_key AS k",
    "SELECT row_to_json(k) FROM member_key AS k",
    "SELECT to_jsonb(k.*) FROM member_key AS k",
    "SELECT id FROM member_key WHERE sealed_private LIKE 'A%'",
    "SELECT id FROM member_key ORDER BY sealed_private",
    "SELECT count(*) FROM member_key GROUP BY sealed_private",
    "COPY member_key TO STDOUT",
    "COPY member_key (sealed_private) TO STDOUT",
    "COPY (SELECT sealed_private FROM member_key) TO STDOUT",
    "UPDATE member_key SET name = name WHERE id = {head} RETURNING sealed_private",
    "UPDATE member_key SET name = name WHERE id = {head} RETURNING *",
    "UPDATE member_key SET sealed_private = '' WHERE id = {head}",
    "UPDATE member_key SET name = sealed_private WHERE id = {head}",
    "DELETE FROM member_key WHERE sealed_private <> ''",
    "DELETE FROM member_key WHERE id = 0 RETURNING *",
    "INSERT INTO member_key (person_uuid, name, sign_public, box_public, fingerprint) "
    "SELECT person_uuid, sealed_private, 'x', 'y', 'z' FROM member_key",
    "PREPARE p AS SELECT sealed_private FROM member_key; EXECUTE p",
    "DECLARE c CURSOR FOR SELECT sealed_private FROM member_key",
)


def test_no_sql_of_a_members_login_reads_another_members_sealed_key(
    keyed: tuple[str, dict[str, int]],
) -> None:
    url, ids = keyed
    sealed = _sealed_as_owner(url)
    head_key, aide_key = ids["malee_key"], ids["somchai_key"]
    assert sealed[head_key] and sealed[aide_key]  # the owner reads every key (backups)
    with psycopg.connect(url) as owner:
        owner.execute("ANALYZE member_key")  # pg_stats would hold the column's values
        toast = owner.execute(
            "SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'member_key'"
        ).fetchone()[0]
    for login in ("somchai", "malee", "noi"):
        with _raw(url, login) as conn:
            for sql in REFUSED:
                try:
                    if sql.startswith("DECLARE"):
                        with conn.transaction():
                            conn.execute(sql)
                    else:
                        conn.execute(sql.format(head=head_key))
                except pg_errors.InsufficientPrivilege:
                    continue
                pytest.fail(f"{login} ran {sql!r}")
            with pytest.raises(pg_errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM {toast}")
            assert not conn.execute(
                "SELECT has_column_privilege('member_key', 'sealed_private', 'SELECT')"
            ).fetchone()[0]
            # what is not secret is read as before
            assert conn.execute("SELECT count(*) FROM member_key").fetchone()[0] == 2
            assert (
                conn.execute(
                    "SELECT count(*) FROM pg_stats WHERE tablename = 'member_key' "
                    "AND attname = 'sealed_private'"
                ).fetchone()[0]
                == 0
            )
            # a view of one's own reads with one's own rights (or cannot be made at all)
            with pytest.raises(pg_errors.InsufficientPrivilege), conn.transaction():
                conn.execute("CREATE TEMP VIEW mine AS SELECT sealed_private FROM member_key")
                conn.execute("SELECT * FROM mine")
            # the server's function hands each login its own sealed key, nobody else's,
            # whatever role the session takes on (session_user stays the login)
            reads = {
                k: conn.execute("SELECT adgsom_sealed_key(%s)", (k,)).fetchone()[0]
                for k in (head_key, aide_key)
            }
            db = url.rsplit("/", 1)[1]
            conn.execute(f'SET ROLE "{db}_reader"')
            again = conn.execute("SELECT adgsom_sealed_key(%s)", (head_key,)).fetchone()[0]
            with pytest.raises(pg_errors.InsufficientPrivilege):
                conn.execute("SELECT sealed_private FROM member_key")
            holds = conn.execute(
                "SELECT adgsom_key_holds_private(%s), adgsom_key_holds_private(%s)",
                (head_key, aide_key),
            ).fetchone()
        own = {"malee": head_key, "somchai": aide_key}.get(login)
        assert reads == {k: (sealed[k] if k == own else None) for k in reads}, login
        assert again == (sealed[head_key] if login == "malee" else None)
        assert holds == (True, True)  # whose key can open here is no secret
    # a head may not map a second login to a member already signed in (it would be handed
    # that member's sealed key)
    with (
        _raw(url, "malee") as conn,
        pytest.raises(pg_errors.InsufficientPrivilege, match="another"),
    ):
        conn.execute(
            "SELECT adgsom_head_add_login('twin', 'member', 'SCRAM-SHA-256$x', %s, 'member')",
            (ids["somchai"],),
        )
    # a member mapped to no person (a role granted the group by hand) reads none either
    with psycopg.connect(url, autocommit=True) as owner:
        db = url.rsplit("/", 1)[1]
        owner.execute(f"CREATE ROLE \"{db}_stray\" LOGIN PASSWORD 'stray-Pa55word'")
        owner.execute(f'GRANT "{db}_member" TO "{db}_stray"')
    with psycopg.connect(_as(url, "stray", "stray-Pa55word"), autocommit=True) as stray:
        assert stray.execute("SELECT adgsom_sealed_key(%s)", (aide_key,)).fetchone()[0] is None


@pytest.mark.slow  # CLI runs (trip take, keys list / backup, restore)
def test_each_member_works_with_their_own_key_and_only_theirs(
    keyed: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    url, ids = keyed
    head_key, aide_key = ids["malee_key"], ids["somchai_key"]
    aide = _signed_in(url, "somchai")
    try:
        listed = {k.id: (k.has_private, k.yours) for k in aide.keys.members()}
        assert listed == {aide_key: (True, True), head_key: (False, False)}
        assert aide.keys.unlock(aide_key, KEYS["somchai"]).public.fingerprint
        with pytest.raises(ValidationError, match="only your own key"):
            aide.keys.unlock(head_key, KEYS["malee"])
        assert "BEGIN ADGSOM MEMBER KEY" in aide.keys.export_public(aide_key)
        assert "BEGIN ADGSOM MEMBER KEY" in aide.keys.export_public(head_key)
        meeting = next(m.id for m in aide.events.meetings())
        sent = aide.bundles.export(
            meeting, tmp_path, sender_key_id=aide_key, sender_passphrase=KEYS["somchai"],
            to_key_id=head_key,
        )  # fmt: skip
        with pytest.raises(ValidationError, match="only your own key"):
            aide.bundles.export(
                meeting, tmp_path / "as-her", sender_key_id=head_key,
                sender_passphrase=KEYS["malee"], to_key_id=aide_key,
            )  # fmt: skip
        with pytest.raises(ValidationError, match="only your own key"):  # hers to open
            aide.bundles.open(sent.path, key_passphrase=KEYS["malee"])
        # a copy of the store she makes holds her own private key only
        copied = tmp_path / "aide-copy.adgsom"
        from adgsom_desktop.services.copy_service import copy_store

        assert copy_store(aide, str(copied)).audit_ok
    finally:
        aide.close()
    copy = Services.open(str(copied))
    try:
        with copy.ctx.read() as s:
            held = {k.id: k.holds_private for k in s.scalars(select(MemberKey))}
        assert held == {head_key: False, aide_key: True}
        assert copy.keys.unlock(aide_key, KEYS["somchai"]).public.fingerprint
    finally:
        copy.close()

    head = _signed_in(url, "malee")
    try:
        opened = head.bundles.open(sent.path, key_passphrase=KEYS["malee"])
        assert opened.seen.sender.startswith("Somchai")
        # her approval, signed by her own key
        done = head.positions.step(
            ids["item"], PositionStatus.APPROVED, approver_id=ids["malee"],
            key_passphrase=KEYS["malee"],
        )  # fmt: skip
        assert done.rec.status is PositionStatus.APPROVED
        with head.ctx.read() as s:
            signatures = s.scalars(select(ApprovalSignature.fingerprint)).all()
            mine = s.get(MemberKey, head_key)
            assert mine is not None
            assert signatures == [mine.fingerprint]
        event = next(m.event_id for m in head.events.meetings())
    finally:
        head.close()

    # the aide's trip copy carries her own sealed key, usable at the venue, not the head's
    trip = tmp_path / "aide-trip.adgsom"
    took = run_cli(
        "trip", "take", "--store", _as(url, "somchai"), "--event", str(event), "--to",
        str(trip), "--plain", env={"PGPASSWORD": PASSWORDS["somchai"]},
    )  # fmt: skip
    assert took.returncode == 0, took.stderr
    venue = Services.open(str(trip))
    try:
        with venue.ctx.read() as s:
            held = {k.name: k.holds_private for k in s.scalars(select(MemberKey))}
        assert held == {"Malee Chaiyo": False, "Somchai Rattanakorn": True}
        aide_there = venue.keys.find("Somchai").id
        assert venue.keys.unlock(aide_there, KEYS["somchai"]).public.fingerprint
    finally:
        venue.close()
    listed = run_cli(
        "keys", "list", "--store", _as(url, "somchai"), env={"PGPASSWORD": PASSWORDS["somchai"]}
    )
    assert listed.returncode == 0, listed.stderr
    lines = {ln.split("  ")[0].strip(): ln for ln in listed.stdout.splitlines()}
    assert "your own key" in lines["Somchai Rattanakorn"]
    # the head's key is hers to use, not the aide's: it opens signed in as the head only
    assert "your own key" not in lines["Malee Chaiyo"]
    assert lines["Malee Chaiyo"].rstrip().endswith("opens here, signed in as Malee Chaiyo")


@pytest.mark.slow  # CLI runs (trip take, keys list / backup, restore)
def test_the_owners_backup_carries_every_sealed_key_and_a_restore_loses_none(
    keyed: tuple[str, dict[str, int]], pg_server: Any, tmp_path: Path
) -> None:
    url, ids = keyed
    before = _sealed_as_owner(url)
    out = tmp_path / "team.adgsom-team-backup"
    made = _backup(url, out)
    assert made.returncode == 0, made.stderr
    # a member's login cannot make one: it would lack the others' keys
    refused = run_cli(
        "backup", "--store", _as(url, "somchai"), "--out", str(tmp_path / "aide"),
        input=PASSPHRASE + "\n", env={"PGPASSWORD": PASSWORDS["somchai"]},
    )  # fmt: skip
    assert refused.returncode != 0 and not list(tmp_path.glob("*aide*"))
    assert "by its owner" in refused.stderr and "Nothing was written" in refused.stderr
    target = str(pg_server.create_database())
    restored = _restore(target, out)
    assert restored.returncode == 0, restored.stderr
    assert _sealed_as_owner(target) == before  # every sealed key, as it was
    # the members keep their own logins (named after the store backed up)
    role = f"{url.rsplit('/', 1)[1]}_somchai"
    aide_url = target.replace("postgres@", f"{role}:{PASSWORDS['somchai']}@", 1)
    with psycopg.connect(aide_url, autocommit=True) as conn:  # withheld again
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("SELECT sealed_private FROM member_key")
        held = conn.execute("SELECT adgsom_sealed_key(%s)", (ids["malee_key"],)).fetchone()
        assert held == (None,)
    aide = Services.open(aide_url, actor="somchai")
    try:
        assert aide.keys.unlock(ids["somchai_key"], KEYS["somchai"]).public.fingerprint
    finally:
        aide.close()


def test_opening_a_team_store_secured_before_0022_withholds_the_sealed_keys(
    keyed: tuple[str, dict[str, int]],
) -> None:
    """A store as 0021 left it (members, keys, every group reading ``member_key``): the
    owner's app upgrades it on open, and the aide's login no longer reads the head's key."""
    from adgsom_desktop.domain.locator import Locator
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.pg_store import PgStore

    url, ids = keyed
    db = url.rsplit("/", 1)[1]
    with psycopg.connect(url, autocommit=True) as owner:  # back to what 0021's secure left
        owner.execute(f'GRANT SELECT ON member_key TO "{db}_reader"')
        owner.execute(f'GRANT UPDATE ON member_key TO "{db}_member"')
        owner.execute("DROP FUNCTION adgsom_sealed_key(integer)")
        owner.execute("DROP FUNCTION adgsom_key_holds_private(integer)")
        owner.execute("UPDATE alembic_version SET version_num = '0021_tripkeys'")
    sealed = _sealed_as_owner(url)
    with _raw(url, "somchai") as conn:  # the leak, as it was
        row = conn.execute(
            "SELECT sealed_private FROM member_key WHERE id = %s", (ids["malee_key"],)
        )
        assert row.fetchone()[0] == sealed[ids["malee_key"]]
    aide_url = _as(url, "somchai", PASSWORDS["somchai"])
    # a member's app cannot migrate it (the owner's DDL, as every schema change): it says
    # who may, and leaves nothing half done (DDL is transactional on the server)
    with pytest.raises(StoreError, match=r"needs an upgrade .* only its owner may run"):
        PgStore.open(Locator.parse(aide_url)).close()
    with psycopg.connect(url) as owner:  # nothing half done
        assert owner.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0021_tripkeys",
        )
    with PgStore.open(Locator.parse(url)) as store:  # the owner opens it: upgraded
        assert store.revision() == migrate.HEAD_REVISION
    with _raw(url, "somchai") as conn:
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute("SELECT sealed_private FROM member_key")
        with pytest.raises(pg_errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE member_key SET sealed_private = '' WHERE id = %s", (ids["malee_key"],)
            )
        assert conn.execute("SELECT count(*) FROM member_key").fetchone()[0] == 2
    assert _sealed_as_owner(url) == sealed  # nothing lost
    for login in ("malee", "somchai"):
        services = _signed_in(url, login)
        try:
            assert services.keys.unlock(ids[f"{login}_key"], KEYS[login]).public.fingerprint
        finally:
            services.close()
