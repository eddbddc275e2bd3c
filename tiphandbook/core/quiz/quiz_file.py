"""Read a quiz file (``*.quiz.LANG.yaml``, docs/content-format.md): the quiz's own fields here, each question's
through its type (``quiz.types``), so the quiz package owns how its files are read."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import TEXT_FORMATS, ContentError, Question, Quiz
from tiphandbook.core.content.parse import load_yaml_mapping
from tiphandbook.core.quiz.types import question_type, type_names


def parse_quiz(path: Path, lang: str, errors: list[ContentError], is_source: bool) -> Quiz | None:
    data = load_yaml_mapping(path, errors)
    if data is None:
        return None
    fields = FieldReader(data, path, errors)
    fields.only("id", "title", "pass_mark", "questions", "source_hash")
    quiz_id = fields.ident("id")
    title = fields.text("title")
    pass_mark = fields.integer("pass_mark", required=is_source, minimum=1, maximum=100)
    questions = []
    seen: set[str] = set()
    for raw in fields.mappings("questions"):
        question = _question(FieldReader(raw, path, errors, "question"), raw.line)
        if question is None:
            continue
        if question.id in seen:
            errors.append(ContentError(path, raw.line, f"duplicate question id '{question.id}'"))
            continue
        seen.add(question.id)
        questions.append(question)
    if not quiz_id or not title or not questions:
        return None
    source_hash = fields.text("source_hash", required=False) or None
    return Quiz(quiz_id, lang, path, title, pass_mark, tuple(questions), source_hash)


def _question(q: FieldReader, line: int) -> Question | None:
    q.only("id", "type", "prompt", "explanation", "ref", "options", "answer", "pairs", "items", "answers",
           "numbers", "true_feedback", "false_feedback", "format", "verify")
    qid = q.ident("id")
    qtype = q.text("type")
    if qtype and qtype not in type_names():
        q.error("type", f"unknown question type '{qtype}' ({', '.join(type_names())})")
        return None
    kind = question_type(qtype) if qtype else None
    explained = kind.explained if kind else True
    text_format = q.text("format", required=False) or "plain"
    if text_format not in TEXT_FORMATS:
        q.error("format", f"unknown text format '{text_format}' ({', '.join(TEXT_FORMATS)})")
    prompt = q.text("prompt")
    common = dict(id=qid, type=qtype, prompt=prompt, explanation=q.text("explanation", required=explained),
                  ref=q.text("ref", required=explained) or None, line=line, text_format=text_format,
                  verify=q.note("verify"))
    if kind is None:
        return None
    errors_before = len(q.errors)
    question = kind.parse(q, common)
    if not qid or not prompt or len(q.errors) > errors_before:
        return None
    return question
