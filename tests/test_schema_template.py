"""New store files are copied from an empty template of the current schema (#17 speed).

The template is built once by the migrations; a store made from it must be the very
store the migrations make (schema, seeded rows, pragmas), encrypted with its own key
when a passphrase is given, and a missing, stale or damaged template never gives a
wrong store: it is rebuilt, or the store is built by its migrations."""

from __future__ import annotations

import contextlib
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop import paths
from adgsom_desktop.errors import StoreError
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import (
    migrate,
    schema_template,
    search_index,
    sqlite_driver,
    store_create,
)
from adgsom_desktop.storage.store import Store

PASSPHRASE = "correct horse battery staple"


def _clauses(sql: str | None) -> tuple[str, ...]:
    """A statement's clauses in a set order: the migrations themselves write one table's
    foreign keys in an order that varies from run to run (a batch rebuild of ``outcome``)."""
    return tuple(sorted(line.strip().rstrip(",") for line in (sql or "").splitlines()))


def _contents(path: Path, key: Any = None) -> dict[str, Any]:
    with contextlib.closing(sqlite_driver.connect(path, key, pragmas=False)) as conn:
        master = sorted(
            (kind, name, table, _clauses(sql))
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"
            )
        )
        tables = [
            name
            for kind, name, _t, sql in master
            if kind == "table" and not (sql or ("",))[0].startswith("CREATE VIRTUAL")
        ]
        rows = {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
        pragmas = {
            p: conn.execute(f"PRAGMA {p}").fetchone()[0]
            for p in ("application_id", "user_version", "auto_vacuum", "page_size", "encoding")
        }
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    return {"master": master, "rows": rows, "pragmas": pragmas, "journal": journal}


def _own(contents: dict[str, Any]) -> dict[str, str]:
    """Take out the values that belong to one store (its id, its starting time)."""
    settings = dict(contents["rows"]["store_setting"])
    own = {k: settings.pop(k) for k in (schema_template.STORE_ID, schema_template.SIGNED_SINCE)}
    contents["rows"]["store_setting"] = sorted(settings.items(), key=repr)
    return own


def _assert_same_store(got: dict[str, Any], expected: dict[str, Any]) -> None:
    """The same schema, rows and pragmas; each its own id, each started when it was made."""
    mine, theirs = _own(got), _own(expected)
    assert got == expected
    assert re.fullmatch("[0-9a-f]{32}", mine["store_id"])
    assert mine["store_id"] != theirs["store_id"]
    started = [datetime.fromisoformat(o["approvals_signed_since"]) for o in (mine, theirs)]
    assert abs(started[0] - started[1]) < timedelta(minutes=2)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """No template known to this process (each test's cache folder is its own)."""
    monkeypatch.setattr(schema_template, "_built", {})


def _by_migrations(monkeypatch: pytest.MonkeyPatch, path: Path, key: Any = None) -> Any:
    with monkeypatch.context() as m:
        m.setattr(schema_template, "template_for", lambda: None)
        return store_create.create_file(path, key)


def test_a_store_from_the_template_is_the_store_the_migrations_make(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    migrated = tmp_path / "migrated.adgsom"
    _by_migrations(monkeypatch, migrated)
    copied = tmp_path / "copied.adgsom"
    store_create.create_file(copied, None)
    assert schema_template.template_path().is_file()  # built on the way, in the cache
    assert schema_template.template_path().is_relative_to(paths.cache_dir())
    expected, got = _contents(migrated), _contents(copied)
    _assert_same_store(got, expected)
    assert (
        got["journal"] == "wal" and got["pragmas"]["application_id"] == sqlite_driver.APPLICATION_ID
    )
    fts = search_index.FTS_TABLE
    assert ("table", fts, fts) in {m[:3] for m in got["master"]}  # the full-text index too
    assert got["rows"]["alembic_version"] == [(migrate.HEAD_REVISION,)]
    Store.open(copied).close()


def test_an_encrypted_store_from_the_template_is_keyed_with_its_own_key(
    tmp_path: Path, fresh: None
) -> None:
    a = create_store(tmp_path / "a.adgsom", passphrase=PASSPHRASE, our_delegation_code="TH")
    a.close()
    b = create_store(tmp_path / "b.adgsom", passphrase=PASSPHRASE, our_delegation_code="TH")
    b.close()
    template = schema_template.template_path()
    assert template.read_bytes()[:16] == b"SQLite format 3\0"  # the template holds no one's data
    for path in (tmp_path / "a.adgsom", tmp_path / "b.adgsom"):
        head = path.read_bytes()[:16]
        assert head != b"SQLite format 3\0"  # encrypted from its first page
        with pytest.raises(StoreError):
            Store.open(path)  # not without the passphrase
        with pytest.raises(StoreError):
            Store.open(path, "wrong horse battery staple")
        Store.open(path, PASSPHRASE).close()
    # each its own salt, as a store created by its migrations
    assert (tmp_path / "a.adgsom").read_bytes()[:16] != (tmp_path / "b.adgsom").read_bytes()[:16]


@pytest.mark.parametrize("spoil", ["garbage", "old revision", "other application"])
def test_a_damaged_or_stale_template_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None, spoil: str
) -> None:
    store_create.create_file(tmp_path / "first.adgsom", None)
    template = schema_template.template_path()
    if spoil == "garbage":
        template.write_bytes(b"SQLite format 3\0" + b"\x13" * 8000)
    else:
        with contextlib.closing(sqlite_driver.connect(template, None, pragmas=False)) as conn:
            if spoil == "old revision":
                conn.execute("UPDATE alembic_version SET version_num = '0017_list_of_speakers'")
            else:
                conn.execute("PRAGMA application_id = 7")
    # known to this process as well: checked before each use all the same
    store_create.create_file(tmp_path / "second.adgsom", None)
    migrated = tmp_path / "migrated.adgsom"
    _by_migrations(monkeypatch, migrated)
    _assert_same_store(_contents(tmp_path / "second.adgsom"), _contents(migrated))
    assert _contents(template)["rows"]["alembic_version"] == [(migrate.HEAD_REVISION,)]


def test_without_a_writable_cache_the_store_is_built_by_its_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setattr(paths, "cache_dir", lambda: blocker / "cache")
    upgrades: list[Any] = []
    real = migrate.upgrade

    def counted(engine: Any) -> None:
        upgrades.append(1)
        real(engine)

    monkeypatch.setattr(migrate, "upgrade", counted)
    store_create.create_file(tmp_path / "s.adgsom", None)
    assert upgrades == [1]
    migrated = tmp_path / "migrated.adgsom"
    _by_migrations(monkeypatch, migrated)
    _assert_same_store(_contents(tmp_path / "s.adgsom"), _contents(migrated))


def test_the_template_is_named_by_the_migration_scripts(tmp_path: Path) -> None:
    """Another version of the app (or an edited script) never uses this template."""
    name = schema_template.template_path().name
    assert migrate.HEAD_REVISION in name and name.endswith(schema_template.SUFFIX)
    schema_template.digest.cache_clear()
    try:
        assert schema_template.template_path().name == name  # the same scripts, the same name
    finally:
        schema_template.digest.cache_clear()
