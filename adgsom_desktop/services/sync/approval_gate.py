"""Which approvals that come in are recorded as approvals here, and what the report says
of the others (#17: "an approval travels only when signed by the approver's own key";
review s32 H20).

A brief comes in approved only when its approval is signed by the approver's own key
(``MergeOptions.approval_ok``; a trip copy's own store trusts its copy) **and** this store
may record it: a team store's server records an approval only from the approver signed
in to it (``storage/pg_team``'s triggers), so an aide importing the head's signed approval
could never write it, and the whole import (its preview too) failed on that one row.  Now
such a brief comes in for review, everything else comes in, and the report names the
brief and says why: the approver confirms it signed in to the team store.  The signature
is kept (``bundle_service._keep_signatures``) so that the approval may travel on.

An approval that is not written here (not signed, or not this store's to record) of the
very text held here approved brings nothing (review s33 R7): the brief stays as it is,
its approval is not withdrawn for it; its revision is known, so the other store takes
ours as newer (``same_text_stays``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import approves_briefs
from ...domain.models import Person
from ...i18n.messages import Message
from .kinds import Kind
from .merge import WRITES, Action, Incoming, Plan, Step
from .revs import absorbed, canonical_json


def recordable_by(session: Session, signed: Any) -> Callable[[Incoming], bool] | None:
    """The approvals a team store signed in as ``signed`` records (None: any, not
    signed in): those given by the member signed in, if they approve briefs at all."""
    if signed is None:
        return None
    uuid = (
        session.scalar(select(Person.uuid).where(Person.id == signed.person_id))
        if signed.person_id is not None
        else None
    )
    may = uuid is not None and approves_briefs(signed.role)

    def here(rec: Incoming) -> bool:
        approval = (rec.content or {}).get("approval") or {}
        return may and approval.get("by") == uuid

    return here


def _same_text_unrecorded(step: Step, options: Any) -> bool:
    """An incoming approval not written here, of the text held here approved: taking it
    would withdraw ours (one not approved here takes it for review, as before)."""
    if step.kind is not Kind.POSITION or step.local is None or not step.local.content:
        return False
    theirs, mine = step.incoming.content or {}, step.local.content
    return (
        step.action in (*WRITES, Action.CONFLICT)
        and theirs.get("status") == "approved"
        and mine.get("status") == "approved"
        and not options.approval_stands(step.incoming)
        and theirs.get("item") == mine.get("item")
        and same_text(theirs, mine)
    )


def same_text(theirs: Mapping[str, Any], mine: Mapping[str, Any]) -> bool:
    """Whether two travelling briefs hold the same text (their approval aside)."""
    return canonical_json(theirs.get("brief")) == canonical_json(mine.get("brief"))


def same_text_stays(the_plan: Plan, options: Any) -> Plan:
    """The plan with each brief whose incoming approval is not written here and whose
    text is the one held here left as it is: only its revision learnt (ours stays, the
    other side's known), never a new version, a conflict or a withdrawn approval."""
    steps = []
    for step in the_plan.steps:
        if _same_text_unrecorded(step, options):
            assert step.local is not None
            state = absorbed(step.local.state, step.incoming.state)
            step = replace(step, action=Action.LEARN, state=state, conflict_id=None, merge=None)
        steps.append(step)
    return replace(the_plan, steps=tuple(steps))


def _approver(session: Session, content: Mapping[str, Any]) -> str:
    by = (content.get("approval") or {}).get("by")
    name = session.scalar(select(Person.full_name).where(Person.uuid == by)) if by else None
    return name or "its approver"


def approval_notices(
    session: Session, the_plan: Plan, options: Any, names: dict[str, str]
) -> tuple[str, ...]:
    """What the report says of each brief whose approval does not come in as it was (named
    by item number, title and meeting), and of each approved brief edited elsewhere."""
    out = []
    for step in the_plan.steps:
        if step.kind is not Kind.POSITION or step.incoming.content is None:
            continue
        c = step.incoming.content
        where = names.get(str(c.get("item"))) or Message("an item")
        if step.action is Action.LEARN:
            if _left_as_it_is(step, options):
                out.append(str(_stays(session, step.incoming, where, options)))
            continue
        if step.action in WRITES and c.get("status") == "approved":
            if not options.approval_ok(step.incoming):
                said = Message(
                    "The approval of the brief on {item} is not signed by its approver's "
                    "key: the brief comes in for review, not approved.",
                    item=where,
                )
                out.append(str(said))
            elif options.approval_here is not None and not options.approval_here(step.incoming):
                who = _approver(session, c)
                how = (
                    Message("{who} approved it (signed by {who}'s key, checked)", who=who)
                    if options.approvals_by_key
                    else Message(
                        "it is approved in {origin} in the name of {who}",
                        origin=options.origin,
                        who=who,
                    )
                )
                said = Message(
                    "The brief on {item} comes in for review: {how}, but the team store "
                    "records an approval only from the approver signed in to it. "
                    "{who} approves it signed in to the team store.",
                    item=where,
                    how=how,
                    who=who,
                )
                out.append(str(said))
        local = step.local.content if step.local is not None else None
        if (
            local
            and local.get("status") == "approved"
            and step.action in (Action.UPDATE, Action.CONFLICT)
        ):
            said = Message(
                "The approved brief on {item} was edited elsewhere: it returns to draft "
                "(both versions are kept).",
                item=where,
            )
            out.append(str(said))
    return tuple(out)


def _left_as_it_is(step: Step, options: Any) -> bool:
    """A brief ``same_text_stays`` left as it is (its content differs only by that)."""
    return (
        step.local is not None
        and step.incoming.state.content_hash != step.local.state.content_hash
        and _same_text_unrecorded(replace(step, action=Action.UPDATE), options)
    )


def _stays(session: Session, rec: Incoming, where: Any, options: Any) -> Message:
    """An approval of the text held here that is not written here (``same_text_stays``)."""
    c = rec.content or {}
    if not options.approval_ok(rec):
        return Message(
            "The approval of the brief on {item} in {origin} is not signed by its "
            "approver's key: the brief here stays as it is (its text is the same).",
            item=where,
            origin=options.origin,
        )
    return Message(
        "The brief on {item} is approved in {origin} by {who}, but the team store records "
        "an approval only from the approver signed in to it: the brief here stays as it is "
        "(its text is the same).",
        item=where,
        origin=options.origin,
        who=_approver(session, c),
    )
