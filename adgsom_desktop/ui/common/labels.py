"""Labels that come from data (enum members, column names, section names), translated.

``lupdate`` sees only literals, so such labels are listed where they are defined
with ``QT_TRANSLATE_NOOP("Labels", ...)`` (or, for the domain's Qt-free enums, in the
generated ``label_catalogue``) and looked up here in the "Labels" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import label_catalogue  # noqa: F401 - lists the domain's labels for lupdate


def label_tr(text: str) -> str:
    """The label in the interface's language (English when it has no translation)."""
    return QCoreApplication.translate("Labels", text) if text else text  # i18n: labels
