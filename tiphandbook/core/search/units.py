"""Cut the library into the units that search returns: one per section, so a hit lands where the words are.

A chapter or module gives one unit for the text before its first heading (anchor ``""``: the top of the page,
with the summary) and one per ``##`` / ``###`` section; a checklist one for its header and one per section; a
quiz one unit. Units are grouped by source document (``doc_key``) with a hash of everything they are cut from, so
an update re-indexes only the documents whose hash changed; the cutting itself (Markdown stripping) is done only
for those. The hash covers what a document says, never where its file lies (paths are taken relative to the content
root), so an app folder that moved, a USB stick under another drive letter or an AppImage mounted afresh at every
start does not re-index anything.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path, PurePosixPath

from tiphandbook.core.content.model import Checklist, Document, Library, Quiz, pick
from tiphandbook.core.search.plaintext import strip_markdown

KINDS: tuple[str, ...] = ("handbook", "module", "checklist", "quiz")
_CHECKLISTS = {"en": "Checklists", "ru": "Чек-листы", "uz": "Nazorat roʻyxatlari"}


@dataclass(frozen=True)
class Unit:
    """One searchable piece of content in one language."""

    id: str  # document, checklist or quiz id
    anchor: str  # section anchor; "" for the top of the page
    kind: str  # one of KINDS
    group: str  # part id, academy id, or "" for checklists
    lang: str
    audience: tuple[str, ...]
    title: str  # the section's heading (the document's title for the top unit)
    breadcrumb: tuple[str, ...]  # part > document > section (> sub-section)
    text: str  # plain text, markup stripped


@dataclass(frozen=True)
class SourceDocument:
    """One file's worth of units, and the hash that tells whether it must be re-indexed."""

    key: str  # "kind:id:lang"
    digest: str  # of everything the units are cut from
    cut: Callable[[], Iterator[Unit]] = field(repr=False, compare=False)

    def units(self) -> tuple[Unit, ...]:
        return tuple(self.cut())


def _document_units(doc: Document, kind: str, group_title: str) -> Iterator[Unit]:
    lines = doc.body.splitlines()
    starts = [section.line - doc.body_line for section in doc.sections]
    ends = starts[1:] + [len(lines)]
    extra = doc.module.objectives if doc.module else ()
    top = strip_markdown("\n".join([doc.summary, *extra, *lines[: starts[0] if starts else len(lines)]]))
    crumbs = tuple(c for c in (group_title, doc.title) if c)
    yield Unit(doc.id, "", kind, doc.group, doc.lang, doc.audience, doc.title, crumbs, top)
    parent = ""
    for section, start, end in zip(doc.sections, starts, ends):
        parent = section.title if section.level == 2 else parent
        path = (parent, section.title) if section.level == 3 and parent else (section.title,)
        text = strip_markdown("\n".join(lines[start + 1 : end]))
        yield Unit(doc.id, section.anchor, kind, doc.group, doc.lang, doc.audience, section.title, crumbs + path, text)


def _checklist_units(checklist: Checklist, audience: tuple[str, ...]) -> Iterator[Unit]:
    crumbs = (pick(_CHECKLISTS, checklist.lang), checklist.title)
    top = Unit(checklist.id, "", "checklist", "", checklist.lang, audience, checklist.title, crumbs, checklist.summary)
    yield top
    for section in checklist.sections:
        text = "\n".join(f"{item.text}\n{item.help}".strip() for item in section.items)
        yield replace(top, anchor=section.id, title=section.title, breadcrumb=crumbs + (section.title,), text=text)


def _quiz_text(quiz: Quiz) -> str:
    parts: list[str] = []
    for q in quiz.questions:
        parts += [q.prompt, *(f"{o.text} {o.feedback}".strip() for o in q.options), q.explanation]
        parts += [f"{left} {right}" for left, right in q.pairs] + list(q.items) + list(q.answers)
    return "\n".join(p for p in parts if p)


def _source(kind: str, item_id: str, lang: str, inputs: object, cut: Callable[[], Iterator[Unit]]) -> SourceDocument:
    """``inputs``: the objects the units are cut from, file paths made relative (``_rooted``); their repr is
    hashed (dataclasses: every field)."""
    digest = hashlib.blake2b(repr(inputs).encode("utf-8"), digest_size=16).hexdigest()
    return SourceDocument(f"{kind}:{item_id}:{lang}", digest, cut)


def _rooted(item: Document | Checklist, root: Path) -> Document | Checklist:
    """``item`` with its file path relative to the content root: the part of it that says nothing about content."""
    return replace(item, path=PurePosixPath(item.path.relative_to(root).as_posix()))


def _group_title(library: Library, group: str, lang: str) -> str:
    """ "A. Definitions and legal framework" for a part, the academy's title for an academy."""
    part = next((p for p in library.parts if p.id == group), None)
    if part is not None:
        return part.display_title(lang)
    academy = next((a for a in library.academies if a.id == group), None)
    return pick(academy.titles, lang) if academy else ""


def source_documents(library: Library) -> list[SourceDocument]:
    """Every document, checklist and quiz of the library in every language it exists in."""
    sources = []
    for doc in library.documents.values():
        kind = "handbook" if doc.kind == "chapter" else "module"
        group_title = _group_title(library, doc.group, doc.lang)
        cut = partial(_document_units, doc, kind, group_title)
        sources.append(_source(kind, doc.id, doc.lang, (_rooted(doc, library.root), group_title), cut))
    for (checklist_id, lang), checklist in library.checklists.items():
        audience = library.checklists.get((checklist_id, "en"), checklist).audience  # kept in the English file
        sources.append(_source("checklist", checklist_id, lang, (_rooted(checklist, library.root), audience), partial(_checklist_units, checklist, audience)))
    modules = {d.module.quiz: d for d in library.documents.values() if d.module and d.module.quiz}
    for (quiz_id, lang), quiz in library.quizzes.items():
        module = modules.get(quiz_id)
        group, audience = (module.group, module.audience) if module else ("", ())
        crumbs = tuple(c for c in (_group_title(library, group, lang), quiz.title) if c)
        unit = Unit(quiz_id, "", "quiz", group, lang, audience, quiz.title, crumbs, _quiz_text(quiz))
        sources.append(_source("quiz", quiz_id, lang, unit, partial(iter, (unit,))))
    return sources
