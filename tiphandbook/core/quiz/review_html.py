"""Feedback after an answer (practice, review) and the per-question review of a result, as HTML for a
QTextBrowser. ``ref_link`` turns a ``doc#anchor`` reference into a link titled in the reader's language; the
window passes the renderer's, so the link opens the handbook section that teaches the point."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html import escape

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.content.verify_box import verify_box
from tiphandbook.core.quiz.describe import correct_text, response_text
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.quiz_text import to_html
from tiphandbook.core.quiz.responses import Response
from tiphandbook.core.quiz.marks import is_full_marks
from tiphandbook.core.quiz.session import QuizResult
from tiphandbook.core.quiz.types import question_type
from tiphandbook.core.quiz.types.base import RIGHT, WRONG, inline, labelled_line

RefLink = Callable[[str], str]
PARTLY = "◑"


def plain_ref(target: str) -> str:
    return escape(target)


def verdict_html(fraction: float, lang: str) -> str:
    if is_full_marks(fraction):
        return f'<p class="verdict right">{RIGHT} {escape(quiz_label("right", lang))}</p>'
    if fraction > 0:
        return f'<p class="verdict partly">{PARTLY} {escape(quiz_label("partly", lang, percent=round(fraction * 100)))}</p>'
    return f'<p class="verdict wrong">{WRONG} {escape(quiz_label("wrong", lang))}</p>'


def feedback_html(question: Question, response: Response, fraction: float, order: tuple[int, ...], lang: str,
                  ref_link: RefLink = plain_ref) -> str:
    """What practice shows after Check: the verdict, each option's feedback, the right answer, the explanation;
    for an essay, the model answer to compare with (no verdict: it is self-assessed)."""
    if not question.scored:
        return _self_assessed(question, lang, ref_link)
    parts = [verdict_html(fraction, lang)]
    parts += question_type(question.type).review_html(question, response, fraction, order, lang)
    parts.append(_explanation(question, lang, ref_link))
    return "\n".join(parts)


def _self_assessed(question: Question, lang: str, ref_link: RefLink) -> str:
    if question.type == "description":
        return ""
    return (f'<p class="verdict">{escape(quiz_label("self-assessed", lang))}</p>'
            f"<p><b>{escape(quiz_label('model-answer', lang))}:</b></p>{to_html(question.explanation, question.text_format)}"
            + _explanation(dataclasses.replace(question, explanation=""), lang, ref_link))


def result_html(quiz: Quiz, result: QuizResult, lang: str, ref_link: RefLink = plain_ref) -> str:
    """The score, pass or fail against the pass mark, then every question with both answers and the explanation."""
    score = quiz_label("of", lang, score=_number(result.score), total=len(result.marked))
    parts = [f"<h1>{escape(quiz.title)}</h1>"]
    score_line = f'{escape(quiz_label("score", lang))}: <b>{round(result.percent)}%</b> ({escape(score)})'
    if result.graded:
        outcome_word = quiz_label("passed" if result.passed else "failed", lang)
        parts.append(f'<p class="score">{score_line} · {escape(label("pass-mark", lang))} {result.pass_mark}% · '
                     f'<span class="{"right" if result.passed else "wrong"}"><b>{escape(outcome_word)}</b></span></p>')
    else:
        parts.append(f'<p class="score">{score_line}</p>')
        parts.append(f'<p class="notice">{escape(quiz_label("finished-early", lang, answered=len(result.marked), total=len(result.scored)))}</p>')
    if result.timed_out:
        parts.append(f'<p class="notice">{escape(quiz_label("time-up", lang))}</p>')
    for n, outcome in enumerate(result.outcomes, 1):
        question = outcome.question
        if question.type == "description":
            continue
        response = outcome.counted.response if outcome.counted else None
        parts.append(f'<h3><a name="q{n}"></a>{n}. {inline(question, question.prompt)}</h3>')
        if not question.scored:
            parts.append(labelled_line("your-answer", response_text(question, response, lang), lang))
            parts.append(_self_assessed(question, lang, ref_link))
            continue
        if outcome.counted is None and not result.graded:
            parts.append(f'<p class="verdict">{escape(quiz_label("not-answered", lang))}</p>')
            parts.append(labelled_line("correct-answer", correct_text(question, lang), lang))
            parts.append(_explanation(question, lang, ref_link))
            continue
        parts.append(verdict_html(outcome.fraction, lang))
        parts.append(labelled_line("your-answer", response_text(question, response, lang), lang))
        if not is_full_marks(outcome.fraction):
            parts.append(labelled_line("correct-answer", correct_text(question, lang), lang))
        parts.append(_explanation(question, lang, ref_link))
    return "\n".join(parts)


def _explanation(question: Question, lang: str, ref_link: RefLink) -> str:
    text = (f"<p><b>{escape(quiz_label('explanation', lang))}:</b> {inline(question, question.explanation)}</p>"
            if question.explanation else "")
    if question.ref:
        text += f'<p class="read">{escape(label("read", lang))}: {ref_link(question.ref)}</p>'
    if question.verify:
        text += verify_box(question.verify, lang)
    return text


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")
