"""A team store withholds each approver's PIN hash from the other members' logins.

An approval PIN is short, so its Argon2id hash (``store_setting`` row
``approval_pin.<person id>``, ``services/approval_pins``) is guessed offline in
seconds by whoever reads it.  On a team store a member signed in approves by their
sign-in (the server checks it), never by another member's PIN; only the store's owner,
who is no member, approves in an approver's name with that approver's PIN.  So no member
login needs anyone's PIN but their own, and the server hands none: row-level security on
``store_setting`` (policy ``adgsom_own_pins``) shows and lets write a member login only
its own person's PIN rows (the hash, and the wrong-PIN count
``approval_pin_failures.<person id>``), every other setting as before.  No SQL a member
sends gets round it: ``SELECT``, ``COPY ... TO``, ``RETURNING``, a cursor, ``pg_stats``
(hidden for a table whose rows are filtered) all see the rows the policy lets through,
and an ``INSERT`` / ``UPDATE`` of another person's PIN row is refused.

The owner of the tables (the store's owner: backups, the PIN approvals made as owner)
is not subject to the policy, and a login in no member group (an administrator) sees
every row, as ``adgsom_sealed_key`` hands it every key.  Installed by migration 0023 and
again by ``pg_team.secure`` (idempotent).
"""

from __future__ import annotations

from typing import Any

TABLE = "store_setting"
POLICY = "adgsom_own_pins"
PREFIXES = ("approval_pin.", "approval_pin_failures.")  # services/approval_pins' keys

# A row is a member's to see and write unless it is a PIN row of another person.  The
# sub-selects run once per statement (InitPlans), not once per row.
_RULE = (
    "NOT (starts_with(key, 'approval_pin.') OR starts_with(key, 'approval_pin_failures.')) "
    "OR (SELECT adgsom_member_group()) IS NULL "
    "OR key IN (SELECT prefix || m.person_id FROM team_member AS m, "
    "(VALUES ('approval_pin.'), ('approval_pin_failures.')) AS p (prefix) "
    "WHERE m.login_role = session_user AND m.removed_at IS NULL "
    "AND m.person_id IS NOT NULL)"
)


def withhold(conn: Any) -> None:
    """Row-level security on ``store_setting`` with the one policy (idempotent; the
    owner's connection)."""
    from .pg_team import member_group_function

    member_group_function(conn)
    for sql in (
        f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS {POLICY} ON {TABLE}",
        f"CREATE POLICY {POLICY} ON {TABLE} FOR ALL TO PUBLIC USING ({_RULE}) WITH CHECK ({_RULE})",
    ):
        conn.exec_driver_sql(sql.replace("%", "%%"))


def release(conn: Any) -> None:
    """Undo ``withhold`` (migration 0023's downgrade)."""
    conn.exec_driver_sql(f"DROP POLICY IF EXISTS {POLICY} ON {TABLE}")
    conn.exec_driver_sql(f"ALTER TABLE {TABLE} DISABLE ROW LEVEL SECURITY")
