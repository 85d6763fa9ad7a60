"""Connection security (#15 item 5): TLS with the server's certificate verified.

A throwaway server of this module's own takes TLS with a certificate for ``localhost``
signed by a CA made here.  ``sslmode=verify-full`` with that CA file connects (and the
session is encrypted); another CA, another host name or a missing CA file is refused
before anything is read, in words that say what to check, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from adgsom_desktop.errors import StoreError
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from tests.helpers import run_cli
from tests.tls_certs import authority, server_cert

pytestmark = pytest.mark.slow  # a server of its own (a few seconds to start)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, Path]]:
    """(server, the right CA file, another CA's file); the store is in database ``th``."""
    from benchmarks import pg_server as server_mod

    if server_mod.binaries() is None:
        pytest.skip("PostgreSQL is not installed")
    folder = tmp_path_factory.mktemp("tls")
    ca = authority(folder, "delegation-ca")
    other = authority(folder, "someone-else-ca")
    cert, key = server_cert(folder, ca, dns=("localhost",))
    server = server_mod.start(tls=(cert, key))
    try:
        url = server.create_database("th")
        create_store(url, our_delegation_code="TH", title="TLS store").close()
        yield server, ca.cert_file, other.cert_file
    finally:
        server.stop()


def _url(server: Any, host: str, query: str) -> str:
    return f"postgresql://postgres@{host}:{server.port}/th?{query}"


def test_verify_full_with_the_right_ca_connects_encrypted(tls_server: Any) -> None:
    server, ca, _other = tls_server
    url = _url(server, "localhost", f"sslmode=verify-full&sslrootcert={ca}")
    services = Services.open(url)
    try:
        with services.ctx.backend.engine.connect() as conn:  # type: ignore[attr-defined]
            row = conn.exec_driver_sql(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).one()
        assert row[0] is True and str(row[1]).startswith("TLS")
        assert services.delegations.our_delegation().code == "TH"
    finally:
        services.close()
    # The same from the command line.
    done = run_cli("info", "--store", url)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("host", "which", "words"),
    [
        ("localhost", "other", "certificate could not be verified"),
        ("127.0.0.1", "ca", "made out for another host name"),
        ("localhost", "missing", "CA file"),
    ],
    ids=["another CA", "another host name", "no CA file"],
)
def test_a_certificate_that_does_not_verify_is_refused_in_words(
    tls_server: Any, tmp_path: Path, host: str, which: str, words: str
) -> None:
    server, ca, other = tls_server
    ca_file = {"ca": ca, "other": other, "missing": tmp_path / "nowhere.crt"}[which]
    url = _url(server, host, f"sslmode=verify-full&sslrootcert={ca_file}")
    with pytest.raises(StoreError) as caught:
        Services.open(url)
    said = str(caught.value)
    assert words in said, said
    assert "th" in said and "Is the server running" not in said  # not "unreachable"
    done = run_cli("info", "--store", url)
    assert done.returncode != 0
    assert words in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_server_without_tls_is_refused_when_tls_is_required(pg_server: Any) -> None:
    """The session's plain server: sslmode=require says the server takes no TLS."""
    url = pg_server.url("postgres") + "?sslmode=require"
    with pytest.raises(StoreError) as caught:
        Services.open(url)
    assert "does not take encrypted (TLS) connections" in str(caught.value)


@pytest.mark.gui
def test_connect_dialog_with_tls_fields_retries_and_remembers_no_password(
    tls_server: Any, qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Connect to a team store…, field by field: a wrong CA file fails, and the
    dialog comes back with the reason under its fields as they were (the password
    asked again); the right one connects; the recent list keeps server, port, database,
    member, TLS mode and CA file, never the password, and fills the next dialog."""
    from pathlib import Path as _Path

    from adgsom_desktop.ui.store.team_store_dialog import TeamStoreDialog
    from tests.conftest import save_artifact

    server, ca, other = tls_server
    dlg = TeamStoreDialog("", window)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.host, "localhost")
    dlg.port.setValue(server.port)
    qtbot.keyClicks(dlg.database, "th")
    qtbot.keyClicks(dlg.user, "postgres")
    dlg.password.setText("pw-never-kept")  # trust: the server ignores it
    dlg.tls.setCurrentIndex(dlg.tls.findData("verify-full"))
    assert dlg.ca_file.isEnabled()
    dlg.accept()  # no CA file: said, nothing tried
    assert "needs the CA file" in dlg.problem.text() and dlg.locator() is None
    dlg.ca_file.setText(str(_Path(ca).parent / "nowhere.crt"))
    dlg.accept()
    assert "There is no CA file at" in dlg.problem.text() and dlg.locator() is None
    dlg.ca_file.setText(str(other))  # a CA file, but not the one that signed the server
    dlg.accept()
    wrong = dlg.locator()
    assert wrong is not None and dlg.password.text() == ""
    # The controller tries it; it fails; the dialog comes back with the reason.
    seen: list[tuple[str, str, str, str]] = []

    def answer(again: TeamStoreDialog) -> int:
        seen.append(
            (again.problem.text(), again.host.text(), again.ca_file.text(), again.password.text())
        )
        again.resize(1093, 614)
        save_artifact(again, "team_store_connect_again")
        again.ca_file.setText(str(ca))
        again.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(TeamStoreDialog, "exec", answer)
    window.controller.open_path(wrong)
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    assert len(seen) == 1
    problem, host, ca_text, password = seen[0]
    assert "certificate could not be verified" in problem and "Traceback" not in problem
    assert (host, ca_text, password) == ("localhost", str(other), "")
    remembered = window.preferences.recent_stores()[0]
    assert remembered.fields().tls == "verify-full" and remembered.fields().ca_file == str(ca)
    settings = _Path(window.preferences._s.fileName()).read_text()
    assert "pw-never-kept" not in settings and "sslrootcert" in settings
    # The next time: the fields as they were, the password empty.
    window.close_store()
    qtbot.waitUntil(lambda: window.services is None, timeout=20_000)
    monkeypatch.undo()
    nxt = TeamStoreDialog(remembered.display, window)
    qtbot.addWidget(nxt)
    assert (nxt.host.text(), nxt.port.value(), nxt.database.text(), nxt.user.text()) == (
        "localhost",
        server.port,
        "th",
        "postgres",
    )
    assert nxt.tls.currentData() == "verify-full" and nxt.ca_file.text() == str(ca)
    assert nxt.password.text() == ""
    nxt.resize(1093, 614)
    save_artifact(nxt, "team_store_connect")
