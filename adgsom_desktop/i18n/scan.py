"""Find user-visible literals that bypass Qt's translation system (an AST scan, Qt-free).

A string literal with a letter in it, passed to a Qt text setter or widget constructor
(``setText``, ``setWindowTitle``, ``QLabel(...)``, ``QMessageBox.warning`` ...) outside
``tr()``/``translate()``, is reported; so is ``tr()`` given something that is not a
literal (``lupdate`` cannot see it: such labels go through ``translate("Labels", ...)``
and are listed with ``QT_TRANSLATE_NOOP`` where they are defined).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# method name -> which positional arguments are text (None: all of them)
SETTERS: dict[str, tuple[int, ...] | None] = {
    "setText": (0, 1),  # QLabel.setText(text); QTreeWidgetItem.setText(column, text)
    "setWindowTitle": (0,),
    "setToolTip": (0, 1),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "setItemText": (1,),
    "addItem": (0, 1),
    "addItems": None,
    "insertItem": (1, 2),
    "addAction": (0, 1),
    "addMenu": (0, 1),
    "addRow": (0,),
    "addButton": (0,),
    "setHorizontalHeaderLabels": None,
    "setVerticalHeaderLabels": None,
    "setHeaderLabels": None,
    "setHeaderLabel": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "showMessage": (0,),
    "setFormat": (0,),
    "setHtml": (0,),
    "setMarkdown": (0,),
    "setButtonText": (1,),
    "setOkButtonText": (0,),
    "setCancelButtonText": (0,),
    "setDisplayFormat": (),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
CONSTRUCTORS = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QToolButton": (),
    "QCommandLinkButton": (0, 1),
    "QMessageBox": (1, 2),
    "QProgressDialog": (0, 1),
    "QTreeWidgetItem": None,
    "QListWidgetItem": (0, 1),
    "QTableWidgetItem": (0,),
    "QStandardItem": (0, 1),
}
KEYWORDS = {"text", "title", "windowTitle", "toolTip", "placeholderText", "caption", "label"}
_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}
TR_NAMES = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# strings that are not prose: shortcuts, styles, formats, HTML without words
_NOT_PROSE_PREFIXES = ("Ctrl+", "Alt+", "Shift+", "Meta+", "F1", "color:", "QPushButton", "QLabel")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def _is_tr_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
    return name in TR_NAMES


_FORMAT_SPEC = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]|%\d+|&[a-z]+;|&#\d+;")


def _prose(text: str) -> bool:
    stripped = _FORMAT_SPEC.sub("", text).strip().strip("()[]")
    if not any(ch.isalpha() for ch in stripped):
        return False
    if stripped.startswith(_NOT_PROSE_PREFIXES):
        return False
    if "<" in stripped or ">" in stripped:  # markup: only the words outside the tags count
        return any(ch.isalpha() for ch in _strip_tags(stripped))
    return True


def _strip_tags(html: str) -> str:
    out, inside = [], False
    for ch in html:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out).replace("&nbsp;", " ")


def _literals_outside_tr(node: ast.AST) -> Iterator[str]:
    """Prose literals in an argument expression that no tr()/translate() call wraps."""
    if _is_tr_call(node):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _prose(node.value):
            yield node.value
        return
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "sep".join(parts), tr("... %1").replace("%1", x), "...".format(x): the receiver
        # and the pieces shown; never a method's own arguments such as strftime's format
        yield from _literals_outside_tr(node.func.value)
        if node.func.attr in {"join", "replace", "format", "arg"}:
            for arg in node.args[1:] if node.func.attr == "replace" else node.args:
                yield from _literals_outside_tr(arg)
        return
    if isinstance(node, (ast.Lambda, ast.Dict)):
        return
    if isinstance(node, ast.Subscript):  # mapping["key"]: the key is not shown
        yield from _literals_outside_tr(node.value)
        return
    if isinstance(node, ast.Compare):
        return
    if isinstance(node, ast.IfExp):
        yield from _literals_outside_tr(node.body)
        yield from _literals_outside_tr(node.orelse)
        return
    if isinstance(node, ast.Call) and not isinstance(node.func, ast.Attribute):
        # a helper call: its arguments are its own business (scanned where they are shown)
        return
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.expr_context | ast.operator | ast.keyword):
            if isinstance(child, ast.keyword):
                yield from _literals_outside_tr(child.value)
            continue
        yield from _literals_outside_tr(child)


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _text_args(node: ast.Call, positions: tuple[int, ...] | None) -> Iterator[ast.AST]:
    for i, arg in enumerate(node.args):
        if positions is None or i in positions:
            yield arg
    for kw in node.keywords:
        if kw.arg in KEYWORDS:
            yield kw.value


def _dynamic_tr(node: ast.Call) -> bool:
    """tr(x) with x not a literal: lupdate cannot extract it."""
    name = _call_name(node)
    f = node.func
    if name == "translate" and not (
        isinstance(f, ast.Name)
        or (isinstance(f, ast.Attribute) and getattr(f.value, "id", "") in _APPS)
    ):
        return False  # QPainter.translate and the like
    if name == "tr":
        args = node.args[:1]
    elif name == "translate":
        args = node.args[1:2]
        if node.args and not isinstance(node.args[0], ast.Constant):
            return True
    else:
        return False
    return bool(args) and not (
        (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str))
        or (isinstance(args[0], ast.Call) and _call_name(args[0]) == "QT_TRANSLATE_NOOP")
    )


def scan_source(source: str, path: str) -> list[Finding]:
    tree = ast.parse(source, filename=path)
    lines = source.splitlines()
    out: list[Finding] = []
    listed = {  # texts marked with QT_TRANSLATE_NOOP in the module (for lupdate)
        n.args[1].value
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and _call_name(n) == "QT_TRANSLATE_NOOP"
        and len(n.args) == 2
        and isinstance(n.args[1], ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # lupdate does not read inside f-strings
            for inner in ast.walk(node):
                if inner is node or not isinstance(inner, ast.Call) or not _is_tr_call(inner):
                    continue
                texts = {a.value for a in inner.args[-1:] if isinstance(a, ast.Constant)}
                if texts and _call_name(inner) != "QT_TRANSLATE_NOOP" and not texts & listed:
                    out.append(Finding(path, inner.lineno, "f-string", ast.unparse(inner)[:80]))
            continue
        if not isinstance(node, ast.Call):
            continue
        line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
        if "i18n: data" in line:  # a name shown as it is written (a language, a code)
            continue
        name = _call_name(node)
        if _dynamic_tr(node) and "i18n: labels" not in line:
            out.append(Finding(path, node.lineno, name, ast.unparse(node)[:80]))
            continue
        positions: tuple[int, ...] | None
        if isinstance(node.func, ast.Attribute) and name in SETTERS:
            positions = SETTERS[name]
        elif name in CONSTRUCTORS:
            positions = CONSTRUCTORS[name]
        else:
            continue
        for arg in _text_args(node, positions):
            for text in _literals_outside_tr(arg):
                out.append(Finding(path, node.lineno, name, text))
    return out


def scan_tree(root: Path, base: Path | None = None) -> list[Finding]:
    base = base or root.parent
    found: list[Finding] = []
    for file in sorted(root.rglob("*.py")):
        rel = str(file.relative_to(base))
        found.extend(scan_source(file.read_text(encoding="utf-8"), rel))
    return found
