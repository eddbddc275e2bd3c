"""Walk the content folders and build the Library: navigation first, then each content kind, then cross-checks.

Problems never raise: they are collected as ContentError and the item concerned is skipped, so one broken file
cannot take the rest of the handbook down with it; even an error nobody foresaw while reading a file becomes a
ContentError for that file. Every path read must resolve inside the content root: a ``../`` folder name or a
symlink that leads out is an error, never a way to read files the content (or a verified pack) does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.kinds import ContentKind, content_kinds
from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, Academy, ContentError, Library, Part
from tiphandbook.core.content.parse import load_yaml_mapping

_FOLDER_NAME = re.compile(r"^(?!\.\.?$)[^/\\]+$")  # one folder name: no separator, not . or ..

class _Identified(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_Identified)  # a document, a checklist, a quiz: any content kind's item
R = TypeVar("R")


class ContentFiles:
    """What every content kind reads its files with: the folders, file names grouped by language, translations
    checked against English, ids unique across all content, and every problem collected as ``path:line``."""

    def __init__(self, root: Path, kinds: tuple[ContentKind, ...] = ()) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.handbook, self.curricula = root / "handbook", root / "curricula"
        self.part_folders: list[Path] = []  # the folder of each of ``library.parts``, in the same order
        self.academy_folders: list[Path] = []  # the folder of each of ``library.academies``, in the same order
        self.beside_documents = [kind.beside_documents for kind in kinds if kind.beside_documents is not None]
        self.errors: list[ContentError] = []
        self.owners: dict[str, Path] = {}  # every content id -> the English file that defines it

    def inside(self, path: Path) -> bool:
        """Whether ``path``, with every symlink and ``..`` followed, stays inside the content root."""
        return path.resolve().is_relative_to(self.real_root)

    def guarded(self, path: Path, read: Callable[[], R]) -> R | None:
        """``read()``, or None with an error on ``path`` if it raises anything at all."""
        try:
            return read()
        except Exception as exc:  # noqa: BLE001 - hostile content finds failures nobody listed; report, go on
            self.errors.append(ContentError(path, 0, f"cannot be read: {type(exc).__name__}: {str(exc)[:200]}"))
            return None

    def claim_id(self, item_id: str, path: Path) -> bool:
        """Ids are unique across all content: report a second file using one and skip it."""
        first = self.owners.setdefault(item_id, path)
        if first != path:
            self.errors.append(ContentError(path, 1, f"duplicate id '{item_id}': already used by {first.relative_to(self.root)}"))
            return False
        return True

    def navigation(self, path: Path, list_key: str) -> tuple[FieldReader | None, list[str]]:
        if not path.exists():
            self.errors.append(ContentError(path, 0, "missing file"))
            return None, []
        if not self.inside(path):
            self.errors.append(ContentError(path, 0, "leads outside the content folder"))
            return None, []
        data = self.guarded(path, lambda: load_yaml_mapping(path, self.errors))
        if data is None:
            return None, []
        reader = FieldReader(data, path, self.errors)
        return reader, list(self.guarded(path, lambda: reader.texts(list_key, required=True)) or ())

    def files_by_stem(
        self, folder: Path, pattern: re.Pattern[str], skip: list[re.Pattern[str]] | None = None, report: bool = True
    ) -> dict[str, dict[str, Path]]:
        """Group ``stem.LANG.ext`` files by stem; report files whose names the format does not allow."""
        grouped: dict[str, dict[str, Path]] = {}
        for path in sorted(folder.iterdir()):
            if path.is_dir() or path.name in ("part.yaml", "academy.yaml"):
                continue
            if skip and any(other.match(path.name) for other in skip):
                continue
            if not self.inside(path):
                self.errors.append(ContentError(path, 0, "leads outside the content folder: not read"))
                continue
            match = pattern.match(path.name)
            if match is None:
                if report and path.suffix in (".md", ".yaml"):
                    self.errors.append(ContentError(path, 0, f"file name must be NAME.LANG{path.suffix} with LANG one of {', '.join(LANGUAGES)}"))
                continue
            grouped.setdefault(match["stem"], {})[match["lang"]] = path
        return grouped

    def load_translations(self, files: dict[str, Path], parse: Callable[[Path, str, bool], T | None]) -> dict[str, T]:
        """Parse the English file, then each translation, which must carry the same id."""
        english_path = files.get(SOURCE_LANGUAGE)
        if english_path is None:
            for path in files.values():
                self.errors.append(ContentError(path, 1, "translation without an English file beside it (NAME.en.*)"))
            return {}
        english = self.guarded(english_path, lambda: parse(english_path, SOURCE_LANGUAGE, True))
        if english is None or not self.claim_id(english.id, english_path):
            return {}
        loaded: dict[str, T] = {SOURCE_LANGUAGE: english}
        for lang, path in files.items():
            if lang == SOURCE_LANGUAGE:
                continue
            item = self.guarded(path, lambda: parse(path, lang, False))  # noqa: B023 - called at once
            if item is None:
                continue
            if item.id != english.id:
                self.errors.append(ContentError(path, 2, f"id '{item.id}' differs from the English file's '{english.id}'"))
                continue
            loaded[lang] = item
        return loaded

    def group_file(self, index: FieldReader | None, key: str, parent: Path, name: str, file_name: str) -> FieldReader | None:
        """Read a folder's part.yaml / academy.yaml, reporting a listed folder that does not exist or leads out."""
        folder, path = parent / name, parent / name / file_name
        if _FOLDER_NAME.match(name) is None or not self.inside(folder):
            if index is not None:
                index.error(key, f"folder '{name[:80]}' must be the name of a folder beside this file, inside the content folder")
            return None
        if not folder.is_dir():
            if index is not None:
                index.error(key, f"folder '{folder.name}' does not exist")
            return None
        if not path.exists():
            self.errors.append(ContentError(path, 0, "missing file"))
            return None
        if not self.inside(path):
            self.errors.append(ContentError(path, 0, "leads outside the content folder"))
            return None
        data = self.guarded(path, lambda: load_yaml_mapping(path, self.errors))
        return FieldReader(data, path, self.errors) if data is not None else None


def load_navigation(root: Path) -> Library:
    """Only the book, part and academy titles (a few small files): enough for the home page at start-up."""
    return load_library(root, documents=False)


def load_library(root: Path, documents: bool = True) -> Library:
    """Load every content file under ``root`` (which holds ``handbook/`` and ``curricula/``): the navigation
    (book, parts, academies), then each registered content kind (``content/kinds.py``: documents first), then each
    kind's checks across files."""
    kinds = content_kinds()
    loader = ContentFiles(root, kinds)
    handbook, curricula = loader.handbook, loader.curricula
    book, part_folders = loader.navigation(handbook / "book.yaml", "parts")
    library = Library(
        root=root,
        book_titles=book.titles("title") if book else {"en": "Handbook"},
        book_short_titles=book.titles("short_title") if book else {"en": "Handbook"},
        parts=(),
        academies=(),
    )
    parts = []
    for folder_name in part_folders:
        fields = loader.group_file(book, "parts", handbook, folder_name, "part.yaml")
        if fields is None:
            continue
        part_id, label, titles = fields.ident("id"), fields.text("label", required=False), fields.titles("title")
        parts.append(Part(part_id, label, titles, ()))  # its chapters: read by the document kind
        loader.part_folders.append(handbook / folder_name)
    library.parts = tuple(parts)
    _report_unlisted(handbook, set(part_folders) | {kind.folder for kind in kinds if kind.folder}, book, "parts")

    if curricula.is_dir():
        index, academy_folders = loader.navigation(curricula / "curricula.yaml", "academies")
        academies = []
        for folder_name in academy_folders:
            fields = loader.group_file(index, "academies", curricula, folder_name, "academy.yaml")
            if fields is None:
                continue
            academy_id, titles, audience = fields.ident("id"), fields.titles("title"), fields.audience()
            academies.append(Academy(academy_id, titles, audience, ()))  # its modules: read by the document kind
            loader.academy_folders.append(curricula / folder_name)
        library.academies = tuple(academies)
        _report_unlisted(curricula, set(academy_folders), index, "academies")

    if documents:
        for kind in kinds:
            kind.load(loader, library)
        for kind in kinds:
            kind.validate(library, loader.errors)
    library.errors = sorted(loader.errors, key=lambda e: (str(e.path), e.line))
    return library


def _report_unlisted(folder: Path, listed: set[str], index: FieldReader | None, key: str) -> None:
    """Every folder must be reachable from the navigation; an unlisted one would silently never show."""
    if index is None or not folder.is_dir():
        return
    for child in sorted(folder.iterdir()):
        if child.is_dir() and child.name not in listed:
            index.error(key, f"folder '{child.name}' is not listed in '{key}', so its content would never show")
