"""An amendment settled on a paragraph the newest revision no longer has (review s33 R21):
the compilation's Para. column names the revision once ("OP5 of Rev. 2 (no longer in
Rev. 3)", not "… (Rev. 2)" again after it), and the column is wide enough to read it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from adgsom_desktop.services.negotiation.records import ImportSource
from tests.conftest import ARTIFACTS
from tests.pack_fixtures import pdf_pages_text
from tests.text_fixtures import REV2


def _import(svc: object, meeting: int, text: str, **kw: object) -> object:
    return svc.texts.import_revision(meeting, ImportSource("draft.txt", text=text), **kw)  # type: ignore[attr-defined]


@pytest.mark.parametrize("state", ["accepted", "tabled"])
def test_a_gone_paragraph_is_named_with_its_revision_once(
    services: object, tmp_path: Path, state: str
) -> None:
    svc = services
    ev = svc.events.save_event(title="6th ADGMIN", timezone="Asia/Ho_Chi_Minh")  # type: ignore[attr-defined]
    meeting = svc.events.save_meeting(event_id=ev.id, kind="som", title="6th ADGSOM").id  # type: ignore[attr-defined]
    r2 = _import(svc, meeting, REV2)
    op5 = svc.texts.paragraphs(r2.id)[7]  # type: ignore[attr-defined]
    ours = svc.amendments.propose(op5.id, "Member States shall allocate funding.")  # type: ignore[attr-defined]
    svc.amendments.set_state(ours.id, state, "Taken by the host, 8 Jan")  # type: ignore[attr-defined]
    _import(
        svc,
        meeting,
        "DRAFT JOINT MEDIA STATEMENT (Rev. 3)\nOP1. The Ministers met in Ha Noi.\n",
        document_id=r2.document_id,
    )
    (row,) = svc.text_exports.compilation([r2.document_id])  # type: ignore[attr-defined]
    assert row.label == f"{op5.number} of Rev. 2 (no longer in Rev. 3)", row.label
    path, _pages = svc.text_exports.write_compilation([r2.document_id], tmp_path / "c")  # type: ignore[attr-defined]
    text = " ".join(" ".join(pdf_pages_text(path.read_bytes())).split())
    assert "(Rev. 2) " not in text.split("no longer in Rev. 3)")[1][:12], text
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(path),
             str(ARTIFACTS / f"compilation_gone_{state}")],
            check=True,
        )  # fmt: skip
