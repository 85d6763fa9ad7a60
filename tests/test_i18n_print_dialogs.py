"""The report dialog and File > Export brief as Word… print in a language (issue #24), as
the pack dialog and ``report|brief export --language`` do: the interface's language is
chosen first; the fixed labels then come from the catalogue in that language, Thai years
in the Buddhist Era when asked."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.i18n.printing import printing_in, translate
from tests.conftest import save_artifact
from tests.pack_fixtures import pack_services, pdf_pages_text

__all__ = ["pack_services"]
pytestmark = [pytest.mark.gui]

SOM6 = 4  # the demo's 6th ADGSOM
ITEM = 27  # one of its items, with an approved position


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pack_th(text: str) -> str:
    with printing_in("th"):
        thai = translate("Pack", text)
    assert thai != text
    return thai


@pytest.fixture
def thai_gui(qapp: Any) -> Iterator[Any]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, "th")
    yield qapp
    translation.install(qapp, "en")


def _report_dialog(services: Any) -> Any:
    from adgsom_desktop.ui.packs.report_dialog import ReportChoices, ReportDialog

    settings = services.settings.get()
    meetings = tuple((m.id, m.label) for m in services.events.meetings())
    return ReportDialog(
        ReportChoices(
            meetings,
            SOM6,
            "capital",
            settings.classifications,
            settings.default_classification,
            settings.audience_minimums,
        )
    )


def test_the_report_dialog_prints_in_english_by_default_in_english(
    qtbot: Any, pack_services: Any
) -> None:
    dlg = _report_dialog(pack_services)
    qtbot.addWidget(dlg)
    assert dlg.printed_in.language.currentData() == "en"
    assert (dlg.values().language, dlg.values().buddhist_era) == ("", False)
    assert not dlg.printed_in.buddhist_era.isEnabled()  # only for Thai
    dlg.printed_in.set_code("vi")
    assert dlg.values().language == "vi"


@pytest.mark.slow
def test_a_thai_report_from_the_dialog_has_thai_labels_and_buddhist_years(
    qtbot: Any, thai_gui: Any, pack_services: Any, tmp_path: Path
) -> None:
    dlg = _report_dialog(pack_services)
    qtbot.addWidget(dlg)
    assert dlg.printed_in.language.currentData() == "th"  # the interface's language
    dlg.printed_in.buddhist_era.setChecked(True)
    request = dlg.values()
    assert (request.language, request.buddhist_era) == ("th", True)
    dlg.resize(1093, 614)
    save_artifact(dlg, "th_report_dialog_language")
    data = pack_services.reports.render(request)[0]
    pdf = tmp_path / "th-report.pdf"
    pdf.write_bytes(data)
    pages = [_flat(p) for p in pdf_pages_text(pdf)]
    text = "".join(pages)
    for label in ("What we said", "Follow-up for our agencies", "Our speaking time"):
        assert _flat(pack_th(label)) in text, label
        assert _flat(label) not in text, label
    assert _flat("พ.ศ. 2569") in text  # January 2026 in the Buddhist Era
    assert _flat("หน้า 1 จาก") in pages[0]


@pytest.mark.slow
def test_a_brief_as_word_in_thai_from_its_dialog(
    qtbot: Any, thai_gui: Any, pack_services: Any, tmp_path: Path
) -> None:
    from docx import Document

    from adgsom_desktop.ui.packs.brief_word_dialog import BriefWordDialog

    dlg = BriefWordDialog(pack_services.packs.brief_choices(ITEM))
    qtbot.addWidget(dlg)
    assert dlg.printed_in.code() == "th"
    dlg.audience.set_audience(Audience.DELEGATION)
    dlg.resize(1093, 614)
    save_artifact(dlg, "th_brief_word_dialog_language")
    v = dlg.values()
    assert v.language == "th"
    out = tmp_path / "brief.docx"
    result = pack_services.packs.export_brief(
        v.item_id, v.audience, out, classification=v.classification,
        language=v.language, buddhist_era=v.buddhist_era,
    )  # fmt: skip
    doc = Document(str(result.files[0].path))
    body = "\n".join(p.text for p in doc.paragraphs)
    marks = "\n".join(p.text for s in doc.sections for p in s.footer.paragraphs)
    item = pack_services.agenda.item(ITEM)
    assert doc.paragraphs[0].text == pack_th("Item %s") % item.label
    assert pack_th("Objective") in body and "Objective" not in body
    assert pack_th("Page %1 of %2").split("%1")[0].strip() in marks


@pytest.mark.slow
def test_brief_export_on_the_command_line_takes_the_language(
    demo_master: Path, tmp_path: Path
) -> None:
    import shutil

    from docx import Document

    from adgsom_desktop.__main__ import main

    store = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_master, store)
    out = tmp_path / "b.docx"
    args = ["brief", "export", "--store", str(store), "--item", str(ITEM), "--out", str(out)]
    assert main([*args, "--language", "vi"]) == 0
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    with printing_in("vi"):
        assert translate("Pack", "Objective") in body
    assert main([*args, "--buddhist-era"]) != 0  # Thai only
