"""A copy made for one member holds that member's private key, and no other's (review s34 S3).

The owner's ``copy`` of the team store, how a member's own store is made, used to carry
every member's sealed private key: the head's laptop then held (and opened bundles with)
the aide's.  Now a copy to a file keeps one member's private part, ``--for PERSON``, and
without it public keys only, saying so; signed in as a member a copy keeps her own and
names what it leaves out (s34 S8).  A copy to a team store's server keeps every key read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.models import MemberKey
from adgsom_desktop.errors import NotFoundError
from adgsom_desktop.services.container import Services
from tests.bundle_fixtures import Pair
from tests.helpers import run_cli
from tests.test_team_members import PASSWORDS, _as
from tests.test_team_sealed_keys import KEYS, keyed  # noqa: F401 - the fixture


def _held(path: Path | str) -> dict[str, bool]:
    """Each key's member name: whether its sealed private part is in the store."""
    svc = Services.open(str(path))
    try:
        with svc.ctx.read() as s:
            return {k.name.split()[0]: k.holds_private for k in s.scalars(select(MemberKey))}
    finally:
        svc.close()


def _copy(store: str, to: Path, *more: str) -> str:
    said = run_cli("copy", "--store", store, "--to", str(to), "--plain", *more, timeout=300)
    assert said.returncode == 0, said.stderr
    return said.stdout


def test_the_owners_copy_keeps_only_the_member_it_is_for(
    keyed: tuple[str, dict[str, int]],  # noqa: F811
    tmp_path: Path,
) -> None:
    url, ids = keyed
    said = _copy(url, tmp_path / "head.adgsom", "--for", str(ids["malee"]))
    assert _held(tmp_path / "head.adgsom") == {"Malee": True, "Somchai": False}
    assert "holds the private key of Malee Chaiyo" in said
    assert "Left out: the private keys of Somchai Rattanakorn" in said
    head = Services.open(str(tmp_path / "head.adgsom"))
    try:  # the head's own store works with his key
        assert head.keys.unlock(ids["malee_key"], KEYS["malee"]).public.fingerprint
    finally:
        head.close()

    # without --for: public keys only, and the copy says so
    said = _copy(url, tmp_path / "nobody.adgsom")
    assert _held(tmp_path / "nobody.adgsom") == {"Malee": False, "Somchai": False}
    assert "holds no private key, public keys only" in said
    assert "--for PERSON" in said


def test_a_members_copy_keeps_her_own_and_says_what_it_leaves(
    keyed: tuple[str, dict[str, int]],  # noqa: F811
    tmp_path: Path,
) -> None:
    url, ids = keyed
    aide = _as(url, "somchai", PASSWORDS["somchai"])
    said = _copy(aide, tmp_path / "aide.adgsom")
    assert _held(tmp_path / "aide.adgsom") == {"Malee": False, "Somchai": True}
    assert "holds the private key of Somchai Rattanakorn" in said
    assert "Left out: the private keys of Malee Chaiyo" in said
    # for the head: refused, nothing written
    refused = run_cli("copy", "--store", aide, "--to", str(tmp_path / "x.adgsom"),
                      "--for", str(ids["malee"]), "--plain")  # fmt: skip
    assert refused.returncode != 0
    assert "only your own private key" in refused.stderr
    assert not (tmp_path / "x.adgsom").exists()


def test_a_file_copy_keeps_one_members_key_and_a_server_copy_all(
    pair: Pair, tmp_path: Path, pg_url: str
) -> None:
    from adgsom_desktop.services.copy_service import copy_store

    report = copy_store(pair.a, str(tmp_path / "plain.adgsom"))  # the aide's store file
    assert report.private_kept == () and len(report.private_left) == 1
    assert not any(_held(tmp_path / "plain.adgsom").values())
    with pytest.raises(NotFoundError, match="No person 99999"):
        copy_store(pair.a, str(tmp_path / "none.adgsom"), for_person=99999)
    assert not (tmp_path / "none.adgsom").exists()
    report = copy_store(pair.a, pg_url)  # onto a server: every private key the source holds
    assert len(report.private_kept) == 1 and not report.private_left
    assert sorted(_held(pg_url).values()) == [False, True]
