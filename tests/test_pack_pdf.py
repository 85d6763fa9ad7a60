"""Briefing packs built from the demo store and read back with pypdf."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest
from tests.pack_fixtures import (
    outline_titles,
    pack_services,
    pdf_pages_text,
    squash,
)

__all__ = ["pack_services"]

HANOI = 2  # the demo's 6th ADGMIN and related meetings
SOM6 = 4  # 6th ADGSOM


def _nfd_texts(svc: Any, item_ids: list[int]) -> list[tuple[str, str]]:
    """(not-for-disclosure background, every other section) of the items' positions."""
    out = []
    for item_id in item_ids:
        pos = svc.positions.get(item_id)
        if pos is not None and pos.content.background_nfd.strip():
            c = pos.content
            rest = [c.objective, c.opening, c.red_line, c.tactical, c.press_line]
            rest += [c.background_releasable, *c.fallbacks, *c.points]
            rest += [d.question + d.answer for d in c.defensive_lines]
            rest += [t.their_objective + t.our_response for t in c.their_objectives]
            out.append((c.background_nfd, " ".join(rest)))
    return out


def _flat(text: str) -> str:
    from adgsom_desktop.domain.markup import to_plain

    return to_plain(text)


def _phrases(text: str) -> list[str]:
    """Distinctive runs of a markup text (squashed) to look for in a PDF."""
    from adgsom_desktop.domain.markup import to_plain

    flat = squash(to_plain(text).replace("• ", ""))
    return [flat[k : k + 24] for k in range(0, max(1, len(flat) - 24), 60)][:3]


@pytest.fixture(scope="module")
def full_pack(pack_services: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("full") / "pack.pdf"
    result = pack_services.packs.issue(
        PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            classification="confidential",  # the head of delegation's: CONFIDENTIAL or higher
            reference="TH/TEST/001",
            recipients=("Dr. Pongsak Rattanavichai", "นางกนิษฐา ศรีสุวรรณ", "Mr. Thanawat Boonmee"),
            watermark=True,
        ),
        out,
    )
    return result


@pytest.mark.slow
def test_every_page_carries_classification_reference_page_and_copy(full_pack: Any) -> None:
    assert len(full_pack.files) == 3
    for f in full_pack.files:
        assert f.path is not None and f.path.exists()
        assert hashlib.sha256(f.path.read_bytes()).hexdigest() == f.sha256
        pages = pdf_pages_text(f.path)
        assert len(pages) == f.pages == full_pack.pages > 10
        for n, text in enumerate(pages, 1):
            assert text.count("CONFIDENTIAL") >= 2, f"page {n}: classification top and bottom"
            assert f"Page {n} of {len(pages)}" in text
            assert "TH/TEST/001" in text
            assert squash(f"Copy {f.copy_no} of 3") in squash(text)
    first = pdf_pages_text(full_pack.files[0].path)
    assert "issued to Dr. Pongsak Rattanavichai" in first[3]
    # copy files are named after the copy and the recipient (any script)
    names = [f.path.name for f in full_pack.files]
    assert names[0] == "pack-copy01-Dr_Pongsak_Rattanavichai.pdf"
    assert names[1] == "pack-copy02-นางกนิษฐา_ศรีสุวรรณ.pdf"


def test_cover_contents_and_bookmarks(full_pack: Any, pack_services: Any) -> None:
    path = full_pack.files[0].path
    pages = pdf_pages_text(path)
    cover = pages[0]
    assert "Brief for the Head of Delegation" in cover
    assert "Brief No. TH/TEST/001" in cover
    assert "Copy 1 of 3 - issued to Dr. Pongsak Rattanavichai" in cover
    marks = outline_titles(path)
    titles = [t for _d, t, _p in marks]
    for section in (
        "Steering brief",
        "Programme and logistics",
        "Agendas",
        "Item briefs",
        "Stance map",
    ):
        assert section in titles
    # one bookmark per meeting and per briefed item; each points at the page holding it
    items = [i for i in pack_services.agenda.items(SOM6)]
    briefed = [t for d, t, _p in marks if d == 2]
    assert len(briefed) == full_pack.items
    by_label = {f"{i.number} {i.title}": i for i in items}
    from adgsom_desktop.reports.document import OUTLINE_LIMIT

    for depth, title, page in marks:
        if depth == 2:
            assert len(title) <= OUTLINE_LIMIT
            if title.endswith("…"):  # a long title, shortened with an ellipsis
                title = next(t for t in by_label if t.startswith(title[:-1]))
            assert title in by_label
            assert squash(f"Item {by_label[title].number}") in squash(pages[page])
    assert any(d == 1 and t == "6th ADGSOM" for d, t, _p in marks)
    # contents: an entry per item, linked to the page its bookmark points at, and
    # that page's number printed on the contents page
    from pypdf import PdfReader

    reader = PdfReader(path)
    toc_pages = [n for n in range(1, 6) if reader.pages[n].get("/Annots")]
    contents = squash(" ".join(pages[n] for n in toc_pages))
    page_ids = {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages)}
    linked = set()
    for n in toc_pages:
        for annot in reader.pages[n].get("/Annots", []):
            dest = annot.get_object().get("/Dest")
            if dest:
                linked.add(page_ids[dest[0].idnum])
    raw = " ".join(pages[n] for n in toc_pages)
    numbers = {t.strip(".") for t in raw.split() if t.strip(".").isdigit()}
    for depth, title, page in marks:
        if depth == 2:
            if title.isascii():
                assert squash(title) in contents
            assert page in linked
            assert str(page + 1) in numbers


def test_stance_map_is_landscape_with_header_repeated(full_pack: Any) -> None:
    from pypdf import PdfReader

    reader = PdfReader(full_pack.files[0].path)
    landscape = [
        n
        for n, page in enumerate(reader.pages)
        if float(page.mediabox.width) > float(page.mediabox.height)
    ]
    assert landscape, "the stance map is printed on landscape pages"
    for n in landscape:
        text = reader.pages[n].extract_text()
        assert "Item" in text and "Ours" in text  # header row on every landscape page


def test_register_records_every_copy(full_pack: Any, pack_services: Any) -> None:
    register = pack_services.packs.register(HANOI)
    rows = [r for r in register.rows if r.issue_id == full_pack.issue_id]
    assert [(r.copy_no, r.copies_total) for r in rows] == [(1, 3), (2, 3), (3, 3)]
    assert [r.recipient for r in rows] == [
        "Dr. Pongsak Rattanavichai",
        "นางกนิษฐา ศรีสุวรรณ",
        "Mr. Thanawat Boonmee",
    ]
    for r, f in zip(rows, full_pack.files, strict=True):
        assert r.sha256 == f.sha256 and r.file_name == str(f.path)
        assert r.classification == "CONFIDENTIAL" and r.audience == "Head of delegation"
    pdf = pack_services.packs.register_pdf()
    text = squash(" ".join(pdf_pages_text(pdf)))
    assert squash("TH/TEST/001") in text and full_pack.files[0].sha256 in text


def test_the_delegations_pack_leaves_out_not_for_disclosure(
    full_pack: Any, pack_services: Any, tmp_path: Path
) -> None:
    items = [i.id for i in pack_services.agenda.items(SOM6)]
    secrets = _nfd_texts(pack_services, items)
    assert secrets, "the demo holds not-for-disclosure backgrounds"
    phrases = [p for nfd, rest in secrets for p in _phrases(nfd) if p not in squash(_flat(rest))]
    assert phrases
    full_text = squash(" ".join(pdf_pages_text(full_pack.files[0].path)))
    assert "NOTFORDISCLOSURE" in full_text
    assert any(p in full_text for p in phrases)

    out = tmp_path / "interpreter.pdf"
    result = pack_services.packs.issue(
        PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            audience=Audience.DELEGATION,
            classification="RESTRICTED",
        ),
        out,
    )
    text = squash(" ".join(pdf_pages_text(out)))
    assert "NOTFORDISCLOSURE" not in text
    for phrase in phrases:
        assert phrase not in text
    assert "Forthemembersofthedelegation" in text
    assert result.items == full_pack.items


def test_one_file_holds_all_copies_with_a_bookmark_each(pack_services: Any, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    result = pack_services.packs.issue(
        PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            sections=(Section.COVER, Section.PROGRAMME, Section.AGENDA),
            recipients=("Alpha", "Bravo"),
            one_file=True,
        ),
        out,
    )
    assert result.paths == (out,)
    pages = pdf_pages_text(out)
    assert len(pages) == 2 * result.pages
    assert "Copy 1 of 2 - issued to Alpha" in pages[0]
    assert "Copy 2 of 2 - issued to Bravo" in pages[result.pages]
    tops = [t for d, t, _p in outline_titles(out) if d == 0]
    assert tops == ["Copy 1 of 2 - issued to Alpha", "Copy 2 of 2 - issued to Bravo"]


def test_addendum_holds_only_changed_items(pack_services: Any, tmp_path: Path) -> None:
    from dataclasses import replace

    base = pack_services.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), reference="TH/ADD/1"),
        tmp_path / "base.pdf",
    )
    with pytest.raises(ValidationError, match="no addendum is needed"):
        pack_services.packs.issue(
            PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "none.pdf"
        )
    assert not (tmp_path / "none.pdf").exists()
    item = next(i for i in pack_services.agenda.items(SOM6) if i.position_status is not None)
    pos = pack_services.positions.get(item.id)
    pack_services.positions.save(
        item.id,
        replace(pos.content, objective=pos.content.objective + " Late change from capital."),
        reopen_approved=True,  # an approved brief changed late: back to draft
    )
    add1 = pack_services.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "add1.pdf"
    )
    assert add1.addendum_no == 1 and add1.reference == "TH/ADD/1/Add.1"
    assert add1.items == 1
    marks = outline_titles(tmp_path / "add1.pdf")
    assert [t for d, t, _p in marks if d == 2] == [f"{item.number} {item.title}"]
    text = squash(" ".join(pdf_pages_text(tmp_path / "add1.pdf")))
    assert "ADDENDUMNo.1" in text and "Latechangefromcapital." in text
    # a second change: addendum 2 to the same pack
    pack_services.positions.save(
        item.id,
        replace(pos.content, objective=pos.content.objective + " Second change."),
        reopen_approved=True,
    )
    add2 = pack_services.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "add2.pdf"
    )
    assert add2.addendum_no == 2 and add2.reference == "TH/ADD/1/Add.2"
    issues = {i.id: i for i in pack_services.packs.issues(HANOI)}
    assert issues[add2.issue_id].addendum_no == 2


def test_bad_requests_are_refused_with_clear_messages(pack_services: Any, tmp_path: Path) -> None:
    before = len(pack_services.packs.register().rows)
    cases = [
        (PackRequest(event_id=999), NotFoundError, "no event 999"),
        (PackRequest(event_id=HANOI, classification="TOP SECRET"), ValidationError, "not one of"),
        (PackRequest(event_id=HANOI, sections=()), ValidationError, "at least one section"),
        (PackRequest(event_id=HANOI, copies=0), ValidationError, "Copies"),
        (PackRequest(event_id=HANOI, meeting_ids=(1,)), ValidationError, "not part of event"),
        (PackRequest(event_id=HANOI, watermark=True), ValidationError, "watermark"),
        (PackRequest(event_id=HANOI, recipients=("ok", "\ud800")), ValidationError, "surrogate"),
        (PackRequest(event_id=HANOI, item_ids=(1,)), ValidationError, "not on the agenda"),
    ]
    for request, error, message in cases:
        with pytest.raises(error, match=message):
            pack_services.packs.issue(request, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="does not exist"):
        pack_services.packs.issue(PackRequest(event_id=HANOI), tmp_path / "no" / "x.pdf")
    assert list(tmp_path.iterdir()) == []
    assert len(pack_services.packs.register().rows) == before


def test_a_failed_build_leaves_no_file_and_no_register_row(
    pack_services: Any, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"an older pack")
    before = len(pack_services.packs.register().rows)

    class Stop(Exception):
        pass

    calls = []

    def cancel(done: int, total: int, message: str) -> None:
        calls.append(done)
        if len(calls) > 20:
            raise Stop()

    with pytest.raises(Stop):
        pack_services.packs.issue(
            PackRequest(event_id=HANOI, meeting_ids=(SOM6,)), out, on_progress=cancel
        )
    assert out.read_bytes() == b"an older pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]  # no temporary left
    assert len(pack_services.packs.register().rows) == before


def test_printing_registers_without_writing(pack_services: Any) -> None:
    result = pack_services.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), sections=(Section.COVER,), copies=2),
        None,
        printer="Office printer",
    )
    assert [f.path for f in result.files] == [None, None]
    assert all(f.data.startswith(b"%PDF") for f in result.files)
    rows = [r for r in pack_services.packs.register().rows if r.issue_id == result.issue_id]
    assert [r.file_name for r in rows] == ["printed: Office printer"] * 2
    assert rows[0].sha256 == hashlib.sha256(result.files[0].data).hexdigest()
    text = pdf_pages_text(io.BytesIO(result.files[1].data).getvalue())
    assert "Copy 2 of 2" in text[0]


def test_a_full_disk_leaves_nothing_behind(
    pack_services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from adgsom_desktop.services.pack_service import PdfWriteError

    out = tmp_path / "pack.pdf"
    out.write_bytes(b"the pack issued yesterday")
    before = len(pack_services.packs.register().rows)
    from adgsom_desktop.storage import atomic

    real_write = atomic.Staged.write
    written: list[str] = []

    def full_disk(self: Any, target: Path, data: bytes, **kw: Any) -> Path:
        written.append(Path(target).name)
        if len(written) == 2:  # the second copy hits a full disk
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real_write(self, target, data, **kw)

    monkeypatch.setattr(atomic.Staged, "write", full_disk)
    with pytest.raises(PdfWriteError, match="No space left on device"):
        pack_services.packs.issue(
            PackRequest(
                event_id=HANOI,
                meeting_ids=(SOM6,),
                sections=(Section.COVER, Section.AGENDA),
                recipients=("A", "B", "C"),
            ),
            out,
        )
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]  # no copy, no temporary
    assert out.read_bytes() == b"the pack issued yesterday"
    assert len(pack_services.packs.register().rows) == before


def _contents_numbers(data: bytes, page_indexes: list[int]) -> list[tuple[str, float]]:
    """(leader + page number, font size in points) of every contents entry's number."""
    import re

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if re.fullmatch(r"[ .]*\d+\s*", text or ""):
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found.append((text.strip(), size * scale))

    for n in page_indexes:
        reader.pages[n].extract_text(visitor_text=visit)
    return found


def test_every_contents_page_number_is_readable(full_pack: Any) -> None:
    """A title that fills its line wraps; its page number keeps its size and leader dots."""
    path = full_pack.files[0].path
    data = path.read_bytes()
    from pypdf import PdfReader

    reader = PdfReader(path)
    toc_pages = [n for n in range(1, 6) if reader.pages[n].get("/Annots")]
    numbers = _contents_numbers(data, toc_pages)
    depth2 = [t for d, t, _p in outline_titles(data) if d == 2]
    assert len(numbers) >= len(depth2) > 5
    # the demo's longest title (it used to fill the line and squeeze "25" to 1 pt)
    assert any(t.startswith("4.1 ASEAN Digital Economy Framework Agreement") for t in depth2)
    for text, size in numbers:
        assert size >= 8.5, f"page number {text!r} drawn at {size:.1f} pt"
        assert text.startswith("."), f"page number {text!r} has no leader dots"


def test_contents_titles_of_every_length_keep_their_page_number() -> None:
    """Titles one word longer each time: whichever fills the line, the number stays."""
    from reportlab.platypus import PageBreak

    from adgsom_desktop.reports.contents import Contents
    from adgsom_desktop.reports.document import MarkedDocTemplate
    from adgsom_desktop.reports.headings import Heading
    from adgsom_desktop.reports.pack_model import Marking
    from adgsom_desktop.reports.styles import styles

    st = styles()
    toc = Contents()
    toc.levelStyles = [st["toc0"], st["toc1"], st["toc2"]]
    toc.dotsMinLevel = 0
    words = [
        "Digital",
        "Economy",
        "Framework",
        "Agreement",
        "implementation",
        "readiness",
        "and",
        "cooperation",
    ]
    story: list[Any] = [toc, PageBreak()]
    count = 0
    for level in range(3):
        for k in range(8, 24):
            title = f"{level}.{k} " + " ".join(words[j % len(words)] for j in range(k))
            story.append(Heading(title, st["h1"], key=f"h{level}-{k}", level=level))
            count += 1
    buf = io.BytesIO()
    doc = MarkedDocTemplate(buf, Marking(classification="restricted"))
    doc.multiBuild(story)
    data = buf.getvalue()
    from pypdf import PdfReader

    toc_pages = [
        n for n, page in enumerate(PdfReader(io.BytesIO(data)).pages) if page.get("/Annots")
    ]
    numbers = _contents_numbers(data, toc_pages)
    assert len(numbers) == count
    for text, size in numbers:
        assert size >= 8.5 and text.startswith("."), (text, size)


def test_an_addendum_keeps_its_base_packs_classification(
    pack_services: Any, tmp_path: Path
) -> None:
    from dataclasses import replace

    base = pack_services.packs.issue(
        PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            sections=(Section.COVER, Section.BRIEFS),
            classification="confidential",
            reference="TH/CONF/1",
        ),
        tmp_path / "base.pdf",
    )
    item = next(i for i in pack_services.agenda.items(SOM6) if i.position_status is not None)
    pos = pack_services.positions.get(item.id)
    pack_services.positions.save(
        item.id,
        replace(pos.content, objective=pos.content.objective + " Revised line."),
        reopen_approved=True,
    )
    before = len(pack_services.packs.register().rows)
    # a lower marking than the base is refused, nothing written, nothing registered
    for lower in ("restricted", "UNCLASSIFIED"):
        with pytest.raises(ValidationError, match=r"cannot be marked .* is CONFIDENTIAL"):
            pack_services.packs.issue(
                PackRequest(event_id=HANOI, addendum_to=base.issue_id, classification=lower),
                tmp_path / "low.pdf",
            )
    assert not (tmp_path / "low.pdf").exists()
    assert len(pack_services.packs.register().rows) == before
    # no classification given: the base pack's, on every page and in the register
    add = pack_services.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "add.pdf"
    )
    pages = pdf_pages_text(tmp_path / "add.pdf")
    assert all(p.count("CONFIDENTIAL") >= 2 and "RESTRICTED" not in p for p in pages)
    issues = {i.id: i for i in pack_services.packs.issues(HANOI)}
    assert issues[add.issue_id].classification == "CONFIDENTIAL"
    # an addendum to that addendum inherits it too; a higher marking is allowed
    pack_services.positions.save(
        item.id,
        replace(pos.content, objective=pos.content.objective + " Revised again."),
        reopen_approved=True,
    )
    settings = pack_services.settings.get()
    if "SECRET" not in settings.classifications:
        pack_services.settings.update(classifications=(*settings.classifications, "SECRET"))
    higher = pack_services.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=add.issue_id, classification="secret"),
        tmp_path / "add2.pdf",
    )
    assert pack_services.packs.issues(HANOI)[0].id == higher.issue_id
    assert "SECRET" in pdf_pages_text(tmp_path / "add2.pdf")[0]
    pack_services.settings.update(classifications=settings.classifications)


def test_a_failed_rename_leaves_no_register_row(
    pack_services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The register row follows the files: a rename that fails rolls the issue back."""
    import errno
    import os

    from adgsom_desktop.services import pack_files
    from adgsom_desktop.services.pack_service import PdfWriteError

    out = tmp_path / "pack.pdf"
    old_copy = tmp_path / "pack-copy01-A.pdf"
    out.write_bytes(b"an unrelated file")
    real_replace = os.replace
    calls: list[str] = []

    def refused(src: Any, dst: Any) -> None:
        if "~adgsom-pack-" in str(src):  # a copy's temporary file
            calls.append(str(dst))
            if len(calls) == 2:  # the second copy cannot be renamed (e.g. a locked file)
                raise OSError(errno.EACCES, "Permission denied", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(pack_files.os, "replace", refused)
    before = len(pack_services.packs.register().rows)
    request = PackRequest(
        event_id=HANOI, meeting_ids=(SOM6,), sections=(Section.COVER,), recipients=("A", "B")
    )
    with pytest.raises(PdfWriteError, match="Permission denied"):
        pack_services.packs.issue(request, out)
    assert len(calls) == 2
    assert len(pack_services.packs.register().rows) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]  # first copy taken back
    assert not old_copy.exists()
    # once renames work, the same issue replaces the files and keeps no backup behind
    monkeypatch.undo()
    (tmp_path / "pack-copy01-A.pdf").write_bytes(b"yesterday's copy for A")
    done = pack_services.packs.issue(request, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "pack-copy01-A.pdf",
        "pack-copy02-B.pdf",
        "pack.pdf",
    ]
    assert (tmp_path / "pack-copy01-A.pdf").read_bytes().startswith(b"%PDF")
    assert len(pack_services.packs.register().rows) == before + len(done.files)


def test_a_failed_commit_takes_the_files_back(
    pack_services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the register cannot be committed after the rename, the old file comes back."""
    from collections.abc import Iterator
    from contextlib import contextmanager

    from sqlalchemy.exc import OperationalError

    out = tmp_path / "pack.pdf"
    out.write_bytes(b"the pack issued yesterday")
    before = len(pack_services.packs.register().rows)
    ctx = pack_services.packs._ctx
    real_write = ctx.write

    @contextmanager
    def failing_commit() -> Iterator[Any]:
        with real_write() as s:
            yield s
            if out.read_bytes().startswith(b"%PDF"):  # the new pack is in place: disk full
                raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(ctx, "write", failing_commit)
    with pytest.raises(OperationalError):
        pack_services.packs.issue(
            PackRequest(event_id=HANOI, meeting_ids=(SOM6,), sections=(Section.COVER,)), out
        )
    monkeypatch.undo()
    assert out.read_bytes() == b"the pack issued yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]  # no temporary, no backup
    assert len(pack_services.packs.register().rows) == before


LONG_NAME = (
    "His Excellency Dr. Sokhanarith Vannarithsopheakmongkol, Secretary of State, "
    "Ministry of Posts and Telecommunications កែវ សម្បត្តិ"
)


def _form_points(data: bytes) -> tuple[list[float], list[tuple[float, float]]]:
    """The last transformation (cm) and every point of the paths of the watermark's form."""
    cm: list[float] = []
    points: list[tuple[float, float]] = []
    stack: list[float] = []
    for token in data.decode("latin-1").split():
        try:
            stack.append(float(token))
            continue
        except ValueError:
            pass
        if token == "cm":
            cm = stack[-6:]
        elif token in ("m", "l", "c"):
            n = {"m": 2, "l": 2, "c": 6}[token]
            vals = stack[-n:]
            points += [(vals[k], vals[k + 1]) for k in range(0, n, 2)]
        stack = []
    return cm, points


def test_a_long_watermark_stays_on_the_page(pack_services: Any, tmp_path: Path) -> None:
    """The recipient's name is scaled to fit the page's diagonal, portrait and landscape."""
    from pypdf import PdfReader

    from adgsom_desktop.reports.fonts import BOLD, string_width
    from adgsom_desktop.reports.page_marks import WATERMARK_SIZE, watermark_fit

    result = pack_services.packs.issue(
        PackRequest(
            event_id=HANOI,
            meeting_ids=(SOM6,),
            sections=(Section.COVER, Section.STANCE_MAP),
            recipients=(LONG_NAME, "Mr. Tan"),
            watermark=True,
        ),
        tmp_path / "pack.pdf",
    )
    checked = set()
    for f, name in zip(result.files, (LONG_NAME, "Mr. Tan"), strict=True):
        reader = PdfReader(f.path)
        for page in reader.pages:
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            size, _angle = watermark_fit(name, w, h)
            # the watermark is a form of filled outlines (no text): its points, on the page
            form = next(
                x.get_object()
                for x in page["/Resources"]["/XObject"].values()
                if x.get_object().get("/Subtype") == "/Form"
            )
            cm, points = _form_points(form.get_data())
            assert points, "no watermark on the page"
            xs = [p[0] for p in points]
            width = string_width(name, BOLD, size)
            assert abs((min(xs) + max(xs)) / 2) < 0.05 * width  # centred on the page's centre
            assert max(xs) - min(xs) <= width + 1
            for x, y in points:
                px = cm[0] * x + cm[2] * y + cm[4]
                py = cm[1] * x + cm[3] * y + cm[5]
                assert 14 < px < w - 14 and 14 < py < h - 14, f"watermark off the page: {px}, {py}"
            checked.add((name, w > h))
            if name == "Mr. Tan":
                assert size == WATERMARK_SIZE  # a short name keeps the full size
            else:
                assert size < 20
    assert checked == {(n, wide) for n in (LONG_NAME, "Mr. Tan") for wide in (False, True)}


def test_stance_map_rows_name_their_meeting(pack_services: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    _r, data, _c = pack_services.packs.prepare(PackRequest(event_id=HANOI))
    sm = data.stance_map
    assert sm is not None and len(sm.row_meetings) == len(sm.rows)
    assert len(set(sm.row_meetings)) > 1  # the event's pack spans several meetings
    result = pack_services.packs.issue(
        PackRequest(event_id=HANOI, sections=(Section.COVER, Section.STANCE_MAP)),
        tmp_path / "map.pdf",
    )
    reader = PdfReader(result.files[0].path)
    wide = [p.extract_text() for p in reader.pages if p.mediabox.width > p.mediabox.height]
    text = squash(" ".join(wide))
    for meeting, (label, _ours, _cells) in zip(sm.row_meetings, sm.rows, strict=True):
        assert squash(f"{meeting}{label}")[:40] in text, (meeting, label)
    # a pack of one meeting does not repeat its name on every row
    _r, one, _c = pack_services.packs.prepare(PackRequest(event_id=HANOI, meeting_ids=(SOM6,)))
    assert one.stance_map is not None and one.stance_map.rows and not one.stance_map.row_meetings


def test_a_pack_of_only_the_stance_map_opens_on_it(pack_services: Any, tmp_path: Path) -> None:
    """No blank portrait page before a pack that starts with a landscape section."""
    from pypdf import PdfReader

    result = pack_services.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), sections=(Section.STANCE_MAP,)),
        tmp_path / "map.pdf",
    )
    reader = PdfReader(result.files[0].path)
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)
        assert "Stance map" in page.extract_text() or "Item" in page.extract_text()
    assert "Stance map" in reader.pages[0].extract_text()
    assert result.pages == len(reader.pages)
