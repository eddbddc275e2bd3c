"""Switching the interface language at run time: every visible text follows, Qt's own strings included."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tiphandbook.core.paths import UserDirs
from tiphandbook.core.settings import Settings
from tests.helpers.windows import choose_language, open_window


def _menu_titles(window) -> list[str]:  # noqa: ANN001
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_switching_language_retranslates_the_window(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    english = _menu_titles(window)
    assert english[:3] == ["File", "View", "Go"]
    choose_language(window, "Русский")
    russian = _menu_titles(window)
    assert russian != english and all(_is_cyrillic(t) for t in russian)
    assert _is_cyrillic(window.back_action.text()) and _is_cyrillic(window.language_label.text())
    assert _is_cyrillic(window.searching.panel.field.placeholderText())
    assert _is_cyrillic(window.side_tabs.tabText(0))
    assert _is_cyrillic(window.reader.toPlainText().split("\n")[1])  # the home page's introduction

    choose_language(window, "Oʻzbekcha (lotin)")
    latin = _menu_titles(window)
    assert not any(_is_cyrillic(t) for t in latin) and latin != english
    choose_language(window, "Ўзбекча (кирилл)")
    assert all(_is_cyrillic(t) for t in _menu_titles(window))
    window.close()
    assert Settings(UserDirs.resolve().config / "settings.json")["interface_language"] == "uz-Cyrl"
    again = open_window(qtbot, content)  # the choice is restored at the next start
    assert all(_is_cyrillic(t) for t in _menu_titles(again))
    choose_language(again, "English")
    assert _menu_titles(again) == english


def test_qt_standard_strings_follow_in_uzbek(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    choose_language(window, "Oʻzbekcha (lotin)")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    texts = [a.text().split("\t")[0].replace("&", "") for a in edit.createStandardContextMenu().actions() if a.text()]
    assert "Copy" not in texts and "Paste" not in texts
    choose_language(window, "English")


def test_an_open_quiz_window_follows_the_switch_and_keeps_the_answer(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    quiz_window = window.training.open_quiz("intro-quiz")
    quiz_window.exam_button.click()
    page = quiz_window.question_page
    session = quiz_window.session
    try:
        while session.questions[page.index].type != "ordering":
            page.next_button.click()
        page.input.list.setCurrentRow(1)
        page.input.up.click()  # an answer given but not yet kept
        moved = page.input.response()
        choose_language(window, "Русский")
        assert page.next_button.text() == "&Далее →" and page.finish_button.text() == "&Завершить экзамен"
        assert quiz_window.windowTitle().startswith("Тест: ")
        assert page.input.up.text() == "Переместить &вверх"  # the answer widget was made again ...
        assert page.input.response() == moved  # ... with the answer as it was
        choose_language(window, "English")
        assert page.next_button.text() == "&Next →" and quiz_window.exam_button.text() == "&Exam"
    finally:
        session.finish()  # so that closing the window at the end of the test asks nothing


def test_the_classroom_presenter_follows_the_switch(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    view = window.training.present_quiz("intro-quiz")
    # not qtbot.addWidget: the main window closes its presenter, which then deletes itself
    assert view.keys_hint.text().startswith("Space: show the answer")
    choose_language(window, "Русский")
    assert view.keys_hint.text().startswith("Пробел: показать ответ")
    choose_language(window, "English")


def test_search_filters_and_result_count_follow_the_switch(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    qtbot.waitUntil(lambda: window.searching.service is not None and window.searching.service.is_ready, timeout=30000)
    panel = window.searching.panel
    panel.field.setText("zanzibar")
    qtbot.waitUntil(lambda: panel.status.text().startswith("1 result"), timeout=5000)
    choose_language(window, "Русский")
    assert _is_cyrillic(panel.group_box.itemText(0)) and _is_cyrillic(panel.audience_box.itemText(0))
    assert _is_cyrillic(panel.status.text()), panel.status.text()
    assert panel.model.rowCount() == 1  # the results themselves stay
