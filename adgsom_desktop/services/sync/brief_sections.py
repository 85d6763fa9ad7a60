"""A brief that came in changed on both sides, merged section by section from its base.

The same rule as two members saving one brief in the team store (``brief_merge.three_way``,
G1), on the content a brief travels as (``canon``: ``{"item", "brief", "status",
"approval"}``, the owner by UUID): a section changed on one side only takes that side's
change, a section changed the same way on both is no conflict, and only a section changed
differently on both sides is one.  An approval is never merged into: when either side holds
the brief approved, it stays a conflict whole (both versions shown, the approval withdrawn:
``plan_writer``), as before.

No SQLAlchemy, no Qt: records and plain functions.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...domain.position_sections import LABELS
from ...i18n.messages import Message
from ..brief_merge import three_way
from ..position_records import PositionContent
from .revs import canonical_json

APPROVED = "approved"
DRAFT = "draft"


@dataclass(frozen=True)
class BriefMerge:
    """What merging our brief and theirs from their base gives.

    ``content``: the merged brief (None while a section is in ``conflicts``, or when an
    approval keeps it whole); ``from_mine`` / ``from_theirs`` / ``conflicts``: section keys
    (``position_sections``) changed here only, there only, differently on both sides."""

    content: dict[str, Any] | None
    from_mine: tuple[str, ...]
    from_theirs: tuple[str, ...]
    conflicts: tuple[str, ...]
    approved: bool = False  # an approval on either side: kept whole, never merged

    @property
    def clean(self) -> bool:
        return self.content is not None

    def labels(self, keys: tuple[str, ...], language: str = "en") -> str:
        """The sections' names in ``language`` ("": the interface's; "en" what is stored)."""
        return ", ".join(Message(LABELS[k]).text(language) for k in keys)

    def detail(self, here: object, there: object, language: str = "en") -> str:
        """What was merged, for the report's line ("Points to make from here, Red line
        from the team store"): in English for what is stored (a version's comment), in
        the interface's language (``language=""``) for the report a user reads."""
        parts = []
        if self.from_mine:
            parts.append(
                Message(
                    "{sections} from {side}",
                    sections=self.labels(self.from_mine, language),
                    side=here,
                )
            )
        if self.from_theirs:
            parts.append(
                Message(
                    "{sections} from {side}",
                    sections=self.labels(self.from_theirs, language),
                    side=there,
                )
            )
        if self.conflicts:
            parts.append(
                Message(
                    "changed on both sides: {sections}",
                    sections=self.labels(self.conflicts, language),
                )
            )
        return "; ".join(part.text(language) for part in parts)


def content_of(content: Mapping[str, Any]) -> PositionContent:
    """A travelling brief's sections (its owner's UUID standing for the owner)."""
    brief = dict(content.get("brief") or {})
    brief["owner_id"] = brief.pop("owner", None)
    return PositionContent.from_snapshot(brief)


def travelling(brief: PositionContent) -> dict[str, Any]:
    """Sections back into the travelling shape (as ``brief_reader`` reads them)."""
    snap = brief.to_snapshot()
    snap.pop("tags", None)
    snap["owner"] = snap.pop("owner_id", None)
    return dict(json.loads(canonical_json(snap)))  # plain JSON values, as a payload holds


def merge_brief(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> BriefMerge:
    """Our brief and theirs merged from ``base`` (the version both last shared)."""
    m = three_way(content_of(base), content_of(mine), content_of(theirs))
    keep_whole = APPROVED in (mine.get("status"), theirs.get("status"))
    if keep_whole or m.conflicts:
        return BriefMerge(None, m.from_mine, m.from_theirs, m.conflicts, keep_whole)
    b, ours, their = base.get("status"), mine.get("status"), theirs.get("status")
    status = ours if ours == their or their == b else their if ours == b else DRAFT
    merged = {**mine, "brief": travelling(m.merged), "status": status, "approval": None}
    return BriefMerge(merged, m.from_mine, m.from_theirs, ())


__all__ = ["BriefMerge", "content_of", "merge_brief", "travelling"]
