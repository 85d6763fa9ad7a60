"""What a pack's or a report's PDF says about itself (issue #18, item 7).

The issuer is a member of our delegation (chosen once, remembered per store),
never the computer's login; real dates; a title with the reference and the
audience; classification and reference in the info dictionary and the XMP
packet; every font embedded; and nothing in the metadata that the audience's
cover does not print.
"""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import Audience
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.pack_records import PackRequest, ReportRequest
from tests.helpers import run_cli
from tests.pack_fixtures import open_demo_copy, pdf_pages_text

pytestmark = pytest.mark.slow

HANOI, SOM6 = 2, 4


@pytest.fixture
def svc(demo_master: Path, tmp_path: Path) -> Any:
    s = open_demo_copy(demo_master, tmp_path / "store")
    s.set_actor("root")  # the computer's login: never the issuer
    yield s
    s.close()


def info(path: Path) -> dict[str, Any]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    meta = dict(reader.metadata or {})
    root = reader.trailer["/Root"].get_object()
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8") if "/Metadata" in root else ""
    return {**{str(k): str(v) for k, v in meta.items()}, "xmp": xmp, "lang": str(root.get("/Lang"))}


def fonts(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]
    return [(r[0], r[-5]) for r in rows]  # (name, emb)


def created(value: str) -> datetime:
    found = re.match(r"D:(\d{14})", value)
    assert found, value
    return datetime.strptime(found.group(1), "%Y%m%d%H%M%S").replace(tzinfo=UTC)


def test_the_issuer_is_a_member_chosen_once_and_the_metadata_says_it_all(
    svc: Any, tmp_path: Path
) -> None:
    choices = svc.packs.choices(HANOI)
    assert choices.issuer_id is None  # nobody chosen yet, and "root" is no member
    member_id, name = choices.issuers[1]
    out = tmp_path / "pack.pdf"
    result = svc.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), issuer_id=member_id), out
    )
    meta = info(out)
    assert meta["/Author"] == name
    assert (
        meta["/Title"]
        == f"{result.reference} - Brief for the Head of Delegation - Head of delegation"
    )
    assert meta["/Subject"] == "6th ADGMIN and related meetings"
    assert meta["/Keywords"] == f"CONFIDENTIAL; {result.reference}; Head of delegation"
    assert meta["/Classification"] == "CONFIDENTIAL" and meta["/Reference"] == result.reference
    assert abs((created(meta["/CreationDate"]) - datetime.now(UTC)).total_seconds()) < 3600
    for value in ("CONFIDENTIAL", result.reference, name, "<dc:language>"):
        assert value in meta["xmp"], value
    assert meta["lang"] == "en"
    assert all(emb == "yes" for _name, emb in fonts(out)), fonts(out)
    cover = pdf_pages_text(out)[0]
    assert f"by {name}" in cover and "root" not in cover
    # remembered for this store: proposed next time, and used when none is chosen
    assert svc.packs.choices(HANOI).issuer_id == member_id
    svc.packs.issue(PackRequest(event_id=HANOI, meeting_ids=(SOM6,)), tmp_path / "again.pdf")
    assert info(tmp_path / "again.pdf")["/Author"] == name
    assert svc.packs.register(HANOI).rows[0].issued_by == name


def test_nobody_named_the_delegation_is_the_author_never_the_login(
    svc: Any, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    svc.packs.issue(PackRequest(event_id=HANOI, meeting_ids=(SOM6,)), out)
    meta = info(out)
    assert meta["/Author"] == "Delegation of Thailand"
    cover = pdf_pages_text(out)[0]
    assert "root" not in cover and re.search(r"Issued \d{1,2} [A-Z][a-z]+ \d{4}", cover)


def test_an_issuer_outside_our_delegation_is_refused(svc: Any, tmp_path: Path) -> None:
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Delegation, Person

    with svc.ctx.read() as s:
        stranger = s.scalar(
            select(Person.id).join(Delegation).where(Delegation.code != "TH").limit(1)
        )
    with pytest.raises(ValidationError, match="member of our delegation"):
        svc.packs.issue(
            PackRequest(event_id=HANOI, meeting_ids=(SOM6,), issuer_id=stranger),
            tmp_path / "x.pdf",
        )
    assert not (tmp_path / "x.pdf").exists()


def test_one_file_of_every_copy_keeps_author_dates_and_xmp(svc: Any, tmp_path: Path) -> None:
    member_id, name = svc.packs.choices(HANOI).issuers[0]
    out = tmp_path / "all.pdf"
    svc.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), copies=3, one_file=True,
                    audience=Audience.DELEGATION, issuer_id=member_id),
        out,
    )  # fmt: skip
    meta = info(out)
    assert meta["/Author"] == name and "/CreationDate" in meta
    assert "Delegation" in meta["/Title"] and "RESTRICTED" in meta["xmp"]
    assert all(emb == "yes" for _name, emb in fonts(out))


def test_metadata_holds_only_what_the_audiences_cover_prints(svc: Any, tmp_path: Path) -> None:
    out = tmp_path / "public.pdf"
    result = svc.packs.issue(
        PackRequest(event_id=HANOI, meeting_ids=(SOM6,), audience=Audience.PUBLIC), out
    )
    meta = info(out)
    cover = " ".join(pdf_pages_text(out)[0].split())
    for key in ("/Title", "/Subject", "/Author"):
        for part in meta[key].split(" - "):
            assert part in cover or part == "Public lines", (key, part)
    words = set(re.findall(r">([^<>]+)</", meta["xmp"]))
    allowed = {meta["/Title"], meta["/Author"], meta["/Subject"], meta["/Keywords"],
               result.classification, result.reference, "Public lines", "en",
               "application/pdf", "ADGSOM Desktop"}  # fmt: skip
    stray = {w for w in words if w not in allowed and not re.match(r"\d{4}-\d\d-\d\dT", w)}
    assert not stray


def test_reports_carry_the_same_metadata(svc: Any, tmp_path: Path) -> None:
    member_id, name = svc.packs.choices(HANOI).issuers[1]
    out = tmp_path / "capital.pdf"
    result = svc.reports.issue(
        ReportRequest(SOM6, "capital", audience=Audience.AGENCIES, issuer_id=member_id), out
    )
    meta = info(out)
    assert meta["/Author"] == name
    assert meta["/Title"].startswith(result.reference) and "Other agencies" in meta["/Title"]
    assert meta["/Classification"] == result.classification
    assert all(emb == "yes" for _name, emb in fonts(out))


def test_the_cli_names_the_issuer_by_name(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    done = run_cli(
        "pack", "--store", str(demo_path), "--event", str(HANOI), "--meeting", str(SOM6),
        "--issued-by", "Dr. Pongsak Rattanavichai", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert info(out)["/Author"] == "Dr. Pongsak Rattanavichai"
    refused = run_cli(
        "pack", "--store", str(demo_path), "--event", str(HANOI), "--meeting", str(SOM6),
        "--issued-by", "Nobody Known", "--out", str(tmp_path / "no.pdf"),
    )  # fmt: skip
    text = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "member of our delegation" in text
    assert "Traceback" not in text and not (tmp_path / "no.pdf").exists()
