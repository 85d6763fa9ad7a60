"""Labels that come from data (enum members, column names, section names), translated.

``lupdate`` sees only literals, so such labels are listed where they are defined
with ``QT_TRANSLATE_NOOP("Labels", ...)`` (or, for the domain's Qt-free enums, in the
generated ``label_catalogue``) and looked up here in the "Labels" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import label_catalogue  # noqa: F401 - lists the domain's labels for lupdate


def label_tr(text: object) -> str:
    """The label in the interface's language (English when it has no translation).

    ``object``: PySide's stubs type ``QT_TRANSLATE_NOOP`` as returning one."""
    label = "" if text is None else str(text)
    return QCoreApplication.translate("Labels", label) if label else label  # i18n: labels
