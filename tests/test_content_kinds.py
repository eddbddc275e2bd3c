"""Content kinds are one registration each: a glossary defined only in the test suite is loaded, checked and found.

The walk in docs/architecture.md ("Adding a content kind"), done for real: ``tests/extra_content_kind.py`` and one
``register`` call, nothing else, and the loader, ``tiphandbook check`` and search handle the new files.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.kinds import content_kinds, item, register, unregister
from tiphandbook.core.content.translations import source_hash, translation_report
from tiphandbook.core.search import SearchIndex
from tests.extra_content_kind import GLOSSARY
from tests.helpers.paths import FIXTURE_CONTENT

TERMS = "handbook/glossary/terms.en.yaml"
GLOSSARY_EN = """\
id: terms
title: Terms used in the handbook
terms:
  - term: Debt bondage
    meaning: Peonage, work demanded to pay off a debt that never shrinks.
    ref: alpha#first
  - term: Recruiter
    meaning: Whoever finds and engages the person.
    ref: alpha#second
"""
GLOSSARY_RU = GLOSSARY_EN.replace("Terms used in the handbook", "Термины")


@pytest.fixture
def glossary() -> Iterator[None]:
    register(GLOSSARY)
    yield
    unregister(GLOSSARY.name)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, root)
    (root / "handbook" / "glossary").mkdir()
    (root / TERMS).write_text(GLOSSARY_EN, encoding="utf-8")
    (root / "handbook" / "glossary" / "terms.ru.yaml").write_text(GLOSSARY_RU, encoding="utf-8")
    return root


def test_the_built_in_kinds_are_registered_and_looked_up_by_name() -> None:
    assert [kind.name for kind in content_kinds()] == ["document", "checklist", "quiz", "screening"]
    library = load_library(FIXTURE_CONTENT)
    checklist_id = library.checklist_ids()[0]
    assert item(library, "checklist", checklist_id, "ru") is library.checklist(checklist_id, "ru")
    assert item(library, "nothing-such", checklist_id, "en") is None


def test_a_kind_is_registered_once() -> None:
    with pytest.raises(ValueError, match="'quiz' is already registered"):
        register(content_kinds()[2])


def test_a_registered_kind_is_loaded_from_its_folder(glossary: None, content: Path) -> None:
    library = load_library(content)
    assert library.errors == []
    english, russian = item(library, "glossary", "terms", "en"), item(library, "glossary", "terms", "ru")
    assert english is not None and russian is not None
    assert [term.term for term in english.terms] == ["Debt bondage", "Recruiter"]
    assert russian.title == "Термины"
    assert item(library, "glossary", "terms", "uz") is english  # not translated: English


def test_the_translation_report_lists_the_new_kind(glossary: None, content: Path) -> None:
    english = content / TERMS
    (content / "handbook" / "glossary" / "terms.ru.yaml").write_text(
        f"source_hash: {source_hash(english)}\n{GLOSSARY_RU}", encoding="utf-8")
    rows = [row for row in translation_report(load_library(content)) if row.kind == "glossary"]
    assert [(row.id, row.statuses) for row in rows] == [("terms", {"ru": "current", "uz": "missing"})]


def test_without_its_registration_the_folder_is_reported_as_unlisted(content: Path) -> None:
    library = load_library(content)
    assert [e.message for e in library.errors] == [
        "folder 'glossary' is not listed in 'parts', so its content would never show"]


def test_the_checker_reports_a_broken_file_of_the_new_kind_with_its_line(
        glossary: None, content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content / TERMS
    path.write_text(GLOSSARY_EN.replace("ref: alpha#second", "ref: alpha#nowhere"), encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 1
    assert f"{TERMS}:9: term 'Recruiter': link to missing anchor '#nowhere' in 'alpha'" in capsys.readouterr().out


def test_the_checker_reports_a_malformed_file_of_the_new_kind(
        glossary: None, content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content / TERMS).write_text(GLOSSARY_EN.replace("title: Terms", "title: [Terms"), encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 1
    assert f"{TERMS}:3: malformed YAML" in capsys.readouterr().out


def test_search_finds_the_new_kind(glossary: None, content: Path, tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    try:
        index.open_or_build(load_library(content))
        hits = index.search("peonage").hits
    finally:
        index.close()
    assert [(hit.kind, hit.id, hit.title) for hit in hits] == [("glossary", "terms", "Terms used in the handbook")]
