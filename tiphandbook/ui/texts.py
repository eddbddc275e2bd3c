"""Texts that follow the interface language: each is bound once as (setter, maker) and re-made on LanguageChange.

Binding replaces the usual hand-written ``retranslateUi`` list, which drifts from the widgets it should cover.
"""

from __future__ import annotations

from collections.abc import Callable


class Texts:
    def __init__(self) -> None:
        self._bindings: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def bind(self, setter: Callable[[str], object], make: Callable[[], str]) -> None:
        """Show ``make()`` through ``setter`` now and again after every language switch."""
        self._bindings.append((setter, make))
        setter(make())

    def refresh(self) -> None:
        for setter, make in self._bindings:
            setter(make())
