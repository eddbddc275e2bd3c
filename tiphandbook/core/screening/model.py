"""Screening guides: an interview the officer runs in their language while the person reads cards in theirs.

A guide exists once per *officer* language (the content languages: structure from English, texts translated) and
once per *person* language (only the words said or shown to the person). Person languages are listed in the guide,
so a new one (Tajik, Kyrgyz, Kazakh, Turkmen...) is added as content, never as code.

This module imports nothing from the rest of the app: the content Library holds a ``ScreeningShelf`` without an
import cycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

AnswerKind = Literal["yes-no", "choice", "text", "consent"]
ANSWER_KINDS: tuple[str, ...] = ("yes-no", "choice", "text", "consent")
YES, NO, UNSURE, REFUSES = "yes", "no", "unsure", "refuses"
STANDARD_ANSWERS: tuple[str, ...] = (YES, NO, UNSURE, REFUSES)
# A person-language tag: a BCP 47 language, optionally with its script (uz-Cyrl); written so in file names too.
PERSON_LANGUAGE_TAG = r"[a-z]{2,3}(?:-[A-Z][a-z]{3})?"
PERSON_LANGUAGE = re.compile(rf"^{PERSON_LANGUAGE_TAG}$")


@dataclass(frozen=True)
class Choice:
    id: str
    label: str  # in the officer's language


@dataclass(frozen=True)
class Card:
    """One question: what the officer needs to know, and the shape of the answer."""

    id: str
    kind: AnswerKind
    question: str  # the question in the officer's language, so the officer knows what the person is reading
    why: str  # why ask it
    indicates: str  # what an answer may indicate
    ref: str  # doc-id#anchor: the handbook section behind the question
    line: int
    choices: tuple[Choice, ...] = ()
    raises: dict[str, tuple[str, ...]] = field(default_factory=dict)  # answer -> indicator ids
    only_if: dict[str, tuple[str, ...]] = field(default_factory=dict)  # earlier card id -> answers that show this

    def answers(self) -> tuple[str, ...]:
        """Every answer the card accepts (free text aside): the person may always be unsure or decline."""
        if self.kind == "consent":
            return (YES, NO)
        if self.kind == "choice":
            return (*(c.id for c in self.choices), UNSURE, REFUSES)
        if self.kind == "text":
            return (REFUSES,)
        return STANDARD_ANSWERS

    def choice_label(self, choice_id: str) -> str | None:
        return next((c.label for c in self.choices if c.id == choice_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    ref: str  # doc-id#anchor in the indicators chapter
    line: int


@dataclass(frozen=True)
class Condition:
    """When a rule applies. Every given part must hold; ``otherwise`` applies only when no other rule did."""

    any_of: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()
    at_least: int = 0
    at_most: int | None = None
    of: tuple[str, ...] = ()  # what at_least and at_most count; empty means every indicator
    otherwise: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    when: Condition
    recommend: str  # phrased for the officer's judgement
    refer: tuple[str, ...]  # doc-id#anchor: steps of referral in the handbook
    verify: str  # what the officer must check against the official text, or ""
    line: int


@dataclass(frozen=True)
class NoteField:
    """A field of the referral note the officer fills in; ``ref`` is the source that asks for it."""

    id: str
    label: str
    ref: str
    line: int


@dataclass(frozen=True)
class Guide:
    """A screening guide in one officer language."""

    id: str
    lang: str
    path: Path
    version: int
    title: str
    summary: str
    audience: tuple[str, ...]
    sources: tuple[str, ...]
    person_languages: tuple[str, ...]
    sections: tuple[Section, ...]
    indicators: tuple[Indicator, ...]
    rules: tuple[Rule, ...]
    note_fields: tuple[NoteField, ...]
    note_verify: str  # a verify box printed on every referral note, or ""
    source_hash: str | None = None
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)  # top-level key -> file line

    def cards(self) -> tuple[Card, ...]:
        return tuple(card for section in self.sections for card in section.cards)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards() if c.id == card_id), None)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for i in self.indicators if i.id == indicator_id), None)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def note_field(self, field_id: str) -> NoteField | None:
        return next((f for f in self.note_fields if f.id == field_id), None)

    def shape(self) -> tuple:
        """The ids a translation must repeat exactly, in order."""
        return (
            tuple((s.id, tuple((c.id, tuple(ch.id for ch in c.choices)) for c in s.cards)) for s in self.sections),
            tuple(i.id for i in self.indicators),
            tuple(r.id for r in self.rules),
            tuple(f.id for f in self.note_fields),
        )


@dataclass(frozen=True)
class PersonCard:
    id: str
    says: str
    choices: dict[str, str]  # choice id -> words
    line: int


@dataclass(frozen=True)
class PersonWords:
    """Everything the person sees, in one person language."""

    guide_id: str
    lang: str  # person-language tag, e.g. uz-Cyrl
    path: Path
    name: str  # the language's own name, as the person would recognise it ("Ўзбекча (кирилл)")
    answers: dict[str, str]  # yes / no / unsure / refuses -> button words
    stop: str  # the "I want to stop" button
    closing: str  # shown when the interview ends
    declined: str  # shown when the person does not consent or stops
    cards: dict[str, PersonCard]
    source_hash: str | None = None


@dataclass
class ScreeningShelf:
    """Every loaded guide, by (id, officer language), and its person words, by (id, person language)."""

    guides: dict[tuple[str, str], Guide] = field(default_factory=dict)
    words: dict[tuple[str, str], PersonWords] = field(default_factory=dict)

    def guide(self, guide_id: str, lang: str) -> Guide | None:
        return self.guides.get((guide_id, lang)) or self.guides.get((guide_id, "en"))

    def person(self, guide_id: str, person_lang: str) -> PersonWords | None:
        return self.words.get((guide_id, person_lang))

    def ids(self) -> list[str]:
        return sorted(gid for gid, lang in self.guides if lang == "en")

    def person_languages(self, guide_id: str) -> tuple[str, ...]:
        """The declared person languages that have their words loaded, in the guide's order."""
        english = self.guides.get((guide_id, "en"))
        if english is None:
            return ()
        return tuple(lang for lang in english.person_languages if (guide_id, lang) in self.words)
