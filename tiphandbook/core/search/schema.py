"""The Whoosh schema: one title and one body field per language, each with that language's analyzer.

Per-language fields (rather than one field and a language filter) let every language keep its own analyzer
and make "all languages" a plain OR across them. One text field per language holds the section's text and then
its heading, repeated: the repetition is the heading's boost. A separate, boosted title field was measured to
double the slowest searches (every word then has to be matched in two fields), for no better ranking. The field
stores character offsets (``chars=True``): snippets are cut around the stored offsets instead of re-tokenizing,
measured 3-9x faster.
Raise ``SCHEMA_VERSION`` whenever the schema, an analyzer or the way units are cut changes: the index is rebuilt.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.core.search.analyzers import index_analyzer
from tiphandbook.core.search.units import Unit

SCHEMA_VERSION = 1
TITLE_REPEAT = 3  # BM25 saturates term frequency, so three copies of the heading weigh about like a field boost


def body_field(lang: str) -> str:
    return f"body_{lang}"


def build_schema() -> Schema:
    fields = {
        "doc_key": ID(),  # "kind:id:lang" of the source document: what an update deletes by
        "id": ID(stored=True),
        "anchor": STORED(),
        "kind": ID(stored=True),
        "group": ID(stored=True),
        "lang": ID(stored=True),
        "audience": KEYWORD(stored=True),
        "title": STORED(),
        "breadcrumb": STORED(),
        "text": STORED(),
    }
    for lang in LANGUAGES:
        fields[body_field(lang)] = TEXT(analyzer=index_analyzer(lang), chars=True)
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
        body_field(unit.lang): indexed_text(unit.text, unit.title),
    }


def indexed_text(text: str, title: str) -> str:
    """The body field's text: the section, then its heading, so that offsets into ``text`` stay valid."""
    return "\n".join([text, *[title] * TITLE_REPEAT])
