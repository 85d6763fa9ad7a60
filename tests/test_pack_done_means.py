"""Issue #18, "Done means", end to end on one hostile store.

Every document the app prints, built from the demo store with hostile content added
(``tests/hostile_store.py``: CJK with Latin and Hangul, emoji, Khmer and Myanmar runs
without spaces, a 300-character title), and a note in every script: the pack for each
audience, an addendum, the report to capital, the outcome summary, a pack of 0 items and
one of a 500-item meeting. Each is checked for: no U+FFFD and no glyph drawn as
``.notdef``, no page holding only its header and footer, the hostile sentences extracting
exactly where the audience may read them, and the metadata (reference and audience in the
title, classification in the keywords).
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.services.pack_records import PackRequest, ReportRequest
from tests.hostile_store import (
    EMOJI,
    HANOI,
    JAPANESE,
    KHMER,
    KOREAN,
    LAO,
    MYANMAR,
    SOM6,
    THAI,
    VIETNAMESE,
    hostile_copy,
)
from tests.pdf_checks import body_words, notdef_glyphs, page_words

pytestmark = pytest.mark.slow

SCRIPTS = (KHMER, MYANMAR, THAI, LAO, VIETNAMESE, JAPANESE, KOREAN)


@pytest.fixture(scope="module")
def hostile(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    svc = hostile_copy(demo_master, tmp_path_factory.mktemp("done"))
    item = next(i for i in svc.agenda.items(SOM6) if i.position_status is not None)
    for text in (*SCRIPTS, EMOJI):  # what was said in the room, for the reports
        svc.notes.add(SOM6, text, item_id=item.id)
    yield svc
    svc.close()


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def check(pdf: Path, audience: Audience, reference: str, scripts: bool = True) -> str:
    """The invariants of every printed document; returns its text."""
    from pypdf import PdfReader

    data = pdf.read_bytes()
    assert notdef_glyphs(data) == [], pdf.name
    text = _text(pdf)
    assert "\ufffd" not in text, pdf.name
    empty = [n for n, page in enumerate(page_words(pdf), 1) if not body_words(page)]
    assert not empty, (pdf.name, "pages with only a header and a footer", empty)
    if scripts:
        for sentence in SCRIPTS:
            assert sentence in text, (pdf.name, sentence)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and reference in (meta.title or ""), (pdf.name, meta)
    assert audience.label in (meta.title or "") or audience.cover_line in text, pdf.name
    keywords = str(meta.get("/Keywords", ""))
    assert reference in keywords, (pdf.name, keywords)
    return text


@pytest.mark.parametrize("audience", list(Audience), ids=lambda a: a.value)
def test_each_audience(hostile: Any, tmp_path: Path, audience: Audience) -> None:
    out = tmp_path / f"{audience.value}.pdf"
    result = hostile.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), audience=audience), out
    )
    text = check(result.files[0].path, audience, result.reference)
    assert result.classification in text


def test_an_addendum(hostile: Any, tmp_path: Path) -> None:
    from dataclasses import replace

    base = hostile.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,)), tmp_path / "base.pdf"
    )
    item = next(i for i in hostile.agenda.items(SOM6) if i.position_status is not None)
    rec = hostile.positions.get(item.id)
    hostile.positions.save(
        item.id,
        replace(rec.content, press_line=f"{MYANMAR}{KHMER} {EMOJI}"),
        expected_version=rec.version_no,
        reopen_approved=True,
    )
    added = hostile.packs.issue(
        PackRequest(event_id=HANOI, addendum_to=base.issue_id), tmp_path / "addendum.pdf"
    )
    assert added.addendum_no == 1
    text = check(added.files[0].path, Audience.HOD, added.reference, scripts=False)
    assert f"{MYANMAR}{KHMER}" in "".join(text.split()) and "[flag: TH]" in text


def test_both_reports(hostile: Any, tmp_path: Path) -> None:
    for kind in ("capital", "outcomes"):
        result = hostile.reports.issue(ReportRequest(SOM6, kind), tmp_path / f"{kind}.pdf")
        check(result.files[0].path, Audience.HOD, result.reference, scripts=kind == "capital")


def test_a_pack_of_no_items_and_one_of_500(hostile: Any, tmp_path: Path) -> None:
    none = hostile.packs.issue(PackRequest(event_id=HANOI, item_ids=()), tmp_path / "none.pdf")
    check(none.files[0].path, Audience.HOD, none.reference, scripts=False)

    from adgsom_desktop.domain.enums import MeetingKind

    meeting = hostile.events.save_meeting(
        event_id=HANOI, kind=MeetingKind.SOM, title="A meeting of 500 items"
    )
    titles = (*SCRIPTS, "Cross-border data flows 🇹🇭 and digital trade facilitation")
    for n in range(500):
        hostile.agenda.add_item(meeting.id, f"{titles[n % len(titles)]} ({n + 1})")
    big = hostile.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(meeting.id,)), tmp_path / "big.pdf"
    )
    text = check(big.files[0].path, Audience.HOD, big.reference, scripts=False)
    # a title wraps inside its cell, between the other columns' lines: its first word
    flat = "".join(text.split())
    for sentence in SCRIPTS:
        assert sentence.split()[0][:6] in flat, sentence
    assert "(500)" in flat
