"""Chapters and modules as a page kind: the document rendered by core (cached per language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiphandbook.core.navigation import Location
    from tiphandbook.ui.common.context import FeatureContext


class DocPage:
    kind = "doc"
    cached = True

    def __init__(self, context: FeatureContext) -> None:
        self.context = context

    def html(self, location: Location, lang: str) -> str | None:
        doc = self.context.library.document(location.id, lang)
        return self.context.renderer.document(doc, lang) if doc else None

    def title(self, location: Location, lang: str) -> str:
        doc = self.context.library.document(location.id, lang)
        return doc.title if doc else ""
