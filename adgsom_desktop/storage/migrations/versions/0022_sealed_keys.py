"""A team store withholds the members' sealed private keys from the members' logins
(review s33 R15: any member read every other member's ``sealed_private`` and could guess
its passphrase offline).  PostgreSQL only: the two ``SECURITY DEFINER`` functions the app
now reads the sealed part through (``storage/pg_keys``), and, in a store already secured
(its member groups exist), the column privilege that withholds ``sealed_private`` from
them.  A store file is unchanged (its passphrase opens it whole).

Revision ID: 0022_sealed_keys
Revises: 0021_tripkeys
"""

from __future__ import annotations

from typing import Any

from alembic import op

revision = "0022_sealed_keys"
down_revision = "0021_tripkeys"
branch_labels = None
depends_on = None


def _groups(bind: object) -> tuple[str, str, str] | None:
    """The store's schema, reader and member groups (quoted), None when not secured yet."""
    from adgsom_desktop.storage import pg_team

    conn: Any = bind
    schema = pg_team.quote(str(conn.exec_driver_sql("SELECT current_schema()").scalar()))
    db = pg_team.database(conn)
    reader, member = (pg_team.group_role(db, g) for g in ("reader", "member"))
    secured = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_roles WHERE rolname IN (%(r)s, %(m)s)", {"r": reader, "m": member}
    ).scalar()
    if secured != 2:
        return None
    return schema, pg_team.quote(reader), pg_team.quote(member)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from adgsom_desktop.storage import pg_keys, pg_team

    groups = _groups(bind)
    if groups is not None:
        pg_keys.withhold(bind, *groups)
    else:  # ``team add-member`` secures it later (``pg_team.secure``)
        schema = pg_team.quote(str(bind.exec_driver_sql("SELECT current_schema()").scalar()))
        pg_keys.functions(bind, schema)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    groups = _groups(bind)
    if groups is not None:  # the older app reads the column
        _schema, reader, member = groups
        op.execute(f"GRANT SELECT ON member_key TO {reader}")
        op.execute(f"GRANT UPDATE ON member_key TO {member}")
    for signature in ("adgsom_sealed_key(integer)", "adgsom_key_holds_private(integer)"):
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
