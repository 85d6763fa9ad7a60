"""Why a part is read-only in the open store (a trip copy carries the negotiated texts and
the cooperation projects read-only: ``services/trip_carry``), asked once per open store.

Views disable what would change the part and give ``read_only_reason`` as the tooltip
(and the Texts tab as a line above the text); an action reached all the same (a key)
says the service's refusal (``refusal``), and the services refuse the write anyway."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from PySide6.QtCore import QCoreApplication

from ...errors import ValidationError
from .errors import message_for

_KNOWN: WeakKeyDictionary[Any, dict[str, str]] = WeakKeyDictionary()


def refusal(services: Any, part: str) -> str:
    """The service's refusal of a change to ``part`` ("texts" or "projects") here, in the
    interface's language; empty when it may be changed."""
    if services is None:
        return ""
    known = _KNOWN.setdefault(services, {})  # per open store: its services
    if part not in known:
        try:
            (services.texts if part == "texts" else services.projects).refuse_here()
            known[part] = ""
        except ValidationError as exc:
            known[part] = message_for(exc)
    return known[part]


def read_only_reason(services: Any, part: str) -> str:
    """Why ``part`` is read-only here, said on what is disabled; empty when it is not."""
    if not refusal(services, part):
        return ""
    if part == "texts":
        return QCoreApplication.translate(
            "ReadOnly",
            "This is a trip copy: negotiated texts are changed in the team store; each Bring "
            "back refreshes them here. Read, export and print them as they are.",
        )
    return QCoreApplication.translate(
        "ReadOnly",
        "This is a trip copy: cooperation projects are changed in the team store; each Bring "
        "back refreshes them here. Read them and print their reports as they are.",
    )
