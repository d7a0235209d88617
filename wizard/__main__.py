"""``taskforce-builder`` and ``python -m wizard``: a headless command, or the window."""

from __future__ import annotations

import sys

_HEADLESS = {"check", "export", "statewide", "screenshots", "-h", "--help", "--version"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if (args and args[0] in _HEADLESS) or len(args) > 1:
        from wizard import cli  # the model and storage load only for a command

        if len(args) > 1 and args[0] not in _HEADLESS:
            cli.build_parser().error("give at most one project file to open")
        return cli.run(args)
    from pathlib import Path  # not for --version: it costs a tenth of that command

    from wizard.ui.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(Path(args[0]) if args else None)


if __name__ == "__main__":
    sys.exit(main())
