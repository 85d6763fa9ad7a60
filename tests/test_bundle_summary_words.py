"""A merge's summary and notices in the interface's language (#17): *Open a bundle…* in a
Thai session says what it would change and what it changed in Thai ("new: 1 note." was
English), a notice about an approval too, and the side-by-side view of a conflict; the
command line stays English, whatever the system's language (``i18n.messages``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.bundle_fixtures import HEAD_PASS, Pair
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.test_approval_signatures import _edit_and_forge, _meeting_item
from tests.test_bundle_gui import _open_dialog

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.fixture
def thai_session(qapp: Any) -> Iterator[None]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, "th")
    yield
    translation.install(qapp, "en")


@pytest.fixture
def interface_th() -> Iterator[None]:
    from adgsom_desktop.i18n.messages import show_messages_in

    show_messages_in("th")
    yield
    show_messages_in("en")


def test_open_a_bundle_says_what_it_changes_in_thai(
    qtbot: Any, pair: Pair, thai_session: None
) -> None:
    pair.a.notes.add(pair.meeting, "Brunei Darussalam asks for a second reading.")
    dlg = _open_dialog(qtbot, pair, pair.send())
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=60_000)
    dlg.passphrase.setText(HEAD_PASS)
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.btn_import.isEnabled(), timeout=60_000)
    preview = dlg.status.text()
    qtbot.wait(100)  # the layout takes the text
    save_artifact(dlg, "bundle_open_summary_th")
    # "new: 1 note." in Thai: the action, the kind counted, in the catalogue's words
    assert "ใหม่: บันทึก 1 รายการ" in preview, preview
    assert "new:" not in preview and " note" not in preview, preview
    dlg.do_import()
    qtbot.waitUntil(lambda: dlg.report is not None and not dlg.report.dry_run, timeout=60_000)
    qtbot.waitUntil(lambda: dlg.status.text().startswith("นำเข้าแล้ว"), timeout=60_000)
    done = dlg.status.text()
    save_artifact(dlg, "bundle_open_imported_th")
    assert "ใหม่: บันทึก 1 รายการ" in done and "new:" not in done, done


def test_a_notice_about_an_approval_reads_in_thai(pair: Pair, interface_th: None) -> None:
    item = _meeting_item(pair.a, pair.meeting)
    head_in_a = pair.a.keys.key(pair.head_in_a).person_id
    assert head_in_a is not None
    _edit_and_forge(pair.a, item, head_in_a, "(approved in the aide's store)")
    preview = pair.receive(pair.send(), dry_run=True)
    signed = [n for n in preview.notices if "ลงนามด้วยกุญแจของผู้อนุมัติ" in n]
    assert signed and _thai(preview.summary()), (preview.notices, preview.summary())
    assert not any("approver's key" in n for n in preview.notices), preview.notices


def test_the_register_line_counts_one_and_several(interface_th: None) -> None:
    from adgsom_desktop.i18n.messages import show_messages_in
    from adgsom_desktop.services.sync.report import MergeReport

    one = MergeReport("x", "", (), register=("P-1",))
    two = MergeReport("x", "", (), register=("P-1", "P-2"))
    assert one.summary() == "บันทึกลงทะเบียนแล้ว: ฉบับที่พิมพ์ระหว่างเดินทาง 1 รายการ"
    assert "ระหว่างเดินทาง 2 รายการ" in two.summary(), two.summary()
    show_messages_in("en")
    assert one.summary() == "entered in the register: 1 issue printed on the trip."
    assert two.summary() == "entered in the register: 2 issues printed on the trip."
    nothing = MergeReport("x", "", ())
    assert nothing.summary() == "Nothing new: this store already holds everything in it."


def test_the_command_line_stays_english_in_a_thai_system(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Brunei Darussalam asks for a second reading.")
    path = pair.send()
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    store = pair.tmp / "b.adgsom"  # the head's store, closed here while the CLI reads it
    pair.b.close()
    r = run_cli(
        "bundle",
        "import",
        "--store",
        str(store),
        str(path),
        "--dry-run",
        "--passphrase-stdin",
        input=HEAD_PASS + "\n",
        env={"LANG": "th_TH.UTF-8", "LC_ALL": "th_TH.UTF-8", "LANGUAGE": "th"},
    )
    pair.b = Services.for_store(Store.open(store), actor="head")  # the fixture closes it
    assert r.returncode == 0, r.stderr + r.stdout
    assert "new: 1 note" in r.stdout and not _thai(r.stdout), r.stdout


def test_a_conflict_reads_in_thai(qtbot: Any, pair: Pair, thai_session: None) -> None:
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog
    from tests.bundle_fixtures import _first_note

    nid = _first_note(pair.a, pair.meeting)
    note = pair.a.notes.note(nid)
    for svc, text in ((pair.a, "Aide's reading."), (pair.b, "Head's reading.")):
        svc.notes.edit(
            nid,
            text=text,
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
        )
    report = pair.receive(pair.send())
    # "changed on both sides: conflict kept: 1 note." in Thai
    assert report.summary() == "เปลี่ยนทั้งสองฝั่ง: เก็บข้อขัดแย้งไว้: บันทึก 1 รายการ", report.summary()
    dlg = ConflictsDialog(pair.b.sync.conflicts, pair.b.sync.conflict_view, pair.b.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=30_000)
    assert dlg.model.index(0, 0).data() == "บันทึก"  # the kind, was "note"
    save_artifact(dlg, "bundle_conflicts_th")
    view = pair.b.sync.conflict_view(pair.b.sync.conflicts()[0].id)
    assert view.title == "บันทึกที่เปลี่ยนทั้งสองฝั่ง", view.title
    assert view.mine_label == "ของเรา (คลังข้อมูลนี้)", view.mine_label
    assert "ไม่มีสิ่งใดถูกเขียนทับ" in view.explanation, view.explanation
    side = ConflictDialog(view)
    qtbot.addWidget(side)
    side.resize(1093, 614)
    side.show()
    qtbot.wait(100)
    save_artifact(side, "bundle_conflict_side_by_side_th")


def test_a_bundle_for_someone_else_is_refused_in_thai(pair: Pair, interface_th: None) -> None:
    from adgsom_desktop.services.sync import crypto
    from tests.bundle_fixtures import AIDE_PASS

    self_sent = pair.a.bundles.export(
        pair.meeting,
        pair.tmp / "self",
        sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS,
        to_key_id=pair.aide_key,  # the aide's own key: the head cannot open it
    )
    with pytest.raises(crypto.BundleError) as refused:
        pair.b.bundles.peek(self_sent.path)
    said = str(refused.value)
    assert said.startswith("ชุดข้อมูลแลกเปลี่ยนนี้เป็นของ ") and "for " not in said, said
