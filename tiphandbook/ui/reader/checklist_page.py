"""Checklists as a page kind: the checklist rendered by core (cached per language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiphandbook.core.navigation import Location
    from tiphandbook.ui.common.context import FeatureContext


class ChecklistPage:
    kind = "checklist"
    cached = True

    def __init__(self, context: FeatureContext) -> None:
        self.context = context

    def html(self, location: Location, lang: str) -> str | None:
        checklist = self.context.library.checklist(location.id, lang)
        return self.context.renderer.checklist(checklist, lang) if checklist else None

    def title(self, location: Location, lang: str) -> str:
        checklist = self.context.library.checklist(location.id, lang)
        return checklist.title if checklist else ""
