"""The pack and report dialogs: choose the audience, see what it holds, never mark it too low."""

from __future__ import annotations

from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.reports.pack_model import Section
from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui]


def test_the_pack_dialog_shows_what_each_audience_includes(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    dlg = PackDialog(demo_services.packs.choices(2))
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    box = dlg.audience
    assert box.audience() is Audience.HOD
    assert "everything" in box.summary.text().lower()
    assert dlg.classification.currentText() == "CONFIDENTIAL"
    assert dlg.title_edit.text() == "Brief for the Head of Delegation"

    box.set_audience(Audience.DELEGATION)
    text = box.summary.text()
    assert "except" in text and "Personality notes" in text and "not for disclosure" in text
    assert not dlg.sections[Section.PERSONALITIES].isEnabled()
    assert not dlg.sections[Section.PERSONALITIES].isChecked()
    assert dlg.sections[Section.STANCE_MAP].isChecked()
    assert dlg.title_edit.text() == "Brief for the delegation"
    values = dlg.values()
    assert values.audience is Audience.DELEGATION
    assert values.sections is not None and Section.PERSONALITIES not in values.sections

    box.set_audience(Audience.PUBLIC)
    text = box.summary.text()
    assert "only" in text and "Points to make" in text and "Press line" in text
    assert "Red line" not in text
    enabled = {s for s, b in dlg.sections.items() if b.isEnabled()}
    # the projects' status and timeline are everyone's (not the proposals, not our position)
    assert enabled == {
        Section.COVER,
        Section.DISTRIBUTION,
        Section.CONTENTS,
        Section.COOPERATION,
        Section.BRIEFS,
        Section.RECEIPT,
    }
    assert "status of projects" in text and "our position on a proposal" not in text
    assert "Not in a pack for" in dlg.sections[Section.STANCE_MAP].toolTip()
    save_artifact(dlg, "pack_dialog_public_lines")

    # a classification below the audience's minimum is raised to it
    box.set_audience(Audience.AGENCIES)
    dlg.classification.setCurrentText("UNCLASSIFIED")
    box.set_audience(Audience.HOD)
    assert dlg.classification.currentText() == "CONFIDENTIAL"
    user_title = "Brief for the Minister"
    dlg.title_edit.setText(user_title)
    box.set_audience(Audience.DELEGATION)
    assert dlg.title_edit.text() == user_title  # a title the user typed stays


def _service_marking(svc: Any, audience: Audience) -> str:
    """What the CLI marks a pack for ``audience`` without --classification."""
    from adgsom_desktop.services.pack_request import check_classification

    with svc.ctx.read() as s:
        return check_classification(s, "", audience=audience)


def test_the_pack_dialog_marks_each_audience_as_the_cli_does(
    qtbot: Any, demo_services: Any
) -> None:
    """F14: switching down to Public lines lowers CONFIDENTIAL to the audience's default
    (as the CLI marks it) until the user picks a marking; a pick stays while allowed."""
    from PySide6.QtCore import Qt

    from adgsom_desktop.ui.packs.pack_dialog import PackDialog

    dlg = PackDialog(demo_services.packs.choices(2))
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    box, combo = dlg.audience, dlg.classification
    assert combo.currentText() == "CONFIDENTIAL"
    for audience in (Audience.DELEGATION, Audience.AGENCIES, Audience.PUBLIC, Audience.HOD):
        box.set_audience(audience)
        assert combo.currentText() == _service_marking(demo_services, audience), audience
        assert dlg.values().classification == combo.currentText()
    box.set_audience(Audience.PUBLIC)
    assert combo.currentText() == "RESTRICTED"  # the store's default, above UNCLASSIFIED
    save_artifact(dlg, "pack_dialog_public_marking")
    # the user picks UNCLASSIFIED (keyboard, as a user would): kept where it is allowed,
    # raised to the minimum where not, and back when the audience allows it again
    combo.setFocus()
    qtbot.keyClicks(combo, "U")
    assert combo.currentText() == "UNCLASSIFIED"
    box.set_audience(Audience.AGENCIES)
    assert combo.currentText() == "RESTRICTED"
    box.set_audience(Audience.PUBLIC)
    assert combo.currentText() == "UNCLASSIFIED"
    # a higher pick stays when the audience is switched down
    box.set_audience(Audience.HOD)
    assert combo.currentText() == "CONFIDENTIAL"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    picked = combo.currentText()
    assert picked != "CONFIDENTIAL"
    box.set_audience(Audience.PUBLIC)
    assert combo.currentText() == picked


def test_the_report_dialog_takes_an_audience(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.packs.report_dialog import ReportChoices, ReportDialog

    settings = demo_services.settings.get()
    dlg = ReportDialog(
        ReportChoices(
            ((4, "6th ADGSOM"),),
            4,
            "capital",
            settings.classifications,
            settings.default_classification,
            settings.audience_minimums,
        )
    )
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    assert dlg.values().audience is Audience.HOD
    assert dlg.values().classification == "CONFIDENTIAL"  # not the store's RESTRICTED
    dlg.audience.set_audience(Audience.AGENCIES)
    text = dlg.audience.summary.text()
    assert "What we said" in text and "What others said" not in text
    assert "Leaves out" in dlg.audience.summary.toolTip()
    assert "What others said" in dlg.audience.summary.toolTip().split("Leaves out")[1]
    dlg.outcomes.setChecked(True)
    assert "outcomes" in dlg.audience.summary.toolTip().lower()
    v = dlg.values()
    assert v.audience is Audience.AGENCIES and v.kind == "outcomes"
    save_artifact(dlg, "report_dialog_audience")


def test_settings_set_each_audiences_lowest_marking(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.shell.settings_dialog import SettingsDialog, SettingsValues

    store = demo_services.settings.get()
    dlg = SettingsDialog(
        SettingsValues(
            our_delegation_code=store.our_delegation_code,
            default_classification=store.default_classification,
            classifications=store.classifications,
            audience_minimums=store.audience_minimums,
        ),
        demo_services.delegations.delegations(),
    )
    qtbot.addWidget(dlg)
    assert dlg.minimums[Audience.HOD].currentText() == "CONFIDENTIAL"
    assert dlg.minimums[Audience.PUBLIC].currentText() == "UNCLASSIFIED"
    combo = dlg.minimums[Audience.DELEGATION]
    combo.setCurrentText("CONFIDENTIAL")
    combo.activated.emit(combo.currentIndex())  # as a user's choice does
    values = dict(dlg.values().audience_minimums)
    assert values[Audience.DELEGATION] == "CONFIDENTIAL"
    demo_services.settings.update(audience_minimums=values)
    assert demo_services.settings.get().minimum(Audience.DELEGATION) == "CONFIDENTIAL"
    save_artifact(dlg, "settings_audience_minimums")
