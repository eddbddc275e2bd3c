"""A glossary: a content kind that exists only in the test suite, to show what a new kind touches.

Files ``handbook/glossary/NAME.LANG.yaml`` with an ``id``, a ``title`` and ``terms`` (``term``, ``meaning``, and a
``ref`` to the handbook section that explains it). Everything the app needs is in ``GLOSSARY``: registered with
``register(GLOSSARY)``, the loader reads these files, ``tiphandbook check`` reports their broken references as
``path:line`` and search finds their terms. Nothing outside this file changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.kinds import ContentKind, shelf
from tiphandbook.core.content.loader import ContentFiles
from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, ContentError, Library
from tiphandbook.core.content.parse import load_yaml_mapping
from tiphandbook.core.content.searchable import SourceDocument, Unit, rooted, source_document
from tiphandbook.core.content.validate import check_ref

GLOSSARY_FILE = re.compile(rf"^(?P<stem>[a-z][a-z0-9-]*)\.(?P<lang>{'|'.join(LANGUAGES)})\.yaml$")


@dataclass(frozen=True)
class Term:
    term: str
    meaning: str
    ref: str
    line: int


@dataclass(frozen=True)
class Glossary:
    id: str
    lang: str
    path: Path
    title: str
    terms: tuple[Term, ...]
    source_hash: str | None = None  # what a translation records of its English file (tiphandbook translations)


def _parse(path: Path, lang: str, errors: list[ContentError]) -> Glossary | None:
    data = load_yaml_mapping(path, errors)
    if data is None:
        return None
    fields = FieldReader(data, path, errors)
    terms = []
    for entry in fields.mappings("terms"):
        term = FieldReader(entry, path, errors, "term")
        terms.append(Term(term.text("term"), term.text("meaning"), term.text("ref"), entry.line_of("ref")))
    source_hash = fields.text("source_hash", required=False) or None
    return Glossary(fields.ident("id"), lang, path, fields.text("title"), tuple(terms), source_hash)


def _load(files: ContentFiles, library: Library) -> None:
    folder = files.handbook / "glossary"
    if not folder.is_dir():
        return
    for grouped in files.files_by_stem(folder, GLOSSARY_FILE).values():
        parse = lambda p, lang, _source: _parse(p, lang, files.errors)  # noqa: E731
        for lang, glossary in files.load_translations(grouped, parse).items():
            shelf(library, "glossary")[(glossary.id, lang)] = glossary


def _validate(library: Library, errors: list[ContentError]) -> None:
    for (_, lang), glossary in shelf(library, "glossary").items():
        if lang == SOURCE_LANGUAGE:
            for term in glossary.terms:
                check_ref(library, term.ref, glossary.path, term.line, f"term '{term.term}'", errors)


def _sources(library: Library) -> Iterable[SourceDocument]:
    for (glossary_id, lang), glossary in shelf(library, "glossary").items():
        text = "\n".join(f"{term.term}: {term.meaning}" for term in glossary.terms)
        unit = Unit(glossary_id, "", "glossary", "", lang, (), glossary.title, (glossary.title,), text)
        yield source_document("glossary", glossary_id, lang, rooted(glossary, library.root), partial(iter, (unit,)))


GLOSSARY = ContentKind(
    "glossary", _load, lambda library: shelf(library, "glossary"), _validate, _sources, folder="glossary",
)
