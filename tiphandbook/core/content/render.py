"""Render documents and checklist templates to the HTML subset that QTextBrowser displays well.

Security: raw HTML is off and only allow-listed links survive (see ``markdown.build_markdown``). Internal
cross-references become ``doc:ID#anchor`` URLs that the reader opens itself; external links keep their URL and the
reader asks before leaving the app. Anchors are emitted as ``<a name>``, which is what QTextBrowser scrolls to.
Images are shown only from files inside the content folder (``images.image_source``), named relative to the content
root; a remote image or any other source is dropped, leaving its alt text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tiphandbook.core.content.images import image_source
from tiphandbook.core.content.labels import label
from tiphandbook.core.content.links import link_kind
from tiphandbook.core.content.markdown import build_markdown
from tiphandbook.core.content.model import CALLOUT_KINDS, Academy, Checklist, Document, Library, Part, pick
from tiphandbook.core.content.verify_box import verify_box
from tiphandbook.core.navigation import case_url, internal_url, quiz_url



class Renderer:
    """Turns library objects into HTML pages. One instance per library; it keeps no per-page state."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._md = build_markdown(strict=True)
        self._install_rules(self._md)

    # -- markdown-it render rules -------------------------------------------------------------------------
    def _install_rules(self, md: MarkdownIt) -> None:
        md.add_render_rule("heading_open", _heading_open)
        md.add_render_rule("link_open", _link_open)
        md.add_render_rule("image", _image)
        md.add_render_rule("table_open", _table_open)
        md.add_render_rule("footnote_ref", _footnote_ref)
        md.add_render_rule("footnote_anchor", _footnote_anchor)
        md.add_render_rule("footnote_open", _footnote_open)
        md.add_render_rule("footnote_block_open", lambda *a: '<hr/>\n<ol class="footnotes">\n')
        md.add_render_rule("footnote_block_close", lambda *a: "</ol>\n")
        for kind in CALLOUT_KINDS:
            md.add_render_rule(f"container_{kind}_open", _callout_open)
            md.add_render_rule(f"container_{kind}_close", lambda *a: "</td></tr></table>\n")

    def markdown(self, text: str, lang: str, folder: Path | None = None) -> str:
        """HTML for Markdown ``text``; images are shown only when ``folder`` (the page's folder) is given."""
        return self._md.render(text, {"lang": lang, "root": self.library.root, "folder": folder})

    # -- pages --------------------------------------------------------------------------------------------
    def document(self, doc: Document, requested_lang: str) -> str:
        """The whole page for a chapter or module, with its header, body, sources and history."""
        lang = doc.lang
        parts = [f'<h1><a name="top"></a>{escape(doc.title)}</h1>']
        if doc.summary:
            parts.append(f'<p class="summary">{escape(doc.summary)}</p>')
        if doc.audience:
            names = ", ".join(label(a, lang) for a in doc.audience)
            parts.append(f'<p class="meta">{label("for", lang)}: {escape(names)}</p>')
        if doc.kind == "chapter":
            parts.append(f'<p class="meta review">{escape(review_status(doc, lang))}</p>')
        if doc.lang != requested_lang:
            parts.append(_notice(label("not-translated", requested_lang)))
        if doc.module is not None:
            parts.append(self._module_header(doc))
        parts.append(self.markdown(doc.body, lang, doc.path.parent))
        if doc.sources:
            items = "".join(f"<li>{escape(s)}</li>" for s in doc.sources)
            parts.append(f'<h2><a name="sources"></a>{label("sources", lang)}</h2><ul class="sources">{items}</ul>')
        if doc.history:
            items = "".join(f"<li>{escape(date)}: {escape(note)}</li>" for date, note in doc.history)
            parts.append(f'<h3><a name="history"></a>{label("history", lang)}</h3><ul class="history">{items}</ul>')
        return "\n".join(parts)

    def part(self, part: Part, lang: str) -> str:
        """A part's page: its title, then each chapter as a link with its one-line summary."""
        out = [f'<h1><a name="top"></a>{escape(part.display_title(lang))}</h1>']
        out += [self._entry(doc, "") for doc in self._documents(part.chapters, lang)]
        return "\n".join(out)

    def academy(self, academy: Academy, lang: str) -> str:
        """An academy's page: its title and audience, then each module with its summary, duration and quiz."""
        out = [f'<h1><a name="top"></a>{escape(pick(academy.titles, lang))}</h1>']
        if academy.audience:
            names = ", ".join(label(a, lang) for a in academy.audience)
            out.append(f'<p class="meta">{label("for", lang)}: {escape(names)}</p>')
        out += [self._entry(doc, self._module_facts(doc, lang)) for doc in self._documents(academy.modules, lang)]
        return "\n".join(out)

    def _documents(self, doc_ids: Sequence[str], lang: str) -> list[Document]:
        return [doc for doc in (self.library.document(i, lang) for i in doc_ids) if doc is not None]

    @staticmethod
    def _entry(doc: Document, facts: str) -> str:
        out = f'<h3><a href="{escape(internal_url(doc.id))}">{escape(doc.title)}</a></h3>'
        if doc.summary:
            out += f"<p>{escape(doc.summary)}</p>"
        return out + (f'<p class="meta">{facts}</p>' if facts else "")

    def _module_facts(self, doc: Document, lang: str) -> str:
        """"Duration: 2 h · Quiz: <link>" for a module's line on its academy's page."""
        if doc.module is None:
            return ""
        facts = []
        if doc.module.duration_minutes:
            facts.append(f'{label("duration", lang)}: {_hours(doc.module.duration_minutes, lang)}')
        quiz = self.library.quiz(doc.module.quiz, lang) if doc.module.quiz else None
        if quiz is not None:
            facts.append(f'{label("quiz", lang)}: <a href="{quiz_url(quiz.id)}">{escape(quiz.title)}</a>')
        return " · ".join(facts)

    def _module_header(self, doc: Document) -> str:
        module, lang = doc.module, doc.lang
        assert module is not None
        out = [f'<p class="meta">{label("duration", lang)}: {_hours(module.duration_minutes, lang)}</p>']
        quiz = self.library.quiz(module.quiz, lang) if module.quiz else None
        if quiz is not None:
            out.append(
                f'<p class="meta">{label("quiz", lang)}: <a href="{quiz_url(quiz.id)}">{escape(quiz.title)} '
                f'({len(quiz.questions)} {label("questions", lang)}, {label("pass-mark", lang)} {quiz.pass_mark}%)</a></p>'
            )
        if module.objectives:
            out.append(f'<h2><a name="objectives"></a>{label("objectives", lang)}</h2>')
            out.append("<ul>" + "".join(f"<li>{escape(o)}</li>" for o in module.objectives) + "</ul>")
        if module.plan:
            titles = {s.anchor: s.title for s in doc.sections}
            rows = "".join(
                f'<tr><td width="85%"><a href="#{step.section}">{escape(titles.get(step.section, step.section))}</a></td>'
                f'<td align="right">{step.minutes} {label("minutes", lang)}</td></tr>'
                for step in module.plan
            )
            out.append(f'<h2><a name="lesson-plan"></a>{label("lesson-plan", lang)}</h2>')
            out.append(f'<table class="grid" width="100%" cellspacing="0" cellpadding="5">{rows}</table>')
        if module.teaches:
            links = "".join(f"<li>{self.reference_link(t, lang)}</li>" for t in module.teaches)
            out.append(f'<h2><a name="teaches"></a>{label("teaches", lang)}</h2><ul>{links}</ul>')
        return "\n".join(out)

    def reference_link(self, target: str, lang: str) -> str:
        """A link to ``doc#anchor`` titled "Chapter › Section" in the reader's language."""
        if self.library.document(target.partition("#")[0], lang) is None:
            return escape(target)
        return f'<a href="{escape(internal_url(target))}">{escape(self.reference_title(target, lang))}</a>'

    def reference_title(self, target: str, lang: str) -> str:
        """``doc#anchor`` as "Chapter › Section" in plain text (for an answer key or an export); the target itself
        when there is no such document."""
        doc_id, _, anchor = target.partition("#")
        doc = self.library.document(doc_id, lang)
        if doc is None:
            return target
        section = next((s for s in doc.sections if s.anchor == anchor), None)
        return doc.title + (f" › {section.title}" if section is not None else "")

    def checklist(self, checklist: Checklist, requested_lang: str) -> str:
        """A read-only view of a checklist template: sections, items, help and the section each item explains."""
        lang = checklist.lang
        english = self.library.checklist(checklist.id, "en") or checklist
        parts = [f'<h1><a name="top"></a>{escape(checklist.title)}</h1>']
        if checklist.summary:
            parts.append(f'<p class="summary">{escape(checklist.summary)}</p>')
        names = ", ".join(label(a, lang) for a in english.audience)
        parts.append(f'<p class="meta">{label("for", lang)}: {escape(names)} · {label("version", lang)} {english.version}</p>')
        if lang != requested_lang:
            parts.append(_notice(label("not-translated", requested_lang)))
        parts.append(f'<p><a href="{case_url(checklist.id)}">{label("start-record", requested_lang)}</a></p>')
        for section in checklist.sections:
            parts.append(f'<h2><a name="{section.id}"></a>{escape(section.title)}</h2><ul class="checklist">')
            for item in section.items:
                flag = f' <span class="required">({label("required", lang)})</span>' if item.required else ""
                text = f'<li><a name="{item.id}"></a>☐ {escape(item.text)}{flag}'
                if item.help:
                    text += f'<br/><span class="help">{escape(item.help)}</span>'
                if item.ref:
                    text += f'<br/><span class="help">{label("read", lang)}: {self.reference_link(item.ref, lang)}</span>'
                if item.verify:
                    text += verify_box(item.verify, lang)
                parts.append(text + "</li>")
            parts.append("</ul>")
        return "\n".join(parts)


def review_status(doc: Document, lang: str) -> str:
    """"Reviewed on DATE by ROLE", or that the chapter awaits its legal review, in the page's language."""
    if doc.reviewed is None:
        return label("not-reviewed", lang)
    date, role = doc.reviewed
    return label("reviewed", lang).replace("{date}", date).replace("{by}", role)


def _notice(text: str) -> str:
    return f'<table class="notice" width="100%" cellpadding="8"><tr><td>{escape(text)}</td></tr></table>'


def _hours(minutes: int, lang: str) -> str:
    hours, rest = divmod(minutes, 60)
    unit = {"en": "h", "ru": "ч", "uz": "soat"}.get(lang, "h")
    text = f"{hours} {unit}" if hours else ""
    return f"{text} {rest} {label('minutes', lang)}".strip() if rest else text


def _heading_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    token = tokens[idx]
    anchor = token.meta.get("anchor")
    name = f'<a name="{escape(anchor)}"></a>' if anchor else ""
    return f"<{token.tag}>{name}"


def _link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    token = tokens[idx]
    href = str(token.attrs.get("href", ""))
    kind = link_kind(href)
    if kind == "document":
        token.attrs["href"] = internal_url(href)
    elif kind == "external":
        token.attrs["class"] = "external"
        token.attrs["title"] = href
    elif kind == "forbidden":  # a relative path that got past validateLink for images' sake: not a link
        del token.attrs["href"]
    return self.renderToken(tokens, idx, options, env)


def _image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    token = tokens[idx]
    alt = escape(self.renderInlineAsText(token.children or [], options, env))
    folder = env.get("folder")
    src = image_source(env["root"], folder, str(token.attrs.get("src", ""))) if folder is not None else None
    return f'<img src="{escape(src)}" alt="{alt}"/>' if src else alt


def _table_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    return '<table class="grid" width="100%" cellspacing="0" cellpadding="5">\n'


def _callout_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    kind = tokens[idx].type[len("container_") : -len("_open")]
    title = escape(label(kind, env.get("lang", "en")))
    return (
        f'<table class="callout {kind}" width="100%" cellspacing="0" cellpadding="10">'
        f'<tr><td class="{kind}"><p class="callout-label">{title}</p>\n'
    )


def _footnote_ref(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    number = tokens[idx].meta["id"] + 1
    sub = tokens[idx].meta.get("subId", 0)
    ref_name = f"fnref{number}" + (f"-{sub}" if sub else "")
    return f'<sup><a name="{ref_name}"></a><a href="#fn{number}">[{number}]</a></sup>'


def _footnote_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    return f'<li><a name="fn{tokens[idx].meta["id"] + 1}"></a>'


def _footnote_anchor(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict) -> str:
    return f' <a href="#fnref{tokens[idx].meta["id"] + 1}">↩</a>'
