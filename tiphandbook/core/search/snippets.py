"""Snippets and matched words for the hits on screen.

Only shown rows are highlighted. Their text is split into words again with the index's own analysis (one regular
expression pass and a cached lookup per word, well under a millisecond for ten sections): the words whose terms
the query matched both cut the snippet (Whoosh's ``PinpointFragmenter``) and name the words as written, for the
reader to highlight in the page. Storing character offsets in the index instead made every build a third slower.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from html import escape

from whoosh.analysis import Token
from whoosh.highlight import BasicFragmentScorer, Formatter, Fragment, PinpointFragmenter, get_text

from tiphandbook.core.search.analyzers import find_words

SNIPPET_CHARS = 200  # the longest snippet, about two lines of a results list
SNIPPET_FRAGMENTS = 2
SEPARATOR = " … "
_FRAGMENTER = PinpointFragmenter(maxchars=SNIPPET_CHARS // 2 - 60, surround=30)
_SCORER = BasicFragmentScorer()


class BoldFormatter(Formatter):
    """HTML-escaped text with each match in a bare ``<b>``, which QTextBrowser and a stylesheet both handle."""

    between = SEPARATOR

    def _text(self, text: str) -> str:
        return escape(text, quote=False)

    def format_token(self, text: str, token: Token, replace: bool = False) -> str:
        return f"<b>{self._text(get_text(text, token, replace))}</b>"


_FORMATTER = BoldFormatter()


def match_spans(lang: str, text: str, terms: Collection[str]) -> list[Token]:
    """One token (term, start, end) per word of ``text`` whose term is one of ``terms``, in text order."""
    return [Token(text=term, startchar=start, endchar=end) for term, start, end in find_words(lang, text, terms)]


def snippet(text: str, spans: list[Token]) -> str:
    """The best fragments around the matches, or the start of the text when the match was in the title.

    One line: the section's line breaks become spaces; "…" marks text left out before, between and after.
    """
    fragments = _best_fragments(_FRAGMENTER.fragment_matches(text, spans))
    for fragment in fragments:
        _trim(fragment, text)
        # bold every match the fragment shows, not only those it was cut around
        fragment.matches = [t for t in spans if fragment.startchar <= t.startchar and t.endchar <= fragment.endchar]
    if fragments:
        html = _FORMATTER.format(fragments)
        start, end = fragments[0].startchar, fragments[-1].endchar
    else:
        end = text.rfind(" ", 0, SNIPPET_CHARS) if len(text) > SNIPPET_CHARS else len(text)
        html, start = escape(text[: max(end, 0)], quote=False), 0
    before = "… " if start > 0 else ""
    after = " …" if end < len(text.rstrip()) else ""
    return (before + html.strip() + after).replace("\n", " ")


def _trim(fragment: Fragment, text: str) -> None:
    """Start and end the fragment at a space, not mid-word (Whoosh's autotrim also trims at the text's ends)."""
    first, last = fragment.matches[0].startchar, fragment.matches[-1].endchar
    if fragment.startchar > 0 and (space := text.find(" ", fragment.startchar, first)) != -1:
        fragment.startchar = space + 1
    if fragment.endchar < len(text) and (space := text.rfind(" ", last, fragment.endchar)) != -1:
        fragment.endchar = space


def _best_fragments(fragments: Iterable[Fragment]) -> list[Fragment]:
    """The best-scoring fragments that do not overlap (the fragmenter's own often do), in text order."""
    kept: list[Fragment] = []
    for fragment in sorted(fragments, key=_SCORER, reverse=True):
        if all(fragment.endchar <= k.startchar or fragment.startchar >= k.endchar for k in kept):
            kept.append(fragment)
            if len(kept) == SNIPPET_FRAGMENTS:
                break
    return sorted(kept, key=lambda fragment: fragment.startchar)


def occurrences(text: str, spans: list[Token]) -> list[tuple[str, str]]:
    """(term, word as written) for each match: to highlight in the page, or to suggest a spelling."""
    return [(token.text, text[token.startchar : token.endchar]) for token in spans]
