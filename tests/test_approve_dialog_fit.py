"""The Approve dialog opens at the size its text needs, in English and in Thai (review
s30 F8: at its fixed 560x180 the English paragraphs lost their descenders, the Thai one
its tone marks, and the "Set or change my PIN…" button was elided)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from adgsom_desktop.domain.enums import MemberRole
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui]


@pytest.mark.parametrize("language", ["en", "th"])
@pytest.mark.parametrize("from_draft", [False, True])
def test_approve_dialog_shows_all_its_text(
    qapp: Any, qtbot: Any, store_path: Path, language: str, from_draft: bool
) -> None:
    from adgsom_desktop.ui.common import translation

    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    translation.install(qapp, language)
    try:
        ours = services.delegations.our_delegation()
        services.delegations.save_person(
            delegation_id=ours.id, full_name="Pongsak Rattanavichai", role=MemberRole.HEAD
        )
        dlg = ApproveDialog(
            services.delegations.approvers(), needs_pin=True, services=services,
            from_draft=from_draft,
        )  # fmt: skip
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        size = (dlg.width(), dlg.height())
        assert size[0] <= 1093 and size[1] <= 614, size  # fits a 1366x768 screen at 125 %
        labels = [w for w in dlg.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
        assert len(labels) == (3 if from_draft else 2)
        for label in labels:  # each wrapped paragraph has the height its lines need
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert dlg.set_pin.width() >= dlg.set_pin.sizeHint().width()  # never elided
        assert dlg.ok.width() >= dlg.ok.sizeHint().width()
        save_artifact(dlg, f"approve_dialog_open_{language}{'_draft' if from_draft else ''}")
    finally:
        translation.install(qapp, "en")
        services.close()


@pytest.mark.parametrize("language", ["en", "th"])
def test_signed_in_with_their_own_key_the_dialog_asks_its_passphrase(
    qapp: Any, qtbot: Any, store_path: Path, language: str
) -> None:
    """Signed in to a team store with their own key there, the approver gives its
    passphrase (review s32 H21): one field and why, no PIN; without a key, neither."""
    from adgsom_desktop.ui.common import translation

    services = Services.for_store(create_store(store_path, our_delegation_code="TH"))
    translation.install(qapp, language)
    try:
        ours = services.delegations.our_delegation()
        head = services.delegations.save_person(
            delegation_id=ours.id, full_name="Pongsak Rattanavichai", role=MemberRole.HEAD
        )
        members = services.delegations.approvers()
        dlg = ApproveDialog(members, signed_in_id=head.id, own_key=True)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert dlg.width() <= 1093 and dlg.height() <= 614
        assert dlg.key_passphrase.isVisible() and not dlg.pin.isVisible()
        labels = [w for w in dlg.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
        assert len(labels) == 3
        for label in labels:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        dlg.key_passphrase.setText("secret")
        assert dlg.key_passphrase_text() == "secret"
        save_artifact(dlg, f"approve_dialog_signed_in_key_{language}")
        plain = ApproveDialog(members, signed_in_id=head.id)
        qtbot.addWidget(plain)
        plain.show()
        assert not plain.key_passphrase.isVisible() and plain.key_passphrase_text() == ""
    finally:
        translation.install(qapp, "en")
        services.close()
