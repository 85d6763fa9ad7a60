"""A store is named by a locator (a path or a postgresql:// URL), and every command
works on a team store on a PostgreSQL server; file-only operations say so (exit 2).

The findings of issue 14, item 1, as tests: a postgresql:// value was taken as a
path (folders named ``postgresql:`` appeared); nothing named a store but a path.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.locator import Locator
from adgsom_desktop.errors import ValidationError
from tests.helpers import run_cli

# -- the locator ---------------------------------------------------------------------------


def test_a_url_is_never_a_path() -> None:
    loc = Locator.parse("postgresql://somchai:s3cret@db.example:5433/th_adgsom?sslmode=require")
    assert loc.is_server and loc.path is None
    assert loc.database == "th_adgsom" and loc.host == "db.example"
    assert loc.name == "th_adgsom @ db.example"
    # The password is used to connect, never shown nor remembered.
    assert "s3cret" in loc.connect_url
    assert "s3cret" not in loc.display and "s3cret" not in str(loc) and "s3cret" not in repr(loc)
    assert loc.remembered == "postgresql://somchai@db.example:5433/th_adgsom?sslmode=require"
    assert Locator.parse(loc.remembered) == loc  # the same store, with or without it
    assert Locator.parse("postgres://u@h/db").url.startswith("postgresql://")


def test_a_path_stays_a_path(tmp_path: Path) -> None:
    loc = Locator.parse(str(tmp_path / "delegation.adgsom"))
    assert loc.is_file and loc.path == tmp_path / "delegation.adgsom"
    assert loc.name == "delegation.adgsom" and loc.display == str(tmp_path / "delegation.adgsom")
    assert Locator.parse(Path("rel.adgsom")).path == Path("rel.adgsom").absolute()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("mysql://u@h/db", "not a kind of store"),
        ("https://example.org/store", "not a kind of store"),
        ("postgresql://u@h", "names no database"),
        ("postgresql:///db", "names no server"),
        ("   ", "No store named"),
    ],
)
def test_a_bad_locator_is_refused_in_words(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        Locator.parse(text)


def test_the_cli_never_makes_folders_of_a_url(tmp_path: Path) -> None:
    """Before: ``info --store postgresql://…`` created ./postgresql:/… folders."""
    url = "postgresql://nobody@127.0.0.1:9/none"  # port 9 (discard): nothing listens
    result = run_cli("info", "--store", url, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "No team store could be reached at postgresql://nobody@127.0.0.1:9/none" in result.stderr
    assert "Traceback" not in result.stderr
    assert os.listdir(tmp_path) == []
    bad = run_cli("info", "--store", "mysql://u@h/db", cwd=tmp_path)
    assert bad.returncode == 2 and "not a kind of store" in bad.stderr
    assert os.listdir(tmp_path) == []


# -- every command on a team store ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("encrypt",), "Encrypting with a passphrase is only for a store file"),
        (("change-passphrase",), "Changing the passphrase is only for a store file"),
        (("backup", "--list"), "Listing backup files is only for a store file"),
        (("restore", "--latest"), "Restoring the newest backup (--latest) is only for a store"),
        (("salvage", "--out", "{tmp}/copy.adgsom"), "readable copy (salvage) is only for"),
        (("init", "--encrypt"), "Encrypting with a passphrase is only for a store file"),
    ],
)
def test_file_only_commands_exit_2_on_a_team_store(
    team_url: str, tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    command, *rest = (a.format(tmp=tmp_path) for a in args)
    result = run_cli(command, "--store", team_url, *rest, input="")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert words in result.stderr
    assert "team store on a server" in result.stderr and "pg_dump" in result.stderr
    assert os.listdir(tmp_path) == []


def test_team_init_makes_a_store_in_an_empty_database_only(pg_url: str, tmp_path: Path) -> None:
    made = run_cli("team", "init", "--store", pg_url, "--our-delegation", "TH", "--title", "Team")
    assert made.returncode == 0, made.stderr
    assert f"Created a team store in {pg_url}" in made.stdout
    again = run_cli("team", "init", "--store", pg_url)
    assert again.returncode == 2 and "is not empty" in again.stderr
    file = run_cli("team", "init", "--store", str(tmp_path / "x.adgsom"))
    assert file.returncode == 2 and "is a file" in file.stderr
    info = run_cli("info", "--store", pg_url)
    assert info.returncode == 0, info.stderr
    assert f"Store:        {pg_url}" in info.stdout
    assert "team store" in info.stdout and "PostgreSQL 1" in info.stdout
    assert "Our delegation: TH" in info.stdout


@pytest.mark.slow
def test_the_demo_on_a_team_store_every_command(pg_url: str, tmp_path: Path) -> None:
    """Done means: ``demo --store postgresql://…``, then ``search`` finds a Thai word and
    "Viet Nam", ``audit --verify`` passes; and every other command works on the URL."""
    demo = run_cli("demo", "--store", pg_url, timeout=300)
    assert demo.returncode == 0, demo.stderr
    assert f"Wrote the demo store to {pg_url}" in demo.stdout
    thai = run_cli("search", "--store", pg_url, "สนับสนุน")
    assert thai.returncode == 0, thai.stderr
    assert "[สนับสนุน]" in thai.stdout
    viet = run_cli("search", "--store", pg_url, "Viet Nam")
    assert viet.returncode == 0, viet.stderr
    assert "[Việt]" in viet.stdout and "[Nam]" in viet.stdout
    audit = run_cli("audit", "--store", pg_url, "--verify")
    assert audit.returncode == 0, audit.stderr
    assert "The audit log is intact" in audit.stdout
    check = run_cli("check", "--store", pg_url)
    assert check.returncode == 0, check.stdout
    assert "The store is healthy." in check.stdout
    for args in (
        ("actions", "--store", pg_url),
        ("outcomes", "--store", pg_url, "--meeting", "1"),
        ("agenda", "show", "--store", pg_url, "--meeting", "1"),
        ("projects", "list", "--store", pg_url),
        ("audit", "--store", pg_url, "--limit", "3"),
        ("register", "--store", pg_url),
        (
            "report",
            "--store",
            pg_url,
            "--meeting",
            "1",
            "--kind",
            "outcomes",
            "--out",
            str(tmp_path / "outcomes.pdf"),
        ),
    ):
        result = run_cli(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip()
    pack = run_cli(
        "pack", "--store", pg_url, "--event", "1", "--out", str(tmp_path / "pack.pdf"), timeout=300
    )
    assert pack.returncode == 0, pack.stderr
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    again = run_cli("demo", "--store", pg_url)
    assert again.returncode == 2 and "is not empty" in again.stderr
    over = run_cli("demo", "--store", pg_url, "--overwrite", timeout=300)
    assert over.returncode == 0, over.stderr


def test_open_a_team_store_from_the_gui(
    qtbot: Any, window: Any, team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Connect to a team store…: server, port, database, member, password in, the
    store open; the title bar, the status bar, Help > About and File > Open recent name it
    by its locator (never with a password), and the recent entry opens it again."""
    from adgsom_desktop.ui.store.team_store_dialog import TeamStoreDialog
    from tests.conftest import save_artifact

    given = Locator.parse(team_url).fields()
    dlg = TeamStoreDialog("", window)
    qtbot.addWidget(dlg)
    dlg.accept()
    assert "server's name" in dlg.problem.text() and dlg.locator() is None
    qtbot.keyClicks(dlg.host, given.host)
    dlg.port.setValue(given.port)
    dlg.accept()
    assert "database" in dlg.problem.text() and dlg.locator() is None
    qtbot.keyClicks(dlg.database, given.database)
    qtbot.keyClicks(dlg.user, given.user)
    dlg.password.setText("secret")  # trust authentication: the server ignores it
    dlg.resize(1093, 614)
    save_artifact(dlg, "team_store_dialog")
    dlg.accept()
    locator = dlg.locator()
    assert locator is not None and locator.is_server
    assert "secret" in locator.connect_url and "secret" not in locator.display
    assert dlg.password.text() == ""
    window.controller.open_path(locator)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    name = Locator.parse(team_url).name
    assert window.windowTitle().startswith(name)
    assert window.store_label.text() == f"Team store: {name}"
    assert window.preferences.recent_stores()[0] == locator
    settings = Path(window.preferences._s.fileName()).read_text()
    assert "secret" not in settings and team_url in settings
    # No passphrase to change, no backup files on a team store: not offered.
    assert not window.findChild(object, "actBackups").isVisible()
    assert not window.findChild(object, "actPassphrase").isVisible()
    # Help > About names the store and its engine.
    from adgsom_desktop.ui.shell.about_dialog import AboutDialog

    shown: list[str] = []

    def capture(dialog: Any) -> int:
        shown.append(dialog.findChild(object, "aboutText").text())
        return 0

    monkeypatch.setattr(AboutDialog, "exec", capture)
    window.findChild(object, "actAbout").trigger()
    assert len(shown) == 1
    assert "PostgreSQL 1" in shown[0] and team_url in shown[0] and "secret" not in shown[0]
    # File > Open recent lists it as a team store (no password) and opens it again.
    window.close_store()
    qtbot.waitUntil(lambda: window.services is None, timeout=20_000)
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text().startswith(name)]
    assert len(entries) == 1, [a.text() for a in window.recent_menu.actions()]
    assert entries[0].text() == f"{name} — team store"
    assert entries[0].toolTip() == locator.display and "secret" not in entries[0].toolTip()
    welcome = window.findChild(object, "recentStores")
    item = welcome.item(0)
    assert item.text() == f"{name}   —   team store" and "secret" not in item.toolTip()
    entries[0].trigger()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    assert window.services.store_info.info().locator == locator
    assert window.windowTitle().startswith(name)
