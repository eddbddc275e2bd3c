"""The legal review worksheet: export every verify box, let a reviewer answer, import, read what to change."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.render import Renderer
from tiphandbook.core.review.boxes import verify_boxes
from tiphandbook.core.review.status import review_summary

ALPHA = "handbook/part-one/01-alpha.en.md"


@pytest.fixture
def reviewed_content(content: Path) -> Path:
    """The fixture content with two verify boxes in a chapter and one on a checklist item."""
    for path in (content / "handbook/part-one").glob("01-alpha.*.md"):  # every language has the same boxes
        lines = path.read_text(encoding="utf-8").split("\n")
        at = next(i for i, line in enumerate(lines) if line.endswith("{#second}"))
        lines[at:at] = ["::: verify", "Check the article number of the basic offence.", ":::", "",
                        "::: verify", "Check the penalty range in force.", ":::", ""]
        path.write_text("\n".join(lines), encoding="utf-8")
    checklist = content / "handbook/checklists/screen.en.yaml"
    checklist.write_text(checklist.read_text(encoding="utf-8").replace(
        "        required: true\n", "        required: true\n        verify: Check who may keep a passport under the law.\n", 1),
        encoding="utf-8")
    return content


def _export(content: Path, output: Path, *extra: str) -> None:
    assert main(["review", "export", "--content", str(content), "-o", str(output), *extra]) == 0


def _answer(workbook_path: Path, sheet: str, box_id: str, verdict: str, source: str = "", text: str = "", note: str = "") -> None:
    workbook = load_workbook(workbook_path)
    rows = list(workbook[sheet].iter_rows(min_row=2))
    row = next(r for r in rows if r[0].value == box_id)
    row[7].value, row[8].value, row[9].value, row[10].value = verdict, source, text, note
    workbook.save(workbook_path)


def test_export_lists_every_verify_box_with_its_place_question_and_sources(reviewed_content: Path, tmp_path: Path) -> None:
    output = tmp_path / "review.xlsx"
    _export(reviewed_content, output)
    workbook = load_workbook(output)
    assert {"review", "en", "ru", "uz"} <= set(workbook.sheetnames)
    rows = [[cell.value for cell in row] for row in workbook["en"].iter_rows(min_row=2)]
    ids = [row[0] for row in rows]
    boxes = verify_boxes(load_library(reviewed_content), "en")
    assert ids == [box.id for box in boxes] and len(ids) == 3
    chapter_box = rows[ids.index("alpha#first/2")]
    assert chapter_box[2] == f"{ALPHA}:{boxes[1].line}"
    assert chapter_box[5] == "Check the penalty range in force."
    assert workbook["ru"]["A1"].value == "Идентификатор блока"
    assert (tmp_path / "review.pdf").stat().st_size > 1000  # the printable worksheet beside it


def test_import_reports_per_box_what_the_editor_must_change(reviewed_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "review.xlsx"
    _export(reviewed_content, output, "--no-pdf")
    _answer(output, "en", "alpha#first/1", "confirmed", "Criminal Code, Art. 135, edition of 19.05.2025")
    _answer(output, "ru", "alpha#first/2", "исправлено", "УК, ст. 135, ч. 1, ред. 19.05.2025", "Five to eight years.")
    _answer(output, "en", "checklist:screen/documents", "cannot settle", note="The Code is silent; ask the Ministry.")
    capsys.readouterr()
    assert main(["review", "import", "--content", str(reviewed_content), str(output)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    confirmed = next(line for line in lines if line.startswith("[change] alpha#first/1"))
    assert "Criminal Code, Art. 135, edition of 19.05.2025" in confirmed and "Replace the verify box" in confirmed
    corrected = next(line for line in lines if line.startswith("[change] alpha#first/2"))
    assert "«Five to eight years.»" in corrected and "remove the verify box" in corrected
    assert f"    {ALPHA}:" in out  # where the editor finds the box
    assert "[keep] checklist:screen/documents" in out and "ask the Ministry" in out
    assert "2 to change, 1 to keep, 0 without an answer, 0 to raise with the reviewer" in out
    assert "[reviewed] alpha" in out  # every box of the chapter is settled: the editor may mark it reviewed
    assert reviewed_content.joinpath(ALPHA).read_text(encoding="utf-8").count("::: verify") == 2  # nothing rewritten


def test_answers_that_cannot_be_applied_are_raised_not_guessed(reviewed_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "review.xlsx"
    _export(reviewed_content, output, "--no-pdf")
    _answer(output, "en", "alpha#first/1", "confirmed")  # no official source
    _answer(output, "en", "checklist:screen/documents", "corrected", "Law X, Art. 1")  # no correct statement
    _answer(output, "en", "alpha#first/2", "confirmed", "Criminal Code, Art. 135")
    _answer(output, "uz", "alpha#first/2", "hal qilib boʻlmaydi")  # a second, different answer
    # the chapter box is edited after export: the answer was given to an older text
    alpha = reviewed_content / ALPHA
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("Check the penalty range in force.", "Check the range."), encoding="utf-8")
    capsys.readouterr()
    assert main(["review", "import", "--content", str(reviewed_content), str(output)]) == 0
    out = capsys.readouterr().out
    assert "[problem] alpha#first/1: sheet en, row 2: 'confirmed' without the official text" in out
    assert "[problem] checklist:screen/documents: sheet en, row 4: 'corrected' without the correct statement" in out
    assert "[problem] alpha#first/2: sheet en, row 3 and sheet uz, row 3 answer this box differently" in out
    assert "edited after the worksheet was exported" in out
    assert "[reviewed]" not in out


def test_csv_round_trip_in_russian(reviewed_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "review.csv"
    _export(reviewed_content, output, "--lang", "ru", "--no-pdf")
    with output.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Идентификатор блока"
    row = next(r for r in rows if r[0] == "alpha#first/2")
    row[7], row[8] = "подтверждено", "УК ст. 135"
    with output.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    capsys.readouterr()
    assert main(["review", "import", "--content", str(reviewed_content), str(output)]) == 0
    assert "[change] alpha#first/2: confirmed against УК ст. 135" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("notes.txt", b"hello", "unsupported file type '.txt'"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable .xlsx file"),
    ("other.csv", b"Name,Value\nx,1\n", "no 'Box id' column"),
    ("latin1.csv", "Box id,Verdict\ncaf\xe9,x\n".encode("latin-1"), "not a UTF-8 CSV worksheet"),
])
def test_a_file_that_is_not_a_worksheet_is_refused_with_the_reason(content: Path, tmp_path: Path, name: str, data: bytes,
                                                                   reason: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["review", "import", "--content", str(content), str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}: refused: {reason}" in err and "Traceback" not in err


def test_the_chapter_page_and_the_about_summary_show_the_review_status(content: Path) -> None:
    renderer = Renderer(load_library(content))
    page = renderer.document(renderer.library.document("alpha", "en"), "en")
    assert "Legal review: not yet reviewed" in page
    alpha = content / ALPHA
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("history:", "reviewed: {date: 2026-12-01, by: national legal reviewer}\nhistory:", 1),
                     encoding="utf-8")
    library = load_library(content)
    assert library.errors == []
    page = Renderer(library).document(library.document("alpha", "ru"), "ru")
    assert "Юридическая проверка: проведена 2026-12-01, проверил: national legal reviewer" in page
    assert "(latest on 2026-12-01 by national legal reviewer)" in review_summary(library, "en")


def test_a_malformed_review_status_is_reported(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alpha = content / ALPHA
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("history:", "reviewed: {date: 1 Dec 2026, by: reviewer}\nhistory:", 1),
                     encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 1
    assert "reviewed: 'date' '1 Dec 2026' must be written YYYY-MM-DD" in capsys.readouterr().out
