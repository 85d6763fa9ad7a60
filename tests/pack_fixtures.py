"""Helpers for the pack and report tests: open a copy of the demo store, read PDFs back."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def open_demo_copy(demo_master: Path, folder: Path) -> Any:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "demo.adgsom"
    shutil.copyfile(demo_master, target)
    return Services.for_store(Store.open(target), actor="tester")


@pytest.fixture(scope="module")
def pack_services(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One demo store shared by a test module (its tests issue packs in order)."""
    svc = open_demo_copy(demo_master, tmp_path_factory.mktemp("packs"))
    yield svc
    svc.close()


def pdf_pages_text(path_or_bytes: Path | bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    data = path_or_bytes if isinstance(path_or_bytes, bytes) else path_or_bytes.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    import unicodedata

    # NFKC: Latin ligatures set by the shaper ("ﬁ") read back as their letters
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]


def outline_titles(path_or_bytes: Path | bytes) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark, in order."""
    import io

    from pypdf import PdfReader

    data = path_or_bytes if isinstance(path_or_bytes, bytes) else path_or_bytes.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    out: list[tuple[int, str, int]] = []

    def walk(items: list[Any], depth: int) -> None:
        for entry in items:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                out.append((depth, str(entry.title), reader.get_destination_page_number(entry)))

    walk(reader.outline, 0)
    return out


def squash(text: str) -> str:
    """Text with all whitespace removed (extraction splits lines and words freely)."""
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
