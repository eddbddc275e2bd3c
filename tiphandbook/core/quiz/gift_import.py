"""Read GIFT (Moodle's plain-text question format) into the app's quiz model, following Moodle's own parser.

Supported: multiple choice (``=`` right, ``~`` wrong, ``~%50%`` weights), true/false, short answer, matching,
per-answer feedback (``#``), general feedback (``####``, the app's explanation), ``::title::`` (the question id),
``$CATEGORY:`` (starts a new quiz, titled by the category's last part), ``//`` comments, the escapes
``\\~ \\= \\# \\{ \\} \\: \\\\ \\n``, ``[html]``/``[markdown]`` text formats and missing-word questions (the
blank becomes ``_____``). Mapped with a note, where the app's format has no place for something:
- a choice question with ``=`` is single choice; other options with a positive weight become wrong options;
- one without ``=`` (Moodle's "multiple answers") is multiple choice; options with a positive weight are correct;
- short answers worth less than 100% are dropped; feedback on short answers is dropped;
- true/false feedback becomes the explanation when there is no general feedback.
Not supported, reported with its line and skipped: numerical (``{#...}``), essay (``{}``), descriptions (no
answer block), several answer blocks in one question, and malformed questions. Everything else is imported.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tiphandbook.core.content.model import ID_PATTERN, LANGUAGES, Option, Question, Quiz
from tiphandbook.core.quiz.gift_syntax import parse_directive, protect, release
from tiphandbook.core.quiz.normalize import APOSTROPHES
from tiphandbook.core.quiz.short_answers import distinct_answers

DEFAULT_PASS_MARK = 70
BLANK = "_____"
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]")
_TAG = re.compile(r"<[^>]*>")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")  # a line break in the file (not an escaped \n) is just a space
_WILDCARD = re.compile(r"(?<!\\)\*")  # Moodle's "anything" in a short answer; "\*" is a literal star
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


@dataclass(frozen=True)
class ImportNote:
    """Something the import could not carry over as written; ``skipped`` when a whole question was left out."""

    line: int  # 1-based line of the question in the GIFT file; 0 for the file as a whole
    message: str
    skipped: bool = False


@dataclass(frozen=True)
class GiftImport:
    quizzes: tuple[Quiz, ...]
    notes: tuple[ImportNote, ...]

    @property
    def skipped(self) -> tuple[ImportNote, ...]:
        return tuple(n for n in self.notes if n.skipped)


class _Skip(Exception):
    """The question cannot be imported; the message says why."""


@dataclass
class _Group:
    """The questions under one ``$CATEGORY`` (or before any): one quiz."""

    line: int
    title: str = ""
    quiz_id: str = ""
    lang: str = ""
    pass_mark: int | None = None
    questions: list[Question] = field(default_factory=list)


@dataclass
class _Answer:
    text: str
    weight: float
    feedback: str


def read_gift(text: str, source: Path, lang: str = "en") -> GiftImport:
    """Parse a GIFT file's text; ``source`` names the quiz when the file has no category, ``lang`` is the
    language assumed when no ``// @lang`` directive says otherwise."""
    notes: list[ImportNote] = []
    groups = [_Group(line=1)]
    for start, lines in _blocks(text):
        directives, body, line = _split_block(start, lines)
        if body.startswith("$CATEGORY:"):
            category, _, body = body.partition("\n")
            groups.append(_Group(line=line, title=_category_title(category[len("$CATEGORY:"):])))
            body = body.strip()
        _apply_quiz_directives(groups[-1], directives, line, notes)
        if not body:
            continue
        used = {q.id for q in groups[-1].questions}
        try:
            groups[-1].questions.append(_question(body, line, directives, used, notes))
        except _Skip as skip:
            notes.append(ImportNote(line, f"{skip}; skipped", skipped=True))
    quizzes = _quizzes(groups, source, lang, notes)
    _note_missing_fields(quizzes, notes)
    return GiftImport(tuple(quizzes), tuple(sorted(notes, key=lambda n: n.line)))


# -- blocks and directives ------------------------------------------------------------------------------------
def _blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    """Questions are separated by blank lines (as in Moodle); yields (first line number, lines)."""
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if line.strip():
            start = start if current else number
            current.append(line)
        elif current:
            yield start, current
            current = []
    if current:
        yield start, current


def _split_block(start: int, lines: list[str]) -> tuple[dict[str, str], str, int]:
    """Comment lines out (directives kept), escapes protected; the line is that of the first non-comment line."""
    directives: dict[str, str] = {}
    body: list[str] = []
    line = start
    for offset, raw in enumerate(lines):
        if raw.strip().startswith("//"):
            parsed = parse_directive(raw)
            if parsed:
                directives[parsed[0]] = parsed[1]
            continue
        if not body:
            line = start + offset
        body.append(raw)
    return directives, protect("\n".join(body)).strip(), line


def _category_title(value: str) -> str:
    """``$course$/top/Name`` -> ``Name`` (Moodle writes a ``/`` inside a name as ``//``)."""
    parts = [p.replace("//", "/").strip() for p in re.split(r"(?<!/)/(?!/)", value.strip())]
    named = [p for p in parts if p and not (p.startswith("$") and p.endswith("$")) and p != "top"]
    return named[-1] if named else ""


def _apply_quiz_directives(group: _Group, directives: dict[str, str], line: int, notes: list[ImportNote]) -> None:
    if "quiz" in directives:
        group.quiz_id = directives["quiz"]
    if directives.get("lang") in LANGUAGES:
        group.lang = directives["lang"]
    if "pass_mark" in directives:
        value = directives["pass_mark"]
        if value.isdigit() and 1 <= int(value) <= 100:
            group.pass_mark = int(value)
        else:
            notes.append(ImportNote(line, f"pass mark {value!r} is not a whole number from 1 to 100; ignored"))


# -- one question ---------------------------------------------------------------------------------------------
def _question(text: str, line: int, directives: dict[str, str], used: set[str], notes: list[ImportNote]) -> Question:
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            text = text[2:]
        else:
            title, text = _text(text[2:end]), text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start == -1 and finish == -1:
        raise _Skip("a description (text without an answer block {...}) is not a question the app can ask")
    if start == -1 or finish == -1 or finish < start:
        raise _Skip("unmatched '{' or '}' (escape a literal brace as \\{ or \\})")
    after = text[finish + 1 :]
    if "{" in after or "}" in after:
        raise _Skip("several answer blocks in one question are not supported")
    prompt = _text(text[:start] + (after if not after.strip() else BLANK + after))
    if not prompt:
        raise _Skip("the question has no text")
    answers = text[start + 1 : finish].strip()
    general = ""
    if "####" in answers:
        answers, general = answers[: answers.rfind("####")].strip(), _text(answers[answers.rfind("####") + 4 :])
    common = dict(id=_unique(_question_id(title, prompt), used), prompt=prompt, explanation=general,
                  ref=directives.get("ref") or None, line=line)
    if not answers:
        raise _Skip("an essay question ({}) is not supported")
    if answers.startswith("#"):
        raise _Skip("a numerical question ({#...}) is not supported")
    if "~" in answers:
        return _choice(answers, common, line, notes)
    if "=" in answers and "->" in answers:
        return _matching(answers, common, directives.get("type") == "ordering", line, notes)
    head, *feedback = answers.split("#", 2)
    if head.strip() in _TRUE_FALSE:
        explanation = general or next((_text(f) for f in feedback if _text(f)), "")
        return Question(**common | {"explanation": explanation}, type="true_false", answer=_TRUE_FALSE[head.strip()])
    return _short_answer(answers, common, line, notes)


def _choice(answers: str, common: dict[str, object], line: int, notes: list[ImportNote]) -> Question:
    single = "=" in answers  # Moodle: any "=" makes it single choice; none makes it "multiple answers"
    parsed = [_answer(piece, default_weight=0.0) for piece in _pieces(answers.replace("=", "~="), "~")]
    if len(parsed) < 2:
        raise _Skip("a choice question needs at least two answers")
    if single:
        full = [a for a in parsed if a.weight >= 100]
        if len(full) != 1:
            raise _Skip(f"a single-choice question needs exactly one fully correct answer, not {len(full)}")
        partial = [a.text for a in parsed if 0 < a.weight < 100]
        if partial:
            notes.append(ImportNote(line, "partial credit is not kept: " + ", ".join(repr(t) for t in partial)
                                    + " imported as wrong"))
        correct = [a.weight >= 100 for a in parsed]
    else:
        positive = {a.weight for a in parsed if a.weight > 0}
        if not positive:
            raise _Skip("no answer has a positive weight, so none is correct")
        if len(positive) > 1:
            notes.append(ImportNote(line, "unequal answer weights are not kept: every answer with a positive "
                                    "weight counts as correct, each equally"))
        correct = [a.weight > 0 for a in parsed]
    options = tuple(Option(a.text, ok, a.feedback) for a, ok in zip(parsed, correct, strict=True))
    return Question(**common, type="single" if single else "multiple", options=options)


def _matching(answers: str, common: dict[str, object], ordering: bool, line: int, notes: list[ImportNote]) -> Question:
    pairs = []
    for piece in _pieces(answers, "="):
        if "->" not in piece:
            raise _Skip(f"matching answer {_text(piece)!r} has no '->'")
        left, _, right = piece.partition("->")
        if not _text(left):
            notes.append(ImportNote(line, f"extra wrong answer {_text(right)!r} (a match with no question) is not kept"))
            continue
        pairs.append((_text(left), _plain_text(right)))  # Moodle reads no format on a right-hand side
    if len(pairs) < 2:
        raise _Skip("a matching question needs at least two pairs")
    positions = [left for left, _ in pairs]
    if ordering and positions == [str(n) for n in range(1, len(pairs) + 1)]:
        return Question(**common, type="ordering", items=tuple(right for _, right in pairs))
    if ordering:
        notes.append(ImportNote(line, "marked as ordering but not numbered 1, 2, 3 ...; imported as matching"))
    return Question(**common, type="matching", pairs=tuple(pairs))


def _short_answer(answers: str, common: dict[str, object], line: int, notes: list[ImportNote]) -> Question:
    parsed = [_answer(piece, default_weight=100.0) for piece in _pieces(answers, "=")]
    accepted = distinct_answers([a.text.replace("\\*", "*") for a in parsed if a.weight >= 100 and a.text])
    dropped = [a.text for a in parsed if a.weight < 100]
    if dropped:
        notes.append(ImportNote(line, "answers worth partial credit are not kept: " + ", ".join(repr(t) for t in dropped)))
    if any(a.feedback for a in parsed):
        notes.append(ImportNote(line, "feedback on short answers is not kept (the explanation is shown instead)"))
    if any(_WILDCARD.search(a.text) for a in parsed):
        notes.append(ImportNote(line, "Moodle's wildcard '*' in a short answer is not supported: the app expects "
                                "the '*' typed as it is"))
    if not accepted:
        raise _Skip("a short-answer question needs at least one fully correct answer")
    return Question(**common, type="short_answer", answers=accepted)


def _pieces(answers: str, marker: str) -> list[str]:
    """Split on a marker; text before the first one counts as an answer only if it is not blank (as in Moodle)."""
    pieces = answers.split(marker)
    return [p for i, p in enumerate(pieces) if i > 0 or p.strip()]


def _answer(piece: str, default_weight: float) -> _Answer:
    piece = piece.strip()
    weight = default_weight
    if piece.startswith("="):  # a right choice: Moodle reads no weight after "=" ("=%50%x" is the text "%50%x")
        piece, weight = piece[1:], 100.0
    elif match := _WEIGHT.match(piece):
        piece, weight = piece[match.end() :], float(match[1])
    text, _, feedback = piece.partition("#")
    return _Answer(_text(text), weight, _text(feedback))


def _text(raw: str) -> str:
    """A finished text: format prefix handled, line breaks of the file joined, escapes released."""
    raw = raw.strip()
    match = _FORMAT.match(raw)
    if match:
        raw = raw[match.end() :]
        if match[1] == "html":
            raw = " ".join(html.unescape(_TAG.sub(" ", raw)).split())
    return _plain_text(raw)


def _plain_text(raw: str) -> str:
    return release(_LINE_BREAK.sub(" ", raw.strip())).strip()


# -- ids and quizzes ------------------------------------------------------------------------------------------
def _slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.translate({ord(c): None for c in APOSTROPHES}))
    parts = re.findall(r"[a-z0-9]+", ascii_text.encode("ascii", "ignore").decode().lower())[:words]
    slug = "-".join(parts)[:48].strip("-")
    return slug if not slug or slug[0].isalpha() else f"q-{slug}"


def _question_id(title: str, prompt: str) -> str:
    if ID_PATTERN.match(title):
        return title
    return _slug(title) or _slug(prompt) or "question"


def _unique(candidate: str, used: set[str]) -> str:
    name, n = candidate, 2
    while name in used:
        name, n = f"{candidate}-{n}", n + 1
    return name


def _quizzes(groups: list[_Group], source: Path, lang: str, notes: list[ImportNote]) -> list[Quiz]:
    quizzes: list[Quiz] = []
    used: set[str] = set()
    for group in groups:
        if not group.questions:
            continue
        title = group.title or source.stem
        quiz_id = _unique(group.quiz_id if ID_PATTERN.match(group.quiz_id) else _slug(title) or "imported-quiz", used)
        used.add(quiz_id)
        if group.pass_mark is None:
            notes.append(ImportNote(group.line, f"no pass mark given for '{title}': {DEFAULT_PASS_MARK}% assumed"))
        quizzes.append(Quiz(quiz_id, group.lang or lang, source, title, group.pass_mark or DEFAULT_PASS_MARK,
                            tuple(group.questions)))
    return quizzes


def _note_missing_fields(quizzes: list[Quiz], notes: list[ImportNote]) -> None:
    """The app requires an explanation and a handbook section for every question; say how many lack them."""
    questions = [q for quiz in quizzes for q in quiz.questions]
    no_explanation = sum(not q.explanation for q in questions)
    no_ref = sum(not q.ref for q in questions)
    if no_explanation or no_ref:
        notes.append(ImportNote(0, f"{no_explanation} question(s) have no explanation and {no_ref} no handbook "
                                "reference (ref): add them before publishing; tiphandbook check requires both"))
