"""An item's ADM tags travel in a bundle (#17): the receiving store keeps those it knows
and leaves out one of a framework it lacks, the item and its other tags written all the
same (the tags are resolved together, one by one only when one is refused)."""

from __future__ import annotations

from adgsom_desktop.services.container import Services
from tests.bundle_fixtures import Pair


def _tags_of(svc: Services, meeting: int, title: str) -> tuple[str, ...]:
    (item,) = [i for i in svc.agenda.items(meeting) if i.title == title]
    return item.tags


def test_known_tags_travel_and_an_unknown_framework_is_left_out(pair: Pair) -> None:
    fw = pair.a.frameworks.save_framework(code="DEFA2027", title="DEFA work plan")
    pair.a.frameworks.save_element(fw.id, code="A1", title="Negotiating rounds")
    pair.a.agenda.add_item(pair.meeting, "Known tags only", tags=["ADM2025 DO3", "ADM2025 DO1"])
    pair.a.agenda.add_item(
        pair.meeting, "One tag unknown there", tags=["DEFA2027 A1", "ADM2025 DO3"]
    )
    sent_known = _tags_of(pair.a, pair.meeting, "Known tags only")
    assert len(sent_known) == 2
    assert len(_tags_of(pair.a, pair.meeting, "One tag unknown there")) == 2

    pair.receive(pair.send("tags"))

    assert _tags_of(pair.b, pair.meeting, "Known tags only") == sent_known
    assert _tags_of(pair.b, pair.meeting, "One tag unknown there") == ("ADM2025 DO3",)
    assert "DEFA2027" not in {f.code for f in pair.b.frameworks.frameworks()}
