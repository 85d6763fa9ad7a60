"""Importing a provisional agenda: plain text and .docx, the preview, and bad files."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, Purpose
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.agenda_import import AgendaImporter, with_numbers
from tests.agenda_files import PROVISIONAL_TEXT, write_agenda_docx, write_encrypted_docx


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    return services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
    )


def test_text_preview_reads_levels_numbers_and_annotations() -> None:
    preview = AgendaImporter().from_text(PROVISIONAL_TEXT)
    rows = [(i.include, i.level, i.number, i.title) for i in preview.items]
    # The header lines are the meeting's facts, not items to tick (issue #21, item 4).
    header = preview.header
    assert header.title == "6th ASEAN Digital Senior Officials' Meeting (ADGSOM)"
    assert (header.place, header.start, header.end) == (
        "Hà Nội, Việt Nam",
        date(2026, 1, 12),
        date(2026, 1, 14),
    )
    assert header.document == "PROVISIONAL AGENDA"
    assert all(r[0] for r in rows) and not preview.warnings
    included = [r[1:] for r in rows if r[0]]
    assert included == [
        (0, "1", "Opening of the Meeting"),
        (0, "2", "Adoption of the Agenda"),
        (0, "3", "ASEAN Digital Masterplan"),
        (1, "3.1", "Draft ADM 2026-2030"),
        (2, "3.1.a", "Annex on AI governance"),
        (2, "3.1.b", "กรอบการกำกับดูแลข้อมูลดิจิทัล"),
        (1, "3.2", "Review of ADM 2025 implementation"),
        (0, "4", "Cooperation with Dialogue Partners"),
        (1, "4(a)", "ASEAN-Japan Digital Work Plan 2026"),
        (1, "4(b)", "Hợp tác ASEAN - Hàn Quốc về chuyển đổi số, kỹ năng số cho thanh niên"),
        (0, "5", "Any other business"),
    ]
    by_title = {i.title: i for i in preview.items}
    assert by_title["Opening of the Meeting"].purpose is Purpose.INFORMATION
    assert by_title["Draft ADM 2026-2030"].purpose is Purpose.ENDORSEMENT
    assert by_title["ASEAN-Japan Digital Work Plan 2026"].purpose is Purpose.DECISION
    annex = by_title["Annex on AI governance"]
    assert (annex.lead_text, annex.est_minutes) == ("Singapore", 20)


def test_unnumbered_indented_text_uses_indentation() -> None:
    text = "Opening\nDigital economy\n\tDEFA\n\t\tChapter on data\n\tE-commerce\nClosing\n"
    items = AgendaImporter().from_text(text).items
    assert [(i.level, i.title) for i in items] == [
        (0, "Opening"),
        (0, "Digital economy"),
        (1, "DEFA"),
        (2, "Chapter on data"),
        (1, "E-commerce"),
        (0, "Closing"),
    ]


def test_import_writes_items_keeping_only_numbers_that_differ(services: Any, meeting: Any) -> None:
    preview = with_numbers(AgendaImporter().from_text(PROVISIONAL_TEXT), keep=True)
    added = services.agenda.import_items(meeting.id, preview)
    items = services.agenda.items(meeting.id)
    assert len(added.item_ids) == len(items) == 11
    assert [i.number for i in items] == [
        "1",
        "2",
        "3",
        "3.1",
        "3.1.a",
        "3.1.b",
        "3.2",
        "4",
        "4(a)",
        "4(b)",
        "5",
    ]
    fixed = {i.number for i in items if i.number_fixed}
    assert fixed == {"4(a)", "4(b)"}  # the rest follow the structure automatically
    assert items[4].lead == "Singapore" and items[4].est_minutes == 20


def test_docx_with_word_numbering_and_a_table(services: Any, meeting: Any, tmp_path: Path) -> None:
    path = write_agenda_docx(tmp_path / "agenda.docx")
    preview = AgendaImporter().from_file(path)
    got = [(i.level, i.number, i.title) for i in preview.items if i.include]
    assert got == [
        (0, "1", "Opening of the Meeting"),
        (0, "2", "ASEAN Digital Masterplan"),
        (1, "2.1", "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030"),
        (2, "2.1(a)", "Khung quản trị dữ liệu số ASEAN"),
        (2, "2.1(b)", "Annex on AI governance"),
        (1, "2.2", "Review of ADM 2025"),
        (0, "3", "Cooperation with Dialogue Partners"),
        (0, "4", "Date and venue of the 7th ADGSOM"),
        (0, "5", "Closing"),
    ]
    table_row = next(i for i in preview.items if i.title.startswith("Date and venue"))
    assert (table_row.purpose, table_row.lead_text) == (Purpose.DECISION, "Chair")
    services.agenda.import_items(meeting.id, with_numbers(preview, keep=False))
    assert [i.number for i in services.agenda.items(meeting.id)][:5] == [
        "1",
        "2",
        "2.1",
        "2.1.a",
        "2.1.b",
    ]


@pytest.mark.parametrize(
    ("maker", "message"),
    [
        (lambda p: write_encrypted_docx(p), "password-protected"),
        (
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
            "Word 97-2003",
        ),
        (lambda p: p.write_text("Minutes of the meeting, not a Word file"), "not a Word .docx"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), "cannot be read"),
        (lambda p: _zip_without_word(p), "cannot be read"),
        (lambda p: p.write_bytes(b""), "not a Word .docx"),
    ],
)
def test_bad_docx_gives_a_clear_message(
    services: Any, meeting: Any, tmp_path: Path, maker: Any, message: str
) -> None:
    path = tmp_path / "agenda.docx"
    maker(path)
    with pytest.raises(ValidationError, match=message):
        AgendaImporter().from_file(path)
    assert services.agenda.items(meeting.id) == []


def _zip_without_word(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a document")


def test_bad_text_files_and_text(tmp_path: Path) -> None:
    importer = AgendaImporter()
    latin1 = tmp_path / "agenda.txt"
    latin1.write_bytes("1. Réunion\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        importer.from_file(latin1)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ValidationError, match="not a text file"):
        importer.from_file(binary)
    with pytest.raises(ValidationError, match="No agenda items"):
        importer.from_text("\n\n   \n")
    with pytest.raises(ValidationError, match="does not exist"):
        importer.from_file(tmp_path / "missing.docx")
    # Control characters and lone surrogates are removed, and said so.
    preview = importer.from_text("1. Opening\x07 session\n2. Close\ud800d\n")
    assert [i.title for i in preview.items] == ["Opening session", "Closed"]
    assert "control character" in preview.warnings[0]
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("1. Khai mạc\n2. Bế mạc\n".encode("utf-16"))
    assert [i.title for i in importer.from_file(utf16).items] == ["Khai mạc", "Bế mạc"]


def test_nothing_chosen_writes_nothing(services: Any, meeting: Any) -> None:
    preview = AgendaImporter().from_text("1. Opening\n2. Closing\n")
    from dataclasses import replace

    none = replace(preview, items=tuple(replace(i, include=False) for i in preview.items))
    with pytest.raises(ValidationError, match="nothing to import"):
        services.agenda.import_items(meeting.id, none)
    assert services.agenda.items(meeting.id) == []


def test_cli_agenda_import_and_show(tmp_path: Path) -> None:
    from tests.helpers import run_cli

    store = tmp_path / "cli.adgsom"
    assert run_cli("init", "--store", str(store), "--our-delegation", "TH").returncode == 0
    from adgsom_desktop.services.container import Services

    svc = Services.open(store)
    event = svc.events.save_event(title="6th ADGMIN and related meetings")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    svc.close()
    text = tmp_path / "agenda.txt"
    text.write_text(PROVISIONAL_TEXT, encoding="utf-8")
    dry = run_cli(
        "agenda",
        "import",
        "--store",
        str(store),
        "--meeting",
        str(meeting.id),
        str(text),
        "--dry-run",
    )
    assert dry.returncode == 0 and "11 items and 0 programme" in dry.stdout
    done = run_cli(
        "agenda", "import", "--store", str(store), "--meeting", str(meeting.id), str(text)
    )
    assert done.returncode == 0 and "11 items imported" in done.stdout
    shown = run_cli("agenda", "show", "--store", str(store), "--meeting", str(meeting.id))
    assert "3.1.b" in shown.stdout and "กรอบการกำกับดูแลข้อมูลดิจิทัล" in shown.stdout
    bad = run_cli(
        "agenda",
        "import",
        "--store",
        str(store),
        "--meeting",
        str(meeting.id),
        str(write_encrypted_docx(tmp_path / "locked.docx")),
    )
    assert bad.returncode != 0 and "password-protected" in (bad.stdout + bad.stderr)
    assert "Traceback" not in bad.stderr


def test_import_of_a_bis_item_keeps_only_the_bis_number_fixed(services: Any, meeting: Any) -> None:
    text = "1. Opening\n2. Adoption of the agenda\n2bis. Late item\n3. ADM 2026-2030\n4. Closing\n"
    preview = with_numbers(AgendaImporter().from_text(text), keep=True)
    services.agenda.import_items(meeting.id, preview)
    items = services.agenda.items(meeting.id)
    assert [i.number for i in items] == ["1", "2", "2bis", "3", "4"]
    assert {i.number for i in items if i.number_fixed} == {"2bis"}
    # A new item after them continues the count.
    assert services.agenda.add_item(meeting.id, "AOB").number == "5"


# --- limits checked before parsing (the "Nothing lost" issue, item 8) ---------------------


def _docx_with_body(tmp_path: Path, body: bytes, name: str = "big.docx") -> Path:
    """A minimal .docx whose document.xml body is ``body`` (deflated: tiny on disk)."""
    path = tmp_path / name
    ct = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        b'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        b'"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
        b'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/'
        b'document.xml"/></Relationships>'
    )
    doc = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxml'
        b'formats.org/wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
    return path


def test_docx_bomb_is_refused_before_parsing_with_its_size(tmp_path: Path) -> None:
    # 64 MB of XML in a file of a few hundred KB: refused from the zip directory alone.
    pad = b"<w:p><w:r><w:t>" + b"x" * (64 * 1024 * 1024) + b"</w:t></w:r></w:p>"
    path = _docx_with_body(tmp_path, pad)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ValidationError, match=r"64\.0 MB of XML.*at most 20\.0 MB"):
        AgendaImporter().from_file(path)


def test_docx_with_too_many_paragraphs_is_refused_with_the_count(tmp_path: Path) -> None:
    body = b"".join(b"<w:p><w:r><w:t>%d. Item</w:t></w:r></w:p>" % i for i in range(1, 100_001))
    path = _docx_with_body(tmp_path, body)
    with pytest.raises(ValidationError, match=r"100,000 paragraphs.*at most 5,000"):
        AgendaImporter().from_file(path)
    # at the limit, it is read
    ok = _docx_with_body(
        tmp_path,
        b"".join(b"<w:p><w:r><w:t>Item</w:t></w:r></w:p>" for _ in range(5_000)),
        "ok.docx",
    )
    AgendaImporter().from_file(ok)


def test_text_limit_counts_lines_as_a_reader_does(tmp_path: Path) -> None:
    importer = AgendaImporter()
    exactly = "".join(f"{i}. Item {i}\n" for i in range(1, 5_001))  # final newline ends line 5,000
    assert len(importer.from_text(exactly).items) == 5_000
    with pytest.raises(ValidationError, match=r"5,001 lines; an import takes at most 5,000"):
        importer.from_text(exactly + "5001. One too many")
    big = tmp_path / "big.txt"
    big.write_bytes(b"1. x\n" * (5 * 1024 * 1024))  # 25 MB
    with pytest.raises(ValidationError, match=r"big\.txt is 25\.0 MB; an import takes at most"):
        importer.from_file(big)


def test_docx_table_rows_count_towards_the_limit(tmp_path: Path) -> None:
    """Item 7 for a table agenda: rows count as paragraphs do, refused before parsing."""
    rows = b"".join(
        b"<w:tr><w:tc><w:p><w:r><w:t>%d. Item</w:t></w:r></w:p></w:tc></w:tr>" % i
        for i in range(1, 2_502)
    )
    path = _docx_with_body(tmp_path, b"<w:tbl>" + rows + b"</w:tbl>")
    with pytest.raises(ValidationError, match=r"5,002 paragraphs and table rows; .* 5,000"):
        AgendaImporter().from_file(path)


def test_numbers_past_999_are_items_not_glued_into_one_title() -> None:
    """Item 8: "1000." used to end up inside item 999's title."""
    text = "".join(f"{i}. Item {i}\n" for i in range(995, 1006))
    items = AgendaImporter().from_text(text).items
    assert [(i.number, i.title) for i in items] == [(str(n), f"Item {n}") for n in range(995, 1006)]


def test_cli_refuses_a_200000_paragraph_agenda_and_writes_nothing(tmp_path: Path) -> None:
    """Item 8: a 200,000-paragraph .docx numbered past 999 imported "1000 items" (exit 0)."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store
    from tests.helpers import run_cli

    store = tmp_path / "cli.adgsom"
    svc = Services.for_store(create_store(store, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN and related meetings")
        meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="SOM")
    finally:
        svc.close()
    body = b"".join(b"<w:p><w:r><w:t>%d. Item</w:t></w:r></w:p>" % i for i in range(1, 200_001))
    path = _docx_with_body(tmp_path, body)
    for extra in (["--dry-run"], []):
        done = run_cli(
            "agenda", "import", "--store", str(store), "--meeting", str(meeting.id), str(path),
            *extra,
        )  # fmt: skip
        assert done.returncode == 1, done.stdout + done.stderr  # was: 0, "1000 items"
        assert "200,000 paragraphs and table rows" in done.stderr, done.stderr
        assert "at most 5,000" in done.stderr and "Traceback" not in done.stderr
    svc = Services.open(store)
    try:
        assert svc.agenda.items(meeting.id) == []
    finally:
        svc.close()
