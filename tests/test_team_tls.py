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
