"""A glossary page (``layout: glossary``) is searched term by term: a hit is titled by the term, never by a letter."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.model import Library
from tiphandbook.core.search import SearchIndex
from tiphandbook.core.search.units import source_documents
from tests.helpers.paths import REPO_ROOT

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"
SHIPPED_GLOSSARY = REPO_ROOT / "handbook" / "reference"
DEBT_BONDAGE = {"en": "Debt bondage", "ru": "Долговая кабала", "uz": "Qarz asoratiga solish"}


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small search fixture with the shipped glossary (all three languages) added to its first part."""
    root = tmp_path_factory.mktemp("content") / "content"
    shutil.copytree(SEARCH_CONTENT, root)
    for lang in DEBT_BONDAGE:
        shutil.copy(SHIPPED_GLOSSARY / f"02-glossary.{lang}.md", root / "handbook" / "a-law" / f"03-glossary.{lang}.md")
    return root


@pytest.fixture(scope="module")
def index(content: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    search_index = SearchIndex(tmp_path_factory.mktemp("glossary-index"))
    search_index.open_or_build(load_library(content))
    yield search_index
    search_index.close()


@pytest.mark.parametrize(("lang", "query"), [("en", "debt bondage"), ("ru", "долговая кабала"), ("uz", "qarz asoratiga")])
def test_a_glossary_term_is_found_under_its_own_title(index: SearchIndex, lang: str, query: str) -> None:
    hits = [hit for hit in index.search(query, lang).hits if hit.id == "glossary"]
    assert hits, f"no glossary hit for {query!r}"
    assert hits[0].title == DEBT_BONDAGE[lang]
    assert hits[0].anchor == "d"  # opens at the letter's section, where the term is highlighted
    assert hits[0].breadcrumb[-1] == "D"
    assert set(query.split()) <= {word.casefold() for word in hits[0].matched_words}  # the words the page highlights


@pytest.mark.parametrize("lang", ["en", "ru", "uz"])
def test_no_shipped_glossary_hit_is_titled_by_a_bare_letter(shipped: Library, lang: str) -> None:
    source = next(s for s in source_documents(shipped) if s.key == f"handbook:glossary:{lang}")
    titles = [unit.title for unit in source.units()[1:]]
    assert DEBT_BONDAGE[lang] in titles
    assert len(titles) > 26  # one per term, not one per letter
    assert not [title for title in titles if len(title) == 1]


def test_the_checker_reports_a_glossary_entry_without_a_bold_term(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "content"
    shutil.copytree(SEARCH_CONTENT, root)
    page = root / "handbook" / "a-law" / "03-glossary.en.md"
    page.write_text(
        "---\nid: glossary\nlayout: glossary\ntitle: Glossary\nsummary: Terms.\nsources: [A source]\naudience: [investigators]\n---\n\n"
        "## D {#d}\n\n- **Debt bondage.** Control through a debt.\n- Deception: lying about the work.\n",
        encoding="utf-8")
    assert main(["check", "--content", str(root)]) == 1
    assert "03-glossary.en.md:13: glossary entry in section 'D' must start with its term in bold" in capsys.readouterr().out


def test_the_checker_refuses_an_unknown_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "content"
    shutil.copytree(SEARCH_CONTENT, root)
    page = root / "handbook" / "a-law" / "02-smuggling.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("---\n", "---\nlayout: glosary\n", 1), encoding="utf-8")
    assert main(["check", "--content", str(root)]) == 1
    assert "02-smuggling.en.md:2: unknown layout 'glosary'" in capsys.readouterr().out
