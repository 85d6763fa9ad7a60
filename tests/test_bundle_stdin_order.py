"""What ``--passphrase-stdin`` reads for ``bundle export`` and ``bundle import``, as their
``--help`` and the README say it (review s35 T4): after the store's passphrase (an
encrypted store), export reads the sender's key passphrase, then (no ``--to``) the
bundle's; import reads one line, whatever opens the bundle: the member's key passphrase,
or for a bundle under a passphrase the bundle's (no key passphrase).  A key passphrase in
``ADGSOM_DESKTOP_KEY_PASSPHRASE`` is not read from standard input, as the store's in its
variable is not.  A wrong passphrase names whose it is and, given more lines than were
read, says how many the bundle takes; nothing is changed."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

BUNDLE_PASS = "bundle pass 2026 long"
KEY_ENV = "ADGSOM_DESKTOP_KEY_PASSPHRASE"


@pytest.fixture
def stores(pair: Pair) -> Iterator[tuple[Path, Path]]:
    """The pair's two store files, closed for the command line (reopened for its end)."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    pair.a.notes.add(pair.meeting, "Sent by the command line")
    aide, head = pair.tmp / "a.adgsom", pair.tmp / "b.adgsom"
    pair.a.close()
    pair.b.close()
    yield aide, head
    pair.a = Services.for_store(Store.open(aide), actor="aide")
    pair.b = Services.for_store(Store.open(head), actor="head")


def _words(text: str) -> str:
    return " ".join(text.split())


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _export(aide: Path, out: Path, stdin: str, *more: str, env: dict[str, str] | None = None):
    return run_cli(
        "bundle",
        "export",
        "--store",
        str(aide),
        "--meeting",
        "4",
        "--out",
        str(out),
        "--passphrase-stdin",
        *more,
        input=stdin,
        env=env,
    )


def _import(head: Path, bundle: Path, stdin: str, env: dict[str, str] | None = None):
    return run_cli(
        "bundle",
        "import",
        "--store",
        str(head),
        "--passphrase-stdin",
        str(bundle),
        "--dry-run",
        input=stdin,
        env=env,
    )


def test_help_says_which_lines_each_reads() -> None:
    r = run_cli("bundle", "import", "--help")
    said = _words(r.stdout)
    assert "one line that opens the bundle" in said, said
    assert "for a bundle under a passphrase, the bundle's passphrase (no key passphrase)" in said
    r = run_cli("bundle", "export", "--help")
    said = _words(r.stdout)
    assert "the sender's key passphrase" in said and "without --to, the bundle's" in said, said
    readme = _words((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8"))
    assert "a bundle under a passphrase: its own passphrase, no key passphrase" in readme


def test_a_passphrase_bundle_reads_the_lines_its_help_says(
    stores: tuple[Path, Path], tmp_path: Path
) -> None:
    aide, head = stores
    out = tmp_path / "pp.adgsom-bundle"
    r = _export(aide, out, f"{AIDE_PASS}\n{BUNDLE_PASS}\n")
    assert r.returncode == 0, r.stderr
    before = _md5(head)

    r = _import(head, out, f"{BUNDLE_PASS}\n")  # one line: the bundle's
    assert r.returncode == 0, r.stderr
    assert "Would change" in r.stdout

    # the lines of a bundle sealed to a member (a key passphrase first): the first is
    # taken as the bundle's, and the message says so and how many lines it reads
    r = _import(head, out, f"{HEAD_PASS}\n{BUNDLE_PASS}\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    said = _words(r.stderr)
    assert "Wrong passphrase for this bundle" in said, said
    assert "not a key's" in said, said
    assert "reads one line" in said and "no key passphrase" in said, said
    assert _md5(head) == before


def test_a_key_passphrase_in_its_variable_is_not_read_from_stdin(
    stores: tuple[Path, Path], tmp_path: Path
) -> None:
    aide, head = stores
    out = tmp_path / "env.adgsom-bundle"
    r = _export(aide, out, f"{BUNDLE_PASS}\n", env={KEY_ENV: AIDE_PASS})
    assert r.returncode == 0, r.stderr
    r = _import(head, out, f"{BUNDLE_PASS}\n", env={KEY_ENV: "not needed here"})
    assert r.returncode == 0, r.stderr

    to_head = tmp_path / "to-head.adgsom-bundle"
    r = _export(aide, to_head, "", "--to", "Pongsak", env={KEY_ENV: AIDE_PASS})
    assert r.returncode == 0, r.stderr
    r = _import(head, to_head, "", env={KEY_ENV: HEAD_PASS})
    assert r.returncode == 0, r.stderr

    before = _md5(head)
    r = _import(head, to_head, "not the key passphrase\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "Wrong passphrase for" in r.stderr and "'s key" in r.stderr, r.stderr
    assert _md5(head) == before


def test_an_encrypted_store_reads_its_passphrase_first(
    stores: tuple[Path, Path], tmp_path: Path
) -> None:
    aide, head = stores
    out = tmp_path / "pp.adgsom-bundle"
    assert _export(aide, out, f"{AIDE_PASS}\n{BUNDLE_PASS}\n").returncode == 0
    locked = tmp_path / "head-locked.adgsom"
    shutil.copyfile(head, locked)
    store_pass = "store passphrase 2026 long"
    r = run_cli("encrypt", "--store", str(locked), input=f"{store_pass}\n")
    assert r.returncode == 0, r.stderr
    r = _import(locked, out, f"{store_pass}\n{BUNDLE_PASS}\n")
    assert r.returncode == 0, r.stderr
    r = _import(locked, out, f"{BUNDLE_PASS}\n{store_pass}\n")
    assert r.returncode != 0 and "Wrong passphrase for head-locked.adgsom" in r.stderr, r.stderr
