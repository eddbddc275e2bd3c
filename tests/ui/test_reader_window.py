"""The reader window driven like a user would: tree, links, history, language, find, zoom, restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from tiphandbook.core.content import load_library
from tiphandbook.core.navigation import HOME, Location
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import open_window


@pytest.fixture
def window(qtbot, content: Path) -> MainWindow:  # noqa: ANN001
    return open_window(qtbot, content)


def visible_text(window: MainWindow) -> str:
    return window.reader.toPlainText()


def click_tree_item(qtbot, window: MainWindow, location: Location) -> None:  # noqa: ANN001
    item = window.tree.item_for(location)
    assert item is not None
    parent = item.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()
    window.tree.scrollToItem(item)
    rect = window.tree.visualItemRect(item)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_starts_on_the_home_page_with_the_parts(window: MainWindow) -> None:
    text = visible_text(window)
    assert "Test Handbook" in text and "Part one" in text
    assert window.history.current == HOME


def test_clicking_a_chapter_in_the_tree_shows_it(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_tree_item(qtbot, window, Location("doc", "alpha"))
    assert window.history.current == Location("doc", "alpha")
    assert "Alpha chapter" in visible_text(window) and "First section" in visible_text(window)
    assert window.windowTitle().startswith("Alpha chapter")


def test_internal_link_opens_the_target_section(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "alpha"))
    window.reader.linkActivated.emit(QUrl("doc:beta#details"))
    assert window.history.current == Location("doc", "beta", "details")
    assert "Beta details" in visible_text(window)
    assert window.reader.current_anchor() == "details" or window.reader.verticalScrollBar().maximum() == window.reader.verticalScrollBar().value()


def test_back_and_forward_with_shortcuts_and_mouse_buttons(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "alpha"))
    window.open_location(Location("doc", "beta"))
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.history.current.id == "alpha" and "Alpha chapter" in visible_text(window)
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.history.current.id == "beta"
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.BackButton, pos=QPoint(10, 10))
    assert window.history.current.id == "alpha"
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.ForwardButton, pos=QPoint(10, 10))
    assert window.history.current.id == "beta"
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()


def test_language_switch_keeps_the_section(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "alpha", "sub"))
    assert window.reader.current_anchor() == "sub" or window.reader.verticalScrollBar().value() > 0
    window.language_box.setCurrentIndex(1)  # Русский
    assert window.lang == "ru"
    assert "Глава альфа" in visible_text(window)
    assert window.history.current.anchor == "sub"
    assert window.reader.verticalScrollBar().value() > 0
    assert window.tree.item_for(Location("doc", "alpha")).text(0) == "Глава альфа"


def test_untranslated_chapter_says_it_is_shown_in_english(window: MainWindow) -> None:
    window.set_content_language("uz")
    window.open_location(Location("doc", "beta"))
    assert "ingliz tilida" in visible_text(window) and "Beta chapter" in visible_text(window)


def test_find_in_page_highlights_and_steps_through_matches(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "alpha"))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    qtbot.keyClicks(window.find_bar.edit, "section")
    matches = len(window.find_bar.matches)
    assert matches >= 3
    assert len(window.reader.extraSelections()) == matches
    assert window.find_bar.count.text() == f"1 of {matches}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {matches}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.reader.extraSelections() == []


def test_find_reports_no_matches(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.edit, "qwertyuiop")
    assert window.find_bar.count.text() == "No matches"


def test_zoom_is_remembered_across_restarts(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom_level == 2
    window.close()
    again = open_window(qtbot, content)
    assert again.reader.zoom_level == 2
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.reader.zoom_level == 0


def test_last_document_and_geometry_restored_at_next_start(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.resize(777, 555)
    window.open_location(Location("doc", "beta"))
    window.close()
    again = open_window(qtbot, content, size=None)
    assert again.history.current.id == "beta"
    assert (again.width(), again.height()) == (777, 555)
    assert "Continue where you left off" in again.context.pages.html(HOME, again.lang)


def test_external_link_asks_before_leaving(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    opened: list[QUrl] = []
    monkeypatch.setattr("tiphandbook.ui.shell.external_links.QDesktopServices.openUrl", lambda url: opened.append(url))
    seen: list[str] = []

    def answer_dialog(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, lambda: answer_dialog(QMessageBox.StandardButton.Cancel))
    window.follow_link(QUrl("https://example.org/page"))
    assert opened == [] and "https://example.org/page" in seen[0]
    QTimer.singleShot(50, lambda: answer_dialog(QMessageBox.StandardButton.Open))
    window.follow_link(QUrl("https://example.org/page"))
    assert opened == [QUrl("https://example.org/page")]


def test_content_problems_are_shown_not_fatal(qtbot, content: Path) -> None:  # noqa: ANN001
    (content / "handbook/part-one/02-beta.en.md").write_text("---\nid: [beta\n---\n", encoding="utf-8")
    window = open_window(qtbot, content)
    assert window.problems_button.isVisible() and "content problem" in window.problems_button.text()
    assert window.tree.item_for(Location("doc", "beta")) is None
    assert window.tree.item_for(Location("doc", "alpha")) is not None


def test_checklist_template_opens_from_the_tree(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click_tree_item(qtbot, window, Location("checklist", "screen"))
    assert "Check who holds the documents" in visible_text(window)
    window.reader.linkActivated.emit(QUrl("doc:alpha#first"))
    assert window.history.current == Location("doc", "alpha", "first")


def test_library_loaded_from_disk_matches_what_the_window_shows(window: MainWindow, content: Path) -> None:
    assert set(window.library.documents) == set(load_library(content).documents)


def test_every_feature_shares_one_user_database(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.open_location(Location("doc", "alpha", "first"))
    history = window.training.history
    store = window.reading.store
    assert history.db is store.db is window.context.user_database()


def test_the_reader_loads_no_file_but_the_content_images(qtbot, content: Path, tmp_path: Path,  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QTextDocument

    monkeypatch.chdir(tmp_path)
    (tmp_path / "passwd").write_text("root:x:0:0")
    (tmp_path / "passwd.png").write_bytes(b"not really")
    (content / "handbook/part-one/map.png").write_bytes(b"\x89PNG pretend")
    window = open_window(qtbot, content)
    image = QTextDocument.ResourceType.ImageResource
    for name in ("passwd", "passwd.png", "../passwd.png", str(tmp_path / "passwd.png"), "file:///etc/passwd",
                 "https://tracker.example/pixel.png"):
        assert window.reader.loadResource(image, QUrl(name)) is None, name
    assert bytes(window.reader.loadResource(image, QUrl("handbook/part-one/map.png"))) == b"\x89PNG pretend"
