"""Where packaged resources are, in a source checkout, an installed wheel or a bundle.

The top-level ``resources/`` folder is installed as the package
``adgsom_desktop.resources`` (pyproject ``package-dir``); in a plain checkout
it is found beside the package; in the frozen build it is ``resources/`` inside
the bundle's folder.  Qt-free: the reports read fonts from here too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_base:
        return Path(frozen_base) / "resources"  # the PyInstaller build (packaging/build)
    here = Path(__file__).resolve().parent
    for base in (here / "resources", here.parent / "resources"):  # a wheel; a checkout
        if (base / "icons").is_dir():
            return base  # (found without importlib.resources: before the first paint)
    try:
        import importlib.resources as ir

        base = Path(str(ir.files("adgsom_desktop.resources")))
        if base.is_dir():
            return base
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
