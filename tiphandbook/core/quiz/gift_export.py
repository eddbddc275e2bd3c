"""Write a quiz as GIFT, the plain-text format Moodle imports, so that Moodle reads every text as typed and marks
every question it receives as the app does; what GIFT cannot carry is left out and said, never changed silently.

Question ids become GIFT titles, explanations general feedback (``####``), option feedback ``#feedback``; the
multiple-choice weights are the app's (``moodle_weights``). The quiz title is the category name.

How Moodle reads a GIFT question (moodle/moodle question/format/gift/format.php, ``qformat_gift::readquestion``)
decides how each text is written:
- every question starts with its format, ``[plain]`` for the app's own quizzes: Moodle's default is FORMAT_MOODLE,
  which lets ``<b>`` or ``<img onerror=...>`` through as HTML; the marker is passed down to options, feedback and
  matching left sides (``parse_text_with_format`` gets the question's format as default), and Moodle then shows
  plain text escaped (an imported ``[html]`` question keeps ``[html]`` and its sanitised HTML);
- a text that starts with ``[`` gets the marker again, so ``[html]`` in the text is never taken as a format;
- an answer whose text starts with ``%`` gets an explicit weight first (``~%0%``, ``=%100%``), because Moodle takes
  a leading ``%N%`` as the weight (``$giftanswerweightregex``); a ``=`` choice answer needs none (no weight is
  read after ``=`` in a choice question);
- GIFT has no escape for ``->``: a short answer containing it turns the question into matching, and in matching
  the first ``->`` splits the pair, so such questions are left out with the reason;
- GIFT has no ordering question (written as matching, Moodle would mark it by exact position, not as the app
  does): ordering questions are left out, with a note pointing to the Moodle XML export, which keeps them.

Each type writes its own answer block and says why it cannot be written (``quiz.types``: ``gift_answers``,
``gift_refusal``); a type without a GIFT form refuses, and the question is left out with that reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.gift_syntax import directive, escape, marker
from tiphandbook.core.quiz.types import question_type


@dataclass(frozen=True)
class LeftOut:
    """A question the GIFT file does not contain; ``fixable`` when its text, not its type, is the reason."""

    question_id: str
    reason: str
    fixable: bool


def left_out(quiz: Quiz) -> tuple[LeftOut, ...]:
    """The questions ``quiz_to_gift`` leaves out, each with the reason to tell the user."""
    found = (_reason(q) for q in quiz.questions)
    return tuple(r for r in found if r is not None)


def quiz_to_gift(quiz: Quiz) -> str:
    skipped = {r.question_id: r for r in left_out(quiz)}
    written = [q for q in quiz.questions if q.id not in skipped]
    lines = [
        f"// {quiz.title}",
        f"// Exported from tiphandbook: {len(written)} questions. Lines starting with // are comments for",
        "// Moodle; the // @ lines let tiphandbook import this file back unchanged.",
        *(f"// Left out: {r.question_id}: {r.reason}" for r in skipped.values()),
        directive("quiz", quiz.id),
        directive("lang", quiz.lang),
        directive("pass_mark", quiz.pass_mark),
        f"$CATEGORY: $course$/top/{quiz.title.replace('/', '//')}",
        "",
    ]
    for question in written:
        if question.ref:
            lines.append(directive("ref", question.ref))
        if question.verify:  # the verify note, which Moodle has no field for, on one line
            lines.append(directive("verify", " ".join(question.verify.split())))
        head = f"::{escape(question.id)}::{marker(question)}{escape(question.prompt)}"
        answers = question_type(question.type).gift_answers(question)
        lines.append(head if answers is None else f"{head}{{{answers}}}")
        lines.append("")
    return "\n".join(lines)


def _reason(question: Question) -> LeftOut | None:
    refusal = question_type(question.type).gift_refusal(question)
    return LeftOut(question.id, refusal.reason, refusal.fixable) if refusal else None
