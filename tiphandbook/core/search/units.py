"""Cut the library into the units that search returns: one per section, so a hit lands where the words are.

Every content kind cuts its own items (``search_sources`` of its ``ContentKind``, ``content/kinds.py``): a chapter
or module one unit for the text before its first heading (anchor ``""``: the top of the page, with the summary)
and one per ``##`` / ``###`` section, a checklist one for its header and one per section, a quiz one unit. Units
are grouped by source document (``doc_key``) with a hash of everything they are cut from, so an update re-indexes
only the documents whose hash changed; the cutting itself (Markdown stripping) is done only for those. The hash
covers what a document says, never where its file lies (paths are taken relative to the content root), so an app
folder that moved, a USB stick under another drive letter or an AppImage mounted afresh at every start does not
re-index anything.
"""

from __future__ import annotations

from tiphandbook.core.content.kinds import content_kinds
from tiphandbook.core.content.model import Library
from tiphandbook.core.content.searchable import SourceDocument, Unit

__all__ = ["KINDS", "SourceDocument", "Unit", "source_documents"]  # Unit, SourceDocument: defined for the kinds

KINDS: tuple[str, ...] = ("handbook", "module", "checklist", "quiz")  # the built-in kinds a search may be limited to


def source_documents(library: Library) -> list[SourceDocument]:
    """Every item of each content kind (documents, checklists, quizzes...) in every language it exists in."""
    return [source for kind in content_kinds() for source in kind.search_sources(library)]
