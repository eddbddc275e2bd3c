"""Snippets and matched words for the hits on screen, from the character offsets stored in the index.

Only shown rows are highlighted (highlighting costs several times the search itself), and nothing is
re-tokenized: the postings of each matched term give its offsets in the section text, which both cut the snippet
(Whoosh's ``PinpointFragmenter``) and name the words as written, for the reader to highlight in the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from whoosh.analysis import Token
from whoosh.highlight import BasicFragmentScorer, Formatter, PinpointFragmenter, get_text, top_fragments
from whoosh.searching import Searcher

SNIPPET_CHARS = 180
SNIPPET_FRAGMENTS = 2
SEPARATOR = " … "
_FRAGMENTER = PinpointFragmenter(maxchars=SNIPPET_CHARS, surround=60, autotrim=True)
_SCORER = BasicFragmentScorer()


class BoldFormatter(Formatter):
    """HTML-escaped text with each match in a bare ``<b>``, which QTextBrowser and a stylesheet both handle."""

    between = SEPARATOR

    def _text(self, text: str) -> str:
        return escape(text, quote=False)

    def format_token(self, text: str, token: Token, replace: bool = False) -> str:
        return f"<b>{self._text(get_text(text, token, replace))}</b>"


_FORMATTER = BoldFormatter()


def term_spans(searcher: Searcher, docnum: int, field: str, terms: Iterable[bytes]) -> list[Token]:
    """One token (start, end, term) per occurrence of the matched ``terms`` of ``field`` in one document."""
    spans = []
    for term in terms:
        postings = searcher.postings(field, term)
        postings.skip_to(docnum)
        if postings.is_active() and postings.id() == docnum:
            text = term.decode("utf-8")
            spans += [Token(text=text, startchar=s, endchar=e) for _, s, e in postings.value_as("characters")]
    spans.sort(key=lambda token: token.startchar)
    return spans


def snippet(text: str, spans: list[Token]) -> str:
    """The best fragments around the matches, or the start of the text when the match was in the title.

    One line: the section's line breaks become spaces; "…" marks text left out before, between and after.
    """
    fragments = top_fragments(_FRAGMENTER.fragment_matches(text, spans), SNIPPET_FRAGMENTS, _SCORER, _order)
    if fragments:
        html = _FORMATTER.format(fragments)
        start, end = fragments[0].startchar, fragments[-1].endchar
    else:
        end = text.rfind(" ", 0, SNIPPET_CHARS) if len(text) > SNIPPET_CHARS else len(text)
        html, start = escape(text[: max(end, 0)], quote=False), 0
    before = "… " if start > 0 else ""
    after = " …" if end < len(text.rstrip()) else ""
    return (before + html.strip() + after).replace("\n", " ")


def _order(fragment: object) -> int:
    return fragment.startchar  # type: ignore[attr-defined]


def occurrences(text: str, spans: list[Token]) -> list[tuple[str, str]]:
    """(term, word as written) for each match: to highlight in the page, or to suggest a spelling."""
    return [(token.text, text[token.startchar : token.endchar]) for token in spans]
