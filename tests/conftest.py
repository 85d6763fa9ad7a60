"""Shared fixtures. Every test runs with its own data/config folder (never the user's home)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import PySide6.QtCore  # noqa: F401 - installs PySide6's import hook, which the app removes
import pytest

from adgsom_desktop.app import without_feature_hook
from adgsom_desktop.paths import ENV_HOME

without_feature_hook()  # as the app does: no source read for every module imported

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"  # screenshots and rendered pages (git-ignored)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(ENV_HOME, str(home))
    monkeypatch.delenv("ADGSOM_DESKTOP_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_question_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question no test answered (``confirm.ask`` not replaced) is "Cancel", not a modal
    box that blocks the run: e.g. a window closed at the end of a failed test."""
    from adgsom_desktop.ui.common import confirm

    monkeypatch.setattr(confirm, "ask", lambda *_a: False)


@pytest.fixture(autouse=True)
def write_runners_stopped() -> Iterator[None]:
    """Every store's write runner is drained and stopped when a test ends."""
    yield
    import sys

    runner = sys.modules.get("adgsom_desktop.ui.common.runner")
    if runner is not None:
        runner.release_all()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "test.adgsom"


# -- PostgreSQL: a throwaway server per test session (never a pre-existing one) -------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server for this test session (``benchmarks/pg_server``).

    Locally the PostgreSQL tests skip when PostgreSQL is not installed; with CI=true
    they must run, so a missing or failing server fails them."""
    from benchmarks import pg_server as server_mod

    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    if server_mod.binaries() is None:
        message = "PostgreSQL is not installed (no initdb): the team store tests cannot run"
        if ci:
            pytest.fail(message + " (CI=true: they must)")
        pytest.skip(message)
    try:
        server = server_mod.start()
    except Exception as exc:  # a broken install is a failure, never a skip
        pytest.fail(f"the throwaway PostgreSQL server did not start: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: Any) -> str:
    """A database holding a fresh team store (reference data, our delegation TH), used as
    the template of each test's own database (cloning is much faster than migrating)."""
    from adgsom_desktop.services.store_setup import create_store

    url = pg_server.create_database("adgsom_template")
    create_store(url, our_delegation_code="TH", title="Test store").close()
    return "adgsom_template"


@pytest.fixture
def server_down(pg_server: Any) -> Iterator[Any]:
    """``halt()`` stops the throwaway server under the app; it is always started again."""
    state = {"down": False}

    def halt() -> None:
        done = pg_server.halt()
        assert done.returncode == 0, done.stderr
        state["down"] = True

    def resume() -> None:
        if state["down"]:
            done = pg_server.resume()
            assert done.returncode == 0, done.stderr
            state["down"] = False

    halt.resume = resume  # type: ignore[attr-defined]
    yield halt
    resume()


@pytest.fixture
def pg_url(pg_server: Any) -> str:
    """An empty database of its own on the throwaway server (a team store's URL)."""
    return str(pg_server.create_database())


@pytest.fixture
def team_url(pg_server: Any, pg_template: str) -> str:
    """A fresh team store of its own (as ``services`` makes for a file), by URL."""
    return str(pg_server.create_database(template=pg_template))


@pytest.fixture
def team(team_url: str) -> Iterator[tuple[Any, int]]:
    """A team store open as "tester" with one meeting (6th ADGSOM, one agenda item):
    ``(services, meeting_id)``; closed at the end.  Shared by the team store's
    offline and reconnect tests (a module may still define its own ``team``)."""
    from datetime import date

    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.services.container import Services

    s = Services.open(team_url, actor="tester")
    event = s.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = s.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        short_title="6th ADGSOM",
        date=date(2026, 1, 12),
    )
    s.agenda.add_item(meeting.id, "Draft ASEAN Digital Masterplan 2026-2030")
    yield s, meeting.id
    s.close()


BACKENDS = ("file", "team")


@pytest.fixture(params=BACKENDS)
def backend_kind(request: pytest.FixtureRequest) -> str:
    """Which store the service tests run on: a file (SQLite) or a team store (PostgreSQL)."""
    return str(request.param)


@pytest.fixture
def services(
    backend_kind: str, request: pytest.FixtureRequest, store_path: Path
) -> Iterator[object]:
    """A fresh store (reference data, our delegation TH) and its services: run once on a
    store file and once on a team store (the same tests, both backends)."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    if backend_kind == "team":
        svc = Services.open(request.getfixturevalue("team_url"), actor="tester")
    else:
        store = create_store(store_path, our_delegation_code="TH", title="Test store")
        svc = Services.for_store(store, actor="tester")
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store, written once per test session (copy it before changing it)."""
    from adgsom_desktop.demo.writer import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.adgsom"
    write_demo(path)
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_master, target)
    return target


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, with English's plural forms as the app installs them
    ("1 meeting", "8 meetings" from ``tr("%n meeting(s)", "", n)``)."""
    from adgsom_desktop.ui.common import translation

    translation.english_plurals(qapp)
    return qapp


@pytest.fixture
def demo_services(demo_path: Path) -> Iterator[object]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(demo_path), actor="tester")
    yield svc
    svc.close()


@pytest.fixture
def window(qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The main window as the app builds it, with its own preferences file.

    Closing it at the end says yes to "lose unsaved edits?": a test that failed with
    edits refused must not hang on a modal question."""
    from adgsom_desktop.app import build_window
    from adgsom_desktop.ui.shell.preferences import Preferences

    win = build_window(None, Preferences(tmp_path / "settings.ini"))
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1400, 900)
    win.show()
    yield win
    from adgsom_desktop.ui.common import confirm

    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    win.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, Any]]:
    """Capture message boxes instead of opening them: (title, text, errors.Level)."""
    from adgsom_desktop.ui.common import errors

    seen: list[tuple[str, str, Any]] = []
    monkeypatch.setattr(
        errors, "present", lambda _p, title, text, level: seen.append((title, text, level))
    )
    return seen


@pytest.fixture
def no_leaked_jobs(qapp: object) -> Iterator[None]:
    """Fail a test that leaves background jobs running (napari's habit)."""
    yield
    from PySide6.QtCore import QThreadPool

    from adgsom_desktop.ui.common.workers import wait_for_jobs

    assert wait_for_jobs(10_000), "background jobs still running after the test"
    assert QThreadPool.globalInstance().activeThreadCount() == 0


from tests.bundle_fixtures import pair  # noqa: E402,F401 - two members' stores (#17)

# Screenshots for a person to look at (HELPERS.md, "look at what you built"): nothing
# compares them, so a test run writes them only when asked: ADGSOM_SCREENSHOTS=1.
SCREENSHOTS = os.environ.get("ADGSOM_SCREENSHOTS", "").lower() in ("1", "true", "yes")


def artifact_png(name: str) -> str:
    """The path a child process saves its screenshot NAME to, "" when none is asked for."""
    if not SCREENSHOTS:
        return ""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return str(ARTIFACTS / f"{name}.png")


def save_artifact(widget: object, name: str) -> Path | None:
    """Grab a widget to tests/artifacts/NAME.png to look at (only with ADGSOM_SCREENSHOTS)."""
    if not SCREENSHOTS:
        return None
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path
