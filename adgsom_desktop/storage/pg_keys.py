"""A team store withholds the members' sealed private keys from the members' logins.

Every member group may read ``member_key``, but not its ``sealed_private`` column: a
column privilege (``withhold``: the table's SELECT taken back, every other column granted
again).  So no SQL a member sends reads another member's sealed key: not ``SELECT`` (nor
``*``, a whole-row reference, a ``WHERE`` or ``RETURNING`` naming the column, a view of
their own), not ``COPY``, not ``pg_stats``.  Nor may a member ``UPDATE`` the column (a key
is written once, by ``INSERT``).

The app reads the column through two ``SECURITY DEFINER`` functions owned by the store's
owner (``search_path`` pinned, ``pg_temp`` last), which ``domain/key_reads`` compiles in
place of the column:

- ``adgsom_sealed_key(id)``: the sealed part of key ``id`` if it is the key of the person
  the session's login is mapped to (``team_member``, ``session_user``: ``SET ROLE`` cannot
  change it), or to a login in no member group (the store's owner, the administrator, who
  holds the whole store and backs it up); NULL otherwise;
- ``adgsom_key_holds_private(id)``: whether a sealed part is stored (whose key may open a
  bundle here, not what it is).

The owner's own reads (``pg_dump`` of a backup, ``copy``) are not limited: a backup still
carries every sealed key, and a restore loses none.  ``withhold`` runs in ``pg_team.secure``
(again after every restore) and in migration 0022 for a store secured before it.

Nor may a member's login write a key in another person's name (trigger
``adgsom_member_key``, ``guard``; migrations 0023, 0024 and ``pg_team.secure``): a key
with a sealed private part only for the person it is mapped to; a public key (``keys
import``: no sealed part) in another person's name only as the head (team role
``head``: a member's key of her own making in the head's name would be taken here for
his, session 35); and it changes or removes only that person's keys (the app never
changes nor removes a key: a key is written once).  The owner is not limited.
"""

from __future__ import annotations

from typing import Any

TABLE = "member_key"
WITHHELD = "sealed_private"
READABLE = (
    "id",
    "person_uuid",
    "name",
    "sign_public",
    "box_public",
    "fingerprint",
    "kdf_salt",
    "kdf_ops",
    "kdf_mem",
    "card",
    "created_at",
)
SIGNATURES = ("adgsom_sealed_key(integer)", "adgsom_key_holds_private(integer)")

# adgsom_member_group() is pg_team's (created before these: ``functions``).
_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION adgsom_sealed_key(p_key integer) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_catalog, pg_temp AS $f$
  SELECT k.sealed_private FROM member_key AS k
  WHERE k.id = p_key
    AND (adgsom_member_group() IS NULL
         OR k.person_uuid = (SELECT p.uuid FROM team_member AS m
                             JOIN person AS p ON p.id = m.person_id
                             WHERE m.login_role = session_user AND m.removed_at IS NULL
                             LIMIT 1))
$f$;

CREATE OR REPLACE FUNCTION adgsom_key_holds_private(p_key integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_catalog, pg_temp AS $f$
  SELECT k.sealed_private <> '' FROM member_key AS k WHERE k.id = p_key
$f$;
"""


_GUARD = r"""
CREATE OR REPLACE FUNCTION adgsom_guard_member_key() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  mine text;
BEGIN
  IF adgsom_member_group() IS NULL THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  SELECT p.uuid INTO mine FROM team_member AS m JOIN person AS p ON p.id = m.person_id
    WHERE m.login_role = session_user AND m.removed_at IS NULL LIMIT 1;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.person_uuid IS DISTINCT FROM mine THEN
    RAISE EXCEPTION 'A member changes or removes only their own key: key % is %''s '
      '(signed in as %).', OLD.id, OLD.name, session_user USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.person_uuid IS DISTINCT FROM mine AND (coalesce(NEW.sealed_private, '') <> ''
                                               OR TG_OP = 'UPDATE') THEN
    RAISE EXCEPTION 'A member writes a private key, or changes a key, only in their own name: % '
      'is not theirs '
      '(signed in as %).', NEW.name, session_user USING ERRCODE = '42501';
  END IF;
  IF NEW.person_uuid IS DISTINCT FROM mine AND NOT EXISTS (
       SELECT 1 FROM team_member WHERE login_role = session_user AND removed_at IS NULL
       AND role = 'head') THEN
    RAISE EXCEPTION 'Only the head of delegation or the store''s owner adds a key in another '
      'person''s name: % is not yours (signed in as %).', NEW.name, session_user
      USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$f$;
"""


def guard(conn: Any) -> None:
    """The row rule on ``member_key`` (idempotent; the owner's connection)."""
    from .pg_team import member_group_function

    member_group_function(conn)
    conn.exec_driver_sql(_GUARD.replace("%", "%%"))
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS adgsom_member_key ON {TABLE}")
    conn.exec_driver_sql(
        f"CREATE TRIGGER adgsom_member_key BEFORE INSERT OR UPDATE OR DELETE ON {TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION adgsom_guard_member_key()"
    )


def unguard(conn: Any) -> None:
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS adgsom_member_key ON {TABLE}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS adgsom_guard_member_key()")


def functions(conn: Any, schema: str) -> None:
    """The two readers (idempotent; the owner's connection: they run as the owner)."""
    from .pg_team import member_group_function

    member_group_function(conn)
    conn.exec_driver_sql(_FUNCTIONS.replace("@SCHEMA@", schema).replace("%", "%%"))


def withhold(conn: Any, schema: str, reader: str, member: str) -> None:
    """The member groups (quoted names) read every column of ``member_key`` but the sealed
    part, and update none of it; the functions are theirs to run (idempotent)."""
    functions(conn, schema)
    readable = ", ".join(READABLE)
    others = ", ".join(c for c in READABLE if c != "id")
    for sql in (
        f"REVOKE SELECT, UPDATE ON {TABLE} FROM {reader}, {member}",
        f"GRANT SELECT ({readable}) ON {TABLE} TO {reader}",
        f"GRANT UPDATE ({others}) ON {TABLE} TO {member}",
    ):
        conn.exec_driver_sql(sql)
    for signature in SIGNATURES:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {reader}")


def withheld_from(conn: Any, role: str) -> bool:
    """Whether ``role`` may not read the sealed parts (a check for tests and ``info``)."""
    return not conn.exec_driver_sql(
        "SELECT has_column_privilege(%(r)s, %(t)s, %(c)s, 'SELECT')",
        {"r": role, "t": TABLE, "c": WITHHELD},
    ).scalar()
