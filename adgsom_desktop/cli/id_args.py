"""The ids a command takes (--item, --meeting, --event...): one argparse type for them all.

A record's id is a whole number from 1 to ``ID_MAX`` (``domain.ids``).  A number outside
that range names no record in any store: ``run_command`` refuses it before the store is
opened or a passphrase asked, in the words of any id a store does not hold ("There is no
agenda item N.", exit 1), on a store file and a team store alike (review s33 R6: the
server's SQL reached the user).  Text that is no whole number is argparse's usage error.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.ids import ID_MAX
from ..errors import NotFoundError


@dataclass(frozen=True)
class NoSuchId:
    """An id given out of any record's range: what it was meant to name, as typed."""

    noun: str
    text: str

    @property
    def message(self) -> str:
        return f"There is no {self.noun} {self.text}."


def _one(noun: str, value: str) -> int | NoSuchId:
    text = value.strip()
    try:
        number = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an id: give the {noun}'s number (a whole number)"
        ) from None
    return number if 1 <= number <= ID_MAX else NoSuchId(noun, text)


def id_arg(noun: str) -> Callable[[str], int | NoSuchId]:
    """The type of an option naming one record (``noun``: "agenda item", "meeting"...)."""

    def parse(value: str) -> int | NoSuchId:
        return _one(noun, value)

    parse.noun = noun  # type: ignore[attr-defined]  # the tests find the id options by it
    return parse


def id_list_arg(noun: str) -> Callable[[str], tuple[int | NoSuchId, ...]]:
    """The type of an option naming records as ``ID[,ID]`` (repeatable: ``append``)."""

    def parse(value: str) -> tuple[int | NoSuchId, ...]:
        return tuple(_one(noun, part) for part in value.split(",") if part.strip())

    parse.noun = noun  # type: ignore[attr-defined]
    return parse


def refuse_absent_ids(args: argparse.Namespace) -> None:
    """Raise ``NotFoundError`` for the first id given out of range (see the module)."""
    for value in vars(args).values():
        for one in value if isinstance(value, (list, tuple)) else (value,):
            for part in one if isinstance(one, tuple) else (one,):
                if isinstance(part, NoSuchId):
                    raise NotFoundError(part.message)


# The records the commands name by id.
ITEM_ID = id_arg("agenda item")
MEETING_ID = id_arg("meeting")
EVENT_ID = id_arg("event")
PERSON_ID = id_arg("person")
DOC_ID = id_arg("negotiated text")
CONFLICT_ID = id_arg("conflict")
ISSUE_ID = id_arg("issued pack")
ITEM_IDS = id_list_arg("agenda item")
MEETING_IDS = id_list_arg("meeting")
