"""Where packaged resources are, in a source checkout, an installed wheel or a bundle.

The top-level ``resources/`` folder is installed as the package
``adgsom_desktop.resources`` (pyproject ``package-dir``); in a plain checkout
it is found beside the package.  Qt-free: the reports read fonts from here too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
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
