"""Closed vocabularies of the domain (README), stored as their string values.

Every enum is a ``StrEnum`` so that the value written to the database, shown in
the CLI and carried in dataclasses is the same plain string.  Human labels for
the GUI live in the UI layer (translated there); ``label`` here is the English
default used by the CLI and the reports.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class DelegationKind(_Labelled):
    MEMBER_STATE = "member_state"
    SECRETARIAT = "secretariat"
    DIALOGUE_PARTNER = "dialogue_partner"
    INTERNATIONAL_ORG = "international_org"
    OBSERVER = "observer"
    OTHER = "other"


class MemberRole(_Labelled):
    """Role of a person within a delegation (ours or theirs)."""

    HEAD = "head"  # head of delegation
    ALTERNATE = "alternate"
    ADVISER = "adviser"
    DESK_OFFICER = "desk_officer"  # aide who prepares positions and takes notes
    INTERPRETER = "interpreter"
    LIAISON = "liaison"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return {
            "head": "Head of delegation",
            "desk_officer": "Desk officer",
        }.get(self.value, super().label)


# The actor recorded for a user who gave no name (Settings, a script): never the computer's
# login, which would be printed on CONFIDENTIAL briefs (who sent one for review).
NOT_NAMED = "not named"

# Who approves a brief (DOMAIN: "head of delegation (approves, speaks), alternate head
# (approves when the head is away)"): one rule for a store file (the person's role in our
# delegation) and a team store (the member's role in the team, which uses the same words).
APPROVING_ROLES = frozenset({MemberRole.HEAD.value, MemberRole.ALTERNATE.value})


def approves_briefs(role: str) -> bool:
    """May someone with this role (a ``MemberRole`` or a team role) approve a brief?"""
    return str(role) in APPROVING_ROLES


class MeetingKind(_Labelled):
    SOM = "som"  # ADGSOM
    MINISTERS = "ministers"  # ADGMIN
    DIALOGUE_PARTNER = "dialogue_partner"  # ADGSOM+ / ADGMIN+ with a partner
    JWG = "jwg"  # Joint Working Group
    GOVERNING_COUNCIL = "governing_council"
    WORKING_GROUP = "working_group"
    REGULATORS = "regulators"  # ATRC
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "som": "Senior officials (ADGSOM)",
            "ministers": "Ministers (ADGMIN)",
            "dialogue_partner": "With a dialogue partner",
            "jwg": "Joint Working Group",
            "governing_council": "Governing Council",
            "working_group": "Working group",
            "regulators": "Regulators' council (ATRC)",
            "other": "Other",
        }[self.value]


class MeetingFormat(_Labelled):
    PLENARY = "plenary"
    CLOSED = "closed"
    RETREAT = "retreat"
    HYBRID = "hybrid"
    VIRTUAL = "virtual"
    OTHER = "other"


class Purpose(_Labelled):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    ENDORSEMENT = "endorsement"
    DECISION = "decision"
    ADOPTION = "adoption"

    @property
    def label(self) -> str:
        return f"For {self.value}"


class ProgrammeKind(_Labelled):
    """What a programme entry of a meeting is (the rows of a circulated agenda that are
    not agenda items: breaks, meals, the group photo, bilateral slots)."""

    BREAK = "break"  # coffee or tea break
    MEAL = "meal"  # lunch, dinner, reception
    PHOTO = "photo"  # group or family photo
    BILATERAL = "bilateral"  # bilateral meetings, pull-asides
    CEREMONY = "ceremony"  # opening or closing ceremony, welcome remarks
    REGISTRATION = "registration"  # registration, arrival, seating
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "break": "Break",
            "meal": "Meal",
            "photo": "Photo",
            "bilateral": "Bilaterals",
            "ceremony": "Ceremony",
            "registration": "Registration",
            "other": "Other",
        }[self.value]


class Stance(_Labelled):
    SUPPORT = "support"
    SUPPORT_WITH_AMENDMENTS = "support_with_amendments"
    NEUTRAL = "neutral"
    RESERVE = "reserve"
    OPPOSE = "oppose"
    UNKNOWN = "unknown"

    @property
    def short(self) -> str:
        return {
            "support": "S",
            "support_with_amendments": "S+A",
            "neutral": "N",
            "reserve": "R",
            "oppose": "O",
            "unknown": "?",
        }[self.value]


class Authority(_Labelled):
    """Who may move down the position ladder."""

    HOD_MAY_CONCEDE = "hod_may_concede"
    REFER_TO_CAPITAL = "refer_to_capital"

    @property
    def label(self) -> str:
        return {
            "hod_may_concede": "HoD may concede",
            "refer_to_capital": "Refer to capital",
        }[self.value]


class PositionStatus(_Labelled):
    DRAFT = "draft"
    FOR_REVIEW = "for_review"
    APPROVED = "approved"


class NoteKind(_Labelled):
    INTERVENTION = "intervention"
    PROPOSAL = "proposal"
    DECISION = "decision"
    ACTION = "action"
    REMARK = "remark"


class ActionStatus(_Labelled):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class OutcomeVerb(_Labelled):
    NOTED = "noted"
    WELCOMED = "welcomed"
    ENDORSED = "endorsed"
    AGREED = "agreed"
    ADOPTED = "adopted"
    APPROVED = "approved"
    DEFERRED = "deferred"
    TASKED = "tasked"


class AdmTagKind(_Labelled):
    """What a framework element is: the ADM 2025's Desired Outcomes and Enabling Actions,
    the ADM 2026-2030's outcomes and actions, a work plan's activities."""

    DESIRED_OUTCOME = "desired_outcome"
    ENABLING_ACTION = "enabling_action"
    OUTCOME = "outcome"
    ACTION = "action"
    ACTIVITY = "activity"

    @property
    def is_outcome(self) -> bool:
        return self in (AdmTagKind.DESIRED_OUTCOME, AdmTagKind.OUTCOME)


class FrameworkKind(_Labelled):
    MASTERPLAN = "masterplan"  # ADM 2025, ADM 2026-2030
    WORK_PLAN = "work_plan"  # the annual ASEAN Digital Work Plan under a masterplan


class ProjectStatus(_Labelled):
    PROPOSED = "proposed"
    APPROVED = "approved"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    EXTENDED = "extended"
    DROPPED = "dropped"

    @property
    def is_live(self) -> bool:
        """Still running or about to (has dates that matter)."""
        return self in (
            ProjectStatus.APPROVED,
            ProjectStatus.ONGOING,
            ProjectStatus.EXTENDED,
        )


class Involvement(_Labelled):
    """Our country's part in a project."""

    LEAD = "lead"
    PARTICIPANT = "participant"
    BENEFICIARY = "beneficiary"
    NONE = "none"


class MilestoneKind(_Labelled):
    MILESTONE = "milestone"
    DELIVERABLE = "deliverable"


class Audience(_Labelled):
    """Who a pack or a report is issued to; ``reports/audiences.py`` says what each may read.

    (Until migration 0010 a pack had a "variant": full -> hod, releasable -> delegation.)
    """

    HOD = "hod"  # the head of delegation: everything
    DELEGATION = "delegation"  # no personality notes, no not-for-disclosure background
    AGENCIES = "agencies"  # other agencies at home
    PUBLIC = "public"  # public lines

    @property
    def label(self) -> str:
        return {
            "hod": "Head of delegation",
            "delegation": "Delegation",
            "agencies": "Other agencies",
            "public": "Public lines",
        }[self.value]

    @property
    def reader(self) -> str:
        """Who reads it, in a sentence ("a pack for the head of delegation")."""
        return {
            "hod": "the head of delegation",
            "delegation": "the delegation",
            "agencies": "other agencies",
            "public": "public lines",
        }[self.value]

    @property
    def cover_line(self) -> str:
        """What the cover says the document is for."""
        return {
            "hod": "For the Head of Delegation",
            "delegation": "For the members of the delegation",
            "agencies": "For other agencies",
            "public": "Public lines: what may be said in public",
        }[self.value]

    @property
    def default_title(self) -> str:
        return {
            "hod": "Brief for the Head of Delegation",
            "delegation": "Brief for the delegation",
            "agencies": "Brief for other agencies",
            "public": "Public lines",
        }[self.value]


# -- negotiated text (outcome documents, their paragraphs, our amendments) --------------


class OutcomeDocKind(_Labelled):
    REPORT = "report"  # report of the meeting
    JOINT_STATEMENT = "joint_statement"
    JOINT_MEDIA_STATEMENT = "joint_media_statement"
    IMPLEMENTATION_PLAN = "implementation_plan"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "report": "Report of the meeting",
            "joint_statement": "Joint statement",
            "joint_media_statement": "Joint media statement",
            "implementation_plan": "Implementation plan",
            "other": "Other",
        }[self.value]


class ParagraphKind(_Labelled):
    HEADING = "heading"
    PREAMBULAR = "preambular"  # PP: "Recalling…", "Noting…"
    OPERATIVE = "operative"  # OP: "Adopt…", "Task…", numbered paragraphs
    TABLE_ROW = "table_row"  # a row of a table, kept as text
    TEXT = "text"  # other unnumbered text

    @property
    def short(self) -> str:
        return {
            "heading": "H",
            "preambular": "PP",
            "operative": "OP",
            "table_row": "Row",
            "text": "",
        }[self.value]


class ParagraphStatus(_Labelled):
    AGREED = "agreed"
    AGREED_AD_REF = "agreed_ad_ref"  # subject to capital's confirmation
    BRACKETED = "bracketed"
    PENDING = "pending"
    DELETED = "deleted"

    @property
    def label(self) -> str:
        return {"agreed_ad_ref": "Agreed ad ref"}.get(self.value, super().label)


class ParagraphChange(_Labelled):
    """How a paragraph came from the previous revision (found by content, not number)."""

    FIRST = "first"  # in the first revision
    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    SPLIT = "split"  # one of the parts of an earlier paragraph
    MERGED = "merged"  # earlier paragraphs joined into this one
    NEW = "new"


class AmendmentState(_Labelled):
    TO_TABLE = "to_table"
    TABLED = "tabled"
    ACCEPTED = "accepted"
    ACCEPTED_WITH_CHANGES = "accepted_with_changes"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def live(self) -> bool:
        """Still ours to press (exported as a tracked change)."""
        return self in (AmendmentState.TO_TABLE, AmendmentState.TABLED)


class BracketState(_Labelled):
    OPEN = "open"
    LIFTED = "lifted"


class MinistersAction(_Labelled):
    """What the Ministers do with a recommendation of their senior officials."""

    NOTE = "note"
    ENDORSE = "endorse"
    ADOPT = "adopt"
    TASK = "task"
