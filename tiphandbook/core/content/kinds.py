"""Content kinds: one registration per kind of content file, so a new kind touches its own package and one line.

The loader, the checker (``tiphandbook check``, which reports the loader's errors), the translation report and the
search indexer iterate ``content_kinds()`` and never name a kind. The loader reads the navigation (book.yaml, parts,
academies) itself, then lets each kind read its files in registration order: documents first, so that every other
kind's references can be checked against them.

Built-in kinds live in their feature packages (documents: ``content/documents.py``; checklists:
``content/checklists.py``; quizzes: ``quiz/content_kind.py``; screening guides: ``screening/content_kind.py``) and
are listed by ``core/content_kinds.py``, which stands above the features (the content layer may not import them);
``tiphandbook/core/__init__.py`` hands that list to this table, to be imported on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tiphandbook.core.content.model import SOURCE_LANGUAGE, ContentError, Library
from tiphandbook.core.content.searchable import SourceDocument

if TYPE_CHECKING:
    from tiphandbook.core.content.loader import ContentFiles


def _nothing_to_check(library: Library, errors: list[ContentError]) -> None:
    """A kind whose files need no check across files."""


def _nothing_to_search(library: Library) -> Iterable[SourceDocument]:
    return ()


@dataclass(frozen=True)
class ContentKind:
    """What the app needs to know about one kind of content file.

    ``load`` reads the kind's files (with ``ContentFiles``: names, translations, unique ids, errors as
    ``path:line``) into ``library``; ``validate`` checks what spans files once everything is loaded (references,
    translations against English); ``search_sources`` cuts the kind into search units; ``table`` is where the
    library holds the kind's items by ``(id, lang)`` (``item`` looks them up; the translation report lists them).
    An item has an ``id``, a ``lang``, the ``path`` of its file and the ``source_hash`` a translation records.
    """

    name: str
    load: Callable[[ContentFiles, Library], None]
    table: Callable[[Library], dict[tuple[str, str], Any]]
    validate: Callable[[Library, list[ContentError]], None] = _nothing_to_check
    search_sources: Callable[[Library], Iterable[SourceDocument]] = _nothing_to_search
    folder: str | None = None  # the folder under handbook/ the kind owns: not a part, so not listed in book.yaml
    beside_documents: re.Pattern[str] | None = None  # its file names in part or academy folders, beside documents
    item_kind: Callable[[Any], str] | None = None  # an item's kind in reports, when not the kind's name (chapter)

    def kind_of(self, entry: Any) -> str:
        return self.item_kind(entry) if self.item_kind is not None else self.name


_builtin_provider: Callable[[], tuple[ContentKind, ...]] | None = None
_builtin: tuple[ContentKind, ...] | None = None
_REGISTERED: list[ContentKind] = []  # kinds added at run time (the test suite's glossary), after the built-in ones


def provide_builtin_kinds(provider: Callable[[], tuple[ContentKind, ...]]) -> None:
    """Called once by ``tiphandbook/core/__init__.py``: the built-in kinds are imported on first use, so that a
    command that reads no content (``tiphandbook --help``, ``data check``) does not load every kind's reader."""
    global _builtin_provider, _builtin
    _builtin_provider, _builtin = provider, None


def content_kinds() -> tuple[ContentKind, ...]:
    """The kinds, in the order they load (a kind may check ids against the kinds before it)."""
    global _builtin
    if _builtin is None:
        _builtin = _builtin_provider() if _builtin_provider is not None else ()
    return _builtin + tuple(_REGISTERED)


def register(kind: ContentKind) -> None:
    """Add a kind after the built-in ones; its name must be new (a second registration would load files twice)."""
    if any(known.name == kind.name for known in content_kinds()):
        raise ValueError(f"content kind '{kind.name}' is already registered")
    _REGISTERED.append(kind)


def unregister(name: str) -> None:
    """Remove a kind added with ``register`` (the built-in ones stay)."""
    _REGISTERED[:] = [kind for kind in _REGISTERED if kind.name != name]


def content_kind(name: str) -> ContentKind | None:
    return next((kind for kind in content_kinds() if kind.name == name), None)


def item(library: Library, kind_name: str, item_id: str, lang: str) -> Any | None:
    """The item of a kind in ``lang``, or in English when it is not translated; None for an unknown kind or id."""
    kind = content_kind(kind_name)
    if kind is None:
        return None
    table = kind.table(library)
    return table.get((item_id, lang)) or table.get((item_id, SOURCE_LANGUAGE))


def shelf(library: Library, kind_name: str) -> dict[tuple[str, str], Any]:
    """The table a kind without a typed field on ``Library`` keeps its items in (created on first use)."""
    return library.shelves.setdefault(kind_name, {})
