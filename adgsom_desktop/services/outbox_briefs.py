"""A brief's autosave held while the team store's server is away (#16).

The position editor's autosave (``PositionService.save_brief``) described as data:
the item, the whole content of the brief (every section: a later save of the same
brief replaces an earlier one still held, ``fold``), its ADM tags, the version the
editor started from (``expected_version``) and whether an approved brief is reopened.

Written exactly once: if the brief moved past ``expected_version`` and now holds this
very content, ours landed (its answer was lost): done.  Otherwise someone else saved
it meanwhile: ``BriefConflict``, set aside as a held conflict and shown per section
in the team store's conflict dialog (``ui/team/held_conflicts``), as a conflicting
autosave is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain.tag_text import normalise_tags
from .position_records import BriefSaved, PositionContent

if TYPE_CHECKING:
    from .container import Services
    from .outbox_writes import HeldWrite

BRIEF_SAVE = "brief.save"


def brief_args(
    item_id: int,
    content: PositionContent | None,
    *,
    tags: tuple[str, ...] | None,
    expected_version: int,
    amend_version: int | None = None,
    reopen: bool = False,
) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "content": None if content is None else content.to_snapshot(),
        "tags": None if tags is None else list(tags),
        "expected_version": expected_version,
        "amend_version": amend_version,  # a spell of typing folds into one version
        "reopen": reopen,
    }


def content_of(args: dict[str, Any] | Any) -> PositionContent | None:
    data = args.get("content")
    return None if data is None else PositionContent.from_snapshot(dict(data))


def apply_brief(services: Services, write: HeldWrite) -> BriefSaved:
    # Here, not at the top: the held-write types (``outbox_writes``) load with every
    # store's runner, the merge machinery only when a held brief is replayed (#13).
    from .brief_conflict import BriefConflict

    a = write.args
    item_id = int(a["item_id"])
    content = content_of(a)
    tags = a.get("tags")
    try:
        return services.positions.save_brief(
            item_id,
            content,
            tags=None if tags is None else list(tags),
            expected_version=int(a["expected_version"]),
            amend_version=a.get("amend_version"),
            reopen_approved=bool(a.get("reopen")),
        )
    except BriefConflict as exc:
        merge = exc.merge()
        if content is not None and (
            same_content(exc.theirs.content, content) or (merge is not None and merge.adds_nothing)
        ):
            # Ours is in (the commit went through, its answer was lost; or someone saved
            # on top of it, or made the same edits): nothing more.
            current = tuple(services.agenda.item(item_id).tags)
            if tags is not None and normalise_tags(tags) != current:
                return services.positions.save_brief(item_id, None, tags=list(tags))
            return BriefSaved(item_id, exc.theirs, current, content_saved=True)
        raise


def same_content(theirs: PositionContent, mine: PositionContent) -> bool:
    """The same brief, whatever the tags (those are the item's) and the spacing."""
    # imported here: position_rows loads the ORM models, which the GUI defers until after
    # the first paint (tests/test_startup_imports.py)
    from .position_rows import clean_content

    strip = {"tags": ()}
    a = clean_content(PositionContent.from_snapshot({**theirs.to_snapshot(), **strip}))
    b = clean_content(PositionContent.from_snapshot({**mine.to_snapshot(), **strip}))
    return a == b


def fold(earlier: dict[str, Any], later: dict[str, Any]) -> dict[str, Any] | None:
    """A later save of the same brief folded into one still held: one write, made on the
    version the first was made on (saving twice offline is no conflict with oneself)."""
    if earlier.get("item_id") != later.get("item_id"):
        return None
    return {
        "item_id": later["item_id"],
        "content": later["content"] if later.get("content") is not None else earlier["content"],
        "tags": later["tags"] if later.get("tags") is not None else earlier.get("tags"),
        "expected_version": earlier["expected_version"],
        "amend_version": earlier.get("amend_version"),
        "reopen": bool(earlier.get("reopen")) or bool(later.get("reopen")),
    }
