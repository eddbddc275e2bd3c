"""``tiphandbook review export | import``: the national legal reviewer's worksheet, out and back.

Export writes every verify box (chapters, modules, checklists, quizzes) to a spreadsheet and a printable PDF. Import
reads the answers and prints, box by box, what the content editor must change; it never edits the content.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiphandbook.cli.content_folder import add_content_option, content_root
from tiphandbook.core.content.model import LANGUAGES

EXIT_REFUSED = 2


def add_review_commands(commands: argparse._SubParsersAction) -> None:
    review = commands.add_parser("review", help="export the verify boxes for the legal reviewer; import the answers")
    actions = review.add_subparsers(title="review commands", metavar="REVIEW_COMMAND", required=True)

    export = actions.add_parser("export", help="write every verify box to FILE.xlsx (or .csv) and FILE.pdf")
    export.add_argument("-o", "--output", metavar="FILE", required=True, type=Path,
                        help=".xlsx (a sheet per language), .csv (one language) or .pdf (printable, one language)")
    export.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the .csv and the PDF (default en)")
    export.add_argument("--no-pdf", action="store_true", help="write the spreadsheet only")
    export.set_defaults(func=lambda args: cmd_export(content_root(args), args.output, args.lang, not args.no_pdf))

    read = actions.add_parser("import", help="read a worksheet's answers and report what the editor must change")
    read.add_argument("file", metavar="FILE", type=Path)
    read.set_defaults(func=lambda args: cmd_import(content_root(args), args.file))

    for parser in (export, read):
        add_content_option(parser, "content folder (default: the bundled content)")


def cmd_export(root: Path, output: Path, lang: str, with_pdf: bool) -> int:
    from tiphandbook.core.content import load_library
    from tiphandbook.core.review import spreadsheet
    from tiphandbook.core.review.worksheet import all_languages

    suffix = output.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".pdf"):
        print(f"{output}: refused: use a .xlsx, .csv or .pdf file name", file=sys.stderr)
        return EXIT_REFUSED
    library = load_library(root)
    sheets = all_languages(library)
    written = []
    try:
        if suffix == ".xlsx":
            spreadsheet.write_xlsx(output, sheets)
            written.append(output)
        elif suffix == ".csv":
            spreadsheet.write_csv(output, sheets[lang], lang)
            written.append(output)
        if suffix == ".pdf" or with_pdf:
            pdf = output.with_suffix(".pdf")
            _write_pdf(sheets[lang], lang, pdf)
            written.append(pdf)
    except OSError as exc:
        print(f"{output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{lang_} {len(rows)}" for lang_, rows in sheets.items())
    print(f"{' and '.join(str(p) for p in written)}: verify boxes per language: {counts}")
    return 0


def _write_pdf(rows: list, lang: str, path: Path) -> None:
    from tiphandbook.core.review.worksheet import TITLES
    from tiphandbook.core.review.worksheet_html import worksheet_html
    from tiphandbook.ui.printing.review_pdf import write_worksheet_pdf

    write_worksheet_pdf(worksheet_html(rows, lang), path, TITLES[lang])


def cmd_import(root: Path, file: Path) -> int:
    from tiphandbook.core.content import load_library
    from tiphandbook.core.review.report import format_report, review_report
    from tiphandbook.core.review.spreadsheet import WorksheetError, read_answers

    try:
        answers, reviewer = read_answers(file)
    except WorksheetError as exc:
        print(f"{file}: refused: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(format_report(review_report(load_library(root), answers, reviewer)))
    return 0
