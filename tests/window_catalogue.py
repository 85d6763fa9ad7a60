"""Every top-level window and dialog of the app, built as the app builds it (one catalogue).

``WINDOWS`` is a plain list: each entry names a window or dialog and builds it from the
main window with the demo store open (``window.services``), with the data the app gives
it. The size test (``test_window_sizes``) opens each one and checks that it fits a
1366x768 screen at 125 % scaling; the accessibility test walks the same list. A new
window or dialog is added here, or the test that counts the classes fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# 1366x768 at 125 %: 1093x614 logical pixels, less a task bar and the window's title bar.
SCREEN = (1093, 614)
MAX_MINIMUM = (1093, 580)


@dataclass(frozen=True)
class WindowEntry:
    name: str  # the class name (the count test matches it)
    build: Callable[[Any], Any]  # main window (demo store open) -> the widget, not shown


def _meeting(w: Any) -> Any:
    """The demo's meeting with the most agenda items (the 6th ADGSOM)."""
    s = w.services
    return max(s.events.meetings(), key=lambda m: len(s.agenda.items(m.id)))


def _item(w: Any) -> Any:
    return w.services.agenda.items(_meeting(w).id)[0]


def _items(w: Any) -> list[tuple[int, str]]:
    return [(i.id, f"{i.number} {i.title}") for i in w.services.agenda.items(_meeting(w).id)]


def _delegations(w: Any) -> list[tuple[int, str]]:
    return [(d.id, f"{d.code} · {d.name}") for d in w.services.delegations.delegations()]


def _main(w: Any) -> Any:
    return w


def _live(w: Any) -> Any:
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    return LiveWindow(w.services, _meeting(w).id, _item(w).id, w)


def _tracker(w: Any) -> Any:
    from adgsom_desktop.ui.tracker.tracker_window import TrackerWindow

    return TrackerWindow(w.services, w)


def _tracker_report(w: Any) -> Any:
    from adgsom_desktop.ui.tracker.report_dialog import TrackerReportDialog

    return TrackerReportDialog(("th", True), w)


def _event(w: Any) -> Any:
    from adgsom_desktop.ui.structure.event_dialog import EventDialog, EventValues

    s = w.services
    return EventDialog(
        EventValues.of(s.events.events()[0]), s.delegations.delegations(), w, new=False
    )


def _meeting_dialog(w: Any) -> Any:
    from adgsom_desktop.ui.structure.meeting_dialog import MeetingDialog, MeetingValues

    s = w.services
    m = _meeting(w)
    entries = tuple(e.values for e in s.programme.entries(m.id))
    return MeetingDialog(
        MeetingValues.of(s.events.meeting(m.id), entries),
        s.events.events(),
        s.delegations.delegations(),
        s.events.meetings(),
        w,
        meeting_id=m.id,
    )


def _agenda_copy(w: Any) -> Any:
    from adgsom_desktop.ui.agenda.agenda_copy_dialog import AgendaCopyDialog

    return AgendaCopyDialog(w.services, _meeting(w).id, w)


def _agenda_import(w: Any) -> Any:
    from adgsom_desktop.ui.agenda.agenda_import_dialog import AgendaImportDialog

    return AgendaImportDialog(w.services, _meeting(w).id, w)


def _search(w: Any) -> Any:
    from adgsom_desktop.ui.search.search_popup import SearchDialog

    return SearchDialog(w.services, w)


def _conflict(w: Any) -> Any:
    from adgsom_desktop.services.brief_conflict import ConflictSection, ConflictView
    from adgsom_desktop.services.position_diff import diff_text, tokens
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog

    def section(key: str, label: str, mine: str, theirs: str) -> ConflictSection:
        return ConflictSection(key, label, mine, theirs, diff_text(theirs, mine, tokens), True)

    view = ConflictView(
        title="This brief was saved by someone else meanwhile",
        mine_label="Yours (from version 3, not saved)",
        theirs_label="Theirs (version 4, saved by Ms. Kanya Srisuk)",
        explanation="Ms. Kanya Srisuk saved this brief meanwhile (now version 4; yours "
        "started from version 3): nothing was overwritten. Compare the two, then keep "
        "yours, take theirs or merge them.",
        sections=(
            section(
                "objective",
                "Objective",
                "Endorsement of the ADM 2026-2030 with our amendments on digital "
                "inclusion; สนับสนุนแผนแม่บทดิจิทัลอาเซียน",
                "Endorsement of the ADM 2026-2030 as circulated",
            ),
            section(
                "red_line",
                "Red line",
                "No new financial commitment; ការប្រតិបត្តិតាមផែនការ",
                "No financial commitment beyond 2027",
            ),
            section("points", "Points to make", "1. Welcome\n2. Amend EA 3", "1. Welcome"),
        ),
    )
    return ConflictDialog(view, w)


def _about(w: Any) -> Any:
    from adgsom_desktop.ui.shell.about_dialog import AboutDialog

    return AboutDialog("SQLite 3", w, store=str(w.services.locator.display))


def _settings(w: Any) -> Any:
    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    store = w.services.settings.get()
    initial = SettingsValues(
        our_delegation_code=store.our_delegation_code,
        default_classification=store.default_classification,
        classifications=store.classifications,
        font_size=w.preferences.font_size(),
        user_name=w.preferences.user_name(),
        audience_minimums=store.audience_minimums,
    )
    return SettingsDialog(initial, w.services.delegations.delegations(), w)


def _tracker_import(w: Any) -> Any:
    from adgsom_desktop.ui.tracker.import_dialog import ImportDialog

    return ImportDialog(w.services, w)


def _project(w: Any) -> Any:
    from adgsom_desktop.ui.tracker.project_dialog import ProjectDialog

    s = w.services
    first = s.projects.project(s.projects.rows()[0].id)
    return ProjectDialog(
        first.fields, s.projects.partners(), s.projects.member_states(), s.agenda.known_tags(), w
    )


def _progress(w: Any) -> Any:
    from adgsom_desktop.ui.tracker.project_dialog import ProgressDialog

    meetings = [(m.id, f"{m.label} ({m.days})") for m in w.services.events.meetings()]
    return ProgressDialog(None, meetings, w)


def _frameworks(w: Any) -> Any:
    from adgsom_desktop.ui.tracker.frameworks_dialog import FrameworksDialog

    return FrameworksDialog(w.services, w)


def _register(w: Any) -> Any:
    from adgsom_desktop.ui.packs.register_view import RegisterDialog

    return RegisterDialog(w.services.packs.register(), w)


def _report(w: Any) -> Any:
    from adgsom_desktop.ui.packs.report_dialog import ReportChoices, ReportDialog

    s = w.services
    settings = s.settings.get()
    meetings = tuple((m.id, m.label) for m in s.events.meetings())
    return ReportDialog(
        ReportChoices(
            meetings,
            _meeting(w).id,
            "debrief",
            settings.classifications,
            settings.default_classification,
            settings.audience_minimums,
            tuple(f"{m.honorific} {m.full_name}".strip() for m in s.delegations.our_members()),
        ),
        w,
    )


def _brief_word(w: Any) -> Any:
    from adgsom_desktop.ui.packs.brief_word_dialog import BriefWordDialog

    return BriefWordDialog(w.services.packs.brief_choices(_item(w).id), w)


def _pack(w: Any) -> Any:
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    s = w.services
    events = [(e.id, e.title) for e in s.events.events()]
    return PackDialog(s.packs.choices(events[0][0]), w, events)


def _salvage(w: Any) -> Any:
    from adgsom_desktop.storage.salvage import SalvageResult, TableSalvage
    from adgsom_desktop.ui.store.salvage_dialog import SalvageResultDialog

    tables = tuple(
        TableSalvage(name, 120, 4, False, 1, 0, 2, recovered=3 if name == "note" else 0)
        for name in ("event", "meeting", "agenda_item", "position", "note", "action_item")
    )
    result = SalvageResult(
        Path("/tmp/damaged.adgsom"), Path("/tmp/readable.adgsom"), "0012", False, tables, 1.5
    )
    return SalvageResultDialog(result, w)


class _AsTeamStore:
    """The demo's services as a team store's owner sees them in the logins dialog (the
    catalogue opens the demo file; the logins are the demo's own people, for the size)."""

    def __init__(self, services: Any) -> None:
        from datetime import datetime

        from adgsom_desktop.services.records import TeamMemberRec

        self._services = services
        people = services.delegations.our_members()
        members = [
            TeamMemberRec(
                n,
                p.id,
                p.display,
                f"login{n}",
                f"th_adgsom_login{n}",
                role,
                datetime(2026, 12, 1),
                None,
            )
            for n, (p, role) in enumerate(
                zip(people, ("head", "alternate", "member", "reader"), strict=False)
            )
        ]
        self.team = type(
            "Team",
            (),
            {
                "may_manage": lambda _self: True,
                "signed_in": lambda _self: None,
                "members": lambda _self: members,
            },
        )()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._services, name)


def _team_members(w: Any) -> Any:
    from adgsom_desktop.ui.people.team_members_dialog import TeamMembersDialog

    return TeamMembersDialog(_AsTeamStore(w.services), w)


def _add_login(w: Any) -> Any:
    from adgsom_desktop.ui.people.team_members_dialog import AddLoginDialog

    return AddLoginDialog(w.services, w)


def _team_store(w: Any) -> Any:
    from adgsom_desktop.ui.store.team_store_dialog import TeamStoreDialog

    return TeamStoreDialog("postgresql://aide@capital.example/adgsom", w)


def _new_store(w: Any) -> Any:
    from adgsom_desktop.ui.store.new_store_dialog import NewStoreDialog

    return NewStoreDialog(Path("/tmp/delegation.adgsom"), w)


def _backup(w: Any) -> Any:
    from adgsom_desktop.ui.store.backup_dialog import BackupDialog

    return BackupDialog(w.services, w)


def _import_text(w: Any) -> Any:
    from adgsom_desktop.ui.negotiation.import_dialog import ImportTextDialog

    return ImportTextDialog(w.services, _meeting(w).id, None, w)


def _amendment(w: Any) -> Any:
    from adgsom_desktop.ui.negotiation.amendment_dialog import AmendmentDialog, AmendmentValues

    text = (
        "Task the ADGSOM to develop, with the support of the ASEAN Secretariat, a regional "
        "framework on digital data governance by 2027."
    )
    return AmendmentDialog(
        "OP4",
        text,
        AmendmentValues(text=text, item_id=_item(w).id),
        _items(w),
        red_line_of=lambda _i: "No new financial commitment.",
        parent=w,
    )


def _approve(w: Any) -> Any:
    from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog

    return ApproveDialog(w.services.delegations.approvers(), w, needs_pin=True, services=w.services)


def _pin(w: Any) -> Any:
    from adgsom_desktop.ui.positions.pin_dialog import PinDialog

    return PinDialog(w.services, w.services.delegations.our_members()[0].id, w)


def _history(w: Any) -> Any:
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog

    return PositionHistoryDialog(w.services, _item(w).id, w)


def _carry(w: Any) -> Any:
    from adgsom_desktop.ui.positions.carry_forward_dialog import CarryForwardDialog

    return CarryForwardDialog(w.services, _item(w).id, w)


def _security_settings(w: Any) -> Any:
    from adgsom_desktop.ui.security.security_settings_dialog import (
        SecuritySettingsDialog,
        SecurityValues,
    )

    prefs = w.preferences
    return SecuritySettingsDialog(SecurityValues(prefs.lock_minutes(), prefs.backup_minutes()), w)


def _passphrase_change(w: Any) -> Any:
    from adgsom_desktop.ui.security.passphrase_change_dialog import PassphraseChangeDialog

    return PassphraseChangeDialog("demo.adgsom", False, w)


def _passphrase(w: Any) -> Any:
    from adgsom_desktop.ui.security.passphrase_dialog import PassphraseDialog

    return PassphraseDialog("delegation.adgsom", "Wrong passphrase: try again.", w)


def _counterparts(w: Any) -> Any:
    from adgsom_desktop.ui.people.counterparts_view import CounterpartsWindow

    return CounterpartsWindow(w.services, w)


def _our_delegation(w: Any) -> Any:
    from adgsom_desktop.ui.people.our_delegation_view import OurDelegationWindow

    return OurDelegationWindow(w.services, w)


def _outcome(w: Any) -> Any:
    from adgsom_desktop.ui.room.room_dialogs import OutcomeDialog, OutcomeValues

    return OutcomeDialog(OutcomeValues(), w, _item(w).label)


def _note(w: Any) -> Any:
    from adgsom_desktop.ui.room.room_dialogs import NoteDialog, NoteValues

    s = w.services
    note = next(n for n in s.notes.notes(_meeting(w).id) if n.text)
    history = [(f"v{v.version_no}", text) for v, text in s.notes.versions(note.id)[:-1]]
    values = NoteValues(
        note.text, note.kind, note.item_id, note.speaker_delegation_id, note.observed_stance
    )
    return NoteDialog(values, _items(w), _delegations(w), w, history)


def _action(w: Any) -> Any:
    from adgsom_desktop.ui.room.room_dialogs import ActionDialog, ActionValues

    s = w.services
    people = [(p.id, p.delegation_id, p.display) for p in s.delegations.people()]
    initial = ActionValues("Circulate the revised ToR of the data governance working group")
    return ActionDialog(initial, _delegations(w), people, w)


def _person(w: Any) -> Any:
    from adgsom_desktop.ui.room.room_dialogs import PersonCard

    s = w.services
    return PersonCard(s.delegations.person(s.delegations.people()[0].id), w)


def _ministers(w: Any) -> Any:
    from adgsom_desktop.domain.enums import MinistersAction
    from adgsom_desktop.ui.room.ministers_dialog import MinistersDialog, MinistersValues

    som = "The Meeting endorsed the ADM 2026-2030 and recommended it to the Ministers."
    initial = MinistersValues(True, MinistersAction.ENDORSE, som, None)
    return MinistersDialog(som, initial, _items(w), w)


def _week(w: Any) -> Any:
    from adgsom_desktop.ui.week.week_window import WeekWindow

    return WeekWindow(w.services, _meeting(w).event_id, w)


def _members(w: Any) -> Any:
    from adgsom_desktop.ui.week.members_dialog import MembersDialog

    s = w.services
    m = _meeting(w)
    chosen = [p.id for p in s.week.members(m.id)]
    return MembersDialog(m.label, s.delegations.our_members(), chosen, w)


def _action_prompt(w: Any) -> Any:
    from adgsom_desktop.ui.room.live_correct import ActionPrompt

    return ActionPrompt(
        "ASEC to circulate the revised ToR of the Working Group on Digital Data Governance",
        _delegations(w),
        None,
        w,
    )


def _bundles(w: Any) -> Any:
    from adgsom_desktop.ui.bundles.bundle_feature import BundleFeature

    return next(f for f in w.features if isinstance(f, BundleFeature))


def _bundle_send(w: Any) -> Any:
    return _bundles(w).send_dialog()


def _bundle_open(w: Any) -> Any:
    # Not a bundle: the dialog says why (its refusal is what it shows, at its full size).
    not_a_bundle = Path(w.services.locator.display).with_name("not-a-bundle.adgsom-bundle")
    not_a_bundle.write_bytes(b"not a bundle")
    return _bundles(w).open_dialog(not_a_bundle)


def _bundle_conflicts(w: Any) -> Any:
    return _bundles(w).conflicts_dialog()


def _keys(w: Any) -> Any:
    return _bundles(w).keys_dialog()


def _make_key(w: Any) -> Any:
    from adgsom_desktop.ui.bundles.keys_dialog import MakeKeyDialog

    return MakeKeyDialog([(p.id, p.full_name) for p in w.services.delegations.our_members()], w)


def _trips(w: Any) -> Any:
    from adgsom_desktop.ui.bundles.trip_feature import TripFeature

    return next(f for f in w.features if isinstance(f, TripFeature))


def _take_offline(w: Any) -> Any:
    return _trips(w).take_dialog()


def _bring_back(w: Any) -> Any:
    from adgsom_desktop.ui.bundles.trip_dialogs import BringBackDialog

    return BringBackDialog(
        "ADGMIN 6, Hà Nội (trip copy)",
        "postgresql://aide@capital.example/adgsom",
        lambda *_a, **_k: None,
        w,
        on_server=True,  # a team store on a server: only this copy is backed up (s35 T7)
    )


def _guide(w: Any) -> Any:
    from adgsom_desktop.ui.shell.help_window import GuideWindow

    return GuideWindow(w)


def _whats_new(w: Any) -> Any:
    from adgsom_desktop.ui.shell.help_window import WhatsNewDialog

    return WhatsNewDialog(w)


def _shortcuts(w: Any) -> Any:
    from adgsom_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, shortcut_rows

    return ShortcutsDialog(shortcut_rows(w), w)


WINDOWS: list[WindowEntry] = [
    WindowEntry("MainWindow", _main),
    WindowEntry("LiveWindow", _live),
    WindowEntry("TrackerWindow", _tracker),
    WindowEntry("TrackerReportDialog", _tracker_report),
    WindowEntry("EventDialog", _event),
    WindowEntry("MeetingDialog", _meeting_dialog),
    WindowEntry("AgendaCopyDialog", _agenda_copy),
    WindowEntry("AgendaImportDialog", _agenda_import),
    WindowEntry("SearchDialog", _search),
    WindowEntry("ConflictDialog", _conflict),
    WindowEntry("AboutDialog", _about),
    WindowEntry("SettingsDialog", _settings),
    WindowEntry("ImportDialog", _tracker_import),
    WindowEntry("ProjectDialog", _project),
    WindowEntry("ProgressDialog", _progress),
    WindowEntry("FrameworksDialog", _frameworks),
    WindowEntry("RegisterDialog", _register),
    WindowEntry("ReportDialog", _report),
    WindowEntry("BriefWordDialog", _brief_word),
    WindowEntry("PackDialog", _pack),
    WindowEntry("SalvageResultDialog", _salvage),
    WindowEntry("TeamStoreDialog", _team_store),
    WindowEntry("TeamMembersDialog", _team_members),
    WindowEntry("AddLoginDialog", _add_login),
    WindowEntry("NewStoreDialog", _new_store),
    WindowEntry("BackupDialog", _backup),
    WindowEntry("ImportTextDialog", _import_text),
    WindowEntry("AmendmentDialog", _amendment),
    WindowEntry("ApproveDialog", _approve),
    WindowEntry("PinDialog", _pin),
    WindowEntry("PositionHistoryDialog", _history),
    WindowEntry("CarryForwardDialog", _carry),
    WindowEntry("SecuritySettingsDialog", _security_settings),
    WindowEntry("PassphraseChangeDialog", _passphrase_change),
    WindowEntry("PassphraseDialog", _passphrase),
    WindowEntry("CounterpartsWindow", _counterparts),
    WindowEntry("OurDelegationWindow", _our_delegation),
    WindowEntry("OutcomeDialog", _outcome),
    WindowEntry("NoteDialog", _note),
    WindowEntry("ActionDialog", _action),
    WindowEntry("PersonCard", _person),
    WindowEntry("MinistersDialog", _ministers),
    WindowEntry("WeekWindow", _week),
    WindowEntry("MembersDialog", _members),
    WindowEntry("ActionPrompt", _action_prompt),
    WindowEntry("BundleSendDialog", _bundle_send),
    WindowEntry("BundleOpenDialog", _bundle_open),
    WindowEntry("ConflictsDialog", _bundle_conflicts),
    WindowEntry("KeysDialog", _keys),
    WindowEntry("MakeKeyDialog", _make_key),
    WindowEntry("TakeOfflineDialog", _take_offline),
    WindowEntry("BringBackDialog", _bring_back),
    WindowEntry("GuideWindow", _guide),
    WindowEntry("WhatsNewDialog", _whats_new),
    WindowEntry("ShortcutsDialog", _shortcuts),
]

# Base classes and helpers that are never opened on their own.
NOT_WINDOWS = {"RecordDialog", "SavingDialog"}
