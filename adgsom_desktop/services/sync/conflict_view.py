"""A record changed on both sides, laid out side by side for the user (no Qt, no SQL).

The same shape as a brief saved by two members at once (``brief_conflict``): a
``ConflictView`` of ``ConflictSection``s with a word diff, and a ``Resolution`` back
(keep ours, take theirs, or pick or merge by hand field by field).  A brief uses the
brief's own sections (``brief_sections``); any other record, its fields.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from typing import Any

from ..brief_conflict import (
    Choice,
    ConflictSection,
    Resolution,
    brief_sections,
    merge_content,
)
from ..position_diff import SAME, DiffSegment, Tokenizer, diff_text, tokens
from ..position_records import PositionContent
from .brief_sections import content_of, travelling
from .kinds import LINKS, SPECS, Kind
from .report import place_words

# Fields a user may merge by hand (free text); the others are picked from one side.
TEXT_FIELDS = frozenset(
    {
        "title",
        "text",
        "description",
        "notes",
        "steering_brief",
        "logistics",
        "expected_note",
        "observed_note",
        "ministers_text",
        "bio",
        "last_said",
        "label",
        "lead_text",
        "venue",
        "chair",
        "owner_agency",
    }
)


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _plain(kind: Kind, name: str, value: Any, names: Callable[[str], str]) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "\n".join(
            " — ".join(str(x) for x in v) if isinstance(v, list) else str(v) for v in value
        )
    if kind in SPECS and any(f.name == name and f.conv in LINKS for f in SPECS[kind].fields):
        return names(str(value)) or "(a record not in this store)"
    if name in ("parent", "item"):
        return names(str(value)) or "(a record not in this store)"
    return str(value)


def _brief(content: Mapping[str, Any]) -> PositionContent:
    return PositionContent.from_snapshot(dict(content.get("brief") or {}))


def record_sections(
    kind: Kind,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    names: Callable[[str], str] = lambda _u: "",
    tokenize: Tokenizer = tokens,
    only: Collection[str] | None = None,
) -> tuple[ConflictSection, ...]:
    """The fields (a brief: the sections) that differ between our version and theirs;
    ``only``: a brief's sections changed on both sides (the others merge by themselves,
    ``brief_sections``; its status follows them)."""
    if kind is Kind.POSITION:
        out = list(brief_sections(_brief(mine), _brief(theirs), tokenize=tokenize))
        if only is not None:
            return tuple(s for s in out if s.key in only)
        if mine.get("status") != theirs.get("status"):
            segs = (
                DiffSegment("removed", str(theirs.get("status"))),
                DiffSegment("added", str(mine.get("status"))),
            )
            out.append(
                ConflictSection(
                    "status",
                    "Status",
                    str(mine.get("status")),
                    str(theirs.get("status")),
                    segs,
                    False,
                )
            )
        return tuple(out)
    if kind is Kind.PLACE:  # one place, as its user counts it: never "Ord: 7 / 5"
        m_place, t_place = place_words(mine, names), place_words(theirs, names)
        if m_place == t_place:
            return ()
        segs = (DiffSegment("removed", t_place), DiffSegment("added", m_place))
        return (ConflictSection("place", "Position in the agenda", m_place, t_place, segs, False),)
    order = [f.name for f in SPECS[kind].fields] if kind in SPECS else []
    order += [k for k in sorted(set(mine) | set(theirs)) if k not in order]
    sections = []
    for name in order:
        a, b = mine.get(name), theirs.get(name)
        if a == b or (kind is Kind.OUTCOME and name == "ord"):  # its place goes with it
            continue
        m_plain, t_plain = _plain(kind, name, a, names), _plain(kind, name, b, names)
        editable = name in TEXT_FIELDS and isinstance(a, str | None) and isinstance(b, str | None)
        segments = diff_text(t_plain, m_plain, tokenize)
        if all(s.kind == SAME for s in segments):
            segments = (DiffSegment("removed", t_plain), DiffSegment("added", m_plain))
        left = (a or "") if editable else m_plain
        right = (b or "") if editable else t_plain
        sections.append(ConflictSection(name, _label(name), left, right, segments, editable))
    return tuple(sections)


def merge_record(
    kind: Kind,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    resolution: Resolution,
    common: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The content a resolution makes: ours, theirs, or ours with fields picked or merged.

    A brief with ``common`` (the version both last shared; neither side approved): the
    choice settles only the sections changed on both sides, each section changed on one
    side only keeping that change (``brief_merge``'s rule, as in the team store)."""
    if kind is Kind.POSITION and common is not None:
        chosen = merge_content(content_of(mine), content_of(theirs), resolution, content_of(common))
        side = theirs if resolution.choice is Choice.THEIRS else mine
        status = "draft" if resolution.choice is Choice.MERGED else side.get("status")
        return {**side, "brief": travelling(chosen), "status": status, "approval": None}
    if kind is Kind.POSITION:
        merged = merge_content(_brief(mine), _brief(theirs), resolution)
        base = dict(theirs if resolution.choice is Choice.THEIRS else mine)
        brief = merged.to_snapshot()
        brief.pop("tags", None)
        brief.pop("owner_id", None)
        brief["owner"] = (base.get("brief") or {}).get("owner")
        status = base.get("status")
        if resolution.choice is Choice.MERGED:
            status = "draft"  # a text nobody approved
        return {
            **base,
            "brief": brief,
            "status": status,
            "approval": base.get("approval") if status == "approved" else None,
        }
    if resolution.choice is Choice.MINE:
        return dict(mine)
    if resolution.choice is Choice.THEIRS:
        return dict(theirs)
    out = dict(mine)
    if kind is Kind.PLACE and resolution.picks.get("place") == Choice.THEIRS.value:
        return dict(theirs)  # its parent and order, one place (``record_sections``)
    for name, pick in resolution.picks.items():
        if pick == Choice.THEIRS.value and name in theirs:
            out[name] = theirs[name]
    for name, text in resolution.texts.items():
        if name in TEXT_FIELDS and name in out:
            out[name] = text
    return out


__all__ = ["TEXT_FIELDS", "merge_record", "record_sections", "replace"]
