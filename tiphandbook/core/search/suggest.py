"""The "did you mean" line: the query as typed, with each word the index does not know replaced by the word
that the best fuzzy hit actually contains (as written there, so the reader sees a real word, not a stem).
"""

from __future__ import annotations

from whoosh.reading import IndexReader
from whoosh.support.levenshtein import distance

from tiphandbook.core.search.analyzers import terms
from tiphandbook.core.search.query import ParsedQuery
from tiphandbook.core.search.schema import body_field


MAX_EDITS = 2


def _known(reader: IndexReader, lang: str, term: str) -> bool:
    return (body_field(lang), term) in reader


def did_you_mean(parsed: ParsedQuery, reader: IndexReader, lang: str, found: dict[str, str]) -> str | None:
    """``found`` maps terms matched by the top fuzzy hit to their words; None when nothing could be corrected."""
    found = dict(found)
    words, corrected = [], False
    for clause in parsed.clauses():
        analysed = terms(lang, clause.text)
        if clause.phrase or len(analysed) != 1 or _known(reader, lang, analysed[0]):
            words.append(f'"{clause.text}"' if clause.phrase else clause.text)
            continue
        closest = min(found, key=lambda term: distance(term, analysed[0]), default=None)
        if closest is None or distance(closest, analysed[0]) > MAX_EDITS:
            words.append(clause.text)
            continue
        words.append(found.pop(closest).lower())
        corrected = True
    return " ".join(words) if corrected else None
