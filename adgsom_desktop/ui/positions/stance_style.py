"""How stances and statuses look: always a word (or its short form) with the colour,
never colour alone; colours chosen to stay apart for common colour blindness
(blue-orange axis) and printed text dark enough on every background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import PositionStatus, Stance
from ..common import theme


def stance_colours(stance: Stance) -> tuple[str, str]:
    """(background, text) of a stance's chip or cell, in the theme's colours."""
    return theme.current().chip(f"stance.{stance.value}")


def status_colours(status: PositionStatus | None) -> tuple[str, str]:
    """(background, text) of a position status chip (None: no position yet)."""
    return theme.current().chip(f"status.{status.value if status else 'none'}")


def stance_label(stance: Stance) -> str:
    return {
        Stance.SUPPORT: QCoreApplication.translate("Stance", "Support"),
        Stance.SUPPORT_WITH_AMENDMENTS: QCoreApplication.translate(
            "Stance", "Support with amendments"
        ),
        Stance.NEUTRAL: QCoreApplication.translate("Stance", "Neutral"),
        Stance.RESERVE: QCoreApplication.translate("Stance", "Reserve"),
        Stance.OPPOSE: QCoreApplication.translate("Stance", "Oppose"),
        Stance.UNKNOWN: QCoreApplication.translate("Stance", "Unknown"),
    }[stance]


def status_label(status: PositionStatus) -> str:
    return {
        PositionStatus.DRAFT: QCoreApplication.translate("Status", "Draft"),
        PositionStatus.FOR_REVIEW: QCoreApplication.translate("Status", "For review"),
        PositionStatus.APPROVED: QCoreApplication.translate("Status", "Approved"),
    }[status]


def chip_css(colours: tuple[str, str]) -> str:
    bg, fg = colours
    return (
        f"background: {bg}; color: {fg}; border: 1px solid {fg}; border-radius: 9px;"
        " padding: 2px 10px; font-weight: bold;"
    )
