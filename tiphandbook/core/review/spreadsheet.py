"""Write the worksheet as .xlsx (one sheet per language) or .csv (one language), and read the answers back.

Reading refuses, with the reason, a file that is not a worksheet written by ``tiphandbook review export`` (no
"Box id" column in any language, a damaged archive), rather than guessing at its meaning.
"""

from __future__ import annotations

import csv
import datetime
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.core.review.worksheet import (
    COLUMNS,
    HEADERS,
    INSTRUCTIONS,
    REVIEWER_COLUMNS,
    TITLES,
    VERDICT_LABELS,
    Answer,
    Row,
    verdict_code,
)

INFO_SHEET = "review"
WIDTHS = {"id": 34, "kind": 10, "location": 36, "place": 40, "claim": 60, "question": 60, "sources": 40,
          "verdict": 16, "official_source": 36, "corrected_text": 50, "note": 36, "fingerprint": 14}


if TYPE_CHECKING:  # openpyxl itself is imported when a worksheet is written or read
    from openpyxl.worksheet.worksheet import Worksheet


class WorksheetError(Exception):
    """The file cannot be read as a review worksheet; the message says why."""


def write_xlsx(path: Path, sheets: dict[str, list[Row]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    info = workbook.worksheets[0]  # a new workbook has one sheet
    info.title = INFO_SHEET
    info.append(["tiphandbook legal review worksheet"])
    info.append(["Reviewer (role, not name)", ""])
    info.append(["Review date (YYYY-MM-DD)", ""])
    for lang in LANGUAGES:
        info.append([TITLES[lang]])
        info.append([INSTRUCTIONS[lang]])
    info.column_dimensions["A"].width = 120
    info.column_dimensions["B"].width = 40
    for lang, rows in sheets.items():
        sheet = workbook.create_sheet(lang)
        headers = HEADERS[lang]
        sheet.append([headers[c] for c in COLUMNS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            sheet.append([row.values[c] for c in COLUMNS])
        for index, column in enumerate(COLUMNS, 1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = WIDTHS[column]
            if column in REVIEWER_COLUMNS:
                for cell in sheet[letter][1:]:
                    cell.fill = PatternFill("solid", fgColor="FFF7D6")
        for line in sheet.iter_rows(min_row=2):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        verdicts = DataValidation(type="list", formula1='"' + ",".join(VERDICT_LABELS[lang].values()) + '"',
                                  allow_blank=True)
        verdict_letter = sheet.cell(row=1, column=COLUMNS.index("verdict") + 1).column_letter
        verdicts.add(f"{verdict_letter}2:{verdict_letter}{max(len(rows) + 1, 2)}")
        sheet.add_data_validation(verdicts)
        sheet.column_dimensions[sheet.cell(row=1, column=len(COLUMNS)).column_letter].hidden = True
        sheet.freeze_panes = "B2"
    workbook.save(path)


def write_csv(path: Path, rows: list[Row], lang: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([HEADERS[lang][c] for c in COLUMNS])
        for row in rows:
            writer.writerow([row.values[c] for c in COLUMNS])


def read_answers(path: Path) -> tuple[list[Answer], dict[str, str]]:
    """The answers in a worksheet, and the reviewer's role and date from its first sheet (xlsx only)."""
    if not path.is_file():
        raise WorksheetError("no such file")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix == ".csv":
        return _read_rows(_csv_rows(path), "line"), {}
    raise WorksheetError(f"unsupported file type '{suffix}': use the .xlsx or .csv worksheet written by review export")


def _read_xlsx(path: Path) -> tuple[list[Answer], dict[str, str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WorksheetError(f"not a readable .xlsx file ({exc.__class__.__name__})") from None
    try:
        meta = _reviewer(workbook[INFO_SHEET]) if INFO_SHEET in workbook.sheetnames else {}
        answers: list[Answer] = []
        found = False
        for lang in LANGUAGES:
            if lang in workbook.sheetnames:
                rows = [[_text(v) for v in line] for line in workbook[lang].iter_rows(values_only=True)]
                answers += _read_rows(rows, f"sheet {lang}, row")
                found = True
        if not found:
            raise WorksheetError("no sheet named en, ru or uz: is this a review worksheet?")
        return answers, meta
    finally:
        workbook.close()


def _reviewer(sheet: Worksheet) -> dict[str, str]:
    values = [[_text(v) for v in line] for line in sheet.iter_rows(min_row=2, max_row=3, max_col=2, values_only=True)]
    role = values[0][1] if len(values) > 0 and len(values[0]) > 1 else ""
    date = values[1][1] if len(values) > 1 and len(values[1]) > 1 else ""
    return {key: value for key, value in (("by", role), ("date", date)) if value}


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [list(line) for line in csv.reader(handle)]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise WorksheetError(f"not a UTF-8 CSV worksheet ({exc.__class__.__name__})") from None


def _read_rows(rows: list[list[str]], where: str) -> list[Answer]:
    if not rows:
        raise WorksheetError("the worksheet is empty")
    header = [cell.strip() for cell in rows[0]]
    columns = _columns(header)
    answers = []
    for number, line in enumerate(rows[1:], 2):
        cell = {name: (line[i].strip() if i < len(line) else "") for name, i in columns.items()}
        if not cell["id"]:
            continue
        answers.append(Answer(cell["id"], verdict_code(cell.get("verdict", "")), cell.get("official_source", ""),
                              cell.get("corrected_text", ""), cell.get("note", ""), cell.get("fingerprint", ""),
                              f"{where} {number}"))
    return answers


def _columns(header: list[str]) -> dict[str, int]:
    """Column name -> index, from a header row in any of the three languages."""
    for lang in LANGUAGES:
        labels = HEADERS[lang]
        if labels["id"] in header:
            return {name: header.index(labels[name]) for name in COLUMNS if labels[name] in header}
    raise WorksheetError("no 'Box id' column: is this a review worksheet written by tiphandbook review export?")


def _text(value: object) -> str:
    """A cell as text; a date typed into a cell (which the spreadsheet stores as a datetime) as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%Y-%m-%d")
    return str(value)
