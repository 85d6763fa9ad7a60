"""Every mapped class, importable from one place (imports SQLAlchemy)."""

from .actions import ActionItem
from .agenda import AgendaItem, ItemDocument, item_adm_tag
from .attachments import DocumentFile, MeetingDocument
from .attendance import MeetingMember
from .audit import AuditEntry
from .base import Base, utcnow
from .delegations import Delegation, Person, PersonInterest
from .events import Event, Meeting
from .frameworks import AdmTag, Framework
from .negotiation import (
    DocumentRevision,
    OurAmendment,
    OutcomeDocument,
    ParagraphOrigin,
    TextBracket,
    TextParagraph,
    TextProposal,
)
from .notes import Note, NoteVersion, SpeakingInterval
from .outcomes import Outcome
from .packs import IssuedCopy, PackIssue
from .positions import (
    DefensiveLine,
    Position,
    PositionFallback,
    PositionPoint,
    PositionVersion,
    TheirObjective,
)
from .programme import ProgrammeEntry
from .projects import (
    Project,
    ProjectChange,
    ProjectDocument,
    ProjectFocalPoint,
    ProjectImport,
    ProjectMilestone,
    ProjectProgress,
    item_project,
    project_lead,
    project_outcome,
)
from .settings import StoreSetting
from .speakers import SpeakerRequest
from .stances import StanceRecord
from .sync import (
    ApprovalSignature,
    ForeignAudit,
    MemberKey,
    SyncBase,
    SyncConflict,
    SyncPeer,
    SyncRecord,
)
from .team import TeamMember

__all__ = [
    "ActionItem",
    "AdmTag",
    "AgendaItem",
    "ApprovalSignature",
    "AuditEntry",
    "Base",
    "DefensiveLine",
    "Delegation",
    "DocumentFile",
    "DocumentRevision",
    "Event",
    "ForeignAudit",
    "Framework",
    "IssuedCopy",
    "ItemDocument",
    "Meeting",
    "MeetingDocument",
    "MeetingMember",
    "MemberKey",
    "Note",
    "NoteVersion",
    "OurAmendment",
    "Outcome",
    "OutcomeDocument",
    "PackIssue",
    "ParagraphOrigin",
    "Person",
    "PersonInterest",
    "Position",
    "PositionFallback",
    "PositionPoint",
    "PositionVersion",
    "ProgrammeEntry",
    "Project",
    "ProjectChange",
    "ProjectDocument",
    "ProjectFocalPoint",
    "ProjectImport",
    "ProjectMilestone",
    "ProjectProgress",
    "SpeakerRequest",
    "SpeakingInterval",
    "StanceRecord",
    "StoreSetting",
    "SyncBase",
    "SyncConflict",
    "SyncPeer",
    "SyncRecord",
    "TeamMember",
    "TextBracket",
    "TextParagraph",
    "TextProposal",
    "TheirObjective",
    "item_adm_tag",
    "item_project",
    "project_lead",
    "project_outcome",
    "utcnow",
]
