"""An interview from consent to summary: the flow, the rules engine, and the record's plain-data form."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tests.helpers.paths import FIXTURE_CONTENT

from tiphandbook.core.content import load_library
from tiphandbook.core.screening.model import Condition, Guide, ScreeningShelf
from tiphandbook.core.screening.rules import recommendations
from tiphandbook.core.screening.session import (
    InterviewSession,
    SessionError,
    SessionState,
)

SCREENING_FIXTURE = Path(__file__).parent / "fixtures" / "screening"


class Clock:
    """A clock the test moves: one minute a reading."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture(scope="module")
def shelf(tmp_path_factory: pytest.TempPathFactory) -> ScreeningShelf:
    root = tmp_path_factory.mktemp("screening") / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    shutil.copytree(SCREENING_FIXTURE, root / "handbook" / "screening")
    library = load_library(root)
    assert library.errors == []
    return library.screening


@pytest.fixture
def guide(shelf: ScreeningShelf) -> Guide:
    return shelf.guide("interview", "en")


@pytest.fixture
def session(shelf: ScreeningShelf, guide: Guide) -> InterviewSession:
    return InterviewSession(guide, shelf.person("interview", "uz-Cyrl"), "CASE-7", clock=Clock())


def test_nothing_is_asked_before_consent_and_consent_comes_first(session: InterviewSession) -> None:
    assert session.next_card().id == "consent"
    with pytest.raises(SessionError, match="consents"):
        session.answer("passport", "no")


def test_a_refused_consent_ends_the_interview_gracefully(session: InterviewSession) -> None:
    session.answer("consent", "no")
    assert session.state is SessionState.DECLINED
    assert session.next_card() is None
    assert session.ended is not None
    summary = session.summary()
    assert summary.recommendations == ()  # no consent: nothing to recommend from answers
    with pytest.raises(SessionError, match="nothing more is asked"):
        session.answer("passport", "no")


def test_a_follow_up_card_is_asked_only_after_the_answer_it_depends_on(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "yes")
    assert session.next_card().id == "threats"  # 'holder' is only asked when the passport cannot be had
    with pytest.raises(SessionError, match="does not apply"):
        session.answer("holder", "employer")


def test_correcting_an_answer_drops_the_follow_ups_that_no_longer_apply(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "no")
    session.answer("holder", "employer")
    session.answer("passport", "yes")
    assert "holder" not in session.answers
    assert [r.id for r in session.raised()] == []


def test_answers_keep_their_time_and_what_the_person_was_shown(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "no")
    answer = session.answers["passport"]
    assert answer.at == datetime(2026, 12, 1, 9, 3, tzinfo=UTC)
    assert answer.says == "Паспортингизни истаган пайтингизда ола оласизми?"
    assert answer.shown == "Йўқ"
    assert answer.question == "Can you get your passport when you want it?"


def test_only_offered_answers_are_taken(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    with pytest.raises(SessionError, match="not an answer"):
        session.answer("passport", "maybe")
    session.answer("passport", "refuses")  # the person may always decline a question
    session.answer("threats", "unsure")
    with pytest.raises(SessionError, match="needs its text"):
        session.answer("work", "", "   ")


def test_a_full_interview_raises_indicators_and_ends_with_recommendations(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "no")
    session.answer("holder", "employer")
    session.answer("threats", "yes")
    session.answer("work", "", "Construction, 14 hours a day")
    assert session.state is SessionState.FINISHED
    summary = session.summary()
    assert [(r.id, r.by) for r in summary.raised] == [("documents", ("passport", "holder")), ("threats", ("threats",))]
    assert [r.id for r in summary.recommendations] == ["danger", "several"]
    assert summary.unanswered == ()
    assert session.answers["work"].shown == "Construction, 14 hours a day"


def test_the_officer_s_own_observation_counts_as_an_indicator(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.observe("injuries", "bruise on the left wrist")
    assert [r.id for r in session.summary().recommendations] == ["danger"]
    assert session.raised()[0].by == ("officer",)
    session.withdraw_observation("injuries")
    assert [r.id for r in session.summary().recommendations] == ["nothing"]


def test_the_person_may_stop_at_any_time_and_what_was_said_is_kept(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "no")
    session.stop()
    assert session.state is SessionState.STOPPED
    summary = session.summary()
    assert [r.id for r in summary.raised] == ["documents"]
    assert summary.unanswered == ("holder", "threats", "work")
    assert [r.id for r in summary.recommendations] == ["nothing"]  # one indicator: the guide's fallback advice


@pytest.mark.parametrize(("raised", "expected"), [
    (set(), ["nothing"]),
    ({"documents"}, ["nothing"]),
    ({"threats"}, ["danger"]),
    ({"documents", "injuries"}, ["danger", "several"]),
    ({"documents", "threats", "injuries"}, ["danger", "several"]),
])
def test_rules_apply_in_order_and_otherwise_only_when_none_did(guide: Guide, raised: set[str], expected: list[str]) -> None:
    assert [r.id for r in recommendations(guide, raised)] == expected


def test_at_most_counts_only_the_listed_indicators(guide: Guide) -> None:
    rule = dataclasses.replace(guide.rule("several"), id="only-one", when=Condition(at_least=1, at_most=1, of=("documents", "threats")))
    limited = dataclasses.replace(guide, rules=(rule, guide.rule("nothing")))
    assert [r.id for r in recommendations(limited, {"documents", "injuries"})] == ["only-one"]
    assert [r.id for r in recommendations(limited, {"documents", "threats"})] == ["nothing"]


def test_the_session_round_trips_through_json(shelf: ScreeningShelf, session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "no")
    session.answer("holder", "relative")
    session.observe("injuries", "limps")
    session.add_note("Met at the bus station; a man waited outside.")
    session.set_field("place", "Bus station, platform 3")
    stored = json.loads(json.dumps(session.to_dict()))
    assert stored["person_language"] == "uz-Cyrl" and stored["reference"] == "CASE-7"
    again = InterviewSession.from_dict(stored, session.guide, session.words)
    assert again.to_dict() == session.to_dict()
    assert again.next_card().id == "threats"
    assert again.summary() == session.summary()


def test_a_record_of_another_guide_is_refused(shelf: ScreeningShelf, session: InterviewSession) -> None:
    data = session.to_dict() | {"guide": "other"}
    with pytest.raises(SessionError, match="not an interview with this guide"):
        InterviewSession.from_dict(data, session.guide, session.words)


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("answers"),
    lambda d: d.update(started="yesterday"),
    lambda d: d.update(state="paused"),
    lambda d: d["answers"][0].update(card="no-such-card"),
])
def test_a_damaged_record_is_refused_with_a_message(session: InterviewSession, damage: Callable[[dict], object]) -> None:
    session.answer("consent", "yes")
    data = session.to_dict()
    damage(data)
    with pytest.raises(SessionError):
        InterviewSession.from_dict(data, session.guide, session.words)


def test_an_officer_in_russian_sees_russian_texts_in_the_summary(shelf: ScreeningShelf) -> None:
    session = InterviewSession(shelf.guide("interview", "ru"), shelf.person("interview", "en"), "R-1", clock=Clock())
    session.answer("consent", "yes")
    session.answer("threats", "yes")
    summary = session.summary()
    assert summary.raised[0].title == "Запугивание и угрозы"
    assert summary.recommendations[0].recommend == "Прежде всего подумайте о безопасности человека."
    assert session.answers["threats"].shown == "Yes"
