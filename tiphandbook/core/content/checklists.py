"""The checklist content kind: ``handbook/checklists/NAME.LANG.yaml``, read, checked and cut for search."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial

from tiphandbook.core.content.kinds import ContentKind
from tiphandbook.core.content.loader import ContentFiles
from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, Checklist, ContentError, Library, pick
from tiphandbook.core.content.parse import parse_checklist
from tiphandbook.core.content.searchable import SourceDocument, Unit, rooted, source_document
from tiphandbook.core.content.validate import check_ref, check_verify_notes

CHECKLISTS_FOLDER = "checklists"
CHECKLIST_FILE = re.compile(rf"^(?P<stem>[a-z0-9][a-z0-9-]*)\.(?P<lang>{'|'.join(LANGUAGES)})\.yaml$")
_CHECKLISTS = {"en": "Checklists", "ru": "Чек-листы", "uz": "Nazorat roʻyxatlari"}  # the breadcrumb in search


def load_checklists(files: ContentFiles, library: Library) -> None:
    folder = files.handbook / CHECKLISTS_FOLDER
    if not folder.is_dir():
        return
    for grouped in files.files_by_stem(folder, CHECKLIST_FILE).values():
        parse = lambda p, lang, src: parse_checklist(p, lang, files.errors, src)  # noqa: E731
        for lang, checklist in files.load_translations(grouped, parse).items():
            library.checklists[(checklist.id, lang)] = checklist


def validate_checklists(library: Library, errors: list[ContentError]) -> None:
    """References resolve; a translation has the English sections, items and verify notes."""
    for (checklist_id, lang), checklist in library.checklists.items():
        for item in checklist.items():
            if item.ref and lang == SOURCE_LANGUAGE:
                check_ref(library, item.ref, checklist.path, item.line, f"item '{item.id}'", errors)
        if lang != SOURCE_LANGUAGE:
            english = library.checklists[(checklist_id, SOURCE_LANGUAGE)]
            shape = [(s.id, [i.id for i in s.items]) for s in english.sections]
            if [(s.id, [i.id for i in s.items]) for s in checklist.sections] != shape:
                errors.append(ContentError(checklist.path, 1, "sections and item ids differ from the English checklist"))
            check_verify_notes(checklist.path, "item", english.items(), checklist.items(), errors)


def _checklist_units(checklist: Checklist, audience: tuple[str, ...]) -> Iterator[Unit]:
    crumbs = (pick(_CHECKLISTS, checklist.lang), checklist.title)
    top = Unit(checklist.id, "", "checklist", "", checklist.lang, audience, checklist.title, crumbs, checklist.summary)
    yield top
    for section in checklist.sections:
        text = "\n".join(f"{item.text}\n{item.help}".strip() for item in section.items)
        yield replace(top, anchor=section.id, title=section.title, breadcrumb=crumbs + (section.title,), text=text)


def checklist_sources(library: Library) -> Iterable[SourceDocument]:
    """One source per checklist and language: a unit for its header and one per section."""
    for (checklist_id, lang), checklist in library.checklists.items():
        audience = library.checklists.get((checklist_id, SOURCE_LANGUAGE), checklist).audience  # kept in the English file
        inputs = (rooted(checklist, library.root), audience)
        yield source_document("checklist", checklist_id, lang, inputs, partial(_checklist_units, checklist, audience))


CHECKLISTS = ContentKind(
    "checklist", load_checklists, lambda library: library.checklists, validate_checklists, checklist_sources,
    folder=CHECKLISTS_FOLDER,
)
