"""Store-level settings: our delegation, classifications, the store's title."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import settings as keys
from ..domain.enums import Audience
from ..domain.locator import Locator
from ..domain.models import Delegation, StoreSetting
from ..domain.reference import DEFAULT_CLASSIFICATIONS
from ..domain.text import clean_text
from ..errors import ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .records import StoreSettings


def read_settings(session: Session) -> StoreSettings:
    values = {s.key: s.value for s in session.scalars(select(StoreSetting))}
    classes = (
        tuple(c.strip() for c in values.get(keys.CLASSIFICATIONS, "").splitlines() if c.strip())
        or DEFAULT_CLASSIFICATIONS
    )
    default = values.get(keys.DEFAULT_CLASSIFICATION, "") or "RESTRICTED"
    return StoreSettings(
        our_delegation_code=values.get(keys.OUR_DELEGATION, ""),
        default_classification=default,
        classifications=classes,
        title=values.get(keys.STORE_TITLE, ""),
        audience_minimums=tuple(
            (a, _minimum(a, values.get(keys.AUDIENCE_MINIMUM + a.value, ""), classes, default))
            for a in Audience
        ),
    )


def _minimum(audience: Audience, stored: str, classes: tuple[str, ...], default: str) -> str:
    """The audience's lowest classification: as set, else the rule's default
    (``reports/minimums.DEFAULT_MINIMUMS``), else, on a store whose list holds neither,
    the highest for the head of delegation, the lowest for public lines and the store's
    default for the others."""
    from ..reports.minimums import DEFAULT_MINIMUMS

    for value in (stored, DEFAULT_MINIMUMS[audience]):
        if value in classes:
            return value
    if audience is Audience.HOD:
        return classes[-1]
    if audience is Audience.PUBLIC or default not in classes:
        return classes[0]
    return default


def our_code(session: Session) -> str:
    row = session.get(StoreSetting, keys.OUR_DELEGATION)
    return row.value if row else ""


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(StoreSetting, key)
    if row is None:
        session.add(StoreSetting(key=key, value=value))
    else:
        row.value = value


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def trip_team(self) -> Locator | None:
        """The team store this store is a trip copy of (#17), or None: read without the
        trip service and the merge engine (the window's title and status bar ask at idle)."""
        with self._ctx.read() as s:
            raw = s.scalar(select(StoreSetting.value).where(StoreSetting.key == keys.TRIP_OF))
        if not raw:
            return None
        try:
            return Locator.parse(json.loads(raw)["locator"])
        except (ValueError, KeyError, TypeError, ValidationError):
            return None

    def get(self) -> StoreSettings:
        with self._ctx.read() as s:
            return read_settings(s)

    def update(
        self,
        *,
        our_delegation_code: str | None = None,
        default_classification: str | None = None,
        classifications: tuple[str, ...] | None = None,
        title: str | None = None,
        audience_minimums: dict[Audience, str] | None = None,
    ) -> StoreSettings:
        with self._ctx.write() as s:
            if our_delegation_code is not None:
                code = our_delegation_code.strip().upper()
                if code and s.scalar(select(Delegation.id).where(Delegation.code == code)) is None:
                    raise ValidationError(
                        "No delegation with code {code}.", "our_delegation", code=code
                    )
                _put(s, keys.OUR_DELEGATION, code)
            if classifications is not None:
                cleaned = [
                    clean_text(c, "Classification", max_len=60, single_line=True).upper()
                    for c in classifications
                ]
                cleaned = [c for c in cleaned if c]
                if not cleaned:
                    raise ValidationError("Keep at least one classification.", "classifications")
                _put(s, keys.CLASSIFICATIONS, "\n".join(dict.fromkeys(cleaned)))
            current = read_settings(s)
            if default_classification is not None:
                value = clean_text(
                    default_classification, "Default classification", max_len=60, single_line=True
                ).upper()
                if value not in current.classifications:
                    raise ValidationError(
                        "{value} is not one of the classifications: {choices}",
                        "default_classification",
                        value=value,
                        choices=", ".join(current.classifications),
                    )
                _put(s, keys.DEFAULT_CLASSIFICATION, value)
            if title is not None:
                _put(s, keys.STORE_TITLE, clean_text(title, "Title", max_len=200, single_line=True))
            for audience, minimum in (audience_minimums or {}).items():
                value = clean_text(minimum, "Minimum", max_len=60, single_line=True).upper()
                if value not in current.classifications:
                    raise ValidationError(
                        "{value} is not one of the classifications: {choices}",
                        "audience_minimums",
                        value=value,
                        choices=", ".join(current.classifications),
                    )
                _put(s, keys.AUDIENCE_MINIMUM + Audience(audience).value, value)
            s.flush()
            self._ctx.audit(s, "edit", "settings")
            result = read_settings(s)
            self._ctx.publish(Change(ChangeKind.SETTINGS))
        return result
