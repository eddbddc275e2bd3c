"""The shipped screening guides: complete in every language, written for the person, and usable end to end."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tiphandbook.core.content.model import LANGUAGES, Library
from tiphandbook.core.content.translations import source_hash
from tiphandbook.core.screening.model import PersonWords
from tiphandbook.core.screening.referral_note import referral_note_html
from tiphandbook.core.screening.session import InterviewSession, SessionState

GUIDES = ["consular-screen", "workplace-screen"]
PERSON_LANGUAGES = ("en", "ru", "uz", "uz-Cyrl")
# What a screening card must never say to the person: it labels them, and many victims do not see themselves so.
LABELLING = {
    "en": r"traffick|victim", "ru": r"торговл\w* людьми|жертв", "uz": r"odam savdo|jabrlan",
    "uz-Cyrl": r"одам савдо|жабрлан",
}


@pytest.fixture(scope="module")
def library(shipped: Library) -> Library:
    library = shipped
    assert [e for e in library.errors if "screening" in str(e.path)] == []
    return library


def _person_texts(words: PersonWords) -> list[str]:
    texts = [words.name, words.stop, words.closing, words.declined, *words.answers.values()]
    for card in words.cards.values():
        texts += [card.says, *card.choices.values()]
    return texts


def test_both_guides_are_shipped_for_every_officer_and_person_language(library: Library) -> None:
    shelf = library.screening
    assert shelf.ids() == GUIDES
    for guide_id in GUIDES:
        assert [shelf.guide(guide_id, lang).lang for lang in LANGUAGES] == list(LANGUAGES)
        assert shelf.person_languages(guide_id) == PERSON_LANGUAGES
        assert shelf.guide(guide_id, "en").cards()[0].kind == "consent"


@pytest.mark.parametrize("guide_id", GUIDES)
def test_person_cards_were_translated_from_the_current_english_cards(library: Library, guide_id: str) -> None:
    """Editing the English cards shows every person language as out of date until it is reviewed again."""
    english = library.screening.person(guide_id, "en").path
    stale = [lang for lang in PERSON_LANGUAGES[1:] if library.screening.person(guide_id, lang).source_hash != source_hash(english)]
    assert stale == []


@pytest.mark.parametrize("guide_id", GUIDES)
def test_the_person_is_never_labelled_a_victim(library: Library, guide_id: str) -> None:
    for lang, pattern in LABELLING.items():
        words = library.screening.person(guide_id, lang)
        offending = [t for t in _person_texts(words) if re.search(pattern, t, re.IGNORECASE)]
        assert offending == [], (lang, offending)


@pytest.mark.parametrize("guide_id", GUIDES)
def test_each_script_is_written_in_its_own_letters(library: Library, guide_id: str) -> None:
    """Cyrillic Uzbek is written, not a Latin text with a few letters swapped; Latin Uzbek uses the ʻ of oʻ and gʻ."""
    shelf = library.screening
    cyrillic = " ".join(_person_texts(shelf.person(guide_id, "uz-Cyrl"))).replace("ID-", "")
    assert re.findall(r"[A-Za-zʻʼ']", cyrillic) == []
    assert "ў" in cyrillic and "қ" in cyrillic and "ҳ" in cyrillic
    latin = " ".join(_person_texts(shelf.person(guide_id, "uz")))
    assert re.findall(r"[\u0400-\u04FF]", latin) == []
    assert re.findall(r"[og][‘'`’]", latin) == []  # oʻ and gʻ take U+02BB
    russian = " ".join(_person_texts(shelf.person(guide_id, "ru")))
    assert re.findall(r"[A-Za-z]", russian) == []


@pytest.mark.parametrize("guide_id", GUIDES)
def test_person_cards_are_short(library: Library, guide_id: str) -> None:
    for lang in PERSON_LANGUAGES:
        cards = library.screening.person(guide_id, lang).cards
        long = [card.id for card in cards.values() if card.id != "consent" and len(card.says) > 200]
        assert long == [], (lang, long)


@pytest.mark.parametrize("guide_id", GUIDES)
def test_every_recommendation_leaves_the_decision_to_the_officer(library: Library, guide_id: str) -> None:
    """Each recommendation invites the officer to weigh it ("consider..."), never orders or concludes."""
    words = {"en": r"consider", "ru": r"рассмотрите|подумайте", "uz": r"koʻrib chiqing|oʻylang"}
    for lang, phrase in words.items():
        for rule in library.screening.guide(guide_id, lang).rules:
            assert re.search(phrase, rule.recommend, re.IGNORECASE), (lang, rule.id)


def test_a_consular_interview_in_uzbek_cyrillic_with_an_english_officer_ends_in_a_referral_note(library: Library) -> None:
    shelf = library.screening
    session = InterviewSession(shelf.guide("consular-screen", "en"), shelf.person("consular-screen", "uz-Cyrl"), "TASH-2026-031")
    answers = {"consent": "yes", "medical": "no", "under-18": "no", "passport-access": "no", "passport-holder": "employer",
               "owes-money": "yes", "debt-growing": "yes", "paid": "not-paid", "leave-freely": "no", "contact-family": "yes",
               "job-promised": "no", "hours": "over-12", "free-to-quit": "no", "living": "no", "made-to-do": "no",
               "threatened": "yes", "hurt": "refuses", "wish": "go-home", "safe-at-home": "unsure", "others": "yes",
               "referral": "yes", "share-home": "yes"}
    while (card := session.next_card()) is not None:
        session.answer(card.id, answers[card.id])
    assert session.state is SessionState.FINISHED
    summary = session.summary()
    assert [r.id for r in summary.recommendations] == ["danger", "several"]
    assert {r.id for r in summary.raised} >= {"documents", "debt-bondage", "wages", "movement", "deception", "threats"}
    assert session.answers["passport-holder"].shown == "Иш берувчимда"
    html = referral_note_html(session, [shelf.guide("consular-screen", "en"), shelf.guide("consular-screen", "uz")],
                              datetime(2026, 12, 1, 15, 0, tzinfo=UTC))
    assert "NOT ENCRYPTED" in html and "SHIFRLANMAGAN" in html
    assert "Resolution No. 60" in html and "60-son qarori" in html  # the verify boxes travel with the note
    assert "Паспортингиз ёки ID-картангизни" in html


def test_a_refusal_at_the_workplace_ends_kindly_in_the_person_s_language(library: Library) -> None:
    shelf = library.screening
    session = InterviewSession(shelf.guide("workplace-screen", "ru"), shelf.person("workplace-screen", "uz"), "INSP-7")
    session.answer("consent", "no")
    assert session.state is SessionState.DECLINED
    assert session.words.declined.startswith("Mayli.")
