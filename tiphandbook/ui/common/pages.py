"""Page kinds: every kind of page the reader shows (home, doc, checklist...) is one module registered here, so the
shell opens a Location without knowing what kinds exist. A new kind is its module and one ``register`` line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from tiphandbook.core.navigation import Location


class PageKind(Protocol):
    """One kind of page: its HTML and its title for a Location, in a content language."""

    kind: str  # the Location.kind it shows
    cached: bool  # True when its HTML only changes with the content, the language or the theme

    def html(self, location: Location, lang: str) -> str | None:
        """None when the page is not in the loaded content."""

    def title(self, location: Location, lang: str) -> str:
        """The window title's first half; empty for a page without one."""


Marker = Callable[[Location, str], str]  # adds per-user marks (e.g. note markers) to a page's HTML, never cached


class PageKinds:
    """The registry: rendered pages are cached per (kind, id, language) until ``forget``; markers run on every show."""

    def __init__(self) -> None:
        self._kinds: dict[str, PageKind] = {}
        self._markers: list[Marker] = []
        self._cache: dict[tuple[str, str, str], str] = {}

    def register(self, page: PageKind) -> None:
        if page.kind in self._kinds:
            raise ValueError(f"page kind {page.kind!r} is registered twice")
        self._kinds[page.kind] = page

    def add_marker(self, marker: Marker) -> None:
        self._markers.append(marker)

    def kinds(self) -> tuple[str, ...]:
        return tuple(self._kinds)

    def html(self, location: Location, lang: str) -> str | None:
        page = self._kinds.get(location.kind)
        if page is None:
            return None
        key = (location.kind, location.id, lang)
        html = self._cache.get(key) if page.cached else None
        if html is None:
            html = page.html(location, lang)
            if html is None:
                return None
            if page.cached:
                self._cache[key] = html
        for marker in self._markers:
            html = marker(location, html)
        return html

    def title(self, location: Location, lang: str) -> str:
        page = self._kinds.get(location.kind)
        return page.title(location, lang) if page is not None else ""

    def forget(self) -> None:
        """The content or the theme changed: render again on the next show."""
        self._cache.clear()
