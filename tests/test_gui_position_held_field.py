"""Review s30 F15: one over-long field (text arriving by input method or drag, not paste)
stopped every other field of the brief from saving, and the quit question named only the
long field. Now the valid fields are saved, only the invalid one is held, and the editor and
the quit question say exactly which one is not saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import save_artifact
from tests.prepare_fixtures import (  # noqa: F401 - fixtures
    answers,
    open_store,
    settle,
    show_tab,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def test_long_field_is_held_and_the_others_are_saved(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    answers: list[tuple[str, str]],  # noqa: F811 - the fixture
) -> None:
    from tests.test_gui_positions import _store

    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    form = editor.form
    type_text(form.objective, "OBJ-before")
    editor.flush()
    settle(services)
    assert services.positions.get(1).content.objective == "OBJ-before"
    type_text(form.background_releasable, "Z" * 250_000)  # an input method, not a paste
    assert len(form.background_releasable.toPlainText()) == 250_000
    type_text(form.press_line, "PRESS-after")
    editor.flush()
    settle(services)
    saved = services.positions.get(1).content
    assert saved.press_line == "PRESS-after"  # was: not saved, version unchanged
    assert saved.background_releasable == ""  # the long text is held, not cut
    assert len(form.background_releasable.toPlainText()) == 250_000  # still on screen
    status = editor.state.text()
    assert "Background (releasable)" in status and "250,000" in status
    assert "other edits are saved" in status and "Press line" not in status
    window.resize(1093, 614)
    save_artifact(window, "position_editor_held_field")
    # Shortening it saves it, and the warning goes.
    form.background_releasable.setPlainText("Short background")
    editor.flush()
    settle(services)
    assert services.positions.get(1).content.background_releasable == "Short background"
    assert not editor.state.failed


def test_quit_question_says_exactly_what_would_be_lost(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    answers: list[tuple[str, str]],  # noqa: F811 - the fixture
) -> None:
    from tests.test_gui_positions import _store

    services = open_store(qtbot, window, _store(tmp_path / "p.adgsom"))
    editor = show_tab(qtbot, window, "item", 1, "positionEditor")
    type_text(editor.form.background_releasable, "Z" * 250_000)
    type_text(editor.form.press_line, "PRESS-after")
    assert not window._may_close_store("Quit and lose them?") or answers
    settle(services)
    assert services.positions.get(1).content.press_line == "PRESS-after"
    question = answers[-1][1]
    assert "Background (releasable)" in question and "Press line" not in question
    assert "other edits are saved" in question
