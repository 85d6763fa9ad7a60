"""A brief's clearance table never prints the computer's login (review s30 F2).

The finding: an aide with no user name in Settings pressed *Submit for review*; the HoD
pack then printed "Cleared by | root | ... | sent for review" on a CONFIDENTIAL brief:
the OS account, and under a label that in ministry practice names the senior who
checked the brief, not the drafter who sent it.  Now an unnamed user is recorded as
"not named", and the line reads "Sent for review by".
"""

from __future__ import annotations

import getpass
import io
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience, PositionStatus
from adgsom_desktop.reports.pack_model import Section
from adgsom_desktop.services.pack_records import PackRequest
from tests.pack_fixtures import squash

pytestmark = pytest.mark.slow

HANOI, SOM6, ITEM = 2, 4, 28  # the 6th ADGSOM's item 3.2.b
LOGIN = "kanya_laptop"  # the computer's login of the aide


def _brief_text(svc: Any) -> str:
    from pypdf import PdfReader

    pdf = svc.packs.preview(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), item_ids=(ITEM,),
                    sections=(Section.BRIEFS,), audience=Audience.HOD)
    )  # fmt: skip
    return squash(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages))


def _sent_for_review(demo_master: Path, tmp_path: Path, actor: str) -> Any:
    """The aide opens a copy of the demo as the GUI does (the Settings name as actor) and
    sends item 3.2.b for review."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    path = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_master, path)
    svc = Services.for_store(Store.open(path), actor=actor)
    rec = svc.positions.get(ITEM)
    if rec.status is not PositionStatus.DRAFT:
        c = rec.content
        svc.positions.save(ITEM, replace(c, objective=c.objective + " "), reopen_approved=True)
    svc.positions.submit_for_review(ITEM)
    return svc


def test_an_unnamed_user_is_not_printed_as_the_computers_login(
    demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: LOGIN)
    svc = _sent_for_review(demo_master, tmp_path, "")  # no user name in Settings
    try:
        text = _brief_text(svc)
        assert LOGIN not in text
        assert squash("Sent for review by not named") in text, text[-500:]
        assert "Cleared by" not in text  # the drafter is not the senior who cleared it
        assert all(e.actor != LOGIN for e in svc.audit.entries(50))
    finally:
        svc.close()


def test_a_named_user_is_printed_as_who_sent_it_for_review(
    demo_master: Path, tmp_path: Path
) -> None:
    svc = _sent_for_review(demo_master, tmp_path, "Natthida Chaiyaporn")
    try:
        text = _brief_text(svc)
        assert squash("Sent for review by Natthida Chaiyaporn") in text, text[-500:]
        assert squash("Approved by —") in text
    finally:
        svc.close()
