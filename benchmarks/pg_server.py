"""A throwaway PostgreSQL server for the tests and the benchmarks (never a real one).

``initdb`` in a temporary folder, ``pg_ctl start`` on a free port of 127.0.0.1 with
its socket in that folder; the superuser is trusted, any other login gives its
password (SCRAM), as a team member does on a real server; stopped and removed at the end.
PostgreSQL refuses to run as root: as root the server runs as the ``postgres`` user
(Debian's package creates it) with a folder that user owns.

``binaries()`` finds ``initdb``/``pg_ctl`` (``ADGSOM_PG_BIN``, ``pg_config --bindir``,
``/usr/lib/postgresql/<newest>/bin``, or PATH); ``None`` when PostgreSQL is not
installed (then local tests skip, and CI fails: ``CI=true`` means they must run).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENV_BIN = "ADGSOM_PG_BIN"


def binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates: list[Path] = []
    if os.environ.get(ENV_BIN):
        candidates.append(Path(os.environ[ENV_BIN]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10
            )
            candidates.append(Path(out.stdout.strip()))
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted(
            (p for p in root.iterdir() if p.name.isdigit()), key=lambda p: int(p.name)
        )
        candidates += [p / "bin" for p in reversed(versions)]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running throwaway server; ``url(db)`` names a database on it."""

    bindir: Path
    folder: Path
    port: int
    user: str  # the operating-system user the server runs as ("" = this process's)
    superuser: str = "postgres"
    tls: tuple[Path, Path] | None = None  # (certificate, key): TLS on, as well as plain

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = [str(a) for a in args]
        if self.user:
            cmd = ["setpriv", f"--reuid={self.user}", f"--regid={self.user}", "--init-groups", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)

    def start(self) -> None:
        init = self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.superuser,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        # The superuser (the tests' store owner) is trusted; every other login (a team
        # member's own role) signs in with its password, as on a real server.
        hba = self.data / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            f"host all {self.superuser} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(hba, entry.pw_uid, entry.pw_gid)
        started = self._launch()
        if started.returncode != 0:
            log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()}\n{log}")

    def _launch(self) -> subprocess.CompletedProcess[str]:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=64MB"
        )
        if self.tls is not None:
            options += f" -c ssl=on {self._tls_options()}"
        return self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def _tls_options(self) -> str:
        """The certificate and key copied into the server's folder, owned by the server's
        user (the server refuses a key others can read)."""
        assert self.tls is not None
        names = []
        for source, name in zip(self.tls, ("server.crt", "server.key"), strict=True):
            target = self.folder / name
            shutil.copyfile(source, target)
            target.chmod(0o600)
            if self.user:
                entry = pwd.getpwnam(self.user)
                os.chown(target, entry.pw_uid, entry.pw_gid)
            names.append(target)
        return f"-c ssl_cert_file={names[0]} -c ssl_key_file={names[1]}"

    def restart(self) -> subprocess.CompletedProcess[str]:
        """Stop the server (fast: sessions are ended) and start it again, as an
        administrator's restart does; the same port, data and options."""
        return self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",  # the server's output to its log, not to our pipe (never closed)
            str(self.folder / "server.log"),
            "-m",
            "fast",
            "-w",
            "restart",
        )

    def halt(self, mode: str = "fast") -> subprocess.CompletedProcess[str]:
        """Stop the server under the app (every session cut, port closed); its data stays
        for ``resume``.  ``fast`` by default: this throwaway server runs with
        ``synchronous_commit=off``, so ``immediate`` may also lose commits it had
        acknowledged (a test of the app would then see the server's loss, not its own)."""
        return self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"
        )

    def resume(self) -> subprocess.CompletedProcess[str]:
        """Start a halted server again (same port, data and options; recovery first)."""
        return self._launch()

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str = "", template: str = "template0") -> str:
        """A new empty database (UTF-8, C.UTF-8 character classes); returns its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(
                f"CREATE DATABASE \"{name}\" TEMPLATE {template} ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start(bindir: Path | None = None, tls: tuple[Path, Path] | None = None) -> Server:
    """Start a throwaway server (raises RuntimeError with the reason when it cannot);
    ``tls``: its certificate and key files (it then takes TLS connections too)."""
    bindir = bindir or binaries()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb found)")
    user = ""
    folder = Path(tempfile.mkdtemp(prefix="adgsom-pg-"))
    if os.geteuid() == 0:  # initdb/postgres refuse root: run as the postgres user
        try:
            entry = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("running as root and there is no 'postgres' user") from exc
        user = "postgres"
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = Server(bindir, folder, _free_port(), user, tls=tls)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


@contextlib.contextmanager
def running() -> Iterator[Server]:
    server = start()
    try:
        yield server
    finally:
        server.stop()
