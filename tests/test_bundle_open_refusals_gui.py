"""*Open a bundle…* refuses in one sentence that says it once (review s33 R16): a damaged
bundle is not "Refused: … refused", "Nothing was changed" is said once in English and
in Thai, a wrong passphrase says "Nothing was changed." as every other refusal does, a
member's key text opened as a bundle says where keys are imported, the preview of a
bundle already in the store reads in Thai, and the command line does not head
"Nothing new" with "Changed:"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair, _snapshot
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.test_bundle_gui import _open_dialog

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")

NOTHING_TH = "ไม่มีสิ่งใดถูกเปลี่ยน"  # "nothing was changed" (its longer form contains it)


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def _said_once(text: str, language: str) -> None:
    if language == "en":
        assert text.lower().count("refused") <= 1, text
        assert text.lower().count("nothing was") == 1, text
    else:
        assert text.count(NOTHING_TH) == 1, text
        assert "Nothing" not in text and "refused" not in text.lower(), text


def _refused(qtbot: Any, pair: Pair, path: Path, name: str) -> str:
    before = _snapshot(pair.b)
    dlg = _open_dialog(qtbot, pair, path)
    qtbot.waitUntil(lambda: dlg.envelope.property("tone") == "error-banner", timeout=60_000)
    qtbot.wait(50)
    save_artifact(dlg, name)
    assert not dlg.passphrase.isEnabled() and not dlg.btn_import.isEnabled()
    # nothing to type for a refused bundle: no passphrase row shown (review s35, noticed 4)
    for w in (dlg.pass_label, dlg.passphrase, dlg.btn_preview):
        assert not w.isVisible(), w.objectName() or w.text()
    assert _snapshot(pair.b) == before
    return str(dlg.envelope.text())


def test_a_damaged_bundle_is_refused_once(qtbot: Any, pair: Pair, language: str) -> None:
    path = pair.send()
    data = bytearray(path.read_bytes())
    data[300] ^= 0x20
    bad = pair.tmp / "changed.adgsom-bundle"
    bad.write_bytes(bytes(data))
    text = _refused(qtbot, pair, bad, f"bundle_open_damaged_{language}")
    _said_once(text, language)
    if language == "en":
        assert "changed after it was signed" in text, text


def test_a_bundle_for_another_key_is_refused_once(qtbot: Any, pair: Pair, language: str) -> None:
    self_sent = pair.a.bundles.export(
        pair.meeting,
        pair.tmp / "self",
        sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS,
        to_key_id=pair.aide_key,  # the aide's own key: the head cannot open it
    )
    text = _refused(qtbot, pair, self_sent.path, f"bundle_open_other_key_{language}")
    _said_once(text, language)
    if language == "th":
        assert " for " not in text, text


def test_a_members_key_opened_as_a_bundle_says_where_keys_go(
    qtbot: Any, pair: Pair, language: str
) -> None:
    key = pair.tmp / "aide.key"
    key.write_text(pair.a.keys.export_public(pair.aide_key), encoding="utf-8")
    text = _refused(qtbot, pair, key, f"bundle_open_key_text_{language}")
    _said_once(text, language)
    if language == "en":
        assert "member's key" in text and "Tools > Members' keys… > Import a key…" in text, text
        assert "keys import" not in text, text


def test_a_wrong_passphrase_says_nothing_was_changed_once(
    qtbot: Any, pair: Pair, language: str
) -> None:
    dlg = _open_dialog(qtbot, pair, pair.send())
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=60_000)
    dlg.passphrase.setText("not the passphrase")
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled() and bool(dlg.status.text()), timeout=60_000)
    qtbot.wait(50)
    save_artifact(dlg, f"bundle_open_wrong_passphrase_{language}")
    text = dlg.status.text()
    _said_once(text, language)
    if language == "en":
        assert text.endswith("Nothing was changed."), text
        assert "nothing was done" not in text, text


def test_a_passphrase_bundle_asks_its_own_passphrase(qtbot: Any, pair: Pair, language: str) -> None:
    """The dialog asks what the command line reads (review s35 T4): for a bundle under a
    passphrase, the bundle's, no key passphrase; a wrong one says it is the bundle's."""
    pair.a.notes.add(pair.meeting, "Sent under a passphrase")
    dlg = _open_dialog(qtbot, pair, pair.send("pp", passphrase="bundle pass 2026 long"))
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=60_000)
    assert dlg.pass_label.isVisible() and dlg.passphrase.isVisible()
    if language == "en":
        assert dlg.pass_label.text() == "The bundle's passphrase", dlg.pass_label.text()
    dlg.passphrase.setText(HEAD_PASS)  # the head's key passphrase: not what opens it
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled() and bool(dlg.status.text()), timeout=60_000)
    qtbot.wait(50)
    save_artifact(dlg, f"bundle_open_passphrase_wrong_{language}")
    text = dlg.status.text()
    _said_once(text, language)
    if language == "en":
        assert "Wrong passphrase for this bundle" in text and "not a key's" in text, text
    else:
        assert "Wrong" not in text, text
    dlg.passphrase.setText("bundle pass 2026 long")
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=60_000)
    assert dlg.btn_import.isEnabled()


def test_a_bundle_already_here_previews_in_the_interfaces_language(
    qtbot: Any, pair: Pair, language: str
) -> None:
    path = pair.send()
    pair.receive(path)
    dlg = _open_dialog(qtbot, pair, path)
    qtbot.waitUntil(lambda: dlg.passphrase.isEnabled(), timeout=60_000)
    dlg.passphrase.setText(HEAD_PASS)
    dlg.btn_preview.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=60_000)
    qtbot.wait(50)
    save_artifact(dlg, f"bundle_open_again_{language}")
    text = dlg.status.text()
    assert not dlg.btn_import.isEnabled()
    if language == "th":
        assert "Nothing new" not in text and text.startswith("ไม่มีอะไรใหม่"), text
    else:  # no heading over nothing
        assert text == "Nothing new: this store already holds everything in it.", text


def test_the_command_line_does_not_head_nothing_with_changed(pair: Pair) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    path = pair.send()
    pair.receive(path)
    store = pair.tmp / "b.adgsom"
    pair.b.close()
    r = run_cli(
        "bundle",
        "import",
        "--store",
        str(store),
        str(path),
        "--passphrase-stdin",
        input=HEAD_PASS + "\n",
    )
    pair.b = Services.for_store(Store.open(store), actor="head")  # the fixture closes it
    assert r.returncode == 0, r.stderr + r.stdout
    assert "Nothing new: this store already holds everything in it." in r.stdout, (
        r.stdout + r.stderr
    )
    assert "Changed: Nothing" not in r.stdout, r.stdout


def test_make_my_key_is_off_for_a_member_who_has_hers(qtbot: Any, pair: Pair) -> None:
    """Signed in with her own key (review s33 R21): Make my key… is off, saying why; in
    a store file nobody is signed in to, it stays on (the service says who may make one)."""
    from dataclasses import replace

    from adgsom_desktop.ui.bundles.keys_dialog import KeysDialog

    b = pair.b
    for signed in (True, False):
        keys = [replace(k, yours=signed and k.has_private) for k in b.keys.members()]
        dlg = KeysDialog(lambda keys=keys: keys, list, b.keys.create, b.keys.save_public,
                         b.keys.import_public, pair.tmp)  # fmt: skip
        qtbot.addWidget(dlg)
        dlg.resize(1093, 614)
        dlg.show()
        assert dlg.btn_make.isEnabled() is not signed
        if signed:
            mine = next(k for k in keys if k.yours)
            assert mine.fingerprint in dlg.btn_make.toolTip(), dlg.btn_make.toolTip()
            save_artifact(dlg, "bundle_keys_mine_made")
        dlg.close()
