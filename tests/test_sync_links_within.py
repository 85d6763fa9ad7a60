"""An item that follows on from an item of another meeting, both in one payload (#17:
a trip copy takes the earlier meetings in the event's payload): the link is kept, and the
next export finds no change of the receiving store's own."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from adgsom_desktop.domain.models import AgendaItem
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.importer import MergeOptions
from adgsom_desktop.services.sync_service import trusting
from adgsom_desktop.storage.store import Store


def _links(svc: Services) -> dict[str, str]:
    """Item UUID -> the UUID of the item it follows on from."""
    source = aliased(AgendaItem)
    with svc.ctx.read() as s:
        return dict(
            s.execute(
                select(AgendaItem.uuid, source.uuid).join(
                    source, source.id == AgendaItem.source_item_id
                )
            ).all()
        )


def test_a_follow_on_link_to_an_item_of_the_same_payload_is_kept(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.store_setup import create_store

    path = tmp_path / "demo.adgsom"
    shutil.copyfile(demo_master, path)
    sender = Services.for_store(Store.open(path), actor="aide")
    receiver = Services.for_store(
        create_store(tmp_path / "new.adgsom", our_delegation_code="TH", title="New"),
        actor="head",
    )
    try:
        want = _links(sender)
        assert len(want) >= 5  # the demo's follow-on items
        source = aliased(AgendaItem)
        with sender.ctx.read() as s:
            meetings = {
                m
                for pair in s.execute(
                    select(AgendaItem.meeting_id, source.meeting_id).join(
                        source, source.id == AgendaItem.source_item_id
                    )
                )
                for m in pair
            }
        payload = sender.sync.export_payload(sorted(meetings), events=True)
        receiver.sync.import_payload(payload, MergeOptions("test", "test", trusting), backup=False)
        assert _links(receiver) == want
        again = receiver.sync.export_payload(sorted(_meetings(receiver)), events=True)
        by_key = {r.key: r for r in payload.records}
        changed = [r.key for r in again.records if r.key in by_key and r.rev != by_key[r.key].rev]
        assert changed == []  # remembered as written: nothing of its own to send back
    finally:
        receiver.close()
        sender.close()


def _meetings(svc: Services) -> list[int]:
    from adgsom_desktop.domain.models import Meeting

    with svc.ctx.read() as s:
        return list(s.scalars(select(Meeting.id)).all())
