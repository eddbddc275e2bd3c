"""Where the reader is, and Back / Forward between places, kept apart from Qt so it can be tested directly."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

LocationKind = Literal["home", "doc", "checklist", "part", "academy"]
DOC_SCHEME = "doc"
QUIZ_SCHEME = "quiz"  # quiz:ID on a module page opens that quiz
CASE_SCHEME = "case"  # case:CHECKLIST-ID on a checklist page starts a case record from it; a bare case: lists them
CHECKLIST_SCHEME = "checklist"  # checklist:ID opens a checklist's page
NOTE_SCHEME = "note"  # note:ANCHOR, the marker of a section that has a note, opens the note
PART_SCHEME = "part"  # part:ID opens a part's page (its chapters with their summaries)
ACADEMY_SCHEME = "academy"  # academy:ID opens an academy's page (its modules, durations and quizzes)


def internal_url(target: str) -> str:
    """``doc-id#anchor`` -> ``doc:doc-id#anchor``: the form the reader recognises as a cross-reference."""
    return f"{DOC_SCHEME}:{target}"


def quiz_url(quiz_id: str) -> str:
    return f"{QUIZ_SCHEME}:{quiz_id}"


def checklist_url(checklist_id: str) -> str:
    return f"{CHECKLIST_SCHEME}:{checklist_id}"


def case_url(checklist_id: str) -> str:
    return f"{CASE_SCHEME}:{checklist_id}"


def part_url(part_id: str) -> str:
    return f"{PART_SCHEME}:{part_id}"


def academy_url(academy_id: str) -> str:
    return f"{ACADEMY_SCHEME}:{academy_id}"


def note_url(anchor: str) -> str:
    return f"{NOTE_SCHEME}:{anchor}"


@dataclass(frozen=True)
class Location:
    kind: LocationKind
    id: str = ""
    anchor: str = ""

    def at(self, anchor: str) -> Location:
        return replace(self, anchor=anchor)

    def same_page(self, other: Location | None) -> bool:
        return other is not None and (self.kind, self.id) == (other.kind, other.id)


HOME = Location("home")


class History:
    """A browser-style history: visiting a new place drops everything forward of the current one."""

    LIMIT = 200

    def __init__(self) -> None:
        self._entries: list[Location] = []
        self._index = -1

    @property
    def current(self) -> Location | None:
        return self._entries[self._index] if self._index >= 0 else None

    def visit(self, location: Location) -> None:
        if location == self.current:
            return
        del self._entries[self._index + 1 :]
        self._entries.append(location)
        if len(self._entries) > self.LIMIT:
            del self._entries[0]
        self._index = len(self._entries) - 1

    def update_current(self, location: Location) -> None:
        """Remember where in the current page the reader got to, so Back returns to that section."""
        if self._index >= 0:
            self._entries[self._index] = location

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def back(self) -> Location | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
