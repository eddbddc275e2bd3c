"""``tiphandbook check``: validate a content folder and print ``path:line: message`` for each problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiphandbook.cli.content_folder import add_content_option, content_folder_or_refusal


def add_check_command(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="validate the content and print path:line: message for each problem")
    add_content_option(check, "content folder to check (default: the bundled content)")
    check.add_argument("--stats", action="store_true", help="also print chapters, words, sections, checklists and quizzes per language")
    check.add_argument("--translations", action="store_true", help="also report, per file and language, which translations are missing or out of date")
    check.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    """Exit status 0 when the content is sound, 1 with problems, 2 when the folder is no content folder."""
    from tiphandbook.core.content import load_library
    from tiphandbook.core.content.stats import content_stats, format_stats
    from tiphandbook.core.quiz.moodle_checks import moodle_warnings

    root = content_folder_or_refusal(args)
    if root is None:
        return 2
    library = load_library(root)
    for error in library.errors:
        print(error.format(Path.cwd()))
    for warning in moodle_warnings(library):
        print(f"{warning.format(Path.cwd())} (warning)")
    if args.stats:
        print(format_stats(content_stats(library)))
    if args.translations:
        from tiphandbook.core.content.translations import format_report, translation_report

        print(format_report(translation_report(library), root))
    if library.errors:
        print(f"{len(library.errors)} problem(s) found", file=sys.stderr)
        return 1
    print(f"content OK: {len(library.documents)} documents, {len(library.checklists)} checklists, "
          f"{len(library.quizzes)} quizzes, {len(library.screening.ids())} screening guides", file=sys.stderr)
    return 0
