"""One screening interview: the answers with their times, the indicators raised, the officer's notes, the end.

The session keeps, with each answer, the question as the officer read it and the words the person was shown, so
the record says what was asked even after the guide changes. ``to_dict`` is plain JSON-ready data for the
encrypted case store (see docs/screening.md); nothing here writes to disk.

A person is never asked anything before consenting: the consent card comes first, and a "no" ends the interview.
The person may stop at any moment, and the officer may end it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from tiphandbook.core.timestamps import from_utc_text, utc_now, utc_text
from tiphandbook.core.screening.model import (
    REFUSES,
    YES,
    Card,
    Guide,
    PersonWords,
    Rule,
)
from tiphandbook.core.screening.rules import recommendations

FORMAT = 1  # of to_dict(); raise it when the shape changes


class SessionState(StrEnum):
    ASKING = "asking"  # questions remain
    FINISHED = "finished"  # every card that applies was answered, or the officer ended the interview
    DECLINED = "declined"  # the person did not consent
    STOPPED = "stopped"  # the person asked to stop


class SessionError(Exception):
    """A move the interview does not allow (an answer the card does not offer, a question before consent...)."""


@dataclass(frozen=True)
class Answer:
    card: str
    value: str  # yes / no / unsure / refuses, a choice id, or "" for free text
    text: str  # the free text the officer typed for a text card, else ""
    at: datetime
    question: str  # as the officer read it
    says: str  # as the person was shown it
    shown: str  # the answer as the person saw it (button words, choice words, or the free text)


@dataclass(frozen=True)
class Observation:
    """An indicator the officer noted from what they saw, not from an answer (visible injuries, a minder...)."""

    indicator: str
    note: str
    at: datetime


@dataclass(frozen=True)
class RaisedIndicator:
    id: str
    title: str
    ref: str
    by: tuple[str, ...]  # card ids whose answers raised it, and "officer" for an observation


@dataclass(frozen=True)
class Summary:
    state: SessionState
    raised: tuple[RaisedIndicator, ...]
    recommendations: tuple[Rule, ...]  # for the officer's judgement; empty when there was no consent
    answered: int
    unanswered: tuple[str, ...]  # cards that applied but were not reached


@dataclass
class InterviewSession:
    guide: Guide  # in the officer's language
    words: PersonWords  # in the person's language
    reference: str  # a case reference: no name is needed
    clock: Callable[[], datetime] = utc_now
    started: datetime = field(default=None)  # type: ignore[assignment]
    ended: datetime | None = None
    state: SessionState = SessionState.ASKING
    answers: dict[str, Answer] = field(default_factory=dict)  # in the order given
    observations: dict[str, Observation] = field(default_factory=dict)
    notes: list[tuple[datetime, str]] = field(default_factory=list)
    note_fields: dict[str, str] = field(default_factory=dict)  # referral-note field id -> text

    def __post_init__(self) -> None:
        if self.started is None:
            self.started = self.clock()

    # --- the flow -------------------------------------------------------------------------------------------
    def applies(self, card: Card) -> bool:
        """A card with ``only_if`` is asked only after the answers it depends on."""
        return all(
            (given := self.answers.get(card_id)) is not None and given.value in values
            for card_id, values in card.only_if.items()
        )

    def next_card(self) -> Card | None:
        if self.state is not SessionState.ASKING:
            return None
        return next((c for c in self.guide.cards() if c.id not in self.answers and self.applies(c)), None)

    def answer(self, card_id: str, value: str, text: str = "") -> None:
        """Record (or correct) an answer. A correction drops answers that no longer apply, and reopens the
        interview when it brings new questions."""
        card = self._askable(card_id)
        if card.kind == "text" and value != REFUSES:
            value, text = "", text.strip()
            if not text:
                raise SessionError("a free-text answer needs its text (or the answer 'refuses')")
        elif value not in card.answers():
            raise SessionError(f"'{value}' is not an answer card '{card_id}' offers")
        self.answers.pop(card_id, None)
        self.answers[card_id] = Answer(card_id, value, text, self.clock(), card.question,
                                       self._says(card_id), text or self._shown(card, value))
        self._drop_inapplicable()
        self.state, self.ended = SessionState.ASKING, None  # a corrected answer may open new questions
        if card.kind == "consent" and value != YES:
            self._end(SessionState.DECLINED)
        elif self.next_card() is None:
            self._end(SessionState.FINISHED)

    def _askable(self, card_id: str) -> Card:
        card = self.guide.card(card_id)
        if card is None:
            raise SessionError(f"no card '{card_id}' in this guide")
        if self.state in (SessionState.DECLINED, SessionState.STOPPED):
            raise SessionError("the person did not go on with the interview: nothing more is asked")
        consent = self.guide.cards()[0]
        if card.id != consent.id and consent.id not in self.answers:
            raise SessionError("nothing is asked before the person consents")
        if not self.applies(card):
            raise SessionError(f"card '{card_id}' does not apply after the answers given")
        return card

    def _says(self, card_id: str) -> str:
        return self.words.cards[card_id].says

    def _shown(self, card: Card, value: str) -> str:
        return self.words.cards[card.id].choices.get(value) or self.words.answers.get(value, value)

    def _drop_inapplicable(self) -> None:
        while stale := [cid for cid in self.answers if not self.applies(self.guide.card(cid))]:  # type: ignore[arg-type]
            for cid in stale:
                del self.answers[cid]

    def stop(self) -> None:
        """The person asked to stop: nothing more is asked; what was said stays in the record."""
        if self.state is SessionState.ASKING:
            self._end(SessionState.STOPPED)

    def finish(self) -> None:
        """The officer ends the interview (every card answered, or enough has been heard)."""
        if self.state is SessionState.ASKING:
            self._end(SessionState.FINISHED)

    def _end(self, state: SessionState) -> None:
        self.state = state
        self.ended = self.clock()

    # --- the officer's own entries ------------------------------------------------------------------------
    def observe(self, indicator_id: str, note: str = "") -> None:
        if self.guide.indicator(indicator_id) is None:
            raise SessionError(f"no indicator '{indicator_id}' in this guide")
        self.observations[indicator_id] = Observation(indicator_id, note.strip(), self.clock())

    def withdraw_observation(self, indicator_id: str) -> None:
        self.observations.pop(indicator_id, None)

    def add_note(self, text: str) -> None:
        if text.strip():
            self.notes.append((self.clock(), text.strip()))

    def set_field(self, field_id: str, text: str) -> None:
        if not any(f.id == field_id for f in self.guide.note_fields):
            raise SessionError(f"no referral-note field '{field_id}' in this guide")
        self.note_fields[field_id] = text.strip()

    # --- what it adds up to -------------------------------------------------------------------------------
    def raised(self) -> tuple[RaisedIndicator, ...]:
        """Indicators raised by answers or observed by the officer, in the guide's order."""
        by: dict[str, list[str]] = {}
        for answer in self.answers.values():
            card = self.guide.card(answer.card)
            for indicator_id in card.raises.get(answer.value, ()) if card else ():
                by.setdefault(indicator_id, []).append(answer.card)
        for indicator_id in self.observations:
            by.setdefault(indicator_id, []).append("officer")
        return tuple(RaisedIndicator(i.id, i.title, i.ref, tuple(by[i.id])) for i in self.guide.indicators if i.id in by)

    def summary(self) -> Summary:
        raised = self.raised()
        consented = self.state is not SessionState.DECLINED
        applying = [c for c in self.guide.cards() if self.applies(c)]
        return Summary(
            state=self.state,
            raised=raised,
            recommendations=recommendations(self.guide, {r.id for r in raised}) if consented else (),
            answered=len(self.answers),
            unanswered=tuple(c.id for c in applying if c.id not in self.answers) if consented else (),
        )

    # --- storage ----------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """Plain data (text, numbers, lists, dicts) for ``json.dumps``; times are UTC ISO text."""
        return {
            "format": FORMAT,
            "guide": self.guide.id,
            "guide_version": self.guide.version,
            "officer_language": self.guide.lang,
            "person_language": self.words.lang,
            "reference": self.reference,
            "started": utc_text(self.started),
            "ended": utc_text(self.ended) if self.ended else None,
            "state": self.state.value,
            "answers": [
                {"card": a.card, "value": a.value, "text": a.text, "at": utc_text(a.at), "question": a.question,
                 "says": a.says, "shown": a.shown}
                for a in self.answers.values()
            ],
            "observations": [{"indicator": o.indicator, "note": o.note, "at": utc_text(o.at)} for o in self.observations.values()],
            "notes": [{"at": utc_text(at), "text": text} for at, text in self.notes],
            "note_fields": dict(self.note_fields),
        }

    @classmethod
    def from_dict(cls, data: dict, guide: Guide, words: PersonWords, clock: Callable[[], datetime] = utc_now) -> InterviewSession:
        """Resume a stored interview with the guide it was held with; a damaged record or another guide is refused."""
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("guide") != guide.id:
            raise SessionError("this record is not an interview with this guide")
        try:
            return cls._restore(data, guide, words, clock)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SessionError(f"the stored interview is damaged ({type(exc).__name__})") from None

    @classmethod
    def _restore(cls, data: dict, guide: Guide, words: PersonWords, clock: Callable[[], datetime]) -> InterviewSession:
        session = cls(guide, words, str(data["reference"]), clock, started=from_utc_text(data["started"]))
        session.ended = from_utc_text(data["ended"]) if data.get("ended") else None
        session.state = SessionState(data["state"])
        for a in data["answers"]:
            if guide.card(a["card"]) is None:
                raise SessionError(f"card '{a['card']}' is not in this version of the guide")
            session.answers[a["card"]] = Answer(a["card"], a["value"], a["text"], from_utc_text(a["at"]),
                                                a["question"], a["says"], a["shown"])
        for o in data["observations"]:
            session.observations[o["indicator"]] = Observation(o["indicator"], o["note"], from_utc_text(o["at"]))
        session.notes = [(from_utc_text(n["at"]), n["text"]) for n in data["notes"]]
        session.note_fields = {str(k): str(v) for k, v in data["note_fields"].items()}
        return session
