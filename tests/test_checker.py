"""The checker: each kind of broken content gives the right ``path:line: message`` and exit status 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tests.helpers.paths import REPO_ROOT
from tests.helpers.shipped import shipped_library

ALPHA = "handbook/part-one/01-alpha.en.md"


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = [
    # (file, old, new, expected "file:line: message" fragment)
    (ALPHA, "(beta#details)", "(beta#nowhere)", f"{ALPHA}:11: link to missing anchor '#nowhere' in 'beta'"),
    (ALPHA, "[beta](beta)", "[gamma](gamma)", f"{ALPHA}:15: link to missing document 'gamma'"),
    (ALPHA, "(#second)", "(#third)", f"{ALPHA}:15: link to missing anchor '#third' in this document"),
    (ALPHA, "id: alpha\n", "", f"{ALPHA}:2: 'id' is required"),
    (ALPHA, "summary: The first", "summary: [The first", f"{ALPHA}:5: malformed YAML"),
    (ALPHA, "## Second section {#second}", "## Second section", f"{ALPHA}:27: heading 'Second section' has no anchor"),
    (ALPHA, "## Second section {#second}", "## Second section {#first}", f"{ALPHA}:27: duplicate anchor {{#first}}"),
    (ALPHA, "::: law", "::: lore", f"{ALPHA}:17: unknown callout kind 'lore'"),
    (ALPHA, "A footnote here", "A <b>bold</b> footnote here", f"{ALPHA}:25: raw HTML is not rendered"),
    (ALPHA, "(https://example.org/page)", "(javascript:alert(1))", f"{ALPHA}:37: link 'javascript:alert(1)' is neither"),
    (ALPHA, "audience: [investigators, judges]", "audience: [detectives]", f"{ALPHA}:5: unknown audience detectives"),
    ("handbook/part-one/02-beta.en.md", "id: beta", "id: alpha", "handbook/part-one/02-beta.en.md:1: duplicate id 'alpha'"),
    ("handbook/part-one/01-alpha.ru.md", "{#sub}", "{#subsection}", "handbook/part-one/01-alpha.ru.md:16: section anchors differ from the English file: missing #sub; not in English #subsection"),
    ("handbook/part-one/01-alpha.uz.md", "id: alpha", "id: alfa", "handbook/part-one/01-alpha.uz.md:2: id 'alfa' differs from the English file's 'alpha'"),
    ("handbook/checklists/screen.en.yaml", "ref: alpha#first", "ref: alpha#missing", "handbook/checklists/screen.en.yaml:10: item 'documents': link to missing anchor '#missing' in 'alpha'"),
    ("handbook/checklists/screen.en.yaml", "      - id: movement", "      - id: documents", "handbook/checklists/screen.en.yaml:15: item: duplicate item id 'documents'"),
    ("handbook/checklists/screen.en.yaml", "version: 2", "version: two", "handbook/checklists/screen.en.yaml:2: 'version' must be a whole number"),
    ("curricula/academy-one/01-intro.quiz.en.yaml", "type: single", "type: poll", "curricula/academy-one/01-intro.quiz.en.yaml:12: question: unknown question type 'poll'"),
    ("curricula/academy-one/01-intro.quiz.en.yaml", "{text: Act, feedback", "{text: Act, correct: true, feedback", "curricula/academy-one/01-intro.quiz.en.yaml:16: question: a single-choice question needs exactly one correct option, not 2"),
    ("curricula/academy-one/01-intro.quiz.en.yaml", "      - {text: Act, feedback: The act is needed.}", "      - {text: Act, feedback: The act, the means, are needed.}", "curricula/academy-one/01-intro.quiz.en.yaml:18: option: unknown field 'the means' (an unquoted comma"),
    (ALPHA, "summary: The first test chapter.", "summary: The first test chapter.\nsumary: typo", f"{ALPHA}:5: unknown field 'sumary'"),
    ("curricula/academy-one/01-intro.en.md", "minutes: 60", "minutes: 45", "curricula/academy-one/01-intro.en.md:10: plan minutes add up to 75, not duration_minutes 90"),
    ("curricula/academy-one/01-intro.en.md", "quiz: intro-quiz", "quiz: other-quiz", "curricula/academy-one/01-intro.en.md:9: quiz 'other-quiz' does not exist"),
    ("curricula/academy-one/01-intro.en.md", "Work through the case.", "Then the quiz (`intro-quiz`, pass mark 70%).", "curricula/academy-one/01-intro.en.md:20: the quiz id 'intro-quiz' is shown to the reader as it is"),
    ("curricula/academy-one/01-intro.en.md", "Welcome.", "Welcome. Fill in `screen` after [the chapter](alpha).", "curricula/academy-one/01-intro.en.md:16: the checklist id 'screen' is shown to the reader as it is"),
    ("handbook/book.yaml", "parts: [part-one]", "parts: [part-one, part-two]", "handbook/book.yaml:3: folder 'part-two' does not exist"),
]


@pytest.mark.parametrize(("relative", "old", "new", "expected"), BROKEN, ids=[b[3].split(": ", 1)[1][:40] for b in BROKEN])
def test_broken_content_is_reported_with_file_and_line(content: Path, relative: str, old: str, new: str, expected: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(content, relative, old, new)
    monkeypatch.chdir(content)
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert expected in out, out


def test_a_broken_document_is_skipped_and_the_rest_loads(content: Path) -> None:
    _edit(content, "handbook/part-one/02-beta.en.md", "title: Beta chapter", "title: [Beta")
    library = load_library(content)
    assert library.document("beta", "en") is None
    assert library.document("alpha", "en") is not None
    assert library.parts[0].chapters == ("alpha",)


def test_clean_fixture_exits_zero(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(content), "--stats"]) == 0
    out = capsys.readouterr().out
    assert "chapters" in out and "questions" in out


def test_shipped_content_passes_the_checker() -> None:
    """The real handbook and curricula, through the installed command line, exactly as CI and authors run it."""
    result = subprocess.run([sys.executable, "-m", "tiphandbook", "check", "--stats"], capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("command", "status", "expected"), [
    (["check"], 1, "link to missing anchor '#nowhere'"),  # the fixture's broken link, not the bundled content
    (["search", "zanzibar"], 0, "alpha#sub"),  # a word only the fixture has
    (["quiz", "list"], 0, "intro-quiz"),
    (["review", "export", "-o", "review.csv", "--no-pdf"], 0, "en 0, ru 0, uz 0"),  # the bundled content has boxes
])
def test_the_top_level_content_option_reaches_every_command(content: Path, command: list[str], status: int, expected: str,
                                                             capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """``tiphandbook --content DIR check`` used to check the bundled content instead of DIR."""
    _edit(content, ALPHA, "(beta#details)", "(beta#nowhere)")
    monkeypatch.chdir(content)
    assert main(["--content", str(content), *command]) == status
    assert expected in capsys.readouterr().out


def test_a_matching_question_moodle_cannot_edit_is_warned_about_without_failing(
        content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    quiz = "curricula/academy-one/01-intro.quiz.en.yaml"
    with (content / quiz).open("a", encoding="utf-8") as f:
        f.write("  - id: two-pairs\n    type: matching\n    prompt: Match.\n    explanation: Why.\n    ref: alpha\n"
                "    pairs:\n      - {left: A, right: a}\n      - {left: B, right: b}\n")
    monkeypatch.chdir(content)
    assert main(["check", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert f"{quiz}:25: question 'two-pairs': a matching question with 2 pairs" in out and "(warning)" in out


def test_no_shipped_matching_question_has_fewer_than_three_pairs() -> None:
    library = shipped_library()
    short = [(quiz.path.name, q.id) for quiz in library.quizzes.values() for q in quiz.questions
             if q.type == "matching" and len(q.pairs) < 3]
    assert short == []
