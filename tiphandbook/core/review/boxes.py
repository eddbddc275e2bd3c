"""Every verify box in the content, with a stable id, where it is, what it qualifies and what rests on it.

A box is a ``::: verify`` callout in a chapter or module, or a ``verify:`` note on a checklist item or a quiz
question. Its id is the same in every language (anchors, item ids and question ids are shared by translations), so
a reviewer's answer given on the English worksheet applies to the Russian and Uzbek boxes too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tiphandbook.core.content.model import SOURCE_LANGUAGE, Document, Library, Question

_HEADING = re.compile(r"^#{2,6}\s+(.*?)\s*\{#([a-z][a-z0-9-]*)\}\s*$")
_OPEN = re.compile(r"^\s*:{3,}\s*(\S+)\s*$")
_CLOSE = re.compile(r"^\s*:{3,}\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|\*|`)")


@dataclass(frozen=True)
class VerifyBox:
    id: str  # "doc-id#anchor/2", "checklist:id/item", "quiz:id/question"
    kind: str  # chapter, module, checklist, quiz
    lang: str
    path: Path
    line: int
    place: str  # the document, checklist or quiz title › the section, item or question it sits in
    claim: str  # what the box qualifies: the paragraph before it, the item, or the question and its key
    question: str  # what the box asks the reviewer to settle
    sources: tuple[str, ...]  # the sources the place cites


def verify_boxes(library: Library, lang: str = SOURCE_LANGUAGE) -> list[VerifyBox]:
    """The boxes of one language, in navigation order: chapters, modules, checklists, quizzes."""
    boxes: list[VerifyBox] = []
    for doc in _ordered_documents(library, lang):
        boxes += _document_boxes(doc)
    for checklist_id in library.checklist_ids():
        checklist = library.checklists.get((checklist_id, lang))
        if checklist is None:
            continue
        for item in checklist.items():
            if item.verify:
                boxes.append(VerifyBox(
                    f"checklist:{checklist.id}/{item.id}", "checklist", lang, checklist.path, item.line,
                    f"{checklist.title} › {item.text}", _join(item.text, item.help), item.verify,
                    _sources_of(library, item.ref, lang)))
    for (quiz_id, quiz_lang), quiz in sorted(library.quizzes.items()):
        if quiz_lang != lang:
            continue
        for question in quiz.questions:
            if question.verify:
                boxes.append(VerifyBox(
                    f"quiz:{quiz_id}/{question.id}", "quiz", lang, quiz.path, question.line,
                    f"{quiz.title} › {question.id}", _join(question.prompt, _key(question)), question.verify,
                    _sources_of(library, question.ref, lang)))
    return boxes


def _ordered_documents(library: Library, lang: str) -> list[Document]:
    ids = [c for part in library.parts for c in part.chapters] + [m for a in library.academies for m in a.modules]
    return [library.documents[(doc_id, lang)] for doc_id in ids if (doc_id, lang) in library.documents]


def _document_boxes(doc: Document) -> list[VerifyBox]:
    boxes = []
    section_title, anchor, ordinal = doc.title, "", 0
    paragraph: list[str] = []  # the last paragraph of text: what a box below it qualifies
    continues = False  # the line above was text, so this line continues its paragraph
    inside: str | None = None  # the kind of the callout being read
    box_lines: list[str] = []
    box_start = 0
    for offset, line in enumerate(doc.body.split("\n")):
        if inside is not None:
            if not _CLOSE.match(line):
                box_lines.append(line.strip())
                continue
            if inside == "verify":
                ordinal += 1
                boxes.append(VerifyBox(
                    f"{doc.id}#{anchor}/{ordinal}" if anchor else f"{doc.id}/{ordinal}", doc.kind, doc.lang, doc.path,
                    doc.body_line + box_start, f"{doc.title} › {section_title}", _join(*paragraph),
                    _join(*box_lines), doc.sources))
            inside, box_lines, continues = None, [], False
            continue
        heading, opening = _HEADING.match(line), _OPEN.match(line)
        if heading:
            section_title, anchor, ordinal, paragraph, continues = heading.group(1), heading.group(2), 0, [], False
        elif opening:
            inside, box_start = opening.group(1), offset
        elif not line.strip():
            continues = False
        else:
            paragraph = [*paragraph, line.strip()] if continues else [line.strip()]
            continues = True
    return boxes


def _sources_of(library: Library, ref: str | None, lang: str) -> tuple[str, ...]:
    if not ref:
        return ()
    doc = library.document(ref.partition("#")[0], lang)
    return doc.sources if doc else ()


def _key(question: Question) -> str:
    """The key in words, for the reviewer who checks it."""
    if question.options:
        return "; ".join(o.text for o in question.options if o.correct)
    if question.answer is not None:
        return str(question.answer).lower()
    if question.answers:
        return question.answers[0]
    if question.pairs:
        return "; ".join(f"{left} = {right}" for left, right in question.pairs)
    return " → ".join(question.items)


def _join(*texts: str) -> str:
    """Texts as one line of plain words: a worksheet cell shows no markdown (links keep their words)."""
    return " ".join(_MARKS.sub("", _LINK.sub(r"\1", " ".join(t.split()))) for t in texts if t)
