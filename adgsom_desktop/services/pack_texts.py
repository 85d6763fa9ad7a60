"""What negotiated text adds to a briefing pack: the compilation of our amendments to the
texts of the pack's meetings, and, in the brief of an item of the Ministers' agenda, the
SOM outcomes it builds on."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Meeting, OurAmendment, OutcomeDocument
from ..i18n.printing import translate
from ..reports.pack_model import BuildsOn, CompilationDoc
from .ministers_service import entry
from .negotiation.compilation import compilation_docs
from .outcome_order import ORDER as OUTCOME_ORDER


def pack_texts(s: Session, meeting_ids: list[int]) -> tuple[CompilationDoc, ...]:
    """Our amendments, document by document, for the documents of these meetings that have
    any."""
    if not meeting_ids:
        return ()
    docs = list(
        s.scalars(
            select(OutcomeDocument.id)
            .where(
                OutcomeDocument.meeting_id.in_(meeting_ids),
                OutcomeDocument.id.in_(select(OurAmendment.document_id)),
            )
            .order_by(OutcomeDocument.meeting_id, OutcomeDocument.ord, OutcomeDocument.id)
        )
    )
    return compilation_docs(s, docs)


def builds_on(s: Session, item_id: int) -> tuple[BuildsOn, ...]:
    from ..domain.models import AgendaItem, Outcome

    rows = s.execute(
        select(Outcome, AgendaItem)
        .join(AgendaItem, Outcome.item_id == AgendaItem.id)
        .where(Outcome.ministers_item_id == item_id, Outcome.for_ministers.is_(True))
        .order_by(AgendaItem.id, *OUTCOME_ORDER)
    ).all()
    out = []
    for o, item in rows:
        e = entry(s, s.get_one(Meeting, item.meeting_id), o, item)
        out.append(
            BuildsOn(
                decision=e.decision,
                source=f"{e.som_meeting_label}, {translate('Pack', 'item %s') % item.number}",
                som_outcome=e.som_outcome,
            )
        )
    return tuple(out)


def items_building_on(s: Session, item_ids: list[int]) -> set[int]:
    """Items of the Ministers' agenda that SOM outcomes were marked for (worth a brief)."""
    from ..domain.models import Outcome

    return {
        i
        for i in s.scalars(
            select(Outcome.ministers_item_id).where(
                Outcome.ministers_item_id.in_(item_ids), Outcome.for_ministers.is_(True)
            )
        )
        if i is not None
    }
