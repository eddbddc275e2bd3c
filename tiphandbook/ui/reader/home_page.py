"""The home page: what the app is, the parts of the handbook, the curricula, and what was read recently."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tiphandbook.core.content.model import Library, pick
from tiphandbook.core.navigation import internal_url

if TYPE_CHECKING:
    from tiphandbook.core.navigation import Location
    from tiphandbook.ui.common.context import FeatureContext


def home_html(library: Library, lang: str, recent: list[dict], loading: bool, chapter_count: Callable[[int], str]) -> str:
    """Build the page from the library's navigation; ``loading`` while the documents are still being read.

    ``chapter_count`` words a number of chapters in the interface language, plural forms included (it comes from a
    QObject's ``tr``: pyside6-lupdate does not see plural forms in module-level ``translate`` calls).
    """
    title = escape(pick(library.book_titles, lang))
    continue_label = escape(QCoreApplication.translate("HomePage", "Continue where you left off"))
    recent_label = escape(QCoreApplication.translate("HomePage", "Recently read"))
    handbook_label = escape(QCoreApplication.translate("HomePage", "The handbook"))
    curricula_label = escape(QCoreApplication.translate("HomePage", "Curricula"))
    out = [f'<h1><a name="top"></a>{title}</h1>']
    out.append("<p class='summary'>" + escape(QCoreApplication.translate(
        "HomePage",
        "An offline handbook and training tool for investigators, prosecutors, judges and trainers working on "
        "trafficking in persons cases. Everything here works without an internet connection."
    )) + "</p>")
    out.append("<p class='meta'>" + escape(QCoreApplication.translate(
        "HomePage",
        "Training edition: not an official publication. Where this handbook and the official legal texts differ, "
        "the official texts prevail."
    )) + "</p>")
    if loading:
        out.append("<p class='meta'>" + escape(QCoreApplication.translate("HomePage", "Opening the handbook…")) + "</p>")
    entries = [r for r in recent if isinstance(r, dict) and library.document(str(r.get("doc")), lang)]
    if entries:
        first = entries[0]
        doc = library.document(first["doc"], lang)
        assert doc is not None
        target = first["doc"] + (f"#{first['anchor']}" if first.get("anchor") else "")
        out.append(f'<h2><a name="continue"></a>{continue_label}</h2>')
        out.append(f'<p><a href="{internal_url(target)}">{escape(doc.title)}</a></p>')
        if len(entries) > 1:
            out.append(f'<h3><a name="recent"></a>{recent_label}</h3><ul>')
            for entry in entries[1:]:
                doc = library.document(entry["doc"], lang)
                assert doc is not None
                out.append(f'<li><a href="{internal_url(entry["doc"])}">{escape(doc.title)}</a></li>')
            out.append("</ul>")
    out.append(f'<h2><a name="parts"></a>{handbook_label}</h2>')
    out.append('<table class="grid" width="100%" cellspacing="0" cellpadding="6">')
    for part in library.parts:
        first_chapter = next((c for c in part.chapters if library.document(c, lang)), None)
        name = escape(part.display_title(lang))
        cell = f'<a href="{internal_url(first_chapter)}">{name}</a>' if first_chapter else name
        count = chapter_count(len(part.chapters)) if part.chapters else ""
        out.append(f"<tr><td width='80%'>{cell}</td><td align='right'>{escape(count)}</td></tr>")
    out.append("</table>")
    if library.academies:
        out.append(f'<h2><a name="curricula"></a>{curricula_label}</h2><ul>')
        for academy in library.academies:
            first_module = academy.modules[0] if academy.modules else None
            name = escape(pick(academy.titles, lang))
            out.append(f'<li><a href="{internal_url(first_module)}">{name}</a></li>' if first_module else f"<li>{name}</li>")
        out.append("</ul>")
    return "\n".join(out)


class HomePage:
    """The home page as a page kind: never cached, since it follows what was read last and the loading state."""

    kind = "home"
    cached = False

    def __init__(self, context: FeatureContext, chapter_count: Callable[[int], str]) -> None:
        self.context = context
        self.chapter_count = chapter_count

    def html(self, location: Location, lang: str) -> str | None:
        context = self.context
        return home_html(context.library, lang, context.settings["recent"], context.loading, self.chapter_count)

    def title(self, location: Location, lang: str) -> str:
        return ""
