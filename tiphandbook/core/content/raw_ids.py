"""Internal ids in trainee-facing prose ("The module quiz (`mia-m3-operations-quiz`)"): a reader sees a code, not a
title. Flagged by ``tiphandbook check`` at the line: an id of a quiz, document or checklist written backticked, or
bare when it cannot be a word: three or more hyphenated parts or a digit (``mia-m3-operations-quiz``; ``alpha`` or
``non-punishment`` read as ordinary words). Link targets
(``[the chapter](doc:ID)``) and code blocks are where ids belong, and are left alone."""

from __future__ import annotations

import re

from tiphandbook.core.content.model import ContentError, Document, Library

_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_BACKTICKED = re.compile(r"`([^`\s]+)`")
_WORD = re.compile(r"(?<![\w:/#.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/-])")


def _cannot_be_a_word(text: str) -> bool:
    return text.count("-") >= 2 or any(c.isdigit() for c in text)


def known_ids(library: Library) -> dict[str, str]:
    """Every quiz, document and checklist id, with what it names."""
    ids = {doc_id: "document" for doc_id, _ in library.documents}
    ids.update({cid: "checklist" for cid, _ in library.checklists})
    ids.update({qid: "quiz" for qid, _ in library.quizzes})
    return ids


def raw_id_errors(library: Library) -> list[ContentError]:
    ids = known_ids(library)
    return [error for doc in library.documents.values() for error in _in_document(doc, ids)]


def _in_document(doc: Document, ids: dict[str, str]) -> list[ContentError]:
    errors, fenced = [], False
    for number, line in enumerate(doc.body.splitlines(), doc.body_line):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        prose = _LINK_TARGET.sub("]", line)
        found = [m.group(1) for m in _BACKTICKED.finditer(prose) if m.group(1) in ids]
        found += [w for w in _WORD.findall(_BACKTICKED.sub("", prose)) if w in ids and _cannot_be_a_word(w)]
        errors += [ContentError(doc.path, number, f"the {ids[raw]} id '{raw}' is shown to the reader as it is: "
                                                  f"write the {ids[raw]}'s title instead")
                   for raw in found]
    return errors
