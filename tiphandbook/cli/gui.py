"""``tiphandbook`` with no command: the window. Qt is imported only here, and only when the window is wanted."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    """The top-level options: the window is what runs when no command is given."""
    parser.add_argument("--content", metavar="DIR", help="content folder to open (default: the one chosen in the app, else the bundled one)")
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    parser.set_defaults(func=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    from tiphandbook.core.utf8_locale import use_utf8_locale

    use_utf8_locale()  # before Qt starts: under a C locale it warns and guesses
    from tiphandbook.ui.shell.app import run

    return run(Path(args.content).resolve() if args.content else None, exit_when_shown=args.exit_when_shown)
