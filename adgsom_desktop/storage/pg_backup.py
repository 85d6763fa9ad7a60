"""A team store's archive: ``pg_dump`` out of the database, ``pg_restore`` into an empty one.

The server's own tools make and read the archive (PostgreSQL's custom format); this
module only runs them, finds them (``ADGSOM_PG_BIN``, PATH, then
``/usr/lib/postgresql/<newest>/bin``, where Debian puts them), and answers the two
questions a restore asks first: is the target database empty, and who else is
connected to it.  The encryption of the archive is the services' (``team_backup``):
bytes pass through here as they come, never written to a file in clear.

A restore runs in one transaction (``--single-transaction --exit-on-error``): a
failure leaves the database as empty as it was.  Owners and grants are not restored
(``--no-owner --no-acl``): the database restored into has its own owner and its own
member groups (named after it), which ``pg_team.secure`` then creates and grants,
and the members whose logins exist on this server are granted their groups again.
The archive is the owner's: a member's login may not read the others' sealed private
keys (``pg_keys``), so ``reads_every_key`` lets the service refuse before ``pg_dump``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..domain.locator import Locator
from ..errors import StoreError
from . import pg_team

ENV_BIN = "ADGSOM_PG_BIN"
CHUNK = 1 << 16


def tool(name: str) -> Path:
    """The path of ``pg_dump``/``pg_restore`` (``StoreError`` naming what to install)."""
    candidates: list[Path] = []
    if os.environ.get(ENV_BIN):
        candidates.append(Path(os.environ[ENV_BIN]) / name)
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted(
            (p for p in root.iterdir() if p.name.isdigit()), key=lambda p: -int(p.name)
        )
        candidates += [p / "bin" / name for p in versions]
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return path
    raise StoreError(
        "{name} was not found: install PostgreSQL's client tools (Debian/Ubuntu: "
        "postgresql-client), or set {env_bin} to the folder holding {name}.",
        name=name,
        env_bin=ENV_BIN,
    )


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return env


def _first_error(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        if "error" in ln.lower() or "fatal" in ln.lower():
            return ln.removeprefix("pg_dump: ").removeprefix("pg_restore: ")
    return lines[-1] if lines else "no reason given"


@contextlib.contextmanager
def dump(locator: Locator) -> Iterator[IO[bytes]]:
    """``pg_dump``'s custom-format archive of the store at ``locator``, as a stream to
    read to its end; the tool's failure is raised (``StoreError``) when the block ends."""
    proc = subprocess.Popen(
        [
            str(tool("pg_dump")),
            "--format=custom",
            "--compress=6",
            "--no-password",
            f"--dbname={locator.connect_url}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        yield proc.stdout
    except BaseException:
        proc.kill()
        raise
    finally:
        proc.stdout.close()
        code = proc.wait()
        reader.join(10)
    if code != 0:
        raise StoreError(
            "pg_dump could not read {locator_display}: {error}",
            locator_display=locator.display,
            error=_first_error(b"".join(errors).decode("utf-8", "replace")),
        )


def restore(locator: Locator, chunks: Iterable[bytes]) -> None:
    """Feed an archive (``chunks``) to ``pg_restore`` into the database at ``locator``,
    in one transaction (``StoreError`` with the server's reason; nothing restored)."""
    proc = subprocess.Popen(
        [
            str(tool("pg_restore")),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-acl",
            "--no-password",
            f"--dbname={locator.connect_url}",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdin is not None and proc.stderr is not None
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        for chunk in chunks:
            proc.stdin.write(chunk)
        proc.stdin.close()
    except BrokenPipeError:
        pass  # pg_restore stopped early: its reason is on stderr
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    code = proc.wait()
    reader.join(10)
    if code != 0:
        raise StoreError(
            "The archive could not be restored into {locator_display} (nothing was "
            "restored): {error}",
            locator_display=locator.display,
            error=_first_error(b"".join(errors).decode("utf-8", "replace")),
        )


# -- the target database ---------------------------------------------------------------------


@dataclass(frozen=True)
class Connected:
    login: str
    application: str
    address: str


def _connect(locator: Locator) -> Any:
    import psycopg

    try:
        return psycopg.connect(
            locator.connect_url,
            autocommit=True,
            connect_timeout=10,
            application_name="adgsom-desktop restore",
        )
    except psycopg.Error as exc:
        raise StoreError(
            "Could not connect to {display}: {exc}", display=locator.display, exc=exc
        ) from exc


def target_state(locator: Locator) -> tuple[int, list[Connected]]:
    """How many relations the database at ``locator`` holds outside the system's
    schemas, and who else is connected to it now."""
    with contextlib.closing(_connect(locator)) as conn:
        relations = conn.execute(
            "SELECT count(*) FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'"
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT coalesce(usename, ''), coalesce(application_name, ''), "
            "coalesce(host(client_addr), 'local') FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend' ORDER BY usename, application_name"
        ).fetchall()
    return int(relations), [Connected(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def reads_every_key(locator: Locator) -> bool:
    """Whether the login at ``locator`` reads every member's sealed private key (the
    store's owner does; a member's login does not, ``pg_keys``): a backup without them
    would lose them on a restore."""
    with contextlib.closing(_connect(locator)) as conn:
        try:
            row = conn.execute(
                "SELECT has_column_privilege('member_key', 'sealed_private', 'SELECT')"
            ).fetchone()
        except Exception:  # no store in it: pg_dump says what it finds
            return True
    return bool(row and row[0])


def member_names(locator: Locator, logins: list[str]) -> dict[str, str]:
    """The people the login roles ``logins`` belong to in the store at ``locator`` (a
    login that is no member is left out)."""
    if not logins:
        return {}
    with contextlib.closing(_connect(locator)) as conn:
        try:
            rows = conn.execute(
                "SELECT m.login_role, coalesce(p.full_name, m.login) FROM team_member AS m "
                "LEFT JOIN person AS p ON p.id = m.person_id WHERE m.login_role = ANY(%s)",
                (logins,),
            ).fetchall()
        except Exception:  # no store in it (no team_member table): no names to give
            return {}
    return {str(r[0]): str(r[1]) for r in rows}


def regrant(locator: Locator) -> tuple[list[str], list[str]]:
    """After a restore: the database's own member groups and grants (``pg_team.secure``),
    and each current member whose login exists on this server put back in their group.
    Returns (logins granted, logins missing on this server)."""
    from .pg_store import make_engine

    granted: list[str] = []
    missing: list[str] = []
    engine = make_engine(locator)
    try:
        return _regrant(engine, granted, missing)
    finally:
        engine.dispose()


def _regrant(engine: Any, granted: list[str], missing: list[str]) -> tuple[list[str], list[str]]:
    with engine.connect() as conn, conn.begin():
        db = pg_team.secure(conn)
        rows = conn.exec_driver_sql(
            "SELECT m.login_role, m.role, (r.rolname IS NOT NULL) FROM team_member AS m "
            "LEFT JOIN pg_roles AS r ON r.rolname = m.login_role "
            "WHERE m.removed_at IS NULL ORDER BY m.login_role"
        ).fetchall()
        for role, group, exists in rows:
            if not exists or group not in pg_team.GROUPS:
                missing.append(str(role))
                continue
            conn.exec_driver_sql(
                f"GRANT {pg_team.quote(pg_team.group_role(db, str(group)))} "
                f"TO {pg_team.quote(str(role))}"
            )
            granted.append(str(role))
    return granted, missing
