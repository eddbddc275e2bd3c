"""Per-language text analysis: the same function turns indexed text and typed queries into the same terms.

Each language has two kinds of term. Stemmed terms (tokenize, fold, drop stop words, stem) are indexed and searched;
``index_analyzer`` is the field's Whoosh analyzer for them. Unstemmed terms (``stemmed=False``) stop after folding:
a word still being typed is matched as a prefix of the indexed terms, and stemming a fragment would only guess.

Analysis is one regular-expression pass and one cached lookup per word, instead of Whoosh's chain of token
filters: what a word becomes depends on the word alone, and text repeats the same words (Zipf), so each distinct
word is folded and stemmed once. Measured three times faster than the filter chain on the shipped content, with
the same terms. Stemming uses PyStemmer (C Snowball): twice as fast as Whoosh's pure-Python Snowball for Russian, and its
English stemmer gives "run" where Whoosh's Porter gives "runn".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from functools import lru_cache
from itertools import compress

import Stemmer
from whoosh.analysis import Analyzer, Token
from whoosh.lang.stopwords import stoplists

from tiphandbook.core.search import uzbek

# Words, keeping "e.g." / "3.2" together; Uzbek words also keep an inner apostrophe of any kind (qoʻllanma).
_WORD = re.compile(r"\w+(?:\.?\w+)*")
_UZBEK_WORD = re.compile(rf"\w+(?:[{uzbek.APOSTROPHES}]\w+)*")

_ENGLISH_STOPS = frozenset(stoplists["en"]) | {"s", "t"}  # "s" and "t" are what is left of "victim's", "don't"
_RUSSIAN_STOPS = frozenset(word.replace("ё", "е") for word in stoplists["ru"])
_UZBEK_STOPS = frozenset(
    uzbek.fold(word)
    for word in "va ham hamda bilan uchun yoki yoxud esa bu shu u ular bir deb kabi lekin ammo agar emas yaʼni".split()
)
_CACHED_WORDS = 1 << 18  # distinct words per language and kind of term: the shipped content has about 60,000

WordTerm = Callable[[str], "str | None"]  # a word as written -> its term, or None for a stop word


def _folded(lang: str, word: str) -> str:
    """Case and script folded: how a word is compared, before stemming."""
    if lang == "uz":
        return uzbek.fold(word)
    word = word.lower()
    return word.replace("ё", "е") if lang == "ru" else word


def _stemmed(lang: str, word: str) -> str | None:
    folded = _folded(lang, word)
    if lang == "uz":
        return None if folded in _UZBEK_STOPS else uzbek.stem(folded)
    stops, algorithm = (_RUSSIAN_STOPS, "russian") if lang == "ru" else (_ENGLISH_STOPS, "english")
    return None if folded in stops else _stemmer(algorithm).stemWord(folded)


@lru_cache(maxsize=None)
def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


@lru_cache(maxsize=None)
def _word_term(lang: str, stemmed: bool) -> WordTerm:
    """The cached word -> term function of one language and kind of term."""
    if stemmed:
        return lru_cache(maxsize=_CACHED_WORDS)(lambda word: _stemmed(lang, word))
    return lru_cache(maxsize=_CACHED_WORDS)(lambda word: _folded(lang, word))


class TermAnalyzer(Analyzer):
    """A Whoosh analyzer for one language; holds only its language and kind, so the schema pickles small (and
    Whoosh's ``Analyzer.__eq__``, which compares attributes, tells two apart).

    Indexing does not call it (``schema.SectionPositions`` takes the term list from ``terms``); it is the field's
    analyzer for whatever in Whoosh analyses a field's text. Stop words are always dropped and positions count only
    the words kept, as Whoosh's ``StopFilter`` does; the value is always split into words.
    """

    def __init__(self, lang: str, stemmed: bool) -> None:
        self.lang = lang
        self.stemmed = stemmed

    def __call__(
        self, value: str, positions: bool = False, chars: bool = False, start_pos: int = 0, start_char: int = 0,
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, **kwargs)  # one Token, reused, as Whoosh's tokenizers do
        for pos, (term, start, end) in enumerate(word_spans(self.lang, value, self.stemmed), start_pos):
            token.text, token.pos = term, pos
            token.startchar, token.endchar = start_char + start, start_char + end
            yield token


def word_spans(lang: str, text: str, stemmed: bool = True) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) for each word of ``text`` that is not a stop word: the terms, and where each was."""
    term_of = _word_term(lang, stemmed)
    for match in _words(lang).finditer(text):
        term = term_of(match.group())
        if term is not None:
            yield term, match.start(), match.end()


@lru_cache(maxsize=None)
def index_analyzer(lang: str) -> Analyzer:
    """Tokenize, fold, drop stop words, stem: the terms stored in the index for ``lang``."""
    return TermAnalyzer(lang, stemmed=True)


def terms(lang: str, text: str, stemmed: bool = True) -> list[str]:
    """The analysed terms of ``text``, in order (stop words removed). What indexing calls: without offsets, the
    whole loop runs in C (``findall``, ``map`` over the cache), twice as fast as ``word_spans``."""
    return [term for term in map(_word_term(lang, stemmed), _words(lang).findall(text)) if term is not None]


def find_words(lang: str, text: str, wanted: Collection[str]) -> list[tuple[str, int, int]]:
    """``word_spans`` of only the words whose term is in ``wanted``, for snippets: the words are first turned into
    terms in C (``findall``, ``map``), then only the few matching words are looked for, with one regular
    expression; the Python loop over every word of ``word_spans`` was a fifth of a search."""
    term_of = _word_term(lang, True)
    words = _words(lang).findall(text)
    matched = frozenset(compress(words, map(wanted.__contains__, map(term_of, words))))
    if not matched:
        return []
    return [(term, m.start(), m.end()) for m in _any_word(lang, matched).finditer(text)
            if (term := term_of(m.group())) is not None]  # each matched word has a term: it was wanted


@lru_cache(maxsize=256)
def _any_word(lang: str, words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words``, whole: where the tokenizer would see a word of its own, not inside "e.g." or "qoʻl"."""
    joiner = f"[{uzbek.APOSTROPHES}]" if lang == "uz" else r"\."
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?<!\w{joiner})(?:{alternatives})(?!{joiner}?\w)")


def _words(lang: str) -> re.Pattern[str]:
    return _UZBEK_WORD if lang == "uz" else _WORD
