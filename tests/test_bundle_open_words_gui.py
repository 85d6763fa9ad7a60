"""*Open a bundle…* in the window's own words (review s32 H13): a bundle from a key this
store does not know names the menu path to import a key (not a CLI command), and the
table of changes reads in the interface's language, its "merged" true of an action item
(merged field by field) as of a brief (section by section)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bundle_fixtures import HEAD_PASS, Pair, _snapshot
from tests.conftest import save_artifact
from tests.test_bundle_gui import _open_dialog

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    from adgsom_desktop.ui.common import translation

    yield lambda code: translation.install(qapp, code)
    translation.install(qapp, "en")


def _stranger_bundle(pair: Pair, demo_master: Path) -> Path:
    """A bundle for the head from a member whose key the head's store never imported."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    path = pair.tmp / "stranger.adgsom"
    shutil.copyfile(demo_master, path)
    c = Services.for_store(Store.open(path), actor="stranger")
    try:
        mine = c.keys.create(8, "stranger passphrase 1", "stranger passphrase 1")
        head = c.keys.import_public(pair.b.keys.export_public(pair.head_key))
        return c.bundles.export(
            pair.meeting,
            pair.tmp / "from-stranger",
            sender_key_id=mine.id,
            sender_passphrase="stranger passphrase 1",
            to_key_id=head.id,
        ).path
    finally:
        c.close()


def test_a_strangers_bundle_names_the_menu_to_import_a_key(
    qtbot: Any, pair: Pair, demo_master: Path
) -> None:
    path = _stranger_bundle(pair, demo_master)
    before = _snapshot(pair.b)
    dlg = _open_dialog(qtbot, pair, path)
    qtbot.waitUntil(lambda: dlg.envelope.text().startswith("Refused"), timeout=60_000)
    text = dlg.envelope.text()
    assert "Tools > Members' keys… > Import a key…" in text, text
    assert "(keys import)" not in text and "Nothing was changed." in text, text
    assert not dlg.passphrase.isEnabled() and _snapshot(pair.b) == before
    qtbot.wait(100)  # the layout takes the longer text
    save_artifact(dlg, "bundle_open_stranger")


def test_the_table_of_changes_reads_in_the_interfaces_language(
    qtbot: Any, pair: Pair, language: Any
) -> None:
    from adgsom_desktop.services.sync.merge import Action
    from adgsom_desktop.services.sync.report import ACTION_WORDS

    assert "section by section" not in ACTION_WORDS[Action.MERGE]  # an action item's too
    pair.a.notes.add(pair.meeting, "Brunei Darussalam asks for a second reading.")
    path = pair.send()
    language("th")
    dlg = _open_dialog(qtbot, pair, path)
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=60_000)
    dlg.passphrase.setText(HEAD_PASS)
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.model.rowCount() > 0, timeout=60_000)
    row = next(
        r
        for r in range(dlg.model.rowCount())
        if "Brunei Darussalam" in str(dlg.model.index(r, 2).data())
    )
    save_artifact(dlg, "bundle_open_preview_th")
    change, kind = dlg.model.index(row, 0).data(), dlg.model.index(row, 1).data()
    assert change and change != ACTION_WORDS[Action.ADD], change  # "new", in Thai
    assert kind and kind != "note", kind
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in change + kind), (change, kind)
