"""Bring the translation catalogues up to date: ``python -m adgsom_desktop.i18n.update``.

1. Writes ``ui/common/label_catalogue.py``: the labels the GUI shows from Qt-free code
   (the domain's enums, section names, the services' fixed labels), each as a
   ``QT_TRANSLATE_NOOP("Labels", ...)`` line that ``lupdate`` can read, and the services'
   messages (``AppError`` templates, context "Errors": ``i18n.messages``).
2. Runs ``pyside6-lupdate`` over ``ui/``, ``app.py`` and ``reports/`` into
   ``resources/i18n/adgsom_th.ts`` and ``adgsom_vi.ts`` (no line numbers, obsolete
   entries dropped), keeping every translation already made.

Then translate the new entries (Qt Linguist, ``pyside6-linguist``, or any editor: they
are marked ``type="unfinished"``) and commit the ``.ts`` files with the change.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from . import TRANSLATED, ts_path

PACKAGE = Path(__file__).resolve().parent.parent
CATALOGUE_FILE = PACKAGE / "ui" / "common" / "label_catalogue.py"

# Qt's own standard buttons (QDialogButtonBox, QMessageBox): Qt ships no Thai or
# Vietnamese catalogue, so ours carries them in Qt's context.
QT_BUTTONS = (
    "OK", "&OK", "Save", "&Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All",
    "Abort", "Retry", "Ignore", "Close", "&Close", "Cancel", "&Cancel", "Discard", "Don't Save",
    "Close without Saving", "Help", "Apply", "Reset", "Restore Defaults",
)  # fmt: skip
# labels the services give as plain text (kept here only where no table names them)
SERVICE_TEXTS = ("made by hand", "automatic", "before an upgrade of the app")


def _enum_labels() -> Iterable[str]:
    from ..domain import enums

    for obj in vars(enums).values():
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__ == enums.__name__:
            for member in obj:
                for attr in ("label", "default_title", "cover_line"):
                    value = getattr(member, attr, None)
                    if isinstance(value, str):
                        yield value


def domain_labels() -> list[str]:
    """Every label Qt-free code hands the GUI, in a stable order, without repeats."""
    from ..domain.position_sections import SECTIONS
    from ..reports.audiences import PARTS
    from ..reports.pack_model import SECTION_LABELS
    from ..services.pack_register import DOCUMENT_LABELS
    from ..services.project_import_service import FIELDS
    from ..services.sync.kinds import KIND_WORDS
    from ..services.sync.report import ACTION_WORDS

    texts: list[str] = [*_enum_labels()]
    texts += [s.label for s in SECTIONS] + [s.heading for s in SECTIONS if s.heading]
    texts += list(SECTION_LABELS.values()) + [p.label for p in PARTS]
    texts += list(DOCUMENT_LABELS.values()) + list(FIELDS.values()) + list(SERVICE_TEXTS)
    texts += list(ACTION_WORDS.values()) + [one for one, _several in KIND_WORDS.values()]
    texts += [several for _one, several in KIND_WORDS.values()]  # a merge's summary
    return list(dict.fromkeys(t for t in texts if t))


# where the messages the GUI shows come from (the CLI's own are English by decision)
MESSAGE_SOURCES = ("errors.py", "domain", "services", "storage", "i18n")
_ERROR_BASES = {"Exception", "AppError", "Message"}


def _message_files() -> list[Path]:
    files: list[Path] = []
    for name in MESSAGE_SOURCES:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def _message_classes(trees: list[ast.Module]) -> set[str]:
    """``AppError``, ``Message`` and every class derived from them in the scanned code."""
    found = {"AppError", "Message"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & found:
                        found.add(node.name)
                        grew = True
    return found


def _literals(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def error_messages() -> list[str]:
    """Every message template the services (and the layers under them) raise or return:
    the first argument of an ``AppError`` or ``Message``, and each
    ``QT_TRANSLATE_NOOP("Errors", ...)`` (context "Errors", ``i18n.messages``)."""
    trees = [ast.parse(f.read_text(encoding="utf-8")) for f in _message_files()]
    classes = _message_classes(trees)
    texts: list[str] = []
    for tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = (
                f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            )
            if name in classes and node.args:
                texts += _literals(node.args[0])
            elif (
                name == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and _literals(node.args[0]) == ["Errors"]
            ):
                texts += _literals(node.args[1])
    return list(dict.fromkeys(t for t in texts if any(ch.isalpha() for ch in t)))


def catalogue_source() -> str:
    def entry(context: str, text: str) -> str:
        return f"    QT_TRANSLATE_NOOP({_dq(context)}, {_dq(text)}),"

    lines = [
        '"""Generated by ``python -m adgsom_desktop.i18n.update``: do not edit.',
        "",
        "The labels Qt-free code gives the GUI (enums, section names), listed for ``lupdate``;",
        "``labels.label_tr`` translates them at run time.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "LABELS = (",
        *(entry("Labels", text) for text in domain_labels()),
        ")",
        "QT_BUTTONS = (",
        *(entry("QPlatformTheme", text) for text in QT_BUTTONS),
        ")",
        "# the services' messages (adgsom_desktop.i18n.messages)",
        "ERRORS = (",
        *(entry("Errors", text) for text in error_messages()),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def _dq(text: str) -> str:
    if '"' not in text:
        return '"' + text.replace("\\", "\\\\").replace("\n", "\\n") + '"'
    return repr(text)


def sources() -> list[Path]:
    # the GUI, and the reports' fixed labels (translate("Pack", ...), printed in a language)
    return [
        *sorted((PACKAGE / "ui").rglob("*.py")),
        PACKAGE / "app.py",
        *sorted((PACKAGE / "reports").glob("*.py")),
    ]


def lupdate_command() -> list[str]:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: install the app with its dependencies")
    return [found]


def run_lupdate(targets: list[Path], quiet: bool = False) -> str:
    cmd = [
        *lupdate_command(),
        *map(str, sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-ts",
        *map(str, targets),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return done.stdout


def update(write_catalogue: bool = True) -> str:
    if write_catalogue:
        CATALOGUE_FILE.write_text(catalogue_source(), encoding="utf-8")
    targets = []
    for language in TRANSLATED:
        path = ts_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        targets.append(path)
    return run_lupdate(targets)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    print(update())
    from .catalogue import load

    for language in TRANSLATED:
        stats = load(language, fresh=True).stats()
        print(f"{language}: {stats.finished}/{stats.total} translated ({stats.percent:.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
