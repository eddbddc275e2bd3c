"""The home page: where the user left off, what is due for review, open case records, then the way in to
everything (the handbook's parts, the checklists, the curricula).

The page is HTML for the reading pane (tables are its only boxes); its look is in the reader stylesheets
(``table.cards``, ``td.card``, ``p.empty``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tiphandbook.core.content.model import Library, pick
from tiphandbook.core.navigation import (
    CASE_SCHEME,
    academy_url,
    checklist_url,
    internal_url,
    part_url,
    quiz_url,
)

if TYPE_CHECKING:
    from tiphandbook.core.navigation import Location
    from tiphandbook.ui.common.context import FeatureContext


@dataclass(frozen=True)
class HomeFacts:
    """What the user's own data adds to the page; unknown (None) while the handbook is still opening, so start-up
    never waits for the user database."""

    due: list[tuple[str, str, int]]  # (quiz id, title, questions due), most due first
    open_records: int  # case records in progress: a count only, readable while the records are locked


class HomeTexts(QObject):
    """The page's words in the interface language (a QObject so that plural forms reach the translators)."""

    def chapters(self, count: int) -> str:
        return self.tr("%n chapter(s)", "", count)

    def due_questions(self, count: int) -> str:
        return self.tr("%n question(s) due", "", count)

    def open_records(self, count: int) -> str:
        return self.tr("%n case record(s) in progress", "", count)


def home_html(library: Library, lang: str, recent: list[dict], loading: bool, facts: HomeFacts | None = None) -> str:
    """Build the page from the library's navigation; ``loading`` while the documents are still being read."""
    texts = HomeTexts()
    out = [f'<h1><a name="top"></a>{escape(pick(library.book_titles, lang))}</h1>']
    out.append("<p class='summary'>" + escape(QCoreApplication.translate("HomePage",
        "An offline handbook and training tool for investigators, prosecutors, judges and trainers working on "
        "trafficking in persons cases. Everything here works without an internet connection."
    )) + "</p>")
    out.append("<p class='meta'>" + escape(QCoreApplication.translate("HomePage",
        "Training edition: not an official publication. Where this handbook and the official legal texts differ, "
        "the official texts prevail."
    )) + "</p>")
    if loading:
        out.append("<p class='meta'>" + escape(QCoreApplication.translate("HomePage", "Opening the handbook…")) + "</p>")
    cards = [_continue_card(library, lang, recent, texts)]
    if facts is not None:
        cards += [_due_card(facts, texts), _records_card(facts, texts)]
    out.append('<table class="cards" width="100%" cellspacing="8" cellpadding="12"><tr>')
    width = 100 // len(cards)
    out += [f'<td class="card" width="{width}%" valign="top">{card}</td>' for card in cards]
    out.append("</tr></table>")
    out.append(_parts(library, lang, texts))
    out.append(_checklists(library, lang, texts))
    out.append(_curricula(library, lang, texts))
    return "\n".join(out)


def _heading(anchor: str, text: str) -> str:
    return f'<h2><a name="{anchor}"></a>{escape(text)}</h2>'


def _card_title(anchor: str, text: str) -> str:
    return f'<p class="card-title"><a name="{anchor}"></a>{escape(text)}</p>'


def _empty(text: str) -> str:
    return f"<p class='empty'>{escape(text)}</p>"


def _continue_card(library: Library, lang: str, recent: list[dict], texts: HomeTexts) -> str:
    entries = [r for r in recent if isinstance(r, dict) and library.document(str(r.get("doc")), lang)]
    out = [_card_title("continue", QCoreApplication.translate("HomePage", "Continue where you left off"))]
    if not entries:
        first = next((c for part in library.parts for c in part.chapters if library.document(c, lang)), None)
        out.append(_empty(QCoreApplication.translate("HomePage", "Nothing read yet.")))
        if first is not None:
            doc = library.document(first, lang)
            assert doc is not None
            start = escape(QCoreApplication.translate("HomePage", "Start with:"))
            out.append(f'<p>{start} <a href="{internal_url(first)}">{escape(doc.title)}</a></p>')
        return "".join(out)
    first_entry = entries[0]
    doc = library.document(first_entry["doc"], lang)
    assert doc is not None
    target = first_entry["doc"] + (f"#{first_entry['anchor']}" if first_entry.get("anchor") else "")
    out.append(f'<p class="lead"><a href="{internal_url(target)}">{escape(doc.title)}</a></p>')
    if len(entries) > 1:
        recently = escape(QCoreApplication.translate("HomePage", "Recently read"))
        out.append(f'<p class="card-subtitle"><a name="recent"></a>{recently}</p><ul>')
        for entry in entries[1:]:
            doc = library.document(entry["doc"], lang)
            assert doc is not None
            out.append(f'<li><a href="{internal_url(entry["doc"])}">{escape(doc.title)}</a></li>')
        out.append("</ul>")
    return "".join(out)


def _due_card(facts: HomeFacts, texts: HomeTexts) -> str:
    out = [_card_title("due", QCoreApplication.translate("HomePage", "Due for review"))]
    if not facts.due:
        out.append(_empty(QCoreApplication.translate("HomePage", "Nothing is due. Questions you miss in a quiz come back here for review.")))
        return "".join(out)
    out.append("<ul>")
    for quiz_id, title, count in facts.due:
        out.append(f'<li><a href="{quiz_url(quiz_id)}">{escape(title)}</a> — {escape(texts.due_questions(count))}</li>')
    out.append("</ul>")
    return "".join(out)


def _records_card(facts: HomeFacts, texts: HomeTexts) -> str:
    out = [_card_title("records", QCoreApplication.translate("HomePage", "Case records"))]
    if facts.open_records:
        out.append(f'<p class="lead"><a href="{CASE_SCHEME}:">{escape(texts.open_records(facts.open_records))}</a></p>')
        out.append(_empty(QCoreApplication.translate("HomePage", "Their contents stay locked until you enter your passphrase.")))
    else:
        out.append(_empty(QCoreApplication.translate("HomePage", "No case record in progress. Start one from a checklist below.")))
    return "".join(out)


def _parts(library: Library, lang: str, texts: HomeTexts) -> str:
    out = [_heading("parts", QCoreApplication.translate("HomePage", "The handbook")),
           '<table class="grid" width="100%" cellspacing="0" cellpadding="6">']
    for part in library.parts:
        cell = f'<a href="{part_url(part.id)}">{escape(part.display_title(lang))}</a>'
        count = texts.chapters(len(part.chapters)) if part.chapters else ""
        out.append(f"<tr><td width='80%'>{cell}</td><td align='right' class='count'>{escape(count)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _checklists(library: Library, lang: str, texts: HomeTexts) -> str:
    checklists = [c for c in (library.checklist(cid, lang) for cid in library.checklist_ids()) if c is not None]
    out = [_heading("checklists", QCoreApplication.translate("HomePage", "Checklists"))]
    if not checklists:
        out.append(_empty(QCoreApplication.translate("HomePage", "Checklists appear here once the handbook has opened.")))
        return "".join(out)
    out.append("<ul>")
    for checklist in sorted(checklists, key=lambda c: c.title.casefold()):
        out.append(f'<li><a href="{checklist_url(checklist.id)}">{escape(checklist.title)}</a></li>')
    out.append("</ul>")
    return "".join(out)


def _curricula(library: Library, lang: str, texts: HomeTexts) -> str:
    if not library.academies:
        return ""
    out = [_heading("curricula", QCoreApplication.translate("HomePage", "Curricula")), "<ul>"]
    for academy in library.academies:
        out.append(f'<li><a href="{academy_url(academy.id)}">{escape(pick(academy.titles, lang))}</a></li>')
    out.append("</ul>")
    return "".join(out)


class HomePage:
    """The home page as a page kind: never cached, since it follows what was read last, the loading state and the
    user's reviews and records (``facts``, asked only once the handbook is open, so start-up never opens the
    user database)."""

    kind = "home"
    cached = False

    def __init__(self, context: FeatureContext, facts: Callable[[], HomeFacts]) -> None:
        self.context = context
        self.facts = facts

    def html(self, location: Location, lang: str) -> str | None:
        context = self.context
        facts = None if context.loading else self.facts()
        return home_html(context.library, lang, context.settings["recent"], context.loading, facts)

    def title(self, location: Location, lang: str) -> str:
        return ""
