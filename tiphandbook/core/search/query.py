"""What the reader typed, as a small syntax tree: words ANDed, "quoted phrases", OR, NOT / -word.

The grammar is forgiving on purpose: people type into a search box while the query is still half-formed, so a
lone quote, a dangling OR or a NOT with nothing after it are dropped and the rest is searched as plain words.
Nothing here raises. A repeated word or phrase counts once, and a query is bounded (``MAX_QUERY_CHARS``,
``MAX_CLAUSES``) so that no text, pasted or typed, can make a search slow: what falls beyond is listed in
``ParsedQuery.ignored`` for the search box and the CLI to say so. Operators are recognised in upper case only (in English, Russian and Uzbek), so the ordinary
words "or", "или", "yoki" stay words. OR binds tighter than the implicit AND: ``a b OR c`` is a AND (b OR c).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OR_WORDS = frozenset({"OR", "ИЛИ", "YOKI", "ЁКИ"})
NOT_WORDS = frozenset({"NOT", "НЕ"})
AND_WORDS = frozenset({"AND", "И", "VA", "ВА"})
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
MAX_QUERY_CHARS = 300  # three lines of a search box: more is a pasted paragraph, not a query
MAX_CLAUSES = 12  # words and phrases searched; enough for any question, few enough to stay fast


@dataclass(frozen=True)
class Clause:
    """A word or a quoted phrase. ``prefix`` marks the word still being typed (the last, with no space after)."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    required: tuple[tuple[Clause, ...], ...]  # AND of ORs
    excluded: tuple[Clause, ...]
    ignored: tuple[str, ...] = ()  # words and phrases past the limits, not searched

    def clauses(self) -> list[Clause]:
        return [clause for options in self.required for clause in options]


def _shown(clause: Clause) -> str:
    return f'"{clause.text}"' if clause.phrase else clause.text


def _bounded(required: list[list[Clause]], excluded: list[Clause], beyond: str) -> ParsedQuery:
    """Each repeated word, phrase or OR group once (a repeat changes nothing but the cost); then at most
    MAX_CLAUSES clauses, in the order typed; the rest, and the text past MAX_QUERY_CHARS, listed as ignored."""
    groups: dict[frozenset[tuple[str, bool]], tuple[Clause, ...]] = {}
    for options in required:
        unique = {(c.text.casefold(), c.phrase): c for c in reversed(options)}  # the first of each, kept in order
        groups.setdefault(frozenset(unique), tuple(reversed(unique.values())))
    without = {(c.text.casefold(), c.phrase): c for c in reversed(excluded)}
    kept_groups: list[tuple[Clause, ...]] = []
    kept_excluded: list[Clause] = []
    ignored: list[str] = []
    room = MAX_CLAUSES
    for group in groups.values():
        if len(group) <= room:
            kept_groups.append(group)
            room -= len(group)
        else:
            ignored.extend(_shown(clause) for clause in group)
    for clause in reversed(without.values()):
        if room:
            kept_excluded.append(clause)
            room -= 1
        else:
            ignored.append("-" + _shown(clause))
    ignored.extend(beyond.split())
    return ParsedQuery(tuple(kept_groups), tuple(kept_excluded), tuple(ignored))


def parse_query(text: str) -> ParsedQuery:
    """Parse a search box's text; an empty query has no required clauses."""
    text, beyond = text[:MAX_QUERY_CHARS], text[MAX_QUERY_CHARS:]
    text = text.translate(_QUOTES)
    if text.count('"') % 2:  # a lone quote: search its words as plain words
        text = text.replace('"', " ")
    ends_open = bool(text) and not text[-1].isspace()
    tokens = list(_TOKEN.finditer(text))
    required: list[list[Clause]] = []
    excluded: list[Clause] = []
    negate = join = False
    for index, match in enumerate(tokens):
        minus, quoted, word = match.group(1), match.group(2), match.group(3)
        if word in OR_WORDS:
            join = bool(required)
            continue
        if word in NOT_WORDS:
            negate = True
            continue
        if word in AND_WORDS:
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            minus, word = "-", word[1:]
        if quoted is not None:
            clause = Clause(quoted.strip(), phrase=True)
        else:
            last = index == len(tokens) - 1
            clause = Clause(word.strip("-"), prefix=last and ends_open and not (negate or minus))
        if not clause.text:
            continue
        if negate or minus:
            excluded.append(clause)
        elif join:
            required[-1].append(clause)
        else:
            required.append([clause])
        negate = join = False
    return _bounded(required, excluded, beyond)
