"""The page: A4 margins and the width a flowable may take in portrait and landscape."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 24 * mm
# A frame keeps reportlab's 6 pt padding on each side: the width a table may take
# is the page less the margins and that padding (a table as wide as the margins
# stuck out 6-12 pt past the right margin).
FRAME_PADDING = 6.0
PORTRAIT_W = A4[0] - 2 * MARGIN_X - 2 * FRAME_PADDING
LANDSCAPE_W = A4[1] - 2 * MARGIN_X - 2 * FRAME_PADDING
