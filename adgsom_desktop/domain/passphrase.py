"""The one rule a new passphrase follows, wherever it is typed (new store, ``init --encrypt``,
``encrypt``, change passphrase, the GUI dialogs).

A passphrase is kept exactly as typed (never normalised or trimmed: it must match
what is typed later), so it may only hold what can be typed again reliably: no
control character (a trailing carriage return from a Windows line end, a tab, an
escape), no lone surrogate, not only spaces; at least 8 characters, at most 1,000.
"""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..i18n.messages import Message

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1000
_BAD = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def passphrase_problem(
    new: str, repeat: str | None = None, old: str | None = None
) -> Message | None:
    """What is wrong with ``new`` as a new passphrase, in words (None: it is acceptable).

    ``repeat``: what was typed the second time; ``old``: the current passphrase
    (the new one must differ).
    """
    if not isinstance(new, str):
        return Message("The passphrase must be text.")
    if new.endswith("\r") or "\r\n" in new:
        return Message(
            "The passphrase ends with a carriage return (a Windows line end): it could never "
            "be typed again. Give it without the line end."
        )
    if _BAD.search(new):
        return Message(
            "The passphrase holds a character that cannot be typed again reliably "
            "(a control character or an invalid one)."
        )
    if len(new) < MIN_PASSPHRASE:
        return Message(
            "The passphrase needs at least {min_passphrase} characters.",
            min_passphrase=MIN_PASSPHRASE,
        )
    if not new.strip():
        return Message("The passphrase cannot be only spaces.")
    if len(new) > MAX_PASSPHRASE:
        return Message(
            "The passphrase is too long (at most {max_passphrase} characters).",
            max_passphrase=MAX_PASSPHRASE,
        )
    if repeat is not None and repeat != new:
        return Message("The two passphrases differ.")
    if old is not None and old == new:
        return Message("The new passphrase is the same as the current one.")
    return None


def validate_new_passphrase(new: str, repeat: str | None = None, old: str | None = None) -> str:
    """``new`` as typed, or ``ValidationError`` saying what is wrong with it."""
    problem = passphrase_problem(new, repeat, old)
    if problem is not None:
        raise ValidationError(problem, "passphrase")
    return new
