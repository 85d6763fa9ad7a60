"""A record other than a brief changed on both sides (an action item), merged field by
field from the version both last shared (``bases``): a field changed on one side only
takes that side's value; a field changed differently on both sides leaves the record a
conflict, as before."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def merge_fields(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> dict[str, Any] | None:
    """Both sides' changes in one record; None when a field changed differently on both."""
    out: dict[str, Any] = {}
    for name in {**mine, **theirs}:
        was, ours, other = base.get(name), mine.get(name), theirs.get(name)
        if ours == other or other == was:
            out[name] = ours
        elif ours == was:
            out[name] = other
        else:
            return None
    return out
