"""Turn a parsed query into a Whoosh query for one language's title and body fields.

Every clause is analysed with the language's own analyzer, so "торговлей" meets "торговля" and "қўлланма" meets
"qoʻllanma". The word still being typed also matches as a prefix once it has three letters, expanded to the
``PREFIX_TERMS`` most frequent indexed terms only: a short prefix can expand to thousands of terms, and the most
frequent are the likeliest completions. In fuzzy mode (the retry after no hits) each word also matches indexed
terms within one or two edits.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from whoosh import query as q
from whoosh.reading import IndexReader

from tiphandbook.core.search.analyzers import terms
from tiphandbook.core.search.query import Clause, ParsedQuery
from tiphandbook.core.search.schema import body_field, title_field

PREFIX_MIN = 3  # a 1-2 letter prefix matches too much to be useful and costs the most
PREFIX_TERMS = 16
FUZZY_MIN = 4  # shorter words have too many neighbours one edit away
FUZZY_TERMS = 8


@dataclass(frozen=True)
class Matcher:
    """Builds queries against one reader; ``fuzzy`` widens every plain word to its close spellings."""

    reader: IndexReader
    lang: str
    fuzzy: bool = False

    @property
    def fields(self) -> tuple[str, str]:
        return title_field(self.lang), body_field(self.lang)

    def build(self, parsed: ParsedQuery) -> q.Query | None:
        """The query, or None when nothing searchable is left (only stop words, only exclusions)."""
        required = [self._any(options) for options in parsed.required]
        positive = [part for part in required if part is not None]
        if not positive:
            return None
        query: q.Query = positive[0] if len(positive) == 1 else q.And(positive)
        excluded = [part for part in map(self._clause, parsed.excluded) if part is not None]
        return q.AndNot(query, q.Or(excluded)) if excluded else query

    def _any(self, options: tuple[Clause, ...]) -> q.Query | None:
        parts = [part for part in map(self._clause, options) if part is not None]
        return q.Or(parts) if len(parts) > 1 else (parts[0] if parts else None)

    def _clause(self, clause: Clause) -> q.Query | None:
        words = terms(self.lang, clause.text)
        if len(words) > 1:  # a quoted phrase, or a word the tokenizer splits ("e-mail", "2008-yil")
            return q.Or([q.Phrase(field, words) for field in self.fields])
        alternatives = set(words)
        if clause.prefix:
            alternatives |= self.completions(clause.text)
        if self.fuzzy and words:
            alternatives |= self.neighbours(words[0])
        if not alternatives:
            return None
        return q.Or([q.Term(field, text) for field in self.fields for text in sorted(alternatives)])

    def completions(self, typed: str) -> set[str]:
        """Indexed terms the half-typed word may become, plus the stem it may already have passed."""
        folded = terms(self.lang, typed, stemmed=False)
        if len(folded) != 1 or len(folded[0]) < PREFIX_MIN:
            return set()
        prefix = folded[0]
        body = body_field(self.lang)
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
        """The most frequent indexed terms within one edit (two from six letters: a swap of two letters counts
        two) of ``term``."""
        if len(term) < FUZZY_MIN:
            return set()
        body = body_field(self.lang)
        within = set(self.reader.terms_within(body, term, 1 if len(term) < 6 else 2, prefix=1))
        return set(heapq.nlargest(FUZZY_TERMS, within, key=lambda text: self.reader.doc_frequency(body, text)))
