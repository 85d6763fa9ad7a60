"""Our amendments out of the store: a .docx with real tracked changes (checked with our own
reader and with LibreOffice headless), and the compilation table."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.negotiation.docx_read import read_docx
from tests.conftest import ARTIFACTS


def _jms(svc: object) -> object:
    return next(d for d in svc.texts.documents() if "Joint Media" in d.title)  # type: ignore[attr-defined]


def test_export_carries_our_live_amendments_as_tracked_changes_by_us(
    demo_services: object, tmp_path: Path
) -> None:
    svc = demo_services
    jms = _jms(svc)
    result = svc.text_exports.export_docx(jms.id, tmp_path / "jms-th")  # .docx added
    assert result.path.endswith("jms-th.docx") and result.amendments == 2
    data = Path(result.path).read_bytes()
    blocks, title = read_docx("jms-th.docx", data)
    assert title == f"{jms.title} (Rev. 3)"
    changes = [(c.kind, c.text, c.author) for b in blocks for c in b.changes]
    assert {a for _k, _t, a in changes} == {"Thailand"}
    assert ("delete", "[shall / should]", "Thailand") in changes
    assert ("insert", "will", "Thailand") in changes
    # accepting every change gives our text, paragraph by paragraph
    ours = {
        a.current_paragraph_id: a.our_text
        for a in svc.amendments.for_document(jms.id)
        if a.state.live
    }
    accepted = {" ".join(_accepted(b).split()) for b in blocks if b.changes}
    assert {" ".join(t.split()) for t in ours.values()} <= {a.split(". ", 1)[-1] for a in accepted}
    document = zipfile.ZipFile(tmp_path / "jms-th.docx").read("word/document.xml").decode()
    # the withdrawn amendment is not there, nor any rationale (the file goes to the host)
    assert "AI capacity-building workshop" not in document
    assert "Bridges the two bracketed options" not in document
    assert "red line" not in document.lower()
    settings = zipfile.ZipFile(tmp_path / "jms-th.docx").read("word/settings.xml").decode()
    assert "<w:trackRevisions/>" in settings


def _accepted(block: object) -> str:
    """A paragraph with its tracked changes accepted."""
    text = block.text  # type: ignore[attr-defined]
    for c in sorted(block.changes, key=lambda c: c.start, reverse=True):  # type: ignore[attr-defined]
        if c.kind == "delete":
            text = text[: c.start] + text[c.end :]
        else:
            text = text[: c.start] + c.text + text[c.start :]
    return text


def test_export_refuses_a_name_that_is_not_a_word_file(
    demo_services: object, tmp_path: Path
) -> None:
    jms = _jms(demo_services)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match=r"give a name ending in \.docx"):
        demo_services.text_exports.export_docx(jms.id, tmp_path / "jms.pdf")  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="There is no folder"):
        demo_services.text_exports.export_docx(jms.id, tmp_path / "nowhere" / "jms.docx")  # type: ignore[attr-defined]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_our_amendments_as_tracked_changes(
    demo_services: object, tmp_path: Path
) -> None:
    """LibreOffice headless converts the export to ODF; the changes are there as changes
    (text:changed-region, insertion and deletion), authored by our delegation."""
    svc = demo_services
    path = Path(svc.text_exports.export_docx(_jms(svc).id, tmp_path / "jms-th.docx").path)  # type: ignore[attr-defined]
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    content = zipfile.ZipFile(tmp_path / "jms-th.odt").read("content.xml").decode()
    regions = re.findall(r"<text:changed-region.*?</text:changed-region>", content, re.DOTALL)
    kinds = [re.search(r"<text:(insertion|deletion)>", r).group(1) for r in regions]  # type: ignore[union-attr]
    creators = {re.search(r"<dc:creator>(.*?)</dc:creator>", r).group(1) for r in regions}  # type: ignore[union-attr]
    assert "insertion" in kinds and "deletion" in kinds
    assert creators == {"Thailand"}
    deleted = " ".join(re.sub(r"<[^>]+>", "", r) for r in regions if "<text:deletion>" in r)
    assert "[shall / should]" in deleted
    # the insertions are marked in the body, where they belong
    assert content.count("<text:change-start") >= kinds.count("insertion")


def test_compilation_table_pdf(demo_services: object, tmp_path: Path) -> None:
    svc = demo_services
    docs = [d.id for d in svc.texts.documents()]  # type: ignore[attr-defined]
    rows = svc.text_exports.compilation(docs)  # type: ignore[attr-defined]
    assert {r.label for r in rows} >= {"10", "5", "41", "47"}
    review = next(r for r in rows if r.label == "47")
    assert "[-an annual progress report][a mid-term review in 2028]-]" not in review.proposal
    assert review.reason.startswith("Our opening position")
    path, pages = svc.text_exports.write_compilation(docs, tmp_path / "compilation")  # type: ignore[attr-defined]
    assert path.suffix == ".pdf" and pages >= 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Compilation of our amendments" in text and "RESTRICTED" in text
        assert "Bridges the two bracketed options" in text
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "110",
                "-png",
                "-f",
                "1",
                "-l",
                "2",
                str(path),
                str(ARTIFACTS / "compilation"),
            ],
            check=True,
        )


def _odt_regions(docx: Path, tmp_path: Path) -> tuple[str, list[str]]:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(tmp_path),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    content = zipfile.ZipFile(tmp_path / (docx.stem + ".odt")).read("content.xml").decode()
    return content, re.findall(r"<text:changed-region.*?</text:changed-region>", content, re.DOTALL)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_a_new_paragraph_and_a_deleted_one_as_changes(
    services: object, tmp_path: Path
) -> None:
    from adgsom_desktop.services.negotiation.records import ImportSource
    from tests.text_fixtures import REV2

    svc = services
    ev = svc.events.save_event(title="E", timezone="Asia/Bangkok")  # type: ignore[attr-defined]
    m = svc.events.save_meeting(event_id=ev.id, kind="som", title="6th ADGSOM")  # type: ignore[attr-defined]
    rev = svc.texts.import_revision(m.id, ImportSource("rev2.txt", text=REV2))  # type: ignore[attr-defined]
    paras = {p.number: p for p in svc.texts.paragraphs(rev.id)}  # type: ignore[attr-defined]
    svc.amendments.propose(  # type: ignore[attr-defined]
        paras["OP7"].id,
        "The Ministers welcomed the ASEAN Digital Talent Initiative.",
        new_paragraph=True,
    )
    svc.amendments.propose(paras["OP4"].id, "")  # type: ignore[attr-defined]  # delete OP4
    out = tmp_path / "out"
    out.mkdir()
    path = Path(svc.text_exports.export_docx(rev.document_id, out / "ours.docx").path)  # type: ignore[attr-defined]
    content, regions = _odt_regions(path, out)
    deletions = [r for r in regions if "<text:deletion>" in r]
    insertions = [r for r in regions if "<text:insertion>" in r]
    assert len(deletions) == 1 and "Rapid Takedown" in deletions[0]
    assert len(insertions) == 1
    (cid,) = re.findall(r'text:id="([^"]+)"', insertions[0])
    inserted = re.search(
        rf'<text:change-start text:change-id="{cid}"/>(.*?)<text:change-end', content
    )
    assert (
        inserted
        and inserted.group(1) == "The Ministers welcomed the ASEAN Digital Talent Initiative."
    )
    assert all("<dc:creator>Thailand</dc:creator>" in r for r in regions)


def test_the_report_to_capital_holds_the_compilation_table(demo_services: object) -> None:
    """For capital: the report of the meeting lists our amendments to its texts and their
    fate; the copy for other agencies without our reasons."""
    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.services.pack_records import ReportRequest
    from tests.pack_fixtures import pdf_pages_text

    svc = demo_services
    som = next(m.id for m in svc.events.meetings() if m.label == "6th ADGSOM")  # type: ignore[attr-defined]
    texts = {}
    for audience in (Audience.HOD, Audience.AGENCIES):
        request = ReportRequest(som, "capital", "SECRET", audience=audience)
        pdf, _pages = svc.reports.render(request)  # type: ignore[attr-defined]
        texts[audience] = " ".join(" ".join(pdf_pages_text(pdf)).split())
    hod, agencies = texts[Audience.HOD], texts[Audience.AGENCIES]
    for text in (hod, agencies):
        assert "Negotiated texts: our amendments" in text
        assert "Draft Joint Media Statement of the 6th ASEAN Digital Ministers' Meeting" in text
        assert "host capacity-building activities in 2026, including" in text  # our proposal
        assert "To table" in text and "Accepted with changes" in text
    assert "Bridges the two bracketed options" in hod
    assert "Bridges the two bracketed options" not in agencies
