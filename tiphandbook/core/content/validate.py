"""Checks that span files: links and references resolve, and translations match their English source."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tiphandbook.core.content.images import image_problem
from tiphandbook.core.content.links import link_kind
from tiphandbook.core.content.raw_ids import raw_id_errors
from tiphandbook.core.content.model import SOURCE_LANGUAGE, ChecklistItem, ContentError, Document, Library, Question

Noted = ChecklistItem | Question  # the entries that may carry a verify note


def validate_library(library: Library, errors: list[ContentError]) -> None:
    """The documents' checks; each content kind checks its own items (``ContentKind.validate``)."""
    errors.extend(raw_id_errors(library))
    for doc in library.documents.values():
        _check_links(library, doc, errors)
        for image in doc.images:
            problem = image_problem(library.root, doc.path.parent, image.target)
            if problem:
                errors.append(ContentError(doc.path, image.line, problem))
        if doc.lang != SOURCE_LANGUAGE:
            _check_translated_anchors(library.documents[(doc.id, SOURCE_LANGUAGE)], doc, errors)
    for doc in library.documents.values():
        if doc.module is not None and doc.lang == SOURCE_LANGUAGE:
            _check_module(library, doc, errors)


def check_verify_notes(path: Path, what: str, english: Sequence[Noted], translated: Sequence[Noted],
                       errors: list[ContentError]) -> None:
    """A verify note is a warning to the reader: a translation may not drop one, nor add one English lacks."""
    source = {entry.id: bool(entry.verify) for entry in english}
    for entry in translated:
        if entry.id in source and source[entry.id] != bool(entry.verify):
            state = "has no verify note, unlike" if source[entry.id] else "has a verify note that is not in"
            errors.append(ContentError(path, entry.line, f"{what} '{entry.id}' {state} the English file"))


def check_ref(library: Library, ref: str, path: Path, line: int, what: str, errors: list[ContentError]) -> None:
    """A ``doc-id`` or ``doc-id#anchor`` reference from a module or any content kind's item must resolve."""
    if link_kind(ref) != "document":
        errors.append(ContentError(path, line, f"{what}: ref {ref!r} must be a document id, optionally with #anchor"))
        return
    problem = _resolve(library, ref)
    if problem:
        errors.append(ContentError(path, line, f"{what}: {problem}"))


def _resolve(library: Library, target: str) -> str | None:
    doc_id, _, anchor = target.partition("#")
    english = library.documents.get((doc_id, SOURCE_LANGUAGE))
    if english is None:
        return f"link to missing document '{doc_id}'"
    if anchor and not english.has_anchor(anchor):
        return f"link to missing anchor '#{anchor}' in '{doc_id}'"
    return None


def _check_links(library: Library, doc: Document, errors: list[ContentError]) -> None:
    for link in doc.links:
        kind = link_kind(link.target)
        if kind == "local":
            anchor = link.target[1:]
            if not doc.has_anchor(anchor):
                errors.append(ContentError(doc.path, link.line, f"link to missing anchor '#{anchor}' in this document"))
        elif kind == "document":
            problem = _resolve(library, link.target)
            if problem:
                errors.append(ContentError(doc.path, link.line, problem))


def _check_translated_anchors(english: Document, translation: Document, errors: list[ContentError]) -> None:
    mine = [s.anchor for s in translation.sections]
    theirs = [s.anchor for s in english.sections]
    if mine == theirs:
        return
    missing = [a for a in theirs if a not in mine]
    extra = [a for a in mine if a not in theirs]
    if missing or extra:
        detail = "; ".join(
            part for part in (
                f"missing {', '.join('#' + a for a in missing)}" if missing else "",
                f"not in English {', '.join('#' + a for a in extra)}" if extra else "",
            ) if part
        )
        line = next((s.line for s in translation.sections if s.anchor in extra), translation.body_line)
    else:
        detail, line = "same anchors in a different order", translation.body_line
    errors.append(ContentError(translation.path, line, f"section anchors differ from the English file: {detail}"))


def _check_module(library: Library, doc: Document, errors: list[ContentError]) -> None:
    assert doc.module is not None
    lines = doc.module.lines
    for target in doc.module.teaches:
        check_ref(library, target, doc.path, lines.get("teaches", 1), "teaches", errors)
    if doc.module.quiz and (doc.module.quiz, SOURCE_LANGUAGE) not in library.quizzes:
        errors.append(ContentError(doc.path, lines.get("quiz", 1), f"quiz '{doc.module.quiz}' does not exist"))
    for step in doc.module.plan:
        if step.section and not doc.has_anchor(step.section):
            errors.append(ContentError(doc.path, lines.get("plan", 1), f"plan step '{step.section}' is not a section of the body"))
