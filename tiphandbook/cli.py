"""Command line: ``tiphandbook`` starts the app; sub-commands expose the core for scripts, CI and tests.

Qt is imported only when the window is wanted, so ``tiphandbook check`` works on a machine without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiphandbook import __version__
from tiphandbook.core.paths import bundled_root
from tiphandbook.data_cli import add_data_commands
from tiphandbook.pack_cli import add_pack_commands
from tiphandbook.quiz_cli import add_quiz_commands
from tiphandbook.review_cli import add_review_commands


def _content_root(value: str | None) -> Path:
    return Path(value).resolve() if value else bundled_root()


def cmd_check(args: argparse.Namespace) -> int:
    from tiphandbook.core.content import load_library
    from tiphandbook.core.content.stats import content_stats, format_stats

    root = _content_root(args.content)
    if not (root / "handbook").is_dir():
        print(f"{root}: no handbook/ folder here: is this a content folder?", file=sys.stderr)
        return 2
    library = load_library(root)
    for error in library.errors:
        print(error.format(Path.cwd()))
    from tiphandbook.core.quiz.moodle_checks import moodle_warnings

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


def cmd_gui(args: argparse.Namespace) -> int:
    from tiphandbook.core.utf8_locale import use_utf8_locale

    use_utf8_locale()  # before Qt starts: under a C locale it warns and guesses
    from tiphandbook.ui.shell.app import run

    return run(Path(args.content).resolve() if args.content else None, exit_when_shown=args.exit_when_shown)


def cmd_self_test(args: argparse.Namespace) -> int:
    from tiphandbook.core.utf8_locale import use_utf8_locale

    use_utf8_locale()
    from tiphandbook.ui.shell.self_test import run_self_test

    return run_self_test(args.keep, Path(args.screenshot) if args.screenshot else None,
                         Path(args.report) if args.report else None)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tiphandbook", description="Offline handbook and training tool for trafficking-in-persons cases.")
    parser.add_argument("--version", action="version", version=f"tiphandbook {__version__}")
    parser.add_argument("--content", metavar="DIR", help="content folder to open (default: the one chosen in the app, else the bundled one)")
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    parser.set_defaults(func=cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    check = commands.add_parser("check", help="validate the content and print path:line: message for each problem")
    # SUPPRESS: an option given before the command (``tiphandbook --content DIR check``) is not overwritten
    check.add_argument("--content", metavar="DIR", default=argparse.SUPPRESS, help="content folder to check (default: the bundled content)")
    check.add_argument("--stats", action="store_true", help="also print chapters, words, sections, checklists and quizzes per language")
    check.add_argument("--translations", action="store_true", help="also report, per file and language, which translations are missing or out of date")
    check.set_defaults(func=cmd_check)

    from tiphandbook.core.search_cli import add_search_parser

    add_search_parser(commands)

    add_pack_commands(commands)
    add_quiz_commands(commands, _content_root)

    self_test = commands.add_parser("self-test", help="check this installation: open a window, a chapter, search in "
                                    "three languages, take a quiz, keep a case record (in a scratch folder); print a report")
    self_test.add_argument("--keep", action="store_true", help="keep the scratch folder (its path is in the report)")
    self_test.add_argument("--screenshot", metavar="FILE", help="save a screenshot of the screen at the end")
    self_test.add_argument("--report", metavar="FILE", help="also write the JSON report to FILE")
    self_test.set_defaults(func=cmd_self_test)
    add_review_commands(commands, _content_root)
    add_data_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
