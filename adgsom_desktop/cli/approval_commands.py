"""approve, approval-pin: approving a brief is the approver's own act (#15).

At a store file (and for a team store's owner) the approver gives their own approval
PIN, asked on a terminal or read as a line of standard input, never an argument
(arguments show in ``ps``).  A member signed in to a team store approves in their own
name without a PIN: their sign-in is the act.
"""

from __future__ import annotations

import argparse

from .common import add_store_option, open_services, out
from .id_args import ITEM_ID, PERSON_ID


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "approve",
        help="approve an item's brief in the approver's name (their approval PIN is asked "
        "for, or read as a line of standard input)",
    )
    add_store_option(p)
    p.add_argument("--item", metavar="ID", type=ITEM_ID, required=True, help="the agenda item's id")
    p.add_argument(
        "--approver",
        metavar="ID",
        type=PERSON_ID,
        default=None,
        help="the approver's person id (a member signed in to a team store: themselves)",
    )
    p.set_defaults(func=cmd_approve)
    pin = sub.add_parser(
        "approval-pin",
        help="set an approver's own approval PIN (while unset), or change it with the old "
        "one (asked for, or read from standard input: old, new)",
    )
    add_store_option(pin)
    pin.add_argument("--person", metavar="ID", type=PERSON_ID, required=True, help="the approver")
    pin.set_defaults(func=cmd_approval_pin)


def _on_terminal() -> bool:
    import sys

    return sys.stdin is not None and sys.stdin.isatty()


def _read(prompt: str) -> str:
    """A PIN: asked on a terminal (not echoed), else one line of standard input."""
    import getpass
    import sys

    if _on_terminal():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def cmd_approve(args: argparse.Namespace) -> int:
    from ..domain.enums import PositionStatus
    from ..errors import ValidationError

    services = open_services(args)
    try:
        signed = services.team.signed_in()
        approver = (
            args.approver
            if args.approver is not None
            else (signed.person_id if signed is not None else None)
        )
        if approver is None:
            raise ValidationError("Name the approver: --approver PERSON_ID.")
        services.positions.refuse_to_approve_here()  # a trip copy: said before any PIN
        pin = ""
        if services.approval_pins.required:
            state = services.approval_pins.state(approver)  # refuses a stranger first
            services.approval_pins.refuse_in_someone_elses_store(approver)
            if not state.is_set:
                raise ValidationError(
                    f"{state.name} has no approval PIN yet: they set it first with "
                    f"'adgsom-desktop approval-pin --person {approver}'. Nothing was approved."
                )
            pin = _read(f"{state.name}'s approval PIN: ")
        key_passphrase = ""
        before = services.positions.get(args.item)
        own = services.keys.own_key_of(approver) if signed is not None else None
        if own is not None:  # signed in: the approval is signed by their key, so it travels
            key_passphrase = _read(
                f"{own.name}'s key passphrase (it signs the approval, so that it travels "
                "in bundles): "
            )
        done = services.positions.step(
            args.item,
            PositionStatus.APPROVED,
            approver_id=approver,
            pin=pin,
            key_passphrase=key_passphrase,
        )
    finally:
        services.close()
    rec = done.rec
    if key_passphrase:
        signature = ", signed by their key: the approval travels in bundles."
    elif own is not None:  # review s33 R5: an empty key-passphrase line signs nothing
        signature = (
            ", not signed (no key passphrase): it arrives in other stores for review, not approved."
        )
    else:
        signature = "."
    skipped = (
        " Nobody had sent it for review: approving it skipped the review (the audit log "
        "records that)."
        if before is not None and before.status is PositionStatus.DRAFT
        else ""
    )
    out(
        f"Approved version {rec.approved_version_no} of item {done.item_number or args.item}'s "
        f"brief, by {rec.approved_by_name}{signature}{skipped}"
    )
    return 0


def cmd_approval_pin(args: argparse.Namespace) -> int:
    from ..errors import ValidationError

    services = open_services(args)
    try:
        services.approval_pins.refuse_on_a_trip_copy()  # before any PIN is typed
        state = services.approval_pins.state(args.person)
        services.approval_pins.refuse_in_someone_elses_store(args.person)
        old = _read(f"{state.name}'s current PIN: ") if state.is_set else ""
        new = _read("The new PIN: ")
        if _on_terminal() and _read("Repeat it: ") != new:
            raise ValidationError("The two PINs differ: nothing was changed.")
        services.approval_pins.set_pin(args.person, new, old)
    finally:
        services.close()
    if not _on_terminal():  # which line was taken as what (review s34 S11)
        out(
            f"Read from standard input: its first line as {state.name}'s current PIN, the second "
            "as the new PIN."
            if state.is_set
            else "Read from standard input: its first line as the new PIN."
        )
    out(f"{state.name}'s approval PIN is {'changed' if state.is_set else 'set'}.")
    return 0
