"""What a content kind hands to search: units (one per section) grouped by source file, with a hash.

Defined beside the content model, below search, so that each kind (checklists here, quizzes and screening guides in
their own packages) can cut its own items without importing the search engine; ``core/search/units.py`` collects
them. The hash covers what a document says, never where its file lies (paths relative to the content root), so a
moved app folder re-indexes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Protocol, TypeVar

from tiphandbook.core.content.model import Library, pick


@dataclass(frozen=True)
class Unit:
    """One searchable piece of content in one language."""

    id: str  # document, checklist or quiz id
    anchor: str  # section anchor; "" for the top of the page
    kind: str  # "handbook", "module" or a content kind's name
    group: str  # part id, academy id, or "" for checklists
    lang: str
    audience: tuple[str, ...]
    title: str  # the section's heading (the document's title for the top unit)
    breadcrumb: tuple[str, ...]  # part > document > section (> sub-section)
    text: str  # plain text, markup stripped


@dataclass(frozen=True)
class SourceDocument:
    """One file's worth of units, and the hash that tells whether it must be re-indexed."""

    key: str  # "kind:id:lang"
    digest: str  # of everything the units are cut from
    cut: Callable[[], Iterator[Unit]] = field(repr=False, compare=False)

    def units(self) -> tuple[Unit, ...]:
        return tuple(self.cut())


def source_document(kind: str, item_id: str, lang: str, inputs: object, cut: Callable[[], Iterator[Unit]]) -> SourceDocument:
    """``inputs``: the objects the units are cut from, file paths made relative (``rooted``); their repr is
    hashed (dataclasses: every field)."""
    digest = hashlib.blake2b(repr(inputs).encode("utf-8"), digest_size=16).hexdigest()
    return SourceDocument(f"{kind}:{item_id}:{lang}", digest, cut)


class _FromFile(Protocol):
    @property
    def path(self) -> Path: ...


Item = TypeVar("Item", bound=_FromFile)


def rooted(item: Item, root: Path) -> Item:
    """``item`` (a dataclass with a ``path``) with its file path relative to the content root: the part of it that
    says nothing about content."""
    return replace(item, path=PurePosixPath(item.path.relative_to(root).as_posix()))  # type: ignore[type-var]  # a dataclass


def group_title(library: Library, group: str, lang: str) -> str:
    """ "A. Definitions and legal framework" for a part, the academy's title for an academy."""
    part = next((p for p in library.parts if p.id == group), None)
    if part is not None:
        return part.display_title(lang)
    academy = next((a for a in library.academies if a.id == group), None)
    return pick(academy.titles, lang) if academy else ""
