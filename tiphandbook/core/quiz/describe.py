"""A response and a question's correct answer as plain text, for the result review and the feedback after an
answer. Texts come from the question in the language shown, indices from the response, so an answer given in
Russian reads correctly in Uzbek."""

from __future__ import annotations

from tiphandbook.core.content.model import Question, number_text
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.quiz_text import to_plain
from tiphandbook.core.quiz.responses import Response

SEPARATOR = "; "
NOTHING = "—"


def response_text(question: Question, response: Response | None, lang: str) -> str:
    if response is None:
        return quiz_label("no-answer", lang)
    kind = question.type
    if kind == "single" and isinstance(response, int):
        return plain(question, question.options[response].text)
    if kind == "multiple" and isinstance(response, frozenset):
        return SEPARATOR.join(plain(question, question.options[i].text) for i in sorted(response)) or NOTHING
    if kind == "true_false":
        return quiz_label("true" if response else "false", lang)
    if kind == "matching" and isinstance(response, tuple):
        return SEPARATOR.join(
            f"{plain(question, left)} → {question.pairs[j][1] if j is not None else NOTHING}"
            for (left, _), j in zip(question.pairs, response, strict=False)
        )
    if kind == "ordering" and isinstance(response, tuple):
        return SEPARATOR.join(f"{n}. {question.items[i]}" for n, i in enumerate(response, 1))
    return str(response)


def plain(question: Question, text: str) -> str:
    """One of the question's texts without markup (``quiz_text``), for a line of plain text."""
    return to_plain(text, question.text_format)


def correct_text(question: Question, lang: str) -> str:
    kind = question.type
    if kind in ("single", "multiple"):
        return SEPARATOR.join(plain(question, o.text) for o in question.options if o.correct)
    if kind == "numerical":
        return SEPARATOR.join(n.text() + (f" ± {number_text(n.tolerance)}" if n.tolerance else "")
                              for n in question.numbers if n.weight >= 100)
    if kind == "essay":
        return plain(question, question.explanation)
    if kind == "description":
        return NOTHING
    if kind == "true_false":
        return quiz_label("true" if question.answer else "false", lang)
    if kind == "matching":
        return SEPARATOR.join(f"{plain(question, left)} → {right}" for left, right in question.pairs)
    if kind == "ordering":
        return SEPARATOR.join(f"{n}. {item}" for n, item in enumerate(question.items, 1))
    return SEPARATOR.join(question.answers)
