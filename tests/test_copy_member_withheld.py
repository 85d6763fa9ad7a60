"""A member's own store holds what she may read, encrypted, for her eyes only (review s35 T2).

``copy --for PERSON`` (the README's way to make a member's own store) and a member's own
signed-in ``copy`` wrote a plain SQLite file, mode 0644, holding every not-for-disclosure
background and every counterpart's personality notes, while her trip copy withholds them
("only the head of delegation and the alternate read them") and bundles to her withhold
them.  Now a copy for (or by) a member who is not the head or an alternate follows the
audience table as her trip copy does and says what it left out; a copy to a file is
encrypted unless ``--plain`` (which warns), and readable by its owner only.  Sending her
store's changes back never erases the head's values.  A store file as the source, and a
team store on PostgreSQL (as the review did it, through the CLI).
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from adgsom_desktop.domain.models import PersonInterest
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from tests.helpers import run_cli
from tests.test_trip_member_withheld import (  # noqa: F401 - the fixture
    AIDE,
    HEAD,
    PASSWORDS,
    _as,
    _bios,
    _briefs,
    team_with_members,
)

COPY_PASS = "copy passphrase 2026"
LEFT_OUT = "Left out: background not for disclosure, personality notes on counterparts"


def _secrets(svc: Services) -> tuple[dict[Any, str], dict[str, str], int]:
    """The source's not-for-disclosure backgrounds, counterparts' notes, interests."""
    nfd = {k: p.content.background_nfd for k, p in _briefs(svc).items()}
    with svc.ctx.read() as s:
        interests = int(s.scalar(select(func.count()).select_from(PersonInterest)) or 0)
    return {k: v for k, v in nfd.items() if v}, _bios(svc), interests


def _copy(store: str, to: Path, *more: str, env: dict[str, str] | None = None,
          input: str | None = None) -> Any:  # fmt: skip
    return run_cli("copy", "--store", store, "--to", str(to), *more, env=env, input=input,
                   timeout=300)  # fmt: skip


def _sqlite(path: Path, sql: str) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def _check_withheld(path: Path, nfd: dict[Any, str], bios: dict[str, str]) -> None:
    """A plain copy, read as sqlite3 reads it and byte for byte: none of what only the head
    reads is in the file, not even on a free page or in the search index."""
    assert _sqlite(path, "select count(*) from position where background_nfd <> ''") == 0
    assert _sqlite(path, "select count(*) from position_version where snapshot "
                         "like '%background_nfd\":\"_%'") == 0  # fmt: skip
    counterparts = "from person p join delegation d on d.id = p.delegation_id where d.code <> 'TH'"
    assert _sqlite(path, f"select count(*) {counterparts} and (bio <> '' or last_said <> '' "
                         "or last_met is not null or last_met_where <> '')") == 0  # fmt: skip
    assert _sqlite(path, "select count(*) from person_interest") == 0
    raw = path.read_bytes()
    for text in [*nfd.values(), *(b for b in bios.values() if b)]:
        assert text[-40:].encode() not in raw, text


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _not_sqlite(path: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        _sqlite(path, "select count(*) from position")


def test_a_copy_for_a_member_of_a_store_file_withholds_and_is_encrypted(
    demo_master: Path, tmp_path: Path
) -> None:
    team = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team)
    source = Services.open(str(team), actor="owner")
    try:
        nfd, bios, interests = _secrets(source)
    finally:
        source.close()
    assert len(nfd) >= 10 and sum(1 for b in bios.values() if b) >= 10 and interests

    # for the desk officer, encrypted by default (the new passphrase on standard input)
    aide = tmp_path / "aide.adgsom"
    said = _copy(str(team), aide, "--for", str(AIDE), input=COPY_PASS + "\n")
    assert said.returncode == 0, said.stderr
    assert LEFT_OUT in said.stdout and "only the head of delegation" in said.stdout
    assert "The copy is encrypted" in said.stdout and "NOT encrypted" not in said.stderr
    assert _mode(aide) == 0o600
    _not_sqlite(aide)
    mine = Services.open(str(aide), COPY_PASS)
    try:
        assert not any(p.content.background_nfd for p in _briefs(mine).values())
        assert not any(_bios(mine).values())
        assert _secrets(mine)[2] == 0
    finally:
        mine.close()

    # --plain: warned, still the owner's only, and nothing of it in the file
    plain = tmp_path / "aide-plain.adgsom"
    said = _copy(str(team), plain, "--for", str(AIDE), "--plain")
    assert said.returncode == 0, said.stderr
    assert LEFT_OUT in said.stdout and "is NOT encrypted" in said.stderr
    assert _mode(plain) == 0o600
    _check_withheld(plain, nfd, bios)

    # without a passphrase (and no --plain): refused, nothing written
    refused = _copy(str(team), tmp_path / "x.adgsom", "--for", str(AIDE), input="")
    assert refused.returncode == 1 and "--plain" in refused.stderr
    assert not (tmp_path / "x.adgsom").exists()

    # the head's own store is the whole store
    head = tmp_path / "head.adgsom"
    said = _copy(str(team), head, "--for", str(HEAD), "--plain")
    assert said.returncode == 0, said.stderr
    assert "Left out: background" not in said.stdout
    assert _mode(head) == 0o600
    whole = Services.open(str(head))
    try:
        assert _secrets(whole) == (nfd, bios, interests)
    finally:
        whole.close()


def test_what_the_members_store_sends_back_never_erases_the_heads(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.services.trip_options import into_team

    team = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team)
    source = Services.open(str(team), actor="owner")
    try:
        nfd, bios, interests = _secrets(source)
        report = copy_store(source, str(tmp_path / "aide.adgsom"), for_person=AIDE)
        assert report.audience == "delegation" and not report.encrypted
        assert "Background not for disclosure" in report.left_out
        with pytest.raises(ValidationError, match="not encrypted with a passphrase"):
            copy_store(source, "postgresql://nobody@127.0.0.1:1/none", passphrase=COPY_PASS)
    finally:
        source.close()
    assert _mode(tmp_path / "aide.adgsom") == 0o600

    aide = Services.open(str(tmp_path / "aide.adgsom"), actor="Natthida")
    try:  # she edits a brief, types into its empty NFD box, and a counterpart's note
        key = next(iter(nfd))
        brief = _briefs(aide)[key]
        aide.positions.save(
            brief.item_id,
            dataclasses.replace(
                brief.content, objective="AIDE-OBJECTIVE in her store", background_nfd="AIDE"
            ),
            reopen_approved=True,
        )
        meetings = [m.id for m in aide.events.meetings()]
        payload = aide.sync.export_payload(meetings, events=True, description="aide's store")
    finally:
        aide.close()
    source = Services.open(str(team), actor="owner")
    try:
        source.sync.import_payload(payload, into_team("aide's store", "Natthida"), backup=False)
        after, after_bios, after_interests = _secrets(source)
        assert _briefs(source)[key].content.objective == "AIDE-OBJECTIVE in her store"
        assert after == nfd and after_bios == bios and after_interests == interests
        assert source.sync.conflicts() == []
    finally:
        source.close()


@pytest.mark.slow
def test_a_members_copy_of_the_team_store_withholds_signed_in_or_for_her(
    team_with_members: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    url = team_with_members
    owner = Services.open(url, actor="owner")
    try:
        nfd, bios, interests = _secrets(owner)
    finally:
        owner.close()

    # the owner makes the aide's store (the README's way)
    made = tmp_path / "aide.adgsom"
    said = _copy(url, made, "--for", str(AIDE), "--plain")
    assert said.returncode == 0, said.stderr
    assert LEFT_OUT in said.stdout and _mode(made) == 0o600
    _check_withheld(made, nfd, bios)

    # the aide herself, signed in: her password in PGPASSWORD, the copy's on standard input
    signed = tmp_path / "aide-signed.adgsom"
    said = _copy(_as(url, "natthida"), signed, env={"PGPASSWORD": PASSWORDS["natthida"]},
                 input=COPY_PASS + "\n")  # fmt: skip
    assert said.returncode == 0, said.stderr
    assert LEFT_OUT in said.stdout and _mode(signed) == 0o600
    _not_sqlite(signed)
    mine = Services.open(str(signed), COPY_PASS)
    try:
        assert not any(p.content.background_nfd for p in _briefs(mine).values())
        assert not any(_bios(mine).values()) and _secrets(mine)[2] == 0
    finally:
        mine.close()

    # the head signed in: the whole store
    head = tmp_path / "head.adgsom"
    said = _copy(_as(url, "worawit"), head, "--plain", env={"PGPASSWORD": PASSWORDS["worawit"]})
    assert said.returncode == 0, said.stderr
    assert "Left out: background" not in said.stdout and _mode(head) == 0o600
    whole = Services.open(str(head))
    try:
        assert _secrets(whole) == (nfd, bios, interests)
    finally:
        whole.close()
