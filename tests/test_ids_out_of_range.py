"""The services given an id out of any record's range, on both engines (review s33 R6).

The GUI never passes one, but a file read might: whatever reaches a service is a missing
record in words, never the engine's error (PostgreSQL's "integer out of range" with its
SQL, SQLite's OverflowError beyond 2**63), and nothing is written.
"""

from __future__ import annotations

from typing import Any

import pytest

from adgsom_desktop.errors import NotFoundError

ABSURD = (2**31, 2**63, 10**20)


@pytest.mark.parametrize("number", ABSURD)
def test_a_read_by_an_absurd_id_is_a_missing_record(services: Any, number: int) -> None:
    for read in (services.events.event, services.events.meeting, services.agenda.item):
        with pytest.raises(NotFoundError) as missing:
            read(number)
        said = str(missing.value)
        assert "SQL" not in said and "integer" not in said, said


@pytest.mark.parametrize("number", ABSURD)
def test_a_write_by_an_absurd_id_changes_nothing(services: Any, number: int) -> None:
    entries = services.audit.count()
    with pytest.raises(NotFoundError):
        services.notes.add(number, "A note for a meeting that cannot be.")
    with pytest.raises(NotFoundError):
        services.agenda.delete_item(number)
    assert services.audit.count() == entries
