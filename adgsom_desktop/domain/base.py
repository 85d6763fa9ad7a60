"""Declarative base, naming convention and shared column helpers."""

from __future__ import annotations

import uuid as _uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .timeutil import utcnow

__all__ = ["Base", "TimestampMixin", "enum_column", "new_uuid", "utcnow", "uuid_column"]

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
