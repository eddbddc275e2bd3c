"""Write a quiz in the app's own YAML format (docs/content-format.md), e.g. after importing it from GIFT."""

from __future__ import annotations

from typing import Any

import yaml

from tiphandbook.core.content.model import Question, Quiz
from tiphandbook.core.quiz.types import question_type


def quiz_to_yaml(quiz: Quiz) -> str:
    data = {"id": quiz.id, "title": quiz.title, "pass_mark": quiz.pass_mark,
            "questions": [_question(q) for q in quiz.questions]}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)


def _question(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.type, "prompt": question.prompt}
    if question.text_format != "plain":
        data["format"] = question.text_format
    data |= question_type(question.type).yaml_fields(question)
    if question.explanation:
        data["explanation"] = question.explanation
    if question.ref:
        data["ref"] = question.ref
    if question.verify:
        data["verify"] = question.verify
    return data

