"""Full-text search over the handbook, curricula, checklists and quizzes in English, Russian and Uzbek.

Qt-free: the UI runs ``SearchIndex.open_or_build`` in a worker thread and calls ``SearchIndex.search`` as the
reader types. See docs/search.md for the design and the measured figures.

The names below are imported on first use: importing Whoosh takes about 0.1 s, which the app's start-up (and
``tiphandbook --help``) should not pay before anyone searches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and editors see; at run time __getattr__ imports on demand
    from tiphandbook.core.search.index import ALL_LANGUAGES, BuildReport, IndexCorruptError, SearchIndex, index_folder
    from tiphandbook.core.search.results import SearchFilters, SearchHit, SearchResults
    from tiphandbook.core.search.units import KINDS

_EXPORTS = {
    "ALL_LANGUAGES": "index", "BuildReport": "index", "IndexCorruptError": "index", "SearchIndex": "index",
    "index_folder": "index", "SearchFilters": "results", "SearchHit": "results", "SearchResults": "results",
    "KINDS": "units",
}
__all__ = [
    "ALL_LANGUAGES", "KINDS", "BuildReport", "IndexCorruptError", "SearchFilters", "SearchHit", "SearchIndex",
    "SearchResults", "index_folder",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
