"""How a member key's sealed private part is read: through the server where members sign in.

On a team store (PostgreSQL) a member's login may not read ``member_key.sealed_private``
(a column privilege withheld from the member groups, ``storage/pg_keys.py``): another
member's sealed key, copied, could be guessed at offline.  So the models never select
that column; they read two expressions instead, which compile per engine:

- ``sealed_seen(id, sealed_private)``: the sealed part as this sign-in may read it: on
  PostgreSQL ``adgsom_sealed_key(id)``, a ``SECURITY DEFINER`` function handing a login
  only the key of the person it is mapped to (the store's owner, no member: every key),
  '' otherwise; on a store file the column itself (its passphrase opens it whole).
- ``holds_sealed(id, sealed_private)``: whether a sealed part is stored at all (not a
  secret: whose key can open a bundle here): ``adgsom_key_holds_private(id)`` on
  PostgreSQL, ``sealed_private <> ''`` on a file.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class sealed_seen(FunctionElement[str]):
    type = Text()
    inherit_cache = True
    name = "adgsom_sealed_key"


class holds_sealed(FunctionElement[bool]):
    type = Boolean()
    inherit_cache = True
    name = "adgsom_key_holds_private"


def _args(element: Any) -> tuple[Any, Any]:
    key_id, sealed = list(element.clauses)
    return key_id, sealed


@compiles(sealed_seen)
def _seen_file(element: Any, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(_args(element)[1], **kw))


@compiles(sealed_seen, "postgresql")
def _seen_server(element: Any, compiler: Any, **kw: Any) -> str:
    return f"coalesce(adgsom_sealed_key({compiler.process(_args(element)[0], **kw)}), '')"


@compiles(holds_sealed)
def _holds_file(element: Any, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(_args(element)[1], **kw)} != '')"


@compiles(holds_sealed, "postgresql")
def _holds_server(element: Any, compiler: Any, **kw: Any) -> str:
    return f"coalesce(adgsom_key_holds_private({compiler.process(_args(element)[0], **kw)}), false)"
