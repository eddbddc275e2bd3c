"""One search against an open searcher: the query as typed, then a fuzzy retry when nothing matched."""

from __future__ import annotations

from whoosh import query as q
from whoosh.searching import Hit, Searcher

from tiphandbook.core.search.matching import Matcher
from tiphandbook.core.search.query import ParsedQuery
from tiphandbook.core.search.results import SearchFilters, SearchHit, SearchResults
from tiphandbook.core.search.schema import body_field, title_field
from tiphandbook.core.search.snippets import occurrences, snippet, term_spans
from tiphandbook.core.search.suggest import did_you_mean


def _any_of(field: str, values: frozenset[str]) -> q.Query | None:
    terms = [q.Term(field, value) for value in sorted(values)]
    return q.Or(terms) if terms else None


def _filter(filters: SearchFilters | None) -> q.Query | None:
    if filters is None:
        return None
    parts = [_any_of("kind", filters.kinds), _any_of("group", filters.groups), _any_of("audience", filters.audiences)]
    present = [part for part in parts if part is not None]
    return q.And(present) if present else None


def _hit(searcher: Searcher, hit: Hit) -> tuple[SearchHit, dict[str, str]]:
    """The hit as shown, and its matched terms with the words they came from."""
    stored = hit.fields()
    lang, text, title = stored["lang"], stored["text"], stored["title"]
    matched = hit.matched_terms()
    body, heading = body_field(lang), title_field(lang)
    body_spans = term_spans(searcher, hit.docnum, body, [t for f, t in matched if f == body])
    title_spans = term_spans(searcher, hit.docnum, heading, [t for f, t in matched if f == heading])
    found: dict[str, str] = {}  # term -> the first word that produced it
    words: dict[str, str] = {}  # each word once, whatever its case
    for term, word in occurrences(title, title_spans) + occurrences(text, body_spans):
        found.setdefault(term, word)
        words.setdefault(word.casefold(), word)
    shown = SearchHit(
        id=stored["id"], anchor=stored["anchor"], kind=stored["kind"], group=stored.get("group", ""), lang=lang,
        title=title, breadcrumb=tuple(stored["breadcrumb"]), snippet=snippet(text, body_spans),
        matched_words=tuple(sorted(words.values(), key=str.casefold)), score=float(hit.score or 0.0),
    )
    return shown, found


def _run(
    searcher: Searcher, parsed: ParsedQuery, langs: tuple[str, ...], filters: q.Query | None, limit: int, fuzzy: bool
) -> tuple[list[tuple[SearchHit, dict[str, str]]], int]:
    reader = searcher.reader()
    parts = [Matcher(reader, lang, fuzzy).build(parsed) for lang in langs]
    present = [part for part in parts if part is not None]
    if not present:
        return [], 0
    whole = present[0] if len(present) == 1 else q.Or(present)
    results = searcher.search(whole, limit=limit, filter=filters, terms=True)
    return [_hit(searcher, hit) for hit in results], len(results)


def run_search(
    searcher: Searcher, text: str, parsed: ParsedQuery, langs: tuple[str, ...], filters: SearchFilters | None,
    limit: int,
) -> SearchResults:
    """Search as typed; if nothing matched, retry with close spellings and say what was probably meant."""
    limit = max(1, limit)
    restrict = _filter(filters)
    hits, total = _run(searcher, parsed, langs, restrict, limit, fuzzy=False)
    if hits:
        return SearchResults(text, tuple(h for h, _ in hits), total, langs=langs)
    hits, total = _run(searcher, parsed, langs, restrict, limit, fuzzy=True)
    if not hits:
        return SearchResults(text, langs=langs)
    best, found = hits[0]
    suggestion = did_you_mean(parsed, searcher.reader(), best.lang, found)
    return SearchResults(text, tuple(h for h, _ in hits), total, fuzzy=True, suggestion=suggestion, langs=langs)
