"""The contents tree as a reader uses it: a part or an academy opens its own page, long titles are read whole, and
the width given to the tree comes back at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeWidgetItem

from tiphandbook.core.navigation import HOME, Location
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import open_window

LONG_RU_TITLE = "Квалификация по статье 135 Уголовного кодекса и разграничение со смежными составами преступлений"


def click(qtbot, window: MainWindow, item: QTreeWidgetItem) -> None:  # noqa: ANN001
    window.tree.scrollToItem(item)
    rect = window.tree.visualItemRect(item)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_part_opens_its_chapters_with_their_summaries(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    part = window.tree.item_for(Location("part", "part-one"))
    assert part is not None and not part.isExpanded()
    click(qtbot, window, part)
    assert window.history.current == Location("part", "part-one")
    text = window.reader.toPlainText()
    assert "A. Part one" in text
    assert "Alpha chapter" in text and "The first test chapter." in text
    assert "Beta chapter" in text and "The second test chapter." in text
    assert window.windowTitle().startswith("A. Part one")
    assert part.isExpanded()  # the branch opens as well
    anchor = window.reader.document().toHtml()
    assert 'href="doc:alpha"' in anchor
    window.go_back()
    assert window.history.current == HOME
    window.go_forward()
    assert window.history.current == Location("part", "part-one")


def test_enter_on_an_academy_opens_its_modules_with_duration_and_quiz(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    academy = window.tree.item_for(Location("academy", "academy-one"))
    assert academy is not None
    academy.parent().setExpanded(True)
    window.tree.setFocus()
    window.tree.setCurrentItem(academy)
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.history.current == Location("academy", "academy-one")
    text = window.reader.toPlainText()
    assert "Test academy" in text and "Introductory module" in text and "A test module." in text
    assert "Duration: 1 h 30 min" in text
    assert 'href="quiz:intro-quiz"' in window.reader.document().toHtml()


def test_the_home_page_links_each_part_to_its_page(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    html = window.context.pages.html(HOME, window.lang)
    assert 'href="part:part-one"' in html and 'href="academy:academy-one"' in html
    window.reader.linkActivated.emit(QUrl("part:part-one"))
    assert window.history.current == Location("part", "part-one")
    window.reader.linkActivated.emit(QUrl("academy:academy-one"))
    assert window.history.current == Location("academy", "academy-one")


def test_a_long_russian_title_is_shown_whole_on_several_lines(qtbot, content: Path) -> None:  # noqa: ANN001
    chapter = content / "handbook" / "part-one" / "01-alpha.ru.md"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("Глава альфа", LONG_RU_TITLE), encoding="utf-8")
    window = open_window(qtbot, content)
    window.set_content_language("ru")
    item = window.tree.item_for(Location("doc", "alpha"))
    assert item is not None and item.text(0) == LONG_RU_TITLE
    item.parent().setExpanded(True)
    qtbot.waitUntil(lambda: window.tree.visualItemRect(item).height() > 0)
    tree = window.tree
    line = QFontMetrics(tree.font()).height()
    rect = tree.visualItemRect(item)
    assert rect.width() < QFontMetrics(tree.font()).horizontalAdvance(LONG_RU_TITLE)  # too long for one line
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() >= 2 * line)
    assert tree.wordWrap() and tree.textElideMode() == Qt.TextElideMode.ElideNone
    assert item.toolTip(0) == LONG_RU_TITLE


def test_the_width_of_the_contents_comes_back_after_a_restart(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    window.splitter.setSizes([420, 480])
    wanted = window.splitter.sizes()[0]
    window.close()
    again = open_window(qtbot, content, size=None)
    assert again.splitter.sizes()[0] == wanted


def test_clicking_an_open_part_again_keeps_its_chapters_in_view(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    part = window.tree.item_for(Location("part", "part-one"))
    assert part is not None
    click(qtbot, window, part)
    window.open_location(Location("doc", "alpha"))
    click(qtbot, window, part)
    assert part.isExpanded() and window.history.current == Location("part", "part-one")
