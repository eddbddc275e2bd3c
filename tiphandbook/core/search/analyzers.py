"""Per-language text analysis: the same chain turns indexed text and typed queries into the same terms.

Each language has two chains. ``index_analyzer`` (tokenize, fold, drop stop words, stem) makes the terms that are
indexed and searched. ``prefix_analyzer`` stops after folding: a word still being typed is matched as a prefix of
the indexed terms, and stemming a fragment would only guess. Stemming uses PyStemmer (C Snowball): twice as fast as
Whoosh's pure-Python Snowball for Russian, and its English stemmer gives "run" where Whoosh's Porter gives "runn".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import Stemmer
from whoosh.analysis import Analyzer, Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token
from whoosh.lang.stopwords import stoplists

from tiphandbook.core.search import uzbek

# Words, keeping "e.g." / "3.2" together; Uzbek words also keep an inner apostrophe of any kind (qoʻllanma).
_WORD = r"\w+(\.?\w+)*"
_UZBEK_WORD = rf"\w+(?:[{uzbek.APOSTROPHES}]\w+)*"

_ENGLISH_STOPS = frozenset(stoplists["en"]) | {"s", "t"}  # "s" and "t" are what is left of "victim's", "don't"
_RUSSIAN_STOPS = frozenset(word.replace("ё", "е") for word in stoplists["ru"])
_UZBEK_STOPS = frozenset(
    uzbek.fold(word)
    for word in "va ham hamda bilan uchun yoki yoxud esa bu shu u ular bir deb kabi lekin ammo agar emas yaʼni".split()
)


@lru_cache(maxsize=None)
def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


class SnowballFilter(Filter):
    """Stems with PyStemmer; keeps only the algorithm name, so analyzers stay picklable for Whoosh."""

    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        stem = _stemmer(self.algorithm).stemWord
        for token in tokens:
            if not token.stopped:
                token.text = stem(token.text)
            yield token


class YoFilter(Filter):
    """Russian ё is usually printed as е: fold it so both spellings meet."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = token.text.replace("ё", "е")
            yield token


@lru_cache(maxsize=1 << 16)
def _uzbek_term(word: str, stem: bool) -> str:
    """Cached: folding is character by character in Python, and a text repeats the same words (Zipf)."""
    return uzbek.stem(uzbek.fold(word)) if stem else uzbek.fold(word)


class UzbekFilter(Filter):
    """Folds Latin and Cyrillic Uzbek to one key (see ``uzbek.fold``), and optionally strips noun endings."""

    def __init__(self, stem: bool) -> None:
        self.stem = stem

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = _uzbek_term(token.text, self.stem and not token.stopped)
            yield token


def _build(lang: str, stemmed: bool) -> Analyzer:
    if lang == "uz":
        chain = RegexTokenizer(_UZBEK_WORD) | UzbekFilter(stem=False)
        return chain | StopFilter(_UZBEK_STOPS, minsize=1) | UzbekFilter(stem=True) if stemmed else chain
    chain = RegexTokenizer(_WORD) | LowercaseFilter()
    if lang == "ru":
        chain = chain | YoFilter()
    if not stemmed:
        return chain
    stops, algorithm = (_RUSSIAN_STOPS, "russian") if lang == "ru" else (_ENGLISH_STOPS, "english")
    return chain | StopFilter(stops, minsize=1) | SnowballFilter(algorithm)


@lru_cache(maxsize=None)
def index_analyzer(lang: str) -> Analyzer:
    """Tokenize, fold, drop stop words, stem: the terms stored in the index for ``lang``."""
    return _build(lang, stemmed=True)


@lru_cache(maxsize=None)
def prefix_analyzer(lang: str) -> Analyzer:
    """Tokenize and fold only: the form of a half-typed word, to match as a prefix of indexed terms."""
    return _build(lang, stemmed=False)


def terms(lang: str, text: str, stemmed: bool = True) -> list[str]:
    """The analysed terms of ``text``, in order (stop words removed)."""
    analyzer = index_analyzer(lang) if stemmed else prefix_analyzer(lang)
    return [token.text for token in analyzer(text, mode="query")]
