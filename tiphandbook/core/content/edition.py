"""Which edition of the content is loaded, for the About box: the date of the newest change any document records
in its ``history`` and how many documents carry changes of that date. A content pack says it without a version
field of its own, and the date moves whenever an author records a change."""

from __future__ import annotations

from dataclasses import dataclass

from tiphandbook.core.content.model import Library


@dataclass(frozen=True)
class Edition:
    date: str  # YYYY-MM-DD of the newest recorded change
    documents: int  # documents that recorded a change on that date


def content_edition(library: Library) -> Edition | None:
    """None when no document records a history."""
    dates = [date for doc in library.documents.values() for date, _note in doc.history]
    if not dates:
        return None
    newest = max(dates)
    return Edition(newest, sum(any(d == newest for d, _ in doc.history) for doc in library.documents.values()))
