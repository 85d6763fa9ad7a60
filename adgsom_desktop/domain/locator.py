"""Where a store lives: a file on this computer, or a database on a PostgreSQL server.

A ``Locator`` names a store everywhere one is named (``--store``, the recent list, the
title bar, About): a path, or a ``postgresql://`` URL.  A URL is never taken as a path
(``Path("postgresql://host/db")`` would make folders named ``postgresql:``), and a
password written into a URL is never shown, logged or remembered: ``display`` and
``remembered`` drop it, only ``connect_url`` keeps it (libpq also reads
``PGPASSWORD`` and ``~/.pgpass``, so a remembered URL without a password still opens).

Pure value type: no I/O beyond turning a relative path absolute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from ..errors import ValidationError

SERVER_SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


# libpq's TLS modes (``sslmode``), weakest first; "" leaves libpq's default (prefer).
TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
VERIFYING = ("verify-ca", "verify-full")  # these check the server's certificate (a CA file)
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerFields:
    """A team store's address, field by field (the Connect dialog's): never a password."""

    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT
    tls: str = ""  # sslmode; "" = libpq's default
    ca_file: str = ""  # sslrootcert: the CA that signed the server's certificate
    options: tuple[tuple[str, str], ...] = ()  # any other connection options, kept as given


class LocatorKind(StrEnum):
    FILE = "file"
    SERVER = "postgresql"


@dataclass(frozen=True)
class Locator:
    kind: LocatorKind
    path: Path | None = None  # a file store
    url: str = field(default="", repr=False)  # a server store, as given (may hold a password)

    # -- making one ------------------------------------------------------------------
    @classmethod
    def parse(cls, value: str | Path | Locator) -> Locator:
        """A path or a ``postgresql://`` URL.  Another ``scheme://`` is refused with a
        message (never made into a folder); so is a URL without a database name."""
        if isinstance(value, Locator):
            return value
        if isinstance(value, Path):
            return cls.file(value)
        text = str(value).strip()
        if not text:
            raise ValidationError("No store named: give a file or a postgresql:// address.")
        found = _SCHEME.match(text)
        if found is None:
            return cls.file(Path(text))
        scheme = found.group(1).lower()
        if scheme == "file":
            return cls.file(Path(unquote(urlsplit(text).path)))
        if scheme.split("+")[0] not in SERVER_SCHEMES:
            raise ValidationError(
                "{scheme}:// is not a kind of store: give a file, or a team store's "
                "postgresql://user@host/database address.",
                scheme=scheme,
            )
        parts = urlsplit(text)
        database = unquote(parts.path.lstrip("/"))
        if not database or "/" in database:
            raise ValidationError(
                "{text} names no database: write postgresql://user@host/database.",
                text=_redact(text),
            )
        if not parts.hostname and "host=" not in parts.query:
            raise ValidationError(
                "{text} names no server: write postgresql://user@host/database.", text=_redact(text)
            )
        # One spelling: postgresql://, whatever was typed (postgres://, postgresql+psycopg://).
        url = urlunsplit(("postgresql", parts.netloc, parts.path, parts.query, ""))
        return cls(LocatorKind.SERVER, None, url)

    @classmethod
    def server(cls, fields: ServerFields, password: str = "") -> Locator:
        """The team store named field by field; what cannot work is refused in words."""
        host, database = fields.host.strip(), fields.database.strip()
        if not host:
            raise ValidationError("Give the server's name or address.", "host")
        if not database:
            raise ValidationError("Give the database of the team store.", "database")
        if not 0 < fields.port < 65536:
            raise ValidationError(
                "A port is 1 to 65535, not {fields_port}.", "port", fields_port=fields.port
            )
        if fields.tls and fields.tls not in TLS_MODES:
            raise ValidationError("No TLS mode {fields_tls!r}.", "tls", fields_tls=fields.tls)
        if fields.tls in VERIFYING and not fields.ca_file.strip():
            raise ValidationError(
                "Checking the server's certificate needs the CA file your administrator "
                "gave you (the authority that signed it).",
                "ca_file",
            )
        shown = f"[{host}]" if ":" in host else host
        user = quote(fields.user.strip(), safe="")
        netloc = f"{user}@{shown}" if user else shown
        if fields.port != DEFAULT_PORT:
            netloc += f":{fields.port}"
        query = [(k, v) for k, v in fields.options if k not in ("sslmode", "sslrootcert")]
        if fields.tls:
            query.append(("sslmode", fields.tls))
        if fields.tls and fields.tls != "disable" and fields.ca_file.strip():
            query.append(("sslrootcert", fields.ca_file.strip()))
        url = urlunsplit(
            ("postgresql", netloc, "/" + quote(database, safe=""), urlencode(query, safe="/"), "")
        )
        return cls.parse(url).with_password(password)

    def fields(self) -> ServerFields:
        """A team store's address, field by field (its password left out)."""
        if not self.url:
            raise ValueError(f"{self.display} is not a team store")
        parts = urlsplit(self.url)
        options = tuple(parse_qsl(parts.query, keep_blank_values=True))
        given = dict(options)
        return ServerFields(
            host=self.host,
            database=self.database,
            user=unquote(parts.username or "") or given.get("user", ""),
            port=parts.port or int(given.get("port", DEFAULT_PORT) or DEFAULT_PORT),
            tls=given.get("sslmode", ""),
            ca_file=given.get("sslrootcert", ""),
            options=tuple(
                (k, v) for k, v in options if k not in ("sslmode", "sslrootcert", "host")
            ),
        )

    @classmethod
    def file(cls, path: Path | str) -> Locator:
        return cls(LocatorKind.FILE, Path(path).expanduser().absolute(), "")

    # -- what it is --------------------------------------------------------------------
    @property
    def is_file(self) -> bool:
        return self.kind is LocatorKind.FILE

    @property
    def is_server(self) -> bool:
        return self.kind is LocatorKind.SERVER

    def file_path(self) -> Path:
        """The file of a file store (a server store has none: ``ValueError``)."""
        if self.path is None:
            raise ValueError(f"{self.display} is not a file")
        return self.path

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.lstrip("/")) if self.url else ""

    @property
    def host(self) -> str:
        if not self.url:
            return ""
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        if not host:
            for pair in parts.query.split("&"):
                if pair.startswith("host="):
                    host = unquote(pair[5:])
        return host

    @property
    def name(self) -> str:
        """A short name (title bar, status bar): the file's name, or database @ host."""
        if self.path is not None:
            return self.path.name
        host = self.host
        return f"{self.database} @ {host}" if host else self.database

    @property
    def display(self) -> str:
        """The whole locator as shown to a user: the path, or the URL without password."""
        return str(self.path) if self.path is not None else _redact(self.url)

    @property
    def remembered(self) -> str:
        """What the recent list keeps: the path, or the URL without its password."""
        return self.display

    @property
    def connect_url(self) -> str:
        """The URL to connect with (password included when one was given)."""
        return self.url

    def with_password(self, password: str) -> Locator:
        """The same server store, connecting with ``password`` (typed apart, never shown)."""
        if not self.url or not password:
            return self
        parts = urlsplit(self.url)
        user = quote(unquote(parts.username or ""), safe="")
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"{user}:{quote(password, safe='')}@{host}"
        if parts.port is not None:
            netloc += f":{parts.port}"
        url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        return Locator(self.kind, None, url)

    def __str__(self) -> str:
        return self.display

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Locator):
            return NotImplemented
        return (
            self.kind is other.kind
            and self.path == other.path
            and (_redact(self.url) == _redact(other.url))
        )

    def __hash__(self) -> int:
        return hash((self.kind, self.path, _redact(self.url)))


def _redact(url: str) -> str:
    """``url`` without a password (user, host, port, database and options kept)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = quote(unquote(parts.username or ""), safe="")
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
