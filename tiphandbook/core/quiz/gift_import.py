"""Read GIFT (Moodle's plain-text question format) into the app's quiz model, following Moodle's own reader
(moodle/moodle question/format/gift/format.php, ``qformat_gift::readquestion``) so that a question means here
what it means in Moodle.

Kept as Moodle has it: multiple choice with every weight (``~%50%``, negative ones too; a ``=`` answer is worth
100 % and no weight is read after it, so ``=%50%half`` is the text "%50%half"), true/false with the feedback for
each answer (``{T#for a wrong answer#for a right one}``), short answers, matching, numerical questions (``{#...}``
with ``value:tolerance``, ranges ``min..max``, weights and feedback), essays (``{}``; the general feedback is the
model answer) and descriptions (no answer block), per-answer feedback (``#``), general feedback (``####``, the
app's explanation), ``::title::`` (the question id), ``$CATEGORY:`` (starts a new quiz, titled by the
category's last part), ``//`` comments, the escapes ``\\~ \\= \\# \\{ \\} \\: \\\\ \\n``, missing-word questions
(the blank becomes ``_____``) and the text formats: the question text's ``[html]``, ``[markdown]``, ``[plain]``
or ``[moodle]`` is passed down to its answers, feedback and matching left sides unless they name their own, as in
Moodle (``parse_text_with_format``); HTML goes through the sanitiser of ``quiz_text``.
Said in a note, where the app's format has no place for something: short answers worth less than 100 % and
feedback on short answers, extra wrong answers of a matching question, Moodle's ``*`` wildcard in a short answer.
Reported with its line and skipped: several answer blocks in one question, and malformed questions.

Linear in the size of the file: no pattern can backtrack over a long run of spaces, and ids are made unique
with counters, so a 20 MB file imports in seconds (benchmarks/gift_bench.py).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tiphandbook.core.content.model import ID_PATTERN, LANGUAGES, NumericAnswer, Option, Question, Quiz
from tiphandbook.core.quiz.gift_syntax import parse_directive, protect, release
from tiphandbook.core.quiz.moodle_weights import option_weights
from tiphandbook.core.quiz.normalize import APOSTROPHES
from tiphandbook.core.quiz.quiz_text import inline_html, sanitize_html
from tiphandbook.core.quiz.short_answers import distinct_answers

DEFAULT_PASS_MARK = 70
BLANK = "_____"
_WEIGHT = re.compile(r"%(-?[0-9]{1,2}\.?[0-9]*)%")  # Moodle's $giftanswerweightregex, used with .match
_WILDCARD = re.compile(r"(?<!\\)\*")  # Moodle's "anything" in a short answer; "\*" is a literal star
_FORMATS = {"html": "html", "markdown": "markdown", "plain": "plain", "moodle": "plain"}
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_SAME_WEIGHT = 1e-4


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


class GiftFileError(Exception):
    """The file is not text the importer can read; the message says why and what to do."""


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_gift(data: bytes) -> tuple[str, str | None]:
    """The file's text and, when it was not plain UTF-8, a note saying how it was read. UTF-8, UTF-16 and UTF-32
    with a byte-order mark, and UTF-16 without one (recognised by its zero bytes), are read; anything else is
    refused rather than imported as garbage, and so is text with NUL characters."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    note = None
    if encoding is None and b"\x00" in data[:4096]:
        sample = data[:4096]
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if max(odd, even) >= len(sample) // 4:
            encoding = "utf-16-le" if odd > even else "utf-16-be"
            note = f"read as {encoding.upper()} (the file has no byte-order mark)"
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise GiftFileError(f"not {(encoding or 'UTF-8').upper()} text (byte {data[exc.start]:#04x} at offset "
                            f"{exc.start}): save the file as UTF-8 and import it again") from None
    if "\x00" in text:
        raise GiftFileError(f"contains a NUL character at offset {text.index(chr(0))}: not a GIFT text file")
    return text, note


@dataclass
class _Group:
    """The questions under one ``$CATEGORY`` (or before any): one quiz."""

    line: int
    title: str = ""
    quiz_id: str = ""
    lang: str = ""
    pass_mark: int | None = None
    questions: list[Question] = field(default_factory=list)
    ids: _Ids = field(default_factory=lambda: _Ids())


class _Ids:
    """Unique ids in constant time per question: the next free suffix is remembered per candidate."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def claim(self, candidate: str) -> str:
        name, n = candidate, self.next.get(candidate, 2)
        while name in self.used:
            name, n = f"{candidate}-{n}", n + 1
        self.next[candidate] = n
        self.used.add(name)
        return name


@dataclass(frozen=True)
class _Raw:
    """A text as written, with the format it was written in (its own ``[format]`` or the question's)."""

    format: str
    body: str


def read_gift(text: str, source: Path, lang: str = "en") -> GiftImport:
    """Parse a GIFT file's text; ``source`` names the quiz when the file has no category, ``lang`` is the
    language assumed when no ``// @lang`` directive says otherwise."""
    notes: list[ImportNote] = []
    groups = [_Group(line=1)]
    for start, lines in _blocks(text):
        directives, body, line = _split_block(start, lines)
        if body.startswith("$CATEGORY:"):
            category, _, body = body.partition("\n")
            groups.append(_Group(line=line, title=_category_title(release(category[len("$CATEGORY:"):]))))
            body = body.strip()
        _apply_quiz_directives(groups[-1], directives, line, notes)
        if not body:
            continue
        try:
            groups[-1].questions.append(_question(body, line, directives, groups[-1].ids, notes))
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
        if re.fullmatch(r"[0-9]{1,3}", value) and 1 <= int(value) <= 100:  # ASCII digits only: "²" is a digit too
            group.pass_mark = int(value)
        else:
            notes.append(ImportNote(line, f"pass mark {value!r} is not a whole number from 1 to 100; ignored"))


# -- one question ---------------------------------------------------------------------------------------------
def _question(text: str, line: int, directives: dict[str, str], ids: _Ids, notes: list[ImportNote]) -> Question:
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            text = text[2:]
        else:
            title, text = _plain(text[2:end]), text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start == -1 and finish == -1:
        return _finish(_Parsed("description", _format_of(text, "plain"), title), ids, directives, line)
    if start == -1 or finish == -1 or finish < start:
        raise _Skip("unmatched '{' or '}' (escape a literal brace as \\{ or \\})")
    after = text[finish + 1 :]
    if "{" in after or "}" in after:
        raise _Skip("several answer blocks in one question are not supported")
    prompt = _format_of(text[:start] + (after if not after.strip() else BLANK + after), "plain")
    answers = text[start + 1 : finish].strip()
    parsed = _Parsed("", prompt, title)
    if "####" in answers:
        cut = answers.rfind("####")
        answers, parsed.general = answers[:cut].strip(), _format_of(answers[cut + 4 :], prompt.format)
    if not answers:
        parsed.kind = "essay"
    elif answers.startswith("#"):
        _numerical(parsed, answers[1:])
    elif "~" in answers:
        _choice(parsed, answers)
    elif "=" in answers and "->" in answers:
        _matching(parsed, answers, directives.get("type") == "ordering", line, notes)
    elif _true_false_head(answers) in _TRUE_FALSE:
        _true_false(parsed, answers)
    else:
        _short_answer(parsed, answers, line, notes)
    return _finish(parsed, ids, directives, line)


@dataclass
class _Parsed:
    """A question as read, its texts still raw, before one text format is chosen for all of them."""

    kind: str
    prompt: _Raw
    title: str
    general: _Raw | None = None
    options: list[tuple[_Raw, float, _Raw | None]] = field(default_factory=list)  # text, weight, feedback
    pairs: list[tuple[_Raw, str]] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    answer: bool | None = None
    tf_feedback: tuple[_Raw | None, _Raw | None] = (None, None)  # shown to whoever answered true, false
    answers: tuple[str, ...] = ()
    numbers: list[tuple[float, float, float, _Raw | None]] = field(default_factory=list)


def _choice(parsed: _Parsed, answers: str) -> None:
    """Moodle: any "=" makes a single-choice question, none a multiple-answer one; "=" is 100 %, "~%w%" is w."""
    single = "=" in answers
    pieces = _pieces(answers.replace("=", "~="), "~")
    if len(pieces) < 2:
        raise _Skip("a choice question needs at least two answers")
    for piece in pieces:
        piece = piece.strip()
        if piece.startswith("="):
            weight, piece = 100.0, piece[1:]
        else:
            weight, piece = _weight(piece, 0.0)
        if not -100 <= weight <= 100:
            raise _Skip(f"weight {weight:g}% is outside -100..100 (Moodle refuses it too)")
        text, feedback = _with_feedback(piece, parsed.prompt.format)
        parsed.options.append((text, weight, feedback))
    weights = [w for _, w, _ in parsed.options]
    if single and not any(w >= 100 for w in weights):
        raise _Skip("a single-choice question needs an answer worth 100%")
    if not single and not any(w > 0 for w in weights):
        raise _Skip("no answer has a positive weight, so none is correct")
    parsed.kind = "single" if single else "multiple"


def _matching(parsed: _Parsed, answers: str, ordering: bool, line: int, notes: list[ImportNote]) -> None:
    for piece in _pieces(answers, "="):
        if "->" not in piece:
            raise _Skip(f"matching answer {_plain(piece)!r} has no '->'")
        left, _, right = piece.partition("->")
        if not left.strip():
            notes.append(ImportNote(line, f"extra wrong answer {_plain(right)!r} (a match with no question) is not kept"))
            continue
        parsed.pairs.append((_format_of(left, parsed.prompt.format), _plain(right)))  # no format on a right side
    if len(parsed.pairs) < 2:
        raise _Skip("a matching question needs at least two pairs")
    positions = [raw.body.strip() for raw, _ in parsed.pairs]
    if ordering and positions == [str(n) for n in range(1, len(parsed.pairs) + 1)]:
        parsed.kind, parsed.items = "ordering", [right for _, right in parsed.pairs]
        return
    if ordering:
        notes.append(ImportNote(line, "marked as ordering but not numbered 1, 2, 3 ...; imported as matching"))
    parsed.kind = "matching"


def _true_false_head(answers: str) -> str:
    """Moodle strips a comment only when "#" is not the first character."""
    cut = answers.find("#")
    return answers[:cut].strip() if cut > 0 else answers


def _true_false(parsed: _Parsed, answers: str) -> None:
    """``{T#shown for a wrong answer#shown for a right one}`` (Moodle's ``split_truefalse_comment``)."""
    head, *rest = answers.split("#", 2)
    wrong, right = (_format_of(r, parsed.prompt.format) if r.strip() else None for r in (rest + ["", ""])[:2])
    parsed.kind, parsed.answer = "true_false", _TRUE_FALSE[head.strip()]
    parsed.tf_feedback = (right, wrong) if parsed.answer else (wrong, right)


def _short_answer(parsed: _Parsed, answers: str, line: int, notes: list[ImportNote]) -> None:
    accepted: list[str] = []
    dropped: list[str] = []
    feedback = False
    for piece in _pieces(answers, "="):
        weight, piece = _weight(piece.strip(), 100.0)
        text, note = _with_feedback(piece, parsed.prompt.format)
        feedback = feedback or note is not None
        (accepted if weight >= 100 else dropped).append(_plain(text.body))
    if dropped:
        notes.append(ImportNote(line, "answers worth partial credit are not kept: " + ", ".join(repr(t) for t in dropped)))
    if feedback:
        notes.append(ImportNote(line, "feedback on short answers is not kept (the explanation is shown instead)"))
    if any(_WILDCARD.search(a) for a in accepted):
        notes.append(ImportNote(line, "Moodle's wildcard '*' in a short answer is not supported: the app expects "
                                "the '*' typed as it is"))
    parsed.kind = "short_answer"
    parsed.answers = distinct_answers([a.replace("\\*", "*") for a in accepted if a])
    if not parsed.answers:
        raise _Skip("a short-answer question needs at least one fully correct answer")


def _numerical(parsed: _Parsed, answers: str) -> None:
    """Moodle's numerical case: ``~#feedback`` for any other number; each ``=`` answer is ``value``,
    ``value:tolerance`` or ``min..max`` with an optional ``%weight%`` and ``#feedback``."""
    other = None
    if "~" in answers:
        answers, other = answers[: answers.find("~")], answers[answers.find("~") :]
    pieces = _pieces(answers, "=")
    if not pieces:
        raise _Skip("a numerical question needs at least one answer")
    for piece in pieces:
        weight, piece = _weight(piece.strip(), 100.0)
        text, feedback = _with_feedback(piece, parsed.prompt.format)
        parsed.numbers.append((*_value_and_tolerance(_plain(text.body)), weight, feedback))
    if other is not None:
        _, feedback = _with_feedback(other[1:], parsed.prompt.format)
        parsed.numbers.append((0.0, float("inf"), 0.0, feedback))
    if not any(weight >= 100 for _, _, weight, _ in parsed.numbers):
        raise _Skip("a numerical question needs an answer worth 100%")
    parsed.kind = "numerical"


def _value_and_tolerance(text: str) -> tuple[float, float]:
    try:
        if text.find("..") > 0:
            low, high = (float(t) for t in text.split("..", 1))
            return (low + high) / 2, abs(high - low) / 2
        if text.find(":") > 0:
            value, tolerance = text.split(":", 1)
            return float(value), abs(float(tolerance))
        return float(text), 0.0
    except ValueError:
        raise _Skip(f"numerical answer {text!r} is not a number, value:tolerance or min..max") from None


def _pieces(answers: str, marker: str) -> list[str]:
    """Split on a marker; text before the first one counts as an answer only if it is not blank (as in Moodle)."""
    pieces = answers.split(marker)
    return [p for i, p in enumerate(pieces) if i > 0 or p.strip()]


def _weight(piece: str, default: float) -> tuple[float, str]:
    match = _WEIGHT.match(piece)
    return (float(match[1]), piece[match.end() :]) if match else (default, piece)


def _with_feedback(piece: str, default_format: str) -> tuple[_Raw, _Raw | None]:
    """Moodle's ``commentparser``: the text, then after the first "#" its feedback, each with a format."""
    text, hash_mark, feedback = piece.partition("#")
    return _format_of(text, default_format), (_format_of(feedback, default_format) if hash_mark and feedback.strip() else None)


def _format_of(raw: str, default: str) -> _Raw:
    """Moodle's ``parse_text_with_format``: a leading ``[name]`` of a known format sets it, else the default."""
    raw = raw.strip()
    if raw.startswith("["):
        end = raw.find("]")
        if end > 0 and raw[1:end] in _FORMATS:
            return _Raw(_FORMATS[raw[1:end]], raw[end + 1 :])
    return _Raw(default, raw)


def _plain(raw: str) -> str:
    """A finished plain text: line breaks of the file joined by one space, escapes released."""
    if "\n" not in raw:
        return release(raw.strip()).strip()
    lines = (line.strip() for line in raw.split("\n"))
    return release(" ".join(line for line in lines if line)).strip()


# -- one text format per question -----------------------------------------------------------------------------
def _finish(parsed: _Parsed, ids: _Ids, directives: dict[str, str], line: int) -> Question:
    raws = [parsed.prompt, parsed.general, *parsed.tf_feedback,
            *(r for text, _, feedback in parsed.options for r in (text, feedback)),
            *(left for left, _ in parsed.pairs), *(feedback for *_, feedback in parsed.numbers)]
    formats = {r.format for r in raws if r is not None and r.body.strip()}
    target = formats.pop() if len(formats) == 1 else "html" if formats else "plain"

    def text(raw: _Raw | None) -> str:
        if raw is None:
            return ""
        if raw.format == target:
            return sanitize_html(release(raw.body)).strip() if target == "html" else _plain(raw.body)
        return inline_html(_plain(raw.body), raw.format)  # mixed formats: all become (sanitised) HTML

    prompt = text(parsed.prompt)
    if not prompt.strip():
        raise _Skip("the question has no text")
    common: dict[str, Any] = dict(id=ids.claim(_question_id(parsed.title, _words(prompt, target))), type=parsed.kind, prompt=prompt,
                  explanation=text(parsed.general), ref=directives.get("ref") or None, line=line, text_format=target,
                  verify=directives.get("verify", ""))
    if parsed.kind in ("single", "multiple"):
        return Question(**common, options=_options(parsed, text))
    if parsed.kind == "true_false":
        return Question(**common, answer=parsed.answer, true_feedback=text(parsed.tf_feedback[0]),
                        false_feedback=text(parsed.tf_feedback[1]))
    if parsed.kind == "matching":
        return Question(**common, pairs=tuple((text(left), right) for left, right in parsed.pairs))
    if parsed.kind == "ordering":
        return Question(**common, items=tuple(parsed.items))
    if parsed.kind == "short_answer":
        return Question(**common, answers=parsed.answers)
    if parsed.kind == "numerical":
        return Question(**common, numbers=tuple(NumericAnswer(v, t, w, text(f)) for v, t, w, f in parsed.numbers))
    return Question(**common)  # essay, description


def _options(parsed: _Parsed, text: Callable[[_Raw | None], str]) -> tuple[Option, ...]:
    """Weights are kept when they differ from what ``correct`` alone would give (see ``moodle_weights``)."""
    single = parsed.kind == "single"
    weights = [w for _, w, _ in parsed.options]
    correct = [w >= 100 if single else w > 0 for w in weights]
    if single:
        derived = [100.0 if c else 0.0 for c in correct] if sum(correct) == 1 else None
    else:
        shown = Question("", "multiple", "", "", None, 0, options=tuple(Option("", c) for c in correct))
        derived = list(option_weights(shown))
    keep = derived is None or any(abs(w - d) >= _SAME_WEIGHT for w, d in zip(weights, derived, strict=True))
    return tuple(Option(text(t), c, text(f), w if keep else None)
                 for (t, w, f), c in zip(parsed.options, correct, strict=True))


def _words(prompt: str, text_format: str) -> str:
    return html.unescape(re.sub(r"<[^<>]*>", " ", prompt)) if text_format == "html" else prompt


# -- ids and quizzes ------------------------------------------------------------------------------------------
def _slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text[:400].translate({ord(c): None for c in APOSTROPHES}))
    parts = re.findall(r"[a-z0-9]+", ascii_text.encode("ascii", "ignore").decode().lower())[:words]
    slug = "-".join(parts)[:48].strip("-")
    return slug if not slug or slug[0].isalpha() else f"q-{slug}"


def _question_id(title: str, prompt: str) -> str:
    if ID_PATTERN.match(title):
        return title
    return _slug(title) or _slug(prompt) or "question"


def _quizzes(groups: list[_Group], source: Path, lang: str, notes: list[ImportNote]) -> list[Quiz]:
    quizzes: list[Quiz] = []
    ids = _Ids()
    for group in groups:
        if not group.questions:
            continue
        title = group.title or source.stem
        quiz_id = ids.claim(group.quiz_id if ID_PATTERN.match(group.quiz_id) else _slug(title) or "imported-quiz")
        if group.pass_mark is None:
            notes.append(ImportNote(group.line, f"no pass mark given for '{title}': {DEFAULT_PASS_MARK}% assumed"))
        quizzes.append(Quiz(quiz_id, group.lang or lang, source, title, group.pass_mark or DEFAULT_PASS_MARK,
                            tuple(group.questions)))
    return quizzes


def _note_missing_fields(quizzes: list[Quiz], notes: list[ImportNote]) -> None:
    """The app requires an explanation and a handbook section for every question; say how many lack them."""
    questions = [q for quiz in quizzes for q in quiz.questions if q.type != "description"]
    no_explanation = sum(not q.explanation for q in questions)
    no_ref = sum(not q.ref for q in questions)
    if no_explanation or no_ref:
        notes.append(ImportNote(0, f"{no_explanation} question(s) have no explanation and {no_ref} no handbook "
                                "reference (ref): add them before publishing; tiphandbook check requires both"))
