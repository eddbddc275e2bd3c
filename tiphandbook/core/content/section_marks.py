"""What the reader adds to sections: the title of a bookmarked or noted place, and the note markers on headings.

Markers are added to the renderer's output (every heading opens with ``<hN><a name="ANCHOR"></a>``), not inside
the renderer, so pages rendered for search, print or the presenter stay free of per-user marks. Anchor "" (the top
of a page, as ``Location`` and the user database say it) is the page title's ``top`` anchor in the HTML.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from html import escape

from tiphandbook.core.content.labels import label
from tiphandbook.core.content.model import Library
from tiphandbook.core.navigation import Location, note_url

_HEADING = re.compile(r'<(h[1-6])><a name="([^"]+)"></a>(.*?)</\1>', re.S)
TOP = "top"
_RENDERED_SECTIONS = ("objectives", "lesson-plan", "teaches", "sources", "history")  # headings the renderer adds


def mark_notes(html: str, noted: Collection[str], tooltip: str) -> str:
    """Add a ✎ link (``note:ANCHOR``) at the end of each heading whose section carries a note."""
    if not noted:
        return html

    def mark(match: re.Match[str]) -> str:
        anchor = "" if match.group(2) == TOP else match.group(2)
        if anchor not in noted:
            return match.group(0)
        marker = f' <a class="note-marker" href="{note_url(anchor or TOP)}" title="{escape(tooltip)}">✎</a>'
        return f"{match.group(0)[: -len(match.group(1)) - 3]}{marker}</{match.group(1)}>"

    return _HEADING.sub(mark, html)


def place_title(library: Library, place: Location, lang: str) -> str | None:
    """"Chapter › Section" in ``lang``; the page title alone when the section is gone; None when the page is."""
    if place.kind == "checklist":
        checklist = library.checklist(place.id, lang)
        if checklist is None:
            return None
        section = next((s.title for s in checklist.sections if s.id == place.anchor), None)
        return f"{checklist.title} › {section}" if section else checklist.title
    doc = library.document(place.id, lang)
    if doc is None:
        return None
    section = next((s.title for s in doc.sections if s.anchor == place.anchor), None)
    if section is None and place.anchor in _RENDERED_SECTIONS:
        section = label(place.anchor, doc.lang)
    return f"{doc.title} › {section}" if section else doc.title
