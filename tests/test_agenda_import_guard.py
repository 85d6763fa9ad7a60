"""Review s30 F10: `agenda import` took any text file (binary bytes decoded as UTF-16, an
e-mail, a projects CSV) as a revision of a meeting's agenda, wrote its lines as new items and
listed every real item "dropped". Such input is refused, in the services, the CLI and the
GUI, and nothing in the store changes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.agenda_records import ImportMode
from tests.conftest import save_artifact

BINARY = b"\xff\xfe\x00\x00\x01garbage"
EMAIL = (
    "Dear colleagues,\n\nPlease find attached the provisional agenda for the 6th ADGSOM.\n\n"
    "Best regards,\nASEC\n"
)
CSV = "code,title,lead,budget\nD-JP-01,Cyber,JP,100\nD-JP-02,Scam,TH,200\n"


def _som(services: Any) -> Any:
    return next(m for m in services.events.meetings() if m.label.startswith("6th ADGSOM"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_binary_bytes_with_a_utf16_mark_are_not_text(tmp_path: Path) -> None:
    from adgsom_desktop.services.agenda_import import AgendaImporter

    path = tmp_path / "bin.txt"
    path.write_bytes(BINARY)
    with pytest.raises(ValidationError, match=r"bin\.txt is not a text file"):
        AgendaImporter().from_file(path)


@pytest.mark.parametrize("text", [EMAIL, CSV], ids=["email", "csv"])
def test_text_that_is_no_agenda_of_the_meeting_is_refused(demo_services: Any, text: str) -> None:
    svc = demo_services
    som = _som(svc)
    before = [(i.id, i.number, i.title) for i in svc.agenda.items(som.id)]
    preview = svc.agenda_import.from_text(text)
    with pytest.raises(ValidationError) as err:
        svc.agenda.import_items(som.id, preview)
    message = str(err.value)
    assert "does not look like an agenda of this meeting" in message
    assert "Add after the items there" in message and "--mode append" in message
    assert [(i.id, i.number, i.title) for i in svc.agenda.items(som.id)] == before
    # Adding the lines anyway stays possible, by asking for it.
    added = svc.agenda.import_items(som.id, preview, mode=ImportMode.APPEND)
    assert added.item_ids and len(svc.agenda.items(som.id)) > len(before)


def test_a_real_revision_still_updates(demo_services: Any) -> None:
    svc = demo_services
    som = _som(svc)
    items = [i for i in svc.agenda.items(som.id) if i.depth == 0]
    text = "\n".join(i.title for i in items) + "\n"  # not numbered, but every title matches
    result = svc.agenda.import_items(som.id, svc.agenda_import.from_text(text))
    assert result.updated_ids and not result.item_ids


@pytest.mark.parametrize("name,data", [
    ("bin.txt", BINARY), ("email.txt", EMAIL.encode()), ("projects.csv", CSV.encode()),
])  # fmt: skip
def test_cli_refuses_and_leaves_the_store_unchanged(
    demo_path: Path, tmp_path: Path, name: str, data: bytes
) -> None:
    from adgsom_desktop.services.container import Services
    from tests.helpers import run_cli

    svc = Services.open(demo_path)
    try:
        som = _som(svc).id
    finally:
        svc.close()
    path = tmp_path / name
    path.write_bytes(data)
    digest = _sha(demo_path)
    for extra in (["--dry-run"], ["--update-meeting"]):
        done = run_cli(
            "agenda", "import", "--store", str(demo_path), "--meeting", str(som), str(path),
            *extra,
        )  # fmt: skip
        assert done.returncode == 1, done.stdout + done.stderr  # was: 0, "1 item(s) imported"
        assert "Traceback" not in done.stderr
        assert ("not a text file" in done.stderr) or ("--mode append" in done.stderr)
        assert "dropped:" not in done.stdout
    assert _sha(demo_path) == digest


def test_gui_import_dialog_refuses_an_email_until_add_after_is_chosen(
    qtbot: Any, demo_services: Any, messages: list[tuple[str, str, Any]]
) -> None:
    from adgsom_desktop.ui.agenda.agenda_import_dialog import AgendaImportDialog

    svc = demo_services
    som = _som(svc)
    before = [(i.id, i.title) for i in svc.agenda.items(som.id)]
    dialog = AgendaImportDialog(svc, som.id)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(EMAIL)
    dialog.read_text()
    assert not dialog.import_button.isEnabled()
    assert "does not look like an agenda of this meeting" in dialog.status.text()
    dialog.resize(1093, 614)
    save_artifact(dialog, "agenda_import_not_an_agenda")
    dialog.do_import()  # even if called: refused with the message, nothing written
    assert any("does not look like an agenda" in str(m) for m in messages)
    assert [(i.id, i.title) for i in svc.agenda.items(som.id)] == before
    dialog.append_mode.setChecked(True)
    assert dialog.import_button.isEnabled()
