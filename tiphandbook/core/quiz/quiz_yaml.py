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
    if question.text_format != "plain":
        data["format"] = question.text_format
    if question.type in ("single", "multiple"):
        weighted = any(o.weight is not None for o in question.options)
        data["options"] = [
            {"text": o.text}
            | ({"weight": _number(o.weight)} if weighted and o.weight is not None else {"correct": True} if o.correct else {})
            | ({"feedback": o.feedback} if o.feedback else {})
            for o in question.options
        ]
    elif question.type == "true_false":
        data["answer"] = question.answer
        data |= {key: value for key, value in (("true_feedback", question.true_feedback),
                                                ("false_feedback", question.false_feedback)) if value}
    elif question.type == "matching":
        data["pairs"] = [{"left": left, "right": right} for left, right in question.pairs]
    elif question.type == "ordering":
        data["items"] = list(question.items)
    elif question.type == "short_answer":
        data["answers"] = list(question.answers)
    elif question.type == "numerical":
        data["numbers"] = [
            {"value": _number(n.value)} | ({"tolerance": _number(n.tolerance)} if n.tolerance else {})
            | ({"weight": _number(n.weight)} if n.weight != 100 else {}) | ({"feedback": n.feedback} if n.feedback else {})
            for n in question.numbers
        ]
    if question.explanation:
        data["explanation"] = question.explanation
    if question.ref:
        data["ref"] = question.ref
    if question.verify:
        data["verify"] = question.verify
    return data


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
