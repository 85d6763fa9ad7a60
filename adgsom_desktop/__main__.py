"""``python -m adgsom_desktop`` and the ``adgsom-desktop`` launcher.

With a subcommand it runs headless (``cli``); without one it starts the GUI
through the composition root (``app``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from .cli.main import parse, run_command

    args = parse(argv)
    if args.command is None:
        from .app import run_gui

        return run_gui(store=args.gui_store, demo=args.demo, reset_demo=args.reset_demo)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
