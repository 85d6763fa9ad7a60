"""The meeting's documents as an aide uses them (issue #23, item 3): attach from the
meeting's Documents tab (the symbol guessed from the file name), a 2 GB file refused in
words with nothing attached, the item's tab finding the document its reference names,
opened with the system's viewer from a private copy that is gone when the store closes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.paths import open_copies_dir
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.documents import documents_view
from tests.agenda_files import table_agenda_pdf, write_table_agenda_docx
from tests.conftest import save_artifact
from tests.prepare_fixtures import click, open_store, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _store(path: Path, tmp: Path) -> Path:
    from adgsom_desktop.services.container import Services

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="7th ADGMIN and related meetings")
    m = svc.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM", date=date(2027, 1, 18)
    )
    agenda = write_table_agenda_docx(tmp / "agenda.docx", extra_columns=True)
    svc.agenda.import_items(m.id, AgendaImporter().from_file(agenda))
    svc.close()
    return path


def _attach(qtbot: Any, view: Any, monkeypatch: Any, path: Path, symbol: str | None = None) -> None:
    guesses: list[str] = []

    def ask_symbol(_parent: Any, guess: str) -> str:
        guesses.append(guess)
        return guess if symbol is None else symbol

    monkeypatch.setattr(documents_view, "ask_document_file", lambda _p: path)
    monkeypatch.setattr(documents_view, "ask_symbol", ask_symbol)
    before = view.status.text()
    click(qtbot, view.attach_button)
    qtbot.waitUntil(lambda: view._job is None and view.status.text() != before, timeout=10_000)


def test_attach_refuse_find_by_reference_open_and_forget(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "d.adgsom", tmp_path))
    view = show_tab(qtbot, window, "meeting", 1, "meetingAttachments")
    assert view.tree.topLevelItemCount() == 0 and not view.open_button.isEnabled()

    pdf = table_agenda_pdf(tmp_path / "ADGSOM_2027_DOC.04.pdf")
    _attach(qtbot, view, monkeypatch, pdf)
    assert view.status.text() == "Attached ADGSOM/2027/DOC.04."
    assert view.tree.topLevelItem(0).text(0) == "ADGSOM/2027/DOC.04"
    thai = table_agenda_pdf(tmp_path / "ร่างแผนแม่บทดิจิทัล 2026-2030.pdf")
    _attach(qtbot, view, monkeypatch, thai, symbol="")
    assert view.tree.topLevelItemCount() == 2

    huge = tmp_path / "recording.pdf"
    with huge.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(2 * 1024 * 1024 * 1024)
    _attach(qtbot, view, monkeypatch, huge)
    assert "recording.pdf is 2.0 GB" in view.status.text()
    assert "Nothing was attached." in view.status.text()
    assert len(services.attachments.documents(1)) == 2
    # A text file named .pdf: refused in words, nothing attached.
    fake = tmp_path / "minutes.pdf"
    fake.write_text("Minutes of the 6th ADGSOM\n", encoding="utf-8")
    _attach(qtbot, view, monkeypatch, fake)
    assert (
        "minutes.pdf is not a PDF or a Word (.docx) file: only those are attached to a "
        "meeting. Nothing was attached."
    ) in view.status.text()
    assert "#b00020" in view.status.text()  # in red, as a refusal
    assert len(services.attachments.documents(1)) == 2 and view.tree.topLevelItemCount() == 2
    view.resize(1093, 614)
    save_artifact(view, "meeting_documents_tab")

    # The item whose reference is ADGSOM/2027/DOC.04 lists it on its own tab.
    defa = next(i for i in services.agenda.items(1) if i.number == "3.1")
    item_view = show_tab(qtbot, window, "item", defa.id, "itemAttachments")
    assert [
        item_view.tree.topLevelItem(n).text(0) for n in range(item_view.tree.topLevelItemCount())
    ] == ["ADGSOM/2027/DOC.04"]
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    item_view.tree.setCurrentItem(item_view.tree.topLevelItem(0))
    click(qtbot, item_view.open_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes() == pdf.read_bytes()
    assert open_copies_dir() in opened[0].parents
    # Closing the store removes the copy.
    window.close_store()
    qtbot.waitUntil(lambda: not opened[0].exists(), timeout=10_000)


def test_locking_removes_the_opened_copies(qtbot: Any, window: Any, tmp_path: Path) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "d.adgsom", tmp_path))
    doc = services.attachments.attach(1, table_agenda_pdf(tmp_path / "x.pdf"))
    copy = services.attachments.open_copy(doc.id)
    assert copy.exists()
    window.findChild(object, "actLock").trigger()
    qtbot.waitUntil(lambda: not copy.exists(), timeout=10_000)


def test_pack_dialog_offers_the_event_pdfs_as_annexes(qtbot: Any, tmp_path: Path) -> None:
    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    path = _store(tmp_path / "d.adgsom", tmp_path)
    services = Services.for_store(Store.open(path))
    try:
        doc = services.attachments.attach(
            1, table_agenda_pdf(tmp_path / "ADGSOM_2027_DOC.04.pdf"), symbol="ADGSOM/2027/DOC.04"
        )
        services.attachments.attach(1, write_table_agenda_docx(tmp_path / "w.docx"))
        dlg = PackDialog(services.packs.choices(1))
        qtbot.addWidget(dlg)
        box = dlg.annex_box
        assert box.list.count() == 1  # the PDF only
        assert box.list.item(0).text() == "7th ADGSOM: ADGSOM/2027/DOC.04"
        assert dlg.values().annex_document_ids == ()
        from PySide6.QtCore import Qt

        box.list.item(0).setCheckState(Qt.CheckState.Checked)
        assert dlg.values().annex_document_ids == (doc.id,)
        dlg.sections[Section.ANNEXES].setChecked(False)
        assert not box.isEnabled() and dlg.values().annex_document_ids == ()
    finally:
        services.close()
