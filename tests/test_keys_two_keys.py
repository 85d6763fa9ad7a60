"""One member with two keys (review s33 R3, R4, R10, R11, R21), through the CLI.

The head has his laptop's key (made in his own store) and one made in the team store (a
file store stands for it here: the team-store case is in test_keys_two_keys_team).  The
team store also knows the laptop's public key, the aide's store knows both.  His whole
name then names one member with two keys, not "several members"; a fingerprint's first
groups (what people read aloud) name a key; each key says where it lives; a bundle sealed
to the key his laptop does not hold says which key it holds.
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow

HEAD, AIDE = 1, 8
LAPTOP_PASS, TEAM_PASS, AIDE_PASS = "HeadKey-2026 x", "HeadTeam-2026 x", "AideKey-2026 x"


def _ok(*args: str, input: str | None = None) -> str:
    r = run_cli(*args, input=input)
    assert r.returncode == 0, r.stderr + r.stdout
    return r.stdout


def _make(store: Path, person: int, passphrase: str) -> tuple[str, str]:
    """A key made by ``keys create``: its fingerprint and the next-step line it printed."""
    made = _ok(
        "keys", "create", "--store", str(store), "--person", str(person),
        "--passphrase-stdin", input=f"{passphrase}\n{passphrase}\n",
    )  # fmt: skip
    fp = made.split("fingerprint ")[1].splitlines()[0].strip()
    return fp, next(ln for ln in made.splitlines() if ln.startswith("Send its public part"))


def _stores(demo_master: Path, tmp: Path) -> dict[str, object]:
    stores = {n: tmp / f"{n}.adgsom" for n in ("head", "team", "aide")}
    for path in stores.values():
        shutil.copyfile(demo_master, path)
    laptop, _ = _make(stores["head"], HEAD, LAPTOP_PASS)
    team, next_step = _make(stores["team"], HEAD, TEAM_PASS)
    aide, _ = _make(stores["aide"], AIDE, AIDE_PASS)
    cards = {}
    for name, store, fp in (("laptop", "head", laptop), ("team", "team", team)):
        cards[name] = tmp / f"{name}.txt"
        _ok("keys", "export", "--store", str(stores[store]), fp, "--out", str(cards[name]))
    _ok("keys", "export", "--store", str(stores["aide"]), aide, "--out", str(tmp / "aide.txt"))
    for store, card in (("team", "laptop"), ("aide", "laptop"), ("aide", "team")):
        _ok("keys", "import", "--store", str(stores[store]), str(cards[card]))
    _ok("keys", "import", "--store", str(stores["head"]), str(cards["team"]))
    _ok("keys", "import", "--store", str(stores["head"]), str(tmp / "aide.txt"))
    return {**stores, "laptop": laptop, "team_fp": team, "aide_fp": aide, "next": next_step}


def test_one_member_with_two_keys_is_named_by_fingerprint(
    demo_master: Path, tmp_path: Path
) -> None:
    s = _stores(demo_master, tmp_path)
    team, laptop = str(s["team_fp"]), str(s["laptop"])
    name = "Worawit Chanthasiri"

    # his whole name: one member with two keys, each with its fingerprint
    r = run_cli("keys", "export", "--store", str(s["team"]), name)
    assert r.returncode == 1, r.stdout
    assert f"{name} has 2 keys here: give the fingerprint" in r.stderr, r.stderr
    assert "several members" not in r.stderr
    assert team in r.stderr and laptop in r.stderr
    r = run_cli("keys", "export", "--store", str(s["team"]), "Worawit")
    assert f"{name} has 2 keys here" in r.stderr, r.stderr

    # keys create's next step runs as printed, even once the store knows his other key
    line = str(s["next"])
    command = shlex.split(line.split(": ", 1)[1])
    assert command[:3] == ["adgsom-desktop", "keys", "export"]
    card = _ok(*command[1:-2])  # without --out KEY.txt: the text itself
    assert f"fingerprint: {team}" in card

    # the first group of the fingerprint, read aloud: with or without spaces
    for prefix in (laptop.split()[0], " ".join(laptop.split()[:2]), "".join(laptop.split()[:2])):
        text = _ok("keys", "export", "--store", str(s["team"]), prefix)
        assert laptop in text, (prefix, text)
    # a prefix of no key: the known keys listed with their fingerprints, once each
    unknown = next(g for g in ("0000", "ffff", "abcd") if not team.startswith(g))
    r = run_cli("keys", "export", "--store", str(s["team"]), unknown)
    assert r.returncode == 1 and "No member key matches" in r.stderr
    assert f"{name} ({team})" in r.stderr and f"{name} ({laptop})" in r.stderr, r.stderr

    # where each key lives, and which opens where
    listed = _ok("keys", "list", "--store", str(s["team"]))
    made = next(ln for ln in listed.splitlines() if team in ln)
    imported = next(ln for ln in listed.splitlines() if laptop in ln)
    assert "kept in this store" in made, listed
    assert "imported" in imported and "opens in the store where it was made" in imported, listed
    # the aide's store: both his keys imported, the aide's own is "your own key"
    listed = _ok("keys", "list", "--store", str(s["aide"]))
    assert sum("imported" in ln for ln in listed.splitlines() if name in ln) == 2, listed
    own = next(ln for ln in listed.splitlines() if str(s["aide_fp"]) in ln)
    assert "your own key" in own and "their passphrase" not in own, listed  # R21


def test_a_bundle_sealed_to_his_other_key_says_which_key_this_store_holds(
    demo_master: Path, tmp_path: Path
) -> None:
    s = _stores(demo_master, tmp_path)
    team, laptop = str(s["team_fp"]), str(s["laptop"])
    bundle = tmp_path / "to-team.adgsom-bundle"
    _ok(
        "bundle", "export", "--store", str(s["aide"]), "--meeting", "4", "--parts", "notes",
        "--to", " ".join(team.split()[:2]), "--out", str(bundle), "--passphrase-stdin",
        input=AIDE_PASS + "\n",
    )  # fmt: skip
    r = run_cli(
        "bundle", "import", "--store", str(s["head"]), str(bundle), "--passphrase-stdin",
        input=LAPTOP_PASS + "\n",
    )  # fmt: skip
    assert r.returncode == 1, r.stdout
    assert "whose private key is not in this store" not in r.stderr
    assert (
        f"This bundle is sealed to Worawit Chanthasiri's key {team}; this store holds only "
        f"Worawit Chanthasiri's other key, {laptop}: ask the sender to send it to that key."
    ) in " ".join(r.stderr.split()), r.stderr
    # the service's message, as the Open bundle dialog shows it
    from adgsom_desktop.errors import AppError
    from adgsom_desktop.services.container import Services

    head = Services.open(str(s["head"]), actor="head")
    try:
        with pytest.raises(AppError, match="sealed to Worawit Chanthasiri's key"):
            head.bundles.peek(bundle)
    finally:
        head.close()


def test_keys_export_to_a_folder_and_over_a_file(demo_master: Path, tmp_path: Path) -> None:
    store = tmp_path / "head.adgsom"
    shutil.copyfile(demo_master, store)
    fp, _ = _make(store, HEAD, LAPTOP_PASS)
    folder = tmp_path / "keys"
    folder.mkdir()
    wrote = _ok("keys", "export", "--store", str(store), fp, "--out", str(folder))
    target = folder / f"Worawit-Chanthasiri-{fp.split()[0]}.key"
    assert target.is_file(), (wrote, list(folder.iterdir()))
    assert str(target) in wrote
    card = target.read_text(encoding="utf-8")
    # again: the file exists, refused unless --force; an existing file likewise
    other = tmp_path / "aide.key"
    other.write_text("the aide's key text", encoding="utf-8")
    for out in (folder, other):
        r = run_cli("keys", "export", "--store", str(store), fp, "--out", str(out))
        assert r.returncode == 1 and "unexpected" not in r.stderr, r.stderr
        assert "already exists" in r.stderr and "--force" in r.stderr, r.stderr
    assert other.read_text(encoding="utf-8") == "the aide's key text"
    _ok("keys", "export", "--store", str(store), fp, "--out", str(other), "--force")
    assert other.read_text(encoding="utf-8") == card


def test_keys_create_compares_the_two_lines_and_says_what_stdin_holds(
    demo_master: Path, tmp_path: Path
) -> None:
    store = tmp_path / "aide.adgsom"
    shutil.copyfile(demo_master, store)
    r = run_cli(
        "keys", "create", "--store", str(store), "--person", str(AIDE), "--passphrase-stdin",
        input="abcdefghij-2026\nabcdefghik-2026\n",
    )  # fmt: skip
    assert r.returncode == 1 and "differ" in r.stderr, r.stdout + r.stderr
    assert "No member keys yet" in _ok("keys", "list", "--store", str(store))
    # without the flag: the error names the option, whose help speaks of key passphrases
    r = run_cli("keys", "create", "--store", str(store), "--person", str(AIDE), input="")
    assert r.returncode == 1 and "--passphrase-stdin" in r.stderr, r.stderr
    for command in (("keys", "create"), ("bundle", "export"), ("bundle", "import")):
        help_text = " ".join(_ok(*command, "--help").split())
        said = help_text.split("--passphrase-stdin", 1)[1]
        assert "store's passphrase" in said and "then" in said and "key passphrase" in said, (
            command,
            said,
        )
        assert said.index("store's passphrase") < said.index("key passphrase")
    # R21: the prompt names the member as written
    head = tmp_path / "head.adgsom"
    shutil.copyfile(demo_master, head)
    _make(head, HEAD, LAPTOP_PASS)
    r = run_cli(
        "bundle", "export", "--store", str(head), "--meeting", "4", "--out",
        str(tmp_path / "x"), input="",
    )  # fmt: skip
    assert r.returncode == 1 and "Worawit Chanthasiri" in r.stderr, r.stderr


def test_an_encrypted_store_with_its_passphrase_in_the_environment(
    demo_master: Path, tmp_path: Path
) -> None:
    """The store's passphrase in ADGSOM_DESKTOP_PASSPHRASE: standard input begins with the
    key passphrase, as --help says (review s33 R11); without it, the store's comes first."""
    store = tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, store)
    store_pass = "Trip-Store-2026 x"
    _ok("encrypt", "--store", str(store), "--passphrase-stdin", input=store_pass + "\n")
    made = run_cli(
        "keys", "create", "--store", str(store), "--person", str(HEAD), "--passphrase-stdin",
        input=f"{LAPTOP_PASS}\n{LAPTOP_PASS}\n", env={"ADGSOM_DESKTOP_PASSPHRASE": store_pass},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    fp = made.stdout.split("fingerprint ")[1].splitlines()[0].strip()
    sent = run_cli(
        "bundle", "export", "--store", str(store), "--meeting", "4", "--parts", "notes",
        "--out", str(tmp_path / "x"), "--passphrase-stdin",
        input=f"{store_pass}\n{LAPTOP_PASS}\nBundle-Pass-2026 x\n",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    listed = run_cli(
        "keys", "list", "--store", str(store), "--passphrase-stdin", input=store_pass + "\n"
    )
    assert fp in listed.stdout, listed.stderr
