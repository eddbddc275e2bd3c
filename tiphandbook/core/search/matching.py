"""Turn a parsed query into a Whoosh query on one language's text field.

Every clause is analysed with the language's own analyzer, so "торговлей" meets "торговля" and "қўлланма" meets
"qoʻllanma". The word still being typed also matches as a prefix once it has three letters, expanded to the
``PREFIX_TERMS`` most frequent indexed terms only: a short prefix can expand to thousands of terms, and the most
frequent are the likeliest completions. In fuzzy mode (the retry after no hits) each word also matches indexed
terms within one or two edits.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from weakref import WeakKeyDictionary

from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh import query as q
from whoosh.query.compound import PreloadedOr
from whoosh.reading import IndexReader

from tiphandbook.core.search.analyzers import terms
from tiphandbook.core.search.query import Clause, ParsedQuery
from tiphandbook.core.search.schema import body_field

PREFIX_MIN = 3  # a 1-2 letter prefix matches too much to be useful and costs the most
PREFIX_TERMS = 16
FUZZY_MIN = 4  # shorter words have too many neighbours one edit away
FUZZY_TERMS = 8


def _union(terms: list[q.Query]) -> q.Query:
    """OR of many terms (a prefix's completions, close spellings): Whoosh's pre-loaded union reads each posting
    list once into an array, instead of a binary tree of matchers stepping doc by doc; measured 1.7x faster at
    p95 and 4x on the worst 3-letter prefixes of the 10x corpus."""
    return terms[0] if len(terms) == 1 else PreloadedOr(terms) if len(terms) > 2 else q.Or(terms)


def _still_short(options: tuple[Clause, ...]) -> bool:
    """A lone word being typed, not yet long enough to match as a prefix."""
    return len(options) == 1 and options[0].prefix and len(options[0].text) < PREFIX_MIN


@dataclass(frozen=True)
class Matcher:
    """Builds queries against one reader; ``fuzzy`` widens every plain word to its close spellings."""

    reader: IndexReader
    lang: str
    fuzzy: bool = False

    @property
    def body(self) -> str:
        return body_field(self.lang)

    def build(self, parsed: ParsedQuery) -> q.Query | None:
        """The query, or None when nothing searchable is left (only stop words, only exclusions).

        A word being typed that is still too short to be a prefix ("victim tr") does not restrict the words
        before it: it only ranks first the sections that have it as a word. Otherwise every keystroke between a
        space and the third letter would find nothing, and pay for a fuzzy retry.
        """
        groups = list(parsed.required)
        optional = self._any(groups.pop()) if len(groups) > 1 and _still_short(groups[-1]) else None
        required = [self._any(options) for options in groups]
        positive = [part for part in required if part is not None]
        if not positive:
            return None
        query: q.Query = positive[0] if len(positive) == 1 else q.And(positive)
        if optional is not None:
            query = q.AndMaybe(query, optional)
        excluded = [part for part in map(self._clause, parsed.excluded) if part is not None]
        return q.AndNot(query, q.Or(excluded)) if excluded else query

    def _any(self, options: tuple[Clause, ...]) -> q.Query | None:
        parts = [part for part in map(self._clause, options) if part is not None]
        return q.Or(parts) if len(parts) > 1 else (parts[0] if parts else None)

    def _clause(self, clause: Clause) -> q.Query | None:
        words = terms(self.lang, clause.text)
        if len(words) > 1:  # a quoted phrase, or a word the tokenizer splits ("e-mail", "2008-yil")
            return q.Phrase(self.body, words)
        alternatives = set(words)
        if clause.prefix:
            alternatives |= self.completions(clause.text)
        if self.fuzzy and words:
            alternatives |= self.neighbours(words[0])
        if not alternatives:
            return None
        return _union([q.Term(self.body, text) for text in sorted(alternatives)])

    def completions(self, typed: str) -> set[str]:
        """Indexed terms the half-typed word may become, plus the stem it may already have passed."""
        folded = terms(self.lang, typed, stemmed=False)
        if len(folded) != 1 or len(folded[0]) < PREFIX_MIN:
            return set()
        prefix, body = folded[0], self.body
        frequent = heapq.nlargest(
            PREFIX_TERMS, self.reader.iter_prefix(body, prefix), key=lambda item: item[1].doc_frequency()
        )
        found = {text.decode("utf-8") for text, _ in frequent}
        # "trafficki" is past the stem "traffick": the longest indexed term that the typed word starts with
        for end in range(len(prefix) - 1, max(PREFIX_MIN, len(prefix) - 4) - 1, -1):
            if (body, prefix[:end]) in self.reader:
                found.add(prefix[:end])
                break
        return found

    def neighbours(self, term: str) -> set[str]:
        """The most frequent indexed terms with the same first letter (misspellings rarely touch it) one edit from
        ``term`` (a swap of two neighbouring letters counts one); two edits only for words of six letters or more,
        and only when one edit finds nothing."""
        if len(term) < FUZZY_MIN:
            return set()
        candidates = _same_initial(self.reader, self.body, term[0])
        within = _within(term, candidates, 1)
        if not within and len(term) >= 6:
            within = _within(term, candidates, 2)
        return set(heapq.nlargest(FUZZY_TERMS, within, key=lambda text: self.reader.doc_frequency(self.body, text)))


# Indexed terms by field and first letter, per reader (a new reader after each commit): listing them takes
# milliseconds, comparing a word with all of them in rapidfuzz's C++ a few microseconds. Whoosh's own
# terms_within computed every distance in Python: two thirds of a fuzzy retry.
_TERMS_BY_INITIAL: WeakKeyDictionary[IndexReader, dict[tuple[str, str], list[str]]] = WeakKeyDictionary()


def _same_initial(reader: IndexReader, field: str, initial: str) -> list[str]:
    cached = _TERMS_BY_INITIAL.setdefault(reader, {})
    key = (field, initial)
    if key not in cached:
        cached[key] = [text.decode("utf-8") for text in reader.expand_prefix(field, initial)]
    return cached[key]


def _within(term: str, candidates: list[str], edits: int) -> set[str]:
    found = process.extract(term, candidates, scorer=OSA.distance, score_cutoff=edits, limit=None)
    return {text for text, _, _ in found}
