"""The Whoosh schema: one text field per language, each with that language's analyzer.

Per-language fields (rather than one field and a language filter) let every language keep its own analyzer
and make "all languages" a plain OR across them. A section's field holds its text and its heading, and each
heading word weighs ``TITLE_WEIGHT`` occurrences: a separate, boosted title field was measured to double the
slowest searches (every word then has to be matched in two fields), for no better ranking. The field stores
positions (for phrases) but not character offsets: storing offsets made the first build a third slower, and finding
the matches again in the ten sections shown costs well under a millisecond (``snippets.match_spans``).
Raise ``SCHEMA_VERSION`` whenever the schema, an analyzer or the way units are cut changes: the index is rebuilt.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pickle import dumps
from typing import Any

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Positions
from whoosh.system import pack_uint

from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.core.search.analyzers import TermAnalyzer, index_analyzer, terms
from tiphandbook.core.search.units import Unit

SCHEMA_VERSION = 3  # 3: a glossary page is cut term by term
TITLE_WEIGHT = 3  # BM25 saturates term frequency, so a heading word counting three times weighs about like a boost


class SectionPositions(Positions):
    """Whoosh's ``Positions`` postings (the same bytes, read by Whoosh's own code) of a ``(text, heading)`` pair.

    Made from the analyzer's term list in one pass instead of a Token per word (indexing the text is a third of a
    build, and this halves it); the heading's words follow the text's and weigh ``TITLE_WEIGHT`` each.
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[tuple[str, int, float, bytes]]:
        assert isinstance(analyzer, TermAnalyzer)
        text, heading = (value, "") if isinstance(value, str) else value
        body = terms(analyzer.lang, text, analyzer.stemmed)
        title = terms(analyzer.lang, heading, analyzer.stemmed)
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for position, term in enumerate(body + title):
            positions[term].append(position)
        in_title = Counter(title)
        for term, found in positions.items():
            weight = (len(found) + (TITLE_WEIGHT - 1) * in_title[term]) * self.field_boost
            # Positions.encode without its Python loop: the count, then the pickled gaps between positions
            gaps = [later - earlier for earlier, later in zip([0, *found], found, strict=False)]  # one shorter: pairs of neighbours
            yield term, len(found), weight, pack_uint(len(found)) + dumps(gaps, 2)


def body_field(lang: str) -> str:
    return f"body_{lang}"


def build_schema() -> Schema:
    fields = {
        "doc_key": ID(),  # "kind:id:lang" of the source document: what an update deletes by
        "id": STORED(),
        "anchor": STORED(),
        "kind": ID(stored=True),
        "group": ID(stored=True),
        "lang": STORED(),
        "audience": KEYWORD(stored=True),
        "title": STORED(),
        "breadcrumb": STORED(),
        "text": STORED(),
    }
    for lang in LANGUAGES:
        fields[body_field(lang)] = body = TEXT(analyzer=index_analyzer(lang))
        body.format = SectionPositions(field_boost=body.format.field_boost)
    return Schema(**fields)


def unit_fields(doc_key: str, unit: Unit) -> dict[str, object]:
    """The fields of one index document."""
    return {
        "doc_key": doc_key,
        "id": unit.id,
        "anchor": unit.anchor,
        "kind": unit.kind,
        "group": unit.group,
        "lang": unit.lang,
        "audience": " ".join(unit.audience),
        "title": unit.title,
        "breadcrumb": unit.breadcrumb,
        "text": unit.text,
        body_field(unit.lang): (unit.text, unit.title),
    }
