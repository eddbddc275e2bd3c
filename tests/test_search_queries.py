"""Queries as people type them: analysis, malformed input, prefixes letter by letter, misspellings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiphandbook.core.content import load_library
from tiphandbook.core.search import SearchIndex
from tiphandbook.core.search.analyzers import index_analyzer, terms
from tiphandbook.core.search.matching import PREFIX_TERMS, Matcher
from tiphandbook.core.content.plaintext import strip_markdown
from tiphandbook.core.search.query import MAX_CLAUSES, MAX_QUERY_CHARS, Clause, parse_query
from tiphandbook.core.search.snippets import snippet
from tiphandbook.core.search.uzbek import fold
from whoosh.analysis import Token
from whoosh.index import open_dir

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    search_index = SearchIndex(tmp_path_factory.mktemp("search-index"))
    search_index.open_or_build(load_library(SEARCH_CONTENT))
    yield search_index
    search_index.close()


# -- analysis ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Oʻzbekiston", "Ўзбекистон"), ("qoʻllanma", "қўлланма"), ("gʻalaba", "ғалаба"), ("taʼrif", "таъриф"),
     ("shaxs", "шахс"), ("choʻl", "чўл"), ("yoʻl", "йўл"), ("yordam", "ёрдам"), ("yurist", "юрист"),
     ("yangi", "янги"), ("yer", "ер"), ("poyezd", "поезд"), ("hujjat", "ҳужжат"), ("xat", "хат")],
)
def test_uzbek_scripts_fold_to_one_key(latin: str, cyrillic: str) -> None:
    assert fold(latin) == fold(cyrillic)


def test_every_apostrophe_is_the_same_and_keeps_the_word_whole() -> None:
    variants = ["qoʻllanma", "qo'llanma", "qo’llanma", "qo‘llanma", "qo`llanma", "qoʼllanma"]
    assert {tuple(terms("uz", word)) for word in variants} == {("qoʻllanma",)}


def test_english_and_russian_analysis() -> None:
    assert terms("en", "The victims were running") == ["victim", "run"]  # Snowball, not Porter's "runn"
    assert terms("en", "Art. 3") == ["art", "3"]  # single characters matter in legal references
    assert terms("ru", "Ёлка ЕЛКА ёлки") == terms("ru", "елка елка елки")
    assert terms("ru", "торговля") == terms("ru", "торговлей")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The victims of trafficking, e.g. in Art. 3, were running."),
    ("ru", "Жертвы торговли людьми, т.е. ёлки и ЕЛКИ."),
    ("uz", "Odam savdosi qurbonlari va қўлланма, qo'llanma."),
])
def test_the_fields_analyzer_gives_the_indexed_terms_where_the_words_are(lang: str, text: str) -> None:
    tokens = [(t.text, t.pos, text[t.startchar : t.endchar]) for t in index_analyzer(lang)(text, positions=True, chars=True)]
    assert [term for term, _, _ in tokens] == terms(lang, text)
    assert [pos for _, pos, _ in tokens] == list(range(len(tokens)))  # stop words leave no gaps
    assert all(terms(lang, word) == [term] for term, _, word in tokens)  # each offset spans its word


def test_markdown_is_stripped() -> None:
    text = strip_markdown("## Title {#anchor}\n\n**Bold** and *em* with a [link](doc#x)[^1].\n\n| a | b |\n|---|---|\n::: law\nText\n:::\n")
    assert text == "Title\nBold and em with a link.\na b\nText"


# -- parsing never fails -----------------------------------------------------------------------------------------
MALFORMED = ['"', '"unclosed phrase', "OR", "NOT", "a OR", "OR OR", "-", "--", "()", "(", ")", "*", "?", "\\", "AND",
             '""', '" "', "'", "ʻ", "field:value", "title:(", "^2", "~", "[", "{", "&&", "||", "ИЛИ", "НЕ", "\x00",
             "a" * 500, " ", "", "NOT NOT", "- -", '-"', "trafficking OR", "OR trafficking", "«", "zanzibar*"]


@pytest.mark.parametrize("query", MALFORMED)
@pytest.mark.parametrize("lang", ["en", "ru", "uz", "all"])
def test_malformed_queries_never_raise(index: SearchIndex, query: str, lang: str) -> None:
    index.search(query, lang)


def test_malformed_queries_are_searched_as_plain_words(index: SearchIndex) -> None:
    assert index.search('"consent irrelevant', "en").hits[0].anchor == "consent"
    assert index.search("zanzibar OR", "en").hits[0].anchor == "zanzibar"
    assert index.search("NOT", "en").hits == ()


def test_parse_query() -> None:
    parsed = parse_query('act "debt bondage" OR passport -smuggling NOT border traf')
    assert parsed.required == (
        (Clause("act"),), (Clause("debt bondage", phrase=True), Clause("passport")), (Clause("traf", prefix=True),)
    )
    assert parsed.excluded == (Clause("smuggling"), Clause("border"))
    assert parse_query("traf ").required == ((Clause("traf"),),)  # a space ends the word: no prefix
    assert parse_query("«долговая кабала»").required == ((Clause("долговая кабала", phrase=True),),)


def test_a_repeated_word_or_phrase_is_searched_once() -> None:
    assert parse_query("victim " * 40) == parse_query("victim ")
    assert parse_query('"debt bondage" Victim "debt bondage" victim -a -a').required == (
        (Clause("debt bondage", phrase=True),), (Clause("Victim"),))
    assert parse_query("a OR b c b OR a").required == ((Clause("a"), Clause("b")), (Clause("c"),))


def test_a_query_past_the_limits_searches_the_first_words_and_says_which_were_ignored() -> None:
    words = [f"w{number}" for number in range(MAX_CLAUSES + 5)]
    parsed = parse_query(" ".join(words) + " ")
    assert [options[0].text for options in parsed.required] == words[:MAX_CLAUSES]
    assert parsed.ignored == tuple(words[MAX_CLAUSES:])
    long = parse_query("x" * MAX_QUERY_CHARS + " tail words")
    assert long.ignored == ("tail", "words") and long.required == ((Clause("x" * MAX_QUERY_CHARS, prefix=True),),)


@pytest.mark.parametrize("query", ["every " * 1000, "victim " * 200, " OR ".join(["victim"] * 500),
                                   " ".join(f"-w{n}" for n in range(500)), '"a b" ' * 300, "NOT " * 1000 + "victim"])
def test_a_hostile_query_is_answered_and_what_was_not_searched_is_said(index: SearchIndex, query: str) -> None:
    results = index.search(query, "all")
    assert results.ignored  # every one is longer than a query may be
    assert index.search("zanzibar", "en").hits[0].anchor == "zanzibar"  # and the next query is answered as usual


# -- prefixes ----------------------------------------------------------------------------------------------------
def test_prefix_from_the_third_letter(index: SearchIndex) -> None:
    assert index.search("za", "en").hits == ()
    assert index.search("zan", "en").hits[0].anchor == "zanzibar"
    assert index.search("zanzi ", "en").hits == ()  # a finished word is not a prefix


def test_a_second_word_just_begun_keeps_the_first_words_hits(index: SearchIndex) -> None:
    before = [hit.anchor for hit in index.search("zanzibar ", "en").hits]
    assert before and [hit.anchor for hit in index.search("zanzibar q", "en").hits] == before
    assert [hit.anchor for hit in index.search("zanzibar qu", "en").hits] == before
    assert not index.search("zanzibar qu", "en").fuzzy


def test_typing_letter_by_letter_never_loses_the_target(index: SearchIndex) -> None:
    word = "interpreter"
    for end in range(3, len(word) + 1):
        anchors = [hit.anchor for hit in index.search(word[:end], "en", limit=5).hits]
        assert "children" in anchors, word[:end]
    for end in range(3, len("trafficking") + 1):  # past the stem "traffick" too
        assert index.search("trafficking"[:end], "en").hits, "trafficking"[:end]


def test_typing_in_russian_and_uzbek(index: SearchIndex) -> None:
    assert index.search("вербо", "ru").hits[0].anchor == "elements"
    assert index.search("жабрлану", "uz").hits[0].anchor == "consent"
    assert index.search("qoʻlla", "uz").hits


def test_prefix_expansion_is_capped(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SEARCH_CONTENT, content)
    words = " ".join(f"quokka{a}{b}" for a in "abcdef" for b in "abcdef")  # 36 words sharing a prefix
    chapter = content / "handbook" / "a-law" / "02-smuggling.en.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + f"\n## Many words {{#many}}\n\n{words}\n", encoding="utf-8")
    search_index = SearchIndex(tmp_path / "index")
    search_index.open_or_build(load_library(content))
    with open_dir(str(tmp_path / "index")).reader() as reader:
        completions = Matcher(reader, "en").completions("quok")
    assert len(completions) == PREFIX_TERMS
    assert search_index.search("quok", "en").hits[0].anchor == "many"
    search_index.close()


# -- misspellings ------------------------------------------------------------------------------------------------
def test_fuzzy_retry_and_did_you_mean(index: SearchIndex) -> None:
    results = index.search("zanzibra ", "en")
    assert results.fuzzy and results.hits[0].anchor == "zanzibar"
    assert results.suggestion == "zanzibar"
    results = index.search("debt bondgae", "en")
    assert results.fuzzy and results.suggestion == "debt bondage"
    assert results.hits[0].anchor == "forced-labour"
    russian = index.search("варбовка", "ru")
    assert russian.fuzzy and russian.hits[0].anchor == "elements"


def test_no_suggestion_for_nonsense_or_a_good_query(index: SearchIndex) -> None:
    nonsense = index.search("qwxzzv", "en")
    assert nonsense.hits == () and nonsense.suggestion is None
    good = index.search("zanzibar", "en")
    assert not good.fuzzy and good.suggestion is None


# -- snippets ----------------------------------------------------------------------------------------------------
def test_snippet_is_escaped_and_marks_matches() -> None:
    text = "<i>x</i> match & y"
    start = text.index("match")
    html = snippet(text, [Token(text="match", startchar=start, endchar=start + 5)])
    assert html == "&lt;i&gt;x&lt;/i&gt; <b>match</b> &amp; y"


def test_snippet_without_matches_shows_the_start() -> None:
    assert snippet("Short text.", []) == "Short text."
    long = "word " * 100
    assert snippet(long, []).endswith(" …") and len(snippet(long, [])) < 210


def test_a_query_in_another_language_says_where_its_hits_are(index: SearchIndex) -> None:
    found = index.search("вербовка", "en")
    assert not found.hits
    assert dict(found.elsewhere).get("ru", 0) >= 1 and "en" not in dict(found.elsewhere)
    assert index.search("вербовка", "ru").elsewhere == ()  # found where asked: nothing to point elsewhere
    assert index.search("qwxzptl", "en").elsewhere == ()
