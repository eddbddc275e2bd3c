"""Link schemes: what a click on a link in a page does is registered by the feature that owns the scheme (doc: by
the reader, quiz: by training, case: by cases, note: by reading, http(s) and mailto by the shell), so the shell
follows a link without an if/elif over schemes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl

LinkHandler = Callable[[QUrl], bool]  # True: followed (the handler says itself if the target is gone); False: refused


class LinkSchemes:
    def __init__(self) -> None:
        self._handlers: dict[str, LinkHandler] = {}

    def register(self, scheme: str, handler: LinkHandler) -> None:
        """``scheme`` "" is a link without one (``#anchor`` in the page)."""
        if scheme in self._handlers:
            raise ValueError(f"link scheme {scheme!r} is registered twice")
        self._handlers[scheme] = handler

    def schemes(self) -> tuple[str, ...]:
        return tuple(self._handlers)

    def follow(self, url: QUrl) -> bool:
        """Hand ``url`` to its scheme's handler; False when no feature handles it (the shell then refuses it)."""
        handler = self._handlers.get(url.scheme())
        return handler is not None and handler(url)
