"""What a search returns: plain, immutable values the UI and the CLI can show without knowing Whoosh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchFilters:
    """Restrict hits to some kinds (handbook, module, checklist, quiz), groups (part or academy ids), audiences.

    An empty set means no restriction.
    """

    kinds: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    audiences: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SearchHit:
    id: str  # document, checklist or quiz id
    anchor: str  # section anchor to scroll to; "" for the top of the page
    kind: str  # handbook | module | checklist | quiz
    group: str  # part or academy id ("" for checklists)
    lang: str
    title: str  # the section's heading (the document's title for its top)
    breadcrumb: tuple[str, ...]  # part > document > section
    snippet: str  # HTML-escaped text; matched words wrapped in <b>...</b>; fragments joined by " … "
    matched_words: tuple[str, ...]  # the words as written in this section, to highlight them in the page
    score: float


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...] = ()
    more: bool = False  # more sections matched than the limit let through
    fuzzy: bool = False  # nothing matched as typed; these hits match close spellings
    suggestion: str | None = None  # "did you mean": the query with misspelt words corrected
    langs: tuple[str, ...] = field(default=())  # the languages searched
    elsewhere: tuple[tuple[str, int], ...] = ()  # nothing matched in ``langs``: (language, sections) where it did


    ignored: tuple[str, ...] = ()  # words past the query's limits, not searched (to be said, not hidden)
