"""``tiphandbook quiz list | export | import``: quizzes to and from Moodle without starting the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiphandbook.cli.content_folder import add_content_option, content_root
from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.core.quiz.exports import FORMATS


def add_quiz_commands(commands: argparse._SubParsersAction) -> None:
    quiz = commands.add_parser("quiz", help="list the quizzes, export one for Moodle, import GIFT")
    actions = quiz.add_subparsers(title="quiz commands", metavar="QUIZ_COMMAND", required=True)

    listing = actions.add_parser("list", help="list the quizzes: id, questions, pass mark, languages, title")
    listing.set_defaults(func=lambda args: cmd_list(content_root(args), args.lang))

    export = actions.add_parser("export", help="write one quiz as GIFT or Moodle XML")
    export.add_argument("quiz_id", metavar="ID")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    export.set_defaults(func=lambda args: cmd_export(content_root(args), args.quiz_id, args.format, args.output, args.lang))

    read = actions.add_parser("import", help="convert a GIFT file into the app's quiz files (NAME.quiz.LANG.yaml)")
    read.add_argument("file", metavar="FILE", type=Path)
    read.add_argument("-o", "--output", metavar="DIR", required=True, type=Path)
    read.add_argument("--force", action="store_true", help="overwrite quiz files that already exist")
    read.set_defaults(func=lambda args: cmd_import(args.file, args.output, args.lang, args.force))

    for parser in (listing, export, read):
        parser.add_argument("--lang", choices=LANGUAGES, default="en",
                            help="quiz language (import: assumed unless the file says; default en)")
    for parser in (listing, export):
        add_content_option(parser, "content folder (default: the bundled content)")


def cmd_list(root: Path, lang: str) -> int:
    from tiphandbook.core.content import load_library
    from tiphandbook.core.quiz.catalog import quiz_entries

    library = load_library(root)
    for entry in quiz_entries(library, lang):
        quiz = entry.quiz
        languages = ",".join(code for code in LANGUAGES if (quiz.id, code) in library.quizzes)
        module = f"  [{entry.module.id}]" if entry.module else ""
        print(f"{quiz.id:<44} {len(quiz.questions):>3} questions  pass {quiz.pass_mark:>3}%  {languages:<8}  {quiz.title}{module}")
    return 0


def cmd_export(root: Path, quiz_id: str, fmt: str, output: Path, lang: str) -> int:
    """Write the file, then say what it lacks: a question GIFT cannot carry is named with the reason; the exit
    status is 1 when one was left out because of its text (the author can fix that), 0 otherwise."""
    from tiphandbook.core.content import load_library
    from tiphandbook.core.quiz.exports import export_quiz

    quiz = load_library(root).quiz(quiz_id, lang)
    if quiz is None:
        print(f"no quiz '{quiz_id}' (see: tiphandbook quiz list)", file=sys.stderr)
        return 1
    try:
        result = export_quiz(quiz, fmt, output)
    except OSError as exc:
        print(f"{output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"{output}: {note}", file=sys.stderr)
    print(f"{output}: {result.written} of {len(quiz.questions)} questions of '{quiz.id}' ({quiz.lang})", file=sys.stderr)
    return 1 if result.failed else 0


def cmd_import(source: Path, folder: Path, lang: str, force: bool) -> int:
    """Convert a GIFT file; every problem with the file or the output folder is a one-line refusal, never a
    traceback."""
    from tiphandbook.core.quiz.gift_import import GiftFileError, decode_gift, read_gift
    from tiphandbook.core.quiz.quiz_yaml import quiz_to_yaml

    try:
        text, how = decode_gift(source.read_bytes())
    except OSError as exc:
        print(f"{source}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except GiftFileError as exc:
        print(f"{source}: {exc}", file=sys.stderr)
        return 1
    if folder.exists() and not folder.is_dir():
        print(f"{folder}: is a file, not a folder: -o names the folder that receives the quiz files", file=sys.stderr)
        return 1
    result = read_gift(text, source, lang)
    if how:
        print(f"{source}: {how}", file=sys.stderr)
    for note in result.notes:
        print(f"{source}:{note.line}: {note.message}" if note.line else f"{source}: {note.message}", file=sys.stderr)
    targets = [(quiz, folder / f"{quiz.id}.quiz.{quiz.lang}.yaml") for quiz in result.quizzes]
    existing = [str(path) for _, path in targets if path.exists()]
    if existing and not force:
        print(f"not overwriting {', '.join(existing)} (use --force)", file=sys.stderr)
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for quiz, path in targets:
            path.write_text(quiz_to_yaml(quiz), encoding="utf-8")
            print(path)
    except OSError as exc:
        print(f"{exc.filename or folder}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    imported = sum(len(quiz.questions) for quiz in result.quizzes)
    print(f"{imported} question(s) imported into {len(targets)} quiz file(s); {len(result.skipped)} skipped", file=sys.stderr)
    return 0 if imported else 1
