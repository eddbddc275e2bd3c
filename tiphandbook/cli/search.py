"""``tiphandbook search QUERY``: the search engine from the command line, for scripts, CI and checking relevance.

The index is the one the app uses (in the user cache folder), built or updated first when the content changed.
Text output is one hit per block; ``--json`` prints one JSON object per hit and line, for scripts. Content is
text from anyone: control characters (ESC, BEL, bidirectional overrides such as RLO) are removed from whatever is
printed, so a hit cannot move the cursor, retitle the terminal or reverse the text after it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import asdict

from tiphandbook.cli.content_folder import add_content_option, content_folder_or_refusal
from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.core.paths import UserDirs
from tiphandbook.core.search.results import SearchFilters, SearchHit
from tiphandbook.core.search.units import KINDS

_BOLD = re.compile(r"<b>(.*?)</b>")
# C0 and C1 controls but tab and newline, DEL, and the bidirectional embeddings, overrides and isolates
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without the characters a terminal would act on instead of showing."""
    return _CONTROLS.sub("", text)


def add_search_command(commands: argparse._SubParsersAction) -> None:
    search = commands.add_parser("search", help="search the content and print id, anchor, title and snippet of each hit")
    search.add_argument("query", metavar="QUERY", help='words (all must match), "a phrase", OR, NOT or -word')
    search.add_argument("--lang", choices=[*LANGUAGES, "all"], default="en", help="content language to search (default: en)")
    search.add_argument("--kind", choices=KINDS, action="append", help="only this kind of content (repeatable)")
    search.add_argument("--limit", type=int, default=10, metavar="N", help="at most N hits (default: 10)")
    search.add_argument("--json", action="store_true", help="one JSON object per hit and line")
    add_content_option(search, "content folder to search (default: the bundled content)")
    search.set_defaults(func=run_search)


def _plain(snippet: str, bold: bool) -> str:
    """The snippet for a terminal: matches in bold when it is one, the HTML escapes undone."""
    parts = [printable(html.unescape(part)) for part in _BOLD.split(snippet)]  # odd parts were in <b>
    return "".join(f"\033[1m{part}\033[0m" if bold and index % 2 else part for index, part in enumerate(parts))


def _print_hit(hit: SearchHit, as_json: bool, bold: bool) -> None:
    if as_json:
        print(printable(json.dumps(asdict(hit), ensure_ascii=False)))
        return
    target = f"{hit.id}#{hit.anchor}" if hit.anchor else hit.id
    print(printable(f"{target}  {hit.title}\n    {' > '.join(hit.breadcrumb)}") + f"\n    {_plain(hit.snippet, bold)}\n")


def run_search(args: argparse.Namespace) -> int:
    """Search and print the hits; exit status 0 with hits, 1 with none, 2 when there is no content."""
    from tiphandbook.core.content import load_library
    from tiphandbook.core.search.index import SearchIndex, index_folder  # imports Whoosh: only when searching

    root = content_folder_or_refusal(args)
    if root is None:
        return 2
    index = SearchIndex(index_folder(UserDirs.resolve().ensure().cache, root))
    report = index.open_or_build(load_library(root))
    if report.action != "opened":
        print(f"search index {report.action}: {len(report.documents)} document(s) in {report.seconds:.1f} s", file=sys.stderr)
    filters = SearchFilters(kinds=frozenset(args.kind or ()))
    results = index.search(args.query, args.lang, filters=filters, limit=args.limit)
    index.close()
    if results.ignored:
        print(printable(f"query too long: not searched: {' '.join(results.ignored)}"), file=sys.stderr)
    if results.suggestion:
        print(printable(f"no exact match; did you mean: {results.suggestion}"), file=sys.stderr)
    if results.elsewhere:
        where = ", ".join(f"{number} in {lang}" for lang, number in results.elsewhere)
        print(f"no hits in {args.lang}; sections that match in other languages: {where} (--lang all shows them)",
              file=sys.stderr)
    bold = sys.stdout.isatty() and not args.json
    for hit in results.hits:
        _print_hit(hit, args.json, bold)
    return 0 if results.hits else 1
