"""The tracker in the briefing pack: the ADGSOM+partner meeting's "Cooperation with <partner>:
status of projects" (table and a vector timeline), the JWG's proposals with our position,
and each brief's projects."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_cli


def _ids(store: Path) -> dict[str, Any]:
    from adgsom_desktop.services.container import Services

    svc = Services.open(store)
    try:
        meetings = svc.events.meetings()
        jp6 = next(m for m in meetings if m.label == "ADGSOM+Japan" and "2026" in m.days)
        jwg = next(m for m in meetings if m.label == "ASEAN-Japan JWG")
        item = next(i for i in svc.agenda.items(jp6.id) if "anti-scam" in i.title)
        return {"jp6": jp6.id, "jwg": jwg.id, "item": item.id, "event": jp6.event_id}
    finally:
        svc.close()


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.mark.slow
def test_partner_meeting_and_jwg_packs_print_the_tracker(demo_path: Path, tmp_path: Path) -> None:
    ids = _ids(demo_path)
    out = tmp_path / "pack.pdf"
    res = run_cli(
        "pack", "--store", str(demo_path), "--event", str(ids["event"]),
        "--meeting", f"{ids['jp6']},{ids['jwg']}", "--item", str(ids["item"]), "--out", str(out),
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    text = _text(out)
    assert "Cooperation with Japan: status of projects" in text
    assert "D-JP-01" in text and "D-JP-08" in text and "D-KR-01" not in text
    assert "Cooperation with Japan: proposals for the next phase, our position" in text
    assert "Support with amendments" in text and "one drill is hosted in Thailand" in text
    # The brief of the anti-scam item lists the project it concerns.
    assert "D-JP-02 Anti-scam public awareness and capacity building (Japan, proposed)" in text
    # The timeline is drawn, not pasted: the pages of the section hold no image.
    from pypdf import PdfReader

    reader = PdfReader(str(out))
    pages = [
        n for n, p in enumerate(reader.pages) if "status of projects" in (p.extract_text() or "")
    ]
    assert pages
    for n in pages:
        resources = reader.pages[n].get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    # Left out on request.
    res = run_cli(
        "pack", "--store", str(demo_path), "--event", str(ids["event"]),
        "--meeting", str(ids["jp6"]), "--without", "cooperation", "--out", str(tmp_path / "b.pdf"),
    )  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "status of projects" not in _text(tmp_path / "b.pdf")
