"""A small block that never starts a page alone: it takes the end of what precedes it along.

The clearance block closes a brief ("Prepared by / Cleared by / Approved by"). When it does
not fit at the foot of a page, reportlab moves it to the next page by itself, and that page
holds nothing else of the brief. ``KeepWithPrevious`` holds the flowables before the block
(``head``) and the block: where the block does not fit, the last of ``head`` is split so that
its last line or row goes over with the block (a flowable that cannot split goes over whole).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer


def _flat(flowables: list[Any]) -> list[Any]:
    """KeepTogether opened into its content (it always asks to be split: this keeper holds
    them together when they fit, and splits the original when they do not)."""
    out: list[Any] = []
    for f in flowables:
        out += _flat(list(f._content)) if isinstance(f, KeepTogether) else [f]
    return out


def _space(f: Any) -> tuple[float, float]:
    return float(f.getSpaceBefore()), float(f.getSpaceAfter())


def _height(f: Any, width: float, height: float) -> float:
    """``f``'s height as drawn (a KeepTogether: its content's, with the space between)."""
    total = 0.0
    for n, g in enumerate(_flat([f])):
        before, after = _space(g)
        total += (before if n else 0.0) + g.wrap(width, height)[1] + after
    return total - (_space(_flat([f])[-1])[1] if _flat([f]) else 0.0)


class KeepWithPrevious(Flowable):  # type: ignore[misc]
    def __init__(self, head: list[Any], block: list[Any]) -> None:
        super().__init__()
        self.head = list(head)
        self.block = list(block)
        self._laid: list[tuple[Any, float, float]] = []  # (flowable, its height, space before)

    def _all(self) -> list[Any]:
        return _flat([*self.head, *self.block])

    def _lend_canvas(self, flowables: list[Any]) -> None:
        """What the frame gives each flowable it wraps (a KeepTogether needs it)."""
        canv = getattr(self, "canv", None)
        for f in flowables:
            if canv is not None:
                f.canv = canv
            if hasattr(self, "_frame"):
                f._frame = self._frame

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._laid = []
        self._lend_canvas(self._all())
        total = 0.0
        for n, f in enumerate(self._all()):
            before, after = _space(f)
            before = before if n else 0.0
            _w, h = f.wrap(availWidth, availHeight)
            self._laid.append((f, h, before))
            total += before + h + after
        self.width, self.height = availWidth, total
        return availWidth, total

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Each flowable drawn where the frame would have drawn it (page coordinates: a
        change bar inside measures from the page)."""
        top = y + self.height
        for f, h, before in self._laid:
            top -= before + h
            f.drawOn(canvas, x, top)
            top -= _space(f)[1]

    def draw(self) -> None:  # drawOn draws the parts
        pass

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._lend_canvas([*self.head, *self._all()])
        placed: list[Any] = []
        rest: list[Any] = []
        room = availHeight
        for n, f in enumerate(self.head):
            before, after = _space(f)
            h = _height(f, availWidth, room)
            if h + before <= room:
                placed.append(f)
                room -= h + before + after
                continue
            parts = f.split(availWidth, room - before)
            self._lend_canvas(parts)
            if parts:
                placed.append(parts[0])
                rest = [*parts[1:], *self.head[n + 1 :]]
            else:
                rest = self.head[n:]
            break
        else:
            # all of the head fits, the block does not: the head's last line goes with it
            trailing: list[Any] = []
            while placed and getattr(placed[-1], "zero_size", False):
                trailing.insert(0, placed.pop())  # zero-size marks stay with their text
            if not placed:
                return []
            last = placed.pop()
            height = _height(last, availWidth, availHeight)
            parts = last.split(availWidth, height - 1) if height > 1 else []
            self._lend_canvas(parts)
            if len(parts) >= 2:
                placed.append(parts[0])
                rest = [*parts[1:], *trailing]
            else:
                rest = [last, *trailing]
        if not any(not isinstance(f, Spacer) for f in placed):
            if self._at_top():
                # Nothing of the head fits even on a fresh page with the block (a row taller
                # than the page less the block): keeping them together is impossible, so
                # they flow as if unkept rather than move on forever (LayoutError).
                # (The empty first part always fits; the rest goes back to the frame.)
                return [Spacer(0, 0), *self.head, *self.block]
            return []  # nothing of the head stays here: all of it goes to the next page
        return [*placed, KeepWithPrevious(rest, self.block)]

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return bool(getattr(frame, "_atTop", False))


def keep_with_previous(story: list[Any], block: list[Any]) -> list[Any]:
    """``story`` with ``block`` appended so that it never starts a page alone.

    The last flowable with a height (and the zero-size marks after it) goes into the
    keeper; a bookmarked heading is never taken (its bookmark is set by the document).
    """
    if not block:
        return story
    k = len(story)
    while k > 0 and getattr(story[k - 1], "zero_size", False):
        k -= 1
    if k == 0 or getattr(story[k - 1], "bookmark_key", None) is not None:
        return [*story, *block]
    return [*story[: k - 1], KeepWithPrevious(story[k - 1 :], block)]
