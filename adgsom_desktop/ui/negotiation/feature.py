"""How negotiated text plugs into the window: the meeting's Texts tab."""

from __future__ import annotations

from typing import Any

from ...i18n.printing import QT_TRANSLATE_NOOP
from ..shell.detail_tabs import DetailTab

TEXTS_TAB = "textsTab"


def texts_tabs() -> list[DetailTab]:
    """Listed by ``app.detail_tabs``; the view's modules load when a store opens."""

    def texts(services: Any, parent: Any) -> Any:
        from .view import TextsView

        return TextsView(services, parent)

    return [
        DetailTab(
            "meeting", QT_TRANSLATE_NOOP("DetailTab", "Texts"), texts, order=25, name=TEXTS_TAB
        )
    ]
