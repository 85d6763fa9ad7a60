"""A team store withholds each approver's PIN hash from the other members' logins, and
takes a key with a private part only in the signed-in member's own name (session 34:
what 0022 left).  PostgreSQL only: row-level security on ``store_setting`` for the
``approval_pin.<id>`` rows (``storage/pg_pins``) and the row rule on ``member_key``
(``storage/pg_keys.guard``).  Neither depends on the member groups (each asks the
session's login for its group), so both are installed whether or not the store is
secured yet.  A store file is unchanged (its passphrase opens it whole).

Revision ID: 0023_own_pins
Revises: 0022_sealed_keys
"""

from __future__ import annotations

from alembic import op

revision = "0023_own_pins"
down_revision = "0022_sealed_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from adgsom_desktop.storage import pg_keys, pg_pins

    pg_pins.withhold(bind)
    pg_keys.guard(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from adgsom_desktop.storage import pg_keys, pg_pins

    pg_pins.release(bind)
    pg_keys.unguard(bind)
