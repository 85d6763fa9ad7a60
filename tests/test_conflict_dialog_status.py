"""The side-by-side conflict view says a brief's status as the app does elsewhere
("Draft", "For review"), never the stored code words, on a line of its own size; the
text sections get the room (s32 H10)."""

from __future__ import annotations

from typing import Any

from adgsom_desktop.services.brief_conflict import ConflictSection, ConflictView
from adgsom_desktop.services.position_diff import DiffSegment
from tests.conftest import save_artifact


def _view() -> ConflictView:
    points_mine = "".join(f"{n}. Point {n}\n" for n in range(1, 8))
    points_theirs = "".join(f"{n}. Point {n}\n" for n in range(1, 7))
    return ConflictView(
        "Brief on item 4.1 (6th ADGSOM)",
        "Yours (this store)",
        "Theirs (the trip copy)",
        "Both changed this brief since they last shared it.",
        (
            ConflictSection(
                "points", "Points to make", points_mine, points_theirs,
                (DiffSegment("same", points_theirs), DiffSegment("added", "7. Point 7\n")),
                True,
            ),
            ConflictSection(
                "status", "Status", "draft", "for_review",
                (DiffSegment("removed", "for_review"), DiffSegment("added", "draft")),
                False,
            ),
        ),
    )  # fmt: skip


def test_status_reads_as_words_on_one_line(qtbot: Any) -> None:
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog

    dlg = ConflictDialog(_view())
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    mine = dlg.findChild(object, "conflict_mine_status")
    theirs = dlg.findChild(object, "conflict_theirs_status")
    assert mine.toPlainText() == "Draft" and theirs.toPlainText() == "For review"
    points = dlg.findChild(object, "conflict_mine_points")
    assert mine.height() < points.height() / 2, (mine.height(), points.height())
    assert mine.height() <= mine.fontMetrics().lineSpacing() * 3
    save_artifact(dlg, "conflict_status_words")
