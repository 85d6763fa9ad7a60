"""Members of a team store sign in with PostgreSQL login roles of their own (#15).

One database per delegation store; its roles are named after it, so several
delegations share one server without sharing a name:

- three group roles, ``<db>_reader`` (reads), ``<db>_member`` (reads and writes, the
  audit log insert-only) and ``<db>_head`` (a member who may also approve);
- one login role per member, ``<db>_<login>``, granted one of the groups.

``secure`` (run by the store's owner, again after every migration: idempotent)
creates the groups, takes the database away from PUBLIC and grants the groups
what they may do, and installs the rules the server keeps whatever SQL a member
sends: a position or a history version is approved only by a login of the head
group, in the name of the person mapped to that login; the audit log is appended to
(the next id, the tip's hash) and never updated or deleted; the audit head is moved
only to the newest entry; a member reads only their own sealed private key and
writes a private key only in their own name (``pg_keys``), and reads only their own
approval PIN's hash (``pg_pins``); a person keeps one login for good (``pg_persons``).  The store's owner (the login that created the store, not
a member) is the administrator and is not limited by these rules.
"""

from __future__ import annotations

import re
from typing import Any

from . import pg_keys, pg_persons, pg_pins
from .backend import SignedIn

GROUPS = ("reader", "member", "head")
LOGIN = re.compile(r"[a-z][a-z0-9_]{0,29}")
MAX_ROLE_NAME = 63  # PostgreSQL's NAMEDATALEN - 1


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def database(conn: Any) -> str:
    return str(conn.exec_driver_sql("SELECT current_database()").scalar())


def group_role(db: str, group: str) -> str:
    return f"{db}_{group}"


def login_role(db: str, login: str) -> str:
    return f"{db}_{login}"


# The group a session's login belongs to ('head', 'member', 'reader'), or NULL for a
# login that is no member (the owner).  session_user: SET ROLE cannot change it.
_MEMBER_GROUP = r"""
CREATE OR REPLACE FUNCTION adgsom_member_group() RETURNS text
LANGUAGE sql STABLE AS $f$
  SELECT substr(g.rolname, length(current_database()) + 2)
  FROM pg_auth_members AS m
  JOIN pg_roles AS g ON g.oid = m.roleid
  JOIN pg_roles AS u ON u.oid = m.member
  WHERE u.rolname = session_user
    AND g.rolname IN (current_database() || '_head', current_database() || '_member',
                      current_database() || '_reader')
  ORDER BY CASE substr(g.rolname, length(current_database()) + 2)
           WHEN 'head' THEN 0 WHEN 'member' THEN 1 ELSE 2 END
  LIMIT 1
$f$;
"""

_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION adgsom_guard_approval() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  grp text := adgsom_member_group();
  me integer;
BEGIN
  IF grp IS NULL OR NEW.status IS DISTINCT FROM 'approved' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'approved' THEN
    IF TG_TABLE_NAME <> 'position' THEN
      RETURN NEW;
    END IF;
    IF NEW.approved_by_id IS NOT DISTINCT FROM OLD.approved_by_id
       AND NEW.approved_at IS NOT DISTINCT FROM OLD.approved_at
       AND NEW.approved_version_no IS NOT DISTINCT FROM OLD.approved_version_no THEN
      RETURN NEW;
    END IF;
  END IF;
  IF grp <> 'head' THEN
    RAISE EXCEPTION 'Only the head of delegation or the alternate may approve a brief '
      '(signed in as %, a %).', session_user, grp USING ERRCODE = '42501';
  END IF;
  IF TG_TABLE_NAME = 'position' THEN
    SELECT person_id INTO me FROM team_member
      WHERE login_role = session_user AND removed_at IS NULL;
    IF me IS NULL OR NEW.approved_by_id IS DISTINCT FROM me THEN
      RAISE EXCEPTION 'An approval is the signed-in member''s own act: % approves only '
        'in their own name.', session_user USING ERRCODE = '42501';
    END IF;
  END IF;
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION adgsom_guard_audit_append() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  tip record;
BEGIN
  IF adgsom_member_group() IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT id, hash INTO tip FROM audit_entry ORDER BY id DESC LIMIT 1;
  IF NEW.id IS DISTINCT FROM coalesce(tip.id, 0) + 1
     OR NEW.prev_hash IS DISTINCT FROM coalesce(tip.hash, '') THEN
    RAISE EXCEPTION 'The audit log is only appended to: entry % does not follow entry %.',
      NEW.id, coalesce(tip.id, 0) USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION adgsom_guard_audit_head() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  tip record;
BEGIN
  IF adgsom_member_group() IS NULL THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.key = 'audit_head'
     AND (TG_OP = 'DELETE' OR NEW.key <> 'audit_head') THEN
    RAISE EXCEPTION 'The head of the audit log is never removed.' USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.key = 'audit_head' THEN
    SELECT id, hash INTO tip FROM audit_entry ORDER BY id DESC LIMIT 1;
    IF NEW.value IS DISTINCT FROM (tip.id || ' ' || tip.hash) THEN
      RAISE EXCEPTION 'The head of the audit log names its newest entry, nothing else.'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  RETURN NEW;
END
$f$;
"""

# What a signed-in head may do to logins, as the store's owner (SECURITY DEFINER: the
# owner holds CREATEROLE, a head does not): add or re-add a member of this database (a
# role of another database or no member is refused), remove one (never their own), end
# a removed member's sessions.  Only the head's group may run them (EXECUTE granted to it
# alone, and each checks the caller's group again).
_HEAD_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION adgsom_head_check() RETURNS text
LANGUAGE plpgsql STABLE AS $f$
BEGIN
  IF adgsom_member_group() IS DISTINCT FROM 'head' OR NOT EXISTS (
       SELECT 1 FROM team_member WHERE login_role = session_user AND removed_at IS NULL
       AND role = 'head') THEN
    RAISE EXCEPTION 'Only the head of delegation or the store''s owner adds and removes '
      'members (signed in as %).', session_user USING ERRCODE = '42501';
  END IF;
  RETURN current_database();
END
$f$;

CREATE OR REPLACE FUNCTION adgsom_head_add_login(p_login text, p_group text, p_verifier text,
                                                  p_person integer, p_role text)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_catalog AS $f$
DECLARE
  db text := adgsom_head_check();
  r text := current_database() || '_' || p_login;
  me text;
BEGIN
  IF p_login !~ '^[a-z][a-z0-9_]{0,29}$' OR p_group NOT IN ('head', 'member', 'reader')
     OR p_role NOT IN ('head', 'alternate', 'member', 'reader')
     OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'Not a login, role or password this store takes.' USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT 1 FROM team_member WHERE person_id = p_person AND login_role <> r
             AND removed_at IS NULL) THEN
    RAISE EXCEPTION 'This person already signs in with another login.' USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    IF NOT EXISTS (SELECT 1 FROM team_member WHERE login_role = r) THEN
      RAISE EXCEPTION 'The server already has a role % that is no member of this store.', r
        USING ERRCODE = '42501';
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', r, p_verifier);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT '
                   'PASSWORD %L', r, p_verifier);
  END IF;
  EXECUTE format('REVOKE %I, %I, %I FROM %I', db || '_head', db || '_member', db || '_reader', r);
  EXECUTE format('GRANT %I TO %I', db || '_' || p_group, r);
  SELECT coalesce(p.full_name, m.login) INTO me FROM team_member AS m
    LEFT JOIN person AS p ON p.id = m.person_id
    WHERE m.login_role = session_user AND m.removed_at IS NULL;
  INSERT INTO team_member (person_id, login, login_role, role, added_at, added_by, removed_at)
    VALUES (p_person, p_login, r, p_role, now() AT TIME ZONE 'UTC', coalesce(me, session_user),
            NULL)
    ON CONFLICT (login_role) DO UPDATE SET person_id = EXCLUDED.person_id,
      login = EXCLUDED.login, role = EXCLUDED.role, added_at = EXCLUDED.added_at,
      added_by = EXCLUDED.added_by, removed_at = NULL;
  RETURN r;
END
$f$;

CREATE OR REPLACE FUNCTION adgsom_head_remove_login(p_login text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_catalog AS $f$
DECLARE
  db text := adgsom_head_check();
  r text := current_database() || '_' || p_login;
BEGIN
  IF r = session_user THEN
    RAISE EXCEPTION 'You cannot remove your own login: another head or the store''s owner does.'
      USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM team_member WHERE login_role = r AND removed_at IS NULL) THEN
    RAISE EXCEPTION 'No member signs in as % in this store.', p_login USING ERRCODE = '42704';
  END IF;
  EXECUTE format('REVOKE %I, %I, %I FROM %I', db || '_head', db || '_member', db || '_reader', r);
  EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', r);
  UPDATE team_member SET removed_at = now() AT TIME ZONE 'UTC'
    WHERE login_role = r AND removed_at IS NULL;
  RETURN r;
END
$f$;

CREATE OR REPLACE FUNCTION adgsom_head_end_sessions(p_login text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_catalog AS $f$
DECLARE
  db text := adgsom_head_check();
  r text := current_database() || '_' || p_login;
  ended integer := 0;
  target integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM team_member WHERE login_role = r AND removed_at IS NOT NULL) THEN
    RETURN 0;
  END IF;
  -- One by one: in a WHERE clause the planner may call pg_terminate_backend before the
  -- other conditions, on every session (this one too).
  FOR target IN SELECT pid FROM pg_stat_activity
      WHERE usename = r AND datname = db AND pid <> pg_backend_pid() LOOP
    IF pg_terminate_backend(target) THEN
      ended := ended + 1;
    END IF;
  END LOOP;
  RETURN ended;
EXCEPTION WHEN insufficient_privilege THEN
  RETURN -1;
END
$f$;
"""
_HEAD_SIGNATURES = (
    "adgsom_head_add_login(text, text, text, integer, text)",
    "adgsom_head_remove_login(text)",
    "adgsom_head_end_sessions(text)",
)

_TRIGGERS = (
    ("position", "adgsom_approval", "BEFORE INSERT OR UPDATE", "adgsom_guard_approval"),
    ("position_version", "adgsom_approval", "BEFORE INSERT OR UPDATE", "adgsom_guard_approval"),
    ("audit_entry", "adgsom_append_only", "BEFORE INSERT", "adgsom_guard_audit_append"),
    (
        "store_setting",
        "adgsom_audit_head",
        "BEFORE INSERT OR UPDATE OR DELETE",
        "adgsom_guard_audit_head",
    ),
)

# Tables a member may read but not write (the schema's, the team's own).
_READ_ONLY = ("alembic_version", "team_member")


def secure(conn: Any) -> str:
    """Groups, grants and rules for the store in ``conn``'s database (its owner's
    connection, inside a transaction).  Returns the database's name."""
    db = database(conn)
    schema = quote(str(conn.exec_driver_sql("SELECT current_schema()").scalar()))
    names = {g: group_role(db, g) for g in GROUPS}
    if len(max(names.values(), key=len)) > MAX_ROLE_NAME:
        raise ValueError(f"the database name {db!r} is too long to name its members' roles")
    have = {
        str(r[0])
        for r in conn.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%(n)s)", {"n": list(names.values())}
        ).fetchall()
    }
    for name in names.values():
        if name not in have:
            conn.exec_driver_sql(f"CREATE ROLE {quote(name)} NOLOGIN")
    reader, member, head = (quote(names[g]) for g in GROUPS)
    statements = [
        f"GRANT {reader} TO {member}",
        f"GRANT {member} TO {head}",
        f"REVOKE ALL ON DATABASE {quote(db)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {quote(db)} TO {reader}",
        f"GRANT USAGE ON SCHEMA {schema} TO {reader}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {reader}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {member}",
        f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(_READ_ONLY)} FROM {member}",
        f"REVOKE UPDATE, DELETE ON audit_entry FROM {member}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {member}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {reader}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {member}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {member}",
    ]
    for sql in statements:
        conn.exec_driver_sql(sql)
    member_group_function(conn)
    conn.exec_driver_sql(_FUNCTIONS.replace("%", "%%"))
    pg_keys.withhold(conn, schema, reader, member)  # the sealed private keys
    pg_keys.guard(conn)  # a key in another person's name
    pg_persons.guard(conn)  # one login per person for good; a person's UUID kept
    pg_pins.withhold(conn)  # the approval PINs' hashes
    conn.exec_driver_sql(_HEAD_FUNCTIONS.replace("@SCHEMA@", schema).replace("%", "%%"))
    for signature in _HEAD_SIGNATURES:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {signature} TO {head}")
    for table, name, when, function in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
    return db


def member_group_function(conn: Any) -> None:
    conn.exec_driver_sql(_MEMBER_GROUP.replace("%", "%%"))


def _verifier(conn: Any, role: str, password: str) -> str:
    """The password as a SCRAM verifier, made here by libpq: it never travels to the
    server nor reaches its logs in clear."""
    pgconn = conn.connection.driver_connection.pgconn
    return str(
        pgconn.encrypt_password(
            password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256"
        ).decode("ascii")
    )


def create_login(conn: Any, role: str, group: str, password: str) -> None:
    """A login role for a member, in ``group`` (the owner's connection)."""
    verifier = _verifier(conn, role, password)
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}
    ).scalar()
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(
        f"{verb} ROLE {quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
        f"PASSWORD {literal(verifier)}".replace("%", "%%")
    )
    db = database(conn)
    for g in GROUPS:
        conn.exec_driver_sql(f"REVOKE {quote(group_role(db, g))} FROM {quote(role)}")
    conn.exec_driver_sql(f"GRANT {quote(group_role(db, group))} TO {quote(role)}")


def remove_login(conn: Any, role: str) -> None:
    """The member's login stops working: out of every group, no login."""
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}
    ).scalar()
    if not exists:
        return
    db = database(conn)
    for g in GROUPS:
        conn.exec_driver_sql(f"REVOKE {quote(group_role(db, g))} FROM {quote(role)}")
    conn.exec_driver_sql(f"ALTER ROLE {quote(role)} NOLOGIN PASSWORD NULL")


def end_sessions(conn: Any, role: str) -> int:
    """End the open sessions of ``role`` on this database (after ``remove_login`` is
    committed); returns how many were ended."""
    rows = conn.exec_driver_sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE usename = %(r)s AND datname = current_database() AND pid <> pg_backend_pid()",
        {"r": role},
    ).fetchall()
    return sum(1 for r in rows if r[0])


def signed_in(conn: Any) -> SignedIn | None:
    """The member the session's login belongs to (None: no member, e.g. the owner)."""
    row = conn.exec_driver_sql(
        "SELECT m.login_role, m.person_id, coalesce(p.full_name, m.login), m.role "
        "FROM team_member AS m LEFT JOIN person AS p ON p.id = m.person_id "
        "WHERE m.login_role = session_user AND m.removed_at IS NULL"
    ).fetchone()
    if row is None:
        return None
    return SignedIn(str(row[0]), None if row[1] is None else int(row[1]), str(row[2]), str(row[3]))


def head_add_login(
    conn: Any, login: str, group: str, password: str, person_id: int, role: str
) -> str:
    """A signed-in head adds (or re-adds) a member, through the owner's function."""
    verifier = _verifier(conn, login_role(database(conn), login), password)
    return str(
        conn.exec_driver_sql(
            "SELECT adgsom_head_add_login(%(l)s, %(g)s, %(v)s, %(p)s, %(r)s)",
            {"l": login, "g": group, "v": verifier, "p": person_id, "r": role},
        ).scalar()
    )


def head_remove_login(conn: Any, login: str) -> None:
    conn.exec_driver_sql("SELECT adgsom_head_remove_login(%(l)s)", {"l": login})


class PgRoles:
    """``backend.TeamRoles`` for a team store (the engine: for ending sessions)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine

    def valid_login(self, login: str) -> bool:
        return LOGIN.fullmatch(login) is not None

    def login_role(self, conn: Any, login: str) -> str:
        role = login_role(database(conn), login)
        if len(role) > MAX_ROLE_NAME:
            raise ValueError(f"the login {login!r} makes a role name longer than 63 characters")
        return role

    def secure(self, conn: Any) -> None:
        secure(conn)

    def create_login(self, conn: Any, role: str, group: str, password: str) -> None:
        create_login(conn, role, group, password)

    def remove_login(self, conn: Any, role: str) -> None:
        remove_login(conn, role)

    def end_sessions(self, role: str) -> int:
        from sqlalchemy.exc import DBAPIError

        try:
            with self._engine.connect() as conn, conn.begin():
                return end_sessions(conn, role)
        except DBAPIError:  # not allowed to (no pg_signal_backend): the caller says so
            return -1

    # -- a signed-in head (no CREATEROLE of their own: the owner's functions) ----------
    def head_add_login(
        self, conn: Any, login: str, group: str, password: str, person_id: int, role: str
    ) -> str:
        return head_add_login(conn, login, group, password, person_id, role)

    def head_remove_login(self, conn: Any, login: str) -> None:
        head_remove_login(conn, login)

    def head_end_sessions(self, login: str) -> int:
        from sqlalchemy.exc import DBAPIError

        try:
            with self._engine.connect() as conn, conn.begin():
                return int(
                    conn.exec_driver_sql(
                        "SELECT adgsom_head_end_sessions(%(l)s)", {"l": login}
                    ).scalar()
                )
        except DBAPIError:
            return -1
