"""What each key of live mode does, for Help > Keyboard shortcuts (#24 item 4).

``_act`` in ``live_layout`` names every live action with ``live_key_text``; ``live_key_rows``
builds those very actions on a stand-in window (``build_actions`` itself, so the list has
the keys live mode has) and reads their names and keys back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ..common.labels import label_tr

TEXTS = {
    "liveNext": QT_TRANSLATE_NOOP("LiveKeys", "Next item"),
    "livePrevious": QT_TRANSLATE_NOOP("LiveKeys", "Previous item"),
    "liveGoTo": QT_TRANSLATE_NOOP("LiveKeys", "Go to an item by its number"),
    "liveKindKey": QT_TRANSLATE_NOOP("LiveKeys", "Kind of note: %1"),
    "liveStanceKey": QT_TRANSLATE_NOOP("LiveKeys", "Stance of the speaker: %1"),
    "liveStanceKey0": QT_TRANSLATE_NOOP("LiveKeys", "No stance"),
    "livePoint": QT_TRANSLATE_NOOP("LiveKeys", "Tick point to make %1"),
    "liveMandateKey": QT_TRANSLATE_NOOP("LiveKeys", "Fold or unfold the mandate"),
    "livePrivacyKey": QT_TRANSLATE_NOOP("LiveKeys", "Hide the mandate now (and show it again)"),
    "liveCorrectNote": QT_TRANSLATE_NOOP("LiveKeys", "Correct a note (the newest, or the chosen)"),
    "liveTimerKey": QT_TRANSLATE_NOOP("LiveKeys", "Start or stop the speaking timer"),
    "liveOutcome": QT_TRANSLATE_NOOP("LiveKeys", "Record the outcome of the item"),
    "liveActionFromLast": QT_TRANSLATE_NOOP("LiveKeys", "Action item from the last note"),
    "liveSearch": QT_TRANSLATE_NOOP("LiveKeys", "Search the notes and briefs"),
    "liveFullScreen": QT_TRANSLATE_NOOP("LiveKeys", "Full screen"),
    "liveClose": QT_TRANSLATE_NOOP("LiveKeys", "Close live mode"),
    "liveTextKey_": QT_TRANSLATE_NOOP("LiveKeys", "Mark the paragraph: %1"),
    "liveTextNext": QT_TRANSLATE_NOOP("LiveKeys", "Next paragraph of the text"),
    "liveTextPrevious": QT_TRANSLATE_NOOP("LiveKeys", "Previous paragraph of the text"),
    "liveTextNextOpen": QT_TRANSLATE_NOOP("LiveKeys", "Next open paragraph"),
    "liveTextLifted": QT_TRANSLATE_NOOP("LiveKeys", "Brackets lifted on the paragraph"),
    "liveTextKept": QT_TRANSLATE_NOOP("LiveKeys", "Brackets kept on the paragraph"),
    "liveNextSpeaker": QT_TRANSLATE_NOOP("LiveKeys", "Next speaker from the list"),
    "liveAskFloor": QT_TRANSLATE_NOOP("LiveKeys", "Add a delegation asking for the floor"),
}


def live_key_text(name: str, detail: str = "") -> str:
    """What the live action ``name`` does, in the interface's language."""
    key = name if name in TEXTS else next((k for k in TEXTS if name.startswith(k)), "")
    if not key:
        return ""
    text = QCoreApplication.translate("LiveKeys", str(TEXTS[key]))  # i18n: labels
    return text.replace("%1", detail)


def text_detail(name: str) -> str:
    """The paragraph state a text key sets ("liveTextKey_agreed": Agreed), as shown."""
    from ...domain.enums import ParagraphStatus

    value = name.removeprefix("liveTextKey_")
    try:
        return label_tr(ParagraphStatus(value).label)
    except ValueError:
        return value


class _Anything:
    """Stands for any part of the live window: every attribute is itself, calling does
    nothing (the actions are made, never triggered)."""

    def __getattr__(self, name: str) -> _Anything:
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        return None


class _KeyProbe(QWidget):
    def __getattr__(self, name: str) -> Any:
        return _Anything()


def live_key_rows() -> list[tuple[str, str]]:
    """(what it does, keys) of every key of live mode, from ``build_actions`` itself."""
    from ..negotiation.live_text import LiveText
    from ..shell.shortcuts_dialog import keys_of
    from .live_layout import build_actions

    probe = _KeyProbe()
    try:
        text_actions = LiveText._text_actions
        setattr(probe, "_text_actions", lambda act: text_actions(probe, act))  # type: ignore[arg-type]  # noqa: B010
        build_actions(probe)  # type: ignore[arg-type]
        rows = [(a.text(), keys_of(a)) for a in probe.actions() if keys_of(a)]
    finally:
        probe.deleteLater()
    from PySide6.QtGui import QKeySequence

    from .speakers_queue import ASK_KEYS, NEXT_KEYS  # the list of speakers' keys (attach)

    for name, keys in (("liveNextSpeaker", NEXT_KEYS), ("liveAskFloor", ASK_KEYS)):
        native = QKeySequence.SequenceFormat.NativeText
        rows.append(
            (live_key_text(name), ", ".join(QKeySequence(k).toString(native) for k in keys))
        )
    return rows
