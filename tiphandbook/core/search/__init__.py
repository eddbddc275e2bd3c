"""Full-text search over the handbook, curricula, checklists and quizzes in English, Russian and Uzbek.

Qt-free: the UI runs ``SearchIndex.open_or_build`` in a worker thread and calls ``SearchIndex.search`` as the
reader types. See docs/search.md for the design and the measured figures.
"""

from tiphandbook.core.search.index import ALL_LANGUAGES, BuildReport, IndexCorruptError, SearchIndex
from tiphandbook.core.search.results import SearchFilters, SearchHit, SearchResults
from tiphandbook.core.search.units import KINDS

__all__ = [
    "ALL_LANGUAGES", "KINDS", "BuildReport", "IndexCorruptError", "SearchFilters", "SearchHit", "SearchIndex",
    "SearchResults",
]
