"""Write a quiz in the app's own YAML format (docs/content-format.md), e.g. after importing it from GIFT."""

from __future__ import annotations

from typing import Any

import yaml

from tiphandbook.core.content.model import Question, Quiz


def quiz_to_yaml(quiz: Quiz) -> str:
    data = {"id": quiz.id, "title": quiz.title, "pass_mark": quiz.pass_mark,
            "questions": [_question(q) for q in quiz.questions]}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


def _question(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.type, "prompt": question.prompt}
    if question.type in ("single", "multiple"):
        data["options"] = [
            {"text": o.text} | ({"correct": True} if o.correct else {}) | ({"feedback": o.feedback} if o.feedback else {})
            for o in question.options
        ]
    elif question.type == "true_false":
        data["answer"] = question.answer
    elif question.type == "matching":
        data["pairs"] = [{"left": left, "right": right} for left, right in question.pairs]
    elif question.type == "ordering":
        data["items"] = list(question.items)
    elif question.type == "short_answer":
        data["answers"] = list(question.answers)
    if question.explanation:
        data["explanation"] = question.explanation
    if question.ref:
        data["ref"] = question.ref
    return data
