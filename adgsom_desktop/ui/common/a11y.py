"""Accessibility in one place: names for screen readers, and the Tab order.

- ``name``: the accessible name (what a screen reader announces: "Objective", "Move up")
  and description (what the field is for) of a widget. Both are user-visible text: the
  caller passes strings already through ``self.tr()``.
- ``chain``: Tab visits the widgets in the order given (the reading order: down a column,
  then the top of the column to its right). Hidden or disabled widgets are skipped by Qt.
- ``order``: the same inside a window or view, where fields are many: the items given
  (fields, or containers and tab widgets standing for their fields) in that order, at
  the place of the first of them; the other fields keep theirs.
- ``chain_before``: widgets created after their neighbours (rows added to a list) put
  back in the chain just before ``anchor``.
- ``attach_after``: a part built after the window (a record's views, built when a record
  of their kind is first shown; the start page) put in the chain right after ``anchor``,
  by a walk of its own widgets only (never of the whole window's chain, never past the
  part's last widget: see ``_block``).
- ``keyless_tab_stops``: a toolbar button whose action has no key takes Tab.
- ``no_tab_stop``: a container that scrolls its content (a scroll area of fields) is not a
  stop of its own; Tab goes through its fields and the area follows the focus.

The test ``tests/test_accessibility.py`` walks every window and dialog and fails on a
focusable widget with no name and on a Tab step out of the reading order.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QToolBar, QToolButton, QWidget

W = TypeVar("W", bound=QWidget)


def name(widget: W, accessible_name: str, description: str = "") -> W:
    """Give ``widget`` an accessible name (and a description); returns the widget."""
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def chain(*widgets: QWidget | None) -> None:
    """Tab goes from each widget to the next one given (None entries are left out)."""
    present = [w for w in widgets if w is not None]
    for a, b in pairwise(present):
        QWidget.setTabOrder(a, b)


def takes_tab(widget: QWidget) -> bool:
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    )


def stops_in(root: QWidget) -> list[QWidget]:
    """The Tab stops inside ``root`` (itself included), in the focus chain's order; a tab
    widget's tab bar comes before its pages."""
    return [
        w
        for w in _whole_chain(root.window())
        if (w is root or root.isAncestorOf(w)) and takes_tab(w)
    ]


def _whole_chain(window: QWidget) -> list[QWidget]:
    """Every widget of ``window``'s chain, in order, the window last. The last one is
    known first (the window's previous), so the walk never asks it for the next one
    (that would make the window a child of it for PySide: see ``_block``)."""
    last = window.previousInFocusChain()
    out: list[QWidget] = []
    seen: set[int] = set()
    w: QWidget | None = window.nextInFocusChain()
    while w is not None and id(w) not in seen:
        seen.add(id(w))
        out.append(w)
        if w is last or w is window:
            break
        w = w.nextInFocusChain()
    return out


def _expand(item: QWidget) -> list[QWidget]:
    if isinstance(item, QTabWidget):
        out: list[QWidget] = [item.tabBar()]
        for i in range(item.count()):
            page = item.widget(i)
            if page is not None:
                out += stops_in(page)
        return out
    return stops_in(item)


def order(root: QWidget, *items: QWidget | None) -> None:
    """Tab goes through ``items`` in the order given (a field, or a container standing for
    its fields in their order; a tab widget: its tabs, then each page), starting where
    the first of them is now in ``root``; ``root``'s other fields keep their places."""
    listed: list[QWidget] = []
    for item in items:
        if item is not None:
            listed += [w for w in _expand(item) if w not in listed]
    placed: list[QWidget] = []
    for w in stops_in(root):
        if w not in listed:
            placed.append(w)
        elif listed[0] not in placed:
            placed += listed
    chain(*placed)


def chain_before(anchor: QWidget, widgets: Iterable[QWidget], container: QWidget) -> None:
    """Put ``widgets`` in the Tab order, in the order given, right before ``anchor``.

    ``container`` holds them all (a list of rows and its add button): they follow the
    stop before ``anchor`` outside ``container``. That stop is found walking back from
    ``anchor``, a stop already in its place: the container itself takes no focus, so it
    may sit anywhere in the chain (at its end when its view was built after the window
    and put in place by ``attach_after``, which moves stops only)."""
    ordered = [w for w in widgets if w is not anchor]
    if not ordered:
        return
    before: QWidget | None = anchor.previousInFocusChain()
    while (
        before is not None
        and before is not anchor
        and not (
            takes_tab(before)
            and before is not container
            and not before.isAncestorOf(container)
            and not container.isAncestorOf(before)
        )
    ):
        before = before.previousInFocusChain()
    chain(None if before is anchor else before, *ordered, anchor)


def attach_after(anchor: QWidget, part: QWidget) -> None:
    """Tab goes from ``anchor`` to the stops of ``part`` (in their order), then on to
    what followed ``anchor``.

    ``part`` was just built (Qt put it and its widgets at the end of the window's chain,
    after whatever the window built since its first layout: a dock below, say)."""
    chain(anchor, *(w for w in _block(part) if takes_tab(w)))


def _block(part: QWidget) -> list[QWidget]:
    """``part`` and its widgets, in the chain's order (a part built at once is one block
    of the chain), never asking for the widget after the block's last one.

    PySide makes the widget ``nextInFocusChain`` returns a child of the one asked: had
    the walk asked the block's last widget for the next (the main window, at the chain's
    end), deleting ``part`` with the next store would mark the main window's dialogs'
    buttons deleted ("Internal C++ object already deleted": test_trip_gui)."""
    window = part.window()
    size = sum(1 for w in part.findChildren(QWidget) if w.window() is window)
    out = [part]
    while len(out) <= size:
        w = out[-1].nextInFocusChain()
        if w is None or not part.isAncestorOf(w):
            break
        out.append(w)
    return out


def keyless_tab_stops(*bars: QToolBar) -> list[QWidget]:
    """A toolbar's buttons take no focus: the button of an action with no key is made a
    Tab stop, so that every action is reachable from the keyboard. Returns them."""
    out: list[QWidget] = []
    for bar in bars:
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton) and not action.shortcuts():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                out.append(button)
    return out


def no_tab_stop(widget: W) -> W:
    """A scroll area (or a frame) whose content takes the focus is no Tab stop itself."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget
