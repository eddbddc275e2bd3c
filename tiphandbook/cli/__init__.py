"""Command line: ``tiphandbook`` starts the app; sub-commands expose the core for scripts, CI and tests.

One module per command group registers its commands here. Qt is imported only when the window (or the self-test,
or a PDF) is wanted, so ``tiphandbook check`` works on a machine without a display.
"""

from __future__ import annotations

import argparse

from tiphandbook import __version__
from tiphandbook.cli.check import add_check_command
from tiphandbook.cli.data import add_data_commands
from tiphandbook.cli.gui import add_gui_options
from tiphandbook.cli.pack import add_pack_commands
from tiphandbook.cli.quiz import add_quiz_commands
from tiphandbook.cli.review import add_review_commands
from tiphandbook.cli.search import add_search_command
from tiphandbook.cli.self_test import add_self_test_command

# In the order ``tiphandbook --help`` lists them.
COMMAND_GROUPS = (add_check_command, add_search_command, add_pack_commands, add_quiz_commands,
                  add_self_test_command, add_review_commands, add_data_commands)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tiphandbook", description="Offline handbook and training tool for trafficking-in-persons cases.")
    parser.add_argument("--version", action="version", version=f"tiphandbook {__version__}")
    add_gui_options(parser)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for add_commands in COMMAND_GROUPS:
        add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))
