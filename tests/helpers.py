"""Small helpers shared by tests."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def index_rows(conn: object) -> list[tuple[object, ...]]:
    """The search index's rows (id, title, body, kind), whatever the store's engine."""
    if conn.dialect.name == "postgresql":  # type: ignore[attr-defined]
        sql = "SELECT id, title, body, kind FROM search_doc ORDER BY id"
    else:
        sql = "SELECT rowid, title, body, kind FROM search_fts ORDER BY rowid"
    return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]  # type: ignore[attr-defined]


def trigger_names(conn: object) -> set[str]:
    """The names of the triggers in the store (the search index's among them)."""
    if conn.dialect.name == "postgresql":  # type: ignore[attr-defined]
        sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return {str(r[0]) for r in conn.exec_driver_sql(sql)}  # type: ignore[attr-defined]


def search_trigger_names(conn: object) -> set[str]:
    """The triggers that keep the search index in step, for the store's engine."""
    from adgsom_desktop.storage import pg_search, search_index

    if conn.dialect.name == "postgresql":  # type: ignore[attr-defined]
        return {n for spec in search_index.SPECS[1] for n, _t in pg_search._trigger_names(spec)}
    return {name for name, _sql in search_index.CURRENT.triggers}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    input: str | None = None,
    user: int | None = None,
    timeout: int = 120,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m adgsom_desktop ARGS`` as a user would, capturing its output
    (``cwd``: in that folder; the worktree by default)."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    preexec = None
    if user is not None:

        def preexec() -> None:  # pragma: no cover - runs in the child
            os.setgid(user)
            os.setuid(user)

    return subprocess.run(
        [sys.executable, "-m", "adgsom_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=timeout,
        preexec_fn=preexec,
        cwd=str(cwd or ROOT),
    )


def run_child(module: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m MODULE ARGS`` (a test's child process, offscreen) from the worktree."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=str(ROOT),
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


APPROVER_PIN = "approver-pin-1"  # the approval PIN tests give their approvers


def approve(services: object, item_id: int, approver_id: int, pin: str = APPROVER_PIN) -> object:
    """Approve as the approver does: with their own approval PIN (set first while unset),
    unless they are signed in to a team store (their sign-in is the act)."""
    pins = services.approval_pins  # type: ignore[attr-defined]
    if pins.required and not pins.state(approver_id).is_set:
        pins.set_pin(approver_id, pin)
    return services.positions.approve(item_id, approver_id, pin)  # type: ignore[attr-defined]


def approve_dialog_with_pin(monkeypatch: object, services: object) -> None:
    """The Approve dialog answered as the approver does: their PIN typed, then Approve
    (every approver of our delegation, head or alternate, has ``APPROVER_PIN`` set first)."""
    from PySide6.QtWidgets import QDialog

    from adgsom_desktop.ui.positions.approve_dialog import ApproveDialog

    pins = services.approval_pins  # type: ignore[attr-defined]
    for member in services.delegations.approvers():  # type: ignore[attr-defined]
        if not pins.state(member.id).is_set:
            pins.set_pin(member.id, APPROVER_PIN)

    def answer(dialog: ApproveDialog) -> QDialog.DialogCode:
        dialog.pin.setText(APPROVER_PIN)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ApproveDialog, "exec", answer)  # type: ignore[attr-defined]
