"""The services of one open store, built together (used by the composition roots)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.locator import Locator
from ..storage.backend import Backend, open_backend
from .action_service import ActionService
from .agenda_import import AgendaImporter
from .agenda_import_service import AgendaImportService
from .agenda_service import AgendaService
from .approval_pins import ApprovalPins
from .attachment_service import AttachmentService
from .audit_anchor import keep_anchor
from .audit_service import AuditService
from .backup_service import BackupService
from .bundle_service import BundleService
from .carry_forward import CarryForwardService
from .changes import ChangeBus
from .context import ServiceContext
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


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    store_info: StoreService
    settings: SettingsService
    delegations: DelegationService
    events: EventService
    agenda: AgendaService
    positions: PositionService
    notes: NoteService
    search: SearchService
    actions: ActionService
    outcomes: OutcomeService
    live: LiveService
    packs: PackService
    reports: ReportService
    imports: ImportService
    backups: BackupService
    security: SecurityService
    audit: AuditService
    stances: StanceService
    counterparts: CounterpartService
    carry: CarryForwardService
    agenda_import: AgendaImporter
    agenda_imports: AgendaImportService
    programme: ProgrammeService
    structure: StructureService
    salvage: SalvageService
    texts: DocumentService
    amendments: AmendmentService
    text_exports: TextExportService
    text_room: TextRoomService
    ministers: MinistersService
    frameworks: FrameworkService
    projects: ProjectService
    project_import: ProjectImportService
    project_reports: ProjectReportService
    team: TeamService
    approval_pins: ApprovalPins
    sync: SyncService
    keys: KeyService
    bundles: BundleService
    trips: TripService
    week: WeekService
    attachments: AttachmentService
    speakers: SpeakerService
    presence: PresenceService

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
        notes = NoteService(ctx)
        sync = SyncService(ctx)
        return cls(
            ctx=ctx,
            store_info=StoreService(ctx),
            settings=SettingsService(ctx),
            delegations=DelegationService(ctx),
            events=EventService(ctx),
            agenda=AgendaService(ctx),
            positions=PositionService(ctx),
            notes=notes,
            search=SearchService(ctx),
            actions=ActionService(ctx),
            outcomes=OutcomeService(ctx),
            live=LiveService(ctx),
            packs=PackService(ctx),
            reports=ReportService(ctx),
            imports=ImportService(ctx),
            backups=BackupService(ctx),
            security=SecurityService(ctx),
            audit=AuditService(ctx),
            stances=StanceService(ctx),
            counterparts=CounterpartService(ctx),
            carry=CarryForwardService(ctx),
            agenda_import=AgendaImporter(),
            agenda_imports=AgendaImportService(ctx),
            programme=ProgrammeService(ctx),
            structure=StructureService(ctx),
            salvage=SalvageService(ctx),
            texts=DocumentService(ctx),
            amendments=AmendmentService(ctx),
            text_exports=TextExportService(ctx),
            text_room=TextRoomService(ctx, notes),
            ministers=MinistersService(ctx),
            frameworks=FrameworkService(ctx),
            projects=ProjectService(ctx),
            project_import=ProjectImportService(ctx),
            project_reports=ProjectReportService(ctx),
            team=TeamService(ctx),
            approval_pins=ApprovalPins(ctx),
            sync=sync,
            keys=KeyService(ctx),
            bundles=BundleService(ctx, sync),
            trips=TripService(ctx),
            week=WeekService(ctx),
            attachments=AttachmentService(ctx),
            speakers=SpeakerService(ctx),
            presence=PresenceService(ctx),
        )

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
        member signed in to a team store stays the one named."""
        if name and self.ctx.signed_in is None:
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
