"""A part's and an academy's page as page kinds: what is in them, one line each (rendered by core, cached per
language), opened from the contents tree and the home page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tiphandbook.core.content.model import pick

if TYPE_CHECKING:
    from tiphandbook.core.navigation import Location
    from tiphandbook.ui.common.context import FeatureContext


class PartPage:
    kind = "part"
    cached = True

    def __init__(self, context: FeatureContext) -> None:
        self.context = context

    def html(self, location: Location, lang: str) -> str | None:
        part = self.context.library.part(location.id)
        return self.context.renderer.part(part, lang) if part else None

    def title(self, location: Location, lang: str) -> str:
        part = self.context.library.part(location.id)
        return part.display_title(lang) if part else ""


class AcademyPage:
    kind = "academy"
    cached = True

    def __init__(self, context: FeatureContext) -> None:
        self.context = context

    def html(self, location: Location, lang: str) -> str | None:
        academy = self.context.library.academy(location.id)
        return self.context.renderer.academy(academy, lang) if academy else None

    def title(self, location: Location, lang: str) -> str:
        academy = self.context.library.academy(location.id)
        return pick(academy.titles, lang) if academy else ""
