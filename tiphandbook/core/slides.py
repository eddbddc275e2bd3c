"""Decks for the classroom presenter: a quiz, one question a slide with its answer to reveal, or a module's lesson
plan, one section a slide. Kept free of Qt so the decks can be tested directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import Document, Question, Quiz
from tiphandbook.core.quiz.labels import quiz_label
from tiphandbook.core.quiz.question_html import answer_text, question_html
from tiphandbook.core.quiz.quiz_text import inline_html
from tiphandbook.core.quiz.shuffle import present

CLASSROOM_SEED = 1


@dataclass(frozen=True)
class Slide:
    heading: str
    body: str  # HTML
    reveal: str = ""  # HTML shown on a key press (a question's answer); empty when there is nothing to reveal
    revealed_body: str = ""  # the body once revealed (the correct options ticked); empty: the body as it was


def quiz_slides(quiz: Quiz, lang: str, seed: int = CLASSROOM_SEED) -> list[Slide]:
    layout = present(quiz, seed, shuffle_questions=False)
    total = len(layout.questions)
    slides = []
    for n, question in enumerate(layout.questions, 1):
        order = layout.order(question)
        reveal = _reveal(question, order, lang)
        slides.append(Slide(quiz_label("question-of", lang, n=n, total=total), question_html(question, order, lang), reveal,
                            question_html(question, order, lang, mark_correct=True)))
    return slides


def _reveal(question: Question, order: tuple[int, ...], lang: str) -> str:
    """The answer and explanation; an essay's model answer; nothing for a description (there is no question)."""
    if question.type == "description":
        return ""
    explanation = inline_html(question.explanation, question.text_format)
    if question.type == "essay":
        return f'<p class="answer">{escape(quiz_label("model-answer", lang))}:</p><p class="explanation">{explanation}</p>'
    reveal = f'<p class="answer">{escape(quiz_label("correct-answer", lang))}: {escape(answer_text(question, order, lang))}</p>'
    return reveal + (f'<p class="explanation">{explanation}</p>' if question.explanation else "")


def lesson_plan_slides(doc: Document, render_markdown: Callable[[str], str]) -> list[Slide]:
    """A title slide (duration, objectives), then each ``##`` section of the module with its planned minutes."""
    lang = doc.lang
    module = doc.module
    minutes = {step.section: step.minutes for step in module.plan} if module else {}
    intro = []
    if module is not None:
        intro.append(f'<p class="meta">{label("duration", lang)}: {module.duration_minutes} {label("minutes", lang)}</p>')
        if module.objectives:
            items = "".join(f"<li>{escape(o)}</li>" for o in module.objectives)
            intro.append(f'<h2>{label("objectives", lang)}</h2><ul>{items}</ul>')
    slides = [Slide(doc.title, f'<p class="summary">{escape(doc.summary)}</p>' + "".join(intro))]
    lines = doc.body.splitlines()
    top = [s for s in doc.sections if s.level == 2]
    for section, following in zip(top, [*top[1:], None], strict=True):
        start = section.line - doc.body_line + 1  # the line after the heading
        end = following.line - doc.body_line if following else len(lines)
        heading = section.title
        if section.anchor in minutes:
            heading += f" · {minutes[section.anchor]} {label('minutes', lang)}"
        slides.append(Slide(heading, render_markdown("\n".join(lines[start:end]))))
    return slides
