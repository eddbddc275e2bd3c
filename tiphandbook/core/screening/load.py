"""Load ``handbook/screening/`` into the Library's screening shelf, and check it against the handbook.

Files, side by side, one per language so that a translator sees at a glance what is missing:

    consular-screen.en.yaml              the guide for the officer, English: structure and guidance
    consular-screen.ru.yaml              the officer's texts in Russian (same ids)
    consular-screen.person.en.yaml       the words the person reads, English
    consular-screen.person.uz-Cyrl.yaml  ... Uzbek in Cyrillic script; any language listed in person_languages

Broken files are reported and left out; a guide whose structure is broken is not offered at all, a person
language whose words are incomplete is not offered for that guide.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from tiphandbook.core.content.links import link_kind
from tiphandbook.core.content.model import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    ContentError,
    Library,
)
from tiphandbook.core.screening.model import (
    PERSON_LANGUAGE_TAG,
    Card,
    Choice,
    Guide,
    PersonWords,
    ScreeningShelf,
    Section,
)
from tiphandbook.core.screening.parse import parse_guide, parse_person_words

SCREENING_FOLDER = "screening"
GUIDE_FILE = re.compile(rf"^(?P<stem>[a-z][a-z0-9-]*)\.(?P<lang>{'|'.join(LANGUAGES)})\.yaml$")
PERSON_FILE = re.compile(rf"^(?P<stem>[a-z][a-z0-9-]*)\.person\.(?P<lang>{PERSON_LANGUAGE_TAG})\.yaml$")


def load_screening(handbook: Path, library: Library, errors: list[ContentError]) -> None:
    """Fill ``library.screening`` from ``handbook/screening/`` (if there is one); call after the documents load."""
    folder = handbook / SCREENING_FOLDER
    if not folder.is_dir():
        return
    guides, person = _files(folder, errors)
    shelf = ScreeningShelf()
    taken = {doc_id for doc_id, _ in library.documents} | {cid for cid, _ in library.checklists} | {
        qid for qid, _ in library.quizzes}
    for stem, files in guides.items():
        english = _load_guide(files, shelf, taken, errors)
        person_files = person.pop(stem, {})  # a broken guide's person files are not reported as orphans too
        if english is not None:
            _check_refs(english, library, errors)
            _load_person_words(english, person_files, folder, stem, shelf, errors)
    for files in person.values():
        for path in files.values():
            errors.append(ContentError(path, 1, "person words without a guide beside them (NAME.en.yaml)"))
    library.screening = shelf


def _files(folder: Path, errors: list[ContentError]) -> tuple[dict[str, dict[str, Path]], dict[str, dict[str, Path]]]:
    """Group the folder's files by stem and language; only regular files are read."""
    guides: dict[str, dict[str, Path]] = {}
    person: dict[str, dict[str, Path]] = {}
    for path in sorted(folder.iterdir()):
        if not path.name.endswith(".yaml"):
            continue
        if not path.is_file():
            errors.append(ContentError(path, 0, "not a regular file: not read"))
            continue
        if match := PERSON_FILE.match(path.name):
            person.setdefault(match["stem"], {})[match["lang"]] = path
        elif match := GUIDE_FILE.match(path.name):
            guides.setdefault(match["stem"], {})[match["lang"]] = path
        else:
            errors.append(ContentError(path, 0, f"file name must be NAME.LANG.yaml (LANG one of {', '.join(LANGUAGES)}) "
                                                "or NAME.person.LANG.yaml (LANG a tag such as uz-Cyrl)"))
    return guides, person


def _load_guide(files: dict[str, Path], shelf: ScreeningShelf, taken: set[str], errors: list[ContentError]) -> Guide | None:
    """The English guide, then each translation with the English structure; return the English guide."""
    english_path = files.get(SOURCE_LANGUAGE)
    if english_path is None:
        for path in files.values():
            errors.append(ContentError(path, 1, "translation without an English file beside it (NAME.en.yaml)"))
        return None
    english = parse_guide(english_path, SOURCE_LANGUAGE, errors, is_source=True)
    if english is None:
        return None
    if english.id in taken or any(gid == english.id for gid, _ in shelf.guides):
        errors.append(ContentError(english_path, 1, f"duplicate id '{english.id}': another document, checklist, quiz or guide has it"))
        return None
    shelf.guides[(english.id, SOURCE_LANGUAGE)] = english
    for lang, path in files.items():
        if lang == SOURCE_LANGUAGE:
            continue
        translation = parse_guide(path, lang, errors, is_source=False)
        if translation is None:
            continue
        if translation.id != english.id:
            errors.append(ContentError(path, 1, f"id '{translation.id}' differs from the English file's '{english.id}'"))
        elif translation.shape() != english.shape():
            errors.append(ContentError(path, 1, "sections, cards, choices, indicators, rules or note fields differ from the English guide "
                                                "(same ids in the same order)"))
        else:
            shelf.guides[(english.id, lang)] = _with_structure(translation, english)
    return english


def _with_structure(translation: Guide, english: Guide) -> Guide:
    """A translation's texts on the English guide's answers, rules and references."""
    def card(mine: Card, theirs: Card) -> Card:
        choices = tuple(Choice(c.id, t.label) for c, t in zip(theirs.choices, mine.choices, strict=True))
        return dataclasses.replace(theirs, question=mine.question, why=mine.why, indicates=mine.indicates, choices=choices)

    sections = tuple(
        Section(theirs.id, mine.title, tuple(card(m, t) for m, t in zip(mine.cards, theirs.cards, strict=True)))
        for mine, theirs in zip(translation.sections, english.sections, strict=True)
    )
    pairs = zip(translation.indicators, english.indicators, strict=True)
    indicators = tuple(dataclasses.replace(theirs, title=mine.title) for mine, theirs in pairs)
    rules = tuple(dataclasses.replace(theirs, recommend=mine.recommend, verify=mine.verify)
                  for mine, theirs in zip(translation.rules, english.rules, strict=True))
    note_fields = tuple(dataclasses.replace(theirs, label=mine.label)
                        for mine, theirs in zip(translation.note_fields, english.note_fields, strict=True))
    return dataclasses.replace(
        english, lang=translation.lang, path=translation.path, title=translation.title,
        summary=translation.summary or english.summary, sources=translation.sources or english.sources,
        sections=sections, indicators=indicators, rules=rules, note_fields=note_fields,
        note_verify=translation.note_verify, source_hash=translation.source_hash,
    )


def _check_refs(guide: Guide, library: Library, errors: list[ContentError]) -> None:
    """Every card, indicator, referral step and note field points at a handbook section that exists."""
    targets = [(card.ref, card.line, f"card '{card.id}'") for card in guide.cards()]
    targets += [(ind.ref, ind.line, f"indicator '{ind.id}'") for ind in guide.indicators]
    targets += [(ref, rule.line, f"rule '{rule.id}'") for rule in guide.rules for ref in rule.refer]
    targets += [(f.ref, f.line, f"note field '{f.id}'") for f in guide.note_fields]
    for ref, line, what in targets:
        problem = _section_problem(library, ref)
        if problem:
            errors.append(ContentError(guide.path, line, f"{what}: {problem}"))


def _section_problem(library: Library, ref: str) -> str | None:
    doc_id, _, anchor = ref.partition("#")
    if link_kind(ref) != "document" or not anchor:
        return f"ref {ref!r} must name a handbook section: doc-id#anchor"
    document = library.documents.get((doc_id, SOURCE_LANGUAGE))
    if document is None:
        return f"link to missing document '{doc_id}'"
    if not document.has_anchor(anchor):
        return f"link to missing anchor '#{anchor}' in '{doc_id}'"
    return None


def _load_person_words(guide: Guide, files: dict[str, Path], folder: Path, stem: str, shelf: ScreeningShelf,
                       errors: list[ContentError]) -> None:
    """Every declared person language needs its file, and every file a text for every card and choice."""
    languages_line = guide.lines.get("person_languages", 1)
    for lang in guide.person_languages:
        if lang not in files:
            errors.append(ContentError(guide.path, languages_line,
                                       f"person language '{lang}' is listed but {stem}.person.{lang}.yaml is missing"))
    for lang, path in files.items():
        if lang not in guide.person_languages:
            errors.append(ContentError(path, 1, f"'{lang}' is not in person_languages of {guide.path.name}: list it there to offer it"))
            continue
        words = parse_person_words(path, guide.id, lang, errors)
        if words is not None and _complete(words, guide, errors):
            shelf.words[(guide.id, lang)] = words


def _complete(words: PersonWords, guide: Guide, errors: list[ContentError]) -> bool:
    complete = True
    for card in guide.cards():
        mine = words.cards.get(card.id)
        if mine is None:
            errors.append(ContentError(words.path, 1, f"card '{card.id}' has no words for the person in this file"))
            complete = False
            continue
        missing = [c.id for c in card.choices if not mine.choices.get(c.id)]
        extra = [c for c in mine.choices if card.choice_label(c) is None]
        if missing or extra:
            detail = "; ".join(p for p in (f"missing {', '.join(missing)}" if missing else "",
                                           f"not in the guide {', '.join(extra)}" if extra else "") if p)
            errors.append(ContentError(words.path, mine.line, f"card '{card.id}': choices differ from the guide: {detail}"))
            complete = False
    for card_id, mine in words.cards.items():
        if guide.card(card_id) is None:
            errors.append(ContentError(words.path, mine.line, f"card '{card_id}' is not in the guide"))
            complete = False
    return complete

