"""``tiphandbook self-test``: does this installation work on this computer? A report of what it saw."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_self_test_command(commands: argparse._SubParsersAction) -> None:
    self_test = commands.add_parser("self-test", help="check this installation: open a window, a chapter, search in "
                                    "three languages, take a quiz, keep a case record (in a scratch folder); print a report")
    self_test.add_argument("--keep", action="store_true", help="keep the scratch folder (its path is in the report)")
    self_test.add_argument("--screenshot", metavar="FILE", help="save a screenshot of the screen at the end")
    self_test.add_argument("--report", metavar="FILE", help="also write the JSON report to FILE")
    self_test.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    from tiphandbook.core.utf8_locale import use_utf8_locale

    use_utf8_locale()
    from tiphandbook.ui.shell.self_test import run_self_test

    return run_self_test(args.keep, Path(args.screenshot) if args.screenshot else None,
                         Path(args.report) if args.report else None)
