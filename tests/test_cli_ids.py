"""Every id the command line takes, out of any record's range, on both engines (review s33 R6).

An id is a whole number from 1 to 2147483647 (INTEGER columns, 32 bits on PostgreSQL). A
number outside that range names no record: the command says so in the words of any missing
id ("There is no agenda item N.", exit 1) on a store file and on a team store alike, never
the server's SQL ("integer out of range", exit 70) nor "no longer exists" for an id that
never existed. The commands are the parser's own: a new id option is tested as it comes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.__main__ import main
from adgsom_desktop.cli.main import build_parser
from tests.helpers import sha

ABSURD = ("99999999999999999999", "9223372036854775808", "2147483648", "0", "-5")
COUNTS = {"limit", "copies", "notes_per_item"}  # numbers of things, not ids


def _walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Any:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))
        else:
            yield path, parser, action


def _numbers() -> list[tuple[tuple[str, ...], argparse.ArgumentParser, argparse.Action]]:
    """Every option or argument of every command that takes a number or a list of ids."""
    found = []
    for path, parser, action in _walk(build_parser(), ()):
        named = getattr(action.type, "noun", None) or (action.metavar or "").startswith("ID")
        if action.type is int or named:
            found.append((path, parser, action))
    return found


ID_OPTIONS = [
    (path, action.option_strings[0] if action.option_strings else action.dest)
    for path, _parser, action in _numbers()
    if action.dest not in COUNTS
]


def test_every_id_the_parser_takes_has_the_id_type() -> None:
    for path, _parser, action in _numbers():
        if action.dest in COUNTS:
            continue
        assert getattr(action.type, "noun", None), f"{' '.join(path)} {action.dest}: plain int"
    assert len(ID_OPTIONS) >= 25  # pack --meeting/--item, approve --item... all of them


def _argv(path: tuple[str, ...], option: str, value: str, store: str, tmp: Path) -> list[str]:
    """A command line that parses: ``option`` given ``value``, every other required
    argument something harmless (a file in ``tmp``, a choice, an id in range)."""
    parser = next(p for cmd, p, _a in _numbers() if cmd == path)
    options, positionals = [*path, "--store", store], []
    for action in parser._actions:
        name = action.option_strings[0] if action.option_strings else action.dest
        if name == option:
            given = value
        elif action.required and name != "--store":
            given = (
                action.choices[0] if action.choices else
                "1" if getattr(action.type, "noun", None) else str(tmp / f"{action.dest}.x")
            )  # fmt: skip
        else:
            continue
        if action.option_strings:
            options.append(f"{name}={given}")
        else:
            positionals.append(str(given))
    return [*options, "--", *positionals] if positionals else options


@pytest.fixture(scope="module")
def file_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    from adgsom_desktop.services.store_setup import create_store

    path = tmp_path_factory.mktemp("ids") / "ids.adgsom"
    create_store(path, our_delegation_code="TH", title="Ids").close()
    return str(path)


@pytest.fixture(scope="module")
def team_store(pg_server: Any, pg_template: str) -> str:
    """One team store for the module: no command here may change it."""
    return str(pg_server.create_database(template=pg_template))


@pytest.fixture(params=["file", "team"])
def any_store(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{request.param}_store"))


NOUNS = {
    "--item": "agenda item",
    "--items": "agenda item",
    "--meeting": "meeting",
    "--event": "event",
    "--person": "person",
    "--approver": "person",
    "--for": "person",  # copy --for: whose own store the copy is
    "--doc": "negotiated text",
    "--addendum-to": "issued pack",
    "conflict": "conflict",
}


@pytest.mark.parametrize(("path", "option"), ID_OPTIONS, ids=lambda v: str(v))
def test_an_id_out_of_range_is_no_record_on_either_engine(
    path: tuple[str, ...],
    option: str,
    any_store: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ADGSOM_DESKTOP_PASSPHRASE", "never asked for")
    before = sha(Path(any_store)) if not any_store.startswith("postgresql") else ""
    for value in ABSURD:
        argv = _argv(path, option, value, any_store, tmp_path)
        code = main(argv)
        said = capsys.readouterr()
        assert said.err == f"error: There is no {NOUNS[option]} {value}.\n", argv
        assert code == 1, argv
        assert "SQL" not in said.err and "no longer exists" not in said.err
    assert list(tmp_path.iterdir()) == []  # nothing written: no output, no trip copy
    assert before == (sha(Path(any_store)) if before else "")


def test_a_count_out_of_range_is_no_engine_error_either(
    any_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "99999999999999999999"
    assert main(["audit", "--store", any_store, "--limit", huge]) == 0  # at most that many: all
    assert capsys.readouterr().err == ""
    assert main(["search", "--store", any_store, "--limit", huge, "ASEAN"]) == 1
    assert capsys.readouterr().err == "error: --limit must be between 1 and 1000.\n"


def test_an_id_that_is_no_number_is_a_usage_error(
    file_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["approve", "--store", file_store, "--item", "4.1", "--approver", "1"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert "argument --item: '4.1' is not an id: give the agenda item's number" in err, err
    with pytest.raises(SystemExit):
        main(["pack", "--store", file_store, "--event", "1", "--item", "3,x", "--out", "p.pdf"])
    assert "'x' is not an id: give the agenda item's number" in capsys.readouterr().err
