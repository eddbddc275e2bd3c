"""Cut the library into the units that search returns: one per section, so a hit lands where the words are.

A chapter or module gives one unit for the text before its first heading (anchor ``""``: the top of the page,
with the summary) and one per ``##`` / ``###`` section; every content kind cuts its own items (``search_sources``
of its ``ContentKind``: a checklist one unit for its header and one per section, a quiz one unit). Units are grouped by source document (``doc_key``) with a hash of everything they are cut from, so
an update re-indexes only the documents whose hash changed; the cutting itself (Markdown stripping) is done only
for those. The hash covers what a document says, never where its file lies (paths are taken relative to the content
root), so an app folder that moved, a USB stick under another drive letter or an AppImage mounted afresh at every
start does not re-index anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from tiphandbook.core.content.kinds import content_kinds
from tiphandbook.core.content.model import Document, Library
from tiphandbook.core.content.searchable import SourceDocument, Unit, group_title, rooted, source_document

__all__ = ["KINDS", "SourceDocument", "Unit", "source_documents"]  # Unit and SourceDocument: the search side of content kinds
from tiphandbook.core.search.plaintext import strip_markdown

KINDS: tuple[str, ...] = ("handbook", "module", "checklist", "quiz")  # the built-in kinds a search may be limited to


def _document_units(doc: Document, kind: str, group: str) -> Iterator[Unit]:
    lines = doc.body.splitlines()
    starts = [section.line - doc.body_line for section in doc.sections]
    ends = starts[1:] + [len(lines)]
    extra = doc.module.objectives if doc.module else ()
    top = strip_markdown("\n".join([doc.summary, *extra, *lines[: starts[0] if starts else len(lines)]]))
    crumbs = tuple(c for c in (group, doc.title) if c)
    yield Unit(doc.id, "", kind, doc.group, doc.lang, doc.audience, doc.title, crumbs, top)
    parent = ""
    for section, start, end in zip(doc.sections, starts, ends):
        parent = section.title if section.level == 2 else parent
        path = (parent, section.title) if section.level == 3 and parent else (section.title,)
        text = strip_markdown("\n".join(lines[start + 1 : end]))
        yield Unit(doc.id, section.anchor, kind, doc.group, doc.lang, doc.audience, section.title, crumbs + path, text)


def source_documents(library: Library) -> list[SourceDocument]:
    """Every document of the library, and every item of each content kind, in every language it exists in."""
    sources = []
    for doc in library.documents.values():
        kind = "handbook" if doc.kind == "chapter" else "module"
        title = group_title(library, doc.group, doc.lang)
        cut = partial(_document_units, doc, kind, title)
        sources.append(source_document(kind, doc.id, doc.lang, (rooted(doc, library.root), title), cut))
    for kind in content_kinds():
        sources.extend(kind.search_sources(library))
    return sources
