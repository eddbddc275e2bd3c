"""What the reader registers: its page kinds and the links it follows itself. One line per kind or scheme; a new
kind of page is its module plus one line here (docs/architecture.md, "Adding a page kind or a link scheme")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QUrl

from tiphandbook.core.navigation import ACADEMY_SCHEME, CHECKLIST_SCHEME, DOC_SCHEME, HOME, PART_SCHEME, Location
from tiphandbook.ui.reader.checklist_page import ChecklistPage
from tiphandbook.ui.reader.doc_page import DocPage
from tiphandbook.ui.reader.home_page import HomeFacts, HomePage
from tiphandbook.ui.reader.overview_pages import AcademyPage, PartPage

if TYPE_CHECKING:
    from tiphandbook.ui.common.context import FeatureContext


def register_reader(context: FeatureContext, home_facts: Callable[[], HomeFacts]) -> None:
    context.pages.register(HomePage(context, home_facts))
    context.pages.register(DocPage(context))
    context.pages.register(ChecklistPage(context))
    context.pages.register(PartPage(context))
    context.pages.register(AcademyPage(context))
    context.links.register(DOC_SCHEME, lambda url: _cross_reference(context, url))
    context.links.register(CHECKLIST_SCHEME, lambda url: _checklist(context, url))
    context.links.register(PART_SCHEME, lambda url: _overview(context, "part", url))
    context.links.register(ACADEMY_SCHEME, lambda url: _overview(context, "academy", url))
    context.links.register("", lambda url: _anchor_in_page(context, url))


def _cross_reference(context: FeatureContext, url: QUrl) -> bool:
    """``doc:ID#anchor``; a page missing from the content is said by ``open_location`` itself."""
    context.open_location(Location("doc", url.path(), url.fragment()))
    return True


def _checklist(context: FeatureContext, url: QUrl) -> bool:
    """``checklist:ID``, from the home page's Checklists section."""
    context.open_location(Location("checklist", url.path(), url.fragment()))
    return True


def _overview(context: FeatureContext, kind: Literal["part", "academy"], url: QUrl) -> bool:
    """``part:ID`` and ``academy:ID``, from the home page: what is in a part or an academy."""
    context.open_location(Location(kind, url.path()))
    return True


def _anchor_in_page(context: FeatureContext, url: QUrl) -> bool:
    """``#anchor`` scrolls the page on screen; a bare relative path is no link the reader knows."""
    if not url.hasFragment() or url.path():
        return False
    context.open_location((context.current_location() or HOME).at(url.fragment()))
    return True
