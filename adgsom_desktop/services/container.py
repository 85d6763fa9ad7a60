"""The services of one open store (used by the composition roots).

Each service is built on first use, its module imported then (``cached_property``):
the GUI holding a store open at idle imports the few services its views asked for,
not the packs, the sync bundles (PyNaCl), the negotiated texts (Word files), the
imports, the tracker... (``docs/performance.md``, *Idle memory*).  A service built
once is the same object for the store's whole life.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.locator import Locator
from ..storage.backend import Backend, open_backend
from .audit_anchor import keep_anchor
from .changes import ChangeBus
from .context import ServiceContext

if TYPE_CHECKING:
    from .action_service import ActionService
    from .agenda_import import AgendaImporter
    from .agenda_import_service import AgendaImportService
    from .agenda_service import AgendaService
    from .approval_pins import ApprovalPins
    from .attachment_service import AttachmentService
    from .audit_service import AuditService
    from .backup_service import BackupService
    from .bundle_service import BundleService
    from .carry_forward import CarryForwardService
    from .counterpart_service import CounterpartService
    from .delegation_service import DelegationService
    from .event_service import EventService
    from .framework_service import FrameworkService
    from .import_service import ImportService
    from .key_service import KeyService
    from .live_service import LiveService
    from .ministers_service import MinistersService
    from .negotiation.amendment_service import AmendmentService
    from .negotiation.document_service import DocumentService
    from .negotiation.export_service import TextExportService
    from .negotiation.room_service import TextRoomService
    from .note_service import NoteService
    from .outcome_service import OutcomeService
    from .pack_service import PackService
    from .position_service import PositionService
    from .presence_service import PresenceService
    from .programme_service import ProgrammeService
    from .project_import_service import ProjectImportService
    from .project_report import ProjectReportService
    from .project_service import ProjectService
    from .report_service import ReportService
    from .salvage_service import SalvageService
    from .search_service import SearchService
    from .security_service import SecurityService
    from .settings_service import SettingsService
    from .speaker_service import SpeakerService
    from .stance_service import StanceService
    from .store_service import StoreService
    from .structure_service import StructureService
    from .sync_service import SyncService
    from .team_service import TeamService
    from .trip_service import TripService
    from .week_service import WeekService


class Services:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @classmethod
    def for_store(
        cls,
        store: Backend,
        bus: ChangeBus | None = None,
        actor: str = "",
        *,
        anchored: bool = True,
    ) -> Services:
        """The services of an open store.  ``anchored``: keep the audit chain's anchor
        outside the store and compare the store with it now (``audit_anchor``; off for a
        store being built under a temporary name)."""
        ctx = ServiceContext(store, bus, actor)
        if anchored:
            keep_anchor(ctx)
            ctx.name_trip_taker()
        return cls(ctx)

    @cached_property
    def store_info(self) -> StoreService:
        from .store_service import StoreService

        return StoreService(self.ctx)

    @cached_property
    def settings(self) -> SettingsService:
        from .settings_service import SettingsService

        return SettingsService(self.ctx)

    @cached_property
    def delegations(self) -> DelegationService:
        from .delegation_service import DelegationService

        return DelegationService(self.ctx)

    @cached_property
    def events(self) -> EventService:
        from .event_service import EventService

        return EventService(self.ctx)

    @cached_property
    def agenda(self) -> AgendaService:
        from .agenda_service import AgendaService

        return AgendaService(self.ctx)

    @cached_property
    def positions(self) -> PositionService:
        from .position_service import PositionService

        return PositionService(self.ctx)

    @cached_property
    def notes(self) -> NoteService:
        from .note_service import NoteService

        return NoteService(self.ctx)

    @cached_property
    def search(self) -> SearchService:
        from .search_service import SearchService

        return SearchService(self.ctx)

    @cached_property
    def actions(self) -> ActionService:
        from .action_service import ActionService

        return ActionService(self.ctx)

    @cached_property
    def outcomes(self) -> OutcomeService:
        from .outcome_service import OutcomeService

        return OutcomeService(self.ctx)

    @cached_property
    def live(self) -> LiveService:
        from .live_service import LiveService

        return LiveService(self.ctx)

    @cached_property
    def packs(self) -> PackService:
        from .pack_service import PackService

        return PackService(self.ctx)

    @cached_property
    def reports(self) -> ReportService:
        from .report_service import ReportService

        return ReportService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from .import_service import ImportService

        return ImportService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        from .backup_service import BackupService

        return BackupService(self.ctx)

    @cached_property
    def security(self) -> SecurityService:
        from .security_service import SecurityService

        return SecurityService(self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        from .audit_service import AuditService

        return AuditService(self.ctx)

    @cached_property
    def stances(self) -> StanceService:
        from .stance_service import StanceService

        return StanceService(self.ctx)

    @cached_property
    def counterparts(self) -> CounterpartService:
        from .counterpart_service import CounterpartService

        return CounterpartService(self.ctx)

    @cached_property
    def carry(self) -> CarryForwardService:
        from .carry_forward import CarryForwardService

        return CarryForwardService(self.ctx)

    @cached_property
    def agenda_import(self) -> AgendaImporter:
        from .agenda_import import AgendaImporter

        return AgendaImporter()

    @cached_property
    def agenda_imports(self) -> AgendaImportService:
        from .agenda_import_service import AgendaImportService

        return AgendaImportService(self.ctx)

    @cached_property
    def programme(self) -> ProgrammeService:
        from .programme_service import ProgrammeService

        return ProgrammeService(self.ctx)

    @cached_property
    def structure(self) -> StructureService:
        from .structure_service import StructureService

        return StructureService(self.ctx)

    @cached_property
    def salvage(self) -> SalvageService:
        from .salvage_service import SalvageService

        return SalvageService(self.ctx)

    @cached_property
    def texts(self) -> DocumentService:
        from .negotiation.document_service import DocumentService

        return DocumentService(self.ctx)

    @cached_property
    def amendments(self) -> AmendmentService:
        from .negotiation.amendment_service import AmendmentService

        return AmendmentService(self.ctx)

    @cached_property
    def text_exports(self) -> TextExportService:
        from .negotiation.export_service import TextExportService

        return TextExportService(self.ctx)

    @cached_property
    def text_room(self) -> TextRoomService:
        from .negotiation.room_service import TextRoomService

        return TextRoomService(self.ctx, self.notes)

    @cached_property
    def ministers(self) -> MinistersService:
        from .ministers_service import MinistersService

        return MinistersService(self.ctx)

    @cached_property
    def frameworks(self) -> FrameworkService:
        from .framework_service import FrameworkService

        return FrameworkService(self.ctx)

    @cached_property
    def projects(self) -> ProjectService:
        from .project_service import ProjectService

        return ProjectService(self.ctx)

    @cached_property
    def project_import(self) -> ProjectImportService:
        from .project_import_service import ProjectImportService

        return ProjectImportService(self.ctx)

    @cached_property
    def project_reports(self) -> ProjectReportService:
        from .project_report import ProjectReportService

        return ProjectReportService(self.ctx)

    @cached_property
    def team(self) -> TeamService:
        from .team_service import TeamService

        return TeamService(self.ctx)

    @cached_property
    def approval_pins(self) -> ApprovalPins:
        from .approval_pins import ApprovalPins

        return ApprovalPins(self.ctx)

    @cached_property
    def sync(self) -> SyncService:
        from .sync_service import SyncService

        return SyncService(self.ctx)

    @cached_property
    def keys(self) -> KeyService:
        from .key_service import KeyService

        return KeyService(self.ctx)

    @cached_property
    def bundles(self) -> BundleService:
        from .bundle_service import BundleService

        return BundleService(self.ctx, self.sync)

    @cached_property
    def trips(self) -> TripService:
        from .trip_service import TripService

        return TripService(self.ctx)

    @cached_property
    def week(self) -> WeekService:
        from .week_service import WeekService

        return WeekService(self.ctx)

    @cached_property
    def attachments(self) -> AttachmentService:
        from .attachment_service import AttachmentService

        return AttachmentService(self.ctx)

    @cached_property
    def speakers(self) -> SpeakerService:
        from .speaker_service import SpeakerService

        return SpeakerService(self.ctx)

    @cached_property
    def presence(self) -> PresenceService:
        from .presence_service import PresenceService

        return PresenceService(self.ctx)

    @classmethod
    def open(
        cls,
        where: Locator | Path | str,
        passphrase: str | None = None,
        actor: str = "",
        *,
        read_only_if_damaged: bool = False,
    ) -> Services:
        """Open an existing store, a file or a team store (``storage.backend.open_backend``;
        ``read_only_if_damaged``: a damaged file opens read-only instead of refused)."""
        store = open_backend(
            Locator.parse(where), passphrase, read_only_if_damaged=read_only_if_damaged
        )
        return cls.for_store(store, actor=actor)

    @property
    def store(self) -> Backend:
        """The open store (composition roots and tests; the GUI asks ``store_info``)."""
        return self.ctx.backend

    @property
    def bus(self) -> ChangeBus:
        """Where changes are announced (the GUI relays them as a Qt signal)."""
        return self.ctx.bus

    @property
    def locator(self) -> Locator:
        return self.ctx.backend.locator

    @property
    def actor(self) -> str:
        return self.ctx.actor

    def set_actor(self, name: str) -> None:
        """Who the audit log names for what follows (the user's name in Settings); a
        member signed in to a team store stays the one named, and so does the member who
        took a trip copy (``ServiceContext.name_trip_taker``)."""
        if name and self.ctx.signed_in is None and not self.ctx.trip_taker:
            self.ctx.actor = name

    def listen_to_others(self) -> Callable[[], None]:
        """Put on the bus what other apps commit to this store (a team store's change feed;
        nothing for a file); returns the function that stops listening."""
        return self.ctx.listen_to_others()

    def before_close(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` when the store is about to close (the GUI's runner drains there)."""
        self.ctx.before_close(fn)

    def close(self) -> None:
        try:
            try:
                self.ctx.closing()  # the writes still on their way first
            finally:
                if self.ctx.anchor is not None and not self.ctx.store.closed:
                    self.ctx.anchor.flush()
        finally:
            self.ctx.store.close()
