"""How stances and statuses look: always a word (or its short form) with the colour,
never colour alone; colours chosen to stay apart for common colour blindness
(blue-orange axis) and printed text dark enough on every background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.enums import PositionStatus, Stance

# (background, text) per stance.
STANCE_COLOURS: dict[Stance, tuple[str, str]] = {
    Stance.SUPPORT: ("#cfe8ff", "#0b3d6e"),
    Stance.SUPPORT_WITH_AMENDMENTS: ("#e3f1fd", "#0b3d6e"),
    Stance.NEUTRAL: ("#eeeeee", "#333333"),
    Stance.RESERVE: ("#ffe6bf", "#6b3e00"),
    Stance.OPPOSE: ("#ffc9b8", "#7a1500"),
    Stance.UNKNOWN: ("#ffffff", "#666666"),
}

STATUS_COLOURS: dict[PositionStatus, tuple[str, str]] = {
    PositionStatus.DRAFT: ("#e8eaed", "#333333"),
    PositionStatus.FOR_REVIEW: ("#ffe6bf", "#6b3e00"),
    PositionStatus.APPROVED: ("#cdebd6", "#14532d"),
}


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
