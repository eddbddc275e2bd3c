"""The document content kind: chapters (``handbook/PART/NAME.LANG.md``) and modules (``curricula/ACADEMY/...``).

Read first, folder by folder in navigation order, because every other kind's references point into documents; the
ids found fill each part's chapters and each academy's modules. Checked by ``validate.py``; cut for search into
one unit for the top of the page and one per ``##`` / ``###`` section (one per term on a glossary page).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from tiphandbook.core.content.glossary import GLOSSARY, glossary_entries, section_spans
from tiphandbook.core.content.kinds import ContentKind
from tiphandbook.core.content.loader import ContentFiles
from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, Document, DocumentKind, Library
from tiphandbook.core.content.parse import parse_document
from tiphandbook.core.content.plaintext import strip_markdown
from tiphandbook.core.content.searchable import SourceDocument, Unit, group_title, rooted, source_document
from tiphandbook.core.content.validate import validate_library

DOCUMENT_FILE = re.compile(rf"^(?P<stem>[a-z0-9][a-z0-9-]*)\.(?P<lang>{'|'.join(LANGUAGES)})\.md$")


def load_documents(files: ContentFiles, library: Library) -> None:
    """Every part's chapters and every academy's modules, in file-name order."""
    library.parts = tuple(
        dataclasses.replace(part, chapters=_load_folder(files, folder, "chapter", part.id, library))
        for part, folder in zip(library.parts, files.part_folders, strict=True))
    library.academies = tuple(
        dataclasses.replace(academy, modules=_load_folder(files, folder, "module", academy.id, library))
        for academy, folder in zip(library.academies, files.academy_folders, strict=True))


def _load_folder(files: ContentFiles, folder: Path, kind: DocumentKind, group: str, library: Library) -> tuple[str, ...]:
    """Load the chapters or modules of one folder; return their ids in file-name order."""
    ids = []
    for grouped in files.files_by_stem(folder, DOCUMENT_FILE, skip=files.beside_documents).values():
        parse = lambda p, lang, src: parse_document(p, kind, group, lang, files.errors, src)  # noqa: E731
        versions = files.load_translations(grouped, parse)
        english = versions.get(SOURCE_LANGUAGE)
        if english is None:
            continue
        for lang, doc in versions.items():
            library.documents[(doc.id, lang)] = _inherit_structure(doc, english)
        ids.append(english.id)
    return tuple(ids)


def _inherit_structure(doc: Document, english: Document) -> Document:
    """A translation shows the English file's audience, history, review status, module structure (and sources if it has none)."""
    if doc is english:
        return doc
    module = english.module
    if module is not None and doc.module is not None and doc.module.objectives:
        module = dataclasses.replace(module, objectives=doc.module.objectives)
    return dataclasses.replace(
        doc, layout=english.layout, audience=english.audience, history=english.history, reviewed=english.reviewed, module=module,
        sources=doc.sources or english.sources,
    )


def _document_units(doc: Document, kind: str, group: str) -> Iterator[Unit]:
    """The top of the page, then one unit per section; on a glossary page one per term instead of per letter."""
    lines = doc.body.splitlines()
    extra = doc.module.objectives if doc.module else ()
    first = doc.sections[0].line - doc.body_line if doc.sections else len(lines)
    top = strip_markdown("\n".join([doc.summary, *extra, *lines[:first]]))
    crumbs = tuple(c for c in (group, doc.title) if c)
    yield Unit(doc.id, "", kind, doc.group, doc.lang, doc.audience, doc.title, crumbs, top)
    parent = ""
    for section, start, end in section_spans(doc.sections, doc.body_line, len(lines)):
        parent = section.title if section.level == 2 else parent
        path = (parent, section.title) if section.level == 3 and parent else (section.title,)
        body = lines[start + 1 : end]
        if doc.layout == GLOSSARY:
            for entry in glossary_entries(body):
                yield Unit(doc.id, section.anchor, kind, doc.group, doc.lang, doc.audience, entry.term,
                           crumbs + path, strip_markdown(entry.definition))
        else:
            yield Unit(doc.id, section.anchor, kind, doc.group, doc.lang, doc.audience, section.title, crumbs + path,
                       strip_markdown("\n".join(body)))


def document_sources(library: Library) -> Iterable[SourceDocument]:
    """One source per document and language; search calls a chapter's units "handbook", a module's "module"."""
    for doc in library.documents.values():
        kind = "handbook" if doc.kind == "chapter" else "module"
        title = group_title(library, doc.group, doc.lang)
        cut = partial(_document_units, doc, kind, title)
        yield source_document(kind, doc.id, doc.lang, (rooted(doc, library.root), title), cut)


DOCUMENTS = ContentKind(
    "document", load_documents, lambda library: library.documents, validate_library, document_sources,
    item_kind=lambda doc: doc.kind,
)
