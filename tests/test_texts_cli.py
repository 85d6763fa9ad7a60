"""outcome-doc on the command line, the demo's texts, and the migration that adds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from adgsom_desktop.domain.enums import ParagraphChange, ParagraphStatus
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.negotiation.records import ImportSource
from adgsom_desktop.storage import migrate, sqlite_driver
from adgsom_desktop.storage.engine import make_engine
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli
from tests.text_fixtures import OTHER_DOCUMENT, REV2, REV3, statement_docx


def _store_with_meeting(tmp_path: Path) -> Path:
    path = tmp_path / "s.adgsom"
    assert run_cli("init", "--store", str(path), "--our-delegation", "th").returncode == 0
    with Store.open(path) as store:
        svc = Services.for_store(store)
        ev = svc.events.save_event(title="6th ADGMIN week", timezone="Asia/Ho_Chi_Minh")
        svc.events.save_meeting(event_id=ev.id, kind="som", title="6th ADGSOM")
    return path


@pytest.mark.slow
def test_import_status_diff_export_from_the_command_line(tmp_path: Path) -> None:
    store = str(_store_with_meeting(tmp_path))
    (tmp_path / "rev2.txt").write_text(REV2, encoding="utf-8")
    (tmp_path / "rev3.txt").write_text(REV3, encoding="utf-8")
    first = run_cli(
        "outcome-doc", "import", "--store", store, "--meeting", "1",
        "--kind", "joint-media-statement", str(tmp_path / "rev2.txt"),
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "Imported as Rev. 2 of document 1." in first.stdout
    assert "1 agreed, 2 bracketed, 6 pending" in first.stdout
    dry = run_cli(
        "outcome-doc", "import", "--store", store, "--meeting", "1", "--doc", "1", "--dry-run",
        str(tmp_path / "rev3.txt"),
    )  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert "OP5     Pending        merged (was OP3 + OP4)" in dry.stdout
    assert "Dry run: nothing written." in dry.stdout
    second = run_cli(
        "outcome-doc", "import", "--store", store, "--meeting", "1", "--doc", "1",
        str(tmp_path / "rev3.txt"),
    )  # fmt: skip
    assert "Imported as Rev. 3 of document 1." in second.stdout
    listed = run_cli("outcome-doc", "list", "--store", store, "--meeting", "1")
    assert "Joint media statement" in listed.stdout and "[Rev. 3]" in listed.stdout
    status = run_cli("outcome-doc", "status", "--store", store, "--doc", "1")
    assert status.returncode == 0, status.stderr
    assert "bracket: TH: shall allocate dedicated funding / SG, MY: may allocate" in status.stdout
    assert "OP1     Agreed" not in status.stdout  # OP7 was pending
    assert "OP1     Pending        [moved, was OP7] The Ministers thanked Viet Nam" in status.stdout
    diff = run_cli(
        "outcome-doc", "diff", "--store", store, "--doc", "1", "--from", "Rev. 2", "--to", "Rev. 3"
    )
    assert diff.returncode == 0, diff.stderr
    assert "OP7 (was OP6): reworded" in diff.stdout
    assert "The Ministers [-[shall / should]-]{+will+} review the Plan" in diff.stdout
    bad = run_cli(
        "outcome-doc", "diff", "--store", store, "--doc", "1", "--from", "Rev. 9", "--to", "Rev. 3"
    )
    assert bad.returncode != 0 and "No revision 'Rev. 9'" in bad.stderr
    assert "Traceback" not in bad.stderr
    # export: no amendment yet, still a valid file; the compilation table too
    out = run_cli(
        "outcome-doc", "export", "--store", store, "--doc", "1",
        "--out", str(tmp_path / "jms.docx"), "--table", str(tmp_path / "table.pdf"),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "jms.docx").exists() and (tmp_path / "table.pdf").exists()


@pytest.mark.slow
def test_bad_files_are_refused_in_words(tmp_path: Path) -> None:
    store = str(_store_with_meeting(tmp_path))
    (tmp_path / "fake.docx").write_bytes(b"this is not a word file")
    bad = run_cli(
        "outcome-doc", "import", "--store", store, "--meeting", "1", str(tmp_path / "fake.docx")
    )
    assert bad.returncode != 0 and "fake.docx is not a Word .docx file" in bad.stderr
    assert "Traceback" not in bad.stderr
    (tmp_path / "rev2.txt").write_text(REV2, encoding="utf-8")
    (tmp_path / "tor.txt").write_text(OTHER_DOCUMENT, encoding="utf-8")
    run_cli("outcome-doc", "import", "--store", store, "--meeting", "1", str(tmp_path / "rev2.txt"))
    other = run_cli(
        "outcome-doc", "import", "--store", store, "--meeting", "1", "--doc", "1",
        str(tmp_path / "tor.txt"),
    )  # fmt: skip
    assert other.returncode != 0 and "does not look like a revision of" in other.stderr
    listed = run_cli("outcome-doc", "list", "--store", store)
    assert "[Rev. 2]" in listed.stdout and "1 document" in listed.stdout


def test_the_demo_statement_rev_3_is_aligned_with_rev_2(demo_services: object) -> None:
    """Every paragraph of rev. 3 found in rev. 2, the split and merged ones too; brackets and
    proponents listed; the tracked changes are proposals of their delegations."""
    svc = demo_services
    jms = next(d for d in svc.texts.documents() if "Joint Media" in d.title)  # type: ignore[attr-defined]
    r2, r3 = jms.revisions
    old = {p.id: p.number for p in svc.texts.paragraphs(r2.id)}  # type: ignore[attr-defined]
    paras = svc.texts.paragraphs(r3.id)  # type: ignore[attr-defined]
    was = {p.number: tuple(old[o] for o in p.origins) for p in paras if p.number}
    assert was == {
        "1": ("1",), "2": ("2",), "3": ("3",), "4": ("4",), "5": ("5",),
        "6": ("6",), "7": ("6",),  # the digital trust paragraph, split
        "8": (),  # our anti-scam paragraph, taken in
        "9": ("7",), "10": ("8",), "11": ("9",), "12": ("10",), "13": ("11",), "14": ("12",),
        "15": ("13", "14"),  # Japan and Korea, merged
        "16": ("15",),
        "17": ("17",),  # thanks, moved before the next meeting
        "18": ("16",),
    }  # fmt: skip
    by = {p.number: p for p in paras}
    assert by["15"].change is ParagraphChange.MERGED and by["17"].moved
    assert [b.summary for b in by["10"].brackets] == [
        "TH: Thailand's offer to host a regional cyber incident response exercise in Bangkok "
        "in 2026 / SG: the offers of Member States to host capacity-building activities in 2026"
    ]
    assert [b.summary for b in by["5"].brackets] == ["shall / should"]
    assert [(pr.delegation_code, pr.kind) for pr in by["9"].proposals] == [("SG", "replace")]
    assert [(pr.delegation_code, pr.kind) for pr in by["11"].proposals] == [("PH", "insert")]
    assert by["1"].status is ParagraphStatus.AGREED_AD_REF
    assert jms.counts.text == "13 agreed ad ref, 5 bracketed"
    plan = next(d for d in svc.texts.documents() if "Implementation Plan" in d.title)  # type: ignore[attr-defined]
    p2, p3 = plan.revisions
    old = {p.id: p.number for p in svc.texts.paragraphs(p2.id)}  # type: ignore[attr-defined]
    p3_paras = {p.number: p for p in svc.texts.paragraphs(p3.id)}  # type: ignore[attr-defined]
    assert [old[o] for o in p3_paras["41"].origins] == ["39"]  # resourcing, renumbered
    assert [old[o] for o in p3_paras["47"].origins] == ["45"]  # review cycle
    assert [old[o] for o in p3_paras["9"].origins] == [old[o] for o in p3_paras["10"].origins]


def test_migration_adds_the_texts_to_a_store_holding_data(tmp_path: Path) -> None:
    path = tmp_path / "old.adgsom"
    conn = sqlite_driver.connect(path)
    conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
    conn.close()
    engine = make_engine(path)
    migrate.upgrade(engine, "0006_cooperation_tracker")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO event (id, title, short_title, city, country, timezone, "
                "steering_brief, logistics, created_at, updated_at) VALUES (1, '6th ADGMIN', '', "
                "'Hà Nội', 'Viet Nam', 'Asia/Ho_Chi_Minh', '', '', '2026-01-01', '2026-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO meeting (id, event_id, kind, title, series, venue, chair, format, ord,"
                " notes, short_title, created_at, updated_at) VALUES (1, 1, 'som', '6th ADGSOM',"
                " 'ADGSOM', '', '', 'plenary', 0, '', '6th ADGSOM', '2026-01-01', '2026-01-01')"
            )
        )
    engine.dispose()
    with Store.open(path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        svc = Services.for_store(store)
        rev = svc.texts.import_revision(1, ImportSource("rev3.docx", data=statement_docx()))
        assert svc.texts.document(rev.document_id).meeting_label == "6th ADGSOM"
        assert svc.store_info.check().ok
