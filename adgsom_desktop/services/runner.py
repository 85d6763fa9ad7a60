"""The operation runner: every write of the GUI, one at a time, in order, off the GUI thread.

Anki's ``CollectionOp`` in a few lines: the GUI hands the runner an operation
(a call of a service method) with what to do when it is committed (``done``)
or refused (``failed``); one thread runs the operations in the order they came
and hands the outcome back to the thread that owns the runner (the GUI's),
which runs the callbacks when it next can (``pump``: the GUI wakes it by a
queued signal).  So a slow disk, or a network database later, never freezes
the window, and writes never overtake each other.

An operation runs under its ``origin`` (``changes.acting_as``): the changes it
publishes name the view or presenter that asked, which then skips its own echo.
Its ``Ticket`` says, in the runner's thread, whether it was committed: a later
operation may depend on an earlier one (``after``: a workflow step after the
save of the brief it follows) and is refused with that one's error.

``wait`` blocks until every operation submitted so far has run and its callbacks
ran: closing a store, locking the app and quitting wait for the runner
(acknowledged = committed, so nothing the user was told is saved is lost).

Backends: an operation is any callable; with the team store (PostgreSQL) the same
service methods run their network transactions here, and the change feed
(``LISTEN``) publishes other sessions' changes on the same bus.

A server that goes away (#16): an operation may come with its ``hold`` form (a
``services.outbox.HeldWrite``: the same write described as data).  With an
``outbox`` (a team store), such a write that cannot reach the server, or that comes
while earlier ones are still held, is kept in the outbox (on disk, in order) and
reported as ``HeldOffline`` instead of failing; ``outbox.replay`` (submitted here
like any operation, so it keeps the order) writes them when the server is back.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from .changes import acting_as

# The held-write types, not the outbox itself (its file and merge machinery): a file
# store has no outbox, and its runner loads with every store (#13, idle memory).
from .outbox_writes import HeldOffline, HeldWrite, unreachable

if TYPE_CHECKING:
    from .outbox import Outbox

log = logging.getLogger(__name__)

T = TypeVar("T")


class Skipped(Exception):
    """An operation was not run: the one it depends on failed (its error is the cause)."""


@dataclass(eq=False)
class Ticket(Generic[T]):
    """One submitted operation; its outcome is set in the runner's thread when it ran."""

    label: str = ""
    finished: bool = False
    result: T | None = None
    error: BaseException | None = None
    _event: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def ok(self) -> bool:
        return self.finished and self.error is None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until it ran (callbacks may not have run yet: see ``OpRunner.wait``)."""
        return self._event.wait(timeout)


class Runner(Protocol):
    """What presenters need of a runner (the GUI's, or a plain one in tests)."""

    def submit(
        self,
        fn: Callable[[], T],
        *,
        origin: str = "",
        done: Callable[[T], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        after: Ticket[Any] | None = None,
        label: str = "",
        hold: HeldWrite | None = None,
    ) -> Ticket[T]: ...

    def call(self, fn: Callable[[], T], *, origin: str = "", label: str = "") -> T: ...

    def wait(self, timeout: float | None = None) -> bool: ...

    @property
    def idle(self) -> bool: ...


@dataclass(eq=False)
class _Op:
    fn: Callable[[], Any]
    origin: str
    done: Callable[[Any], object] | None
    failed: Callable[[BaseException], object] | None
    after: Ticket[Any] | None
    ticket: Ticket[Any]
    hold: HeldWrite | None = None


class OpRunner:
    """One serialised writer thread; callbacks come back to the owner's thread.

    ``wake`` is called (from the runner's thread) each time callbacks are ready:
    the GUI passes a queued Qt signal that calls ``pump`` on its thread.  Without
    a ``wake``, the owner calls ``pump`` or ``wait`` itself.
    """

    def __init__(self, wake: Callable[[], None] | None = None, name: str = "adgsom-writes") -> None:
        self._wake = wake
        self._queue: queue.SimpleQueue[_Op | None] = queue.SimpleQueue()
        self._outbox: deque[tuple[Callable[[Any], object], Any]] = deque()
        self._lock = threading.Condition()
        self._submitted = 0
        self._ran = 0
        self._closed = False
        self._pumping = False
        self._owner = threading.get_ident()
        self.outbox: Outbox | None = None  # a team store's held writes (``hold``)
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    # -- the owner's side -------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[], T],
        *,
        origin: str = "",
        done: Callable[[T], object] | None = None,
        failed: Callable[[BaseException], object] | None = None,
        after: Ticket[Any] | None = None,
        label: str = "",
        hold: HeldWrite | None = None,
    ) -> Ticket[T]:
        """Queue ``fn`` (a service call); ``done(result)`` or ``failed(error)`` follow on the
        owner's thread.  With ``after``, ``fn`` runs only if that operation succeeded.
        ``hold``: ``fn`` described as data; with an outbox it is what runs (written once
        however often it is tried), and ``failed(HeldOffline)`` says it was kept."""
        ticket: Ticket[T] = Ticket(label)
        with self._lock:
            if self._closed:
                raise RuntimeError("The store is closed: nothing more is written.")
            self._submitted += 1
        self._queue.put(_Op(fn, origin, done, failed, after, ticket, hold))
        return ticket

    def call(self, fn: Callable[[], T], *, origin: str = "", label: str = "") -> T:
        """Run ``fn`` after what is queued and wait for it (callbacks delivered first);
        returns its result or raises its error."""
        ticket = self.submit(fn, origin=origin, label=label)
        ticket.wait()
        if threading.get_ident() == self._owner:
            self.pump()
        if ticket.error is not None:
            raise ticket.error
        return ticket.result  # type: ignore[return-value]

    @property
    def idle(self) -> bool:
        """Nothing queued or running, and every callback has run."""
        with self._lock:
            return self._ran == self._submitted and not self._outbox

    @property
    def pending(self) -> int:
        with self._lock:
            return self._submitted - self._ran

    def pump(self) -> int:
        """Run the callbacks of finished operations, in order (the owner's thread)."""
        if self._pumping:
            return 0  # a callback waited on the runner: the outer pump goes on
        self._pumping = True
        count = 0
        try:
            while True:
                with self._lock:
                    if not self._outbox:
                        break
                    callback, value = self._outbox.popleft()
                    self._lock.notify_all()
                count += 1
                try:
                    callback(value)
                except Exception:  # a broken view must not stop later acknowledgements
                    log.exception("runner callback failed")
        finally:
            self._pumping = False
        return count

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every operation has run and its callbacks ran, including those the
        callbacks submitted (a save typed on top of the one acknowledged).

        For closing, locking and quitting (and tests); False on a timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        owner = threading.get_ident() == self._owner
        while True:
            with self._lock:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                if not self._lock.wait_for(lambda: self._ran >= self._submitted, left):
                    return False
            if not owner:
                return True
            self.pump()
            with self._lock:
                if self._ran >= self._submitted and not self._outbox:
                    return True

    def close(self, timeout: float | None = 30.0) -> bool:
        """Wait for every operation, then stop the thread (the store is closing)."""
        finished = self.wait(timeout)
        with self._lock:
            self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)
        if threading.get_ident() == self._owner:
            self.pump()
        return finished and not self._thread.is_alive()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- the runner's thread ----------------------------------------------------------
    def _loop(self) -> None:
        while True:
            op = self._queue.get()
            if op is None:
                return
            self._run(op)

    def _call(self, op: _Op) -> Any:
        outbox, hold = self.outbox, op.hold
        if outbox is None or hold is None:
            return op.fn()
        if outbox.held:  # earlier writes wait for the server: this one goes after them
            raise HeldOffline(hold, outbox.hold(hold))
        try:
            return outbox.apply(hold)
        except Exception as exc:
            if unreachable(exc):
                raise HeldOffline(hold, outbox.hold(hold)) from exc
            raise

    def _run(self, op: _Op) -> None:
        ticket = op.ticket
        try:
            if op.after is not None and op.after.error is not None:
                raise Skipped(str(op.after.error)) from op.after.error
            with acting_as(op.origin):
                ticket.result = self._call(op)
        except BaseException as exc:
            if not isinstance(exc, Exception):
                log.error("operation aborted", exc_info=exc)
            ticket.error = exc
        ticket.finished = True
        ticket._event.set()
        with self._lock:
            held = isinstance(ticket.error, HeldOffline)
            if ticket.error is not None:
                if op.failed is not None:
                    self._outbox.append((op.failed, ticket.error))
                elif not held:
                    log.error("write failed (%s)", ticket.label, exc_info=ticket.error)
            elif op.done is not None:
                self._outbox.append((op.done, ticket.result))
            self._ran += 1
            self._lock.notify_all()
            ready = bool(self._outbox) or held  # the owner shows how many are held
        if ready and self._wake is not None:
            try:
                self._wake()
            except Exception:  # the owner is gone (closing): it pumps in close()
                log.debug("runner wake failed", exc_info=True)
