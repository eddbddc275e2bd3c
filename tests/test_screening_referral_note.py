"""The referral note printed from an interview: marked NOT ENCRYPTED, bilingual on request, typed text inert."""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.helpers.paths import FIXTURE_CONTENT

from tiphandbook.core.content import load_library
from tiphandbook.core.screening.model import ScreeningShelf
from tiphandbook.core.screening.referral_note import referral_note_html
from tiphandbook.core.screening.session import InterviewSession

SCREENING_FIXTURE = Path(__file__).parent / "fixtures" / "screening"
PRINTED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def shelf(tmp_path_factory: pytest.TempPathFactory) -> ScreeningShelf:
    root = tmp_path_factory.mktemp("note") / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    shutil.copytree(SCREENING_FIXTURE, root / "handbook" / "screening")
    return load_library(root).screening


def _session(shelf: ScreeningShelf, officer: str = "en") -> InterviewSession:
    moments = iter(datetime(2026, 12, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=n) for n in range(100))
    return InterviewSession(shelf.guide("interview", officer), shelf.person("interview", "uz-Cyrl"), "REF-2026-14",
                            clock=lambda: next(moments))


def _text(html: str) -> str:
    """The visible text, as a reader of the printout sees it."""
    chunks: list[str] = []
    parser = HTMLParser()
    parser.handle_data = chunks.append  # type: ignore[method-assign]
    parser.feed(html)
    return re.sub(r"\s+", " ", " ".join(chunks))


def _full_interview(session: InterviewSession) -> None:
    session.answer("consent", "yes")
    session.answer("passport", "no")
    session.answer("holder", "employer")
    session.answer("threats", "yes")
    session.answer("work", "", "Brick works <b>night</b> shifts")


def test_the_note_says_not_encrypted_and_carries_the_interview(shelf: ScreeningShelf) -> None:
    session = _session(shelf)
    _full_interview(session)
    session.set_field("place", "Consulate, room 2")
    text = _text(referral_note_html(session, [session.guide], PRINTED))
    assert text.count("NOT ENCRYPTED") == 2  # at the top and at the end of the note
    assert "REF-2026-14" in text
    assert "Interview completed" in text
    assert "Consulate, room 2" in text
    assert "Why the officer met the person (not filled in)" in text
    assert "Retention of identity documents" in text and "from the answers to: passport, holder" in text
    assert "Recommendation for the officer's judgement (not a decision)" in text
    assert "Consider the person's safety first." in text and "Consider offering referral now." in text
    assert "Verify: Check which body receives the referral." in text
    assert "Verify: Check the official form before sending this note." in text
    assert "Паспортингизни истаган пайтингизда ола оласизми? — Йўқ" in text  # what the person was shown
    assert "The employer" in text


def test_what_the_officer_typed_cannot_become_markup(shelf: ScreeningShelf) -> None:
    session = _session(shelf)
    _full_interview(session)
    session.add_note('<a href="https://evil.example">call</a> <script>x()</script>')
    session.set_field("reason", "<img src=x>")
    html = referral_note_html(session, [session.guide], PRINTED)
    assert "<a " not in html and "<script" not in html and "<img" not in html and "<b>night" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;night&lt;/b&gt;" in html


def test_a_bilingual_note_gives_labels_and_guide_texts_in_both_languages(shelf: ScreeningShelf) -> None:
    session = _session(shelf)
    _full_interview(session)
    text = _text(referral_note_html(session, [shelf.guide("interview", "ru"), shelf.guide("interview", "en")], PRINTED))
    assert "НЕ ЗАШИФРОВАНО" in text and "NOT ENCRYPTED" in text
    assert "Выявленные признаки / Indicators noted" in text
    assert "Удержание документов Retention of identity documents" in text
    assert "Рекомендация на усмотрение сотрудника (не решение) / Recommendation for the officer's judgement" in text
    assert "Проверьте / Verify: Проверьте, какой орган принимает перенаправление. Check which body receives" in text


def test_a_declined_interview_gives_a_note_without_a_recommendation(shelf: ScreeningShelf) -> None:
    session = _session(shelf)
    session.answer("consent", "no")
    text = _text(referral_note_html(session, [session.guide], PRINTED))
    assert "The person did not agree to the interview" in text
    assert "Recommendation" not in text
    assert "No indicator was noted." in text
    assert "Not asked" not in text  # nothing was going to be asked without consent


def test_the_officer_observation_is_in_the_note(shelf: ScreeningShelf) -> None:
    session = _session(shelf)
    session.answer("consent", "yes")
    session.observe("injuries", "bruises on both wrists")
    session.stop()
    text = _text(referral_note_html(session, [session.guide], PRINTED))
    assert "Visible injuries observed by the officer: bruises on both wrists" in text
    assert "The person stopped the interview" in text
    assert "Not asked: Can you get your passport when you want it?; Has anyone threatened you" in text


def test_a_note_is_written_only_from_the_interview_s_own_guide(shelf: ScreeningShelf) -> None:
    session = _session(shelf)
    session.answer("consent", "yes")
    other = dataclasses.replace(shelf.guide("interview", "ru"), id="another-guide")
    for guides in ([], [other], [session.guide, other]):
        with pytest.raises(ValueError):
            referral_note_html(session, guides, PRINTED)
