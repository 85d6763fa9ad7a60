"""The services' messages in the interface's language (issue #24): an error a service
raises carries a message id (its English template) and values; the GUI shows it in the
language chosen at start, the CLI in English (a decision). One path: ``str(error)``."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import AppError, ValidationError, describe_failure
from adgsom_desktop.i18n import TRANSLATED
from adgsom_desktop.i18n.catalogue import load
from adgsom_desktop.i18n.messages import CONTEXT, Message, render, show_messages_in
from adgsom_desktop.i18n.update import PACKAGE, _message_classes, _message_files, error_messages
from tests.helpers import run_cli


def thai(template: str, **values: object) -> str:
    """What the Thai catalogue says for ``template`` (and that it is not English)."""
    text = load("th").translate(CONTEXT, template)
    assert text != template, f"not translated: {template!r}"
    return text.format(**values) if values else text


@pytest.fixture
def interface_th() -> Iterator[None]:
    show_messages_in("th")
    yield
    show_messages_in("en")


@pytest.fixture
def thai_gui(qapp: Any) -> Iterator[Any]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, "th")
    yield qapp
    translation.install(qapp, "en")


# -- the message itself ---------------------------------------------------------------------


def test_an_error_is_english_until_the_interface_chooses_a_language(interface_th: None) -> None:
    show_messages_in("en")
    error = ValidationError("Meeting {meeting_id} no longer exists.", "meeting", meeting_id=7)
    assert str(error) == "Meeting 7 no longer exists." and error.field == "meeting"
    show_messages_in("th")
    assert str(error) == thai("Meeting {meeting_id} no longer exists.", meeting_id=7)
    assert error.english == "Meeting 7 no longer exists." == error.args[0]  # logs stay English
    assert error.text("vi") == load("vi").translate(CONTEXT, error.message_id).format(meeting_id=7)


def test_a_message_inside_a_message_is_in_the_same_language(interface_th: None) -> None:
    inner = ValidationError("The two passphrases differ.")
    outer = ValidationError("{what}: {exc}", what="Bundle", exc=inner)
    assert str(outer) == "Bundle: " + thai("The two passphrases differ.")
    assert outer.english == "Bundle: The two passphrases differ."
    fragment = Message("a text file")
    assert render("{path_name} is not an ADGSOM Desktop store: it is {what}.",
                  {"path_name": "x.adgsom", "what": fragment}) == thai(
        "{path_name} is not an ADGSOM Desktop store: it is {what}.",
        path_name="x.adgsom",
        what=thai("a text file"),
    )  # fmt: skip


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english() -> None:
    from adgsom_desktop.i18n import catalogue as cat
    from adgsom_desktop.i18n.catalogue import Catalogue
    from adgsom_desktop.i18n.catalogue import Message as Entry

    broken = Catalogue("th", [Entry(CONTEXT, "Meeting {n} is gone.", "การประชุม {x}", "")])
    real = cat.load
    cat.load = lambda _language, fresh=False: broken  # type: ignore[assignment]
    try:
        assert render("Meeting {n} is gone.", {"n": 3}, "th") == "Meeting 3 is gone."
    finally:
        cat.load = real  # type: ignore[assignment]


def test_an_error_survives_pickling_with_its_id() -> None:
    import pickle

    error = ValidationError("Meeting {meeting_id} no longer exists.", "meeting", meeting_id=7)
    back = pickle.loads(pickle.dumps(error))
    assert back.message_id == error.message_id and back.text("th") == error.text("th")


def test_write_failures_are_said_in_the_interface_language(interface_th: None) -> None:
    import errno

    full = OSError(errno.ENOSPC, "No space left on device")
    assert describe_failure(full) == thai("the disk is full. Free some space, then try again")


# -- the services raise through it ---------------------------------------------------------


@pytest.fixture
def local_services(tmp_path: Path) -> Iterator[Any]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    store = create_store(tmp_path / "s.adgsom", our_delegation_code="TH", title="Test")
    services = Services.for_store(store, actor="tester")
    yield services
    services.close()


def test_a_service_refusal_is_in_thai_in_a_thai_session(
    local_services: Any, interface_th: None
) -> None:
    with pytest.raises(ValidationError) as info:
        local_services.events.save_event(
            title="6th ADGMIN",
            city="Hà Nội",
            host_code="VN",
            timezone="Asia/Ho_Chi_Minh",
            start_date=date(2026, 1, 16),
            end_date=date(2026, 1, 12),
        )
    assert str(info.value) == thai("The event cannot end before it starts.")
    assert info.value.english == "The event cannot end before it starts."


def test_no_message_is_built_before_it_is_raised() -> None:
    """An f-string or a sum as a message would bypass the catalogue: the template and its
    values go to the error, and the update tool lists every template."""
    bad = []
    trees = {f: ast.parse(f.read_text(encoding="utf-8")) for f in _message_files()}
    classes = _message_classes(list(trees.values()))
    for file, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in classes and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp)):
                bad.append(f"{file.relative_to(PACKAGE)}:{node.lineno}")
    assert not bad, f"messages built before they are raised: {bad}"
    assert len(error_messages()) > 500


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    catalogue = load(language, fresh=True)
    wrong = []

    def fields(text: str) -> list[tuple[str, str, str]]:
        return sorted((n, s or "", c or "") for _, n, s, c in string.Formatter().parse(text) if n)

    for template in error_messages():
        text = catalogue.lookup(CONTEXT, template)
        words = "".join(literal for literal, *_ in string.Formatter().parse(template))
        if text is None or (text == template and any(ch.isalpha() for ch in words)):
            wrong.append(f"untranslated: {template!r}")
        elif fields(text) != fields(template):
            wrong.append(f"{template!r} -> {text!r}")
    assert not wrong, "\n".join(wrong[:20])


# -- what the GUI shows ---------------------------------------------------------------------


@pytest.mark.gui
def test_a_bad_file_is_refused_in_thai_in_a_message_box(
    qtbot: Any, thai_gui: Any, window: Any, tmp_path: Path, messages: list[Any]
) -> None:
    bad = tmp_path / "minutes.adgsom"
    bad.write_text("Minutes, not a store")
    with qtbot.waitSignal(window.controller.failed, timeout=10_000):
        window.controller.open_path(bad)
    assert messages[-1][1] == thai(
        "{path_name} is not an ADGSOM Desktop store: it is {what}.",
        path_name="minutes.adgsom",
        what=thai("a text file"),
    )


@pytest.mark.gui
def test_a_service_refusal_in_a_dialog_is_thai(
    qtbot: Any, thai_gui: Any, local_services: Any
) -> None:
    from adgsom_desktop.ui.structure.event_dialog import EventDialog, EventValues

    services = local_services
    dlg = EventDialog(EventValues(), services.delegations.delegations(), new=True)
    qtbot.addWidget(dlg)
    dlg.title.setText("6th ADGMIN")

    def save(v: EventValues) -> None:  # the store refuses an unknown host
        services.events.save_event(
            title=v.title, city="", host_code="XX", timezone="Asia/Bangkok",
            start_date=date(2026, 1, 12), end_date=date(2026, 1, 16),
        )  # fmt: skip

    dlg.save = save
    dlg.show()
    dlg.ok.click()
    assert dlg.problem.text() == thai("No delegation with code {code}.", code="XX")
    assert dlg.isVisible()


@pytest.mark.gui
def test_the_new_store_dialog_says_the_passphrase_rule_in_thai(thai_gui: Any, qtbot: Any) -> None:
    from adgsom_desktop.domain.passphrase import MIN_PASSPHRASE
    from adgsom_desktop.ui.store.new_store_dialog import NewStoreDialog

    dlg = NewStoreDialog(Path("/nonexistent/new.adgsom"))
    qtbot.addWidget(dlg)
    assert dlg.problem_text() == thai(
        "The passphrase needs at least {min_passphrase} characters.",
        min_passphrase=MIN_PASSPHRASE,
    )


# -- the CLI stays English (decision) -------------------------------------------------------


@pytest.mark.slow
def test_the_cli_speaks_english_in_a_thai_locale(tmp_path: Path) -> None:
    bad = tmp_path / "minutes.adgsom"
    bad.write_text("Minutes, not a store")
    env = {"LANG": "th_TH.UTF-8", "LC_ALL": "th_TH.UTF-8", "LANGUAGE": "th"}
    done = run_cli("info", "--store", str(bad), env=env)
    assert done.returncode != 0
    assert "minutes.adgsom is not an ADGSOM Desktop store: it is a text file." in done.stderr


def test_apperror_keeps_its_english_as_args() -> None:
    error = AppError("Note {note_id} no longer exists.", note_id=4)
    assert error.args == ("Note 4 no longer exists.",)
