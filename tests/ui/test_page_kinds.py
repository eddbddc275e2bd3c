"""A new kind of page and a new link scheme are one module and one registration line each (docs/architecture.md,
"Adding a page kind or a link scheme"). The glossary below exists only in this test: it is registered the way a
feature registers its pages, then opened through open_location and through a link, and shown in the reader."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from tiphandbook.core.navigation import Location
from tiphandbook.ui.common.context import FeatureContext
from tiphandbook.ui.shell.main_window import MainWindow
from tests.helpers.windows import open_window

TERMS = {
    "victim": {"en": "Victim", "ru": "Жертва", "uz": "Jabrlanuvchi"},
    "exploitation": {"en": "Exploitation", "ru": "Эксплуатация", "uz": "Ekspluatatsiya"},
}


class GlossaryPage:
    """The whole page kind: one term a page, with links to the next term and back into the handbook."""

    kind = "glossary"
    cached = True

    def __init__(self, context: FeatureContext) -> None:
        self.context = context

    def html(self, location: Location, lang: str) -> str | None:
        term = TERMS.get(location.id)
        if term is None:
            return None
        return (f'<h1><a name="top"></a>{escape(term[lang])}</h1>'
                f'<p><a href="glossary:exploitation">next term</a> <a href="doc:alpha#first">Alpha</a></p>')

    def title(self, location: Location, lang: str) -> str:
        term = TERMS.get(location.id)
        return term[lang] if term else ""


def follow_glossary_link(context: FeatureContext, url: QUrl) -> bool:
    context.open_location(Location("glossary", url.path()))  # type: ignore[arg-type]  # a kind core does not list
    return True


def register_glossary(context: FeatureContext) -> None:
    context.pages.register(GlossaryPage(context))
    context.links.register("glossary", lambda url: follow_glossary_link(context, url))


@pytest.fixture
def window(qtbot, content: Path) -> MainWindow:  # noqa: ANN001
    window = open_window(qtbot, content)
    register_glossary(window.context)
    return window


def glossary(term: str) -> Location:
    return Location("glossary", term)  # type: ignore[arg-type]


def test_a_registered_page_kind_opens_through_open_location_and_shows_in_the_reader(window: MainWindow) -> None:
    assert window.context.open_location(glossary("victim"))
    assert window.history.current == glossary("victim")
    assert "Victim" in window.reader.toPlainText()
    assert window.windowTitle().startswith("Victim — ")


def test_a_registered_link_scheme_is_followed_from_the_page(window: MainWindow) -> None:
    window.context.open_location(glossary("victim"))
    window.reader.linkActivated.emit(QUrl("glossary:exploitation"))
    assert window.history.current == glossary("exploitation")
    assert "Exploitation" in window.reader.toPlainText()
    window.reader.linkActivated.emit(QUrl("doc:alpha#first"))  # from the new page back into the handbook
    assert window.history.current == Location("doc", "alpha", "first")
    window.go_back()
    window.go_back()
    assert window.history.current == glossary("victim") and "Victim" in window.reader.toPlainText()


def test_the_new_page_follows_the_content_language(window: MainWindow) -> None:
    window.context.open_location(glossary("victim"))
    window.set_content_language("ru")
    assert "Жертва" in window.reader.toPlainText() and window.windowTitle().startswith("Жертва")


def test_a_term_that_is_not_there_is_said_so(window: MainWindow) -> None:
    window.context.open_location(glossary("victim"))
    assert not window.context.open_location(glossary("no-such-term"))
    assert window.history.current == glossary("victim")
    assert window.statusBar().currentMessage() == "This page is not in the loaded content."


def test_unregistered_kinds_and_schemes_are_refused(qtbot, content: Path) -> None:  # noqa: ANN001
    window = open_window(qtbot, content)
    assert not window.context.open_location(glossary("victim"))
    window.follow_link(QUrl("glossary:victim"))
    assert window.statusBar().currentMessage() == "This link cannot be opened."
    assert "glossary" not in window.context.pages.kinds() and "glossary" not in window.context.links.schemes()


def test_a_kind_or_a_scheme_is_registered_once(window: MainWindow) -> None:
    with pytest.raises(ValueError, match="glossary"):
        window.context.pages.register(GlossaryPage(window.context))
    with pytest.raises(ValueError, match="quiz"):
        window.context.links.register("quiz", lambda url: True)
