"""On a team store, what is a person's own stays with the one login that is theirs.

The server hands a member's login the rows of the person it is mapped to
(``team_member``): that person's sealed private key (``adgsom_sealed_key``, by the
person's UUID), approval PIN rows (``pg_pins``, by the person's id), and the approvals
in that person's name (``pg_team``'s approval rule).  Two ways round that are closed
here (session 35; migration 0024 and ``pg_team.secure``):

- **A person keeps one login for good** (trigger ``adgsom_one_login`` on
  ``team_member``): a login is mapped to a person only if no other login ever was.  A
  removed member comes back under her own login (added again, with a new password),
  never under a new one nor under a removed colleague's, which would read her key and
  PIN and approve in her name.  The head's ``adgsom_head_add_login`` writes the row, so
  the rule holds for the head's own SQL too (``TeamService.add_member`` says it in words
  first, for the owner too).
- **A member's login does not change a person's UUID** (trigger ``adgsom_person_uuid``
  on ``person``): taking the head's UUID for one's own person would hand one his sealed
  key.  The app gives a UUID once and never changes it (``sync.canon.give_uuids`` fills
  only an empty one, with a new UUID); an empty one is not filled with the UUID of a key
  already stored (a key whose person was deleted).

As every rule of the team store, neither limits a login in no member group (the store's
owner, the administrator: ``copy`` and restores write the rows as they were).
"""

from __future__ import annotations

from typing import Any

_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION adgsom_guard_one_login() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  other record;
BEGIN
  IF adgsom_member_group() IS NULL OR NEW.person_id IS NULL OR NEW.removed_at IS NOT NULL THEN
    RETURN NEW;
  END IF;
  SELECT m.login, coalesce(p.full_name, '') AS name INTO other
    FROM team_member AS m LEFT JOIN person AS p ON p.id = m.person_id
    WHERE m.person_id = NEW.person_id AND m.login_role <> NEW.login_role
    ORDER BY m.id LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'A person keeps one login for good: % signed in as %, so % is not mapped '
      'to them (their key, PIN and approvals stay that login''s).',
      other.name, other.login, NEW.login USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION adgsom_guard_person_uuid() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  IF adgsom_member_group() IS NOT NULL AND NEW.uuid IS DISTINCT FROM OLD.uuid
     AND (OLD.uuid IS NOT NULL
          OR EXISTS (SELECT 1 FROM member_key WHERE person_uuid = NEW.uuid)) THEN
    RAISE EXCEPTION 'A person''s UUID is given once: % keeps theirs (signed in as %).',
      OLD.full_name, session_user USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$f$;
"""

_TRIGGERS = (
    ("team_member", "adgsom_one_login", "BEFORE INSERT OR UPDATE", "adgsom_guard_one_login"),
    ("person", "adgsom_person_uuid", "BEFORE UPDATE OF uuid", "adgsom_guard_person_uuid"),
)


def guard(conn: Any) -> None:
    """Both rules (idempotent; the owner's connection)."""
    from .pg_team import member_group_function

    member_group_function(conn)
    conn.exec_driver_sql(_FUNCTIONS.replace("%", "%%"))
    for table, name, when, function in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )


def unguard(conn: Any) -> None:
    """Undo ``guard`` (migration 0024's downgrade)."""
    for table, name, _when, function in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}()")
