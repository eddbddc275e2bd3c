"""Typed, immutable objects for everything the content folders hold.

Ids (documents, sections, checklist items, questions) are the keys that user data hangs on, so they are kept
exactly as written; titles and texts are per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tiphandbook.core.screening.model import ScreeningShelf

ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")  # ids and anchors
LANGUAGES: tuple[str, ...] = ("en", "ru", "uz")
SOURCE_LANGUAGE = "en"
AUDIENCES: frozenset[str] = frozenset(
    {"investigators", "prosecutors", "judges", "first-responders", "consular-officers", "trainers", "students"}
)
CALLOUT_KINDS: tuple[str, ...] = ("law", "practice", "warning", "example", "verify")
UNSCORED_TYPES: frozenset[str] = frozenset({"essay", "description"})  # shown, never counted in a score
TEXT_FORMATS: tuple[str, ...] = ("plain", "markdown", "html")

DocumentKind = Literal["chapter", "module"]


@dataclass(frozen=True)
class ContentError:
    """A problem in a content file, reported as ``path:line: message`` (line 1-based, 0 when unknown)."""

    path: Path
    line: int
    message: str

    def format(self, relative_to: Path | None = None) -> str:
        path = self.path
        if relative_to is not None:
            try:
                path = self.path.relative_to(relative_to)
            except ValueError:
                pass
        return f"{path}:{self.line}: {self.message}"


Titles = dict[str, str]  # language -> text


def pick(titles: Titles, lang: str) -> str:
    """The text for a language, falling back to English, then to any language present."""
    return titles.get(lang) or titles.get(SOURCE_LANGUAGE) or next(iter(titles.values()), "")


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    level: int  # 2 for ##, 3 for ###
    line: int


@dataclass(frozen=True)
class Link:
    target: str  # "doc-id", "doc-id#anchor" or "#anchor" (internal), or an external URL
    line: int


@dataclass(frozen=True)
class PlanStep:
    section: str
    minutes: int


@dataclass(frozen=True)
class ModuleInfo:
    """What a curriculum module adds to a document."""

    academy: str
    duration_minutes: int
    objectives: tuple[str, ...]
    teaches: tuple[str, ...]
    quiz: str | None
    plan: tuple[PlanStep, ...]
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)  # front-matter key -> line


@dataclass(frozen=True)
class Document:
    """A chapter or a module in one language."""

    id: str
    kind: DocumentKind
    lang: str
    path: Path
    title: str
    summary: str
    body: str
    body_line: int  # file line of the body's first line, so body token lines map back to the file
    sections: tuple[Section, ...]
    links: tuple[Link, ...]
    audience: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    history: tuple[tuple[str, str], ...] = ()  # (date, note)
    reviewed: tuple[str, str] | None = None  # (date, role) of the last review by a national legal reviewer
    source_hash: str | None = None
    group: str = ""  # part id (chapters) or academy id (modules)
    module: ModuleInfo | None = None
    images: tuple[Link, ...] = ()  # image sources as written, checked against the content root by validate
    layout: str = ""  # front matter ``layout``: "" or "glossary" (each term a search hit: ``content/glossary.py``)

    def has_anchor(self, anchor: str) -> bool:
        return any(s.anchor == anchor for s in self.sections)


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    help: str
    ref: str | None
    required: bool
    line: int
    verify: str = ""  # what to check against the official text before relying on the item (a verify box)


@dataclass(frozen=True)
class ChecklistSection:
    id: str
    title: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Checklist:
    id: str
    lang: str
    path: Path
    version: int
    title: str
    summary: str
    audience: tuple[str, ...]
    sections: tuple[ChecklistSection, ...]
    source_hash: str | None = None

    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for section in self.sections for item in section.items)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool = False
    feedback: str = ""
    weight: float | None = None  # percent of the mark when picked, as Moodle has it; None: follows ``correct``


@dataclass(frozen=True)
class NumericAnswer:
    """A number accepted within ``tolerance`` (Moodle's ``answer:tolerance``; a range ``min..max`` is its middle
    and half-width), earning ``weight`` percent."""

    value: float
    tolerance: float = 0.0
    weight: float = 100.0
    feedback: str = ""

    def accepts(self, number: float) -> bool:
        """Moodle's "nominal" tolerance, widened by the same tiny margin (question/type/numerical/question.php,
        ``qtype_numerical_answer::get_tolerance_interval``: 1e-14 of the larger of tolerance and value)."""
        margin = 1e-14 * max(self.tolerance, abs(self.value), 1e-14)
        return abs(number - self.value) <= self.tolerance + margin

    def text(self) -> str:
        return number_text(self.value)


def number_text(value: float) -> str:
    """The shortest spelling that reads back as the same number (``1822``, ``3.1415``)."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    explanation: str
    ref: str | None
    line: int
    options: tuple[Option, ...] = ()
    answer: bool | None = None  # true_false
    pairs: tuple[tuple[str, str], ...] = ()  # matching
    items: tuple[str, ...] = ()  # ordering, in the correct order
    answers: tuple[str, ...] = ()  # short_answer
    numbers: tuple[NumericAnswer, ...] = ()  # numerical
    true_feedback: str = ""  # true_false: shown to whoever answered "true"
    false_feedback: str = ""  # true_false: shown to whoever answered "false"
    text_format: str = "plain"  # of every text of the question: plain, markdown or (sanitised) html
    verify: str = ""  # the national-law point a trainer must check in the official text before teaching the key

    @property
    def scored(self) -> bool:
        return self.type not in UNSCORED_TYPES


@dataclass(frozen=True)
class Quiz:
    id: str
    lang: str
    path: Path
    title: str
    pass_mark: int
    questions: tuple[Question, ...]
    source_hash: str | None = None


@dataclass(frozen=True)
class Part:
    id: str
    label: str
    titles: Titles
    chapters: tuple[str, ...]  # document ids in reading order

    def display_title(self, lang: str) -> str:
        """ "A. Definitions and legal framework": the label, when the part has one, before its title."""
        title = pick(self.titles, lang)
        return f"{self.label}. {title}" if self.label else title


@dataclass(frozen=True)
class Academy:
    id: str
    titles: Titles
    audience: tuple[str, ...]
    modules: tuple[str, ...]


@dataclass
class Library:
    """All content, indexed by id and language. Built once by the loader and treated as read-only."""

    root: Path
    book_titles: Titles
    book_short_titles: Titles
    parts: tuple[Part, ...]
    academies: tuple[Academy, ...]
    documents: dict[tuple[str, str], Document] = field(default_factory=dict)
    checklists: dict[tuple[str, str], Checklist] = field(default_factory=dict)
    quizzes: dict[tuple[str, str], Quiz] = field(default_factory=dict)
    screening: ScreeningShelf = field(default_factory=ScreeningShelf)  # interview guides (core/screening)
    shelves: dict[str, dict[tuple[str, str], Any]] = field(default_factory=dict)  # other kinds' items (content/kinds.py)
    errors: list[ContentError] = field(default_factory=list)

    def document(self, doc_id: str, lang: str) -> Document | None:
        """The document in ``lang``, or in English when it is not translated (compare ``doc.lang``)."""
        return self.documents.get((doc_id, lang)) or self.documents.get((doc_id, SOURCE_LANGUAGE))

    def checklist(self, checklist_id: str, lang: str) -> Checklist | None:
        return self.checklists.get((checklist_id, lang)) or self.checklists.get((checklist_id, SOURCE_LANGUAGE))

    def quiz(self, quiz_id: str, lang: str) -> Quiz | None:
        return self.quizzes.get((quiz_id, lang)) or self.quizzes.get((quiz_id, SOURCE_LANGUAGE))


    def part(self, part_id: str) -> Part | None:
        return next((p for p in self.parts if p.id == part_id), None)

    def academy(self, academy_id: str) -> Academy | None:
        return next((a for a in self.academies if a.id == academy_id), None)

    def checklist_ids(self) -> list[str]:
        return sorted(cid for cid, lang in self.checklists if lang == SOURCE_LANGUAGE)

    def part_of(self, doc_id: str) -> Part | None:
        return next((p for p in self.parts if doc_id in p.chapters), None)
