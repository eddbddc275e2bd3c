"""Rendering: safe HTML for QTextBrowser, with anchors, cross-references, callouts, tables and footnotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiphandbook.core.content import load_library
from tiphandbook.core.content.render import Renderer


@pytest.fixture
def renderer(content: Path) -> Renderer:
    return Renderer(load_library(content))


def test_headings_carry_named_anchors(renderer: Renderer) -> None:
    html = renderer.document(renderer.library.document("alpha", "en"), "en")
    assert '<h2><a name="first"></a>First section</h2>' in html
    assert '<h3><a name="sub"></a>A sub-section</h3>' in html
    assert "{#" not in html


def test_cross_references_become_internal_urls(renderer: Renderer) -> None:
    html = renderer.document(renderer.library.document("alpha", "en"), "en")
    assert 'href="doc:beta#details"' in html
    assert 'href="#second"' in html
    assert 'class="external"' in html and 'href="https://example.org/page"' in html


def test_raw_html_and_forbidden_links_are_not_rendered(renderer: Renderer) -> None:
    html = renderer.markdown('<script>alert(1)</script>\n\nA <b>bold</b> [trap](javascript:alert(1)) [file](file:///etc/passwd)', "en")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert "javascript:" not in html.replace("[trap](javascript:alert(1))", "") or 'href="javascript' not in html
    assert 'href="javascript' not in html and 'href="file' not in html


def test_callouts_tables_and_footnotes(renderer: Renderer) -> None:
    html = renderer.document(renderer.library.document("alpha", "en"), "en")
    assert '<td class="law"><p class="callout-label">Law</p>' in html
    assert '<table class="grid"' in html and "<th>Element</th>" in html
    assert '<a href="#fn1">[1]</a>' in html and '<a name="fn1"></a>' in html


def test_callout_label_follows_content_language(renderer: Renderer) -> None:
    html = renderer.markdown("::: warning\nТекст\n:::\n", "ru")
    assert "Внимание" in html


def test_fallback_page_says_it_is_in_english(renderer: Renderer) -> None:
    html = renderer.document(renderer.library.document("beta", "ru"), "ru")
    assert "показан на английском" in html


def test_sources_and_history_close_the_chapter(renderer: Renderer) -> None:
    html = renderer.document(renderer.library.document("alpha", "en"), "en")
    assert '<a name="sources"></a>Sources' in html and "Test source, Art. 1" in html
    assert "2026-11-23: First edition." in html


def test_module_page_shows_plan_objectives_and_taught_sections(renderer: Renderer) -> None:
    html = renderer.document(renderer.library.document("intro-module", "en"), "en")
    assert "Duration: 1 h 30 min" in html
    assert "Apply the definition." in html
    assert '<a href="#opening">Opening</a>' in html and "30 min" in html
    assert 'href="doc:alpha#first">Alpha chapter › First section</a>' in html
    assert "Introductory quiz (3 questions, pass mark 70%)" in html


def test_checklist_template_links_items_to_sections(renderer: Renderer) -> None:
    html = renderer.checklist(renderer.library.checklist("screen", "en"), "en")
    assert "Check who holds the documents" in html and "(required)" in html
    assert 'href="doc:alpha#first"' in html and "Template version 2" in html


def test_a_part_page_lists_its_chapters_with_their_summaries(renderer: Renderer) -> None:
    part = renderer.library.part("part-one")
    assert part is not None
    html = renderer.part(part, "ru")
    assert "A. Часть первая" in html
    assert '<a href="doc:alpha">Глава альфа</a>' in html and "Первая тестовая глава." in html
    assert '<a href="doc:beta">Beta chapter</a>' in html  # not translated: shown in English, as the tree does


def test_an_academy_page_lists_its_modules_with_duration_and_quiz(renderer: Renderer) -> None:
    academy = renderer.library.academy("academy-one")
    assert academy is not None
    html = renderer.academy(academy, "en")
    assert "Test academy</h1>" in html and "For: investigators" in html
    assert '<a href="doc:intro-module">Introductory module</a>' in html and "A test module." in html
    assert "Duration: 1 h 30 min" in html and 'href="quiz:intro-quiz"' in html
    assert renderer.library.academy("no-such-academy") is None and renderer.library.part("nope") is None
