"""The built-in content kinds, in load order: each lives in its feature package (``content/kinds.py``).

Imported on the first use of the content-kind table (``tiphandbook/core/__init__.py`` says where to find it). A new
kind is one line here (or one ``register`` call, as the test suite does).
"""

from __future__ import annotations

from tiphandbook.core.content.checklists import CHECKLISTS
from tiphandbook.core.content.documents import DOCUMENTS
from tiphandbook.core.content.kinds import ContentKind
from tiphandbook.core.quiz.content_kind import QUIZZES
from tiphandbook.core.screening.content_kind import SCREENING_GUIDES

# Documents first: the others' references point into them; screening guides last: they check ids against all.
BUILTIN_KINDS: tuple[ContentKind, ...] = (DOCUMENTS, CHECKLISTS, QUIZZES, SCREENING_GUIDES)
