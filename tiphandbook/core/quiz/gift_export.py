"""Write a quiz as GIFT, the plain-text format Moodle imports, losing nothing the app's importer needs back.

Question ids become GIFT titles, explanations general feedback (``####``), option feedback ``#feedback``; the
multiple-choice weights reproduce the app's scoring (``moodle_weights``). GIFT has no ordering question: one is
written as a matching question from positions ("1", "2" ...) to items, which Moodle marks the same way, plus a
``// @type: ordering`` directive so the app reads it back as ordering. The quiz title is the category name.
A left-hand side containing ``->`` cannot be written in GIFT (there is no escape for it).
"""

from __future__ import annotations

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.gift_syntax import directive, escape
from tiphandbook.core.quiz.moodle_weights import option_weights, weight_text


def quiz_to_gift(quiz: Quiz) -> str:
    lines = [
        f"// {quiz.title}",
        f"// Exported from tiphandbook: {len(quiz.questions)} questions. Lines starting with // are comments for",
        "// Moodle; the // @ lines let tiphandbook import this file back unchanged.",
        directive("quiz", quiz.id),
        directive("lang", quiz.lang),
        directive("pass_mark", quiz.pass_mark),
        f"$CATEGORY: $course$/top/{quiz.title.replace('/', '//')}",
        "",
    ]
    for question in quiz.questions:
        if question.ref:
            lines.append(directive("ref", question.ref))
        if question.type == "ordering":
            lines.append(directive("type", "ordering"))
        lines.append(f"::{escape(question.id)}::{escape(question.prompt)}{{{_answers(question)}}}")
        lines.append("")
    return "\n".join(lines)


def _answers(question: Question) -> str:
    kind = question.type
    if kind == "true_false":
        return ("TRUE" if question.answer else "FALSE") + _general(question, inline=True)
    if kind in ("single", "multiple"):
        rows = []
        for option, weight in zip(question.options, option_weights(question), strict=True):
            marker = "=" if kind == "single" and option.correct else "~" if weight == 0 else f"~%{weight_text(weight)}%"
            feedback = f"#{escape(option.feedback)}" if option.feedback else ""
            rows.append(f"\t{marker}{escape(option.text)}{feedback}")
    elif kind == "matching":
        rows = [f"\t={escape(left)} -> {escape(right)}" for left, right in question.pairs]
    elif kind == "ordering":
        rows = [f"\t={position} -> {escape(item)}" for position, item in enumerate(question.items, 1)]
    elif kind == "short_answer":
        rows = [f"\t={escape(answer)}" for answer in question.answers]
    else:
        raise ValueError(f"unknown question type {kind!r}")
    return "\n" + "\n".join(rows) + "\n" + _general(question, inline=False)


def _general(question: Question, inline: bool) -> str:
    if not question.explanation:
        return ""
    text = f"####{escape(question.explanation)}"
    return text if inline else f"\t{text}\n"
