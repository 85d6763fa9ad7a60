"""The offline merge of a brief changed on both sides (``sync/brief_sections``), on the
content a brief travels as: one rule with the team store's (``brief_merge``)."""

from __future__ import annotations

from typing import Any

from adgsom_desktop.services.sync.brief_sections import merge_brief


def _brief(status: str = "draft", **sections: Any) -> dict[str, Any]:
    brief = {
        "objective": "Adopt the Masterplan.",
        "stance": "support",
        "red_line": "No binding targets.",
        "points": ["Welcome the draft."],
        "press_line": "",
        "owner": "u-somchai",
    }
    brief.update(sections)
    approval = {"by": "u-head", "at": None} if status == "approved" else None
    return {"item": "i1", "brief": brief, "status": status, "approval": approval}


def test_different_sections_merge_and_the_merge_is_the_same_from_either_side() -> None:
    base = _brief()
    ours = _brief(red_line="Not before 2030.")
    theirs = _brief(points=["Welcome the draft.", "Ask for a review."])
    m = merge_brief(base, ours, theirs)
    assert m.clean and m.content is not None
    assert m.content["brief"]["red_line"] == "Not before 2030."
    assert m.content["brief"]["points"] == ["Welcome the draft.", "Ask for a review."]
    assert (m.from_mine, m.from_theirs, m.conflicts) == (("red_line",), ("points",), ())
    assert m.detail("here", "the trip") == "Red line from here; Points to make from the trip"
    other = merge_brief(base, theirs, ours)
    assert other.content is not None
    assert other.content["brief"] == m.content["brief"]  # both stores reach one revision
    assert other.content["brief"]["owner"] == "u-somchai"


def test_a_section_changed_differently_on_both_sides_is_the_only_conflict() -> None:
    m = merge_brief(
        _brief(),
        _brief(red_line="Ours.", press_line="Our press line."),
        _brief(red_line="Theirs.", points=["Theirs."]),
    )
    assert not m.clean and m.conflicts == ("red_line",)
    assert m.from_mine == ("press_line",) and m.from_theirs == ("points",)
    assert m.detail("here", "there").endswith("changed on both sides: Red line")
    same = merge_brief(_brief(), _brief(red_line="Same."), _brief(red_line="Same."))
    assert same.clean and same.conflicts == ()


def test_an_approval_is_never_merged_into() -> None:
    m = merge_brief(_brief(), _brief("approved"), _brief(points=["Edited elsewhere."]))
    assert m.approved and not m.clean
    m = merge_brief(_brief(), _brief(red_line="Edited."), _brief("approved"))
    assert m.approved and not m.clean


def test_status_follows_the_side_that_changed_it_else_draft() -> None:
    base = _brief("for_review")
    m = merge_brief(base, _brief("draft", red_line="A."), _brief("for_review", points=["B."]))
    assert m.content is not None and m.content["status"] == "draft"
    m = merge_brief(base, _brief("for_review", red_line="A."), _brief("for_review", points=[]))
    assert m.content is not None and m.content["status"] == "for_review"
    assert m.content["approval"] is None
