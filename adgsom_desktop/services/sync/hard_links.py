"""What an incoming record cannot be written without (its NOT NULL container), and the
links to an item that the item's deletion sets to nothing: the merge plan's rules of
what is placeable (``merge.drop_unplaceable``, ``merge.reattach``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .kinds import CONTAINER_FIELD, SPECS, Conv, Kind

NEEDS = {
    Kind.MEETING: "event",
    Kind.ITEM: "meeting",
    Kind.PLACE: "item",
    Kind.PROGRAMME: "meeting",
    Kind.MEMBER: "meeting",
    Kind.DOCUMENT: "meeting",
    Kind.NOTE: "meeting",
    Kind.POSITION: "item",
    Kind.STANCE: "item",
    Kind.OUTCOME: "item",
    Kind.INTEREST: "item",
    Kind.DELIVERED: "item",
    Kind.SPEAKING: "meeting",
}


# Links to an item that its deletion sets to nothing (ON DELETE SET NULL).
DETACHABLE: dict[Kind, tuple[str, ...]] = {
    kind: names
    for kind, spec in SPECS.items()
    if (
        names := tuple(
            f.name
            for f in spec.links()
            if f.conv is Conv.ITEM and f.name != CONTAINER_FIELD.get(kind)
        )
    )
}


def hard_link(kind: Kind, content: Mapping[str, Any]) -> str | None:
    """The record this one cannot be written without (a NOT NULL link)."""
    name = {Kind.PLACE: "item"}.get(kind) or (CONTAINER_FIELD.get(kind) if kind in NEEDS else None)
    value = content.get(name) if name else None
    return str(value) if value else None
