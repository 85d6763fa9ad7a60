"""The services of one open store, built together (used by the composition roots)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..storage.store import Store
from .action_service import ActionService
from .agenda_import import AgendaImporter
from .agenda_import_service import AgendaImportService
from .agenda_service import AgendaService
from .audit_service import AuditService
from .backup_service import BackupService
from .carry_forward import CarryForwardService
from .changes import ChangeBus
from .context import ServiceContext
from .counterpart_service import CounterpartService
from .delegation_service import DelegationService
from .event_service import EventService
from .import_service import ImportService
from .live_service import LiveService
from .note_service import NoteService
from .outcome_service import OutcomeService
from .pack_service import PackService
from .position_service import PositionService
from .programme_service import ProgrammeService
from .report_service import ReportService
from .salvage_service import SalvageService
from .search_service import SearchService
from .security_service import SecurityService
from .settings_service import SettingsService
from .stance_service import StanceService
from .store_service import StoreService
from .structure_service import StructureService


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

    @classmethod
    def for_store(cls, store: Store, bus: ChangeBus | None = None, actor: str = "") -> Services:
        ctx = ServiceContext(store, bus, actor)
        return cls(
            ctx=ctx,
            store_info=StoreService(ctx),
            settings=SettingsService(ctx),
            delegations=DelegationService(ctx),
            events=EventService(ctx),
            agenda=AgendaService(ctx),
            positions=PositionService(ctx),
            notes=NoteService(ctx),
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
        )

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str | None = None,
        actor: str = "",
        *,
        read_only_if_damaged: bool = False,
    ) -> Services:
        """Open an existing store (see ``Store.open`` for the checks made first;
        ``read_only_if_damaged``: a damaged store opens read-only instead of refused)."""
        store = Store.open(path, passphrase, read_only_if_damaged=read_only_if_damaged)
        return cls.for_store(store, actor=actor)

    @property
    def store(self) -> Store:
        return self.ctx.store

    def close(self) -> None:
        """Close the store (after the writes still on their way: ``before_close`` hooks)."""
        try:
            self.ctx.closing()
        finally:
            self.ctx.store.close()
