"""One search against an open searcher: the query as typed, then a fuzzy retry when nothing matched."""

from __future__ import annotations

from whoosh import query as q
from whoosh.searching import Hit, Searcher

from tiphandbook.core.search.matching import Matcher
from tiphandbook.core.search.query import ParsedQuery
from tiphandbook.core.search.results import SearchFilters, SearchHit, SearchResults
from tiphandbook.core.search.schema import body_field
from tiphandbook.core.search.snippets import match_spans, occurrences, snippet
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


def _hit(hit: Hit, terms: frozenset[str]) -> tuple[SearchHit, dict[str, str]]:
    """The hit as shown, and its matched terms (those among ``terms``) with the words they came from."""
    stored = hit.fields()
    text, title, lang = stored["text"], stored["title"], stored["lang"]
    in_text = match_spans(lang, text, terms)
    found: dict[str, str] = {}  # term -> the first word that produced it
    words: dict[str, str] = {}  # each word once, whatever its case
    for source, spans in ((text, in_text), (title, match_spans(lang, title, terms))):
        for term, word in occurrences(source, spans):
            found.setdefault(term, word)
            words.setdefault(word.casefold(), word)
    shown = SearchHit(
        id=stored["id"], anchor=stored["anchor"], kind=stored["kind"], group=stored.get("group", ""),
        lang=lang, title=title, breadcrumb=tuple(stored["breadcrumb"]), snippet=snippet(text, in_text),
        matched_words=tuple(sorted(words.values(), key=str.casefold)), score=float(hit.score or 0.0),
    )
    return shown, found


def _run(
    searcher: Searcher, parsed: ParsedQuery, langs: tuple[str, ...], filters: q.Query | None, limit: int, fuzzy: bool
) -> tuple[list[tuple[SearchHit, dict[str, str]]], bool]:
    reader = searcher.reader()
    parts = [Matcher(reader, lang, fuzzy).build(parsed) for lang in langs]
    present = [part for part in parts if part is not None]
    if not present:
        return [], False
    whole = present[0] if len(present) == 1 else q.Or(present)
    # One extra row tells whether there are more. Whoosh's block-quality skipping (optimize) cost more than it
    # saved: 2x slower p95 on the shipped content, no gain at 10x.
    results = searcher.search(whole, limit=limit + 1, filter=filters, optimize=False)
    hits = [hit for hit in results][:limit]  # not list(results): its len() would re-run the query to count
    terms: dict[str, set[str]] = {body_field(lang): set() for lang in langs}
    for field, term in whole.iter_all_terms():
        if field in terms:
            terms[field].add(term)
    shown = [_hit(hit, frozenset(terms[body_field(hit["lang"])])) for hit in hits]
    return shown, results.scored_length() > limit


def _count_elsewhere(
    searcher: Searcher, parsed: ParsedQuery, others: tuple[str, ...], filters: q.Query | None
) -> tuple[tuple[str, int], ...]:
    """How many sections match as typed in each other language: a Russian query over English content is
    usually a reader who meant the Russian text, and "No results" alone would hide it from them."""
    counts = []
    for lang in others:
        matcher = Matcher(searcher.reader(), lang, fuzzy=False).build(parsed)
        if matcher is not None:
            number = searcher.search(matcher, limit=None, filter=filters, optimize=False).scored_length()
            if number:
                counts.append((lang, number))
    return tuple(counts)


def run_search(
    searcher: Searcher, text: str, parsed: ParsedQuery, langs: tuple[str, ...], filters: SearchFilters | None,
    limit: int, others: tuple[str, ...] = (),
) -> SearchResults:
    """Search as typed; if nothing matched, say which of the ``others`` languages have hits, or else retry with
    close spellings and say what was probably meant."""
    limit = max(1, limit)
    restrict = _filter(filters)
    hits, more = _run(searcher, parsed, langs, restrict, limit, fuzzy=False)
    if hits:
        return SearchResults(text, tuple(h for h, _ in hits), more, langs=langs)
    elsewhere = _count_elsewhere(searcher, parsed, others, restrict)
    if elsewhere:
        return SearchResults(text, langs=langs, elsewhere=elsewhere)
    hits, more = _run(searcher, parsed, langs, restrict, limit, fuzzy=True)
    if not hits:
        return SearchResults(text, langs=langs)
    best, found = hits[0]
    suggestion = did_you_mean(parsed, searcher.reader(), best.lang, found)
    return SearchResults(text, tuple(h for h, _ in hits), more, fuzzy=True, suggestion=suggestion, langs=langs)
