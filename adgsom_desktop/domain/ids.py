"""The range of a record's id, whatever the store's engine (no SQLAlchemy here).

Ids are INTEGER columns: 32 bits on a team store's PostgreSQL (SQLite's hold 64, but a
store file's ids never pass PostgreSQL's, or it could not be copied to a team store).  A
number outside ``1..ID_MAX`` names no record in any store; sent to the engine it is an
error there (PostgreSQL: "integer out of range"; SQLite beyond 2**63: an OverflowError),
so the command line and the files read refuse it first, in words.
"""

from __future__ import annotations

ID_MAX = 2**31 - 1  # PostgreSQL's INTEGER
INT_MIN = -(2**31)  # the other INTEGER columns (an order, a version, a count)


def is_id(value: object) -> bool:
    """Whether ``value`` can be a record's id (a whole number from 1 to ``ID_MAX``)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= ID_MAX


def fits_integer(value: object) -> bool:
    """Whether ``value`` fits an INTEGER column on either engine."""
    return isinstance(value, int) and not isinstance(value, bool) and INT_MIN <= value <= ID_MAX
