"""A question and its answer as HTML with lettered options, for the classroom presenter and printed sheets.

The letters follow the shown (shuffled) order, so a handout and its answer key printed with the same seed agree,
and the answer revealed on a projector names the letters the class can see. What each type shows below the prompt
is the type's own (``quiz.types``).
"""

from __future__ import annotations

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.types import question_type
from tiphandbook.core.quiz.types.base import inline


def question_html(question: Question, order: tuple[int, ...], lang: str, blanks: bool = False, number: int | None = None,
                  mark_correct: bool = False) -> str:
    """The prompt, what kind of answer is wanted, and the parts to choose from; ``blanks`` adds places to write,
    ``mark_correct`` ticks the correct options (the classroom's revealed slide)."""
    numbered = f"<b>{number}.</b> " if number is not None else ""
    parts = [f'<p class="prompt">{numbered}{inline(question, question.prompt)}</p>']
    parts += question_type(question.type).input_html(question, order, lang, blanks, mark_correct)
    return "\n".join(parts)


def answer_text(question: Question, order: tuple[int, ...], lang: str) -> str:
    """The answer in the letters shown: ``B``, ``A, C``, ``1 – C, 2 – A``, ``C, A, B``, or the accepted texts."""
    return question_type(question.type).answer_text(question, order, lang)
