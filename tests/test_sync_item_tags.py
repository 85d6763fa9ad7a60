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


def test_held_tags_read_at_once_are_the_ids_resolve_tags_gives(pair: Pair) -> None:
    """The one-statement read (``tag_ids.held_tag_ids``) gives each label the id
    ``resolve_tags`` gives it, typed alike; a label not held or not parsing: None (the
    caller then resolves them one by one, adding or refusing as ever)."""
    from adgsom_desktop.services.item_tags import resolve_tags
    from adgsom_desktop.services.sync.tag_ids import held_tag_ids

    labels = ["ADM2025 DO3", "ADM2025 DO1", "DO3", "adm2025:do1"]
    with pair.b.ctx.read() as s:
        fast = held_tag_ids(s, labels)
        slow = {label: tag.id for label, tag in zip(labels, resolve_tags(s, labels), strict=True)}
        assert fast == slow
        assert fast is not None and all(type(v) is int for v in fast.values())
        assert held_tag_ids(s, ["ADM2025 DO3", "DEFA2027 A1"]) is None  # a framework not held
        assert held_tag_ids(s, ["ADM2025 DO3", "ADM2025 EA 3.9"]) is None  # added by resolve
        assert held_tag_ids(s, ["not a tag at all ###"]) is None


def test_held_tags_read_at_once_on_a_team_store(team: tuple[Services, int]) -> None:
    """The same on PostgreSQL (a team store receives bundles and trips too)."""
    from adgsom_desktop.services.item_tags import resolve_tags
    from adgsom_desktop.services.sync.tag_ids import held_tag_ids

    svc, _meeting = team
    labels = ["ADM2025 DO3", "DO1"]
    with svc.ctx.read() as s:
        fast = held_tag_ids(s, labels)
        slow = {label: tag.id for label, tag in zip(labels, resolve_tags(s, labels), strict=True)}
        assert fast == slow
        assert held_tag_ids(s, ["ADM2025 DO3", "DEFA2027 A1"]) is None
