"""The meeting's documents (issue #23, item 3): PDFs and .docx files attached to the store
(encrypted with it), listed per meeting and per item (its references find them), opened
from a private copy removed at close; bad input refused in words with nothing changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services import attachment_service
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.attachment_service import MAX_ATTACHMENT_BYTES, clear_open_copies
from adgsom_desktop.services.changes import ChangeKind
from tests.agenda_files import table_agenda_pdf, write_table_agenda_docx


@pytest.fixture
def meeting(services: Any, tmp_path: Path) -> Any:
    event = services.events.save_event(title="7th ADGMIN and related meetings")
    m = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM", date=date(2027, 1, 18)
    )
    agenda = write_table_agenda_docx(tmp_path / "agenda.docx", extra_columns=True)
    services.agenda.import_items(m.id, AgendaImporter().from_file(agenda))
    return m


def test_attach_list_per_item_open_and_remove(services: Any, meeting: Any, tmp_path: Path) -> None:
    seen: list[Any] = []
    services.ctx.bus.subscribe(seen.append)
    pdf = table_agenda_pdf(tmp_path / "DEFA draft.pdf")
    docx = write_table_agenda_docx(tmp_path / "ANSAC work plan.docx")
    defa_doc = services.attachments.attach(
        meeting.id, pdf, symbol="ADGSOM/2027/DOC.04", title="DEFA: draft text"
    )
    assert (defa_doc.kind, defa_doc.pages, defa_doc.size) == ("pdf", 1, pdf.stat().st_size)
    assert defa_doc.label == "ADGSOM/2027/DOC.04 - DEFA: draft text"
    items = {i.title: i for i in services.agenda.items(meeting.id)}
    ansac = items["ANSAC work plan 2027"]
    work_plan = services.attachments.attach(meeting.id, docx, item_id=ansac.id)
    assert work_plan.kind == "docx" and work_plan.label == "ANSAC work plan.docx"
    assert seen[-1].kind is ChangeKind.DOCUMENTS and seen[-1].meeting_id == meeting.id
    assert [d.id for d in services.attachments.documents(meeting.id)] == [work_plan.id, defa_doc.id]
    # The item's reference "ADGSOM/2027/DOC.04" finds the attachment of that symbol.
    defa = items["Digital Economy Framework Agreement (DEFA)"]
    assert [d.id for d in services.attachments.for_item(defa.id)] == [defa_doc.id]
    assert [d.id for d in services.attachments.for_item(ansac.id)] == [work_plan.id]
    assert services.attachments.for_item(items["Opening of the Meeting"].id) == []
    # Opened from a private copy; the copies go at close, lock and the next start.
    copy = services.attachments.open_copy(defa_doc.id)
    assert copy.read_bytes() == pdf.read_bytes()
    assert copy.name == "DEFA draft.pdf"
    assert oct(copy.parent.parent.stat().st_mode & 0o777) == "0o700"
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert clear_open_copies() == 1 and not copy.exists()
    # Removed: gone with its bytes.
    services.attachments.remove(work_plan.id)
    assert [d.id for d in services.attachments.documents(meeting.id)] == [defa_doc.id]
    with pytest.raises(Exception, match="no longer exists"):
        services.attachments.content(work_plan.id)


def test_bad_files_are_refused_in_words_with_nothing_attached(
    services: Any, meeting: Any, tmp_path: Path
) -> None:
    huge = tmp_path / "recording.pdf"
    with huge.open("wb") as f:  # 2 GB on disk, sparse: refused from its size alone
        f.write(b"%PDF-1.7\n")
        f.truncate(2 * 1024 * 1024 * 1024)
    with pytest.raises(ValidationError, match=r"recording\.pdf is 2\.0 GB; .* at most 50\.0 MB"):
        services.attachments.attach(meeting.id, huge)
    text = tmp_path / "agenda.pdf"
    text.write_text("1. Opening\n")
    with pytest.raises(ValidationError, match="not a PDF or a Word"):
        services.attachments.attach(meeting.id, text)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF")
    with pytest.raises(ValidationError, match="cannot be read as a PDF"):
        services.attachments.attach(meeting.id, broken)
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match=r"empty\.docx is empty"):
        services.attachments.attach(meeting.id, empty)
    zipped = tmp_path / "slides.docx"
    import zipfile

    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("ppt/presentation.xml", "<p/>")
    with pytest.raises(ValidationError, match="not a PDF or a Word"):
        services.attachments.attach(meeting.id, zipped)
    assert services.attachments.documents(meeting.id) == []
    assert MAX_ATTACHMENT_BYTES == 50 * 1024 * 1024


def test_a_meeting_takes_a_limited_number_of_documents(
    services: Any, meeting: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachment_service, "MAX_PER_MEETING", 2)
    pdf = table_agenda_pdf(tmp_path / "a.pdf")
    services.attachments.attach(meeting.id, pdf)
    services.attachments.attach(meeting.id, pdf)
    with pytest.raises(ValidationError, match="holds 2 documents already"):
        services.attachments.attach(meeting.id, pdf)
    assert len(services.attachments.documents(meeting.id)) == 2


def test_an_encrypted_store_keeps_the_document_encrypted(tmp_path: Path) -> None:
    """The bytes are in the store: with SQLCipher, not a byte of the PDF is readable."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    store = tmp_path / "secret.adgsom"
    svc = Services.for_store(
        create_store(store, our_delegation_code="TH", passphrase="correct horse battery staple")
    )
    event = svc.events.save_event(title="7th ADGMIN")
    m = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM")
    pdf = table_agenda_pdf(tmp_path / "doc.pdf")
    svc.attachments.attach(m.id, pdf, symbol="ADGSOM/2027/DOC.04")
    svc.close()
    raw = store.read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("secret.adgsom-*") if p.is_file()
    )
    assert b"ADGSOM/2027/DOC.04" not in raw and b"Digital Economy" not in raw
    assert b"%PDF" not in raw


def test_0014_meeting_documents_upgrades_a_0013_store_with_data(
    store_path: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0013_meeting_members")
    with engine.connect() as c:
        tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "meeting_document" not in tables and "meeting_member" in tables
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store)
        (item,) = services.agenda.items(1)
        assert item.title == "Digital data governance"
        doc = services.attachments.attach(1, table_agenda_pdf(tmp_path / "d.pdf"), item_id=item.id)
        assert [d.id for d in services.attachments.for_item(item.id)] == [doc.id]
        assert services.store_info.check().ok


def test_a_pack_appends_chosen_pdfs_as_marked_annexes(
    services: Any, meeting: Any, tmp_path: Path
) -> None:
    """Each chosen PDF after the pack, under its bookmark, every page carrying the pack's
    classification, reference and copy; a Word file, another event's document and an
    audience without the list of annexes are refused in words."""
    import io

    from pypdf import PdfReader

    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest

    def canvas_pdf(path: Path, pages: int, text: str) -> Path:
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path))
        for n in range(pages):
            c.drawString(72, 700, f"{text} page {n + 1}")
            c.showPage()
        c.save()
        return path

    a = services.attachments.attach(
        meeting.id, canvas_pdf(tmp_path / "a.pdf", 2, "DEFA draft"), symbol="ADGSOM/2027/DOC.04"
    )
    b = services.attachments.attach(meeting.id, canvas_pdf(tmp_path / "b.pdf", 1, "CERT report"))
    word = services.attachments.attach(meeting.id, write_table_agenda_docx(tmp_path / "w.docx"))
    choices = services.packs.choices(meeting.event_id)
    assert [i for i, _label in choices.documents] == [b.id, a.id]  # PDFs only
    request = PackRequest(
        event_id=meeting.event_id,
        sections=(Section.COVER, Section.ANNEXES),
        audience=Audience.DELEGATION,
        classification="RESTRICTED",
        recipients=("Dr. Pongsak Rattanavichai", "Mr. Thanawat Boonmee"),
        annex_document_ids=(a.id, b.id),
    )
    plain = services.packs.preview(replace_ids(request, ()))
    pack_pages = len(PdfReader(io.BytesIO(plain)).pages)
    reader = PdfReader(io.BytesIO(services.packs.preview(request)))
    assert len(reader.pages) == pack_pages + 3
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Annex 1 - ADGSOM/2027/DOC.04" in outline and "Annex 2 - b.pdf" in outline
    annexed = [reader.pages[pack_pages + k].extract_text() for k in range(3)]
    assert "DEFA draft page 2" in annexed[1] and "CERT report page 1" in annexed[2]
    for text in annexed:
        assert text.count("RESTRICTED") >= 2 and "PREVIEW - NOT ISSUED" in text
    # Issued: each copy carries its own copy mark on the annexed pages.
    (tmp_path / "out").mkdir()
    result = services.packs.issue(request, tmp_path / "out" / "pack.pdf")
    second = PdfReader(result.files[1].path)
    last = second.pages[-1].extract_text()
    assert "Annex 2" in last and "Copy 2 of 2 - issued to Mr. Thanawat Boonmee" in last
    assert result.files[1].pages == pack_pages + 3
    with pytest.raises(ValidationError, match=r"w\.docx is a Word file: only PDF documents"):
        services.packs.preview(replace_ids(request, (word.id,)))
    public = PackRequest(
        event_id=meeting.event_id, audience=Audience.PUBLIC, annex_document_ids=(a.id,)
    )
    with pytest.raises(ValidationError, match="holds no annexes"):
        services.packs.preview(public)
    other = services.events.save_event(title="Another week")
    with pytest.raises(ValidationError, match="another event"):
        services.packs.preview(PackRequest(event_id=other.id, annex_document_ids=(a.id,)))


def replace_ids(request: Any, ids: tuple[int, ...]) -> Any:
    from dataclasses import replace

    return replace(request, annex_document_ids=ids)


def test_the_receipt_comes_after_the_annexes(services: Any, meeting: Any, tmp_path: Path) -> None:
    """The holder signs for the whole copy: the receipt is the last page, after the annexes,
    and its bookmark comes after theirs (#18, left over from the last session)."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest

    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path))
    for n in range(2):
        c.drawString(72, 700, f"DEFA draft page {n + 1}")
        c.showPage()
    c.save()
    a = services.attachments.attach(meeting.id, path, symbol="ADGSOM/2027/DOC.04")
    request = PackRequest(
        event_id=meeting.event_id,
        sections=(Section.COVER, Section.ANNEXES, Section.RECEIPT),
        audience=Audience.DELEGATION,
        classification="RESTRICTED",
        annex_document_ids=(a.id,),
    )
    reader = PdfReader(io.BytesIO(services.packs.preview(request)))
    texts = [p.extract_text() for p in reader.pages]
    assert "Receipt: return or destruction" in texts[-1]
    assert "DEFA draft page 1" in texts[-3] and "DEFA draft page 2" in texts[-2]
    assert "List of annexes" in texts[-4]
    outline = [o.title for o in reader.outline if not isinstance(o, list)]
    assert outline.index("Annex 1 - ADGSOM/2027/DOC.04") < outline.index("Receipt")
    assert (
        reader.get_destination_page_number(
            next(o for o in reader.outline if not isinstance(o, list) and o.title == "Receipt")
        )
        == len(reader.pages) - 1
    )
    # the receipt counts every page of the copy, the annexes included
    assert f"{len(reader.pages)}" in texts[-1]
