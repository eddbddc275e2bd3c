"""A question and its answer as HTML with lettered options, for the classroom presenter and printed sheets.

The letters follow the shown (shuffled) order, so a handout and its answer key printed with the same seed agree,
and the answer revealed on a projector names the letters the class can see.
"""

from __future__ import annotations

from html import escape

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.describe import correct_text
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.quiz_text import inline_html

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BLANK = "________"
BOX = "☐"


def letter(position: int) -> str:
    return LETTERS[position]


def question_html(question: Question, order: tuple[int, ...], lang: str, blanks: bool = False, number: int | None = None,
                  mark_correct: bool = False) -> str:
    """The prompt, what kind of answer is wanted, and the parts to choose from; ``blanks`` adds places to write,
    ``mark_correct`` ticks the correct options (the classroom's revealed slide)."""
    numbered = f"<b>{number}.</b> " if number is not None else ""
    parts = [f'<p class="prompt">{numbered}{_inline(question, question.prompt)}</p>']
    kind = question.type
    if kind in ("single", "multiple"):
        parts.append(_hint("choose-one" if kind == "single" else "choose-all", lang))
        correct = {pos for pos, i in enumerate(order) if question.options[i].correct} if mark_correct else set()
        parts.append(_lettered([_inline(question, question.options[i].text) for i in order], BOX if blanks else "", correct))
    elif kind == "true_false":
        parts.append(_hint("true-or-false", lang))
        box = f"{BOX} " if blanks else ""
        parts.append(f'<p class="choices">{box}{quiz_label("true", lang)} &nbsp;&nbsp;&nbsp; {box}{quiz_label("false", lang)}</p>')
    elif kind == "matching":
        parts.append(_hint("match", lang))
        rows = []
        for n, (left, _) in enumerate(question.pairs, 1):
            slot = f" {BLANK}" if blanks else ""
            right = question.pairs[order[n - 1]][1] if n - 1 < len(order) else ""
            rows.append(f'<tr><td width="50%">{n}. {_inline(question, left)}{slot}</td>'
                        f'<td width="50%">{letter(n - 1)}. {escape(right)}</td></tr>')
        parts.append(f'<table class="matching" width="100%" cellpadding="4">{"".join(rows)}</table>')
    elif kind == "ordering":
        parts.append(_hint("order", lang))
        parts.append(_lettered([escape(question.items[i]) for i in order], "___" if blanks else ""))
    elif kind in ("short_answer", "numerical"):
        parts.append(_hint("write-answer" if kind == "short_answer" else "write-number", lang))
        if blanks:
            parts.append(f"<p>{BLANK * 4}</p>")
    elif kind == "essay":
        parts.append(_hint("write-answer", lang))
        if blanks:
            parts.append("".join(f"<p>{BLANK * 8}</p>" for _ in range(5)))
    return "\n".join(parts)


def answer_text(question: Question, order: tuple[int, ...], lang: str) -> str:
    """The answer in the letters shown: ``B``, ``A, C``, ``1 – C, 2 – A``, ``C, A, B``, or the accepted texts."""
    kind = question.type
    if kind in ("single", "multiple"):
        return ", ".join(letter(pos) for pos, i in enumerate(order) if question.options[i].correct)
    if kind == "true_false":
        return quiz_label("true" if question.answer else "false", lang)
    if kind == "matching":
        position = {i: pos for pos, i in enumerate(order)}
        return ", ".join(f"{n} – {letter(position[n - 1])}" for n in range(1, len(question.pairs) + 1))
    if kind == "ordering":
        position = {i: pos for pos, i in enumerate(order)}
        return ", ".join(letter(position[i]) for i in range(len(question.items)))
    if kind == "short_answer":
        return " / ".join(question.answers)
    return correct_text(question, lang)  # numerical, essay (the model answer), description (nothing)


def _hint(key: str, lang: str) -> str:
    return f'<p class="hint">{escape(quiz_label(key, lang))}</p>'


def _inline(question: Question, text: str) -> str:
    return inline_html(text, question.text_format)


def _lettered(texts: list[str], box: str, correct: set[int] | None = None) -> str:
    """Lettered list items from texts that are already HTML."""
    prefix = f"{box} " if box else ""
    rows = "".join(
        f'<li class="correct"><b>✓ {letter(pos)}. {text}</b></li>' if correct and pos in correct
        else f"<li>{prefix}{letter(pos)}. {text}</li>"
        for pos, text in enumerate(texts)
    )
    return f'<ul class="options">{rows}</ul>'
