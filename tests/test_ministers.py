"""From the SOM to the Ministers: outcomes marked for the Ministers' consideration, the
consolidated document for the ADGMIN, the ADGMIN items' "builds on", and the outcome
summary's "For the Ministers" section."""

from __future__ import annotations

from typing import Any

import pytest

from adgsom_desktop.domain.enums import MinistersAction, OutcomeVerb, ParagraphKind
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.ministers_service import suggest
from adgsom_desktop.services.pack_records import ReportRequest
from tests.conftest import save_artifact


def _meeting(svc: Any, label: str) -> Any:
    return next(m for m in svc.events.meetings() if m.label == label)


def test_the_outcome_summary_recommends_only_what_was_marked_in_the_ministers_form(
    demo_services: Any,
) -> None:
    """The finding: 'For the Ministers' read 'The Meeting recommends that the Ministers:
    1. The Meeting adopted the agenda.'"""
    svc = demo_services
    som = _meeting(svc, "6th ADGSOM")
    data, _marking = svc.reports.data(ReportRequest(som.id, "outcomes"))
    assert not any("adopted the agenda" in r for r in data.recommendations)
    assert not any(r.startswith("The Meeting") for r in data.recommendations)
    assert data.recommendations[0] == (
        "Note the completion of the ASEAN Digital Masterplan 2025 and its Completion Report "
        "(agenda item 4.1);"
    )
    assert data.recommendations[1] == (
        "Adopt the ASEAN Digital Masterplan 2026-2030 and its Implementation Plan "
        "(agenda item 4.2);"
    )
    assert data.recommendations[-1].endswith("(agenda item 8).")
    assert len(data.recommendations) == 9


def test_mark_consolidate_and_builds_on(demo_services: Any) -> None:
    svc = demo_services
    som, adgmin = _meeting(svc, "6th ADGSOM"), _meeting(svc, "6th ADGMIN")
    agenda = next(i for i in svc.agenda.items(som.id) if i.number == "2")
    (adopted,) = svc.outcomes.for_item(agenda.id)
    items = dict(svc.ministers.ministers_items(som.id))
    target = next(i for i, label in items.items() if label.startswith("2 "))
    rec = svc.ministers.mark(
        adopted.id, for_ministers=True, action="note", text="the agenda", ministers_item_id=target
    )
    assert rec.for_ministers_text == "Note the agenda"
    doc = svc.ministers.consolidated(som.id)
    assert doc.title == "Recommendations of the 6th ADGSOM to the 6th ADGMIN"
    assert doc.entries[0].decision == "Note the agenda"  # the Ministers' item 2 comes first
    actions = {e.action for e in doc.entries}
    assert actions == set(MinistersAction)  # note, endorse, adopt, task
    adm = next(i for i in svc.agenda.items(adgmin.id) if i.number == "4.2")
    built = svc.ministers.builds_on(adm.id)
    assert [e.decision for e in built] == [
        "Adopt the ASEAN Digital Masterplan 2026-2030 and its Implementation Plan",
        "Task ADGSOM to finalise the key performance indicators of the ASEAN Digital "
        "Masterplan 2026-2030 by the 7th ADGSOM",
    ]
    assert built[0].som_outcome.startswith("The Meeting endorsed the ASEAN Digital Masterplan")
    # an item of another meeting is refused; taking the mark off works
    with pytest.raises(ValidationError, match="not on a Ministers' meeting agenda"):
        svc.ministers.mark(adopted.id, for_ministers=True, action="note", text="x",
                           ministers_item_id=agenda.id)  # fmt: skip
    off = svc.ministers.mark(adopted.id, for_ministers=False)
    assert not off.for_ministers and off.for_ministers_text == ""
    assert len(svc.ministers.consolidated(som.id).entries) == 9


def test_the_consolidated_document_is_an_outcome_document_of_the_adgmin(
    demo_services: Any,
) -> None:
    svc = demo_services
    som, adgmin = _meeting(svc, "6th ADGSOM"), _meeting(svc, "6th ADGMIN")
    (doc,) = svc.texts.documents(adgmin.id)  # the demo wrote Rev. 1 already
    assert doc.title == "Recommendations of the 6th ADGSOM to the 6th ADGMIN"
    paras = svc.texts.paragraphs(doc.current.id)
    body = [p for p in paras if p.kind is not ParagraphKind.HEADING]
    assert [p.text for p in body][:2] == [
        "Note the completion of the ASEAN Digital Masterplan 2025 and its Completion Report;",
        "Adopt the ASEAN Digital Masterplan 2026-2030 and its Implementation Plan;",
    ]
    assert "Agenda item 4.2 Adoption of the ASEAN Digital Masterplan 2026-2030" in [
        p.text for p in paras
    ]
    # a change at the SOM, then the document again: its next revision, aligned
    jms = next(i for i in svc.agenda.items(som.id) if i.title.startswith("Draft Joint Media"))
    (outcome,) = svc.outcomes.for_item(jms.id)
    svc.ministers.mark(outcome.id, for_ministers=False)
    doc_id, label = svc.ministers.to_document(som.id)
    assert (doc_id, label) == (doc.id, "Rev. 2")
    diff = svc.texts.revision_diff(doc.id, "Rev. 1", "Rev. 2")
    assert diff.dropped == ("¶14", "8")  # the JMS entry and its heading are gone
    last = diff.paragraphs[-1]
    assert (last.label, last.old_label, last.changed) == ("8", "9", False)  # renumbered


def test_suggest_words_the_decision_for_the_ministers() -> None:
    assert suggest(
        OutcomeVerb.ENDORSED,
        "The Meeting endorsed the ASEAN Digital Talent Initiative for adoption by the 6th ADGMIN.",
    ) == (MinistersAction.ADOPT, "the ASEAN Digital Talent Initiative")
    assert suggest(OutcomeVerb.TASKED, "The Meeting tasked ASEC to report by June.") == (
        MinistersAction.TASK,
        "ASEC to report by June",
    )
    assert suggest(OutcomeVerb.NOTED, "The Meeting noted the report.")[0] is MinistersAction.NOTE


@pytest.mark.gui
def test_outcomes_tab_marks_for_the_ministers_and_the_adgmin_item_shows_what_it_builds_on(
    qtbot: Any, demo_services: Any, monkeypatch: Any, messages: list[Any]
) -> None:
    from adgsom_desktop.ui.room.outcomes_view import OutcomesView

    svc = demo_services
    som, adgmin = _meeting(svc, "6th ADGSOM"), _meeting(svc, "6th ADGMIN")
    cyber = next(i for i in svc.agenda.items(som.id) if i.title.startswith("Cybersecurity"))
    view = OutcomesView(svc)
    qtbot.addWidget(view)
    view.resize(1093, 614)
    view.show()
    view.show_record(cyber.id)
    view.list.setCurrentRow(0)
    seen: list[Any] = []

    def fill(dialog: Any) -> bool:
        seen.append(dialog)
        assert dialog.action.currentText() == "Note"  # suggested from "The Meeting noted ..."
        dialog.text.setText("Thailand's offer to host a regional incident response exercise")
        dialog.item.setCurrentIndex(dialog.item.findText("5 ADGMIN 2026 deliverables"))
        dialog.resize(1093, 614)
        save_artifact(dialog, "ministers-dialog")
        dialog.accept()
        return True

    monkeypatch.setattr(view, "exec_dialog", fill)
    view.for_ministers()
    assert seen and "For the Ministers: Note Thailand's offer" in view.list.item(0).text()
    qtbot.wait(50)
    save_artifact(view, "outcomes-for-ministers")
    deliverables = next(i for i in svc.agenda.items(adgmin.id) if i.number == "5")
    view.show_record(deliverables.id)
    assert view.builds_on.isVisible()
    qtbot.wait(50)  # the layout takes the label's new height
    text = view.builds_on.text()
    assert "Adopt the ASEAN Rapid Takedown and Information-Sharing Protocol" in text
    assert "Note Thailand's offer to host a regional incident response exercise" in text
    save_artifact(view, "outcomes-builds-on")


@pytest.mark.gui
def test_the_texts_tab_writes_the_document_for_the_ministers(
    qtbot: Any, demo_services: Any, messages: list[Any], no_leaked_jobs: None
) -> None:
    from adgsom_desktop.ui.negotiation.view import TextsView

    svc = demo_services
    som, adgmin = _meeting(svc, "6th ADGSOM"), _meeting(svc, "6th ADGMIN")
    view = TextsView(svc)
    qtbot.addWidget(view)
    view.show()
    view.show_record(som.id)
    assert view.ministers_button.isVisible()
    view.ministers_button.click()  # nothing changed since the demo wrote Rev. 1
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "already says this (Rev. 1)" in messages[-1][1]
    skills = next(i for i in svc.agenda.items(som.id) if i.title.startswith("Digital skills"))
    (outcome,) = svc.outcomes.for_item(skills.id)
    svc.ministers.mark(outcome.id, for_ministers=True, action="adopt",
                       text="the ASEAN Digital Talent Initiative",
                       ministers_item_id=outcome.ministers_item_id)  # fmt: skip
    view.ministers_button.click()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert "Rev. 2 of document" in messages[-1][1]
    (doc,) = svc.texts.documents(adgmin.id)
    p = next(p for p in svc.texts.paragraphs(doc.current.id) if "Talent" in p.text)
    assert p.text == "Adopt the ASEAN Digital Talent Initiative;" and p.change.value == "reworded"
    view.show_record(adgmin.id)
    assert not view.ministers_button.isVisible()
