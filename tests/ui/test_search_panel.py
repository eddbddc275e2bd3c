"""The search panel, driven from the keyboard: type, see results, filter, open a hit at its section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tiphandbook.core.navigation import Location
from tiphandbook.core.search.results import SearchFilters
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import open_window


@pytest.fixture
def window(qtbot, content: Path) -> MainWindow:  # noqa: ANN001
    window = open_window(qtbot, content)
    qtbot.waitUntil(lambda: window.searching.service is not None and window.searching.service.is_ready, timeout=30000)
    return window


def type_query(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    field = window.searching.panel.field
    field.selectAll()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest cannot synthesise non-Latin key presses; an input method delivers the text like this
        field.insert(text)


def result_titles(window: MainWindow) -> list[str]:
    panel = window.searching.panel
    return [panel.model.item(row).data(Qt.ItemDataRole.UserRole).title for row in range(panel.model.rowCount())
            if panel.model.item(row).data(Qt.ItemDataRole.UserRole) is not None]


def test_ctrl_k_opens_the_search_field(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.side_tabs.currentWidget() is window.searching.panel
    assert window.searching.panel.field.hasFocus()


def test_typing_shows_results_and_enter_opens_the_section_highlighted(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "zanzibar")
    qtbot.waitUntil(lambda: "A sub-section" in result_titles(window), timeout=5000)
    assert window.searching.panel.status.text().startswith("1 result")
    qtbot.keyClick(window.searching.panel.field, Qt.Key.Key_Return)
    assert window.history.current == Location("doc", "alpha", "sub")
    marked = [s.cursor.selectedText().lower() for s in window.reader.extraSelections()]
    assert marked == ["zanzibar"]


def test_results_follow_the_last_keystroke_only(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "details")
    qtbot.waitUntil(lambda: bool(result_titles(window)), timeout=5000)
    window.searching.panel.field.selectAll()
    qtbot.keyClicks(window.searching.panel.field, "zanzibar")
    qtbot.waitUntil(lambda: result_titles(window) == ["A sub-section"], timeout=5000)
    # Queries run one after another and their answers arrive in order: once the answer to one more query has
    # arrived, every answer to an earlier keystroke has too, and none may have replaced these.
    service = window.searching.service
    assert service is not None
    with qtbot.waitSignal(service.results, timeout=5000, check_params_cb=lambda _number, text, _found: text == "flush"):
        service.search("flush", "en", SearchFilters())
    assert result_titles(window) == ["A sub-section"]


def test_kind_filter_restricts_results(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "documents")
    qtbot.waitUntil(lambda: bool(result_titles(window)), timeout=5000)
    panel = window.searching.panel
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("checklist"))
    qtbot.waitUntil(lambda: all(panel.model.item(r).data(Qt.ItemDataRole.UserRole).kind == "checklist"
                                for r in range(panel.model.rowCount())) and panel.model.rowCount() > 0, timeout=5000)


def test_a_misspelling_still_finds_or_suggests(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "zanzibra")
    qtbot.waitUntil(lambda: bool(result_titles(window)) or "Did you mean" in window.searching.panel.status.text(), timeout=5000)


@pytest.mark.parametrize("query", ['"zanzibar', "zanzibar AND", "OR", "((("])
def test_malformed_queries_never_break_the_panel(qtbot, window: MainWindow, query: str) -> None:  # noqa: ANN001
    type_query(qtbot, window, query)
    qtbot.waitUntil(lambda: window.searching.panel.status.text() not in ("", "Indexing…"), timeout=5000)
    assert window.isVisible()


def test_recent_searches_come_back_when_the_field_is_cleared(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "zanzibar")
    qtbot.waitUntil(lambda: bool(result_titles(window)), timeout=5000)
    window.searching.panel.field.clear()
    qtbot.waitUntil(lambda: window.searching.panel.status.text() == "Recent searches", timeout=5000)
    assert window.searching.panel.model.rowCount() == 1


def test_results_in_another_language_switch_the_reader(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.searching.panel.all_languages.setChecked(True)
    type_query(qtbot, window, "занзибар")
    qtbot.waitUntil(lambda: "Подраздел" in result_titles(window), timeout=5000)
    qtbot.keyClick(window.searching.panel.field, Qt.Key.Key_Return)
    assert window.lang == "ru" and window.history.current == Location("doc", "alpha", "sub")


@pytest.mark.parametrize(("lang", "query", "expected"), [
    ("en", "zanzibar", "zanzibar"),
    ("ru", "занзибар", "занзибар"),
    ("uz", "zanzibar", "zanzibar"),
    ("uz", "занзибар", "zanzibar"),  # a Cyrillic Uzbek query marks the Latin text it found
])
def test_an_opened_hit_is_highlighted_in_every_language_and_script(qtbot, window: MainWindow, lang: str,  # noqa: ANN001
                                                                    query: str, expected: str) -> None:
    window.set_content_language(lang)
    type_query(qtbot, window, query)
    qtbot.waitUntil(lambda: len(result_titles(window)) == 1, timeout=5000)
    qtbot.keyClick(window.searching.panel.field, Qt.Key.Key_Return)
    assert window.history.current == Location("doc", "alpha", "sub")
    marked = [s.cursor.selectedText().lower() for s in window.reader.extraSelections()]
    assert marked == [expected]


def test_a_query_in_another_language_says_where_the_hits_are_and_shows_them(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "занзибар")  # Russian, while the content language is English
    panel = window.searching.panel
    qtbot.waitUntil(lambda: "Russian" in panel.status.text(), timeout=5000)
    assert "1 result in Russian" in panel.status.text() and "1 result in Uzbek" in panel.status.text()
    assert panel.model.rowCount() == 0
    panel.status.linkActivated.emit("all-languages")  # the "show them" link
    qtbot.waitUntil(lambda: sorted(panel.model.item(r).data(Qt.ItemDataRole.UserRole).lang
                                   for r in range(panel.model.rowCount())) == ["ru", "uz"], timeout=5000)
    assert panel.all_languages.isChecked()


def test_a_pasted_wall_of_words_finds_and_says_what_was_not_searched(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    type_query(qtbot, window, "zanzibar " + " ".join(["every"] * 40))
    window.searching.panel.field.insert(" ".join(f"word{n}" for n in range(40)))  # pasted, past the limits
    qtbot.waitUntil(lambda: "not searched" in window.searching.panel.status.text(), timeout=10000)
    assert "word10" in window.searching.panel.status.text()  # the first word past the twelve searched
    type_query(qtbot, window, "zanzibar")  # and the next query is answered as usual
    qtbot.waitUntil(lambda: window.searching.panel.status.text().startswith("1 result"), timeout=10000)


def test_more_than_a_page_of_results_loads_as_the_list_scrolls(qtbot, content: Path) -> None:  # noqa: ANN001
    """45 sections match: the first 30 come with "show more", scrolling to the end brings the rest, and the count
    line says 45 with nothing more to show."""
    alpha = content / "handbook" / "part-one" / "01-alpha.en.md"
    alpha.write_text(alpha.read_text(encoding="utf-8") + "".join(
        f"\n## Okapi note {n} {{#okapi-{n}}}\n\nThe okapi appears here.\n" for n in range(45)), encoding="utf-8")
    window = open_window(qtbot, content)
    qtbot.waitUntil(lambda: window.searching.service is not None and window.searching.service.is_ready, timeout=30000)
    panel = window.searching.panel
    type_query(qtbot, window, "okapi")
    qtbot.waitUntil(lambda: len(result_titles(window)) == 30, timeout=5000)
    assert panel.status.text().startswith("The first 30 results — scroll down or") and "show more" in panel.status.text()
    bar = panel.results_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: len(result_titles(window)) == 45, timeout=5000)
    assert panel.status.text() == "45 results"
    assert len(set(result_titles(window))) == 45
