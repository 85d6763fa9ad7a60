"""What a merge will do (the preview) or did, in words a delegation reads.

No SQLAlchemy: records built from the plan and the records' contents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ...domain.enums import OutcomeVerb
from ...i18n.messages import QT_TRANSLATE_NOOP, Message
from .kinds import KIND_WORDS, Kind
from .merge import Action, Plan, Step

ACTION_WORDS = {
    Action.ADD: "new",
    Action.UPDATE: "updated",
    Action.DELETE: "deleted",
    Action.RESTORE: "back (an edit beat a deletion)",
    Action.MERGE: "merged: both sides' changes kept",  # a brief's sections, an action's fields
    Action.CONFLICT: "changed on both sides: conflict kept",
    Action.KEEP: "kept (ours was edited; their deletion loses)",
}


@dataclass(frozen=True)
class Line:
    action: Action
    kind: Kind
    key: str
    label: str
    detail: str = ""
    # an item's place: (parent, place before, place after), ``ord``s; ``both``: moved on
    # both sides (the siblings between its two places were only shifted: ``_shifted``)
    place: tuple[Any, int, int] | None = None
    both: bool = False


@dataclass(frozen=True)
class MoveLost:
    """An item moved on both sides whose place in this store stayed: the other side's
    move is lost (``merge.place_wins``), in the interface's language."""

    key: str  # the place record's
    item: str  # the item, named
    kept: str  # the place kept ("item 7 of the agenda")
    lost: str  # the place the other side had moved it to
    place: tuple[Any, int, int] | None = None  # (parent, the place kept, the one lost)


@dataclass(frozen=True)
class MergeReport:
    """Added, updated, deleted, conflicts...: what the import writes (or, for a preview,
    would write).  ``lines`` name each record; ``counts`` per action and kind."""

    source: str
    description: str
    lines: tuple[Line, ...]
    skipped: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    audit_entries: int = 0
    dry_run: bool = False
    backup: str = ""
    # register entries printed on a trip copy and entered here on Bring back (#17)
    register: tuple[str, ...] = ()
    # the parts a trip copy carries read-only, replaced by the team store's (trip_carry)
    refreshed: tuple[str, ...] = ()
    # this store held it all already: nothing was written (no backup, no audit entry)
    held: bool = False
    # items moved on both sides whose move that came in was lost (``moves_lost``)
    moves_lost: tuple[MoveLost, ...] = ()

    @property
    def counts(self) -> Counter[tuple[Action, Kind]]:
        return Counter((line.action, line.kind) for line in self.lines)

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action is action)

    @property
    def added(self) -> int:
        return self.count(Action.ADD)

    @property
    def updated(self) -> int:
        return self.count(Action.UPDATE) + self.count(Action.RESTORE)

    @property
    def deleted(self) -> int:
        return self.count(Action.DELETE)

    @property
    def merged(self) -> int:
        return self.count(Action.MERGE)

    @property
    def conflicts(self) -> int:
        return self.count(Action.CONFLICT)

    @property
    def nothing_to_do(self) -> bool:
        return not self.lines and not self.notices and not self.register and not self.refreshed

    def summary(self) -> str:
        """In the interface's language (``i18n.messages``: the GUI's; English on the CLI)."""
        if self.nothing_to_do:
            return str(Message("Nothing new: this store already holds everything in it."))
        parts = []
        for action in (
            Action.ADD,
            Action.UPDATE,
            Action.RESTORE,
            Action.MERGE,
            Action.DELETE,
            Action.CONFLICT,
            Action.KEEP,
        ):
            by_kind = Counter(line.kind for line in self.lines if line.action is action)
            if not by_kind:
                continue
            what = ", ".join(_counted(n, k) for k, n in sorted(by_kind.items()))
            words = Message(ACTION_WORDS[action])  # a label (i18n.update lists it)
            parts.append(str(Message("{action}: {what}", action=words, what=what)))
        if self.register:
            n = len(self.register)
            parts.append(
                str(Message("entered in the register: 1 issue printed on the trip"))
                if n == 1
                else str(Message("entered in the register: {n} issues printed on the trip", n=n))
            )
        if self.refreshed:  # trip_carry's words ("negotiated texts"), listed in CARRIED
            what = ", ".join(str(Message(part)) for part in self.refreshed)
            parts.append(
                str(Message("refreshed from the team store (read only here): {what}", what=what))
            )
        if not parts:  # only notices: something came that was not taken (a double booking)
            return str(Message("Nothing new taken."))
        return str(Message("{parts}.", parts="; ".join(parts)))  # Thai ends without a dot


def _counted(n: int, kind: Kind) -> str:
    """ "1 note", "3 notes" (the kinds' words are labels: i18n.update lists both)."""
    return str(Message("{count} {kind}", count=n, kind=Message(KIND_WORDS[kind][n != 1])))


# the parts a trip copy carries read-only, as ``trip_carry`` names them (the summary's)
CARRIED = (
    QT_TRANSLATE_NOOP("Errors", "negotiated texts"),
    QT_TRANSLATE_NOOP("Errors", "cooperation projects"),
)


def label(
    kind: Kind, content: Mapping[str, Any] | None, names: Mapping[str, str], language: str = "en"
) -> str:
    """A record named as a user knows it (``names``: UUIDs to item numbers and titles),
    in ``language``: English for what is stored (a conflict's label), the interface's
    (``""``) for the report a user reads."""
    said = _label(kind, content, names)
    return said.text(language) if isinstance(said, Message) else said


def _label(kind: Kind, content: Mapping[str, Any] | None, names: Mapping[str, str]) -> Any:
    if content is None:
        return Message(KIND_WORDS[kind][0])
    c = content
    if kind is Kind.EVENT:
        return str(c.get("title", ""))
    if kind is Kind.MEETING:
        return str(c.get("short_title") or c.get("title", ""))
    if kind is Kind.PERSON:
        return str(c.get("full_name", ""))
    if kind is Kind.ITEM:
        return _short(c.get("title", ""))
    if kind is Kind.PLACE:  # the item moved (the kind's words say "item's place")
        return names.get(str(c.get("item")), "an item")
    if kind is Kind.POSITION:
        return Message("brief on {item}", item=_named(names, c.get("item"), AN_ITEM))
    if kind is Kind.STANCE:
        item = _named(names, c.get("item"), AN_ITEM)
        return Message("{delegation} on {item}", delegation=c.get("delegation"), item=item)
    if kind is Kind.OUTCOME:  # "noted: …", the verb in the interface's language (s34)
        return Message("{verb}: {text}", verb=_verb(c.get("verb")), text=_short(c.get("text", "")))
    if kind is Kind.PROGRAMME:
        return str(c.get("label", ""))
    if kind is Kind.NOTE:
        who = c.get("speaker") or ""
        return f"{who}: {_short(c.get('text', ''))}" if who else _short(c.get("text", ""))
    if kind is Kind.ACTION:
        return _short(c.get("text", ""))
    if kind is Kind.DOCUMENT:
        return _short(c.get("symbol") or c.get("title") or c.get("file_name", ""))
    if kind is Kind.MEMBER:
        who = _named(names, c.get("person"), Message("a member"))
        meeting = _named(names, c.get("meeting"), Message("the meeting"))
        return Message("{person} goes to {meeting}", person=who, meeting=meeting)
    if kind is Kind.SPEAKING:
        when = str(c.get("started_at", ""))[:16].replace("T", " ")
        return Message("our speaking from {when}", when=when)
    if kind is Kind.DELIVERED:
        return Message("delivered: {text}", text=_short(c.get("text", "")))
    if kind is Kind.INTEREST:
        who = _named(names, c.get("person"), Message("a counterpart"))
        item = _named(names, c.get("item"), AN_ITEM)
        return Message("{person} on {item}", person=who, item=item)
    return str(kind.value)


AN_ITEM = Message("an item")


class _Lowered(Message):
    """A label inside a line, in lower case as the line reads it ("noted: …")."""

    __slots__ = ()

    def text(self, language: str = "") -> str:
        return super().text(language).lower()


def _verb(value: Any) -> Any:
    """An outcome's verb as its label (the enum's: a label i18n.update lists)."""
    try:
        return _Lowered(OutcomeVerb(value).label)
    except ValueError:
        return str(value)


def _named(names: Mapping[str, str], key: Any, otherwise: Message) -> Any:
    return names.get(str(key)) or otherwise


def _short(text: Any, limit: int = 70) -> str:
    """``text`` on one line, cut at a word's end (never mid-word: review s31 G2)."""
    words = " ".join(str(text or "").split())
    if len(words) <= limit:
        return words
    cut = words[: limit - 1]
    if " " in cut and not words[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


short = _short


Sides = Callable[[Step], tuple[object, object]]


def lines_of(
    plan: Plan,
    names: Mapping[str, str],
    here: object = "here",
    there: object = "theirs",
    *,
    sides: Sides | None = None,
    store: object = None,
) -> tuple[Line, ...]:
    """A line per record changed; a brief merged or in conflict says which sections
    came from where ("Points to make from here; Red line from the team store"), in the
    interface's language (``here`` and ``there`` may be ``Message``s); ``sides``: a
    brief's two sides named otherwise (by their authors: ``brief_history.brief_sides``).
    ``store``: the report is read at the sending store (Bring back's first part, read on
    the laptop: review s34 S6), which calls this one ``store`` and itself "you"."""
    out = []
    shifted = _shifted(plan)
    for step in plan.steps:
        if step.action is Action.LEARN or step.key in shifted:
            continue
        detail = ""
        if step.merge is not None:
            mine_side, their_side = sides(step) if sides is not None else (here, there)
            detail = step.merge.detail(mine_side, their_side, "")
        if step.kind is Kind.PLACE and step.incoming.content and step.action is Action.UPDATE:
            now = place_words(step.incoming.content, lambda u: names.get(u, ""))
            detail = str(Message("now {place}", place=now))
            mine = step.local.content if step.local is not None else None
            if step.both and mine:  # moved on both sides: theirs kept, ours said (R9)
                was = place_words(mine, lambda u: names.get(u, ""))
                detail = str(
                    Message("now {place} (the other side's place; yours was {mine})",
                            place=now, mine=was)
                    if store is None
                    else Message("now {place}, your place ({store}'s move to {mine} is lost)",
                                 place=now, store=store, mine=was)
                )  # fmt: skip
        named = label(step.kind, _content(step), names, "")
        place = _span(step) if step.kind is Kind.PLACE else None
        out.append(Line(step.action, step.kind, step.key, named, detail, place, step.both))
    return tuple(out)


def place_notices(plan: Plan, names: Mapping[str, str], store: object = None) -> tuple[str, ...]:
    """The items moved on both sides whose place here stays (``merge.place_wins``): the
    other side's move is lost, said, never in silence (review s33 R9); ``store``: read at
    the sending store, which calls this one so (``lines_of``)."""
    return tuple(
        str(
            Message(
                "{item}: stays {place} (your place; the other side's was {theirs}).",
                item=m.item,
                place=m.kept,
                theirs=m.lost,
            )
            if store is None
            else Message(
                "{item}: {store} kept its place, {place}; your move to {theirs} is lost.",
                item=m.item,
                store=store,
                place=m.kept,
                theirs=m.lost,
            )
        )
        for m in moves_lost(plan, names)
    )


def moves_lost(plan: Plan, names: Mapping[str, str]) -> tuple[MoveLost, ...]:
    """The items moved on both sides whose place here stays: the move that came is lost."""
    out = []

    def name(uuid: str) -> str:
        return names.get(uuid, "")

    for step in plan.steps:
        if step.kind is not Kind.PLACE or step.action is not Action.LEARN or not step.both:
            continue
        mine = step.local.content if step.local is not None else None
        theirs = step.incoming.content
        if not mine or not theirs:
            continue
        item = label(Kind.PLACE, mine, names, "")
        kept, lost = place_words(mine, name), place_words(theirs, name)
        out.append(MoveLost(step.key, item, kept, lost, _span(step)))
    return tuple(out)


def kept_there(
    report: MergeReport, lost: tuple[MoveLost, ...], store: object, both: tuple[Line, ...] = ()
) -> MergeReport:
    """``report`` (the sender's side of a two-way exchange: a trip copy's, on Bring back)
    with the items whose move the other store (``store``) did not take said so: their
    line "now item 7 (the team store kept its place; your move to item 5 is lost)"
    (review s34 S6).  ``both``: the other store's lines of items moved on both sides
    whose place it took from here; the siblings shifted by either move are not named
    (``_shifted``: the lost move's shift comes back here, a move nobody made)."""
    both = tuple(ln for ln in both if ln.both)
    spans = [m.place for m in lost] + [ln.place for ln in both]
    moved = {m.key for m in lost} | {ln.key for ln in both}
    lines = [ln for ln in report.lines if ln.key in moved or not _within(ln.place, spans)]
    if not lost and len(lines) == len(report.lines):
        return report
    for m in lost:
        detail = str(
            Message("now {place} ({store} kept its place; your move to {mine} is lost)",
                    place=m.kept, store=store, mine=m.lost)
        )  # fmt: skip
        at = next((n for n, ln in enumerate(lines) if ln.key == m.key), None)
        if at is None:
            lines.append(Line(Action.UPDATE, Kind.PLACE, m.key, m.item, detail))
        else:
            lines[at] = replace(lines[at], detail=detail)
    return replace(report, lines=tuple(lines))


def _content(step: Step) -> Mapping[str, Any] | None:
    if step.incoming.content is not None:
        return step.incoming.content
    return step.local.content if step.local is not None else None


def place_words(place: Mapping[str, Any], name: Callable[[str], str]) -> str:
    """An item's place as its user counts it: "item 8 of the agenda", "sub-item 2 of
    item 3 “…”" (``ord`` counts from 0 among its siblings)."""
    at = int(place.get("ord") or 0) + 1
    parent = place.get("parent")
    if not parent:
        return str(Message("item {number} of the agenda", number=at))
    parent_name = name(str(parent)) or Message("an item not in this store")
    return str(Message("sub-item {number} of {item}", number=at, item=parent_name))


def _span(step: Step) -> tuple[Any, int, int] | None:
    """(parent, place here, place that came) of a place step among the same siblings."""
    old = step.local.content if step.local is not None else None
    new = step.incoming.content
    if not old or not new or old.get("parent") != new.get("parent"):
        return None
    return (new.get("parent"), int(old.get("ord") or 0), int(new.get("ord") or 0))


def _within(place: tuple[Any, int, int] | None, spans: list[Any]) -> bool:
    """``place`` (before and after) lies between the two places of an item moved on both
    sides, among the same siblings: only the two moves shifted it."""
    if place is None:
        return False
    parent, old, new = place
    return any(
        s is not None
        and s[0] == parent
        and min(s[1:]) <= min(old, new)
        and max(old, new) <= max(s[1:])
        for s in spans
    )


def _shifted(plan: Plan) -> set[str]:
    """The places that changed only because a sibling moved (or came, or went): the
    items whose order among themselves is unchanged, the largest such set (of two
    alike, the one where more went down: a user moves one item up past the other);
    and those between the two places of an item moved on both sides (either move's
    shift, whichever place won: ``kept_there`` for the part that does not see it).
    The report names the moves a user made, not every sibling they shifted."""
    groups: dict[Any, list[tuple[str, int, int]]] = {}
    spans = [_span(s) for s in plan.steps if s.kind is Kind.PLACE and s.both]
    shifted: set[str] = set()
    for step in plan.steps:
        if step.kind is not Kind.PLACE or step.action is not Action.UPDATE or step.both:
            continue  # moved on both sides: a move a user made (named with whose place won)
        row = _span(step)
        if row is None:
            continue  # a move to another parent is always one a user made
        if _within(row, spans):
            shifted.add(step.key)
            continue
        groups.setdefault(row[0], []).append((step.key, row[1], row[2]))
    for rows in groups.values():
        rows.sort(key=lambda r: (r[2], r[1]))
        best: list[tuple[int, int, int]] = []  # (length, how many went down, previous)
        for i, (_k, old_i, new_i) in enumerate(rows):
            down = int(new_i > old_i)
            best.append((1, down, -1))
            for j in range(i):
                if rows[j][1] < old_i and (best[j][0] + 1, best[j][1] + down) > best[i][:2]:
                    best[i] = (best[j][0] + 1, best[j][1] + down, j)
        at = max(range(len(rows)), key=lambda i: best[i][:2])
        while at >= 0:
            shifted.add(rows[at][0])
            at = best[at][2]
    return shifted
