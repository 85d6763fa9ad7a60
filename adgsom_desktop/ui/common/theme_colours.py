"""The app's colours, by meaning, for the Light, Dark and High contrast themes (issue #24).

The only place under ``ui/`` where a colour is written down (a test fails on a colour
literal anywhere else). Widgets and HTML views ask ``theme.current()[role]`` for a role
("muted", "heading", "stance.oppose.bg", ...); the window's QPalette is built from the same
roles (``window``, ``base``, ``text``, ...), so what the contrast test computes is what the
user sees. ``PAIRS`` lists every text colour with every background it is drawn on: the
test checks each pair for WCAG AA (4.5:1; 7:1 in High contrast). Status colours are never
the only sign: each comes with a word or a shape where it is used.

PDF packs keep their print colours (``reports/``): they are not themed.
"""

from __future__ import annotations

from collections.abc import Mapping

# -- Light ----------------------------------------------------------------------------
LIGHT: dict[str, str] = {
    # the palette
    "window": "#efefef",
    "base": "#ffffff",
    "alt_base": "#f4f6f9",
    "text": "#1c2430",
    "button": "#e6e8eb",
    "highlight": "#2a64a8",
    "highlight_text": "#ffffff",
    "link": "#1a4fa0",
    "placeholder": "#5f6774",
    "tooltip_bg": "#ffffe1",
    "mid": "#a9b0ba",
    "disabled_text": "#6e7682",
    # text by meaning (drawn on window and base)
    "muted": "#545c69",
    "heading": "#123a7a",
    "error": "#b00020",
    "warning": "#7a5000",
    "ok": "#1c6a3f",
    "ins": "#1a4fa0",
    "del": "#b3261e",
    "who": "#6b5200",
    # surfaces (text drawn on them listed in PAIRS)
    "tag_bg": "#e1e7f0",
    "header_bg": "#e1e7f0",
    "bracket_bg": "#fff1c2",
    "search_hit_bg": "#ffe58a",
    "error_bg": "#fde2e1",
    "ok_bg": "#e3f1e5",
    "warn_bg": "#fff1d6",
    "diff_del_bg": "#ffd7d5",
    "diff_del_fg": "#7a1500",
    "diff_ins_bg": "#d3f2dc",
    "diff_ins_fg": "#0d4620",
    # lines and marks (not text)
    "grid_line": "#c9d0da",
    "warn_border": "#d08c00",
    "focus_row": "#1a56c4",
    # stances: chip (bg, fg) and ink (a word coloured on the window)
    "stance.support.bg": "#cfe8ff",
    "stance.support.fg": "#0b3d6e",
    "stance.support_with_amendments.bg": "#e3f1fd",
    "stance.support_with_amendments.fg": "#0b3d6e",
    "stance.neutral.bg": "#eeeeee",
    "stance.neutral.fg": "#333333",
    "stance.reserve.bg": "#ffe6bf",
    "stance.reserve.fg": "#6b3e00",
    "stance.oppose.bg": "#ffc9b8",
    "stance.oppose.fg": "#7a1500",
    "stance.unknown.bg": "#ffffff",
    "stance.unknown.fg": "#5f6774",
    "stance.support.ink": "#1c6a3f",
    "stance.support_with_amendments.ink": "#2a6e45",
    "stance.neutral.ink": "#545c69",
    "stance.reserve.ink": "#7a5000",
    "stance.oppose.ink": "#a12b2b",
    "stance.unknown.ink": "#5f6774",
    # position status: chip (bg, fg) and the dot beside its word in the tree
    "status.draft.bg": "#e8eaed",
    "status.draft.fg": "#333333",
    "status.for_review.bg": "#ffe6bf",
    "status.for_review.fg": "#6b3e00",
    "status.approved.bg": "#cdebd6",
    "status.approved.fg": "#14532d",
    "status.none.bg": "#ffffff",
    "status.none.fg": "#545c69",
    "status.draft.dot": "#9aa3ad",
    "status.for_review.dot": "#e0a100",
    "status.approved.dot": "#2e8b57",
    # paragraphs of a negotiated text (row backgrounds)
    "para.agreed.bg": "#d9efd9",
    "para.agreed_ad_ref.bg": "#e3f0fb",
    "para.bracketed.bg": "#fdf0cf",
    "para.pending.bg": "#eeeeee",
    "para.deleted.bg": "#f3dede",
    # the week grid
    "programme.break.bg": "#ece9e0",
    "programme.meal.bg": "#f3e6cf",
    "programme.photo.bg": "#e4ecf4",
    "programme.bilateral.bg": "#e6f0e0",
    "programme.ceremony.bg": "#efe4f2",
    "programme.registration.bg": "#ececec",
    "programme.other.bg": "#ececec",
    "programme.border": "#b9b4a6",
    "meeting.bg": "#dbe7f7",
    "meeting.chosen.bg": "#aac8f0",
    "meeting.guessed.bg": "#e9eef5",
    "meeting.border": "#7f9cc6",
    "meeting.chosen.border": "#3d6fb6",
    # projects (tracker bars and table marks, always beside the status word)
    "project.proposed": "#c9d3df",
    "project.approved": "#8fb3d9",
    "project.ongoing": "#2f6fb0",
    "project.extended": "#6a4fa3",
    "project.completed": "#5b8c5a",
    "project.dropped": "#b7b7b7",
    "coverage.empty.bg": "#fdf1ea",
    "coverage.gap.bg": "#f6c9b3",
    "today": "#c0392b",
    "milestone": "#1a1a1a",
    "milestone.done": "#ffffff",
    # the lock screen (its own look in every theme)
    "lock.backdrop": "#18233a",
    "lock.ring": "#2d4a7a",
    "lock.card": "#ffffff",
    "lock.title": "#18233a",
    "lock.text": "#3c4658",
}

# -- Dark -----------------------------------------------------------------------------
DARK: dict[str, str] = {
    "window": "#202327",
    "base": "#17191d",
    "alt_base": "#1f2227",
    "text": "#e8eaed",
    "button": "#2c3036",
    "highlight": "#2f6cb3",
    "highlight_text": "#ffffff",
    "link": "#8ab4f8",
    "placeholder": "#9aa3ad",
    "tooltip_bg": "#2c3036",
    "mid": "#4a515b",
    "disabled_text": "#8a929c",
    "muted": "#aab2bd",
    "heading": "#9cc2ff",
    "error": "#ff8a80",
    "warning": "#f2c061",
    "ok": "#7bd88f",
    "ins": "#8ab4f8",
    "del": "#ff8a80",
    "who": "#e6c86e",
    "tag_bg": "#2f3a48",
    "header_bg": "#2a323d",
    "bracket_bg": "#4a3d12",
    "search_hit_bg": "#6b5a12",
    "error_bg": "#4a2020",
    "ok_bg": "#1d3b26",
    "warn_bg": "#42361a",
    "diff_del_bg": "#5a1f1c",
    "diff_del_fg": "#ffd2cc",
    "diff_ins_bg": "#1c4a2c",
    "diff_ins_fg": "#ccf5d8",
    "grid_line": "#4a515b",
    "warn_border": "#c99a3a",
    "focus_row": "#8ab4f8",
    "stance.support.bg": "#17406b",
    "stance.support.fg": "#d6eaff",
    "stance.support_with_amendments.bg": "#1f3550",
    "stance.support_with_amendments.fg": "#d6eaff",
    "stance.neutral.bg": "#3a3d42",
    "stance.neutral.fg": "#e8eaed",
    "stance.reserve.bg": "#5a3d0a",
    "stance.reserve.fg": "#ffe2b3",
    "stance.oppose.bg": "#63231a",
    "stance.oppose.fg": "#ffd2c6",
    "stance.unknown.bg": "#17191d",
    "stance.unknown.fg": "#aab2bd",
    "stance.support.ink": "#7bd88f",
    "stance.support_with_amendments.ink": "#a6e6b3",
    "stance.neutral.ink": "#b4bcc6",
    "stance.reserve.ink": "#f2c061",
    "stance.oppose.ink": "#ff8a80",
    "stance.unknown.ink": "#9aa3ad",
    "status.draft.bg": "#3a3d42",
    "status.draft.fg": "#e8eaed",
    "status.for_review.bg": "#5a3d0a",
    "status.for_review.fg": "#ffe2b3",
    "status.approved.bg": "#1d4a2c",
    "status.approved.fg": "#ccf5d8",
    "status.none.bg": "#17191d",
    "status.none.fg": "#aab2bd",
    "status.draft.dot": "#8a929c",
    "status.for_review.dot": "#e0a100",
    "status.approved.dot": "#3fae6e",
    "para.agreed.bg": "#1d3b26",
    "para.agreed_ad_ref.bg": "#1c3249",
    "para.bracketed.bg": "#42361a",
    "para.pending.bg": "#2c3036",
    "para.deleted.bg": "#4a2020",
    "programme.break.bg": "#35332c",
    "programme.meal.bg": "#3d3424",
    "programme.photo.bg": "#26313d",
    "programme.bilateral.bg": "#27352a",
    "programme.ceremony.bg": "#382c3d",
    "programme.registration.bg": "#303236",
    "programme.other.bg": "#303236",
    "programme.border": "#6b675d",
    "meeting.bg": "#1f3550",
    "meeting.chosen.bg": "#2f5484",
    "meeting.guessed.bg": "#263140",
    "meeting.border": "#5f7fab",
    "meeting.chosen.border": "#8ab4f8",
    "project.proposed": "#6b7786",
    "project.approved": "#5f88b5",
    "project.ongoing": "#4a8ad0",
    "project.extended": "#9077c6",
    "project.completed": "#6fa86e",
    "project.dropped": "#7a7a7a",
    "coverage.empty.bg": "#3a2a22",
    "coverage.gap.bg": "#5c3322",
    "today": "#ff6f5e",
    "milestone": "#e8eaed",
    "milestone.done": "#17191d",
    "lock.backdrop": "#0d1320",
    "lock.ring": "#3d5f96",
    "lock.card": "#202327",
    "lock.title": "#e8eaed",
    "lock.text": "#c3c9d2",
}

STANCES = ("support", "support_with_amendments", "neutral", "reserve", "oppose", "unknown")
STATUSES = ("draft", "for_review", "approved", "none")
PARAGRAPHS = ("agreed", "agreed_ad_ref", "bracketed", "pending", "deleted")
PROGRAMME = ("break", "meal", "photo", "bilateral", "ceremony", "registration", "other")

# Text colour -> every background it is drawn on (the contrast test checks each pair).
_ON_PAGES = ("window", "base", "alt_base")
_INKS = ("text", "muted", "heading", "error", "warning", "ok", "ins", "del", "who", "link")


def _pairs() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = [(ink, page) for ink in _INKS for page in _ON_PAGES]
    # disabled text is exempt in WCAG (an inactive control); it is only kept readable
    out += [("placeholder", "base"), ("text", "button")]
    out += [("highlight_text", "highlight"), ("text", "tooltip_bg")]
    out += [(f"stance.{s}.ink", page) for s in STANCES for page in _ON_PAGES]
    out += [(f"stance.{s}.fg", f"stance.{s}.bg") for s in STANCES]
    out += [(f"status.{s}.fg", f"status.{s}.bg") for s in STATUSES]
    out += [("text", f"para.{p}.bg") for p in PARAGRAPHS]
    out += [("text", f"programme.{k}.bg") for k in PROGRAMME]
    out += [("text", m) for m in ("meeting.bg", "meeting.chosen.bg", "meeting.guessed.bg")]
    out += [("text", "tag_bg"), ("text", "header_bg"), ("muted", "header_bg")]
    out += [(ink, "bracket_bg") for ink in ("text", "ins", "del", "who")]
    out += [("text", "search_hit_bg")]
    out += [("text", "error_bg"), ("error", "error_bg"), ("del", "error_bg")]
    out += [("text", "ok_bg"), ("ok", "ok_bg"), ("text", "warn_bg"), ("warning", "warn_bg")]
    out += [("diff_del_fg", "diff_del_bg"), ("diff_ins_fg", "diff_ins_bg")]
    out += [("text", "coverage.empty.bg"), ("text", "coverage.gap.bg")]
    out += [("lock.title", "lock.card"), ("lock.text", "lock.card"), ("error", "lock.card")]
    return tuple(out)


PAIRS: tuple[tuple[str, str], ...] = _pairs()

# Marks that are not text (lines, bars, dots): WCAG's 3:1 for graphics, against the page.
GRAPHICS: tuple[tuple[str, str], ...] = (
    ("focus_row", "base"),  # also the focus ring (theme_focus) around any focused widget
    ("focus_row", "window"),
    ("focus_row", "button"),
    ("focus_row", "alt_base"),
    ("today", "base"),
    ("error", "base"),
    ("milestone", "base"),
)


def _mix(colour: str, target: str, amount: float) -> str:
    a = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(target[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


_SURFACES = {"window", "base", "alt_base", "button", "tooltip_bg", "highlight", "milestone.done"}


def _high_contrast(dark: Mapping[str, str]) -> dict[str, str]:
    """Dark, pushed apart: every surface halfway to black, every ink and line halfway to
    white (a cheap, checked variant: the test asks 7:1 of it)."""
    out: dict[str, str] = {}
    for role, colour in dark.items():
        surface = role.endswith("bg") or role in _SURFACES or role.startswith("lock.card")
        out[role] = _mix(colour, "#000000" if surface else "#ffffff", 0.55)
    out["lock.backdrop"] = "#000000"
    out["highlight"] = "#0a3f80"
    return out


HIGH_CONTRAST: dict[str, str] = _high_contrast(DARK)

THEMES: dict[str, Mapping[str, str]] = {
    "light": LIGHT,
    "dark": DARK,
    "contrast": HIGH_CONTRAST,
}


_current: list[Mapping[str, str]] = [LIGHT]


def current_colours() -> Mapping[str, str]:
    """The colours of the theme in use (``theme.apply`` sets it), for Qt-free HTML builders."""
    return _current[0]


def set_current(name: str) -> None:
    _current[0] = THEMES[name]


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1.0 to 21.0)."""

    def lum(c: str) -> float:
        def chan(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        r, g, b = (int(c[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * chan(r) + 0.7152 * chan(g) + 0.0722 * chan(b)

    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
