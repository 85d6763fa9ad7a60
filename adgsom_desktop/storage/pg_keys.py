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
