"""The screening-guide content kind: ``handbook/screening/`` (guides and the person's words), read and checked.

Guides are not cut for search (as before the registry): an interview is run, not looked up.
"""

from __future__ import annotations

from tiphandbook.core.content.kinds import ContentKind
from tiphandbook.core.content.loader import ContentFiles
from tiphandbook.core.content.model import Library
from tiphandbook.core.screening.load import SCREENING_FOLDER, load_screening


def _load(files: ContentFiles, library: Library) -> None:
    load_screening(files.handbook, library, files.errors)


SCREENING_GUIDES = ContentKind("screening", _load, lambda library: library.screening.guides, folder=SCREENING_FOLDER)
