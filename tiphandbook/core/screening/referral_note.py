"""The referral note: an interview's record as HTML for the page printer, in one officer language or two.

It opens and closes with a NOT ENCRYPTED warning: once printed, the note is outside the vault. Its fields are
the ones the guide lists (each with the handbook section that asks for it), plus what the interview itself holds;
the guide's verify boxes say what the official procedure may require beyond that. Everything typed by the officer
is escaped, so a note can never carry markup or a link.

Bilingual notes (for a service that works in another language) give each label and each guide text in both
languages; what the officer typed appears once, as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from html import escape
from operator import attrgetter
from typing import TypeVar

from tiphandbook.core.screening.labels import label
from tiphandbook.core.screening.model import STANDARD_ANSWERS, Card, Guide
from tiphandbook.core.screening.session import InterviewSession, Summary

T = TypeVar("T")
_LABEL, _TITLE, _QUESTION = attrgetter("label"), attrgetter("title"), attrgetter("question")
_RECOMMEND, _VERIFY_TEXT = attrgetter("recommend"), attrgetter("verify")
_WARNING = ('<table width="100%" cellpadding="8" border="1" style="border-color: #b00020; border-style: solid">'
            '<tr><td style="color: #b00020"><b>{}</b></td></tr></table>')
_VERIFY = ('<table width="100%" cellpadding="6" border="1" style="border-style: solid"><tr><td>'
           '<b>{title}:</b> {text}</td></tr></table>')


def referral_note_html(
    session: InterviewSession, guides: Sequence[Guide], printed: datetime, describe_ref: Callable[[str], str] = str,
) -> str:
    """The note in ``guides[0]``'s language, with ``guides[1]``'s beside it when given (the same guide translated)."""
    if not guides or any(g.id != session.guide.id for g in guides):
        raise ValueError("the note is written from the interview's own guide")
    note = _Note(session, tuple(guides[:2]), describe_ref)
    return "\n".join(note.parts(printed))


class _Note:
    def __init__(self, session: InterviewSession, guides: tuple[Guide, ...], describe_ref: Callable[[str], str]) -> None:
        self.session = session
        self.guides = guides
        self.langs = tuple(g.lang for g in guides)
        self.describe_ref = describe_ref

    def label(self, key: str) -> str:
        return " / ".join(escape(label(key, lang)) for lang in self.langs)

    def texts(self, pick: Callable[[Guide], str]) -> str:
        """A guide text in each language, the second in italics; the same text is given once."""
        values = list(dict.fromkeys(pick(g) for g in self.guides if pick(g)))
        return "<br>".join(escape(v) if n == 0 else f"<i>{escape(v)}</i>" for n, v in enumerate(values))

    def item_texts(self, find: Callable[[Guide, str], T | None], item_id: str, read: Callable[[T], str]) -> str:
        """A text of one card, rule, indicator or note field, in each language of the note."""
        return self.texts(lambda g: read(item) if (item := find(g, item_id)) is not None else "")

    def parts(self, printed: datetime) -> list[str]:
        s, summary = self.session, self.session.summary()
        parts = [_WARNING.format(self.label("not-encrypted").replace(" / ", "<br>")),
                 f"<h1>{self.label('note-title')}</h1>"]
        rows = [
            (self.label("reference"), escape(s.reference)),
            (self.label("guide"), f"{self.texts(lambda g: g.title)} ({self.label('version')} {s.guide.version})"),
            (self.label("started"), _when(s.started)),
            (self.label("ended"), _when(s.ended) if s.ended else ""),
            (self.label("languages"), (f"{self.label('officer-language')}: {escape(s.guide.lang)}; "
                                      f"{self.label('person-language')}: {escape(s.words.name)} ({escape(s.words.lang)})")),
            (self.label("outcome"), self.label(f"state-{summary.state.value}")),
        ]
        parts.append(_table(rows))
        parts += self.fields() + self.indicators(summary) + self.recommendations(summary) + self.answers(summary)
        parts += self.notes() + self.verify_boxes(summary)
        parts.append(f"<p>{self.label('printed')}: {_when(printed)}</p>")
        parts.append(_WARNING.format(self.label("not-encrypted").replace(" / ", "<br>")))
        return parts

    def fields(self) -> list[str]:
        guide = self.session.guide
        if not guide.note_fields:
            return []
        rows = []
        for field in guide.note_fields:
            value = self.session.note_fields.get(field.id, "")
            shown = _typed(value) if value else f"<i>{self.label('not-filled')}</i>"
            rows.append((self.item_texts(Guide.note_field, field.id, _LABEL), shown))
        return [f"<h2>{self.label('details')}</h2>", _table(rows)]

    def indicators(self, summary: Summary) -> list[str]:
        out = [f"<h2>{self.label('indicators')}</h2>"]
        if not summary.raised:
            return out + [f"<p>{self.label('no-indicators')}</p>"]
        items = []
        for raised in summary.raised:
            title = self.item_texts(Guide.indicator, raised.id, _TITLE)
            cards = [c for c in raised.by if c != "officer"]
            sources = [f"{self.label('from-answers')}: {escape(', '.join(cards))}"] if cards else []
            if "officer" in raised.by:
                observation = self.session.observations[raised.id]
                sources.append(self.label("observed") + (f": {_typed(observation.note)}" if observation.note else ""))
            items.append(f"<li><b>{title}</b><br>{'; '.join(sources)}<br>"
                         f"{self.label('see')}: {escape(self.describe_ref(raised.ref))}</li>")
        return out + [f"<ul>{''.join(items)}</ul>"]

    def recommendations(self, summary: Summary) -> list[str]:
        if not summary.recommendations:
            return []
        items = []
        for rule in summary.recommendations:
            refs = "; ".join(escape(self.describe_ref(ref)) for ref in rule.refer)
            items.append(f"<li>{self.item_texts(Guide.rule, rule.id, _RECOMMEND)}<br>{self.label('see')}: {refs}</li>")
        return [f"<h2>{self.label('recommendation')}</h2>", f"<ul>{''.join(items)}</ul>"]

    def answers(self, summary: Summary) -> list[str]:
        s = self.session
        if not s.answers:
            return []
        head = f"<tr><th>{self.label('time')}</th><th>{self.label('question')}</th><th>{self.label('answer')}</th></tr>"
        rows = []
        for answer in s.answers.values():
            question = self.item_texts(Guide.card, answer.card, _QUESTION)
            if answer.value in STANDARD_ANSWERS:
                given = self.label(answer.value)
            elif answer.value:
                given = self.item_texts(Guide.card, answer.card, partial(_choice_label, answer.value))
            else:
                given = f"{_typed(answer.text)} <i>({self.label('as-written')})</i>"
            shown = f"<br><small>{self.label('shown')} ({escape(s.words.lang)}): {escape(answer.says)} — {escape(answer.shown)}</small>"
            rows.append(f"<tr><td>{_when(answer.at, time_only=True)}</td><td>{question}{shown}</td><td>{given}</td></tr>")
        out = [f"<h2>{self.label('answers')}</h2>",
               f'<table width="100%" cellpadding="4" border="1" style="border-style: solid">{head}{"".join(rows)}</table>']
        if summary.unanswered:
            names = "; ".join(self.item_texts(Guide.card, c, _QUESTION) for c in summary.unanswered)
            out.append(f"<p><b>{self.label('not-reached')}:</b> {names}</p>")
        return out

    def notes(self) -> list[str]:
        if not self.session.notes:
            return []
        items = "".join(f"<li>{_when(at, time_only=True)}: {_typed(text)}</li>" for at, text in self.session.notes)
        return [f"<h2>{self.label('notes')}</h2>", f"<ul>{items}</ul>"]

    def verify_boxes(self, summary: Summary) -> list[str]:
        texts = [self.item_texts(Guide.rule, rule.id, _VERIFY_TEXT) for rule in summary.recommendations]
        texts.append(self.texts(lambda g: g.note_verify))
        return [_VERIFY.format(title=self.label("verify"), text=t) for t in dict.fromkeys(texts) if t]


def _choice_label(choice_id: str, card: Card) -> str:
    return card.choice_label(choice_id) or choice_id


def _table(rows: list[tuple[str, str]]) -> str:
    body = "".join(f'<tr><td width="30%"><b>{key}</b></td><td>{value}</td></tr>' for key, value in rows)
    return f'<table width="100%" cellpadding="4" border="1" style="border-style: solid">{body}</table>'


def _typed(text: str) -> str:
    """What the officer typed: escaped, its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def _when(moment: datetime, time_only: bool = False) -> str:
    """Local time with its zone, as the reader of the note would give it."""
    return moment.astimezone().strftime("%H:%M" if time_only else "%Y-%m-%d %H:%M %Z").strip()
