"""Relevance: queries in English, Russian and Uzbek (both scripts) must put the right section in the top 3."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tiphandbook.core.content import load_library
from tiphandbook.core.search import SearchFilters, SearchIndex

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    library = load_library(SEARCH_CONTENT)
    assert library.errors == []
    search_index = SearchIndex(tmp_path_factory.mktemp("search-index"))
    search_index.open_or_build(library)
    yield search_index
    search_index.close()


def top(index: SearchIndex, query: str, lang: str = "en", n: int = 3, **kwargs: object) -> list[str]:
    return [f"{hit.id}#{hit.anchor}" for hit in index.search(query, lang, limit=n, **kwargs).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("abuse of a position of vulnerability", "definition#means"),
        ('"abuse of a position"', "definition#means"),
        ("consent of the victim", "definition#consent"),
        ("debt bondage", "definition#forced-labour"),
        ("recruited persons", "definition#elements"),  # "recruited" meets "recruitment"
        ("passport held by someone else", "indicators#documents"),
        ("exploited on arrival", "smuggling#turning-point"),
        ("zanzibar", "indicators#zanzibar"),
        ("international definition", "definition#"),  # the text before the first section
    ],
)
def test_english(index: SearchIndex, query: str, expected: str) -> None:
    assert expected in top(index, query, "en")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("вербовку", "definition#elements"),  # inflected: the text says "вербовка"
        ("торговлей людьми", "definition#"),
        ("согласием жертвы", "definition#consent"),
        ("долговой кабалы", "definition#forced-labour"),
        ("трех элементов", "definition#elements"),  # ё typed as е
        ("ЗЛОУПОТРЕБЛЕНИЯ уязвимостью", "definition#means"),  # case folded
    ],
)
def test_russian(index: SearchIndex, query: str, expected: str) -> None:
    assert expected in top(index, query, "ru")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jabrlanuvchining roziligi", "definition#consent"),
        ("жабрланувчининг розилиги", "definition#consent"),  # Cyrillic query, Latin text
        ("majburiy mehnat", "definition#forced-labour"),  # Latin query, Cyrillic text
        ("qarz asorati", "definition#forced-labour"),
        ("qoʻllanma", "definition#"),
        ("qo'llanma", "definition#"),
        ("qo`llanma", "definition#"),
        ("qo’llanma", "definition#"),
        ("қўлланма", "definition#"),
        ("таъриф", "definition#"),  # ъ is the tutuq belgisi of taʼrif
        ("ta'rifini", "definition#"),
        ("odam savdosi", "definition#"),  # meets "savdosining" (light suffix stripping)
        ("vaziyatning qaltisligi", "definition#means"),
    ],
)
def test_uzbek_in_either_script(index: SearchIndex, query: str, expected: str) -> None:
    assert expected in top(index, query, "uz")


def test_current_language_only_by_default(index: SearchIndex) -> None:
    assert top(index, "вербовка", "en") == []
    assert top(index, "вербовка", "ru")[0] == "definition#elements"


def test_all_languages(index: SearchIndex) -> None:
    langs = {hit.lang for hit in index.search("вербовка OR recruitment OR yollash", "all", limit=20).hits}
    assert langs == {"en", "ru", "uz"}


def test_or_and_not(index: SearchIndex) -> None:
    assert set(top(index, "zanzibar OR smuggling", n=20)) >= {"indicators#zanzibar", "smuggling#smuggling"}
    assert all(not hit.startswith("smuggling#") for hit in top(index, "trafficking -smuggling", n=20))
    assert all(not hit.startswith("smuggling#") for hit in top(index, "trafficking NOT smuggling", n=20))
    assert "smuggling#turning-point" not in top(index, 'smuggling -"travel debt"', n=20)


def test_filters_by_kind_group_and_audience(index: SearchIndex) -> None:
    def kinds(query: str, **filters: frozenset[str]) -> set[str]:
        return {hit.kind for hit in index.search(query, "en", filters=SearchFilters(**filters), limit=20).hits}

    assert kinds("passport") == {"handbook", "checklist", "quiz", "module"}
    assert kinds("passport", kinds=frozenset({"checklist"})) == {"checklist"}
    assert top(index, "greenhouse", filters=SearchFilters(kinds=frozenset({"quiz"}))) == ["police-m1-quiz#"]
    assert top(index, "greenhouse", filters=SearchFilters(kinds=frozenset({"module"}))) == ["police-m1#exercise"]
    victims = index.search("trafficking", "en", filters=SearchFilters(groups=frozenset({"b-victims"})), limit=20)
    assert victims.hits and {hit.id for hit in victims.hits} == {"indicators"}
    judges = index.search("smuggling", "en", filters=SearchFilters(audiences=frozenset({"judges"})), limit=20)
    assert "smuggling" not in {hit.id for hit in judges.hits}


def test_hit_fields(index: SearchIndex) -> None:
    hit = index.search("vulnerability", "en").hits[0]
    assert (hit.id, hit.anchor, hit.kind, hit.group, hit.lang) == ("definition", "means", "handbook", "a-law", "en")
    assert hit.title == "The means"
    assert hit.breadcrumb == ("A. The law", "The definition of trafficking", "The three elements", "The means")
    assert "<b>vulnerability</b>" in hit.snippet
    checklist = index.search("free to leave", "en").hits[0]
    assert (checklist.kind, checklist.id, checklist.anchor) == ("checklist", "screen", "ask")
    assert checklist.breadcrumb == ("Checklists", "First-responder screen", "What to ask")


def test_matched_words_are_the_words_as_written(index: SearchIndex) -> None:
    hit = index.search("passport", "en", filters=SearchFilters(groups=frozenset({"b-victims"}))).hits[0]
    assert hit.matched_words == ("passport",)
    forced = next(h for h in index.search("passport", "en", limit=20).hits if h.anchor == "forced-labour")
    assert "passports" in forced.matched_words
    russian = index.search("торговля", "ru").hits[0]
    assert {"торговли", "торговля"} & set(russian.matched_words)
    cyrillic = index.search("majburiy", "uz").hits[0]
    assert cyrillic.matched_words == ("Majburiy", "Мажбурий")  # the heading, and the text in Cyrillic


def test_markdown_is_not_indexed_or_shown(index: SearchIndex) -> None:
    hit = index.search("act means purpose", "en").hits[0]
    assert hit.anchor == "elements"
    assert "*" not in hit.snippet
    assert "definition#forced-labour" in top(index, "see the indicators", n=3)  # a link's text is indexed ...
    assert "definition#forced-labour" not in top(index, "documents", n=20)  # ... its target is not
