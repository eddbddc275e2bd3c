"""``tiphandbook quiz list | export | import`` as a trainer would run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.paths import FIXTURE_CONTENT
from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.model import ContentError, Library
from tiphandbook.core.quiz.quiz_file import parse_quiz

MOODLE_EXAMPLES = Path(__file__).parent / "fixtures" / "gift" / "moodle-format-examples.gift"  # see its README


def test_quiz_list_shows_the_shipped_quizzes(capsys: pytest.CaptureFixture[str], shipped: Library) -> None:
    assert main(["quiz", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len({qid for qid, _ in shipped.quizzes}) >= 16
    first = out[0].split()
    assert first[0] == "mia-m1-definitions-quiz" and "questions" in out[0] and "[mia-m1-definitions]" in out[0]


def test_export_to_gift_and_import_back_gives_the_same_quiz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gift = tmp_path / "intro.gift"
    assert main(["quiz", "export", "intro-quiz", "--format", "gift", "-o", str(gift), "--content", str(FIXTURE_CONTENT)]) == 0
    out_dir = tmp_path / "imported"
    assert main(["quiz", "import", str(gift), "-o", str(out_dir)]) == 0
    written = out_dir / "intro-quiz.quiz.en.yaml"
    assert capsys.readouterr().out.strip() == str(written)
    errors: list[ContentError] = []
    again = parse_quiz(written, "en", errors, is_source=True)
    original = load_library(FIXTURE_CONTENT).quiz("intro-quiz", "en")
    assert errors == [] and again is not None and original is not None
    assert [(q.id, q.type, q.prompt, q.options, q.answer, q.explanation, q.ref) for q in again.questions] == [
        (q.id, q.type, q.prompt, q.options, q.answer, q.explanation, q.ref) for q in original.questions
        if q.type != "ordering"]  # GIFT has no ordering question: left out, and said
    assert main(["quiz", "import", str(gift), "-o", str(out_dir)]) == 1  # no silent overwrite
    assert main(["quiz", "import", str(gift), "-o", str(out_dir), "--force"]) == 0


def test_export_to_moodle_xml(tmp_path: Path) -> None:
    target = tmp_path / "intro.xml"
    assert main(["quiz", "export", "intro-quiz", "--format", "moodle-xml", "-o", str(target), "--content", str(FIXTURE_CONTENT)]) == 0
    assert b'<question type="ordering">' in target.read_bytes()


def test_export_of_an_unknown_quiz_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "export", "no-such-quiz", "--format", "gift", "-o", str(tmp_path / "x.gift"), "--content", str(FIXTURE_CONTENT)]) == 1
    assert "no quiz 'no-such-quiz'" in capsys.readouterr().err


def test_import_of_moodle_examples_imports_all_43_and_says_what_it_could_not_keep(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "import", str(MOODLE_EXAMPLES), "-o", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"{MOODLE_EXAMPLES}:123: answers worth partial credit are not kept" in err
    assert "43 question(s) imported into 1 quiz file(s); 0 skipped" in err
    written = tmp_path / "moodle-format-examples.quiz.en.yaml"
    errors: list[ContentError] = []
    again = parse_quiz(written, "en", errors, is_source=False)
    assert again is not None and len(again.questions) == 43
    assert {e.message for e in errors} == {"question: 'explanation' is required", "question: 'ref' is required"}  # none in Moodle's


def test_import_of_an_unreadable_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "import", str(tmp_path / "missing.gift"), "-o", str(tmp_path)]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_gift_export_names_the_ordering_question_it_leaves_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gift = tmp_path / "intro.gift"
    assert main(["quiz", "export", "intro-quiz", "--format", "gift", "-o", str(gift), "--content", str(FIXTURE_CONTENT)]) == 0
    err = capsys.readouterr().err
    assert f"{gift}: question 'order' left out: GIFT has no ordering question" in err and "Moodle XML" in err


def test_export_into_a_missing_folder_is_refused_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "x.xml"
    assert main(["quiz", "export", "intro-quiz", "--format", "moodle-xml", "-o", str(target), "--content", str(FIXTURE_CONTENT)]) == 1
    err = capsys.readouterr().err
    assert f"{target}: cannot write" in err and "Traceback" not in err


GIFT = "// @pass_mark: 80\n::q::Oʻzbekiston poytaxti?{=Toshkent####Poytaxt.}\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig", "utf-32"])
def test_utf16_and_utf32_files_are_read_as_what_they_say(tmp_path: Path, encoding: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "q.gift"
    source.write_bytes(GIFT.encode(encoding))
    assert main(["quiz", "import", str(source), "-o", str(tmp_path / "out")]) == 0
    assert "Oʻzbekiston poytaxti?" in (tmp_path / "out" / "q.quiz.en.yaml").read_text(encoding="utf-8")
    if encoding in ("utf-16-le", "utf-16-be"):
        assert "no byte-order mark" in capsys.readouterr().err


@pytest.mark.parametrize(("data", "message"), [
    ("Toshkent?{=Toʻg‘ri}".encode("cp1251", "replace").replace(b"?", b"\xe9"), "save the file as UTF-8"),
    (b"Capital?{=Tash\x00kent}", "NUL character"),
])
def test_text_that_is_not_utf8_or_has_nul_bytes_is_refused(tmp_path: Path, data: bytes, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "q.gift"
    source.write_bytes(data)
    assert main(["quiz", "import", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and not (tmp_path / "out").exists()


def test_a_superscript_pass_mark_is_a_note_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "q.gift"
    source.write_text("// @pass_mark: ²\n::q::Capital?{=Tashkent}\n", encoding="utf-8")
    assert main(["quiz", "import", str(source), "-o", str(tmp_path / "out")]) == 0
    assert "pass mark '²' is not a whole number" in capsys.readouterr().err


def test_import_into_an_existing_file_is_refused_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "q.gift", tmp_path / "existing.txt"
    source.write_text(GIFT, encoding="utf-8")
    target.write_text("keep me", encoding="utf-8")
    assert main(["quiz", "import", str(source), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err and "Traceback" not in err and target.read_text(encoding="utf-8") == "keep me"
