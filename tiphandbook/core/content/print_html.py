"""Pages put together for printing: a whole part or curriculum, and a checklist template to fill in by hand.

A single chapter prints as the renderer draws it. Page breaks are CSS ``page-break-before``, which Qt's text
layout honours when it paginates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from tiphandbook.core.content.model import Checklist, Library
from tiphandbook.core.content.render import Renderer

_NEW_PAGE = '<div style="page-break-before: always">'
_START_RECORD = re.compile(r'<p><a href="case:[^"]*">[^<]*</a></p>')


def collection_html(renderer: Renderer, library: Library, title: str, doc_ids: Sequence[str], lang: str) -> str:
    """A part (or a curriculum): its title and list of chapters on the first page, then each chapter from a new
    page. Chapters missing from the content are left out."""
    docs = [doc for doc_id in doc_ids if (doc := library.document(doc_id, lang)) is not None]
    contents = "".join(f"<li>{escape(doc.title)}</li>" for doc in docs)
    pages = [f"<h1>{escape(title)}</h1><ol>{contents}</ol>"]
    pages.extend(f"{_NEW_PAGE}{renderer.document(doc, lang)}</div>" for doc in docs)
    return "\n".join(pages)


def checklist_html(renderer: Renderer, checklist: Checklist, lang: str) -> str:
    """The template without the app's "start a case record" link, which means nothing on paper."""
    return _START_RECORD.sub("", renderer.checklist(checklist, lang))
