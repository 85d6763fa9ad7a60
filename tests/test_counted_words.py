"""Counts said by the services read "1 item" / "3 items", never "item(s)" (#17).

English is written in its two forms; Thai and Vietnamese, which count without a plural,
have both forms translated (``i18n.messages``: one template per form; stored English, an
audit entry or a check's line, through ``i18n.messages.counted``)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import ConflictError
from adgsom_desktop.i18n.messages import show_messages_in
from adgsom_desktop.services.agenda_import import AgendaImporter
from tests.helpers import run_cli

PACKAGE = Path(__file__).resolve().parents[1] / "adgsom_desktop"
# headings of a project matrix (its column's own words, not a count): the mapping's labels
HEADINGS = {"Lead Member State(s)", "Framework outcome(s)"}


@pytest.fixture(params=["en", "th", "vi"])
def language(request: Any) -> Iterator[str]:
    show_messages_in(request.param)  # as the window sets it at start
    yield request.param
    show_messages_in("en")


def _warnings(text: str) -> list[str]:
    return list(AgendaImporter().from_text(text).warnings)


def test_the_agenda_imports_warnings_count_in_the_interfaces_language(language: str) -> None:
    agenda = "1. Opening\n2. Adoption of the agenda\n"
    one = _warnings("\x07" + agenda)
    three = _warnings("\x07\x07Overview\n\x07" + agenda)
    headings = _warnings("Overview\nDraft\n" + agenda)
    heading = _warnings("Overview\n" + agenda)
    every = one + three + headings + heading
    assert every and not any("(s)" in w for w in every), every
    if language == "en":
        assert one == ["1 control character was removed."], one
        assert "3 control characters were removed." in three, three
        assert heading[0].startswith("1 line before the first numbered item looks like a heading")
        assert headings[0].startswith("2 lines before the first numbered item look like headings")
        return
    for said in every:  # translated, the count kept
        assert "control" not in said and "numbered" not in said, said
    assert "1" in one[0] and "3" in three[0] and "2" in headings[0], (one, three, headings)


def test_an_element_in_use_is_refused_counted(demo_services: Any) -> None:
    svc = demo_services
    used = {e.id: svc.frameworks.usage(e.id) for e in svc.frameworks.elements()}
    element = next(i for i, (items, projects) in used.items() if items == 1 and projects > 1)
    with pytest.raises(ConflictError) as err:
        svc.frameworks.delete_element(element)
    said = str(err.value)
    assert f"tags 1 agenda item and {used[element][1]} projects:" in said, said
    assert "(s)" not in said
    show_messages_in("th")
    try:
        thai = err.value.text("th") if hasattr(err.value, "text") else str(err.value)
        assert "agenda item" not in thai and "project" not in thai, thai
    finally:
        show_messages_in("en")


def test_the_store_check_counts_meetings(demo_path: Path) -> None:
    r = run_cli("check", "--store", str(demo_path))
    assert r.returncode == 0, r.stderr + r.stdout
    assert re.search(r"Agendas checked: \d+ meetings", r.stdout), r.stdout
    assert "(s)" not in r.stdout, r.stdout


def test_no_count_is_written_with_s_in_brackets() -> None:
    """Every string literal of the layers under the window (services, storage, reports,
    the command line), docstrings aside: "(s)" after a word is a count not counted (or a
    heading above)."""
    found = []
    for layer in ("services", "storage", "reports", "cli", "domain", "i18n"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docs = {id(d) for d in _docstrings(tree)}
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    if id(node) in docs or node.value in HEADINGS:
                        continue
                    if re.search(r"[a-z]\(s\)", node.value):
                        found.append(f"{path.relative_to(PACKAGE)}: {node.value[:60]}")
    assert found == [], found


def _docstrings(tree: ast.Module) -> Iterator[ast.Constant]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                yield first.value
