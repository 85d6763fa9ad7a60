"""Standard-library modules SQLAlchemy imports but a file store never uses, run on first use.

``sqlalchemy.util.compat`` imports ``asyncio`` (and with it ``ssl``, ``socket``,
``concurrent.futures``...) and ``importlib.metadata`` (and with it ``email``, ``csv``,
``zipfile``...) at module level, whatever the engine: the first for the asyncio
engines, the second to look dialects up among installed packages' entry points.  The
app's engines are synchronous and name their dialects, so neither module runs in the
GUI process unless something really uses it (docs/performance.md, idle memory).

``defer(name)`` puts a stand-in for the module in ``sys.modules``: ``import asyncio``
returns it without running the module, and the first use of any of its names (or an
import of one of its submodules) runs the real module into the very same object, as
``importlib.util.LazyLoader`` does.  Unlike ``LazyLoader`` on Python 3.11, a second
``import asyncio`` does not count as a use (the import system only reads the stand-in's
``__spec__``), and the first use is safe when two threads make it at once.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from typing import Any

# Run by the first use of any name in them; see the module's docstring.  The names
# after a module are functions SQLAlchemy takes from it at import (``iscoroutine =
# asyncio.iscoroutine``): they are handed stand-ins that run the module when called.
SQLALCHEMY_UNUSED: dict[str, tuple[str, ...]] = {
    "asyncio": ("iscoroutine",),
    "importlib.metadata": (),
}

# What the import system reads from a module it finds in ``sys.modules`` (``import x``,
# ``from x import y`` checks ``__spec__._initializing``): reading it is not a use.
_PASSIVE = frozenset({"__spec__", "__name__", "__class__", "__dict__"})
_locks: dict[str, threading.RLock] = {}
_running: set[str] = set()  # run by the thread holding its lock (its body is running)


class _Deferred(types.ModuleType):
    """A module whose body has not run yet; any use runs it (``_run``)."""

    def __getattribute__(self, attr: str) -> Any:
        if attr not in _PASSIVE:
            forwarder = object.__getattribute__(self, "__dict__").get(attr)
            if getattr(forwarder, "__module__", None) == __name__:
                return forwarder
            _run(self)
        return types.ModuleType.__getattribute__(self, attr)

    def __setattr__(self, attr: str, value: Any) -> None:
        _run(self)
        types.ModuleType.__setattr__(self, attr, value)

    def __delattr__(self, attr: str) -> None:
        _run(self)
        types.ModuleType.__delattr__(self, attr)


def _run(module: types.ModuleType) -> None:
    """Run the module's body into it, once; another thread waits until it has run.  Its
    own body (and the imports of its submodules) use it meanwhile as a plain module."""
    spec = object.__getattribute__(module, "__spec__")
    with _locks[spec.name]:
        if type(module) is not _Deferred or spec.name in _running:
            return
        _running.add(spec.name)
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(spec.name, None)  # the next import tries again, as usual
            raise
        finally:
            _running.discard(spec.name)
        object.__setattr__(module, "__class__", types.ModuleType)


def _forwarder(module: types.ModuleType, name: str) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        _run(module)
        return getattr(module, name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def defer(name: str, functions: tuple[str, ...] = ()) -> bool:
    """Put a stand-in for the module ``name`` in ``sys.modules``; False if it is already
    imported (or cannot be found), which leaves everything as it was.  ``functions``: names
    of the module's functions that may be taken from it without running it (each is a
    stand-in that runs the module, then calls the real function)."""
    if name in sys.modules:
        return False
    parent, _, child = name.rpartition(".")
    if parent and parent not in sys.modules:
        return False  # its package would run first anyway: keep it simple
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return False
    module = importlib.util.module_from_spec(spec)
    for function in functions:
        setattr(module, function, _forwarder(module, function))
    _locks.setdefault(name, threading.RLock())
    module.__class__ = _Deferred
    sys.modules[name] = module
    if parent:
        setattr(sys.modules[parent], child, module)
    return True


def is_deferred(name: str) -> bool:
    """The module ``name`` is a stand-in whose body has not run (tests, benchmarks)."""
    return type(sys.modules.get(name)) is _Deferred


def defer_unused_by_sqlalchemy() -> None:
    """Before SQLAlchemy is first imported: see ``SQLALCHEMY_UNUSED``."""
    for name, functions in SQLALCHEMY_UNUSED.items():
        defer(name, functions)
