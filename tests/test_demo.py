"""The built-in demo store: written once per module, then read through the services."""

from __future__ import annotations

import dataclasses
import re
import shutil
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.demo import (
    content,
    content_agenda,
    content_people,
    content_positions,
    content_positions_more,
    content_room,
    writer,
)
from adgsom_desktop.demo.writer import write_demo
from adgsom_desktop.domain.enums import (
    ActionStatus,
    MeetingKind,
    MemberRole,
    PositionStatus,
    Stance,
)
from adgsom_desktop.domain.models import (
    ActionItem,
    AgendaItem,
    Meeting,
    Outcome,
    PersonInterest,
    PositionPoint,
    StanceRecord,
)
from adgsom_desktop.errors import NotAStoreError, StoreError, StoreLockedError
from adgsom_desktop.paths import ENV_HOME
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_HOME, str(tmp_path))


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV_HOME, str(tmp_path_factory.mktemp("home")))
        path = tmp_path_factory.mktemp("demo") / "ADGSOM demo.adgsom"
        written = write_demo(path)
        assert written == path
        yield path


@pytest.fixture
def services(demo_path: Path) -> Iterator[Services]:
    sv = Services.for_store(Store.open(demo_path))
    try:
        yield sv
    finally:
        sv.close()


def _by_title(sv: Services, fragment: str) -> Any:
    return next(m for m in sv.events.meetings() if fragment in m.title)


# -- what the demo holds -------------------------------------------------------------


def test_write_leaves_only_the_store(demo_path: Path) -> None:
    names = {p.name for p in demo_path.parent.iterdir()} - {demo_path.name + ".lock"}
    assert names == {demo_path.name}  # no temporary file, no -wal or -shm left behind


def test_counts(services: Services) -> None:
    counts = services.store_info.info().counts
    assert counts["events"] == 2
    assert 10 <= counts["meetings"] <= 14
    assert 70 <= counts["agenda items"] <= 120
    assert 15 <= counts["positions"] <= 25
    assert counts["position versions"] > counts["positions"]
    assert 25 <= counts["people"] <= 40
    assert 80 <= counts["notes"] <= 120
    assert 10 <= counts["action items"] <= 20
    assert counts["outcomes"] >= 15
    assert counts["stances"] >= 40
    info = services.store_info.info()
    assert info.our_delegation == "TH"
    assert info.title == "Demo: 6th ADGSOM and related meetings, Hanoi"


def test_events_and_meetings(services: Services) -> None:
    events = services.events.events()
    hanoi = next(e for e in events if e.host_code == "VN")
    assert hanoi.title == "6th ADGMIN and related meetings"
    assert (hanoi.start_date, hanoi.end_date) == (date(2026, 1, 12), date(2026, 1, 16))
    assert hanoi.timezone == "Asia/Ho_Chi_Minh"
    assert hanoi.city == "Hà Nội" and hanoi.country == "Viet Nam"
    assert "**" in hanoi.steering_brief and "\n- " in hanoi.steering_brief
    assert "National Convention Center" in hanoi.logistics
    bangkok = next(e for e in events if e.host_code == "TH")
    assert bangkok.start_date is not None and bangkok.start_date.year == 2025

    meetings = services.events.meetings(hanoi.id)
    kinds = [m.kind for m in meetings]
    assert kinds.count(MeetingKind.DIALOGUE_PARTNER) == 4
    assert {
        MeetingKind.SOM,
        MeetingKind.MINISTERS,
        MeetingKind.JWG,
        MeetingKind.GOVERNING_COUNCIL,
    } <= set(kinds)
    assert {m.partner_code for m in meetings if m.kind is MeetingKind.DIALOGUE_PARTNER} == {
        "JP",
        "KR",
        "ITU",
        "EU",
    }
    som = next(m for m in meetings if m.kind is MeetingKind.SOM)
    assert (som.series, som.sequence_no, som.date) == ("ADGSOM", 6, date(2026, 1, 12))
    adgmin = next(m for m in meetings if m.kind is MeetingKind.MINISTERS)
    assert (adgmin.series, adgmin.sequence_no, adgmin.date) == ("ADGMIN", 6, date(2026, 1, 15))
    for m in meetings:
        assert m.start_time and m.end_time and m.venue and m.chair
    earlier = services.events.meetings(bangkok.id)
    assert any(m.series == "ADGSOM" and m.sequence_no == 5 for m in earlier)


def test_agendas_are_hierarchical(services: Services) -> None:
    nav = services.events.navigation()
    sizes = {mn.meeting.title: len(mn.items) for en in nav.events for mn in en.meetings}
    som6 = _by_title(services, "6th ASEAN Digital Senior")
    items = services.agenda.items(som6.id)
    assert 12 <= len(items) <= 25
    numbers = [i.number for i in items]
    assert numbers[:4] == ["1", "2", "3", "3.1"]
    assert "3.2.a" in numbers and "3.2.b" in numbers
    assert max(i.depth for i in items) == 2
    scam = next(i for i in items if "Anti-Online Scam" in i.title)
    assert scam.number == "5.1" and scam.lead_code == "MY" and scam.est_minutes
    assert any(d.symbol.startswith("ADGSOM/2026/DOC.") for d in scam.documents)
    assert {i.purpose for i in items} >= {
        "information",
        "discussion",
        "endorsement",
        "decision",
        "adoption",
    }
    adgmin = _by_title(services, "6th ASEAN Digital Ministers")
    assert 8 <= sizes[adgmin.title] <= 14
    for mn in (mn for en in nav.events for mn in en.meetings):
        if mn.meeting.kind is MeetingKind.DIALOGUE_PARTNER and mn.meeting.date.year == 2026:
            assert 5 <= len(mn.items) <= 8, mn.meeting.title


def _complete(rec: Any) -> bool:
    c = rec.content
    texts = (
        c.objective,
        c.opening,
        c.red_line,
        c.tactical,
        c.press_line,
        c.background_releasable,
        c.background_nfd,
    )
    return (
        all(t.strip() for t in texts)
        and c.stance is not Stance.UNKNOWN
        and 2 <= len(c.fallbacks) <= 3
        and 3 <= len(c.points) <= 6
        and 2 <= len(c.their_objectives) <= 4
        and all(t.delegation_code and t.our_response for t in c.their_objectives)
        and 1 <= len(c.defensive_lines) <= 4
        and all(d.question and d.answer for d in c.defensive_lines)
        and c.owner_id is not None
        and bool(c.tags)
    )


def _positions(sv: Services) -> list[Any]:
    out = []
    for en in sv.events.navigation().events:
        for mn in en.meetings:
            for item in mn.items:
                rec = sv.positions.get(item.id)
                if rec is not None:
                    out.append(rec)
    return out


def test_full_positions_history_and_approval(services: Services) -> None:
    positions = _positions(services)
    assert sum(_complete(p) for p in positions) >= 8
    members = {p.id: p for p in services.delegations.our_members()}
    hod = next(p for p in members.values() if p.title.startswith("Permanent Secretary"))
    assert all(p.content.owner_id in members for p in positions)

    multi = [p for p in positions if p.version_no > 1]
    assert len(multi) >= 4
    history = services.positions.versions(multi[0].item_id)
    assert [v.version_no for v in history] == list(range(1, multi[0].version_no + 1))
    assert history[0].content != history[-1].content
    assert history[0].saved_at < history[-1].saved_at < history[-1].saved_at.replace(year=2027)
    savers = {v.saved_by for p in multi for v in services.positions.versions(p.item_id)}
    assert len(savers) >= 3

    statuses = {p.status for p in positions}
    assert statuses == {PositionStatus.DRAFT, PositionStatus.FOR_REVIEW, PositionStatus.APPROVED}
    approved = [p for p in positions if p.status is PositionStatus.APPROVED]
    assert len(approved) >= 5
    for p in approved:
        assert p.approved_by_id == hod.id and p.approved_by_name == hod.full_name
        assert p.approved_at is not None and p.approved_version_no == p.version_no

    scam = next(p for p in positions if "Rapid Takedown" in p.content.objective)
    assert scam.status is PositionStatus.APPROVED and scam.version_no == 3
    assert any(p.delivered_at for p in scam.points)
    assert "ข้อสั่งการ" in scam.content.background_nfd  # the Minister's instruction: NFD only
    assert "ข้อสั่งการ" not in scam.content.background_releasable


def test_people(services: Services) -> None:
    ours = services.delegations.our_members()
    roles = {p.role for p in ours}
    assert {
        MemberRole.HEAD,
        MemberRole.ALTERNATE,
        MemberRole.ADVISER,
        MemberRole.DESK_OFFICER,
        MemberRole.INTERPRETER,
    } <= roles
    assert sum(p.role is MemberRole.DESK_OFFICER for p in ours) >= 2
    thai = re.compile(r"[\u0e00-\u0e7f]")
    assert all(thai.search(p.local_name) for p in ours)

    others = {p.delegation_code: p for p in services.delegations.counterparts()}
    assert {"VN", "LA", "KH", "MM", "ID", "SG", "MY", "PH", "JP", "KR", "ASEC"} <= set(others)
    scripts = {
        "VN": r"[ăâđêôơưạ-ỹ]",
        "LA": r"[\u0e80-\u0eff]",
        "KH": r"[\u1780-\u17ff]",
        "MM": r"[\u1000-\u109f]",
    }
    for code, pattern in scripts.items():
        assert re.search(pattern, others[code].local_name), code
    heads = [p for p in services.delegations.counterparts() if p.role is MemberRole.HEAD]
    assert len(heads) >= 10
    assert sum(1 for p in heads if p.bio.count(". ") >= 2 and p.last_met) >= 8


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Viet Nam", "Việt Nam"),
        ("ดิจิทัล", "ดิจิทัล"),
        ("ດິຈິຕອນ", "ດິຈິຕອນ"),
        ("ឌីជីថល", "ឌីជីថល"),
        ("ဒီဂျစ်တယ်", "ဒီဂျစ်တယ်"),
    ],
)
def test_search_finds_every_script_in_notes(services: Services, query: str, expected: str) -> None:
    result = services.search.search(query, kinds=("note",))
    assert result.hits, query
    assert any(expected in hit.snippet for hit in result.hits)
    som6 = _by_title(services, "6th ASEAN Digital Senior")
    assert any(hit.meeting_id == som6.id for hit in result.hits)


def test_search_other_kinds(services: Services) -> None:
    kinds = {h.kind for h in services.search.search("scam", limit=200).hits}
    assert {"item", "position", "note", "action", "outcome"} <= kinds
    assert any(h.kind == "person" for h in services.search.search("Phommachanh").hits)


def test_notes_of_the_6th_adgsom(services: Services) -> None:
    som6 = _by_title(services, "6th ASEAN Digital Senior")
    notes = services.notes.notes(som6.id)
    assert 40 <= len(notes) <= 80
    assert {n.kind for n in notes} == {"intervention", "proposal", "decision", "action", "remark"}
    assert sum(n.observed_stance is not None for n in notes) >= 15
    assert sum(bool(n.speaker_name) for n in notes) >= 30
    assert all(n.item_id is not None for n in notes)
    # Taken during the meeting days, Hà Nội time (UTC+7) from 09:00 to 17:30.
    assert all(date(2026, 1, 12) <= n.taken_at.date() <= date(2026, 1, 13) for n in notes)
    assert all(2 <= n.taken_at.hour <= 10 for n in notes)
    texts = "\n".join(n.text for n in notes)
    assert "Việt Nam" in texts and "ดิจิทัล" in texts


def test_records_without_a_service(services: Services) -> None:
    with services.store.sessions.read() as s:
        som5 = s.scalar(select(Meeting).where(Meeting.series == "ADGSOM", Meeting.sequence_no == 5))
        som6 = s.scalar(select(Meeting).where(Meeting.series == "ADGSOM", Meeting.sequence_no == 6))
        assert som5 is not None and som6 is not None
        actions = list(s.scalars(select(ActionItem)))
        open_old = [a for a in actions if a.meeting_id == som5.id and a.status.is_open]
        assert len(open_old) >= 2
        assert any(a.due_date and a.due_date < date(2026, 1, 12) for a in open_old)  # overdue
        assert any(a.status is ActionStatus.DONE and a.closed_at for a in actions)
        assert all(a.owner_delegation_id for a in actions)

        outcomes = list(
            s.scalars(
                select(Outcome)
                .join(AgendaItem, Outcome.item_id == AgendaItem.id)
                .where(AgendaItem.meeting_id == som6.id)
            )
        )
        assert len(outcomes) >= 10
        assert any(
            o.text.startswith("The Meeting endorsed the ASEAN Digital Masterplan 2026-2030")
            for o in outcomes
        )
        assert (
            s.scalar(
                select(Outcome)
                .join(AgendaItem, Outcome.item_id == AgendaItem.id)
                .where(AgendaItem.meeting_id == som5.id)
            )
            is not None
        )

        stances = list(s.scalars(select(StanceRecord)))
        observed = [x for x in stances if x.observed is not Stance.UNKNOWN]
        assert len({x.item_id for x in stances}) >= 6
        assert len(observed) >= 20 and all(x.observed_at for x in observed)
        assert s.scalar(select(PersonInterest)) is not None

        carried = list(
            s.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == som6.id, AgendaItem.source_item_id.is_not(None)
                )
            )
        )
        assert len(carried) >= 4
        assert all(s.get_one(AgendaItem, c.source_item_id).meeting_id == som5.id for c in carried)
        assert s.scalar(select(PositionPoint).where(PositionPoint.delivered_at.is_not(None)))


def test_store_check_is_ok(services: Services) -> None:
    report = services.store_info.check()
    assert report.ok, report.problems


# -- writing --------------------------------------------------------------------------


def test_refuses_existing_path_and_leaves_it_unchanged(tmp_path: Path, demo_path: Path) -> None:
    target = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_path, target)
    before = target.read_bytes()
    with pytest.raises(StoreError, match="already exists"):
        write_demo(target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.adgsom"]

    text = tmp_path / "notes.txt"
    text.write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError):
        write_demo(text)
    with pytest.raises(NotAStoreError):
        write_demo(text, overwrite=True)
    assert text.read_text(encoding="utf-8") == "not a store"


def test_overwrite_replaces_the_store(tmp_path: Path, demo_path: Path) -> None:
    target = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_path, target)
    with Store.open(target) as store:
        Services.for_store(store).events.save_event(title="Old event, to be replaced")
    Path(str(target) + "-wal").write_bytes(b"stale")  # must not meet the new store
    Path(str(target) + "-shm").write_bytes(b"stale")

    assert write_demo(target, overwrite=True) == target
    # (the app's data folder is under tmp_path in these tests: its ledger of writes is empty)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["demo.adgsom"]
    assert not list((tmp_path / "data").rglob("*.*"))
    sv = Services.for_store(Store.open(target))
    try:
        assert [e.title for e in sv.events.events() if e.title.startswith("Old")] == []
        assert len(sv.events.events()) == 2
        assert sv.store_info.check().ok
    finally:
        sv.close()


def test_overwrite_refuses_an_open_store(tmp_path: Path, demo_path: Path) -> None:
    target = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_path, target)
    with Store.open(target):
        with pytest.raises(StoreLockedError):
            write_demo(target, overwrite=True)
        assert not list(tmp_path.glob(".demo.adgsom.*"))


def test_failure_leaves_no_half_written_demo(
    tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(services: Services) -> None:
        services.events.save_event(title="half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer, "_write_content", boom)
    fresh = tmp_path / "fresh.adgsom"
    with pytest.raises(RuntimeError):
        write_demo(fresh)
    assert [p for p in tmp_path.iterdir() if p.name != "data"] == []
    assert [p for p in (tmp_path / "data").rglob("*") if p.is_file()] == []

    old = tmp_path / "old.adgsom"
    shutil.copyfile(demo_path, old)
    before = old.read_bytes()
    with pytest.raises(RuntimeError):
        write_demo(old, overwrite=True)
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["old.adgsom"]


@pytest.mark.slow
def test_encrypted_demo(tmp_path: Path) -> None:
    target = tmp_path / "secret.adgsom"
    write_demo(target, passphrase="correct horse battery staple")
    assert not target.read_bytes().startswith(b"SQLite format 3")
    sv = Services.for_store(Store.open(target, "correct horse battery staple"))
    try:
        assert sv.store_info.info().encrypted
        assert sv.search.search("ดิจิทัล").hits
        assert sv.store_info.check().ok
    finally:
        sv.close()


# -- the content itself ------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _strings(v)


def test_content_text_is_valid() -> None:
    modules = (
        content,
        content_agenda,
        content_people,
        content_positions,
        content_positions_more,
        content_room,
    )
    count = 0
    for module in modules:
        for name, value in vars(module).items():
            if name.isupper():
                for text in _strings(value):
                    count += 1
                    assert unicodedata.normalize("NFC", text) == text, text[:60]
                    assert not _CONTROL.search(text), text[:60]
                    assert "\r" not in text
    assert count > 1000


def test_demo_package_does_not_import_qt() -> None:
    import adgsom_desktop.demo as pkg

    for path in Path(pkg.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "PySide6" not in source and "shiboken" not in source, path.name
