"""On a team store a person keeps one login for good, a member's login changes no
person's UUID, and only the head adds a key in another person's name (session 35: a
removed member's person mapped to another login read her sealed key and PIN; a member
added a public key in the head's name).  PostgreSQL only: the triggers of
``storage/pg_persons`` and the new body of ``storage/pg_keys``' key rule.  Neither
depends on the member groups, so both are installed whether or not the store is
secured yet.  A store file is unchanged (it has no logins).

Revision ID: 0024_one_login
Revises: 0023_own_pins
"""

from __future__ import annotations

from alembic import op

revision = "0024_one_login"
down_revision = "0023_own_pins"
branch_labels = None
depends_on = None

# The key rule as 0023 left it (a member added anyone's public key), for the downgrade.
_GUARD_0023 = r"""
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
  RETURN NEW;
END
$f$;
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from adgsom_desktop.storage import pg_keys, pg_persons

    pg_keys.guard(bind)
    pg_persons.guard(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from adgsom_desktop.storage import pg_persons

    pg_persons.unguard(bind)
    bind.exec_driver_sql(_GUARD_0023.replace("%", "%%"))
