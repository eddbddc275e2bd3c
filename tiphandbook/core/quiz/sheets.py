"""Printable quiz sheets as HTML: a handout for students and a separate answer key for the trainer.

Both lay the quiz out with the same seed (questions in the authored order, options shuffled), so the letters in
the key are those on the handout; a different seed prints another version of the same quiz.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import Quiz
from tiphandbook.core.content.verify_box import verify_box
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.question_html import answer_text, question_html
from tiphandbook.core.quiz.types.base import BLANK
from tiphandbook.core.quiz.quiz_text import inline_html
from tiphandbook.core.quiz.shuffle import present

PRINT_SEED = 1


def handout_html(quiz: Quiz, lang: str, seed: int = PRINT_SEED) -> str:
    layout = present(quiz, seed, shuffle_questions=False)
    parts = [
        _title(quiz, lang, seed),
        f"<p>{escape(quiz_label('name', lang))}: {BLANK * 3} &nbsp; {escape(quiz_label('date', lang))}: {BLANK}</p>",
    ]
    for n, question in enumerate(layout.questions, 1):
        parts.append(question_html(question, layout.order(question), lang, blanks=True, number=n))
    return "\n".join(parts)


def answer_key_html(quiz: Quiz, lang: str, ref_text: Callable[[str], str], seed: int = PRINT_SEED) -> str:
    """The answers in the handout's letters, each with its explanation and the handbook section to read."""
    layout = present(quiz, seed, shuffle_questions=False)
    parts = [_title(quiz, lang, seed, key=True)]
    for n, question in enumerate(layout.questions, 1):
        parts.append(f"<p><b>{n}. {escape(answer_text(question, layout.order(question), lang))}</b><br/>"
                     f"{inline_html(question.explanation, question.text_format)}"
                     + (f'<br/><i>{escape(label("read", lang))}: {escape(ref_text(question.ref))}</i>' if question.ref else "")
                     + "</p>" + (verify_box(question.verify, lang) if question.verify else ""))
    return "\n".join(parts)


def _title(quiz: Quiz, lang: str, seed: int, key: bool = False) -> str:
    heading = f"{quiz.title} — {quiz_label('answer-key', lang)}" if key else quiz.title
    meta = (f"{len(quiz.questions)} {label('questions', lang)} · {label('pass-mark', lang)} {quiz.pass_mark}% · "
            f"{quiz_label('version', lang)} {seed}")
    return f"<h1>{escape(heading)}</h1><p class=\"meta\">{escape(meta)}</p>"
