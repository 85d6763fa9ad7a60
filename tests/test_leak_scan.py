"""No plaintext on disk: after a scripted session on an encrypted store, no file the app
left under its data, config, home and temp folders holds the marker text or a passphrase,
in any encoding."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS
from tests.helpers import ROOT
from tests.leak_session import MARKERS, PASSPHRASES

pytestmark = pytest.mark.slow

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")


def _needles() -> dict[bytes, str]:
    out: dict[bytes, str] = {}
    for text in (*MARKERS, *PASSPHRASES):
        for form in {text, unicodedata.normalize("NFD", text), unicodedata.normalize("NFC", text)}:
            for enc in ENCODINGS:
                out[form.encode(enc)] = f"{text!r} as {enc}"
    return out


def test_no_marker_text_in_any_file_the_app_left(tmp_path: Path) -> None:
    root = tmp_path / "session"
    dirs = {
        name: root / name
        for name in ("home", "tmp", "config", "cache", "data", "runtime", "app", "stores")
    }
    for d in dirs.values():
        d.mkdir(parents=True)
    dirs["runtime"].chmod(0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "ADGSOM_")) and k not in ("HOME", "TMPDIR")
    }
    env.update(
        HOME=str(dirs["home"]),
        TMPDIR=str(dirs["tmp"]),
        XDG_CONFIG_HOME=str(dirs["config"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        XDG_DATA_HOME=str(dirs["data"]),
        XDG_RUNTIME_DIR=str(dirs["runtime"]),
        ADGSOM_DESKTOP_HOME=str(dirs["app"]),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tests.leak_session", str(dirs["stores"])],
        cwd=str(ROOT),
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert "session done" in proc.stdout

    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    names = {p.name for p in files}
    assert "Thai delegation.adgsom" in names
    assert sum(n.endswith(".adgsom-backup") for n in names) >= 2  # automatic and by hand
    assert "app.log" in names and "settings.ini" in names
    log_text = (dirs["app"] / "data" / "logs" / "app.log").read_text()
    assert "expected failure" in log_text  # the error was logged, without its values
    needles = _needles()
    key_hex = next(ln.split()[1] for ln in proc.stdout.splitlines() if ln.startswith("key "))
    key = bytes.fromhex(key_hex)
    needles.update(
        {
            key: "the derived key",
            key_hex.encode(): "the derived key in hex",
            key_hex.upper().encode(): "the derived key in hex",
        }
    )
    hits = []
    for f in files:
        data = f.read_bytes()
        hits += [f"{f.relative_to(root)}: {what}" for n, what in needles.items() if n in data]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "leak_scan.txt").write_text(
        f"{len(files)} files scanned ({sum(f.stat().st_size for f in files):,} bytes) for "
        f"{len(MARKERS)} markers, {len(PASSPHRASES)} passphrases and the derived key, in {len(ENCODINGS)} "
        f"encodings (NFC and NFD): {len(hits)} hits\n"
        + "\n".join(sorted(str(f.relative_to(root)) for f in files))
        + "\n"
    )
    assert hits == []
