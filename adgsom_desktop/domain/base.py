"""Declarative base, naming convention and shared column helpers."""

from __future__ import annotations

import uuid as _uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Index, MetaData, String, text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .timeutil import utcnow

__all__ = [
    "Base",
    "TimestampMixin",
    "declare_partial_indexes",
    "enum_column",
    "new_uuid",
    "partial_index",
    "utcnow",
    "uuid_column",
]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_cls: type[StrEnum], **kw: Any) -> Any:
    """A string column holding the *values* of a StrEnum (no native enum, no CHECK).

    No CHECK constraint: a batch migration that adds a member would otherwise
    have to rebuild every table using the enum.
    """
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        **kw,
    )


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index over the rows ``where`` holds (e.g. live notes: ``deleted_at IS NULL``).

    Declared for SQLite only: naming ``postgresql_where`` here would load SQLAlchemy's
    PostgreSQL dialect (2 MiB) in every process that imports the models, a file store's
    GUI included, just to check the argument's name.  A team store's engine gives the
    same indexes the same predicate (``declare_partial_indexes``); its migrations create
    them with it, as a file's do.
    """
    return Index(name, *columns, unique=unique, sqlite_where=text(where))


def declare_partial_indexes(metadata: MetaData, dialect: str = "postgresql") -> None:
    """Give every ``partial_index`` its predicate on ``dialect`` too (idempotent)."""
    for table in metadata.tables.values():
        for index in table.indexes:
            where = index.dialect_options["sqlite"]["where"]
            if where is not None and index.dialect_options[dialect]["where"] is None:
                index.dialect_kwargs[f"{dialect}_where"] = where


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


def short_str(n: int = 200) -> String:
    return String(n)


def new_uuid() -> str:
    """A record's identity across stores (32 hex digits, no dashes)."""
    return _uuid.uuid4().hex


def uuid_column() -> Any:
    """The UUID a record that travels between stores keeps everywhere (trip copies and
    exchange bundles, #17).  Given by the app on insert; nullable in the schema only
    because SQLite cannot add a NOT NULL column without rebuilding the table (the sync
    code gives one to any row that lacks it).  Unique: an index ``uq_<table>_uuid``."""
    return mapped_column(String(32), nullable=True, default=new_uuid)
