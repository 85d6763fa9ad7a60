"""No English label left in a Word brief or a report to capital printed in Thai or
Vietnamese (review s31 G7): the item's purpose, the position's status, our stance, the
projects' states, the stances of the tables, the per-speaker stance column of the report.
Read back with python-docx and pypdf from the files the CLI writes; the English looked
for is every label the catalogue translates (tests/english_left.py), not a fixed list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.__main__ import main
from adgsom_desktop.i18n.catalogue import load
from tests.english_left import english_left, store_text
from tests.pack_fixtures import pdf_pages_text

pytestmark = pytest.mark.slow

SOM6 = 4  # the demo's 6th ADGSOM (Hanoi): items with positions, notes and stances


@pytest.fixture(scope="module")
def store(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("word-english") / "demo.adgsom"
    shutil.copyfile(demo_master, target)
    return target


# item 28 is the one G7 saw ("For discussion", "Draft", "Support with amendments", projects);
# the others add the other statuses (for review, approved) and purposes
ITEMS = (28, 27, 30, 35)


def _docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    body = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        body += [c.text for row in table.rows for c in row.cells]
    return "\n".join(body)


def _label_is_bold_in_every_script(path: Path, label: str) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(path))
    para = next(p for p in doc.paragraphs if p.text.startswith(f"{label}: "))
    first = para.runs[0]
    assert first.text == f"{label}: " and first.bold
    assert first._r.rPr.find(qn("w:bCs")) is not None


@pytest.mark.parametrize("language", ["th", "vi"])
def test_no_english_label_in_a_word_brief(store: Path, tmp_path: Path, language: str) -> None:
    typed = store_text(store)
    seen = ""
    for item in ITEMS:
        out = tmp_path / f"brief-{item}.docx"
        argv = ["brief", "export", "--store", str(store), "--item", str(item),
                "--audience", "delegation", "--language", language, "--out", str(out)]  # fmt: skip
        assert main(argv) == 0
        text = _docx_text(out)
        left = english_left(text, typed, language)
        assert left == {}, (item, {label: where[:2] for label, where in left.items()})
        seen += text
        if item == ITEMS[0]:  # a label is bold in every script (w:bCs: Thai is complex script)
            _label_is_bold_in_every_script(out, load(language).translate("Pack", "ADM tags"))
    cat = load(language)
    # the translated values are there (not just the English gone)
    for label in ("For discussion", "Draft", "Support with amendments", "Ongoing"):
        assert cat.translate("Labels", label).lower() in seen.lower(), label


@pytest.mark.parametrize("language", ["th", "vi"])
def test_purpose_and_objective_are_different_words(language: str) -> None:
    """An item's purpose and a brief's objective stand on one page: a reader must tell them
    apart."""
    cat = load(language)
    purpose, objective = cat.translate("Pack", "Purpose"), cat.translate("Pack", "Objective")
    assert purpose not in ("Purpose", "") and objective not in ("Objective", "")
    assert purpose != objective
    assert purpose not in objective and objective not in purpose


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["th", "vi"])
def test_no_english_label_in_a_report_to_capital(
    store: Path, tmp_path: Path, language: str, fmt: str
) -> None:
    out = tmp_path / f"capital-{language}.{fmt}"
    argv = ["report", "--store", str(store), "--meeting", str(SOM6), "--kind", "capital",
            "--language", language, "--out", str(out)]  # fmt: skip
    if fmt == "docx":
        argv += ["--format", "docx"]
    assert main(argv) == 0
    text = " ".join(pdf_pages_text(out)) if fmt == "pdf" else _docx_text(out)
    left = english_left(text, store_text(store), language)
    assert left == {}, {label: where[:2] for label, where in left.items()}
