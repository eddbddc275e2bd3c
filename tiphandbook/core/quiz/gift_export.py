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
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tiphandbook.core.content.model import Question, Quiz, number_text
from tiphandbook.core.quiz.gift_syntax import directive, escape
from tiphandbook.core.quiz.moodle_weights import moodle_weights, weight_text
from tiphandbook.core.quiz.short_answers import moodle_answers


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
        head = f"::{escape(question.id)}::{_marker(question)}{escape(question.prompt)}"
        lines.append(head if question.type == "description" else f"{head}{{{_answers(question)}}}")
        lines.append("")
    return "\n".join(lines)


def _reason(question: Question) -> LeftOut | None:
    if question.type == "ordering":
        return LeftOut(question.id, "GIFT has no ordering question (as matching, Moodle would mark it by exact "
                       "position, not as the app does); export the quiz as Moodle XML to keep it", fixable=False)
    if question.type == "short_answer" and any("->" in a for a in question.answers):
        return LeftOut(question.id, "a short answer containing '->' cannot be written in GIFT (Moodle would read "
                       "a matching question); export as Moodle XML or reword the answer", fixable=True)
    if question.type == "matching" and any("->" in left for left, _ in question.pairs):
        return LeftOut(question.id, "a matching left side containing '->' cannot be written in GIFT (the first "
                       "'->' splits the pair); export as Moodle XML or reword it", fixable=True)
    return None


def _marker(question: Question) -> str:
    return f"[{question.text_format}]"


def _answers(question: Question) -> str:
    """The answer block's inside, as Moodle's own writer lays it out (``qformat_gift::writequestion``)."""
    kind = question.type

    def text(value: str) -> str:
        return _text(value, question)

    if kind == "true_false":
        right, wrong = ((question.true_feedback, question.false_feedback) if question.answer
                        else (question.false_feedback, question.true_feedback))
        feedback = (f"#{text(wrong)}" if wrong else "#" if right else "") + (f"#{text(right)}" if right else "")
        return ("TRUE" if question.answer else "FALSE") + feedback + _general(question, inline=True)
    if kind == "essay":
        return _general(question, inline=True)
    if kind in ("single", "multiple"):
        rows = []
        for option, weight in zip(question.options, moodle_weights(question), strict=True):
            if kind == "single" and weight == 100:
                marker = "="
            else:
                marker = "~" if weight == 0 and not option.text.startswith("%") else f"~%{weight_text(weight)}%"
            feedback = f"#{text(option.feedback)}" if option.feedback else ""
            rows.append(f"\t{marker}{text(option.text)}{feedback}")
    elif kind == "matching":
        rows = [f"\t={text(left)} -> {escape(right)}" for left, right in question.pairs]
    elif kind == "short_answer":
        rows = [f"\t={'%100%' if answer.startswith('%') else ''}{text(answer)}" for answer in moodle_answers(question)]
    elif kind == "numerical":
        rows = [f"\t~#{text(n.feedback)}" if math.isinf(n.tolerance)
                else f"\t=%{weight_text(n.weight)}%{n.text()}:{number_text(n.tolerance)}" + (f"#{text(n.feedback)}" if n.feedback else "")
                for n in question.numbers]
        return "#\n" + "\n".join(rows) + "\n" + _general(question, inline=False)
    else:
        raise ValueError(f"GIFT export does not write {kind!r} questions")
    return "\n" + "\n".join(rows) + "\n" + _general(question, inline=False)


def _text(value: str, question: Question) -> str:
    """A text Moodle reads with a format (option, feedback, left side): a leading ``[`` is protected."""
    return (_marker(question) if value.startswith("[") else "") + escape(value)


def _general(question: Question, inline: bool) -> str:
    if not question.explanation:
        return ""
    general = f"####{_text(question.explanation, question)}"
    return general if inline else f"\t{general}\n"
