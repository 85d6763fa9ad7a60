"""Who may read what: every part of every document the app prints, per audience.

This table is the one place that decides what a pack, an addendum or a report
holds for each audience; ``docs/packs.md`` shows it to people and a test keeps
the two identical.  The services gather a document whole, then ``redact``
(``reports/redact.py``) clears every part the audience may not read, so the
text never reaches the PDF builder.  A new part is one row here (its key, its
label, its audiences, the data fields it prints) and one row in docs/packs.md.

No SQLAlchemy and no reportlab here: the GUI reads the table (the pack dialog
shows what an audience includes).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.enums import Audience
from ..domain.position_sections import SECTIONS
from .pack_model import Section

HOD = Audience.HOD
DEL = Audience.DELEGATION
AGE = Audience.AGENCIES
PUB = Audience.PUBLIC
EVERYONE = frozenset(Audience)
DELEGATION_ONLY = frozenset({HOD, DEL})  # the delegation: the head and its members
AGENCIES_TOO = frozenset({HOD, DEL, AGE})

# The documents an audience applies to (docs/packs.md has one table per document).
PACK = "pack"  # a briefing pack and its addenda
CAPITAL = "capital"  # the report to capital
OUTCOMES = "outcomes"  # the outcome summary for the Ministers
DOCUMENTS = {
    PACK: "Briefing pack and its addenda",
    CAPITAL: "Report to capital",
    OUTCOMES: "Outcome summary",
}

# The minimum classification of each audience when the store sets none:
# ``reports/minimums.py`` (the store's settings read it without this table).


@dataclass(frozen=True)
class Part:
    """One part of a document and the audiences that may read it.

    ``fields`` are the paths, in the document's data (``reports/pack_model.py``),
    of what the part prints: "briefs[].position.red_line" is the red line of every
    brief; "briefs[].past_notes[kind=Remark]" the past notes of kind Remark.  An
    audience without the part gets those fields emptied.  ``section`` is the
    pack section the user ticks, when the part is one.
    """

    key: str
    document: str
    label: str
    audiences: frozenset[Audience]
    fields: tuple[str, ...] = ()
    section: Section | None = None

    def allows(self, audience: Audience) -> bool:
        return audience in self.audiences


# Pack parts whose changes an addendum lists (``ItemBrief.changes``): an audience that may
# not read a part is not told it changed either.
_PART_OF_SECTION = {"background_releasable": "background", "owner_id": "position_status"}
CHANGE_TRACKED = frozenset(_PART_OF_SECTION.get(s.name, s.name) for s in SECTIONS)


def _part(
    key: str,
    label: str,
    audiences: frozenset[Audience],
    *fields: str,
    section: Section | None = None,
) -> Part:
    document, name = key.split(".", 1)
    if document == "pack" and name in CHANGE_TRACKED:
        fields = (*fields, f"briefs[].changes[part={name}]")
    return Part(key, document, label, audiences, tuple(fields), section)


BRIEF = "briefs[]."
POS = "briefs[].position."

PARTS: tuple[Part, ...] = (
    # -- the briefing pack (and its addenda) ------------------------------------------------
    _part("pack.cover", "Cover: title, event, reference, classification, audience, copy", EVERYONE,
          section=Section.COVER),
    _part("pack.distribution", "Distribution list: who holds which copy", EVERYONE,
          "distribution", section=Section.DISTRIBUTION),
    _part("pack.contents", "Contents", EVERYONE, section=Section.CONTENTS),
    _part("pack.steering", "Steering brief (objectives and handling for the event)",
          DELEGATION_ONLY, "steering_brief", section=Section.STEERING),
    _part("pack.programme", "Programme, timetable and logistics", DELEGATION_ONLY,
          "logistics", "meetings[].times", "meetings[].venue", "meetings[].chair",
          "meetings[].format", "meetings[].notes", "meetings[].timetable", "week", "week_notes",
          section=Section.PROGRAMME),
    _part("pack.agenda", "Agenda of each meeting", DELEGATION_ONLY, "meetings[].agenda",
          section=Section.AGENDA),
    _part("pack.cooperation", "Cooperation with partners: status of projects (table and "
          "timeline), the projects an item concerns", EVERYONE, "cooperation[].status",
          BRIEF + "projects", section=Section.COOPERATION),
    _part("pack.cooperation_proposals", "Cooperation with partners: proposals for the next "
          "phase and our stance on each", AGENCIES_TOO, "cooperation[].proposals",
          section=Section.COOPERATION),
    _part("pack.cooperation_position", "Cooperation with partners: our position on a "
          "proposal (conditions, reasons)", DELEGATION_ONLY,
          "cooperation[].proposals[].position", section=Section.COOPERATION),
    _part("pack.brief_heading", "Item brief: number, title, meeting", EVERYONE,
          section=Section.BRIEFS),
    _part("pack.item_details", "Item details: purpose, lead, time, ADM tags, documents, "
          "description", AGENCIES_TOO, BRIEF + "purpose", BRIEF + "lead", BRIEF + "est_minutes",
          BRIEF + "tags", BRIEF + "documents", BRIEF + "description"),
    _part("pack.position_status", "Position status, approval and clearance (prepared, "
          "sent for review, approved by, with dates)", DELEGATION_ONLY, POS + "status",
          POS + "approved", POS + "clearance"),
    _part("pack.objective", "Objective", AGENCIES_TOO, POS + "objective"),
    _part("pack.stance", "Our stance", AGENCIES_TOO, POS + "stance"),
    _part("pack.opening", "Opening position", DELEGATION_ONLY, POS + "opening"),
    _part("pack.fallbacks", "Fallbacks (the ladder)", DELEGATION_ONLY, POS + "fallbacks"),
    _part("pack.red_line", "Red line", DELEGATION_ONLY, POS + "red_line"),
    _part("pack.authority", "Authority to concede", DELEGATION_ONLY, POS + "authority"),
    _part("pack.points", "Points to make", EVERYONE, POS + "points"),
    _part("pack.tactical", "Tactical arguments", DELEGATION_ONLY, POS + "tactical"),
    _part("pack.their_objectives", "Their objectives and our response per delegation",
          DELEGATION_ONLY, POS + "their_objectives"),
    _part("pack.defensive_lines", "Defensive lines (Q&A)", DELEGATION_ONLY,
          POS + "defensive_lines"),
    _part("pack.press_line", "Press line", EVERYONE, POS + "press_line"),
    _part("pack.background", "Background (releasable)", AGENCIES_TOO,
          POS + "background_releasable"),
    _part("pack.background_nfd", "Background not for disclosure", frozenset({HOD}),
          POS + "background_nfd"),
    _part("pack.stances", "Stances of other delegations on the item", DELEGATION_ONLY,
          BRIEF + "stances"),
    _part("pack.counterparts", "Our counterparts on the item and their interest",
          frozenset({HOD}), BRIEF + "counterparts"),
    _part("pack.past_notes", "Past notes on the item (what was said)", DELEGATION_ONLY,
          BRIEF + "past_notes", BRIEF + "notes_left_out"),
    _part("pack.internal_remarks", "Our internal remarks (notes of kind Remark)",
          DELEGATION_ONLY, BRIEF + "past_notes[kind=Remark]"),
    _part("pack.past_outcomes", "Past outcomes on the item", DELEGATION_ONLY,
          BRIEF + "past_outcomes"),
    _part("pack.builds_on", "Ministers' item: the SOM outcomes it builds on", DELEGATION_ONLY,
          BRIEF + "builds_on"),
    _part("pack.addendum_changes", "Addendum: what changed since the pack, items withdrawn",
          EVERYONE),
    _part("pack.texts", "Negotiated texts: paragraph, current text, our amendment, its state",
          AGENCIES_TOO, "texts", section=Section.TEXTS),
    _part("pack.texts_reasons", "Negotiated texts: the reason for each amendment, its item",
          DELEGATION_ONLY, "texts[].lines[].reason", "texts[].lines[].item"),
    _part("pack.stance_map", "Stance map (items x delegations)", DELEGATION_ONLY, "stance_map",
          section=Section.STANCE_MAP),
    _part("pack.actions", "Open action items", DELEGATION_ONLY, "actions",
          section=Section.ACTIONS),
    _part("pack.personalities", "Personality notes on counterparts", frozenset({HOD}),
          "personalities", section=Section.PERSONALITIES),
    _part("pack.annexes", "List of annexes (reference documents)", AGENCIES_TOO, "annexes",
          section=Section.ANNEXES),
    _part("pack.receipt", "Return or destruction receipt of the copy", EVERYONE,
          section=Section.RECEIPT),
    # -- the report to capital --------------------------------------------------------------
    _part("capital.heading", "Meeting, event, date, venue, chair, who prepared it", EVERYONE),
    _part("capital.decisions", "Decision on each item", AGENCIES_TOO, "items[].decisions"),
    _part("capital.what_happened", "What happened (proposals, decisions, remarks in order)",
          DELEGATION_ONLY, "items[].happened"),
    _part("capital.internal_remarks", "Our internal remarks (notes of kind Remark)",
          DELEGATION_ONLY, "items[].happened[kind=Remark]", "items[].we_said[kind=Remark]"),
    _part("capital.we_said", "What we said", AGENCIES_TOO, "items[].we_said"),
    _part("capital.points_delivered", "Our points to make that were delivered", EVERYONE,
          "items[].points_delivered"),
    _part("capital.points_not_delivered", "Our points to make not delivered", DELEGATION_ONLY,
          "items[].points_not_delivered"),
    _part("capital.others_said", "What others said", DELEGATION_ONLY, "items[].others_said"),
    _part("capital.stances", "Stances of others", DELEGATION_ONLY, "items[].stances"),
    _part("capital.follow_up", "Follow-up for our agencies", AGENCIES_TOO, "items[].our_actions"),
    _part("capital.others_actions", "Action items for others", DELEGATION_ONLY, "other_actions"),
    _part("capital.texts", "Negotiated texts: paragraph, current text, our amendment, its state",
          AGENCIES_TOO, "texts"),
    _part("capital.texts_reasons", "Negotiated texts: the reason for each amendment, its item",
          DELEGATION_ONLY, "texts[].lines[].reason", "texts[].lines[].item"),
    _part("capital.speaking_time", "Our speaking time", DELEGATION_ONLY, "speaking_minutes"),
    # -- the outcome summary ----------------------------------------------------------------
    _part("outcomes.heading", "Meeting, event, date, venue, chair, who prepared it", EVERYONE),
    _part("outcomes.outcomes", "The outcomes of each item, in the formal verbs", AGENCIES_TOO,
          "items[].decisions", "summary"),
    _part("outcomes.recommendations", "For the Ministers: what the Meeting recommends",
          AGENCIES_TOO, "recommendations"),
)  # fmt: skip

# What every audience sees because it only names or frames the document (no part of
# its content): a new field of the data must be one of these or printed by a part
# (tests/test_audiences.py checks every field of the records is one or the other).
FRAMING = {
    "PackData": (
        "title", "event_title", "event_place", "event_dates", "our_delegation", "audience",
        "issued_on", "issued_by", "sections", "meetings", "briefs", "addendum_no",
        "addendum_to", "addendum_removed", "cooperation",
    ),
    "CooperationBlock": ("meeting_id", "meeting_label", "partner"),
    "MeetingBlock": ("id", "title", "label", "kind", "days"),
    "ItemBrief": (
        "item_id", "meeting_id", "meeting_label", "number", "title", "position", "change_note",
        "draft",
    ),
    "PositionBlock": ("version_no",),
    "ReportData": (
        "kind", "title", "meeting_title", "meeting_label", "event_title", "days", "venue",
        "chair", "our_delegation", "prepared_on", "prepared_by", "items", "audience",
    ),
    "ReportItem": ("number", "title", "purpose"),
}  # fmt: skip


# One item's brief exported on its own (``brief export``, File > Export brief as Word): the
# pack's parts that belong to a single brief, with the pack's audiences (not a document of its
# own: the same rows decide).
ONE_BRIEF = "brief"


def _in_one_brief(p: Part) -> bool:
    if p.key == "pack.brief_heading":
        return True
    return bool(p.fields) and all(f.startswith("briefs[].") for f in p.fields)


def parts(document: str) -> tuple[Part, ...]:
    if document == ONE_BRIEF:
        return tuple(p for p in PARTS if p.document == PACK and _in_one_brief(p))
    return tuple(p for p in PARTS if p.document == document)


def part(key: str) -> Part:
    for p in PARTS:
        if p.key == key:
            return p
    raise KeyError(key)


def sections_for(audience: Audience) -> tuple[Section, ...]:
    """The pack sections an audience may have, in print order."""
    allowed = {p.section for p in parts(PACK) if p.section is not None and p.allows(audience)}
    return tuple(s for s in Section if s in allowed)


def included(document: str, audience: Audience) -> tuple[Part, ...]:
    return tuple(p for p in parts(document) if p.allows(audience))


def left_out(document: str, audience: Audience) -> tuple[Part, ...]:
    return tuple(p for p in parts(document) if not p.allows(audience))
