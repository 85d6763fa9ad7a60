"""What the agenda import added to a meeting travels in bundles too (#17 with #21): who of
our delegation goes to the meeting (the week at a glance), for the head and for any
member alike (docs/packs.md); a member taken off travels as a removal."""

from __future__ import annotations

from adgsom_desktop.services.container import Services
from tests.bundle_fixtures import Pair


def _ours(svc: Services) -> list[int]:
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Delegation, Person, StoreSetting
    from adgsom_desktop.domain.settings import OUR_DELEGATION

    with svc.ctx.read() as s:
        code = s.scalar(select(StoreSetting.value).where(StoreSetting.key == OUR_DELEGATION))
        return list(
            s.scalars(
                select(Person.id)
                .join(Delegation)
                .where(Delegation.code == code)
                .order_by(Person.id)
            ).all()
        )


def _going(svc: Services, meeting: int) -> set[int]:
    return {m.id for m in svc.week.members(meeting)}


def test_members_going_to_a_meeting_travel_and_so_does_a_removal(pair: Pair) -> None:
    ours = _ours(pair.a)
    assert len(ours) >= 3
    pair.a.week.set_members(pair.meeting, ours[:3])
    preview = pair.receive(pair.send("one"), dry_run=True)
    lines = [line for line in preview.lines if "goes to" in line.label]
    assert len(lines) >= 1
    pair.receive(pair.send("two"))
    assert _going(pair.b, pair.meeting) == set(ours[:3])
    # taken off in the aide's store: taken off in the head's
    pair.a.week.set_members(pair.meeting, ours[:1])
    pair.receive(pair.send("three"))
    assert _going(pair.b, pair.meeting) == set(ours[:1])
    # and the same bundle again changes nothing
    again = pair.receive(pair.tmp / "three.adgsom-bundle")
    assert again.nothing_to_do


def test_a_passphrase_bundle_carries_who_goes(pair: Pair) -> None:
    ours = _ours(pair.a)
    pair.a.week.set_members(pair.meeting, ours[1:3])
    path = pair.send("p", passphrase="bundle passphrase 2026")
    opened = pair.b.bundles.open(path, passphrase="bundle passphrase 2026")
    pair.b.bundles.import_opened(opened, backup=False)
    assert _going(pair.b, pair.meeting) == set(ours[1:3])


def test_the_meetings_documents_travel_with_their_files(pair: Pair) -> None:
    from sqlalchemy import select

    from adgsom_desktop.domain.models import DocumentFile
    from tests.agenda_files import table_agenda_pdf

    pdf = table_agenda_pdf(pair.tmp / "DEFA draft.pdf")
    doc = pair.a.attachments.attach(
        pair.meeting, pdf, symbol="ADGSOM/2027/DOC.04", title="DEFA: draft text"
    )
    report = pair.receive(pair.send("one"))
    assert report.added >= 1
    (got,) = [d for d in pair.b.attachments.documents(pair.meeting) if d.sha256 == doc.sha256]
    assert (got.symbol, got.title, got.kind, got.size) == (
        "ADGSOM/2027/DOC.04",
        "DEFA: draft text",
        "pdf",
        pdf.stat().st_size,
    )
    assert pair.b.attachments.content(got.id) == pdf.read_bytes()
    # a new title travels; the file is not written twice
    pair.a.attachments.update(
        doc.id, symbol="ADGSOM/2027/DOC.04", title="DEFA: revised", item_id=doc.item_id
    )
    pair.receive(pair.send("two"))
    (again,) = [d for d in pair.b.attachments.documents(pair.meeting) if d.sha256 == doc.sha256]
    assert again.id == got.id and again.title == "DEFA: revised"
    # removed on one side: removed on the other, its file with it
    pair.a.attachments.remove(doc.id)
    pair.receive(pair.send("three"))
    assert not [d for d in pair.b.attachments.documents(pair.meeting) if d.sha256 == doc.sha256]
    with pair.b.ctx.read() as s:
        assert (
            s.scalar(select(DocumentFile.document_id).where(DocumentFile.document_id == got.id))
            is None
        )


def test_a_changed_file_in_the_records_is_refused(pair: Pair) -> None:
    import base64
    import hashlib

    import pytest

    from adgsom_desktop.services.sync.payload import PayloadError, decode

    pdf_bytes = b"%PDF-1.7\n% a file\n%%EOF"
    sha = hashlib.sha256(pdf_bytes).hexdigest()
    doc = {"format": 2, "store_id": "a" * 32, "records": []}
    doc["files"] = {sha: base64.b64encode(pdf_bytes + b"x").decode()}
    import json

    with pytest.raises(PayloadError, match="was changed"):
        decode(json.dumps(doc).encode())


def test_a_trip_copy_takes_who_goes_and_the_documents(pair: Pair) -> None:
    from adgsom_desktop.services.trip_service import take_trip
    from adgsom_desktop.storage.store import Store
    from tests.agenda_files import table_agenda_pdf

    team = pair.a
    ours = _ours(team)
    team.week.set_members(pair.meeting, ours[:2])
    pdf = table_agenda_pdf(pair.tmp / "DEFA draft.pdf")
    doc = team.attachments.attach(pair.meeting, pdf, symbol="ADGSOM/2027/DOC.04")
    event_id = team.events.meeting(pair.meeting).event_id
    take_trip(team, event_id, pair.tmp / "trip.adgsom")
    trip = Services.for_store(Store.open(pair.tmp / "trip.adgsom"), actor="aide")
    try:
        title = team.events.meeting(pair.meeting).title
        meeting = next(m.id for m in trip.events.meetings() if m.title == title)
        names = {m.name for m in team.week.members(pair.meeting)}
        assert {m.name for m in trip.week.members(meeting)} == names
        (got,) = trip.attachments.documents(meeting)
        assert got.sha256 == doc.sha256 and trip.attachments.content(got.id) == pdf.read_bytes()
    finally:
        trip.close()
