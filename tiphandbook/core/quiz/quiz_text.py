"""A question's texts in the format they were written in (``Question.text_format``), made safe to show.

Plain text (the app's own quizzes; GIFT's ``[plain]``, ``[moodle]`` and unmarked text) is escaped, as Moodle shows
it. ``[markdown]`` is rendered by markdown-it with raw HTML off. ``[html]`` keeps its formatting, links, images and
audio through an allow-list sanitiser (nh3, the Python binding of the maintained ammonia library): every tag or
attribute not listed here is dropped, scripts and event handlers with their content, links only keep the
schemes below, and a ``style`` keeps only simple text properties (italic, bold, colour, alignment). The sanitiser
runs when an import stores the HTML and again whenever it is shown, because a quiz file is data that anyone may
have edited. Widgets that cannot show rich text get ``to_plain``.
"""

from __future__ import annotations

import html
from functools import cache
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "b", "strong", "i", "em", "u", "s", "sub", "sup", "span", "div", "blockquote", "code", "pre",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td",
    "a", "img", "audio", "video", "source",
})
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"}, "audio": {"src", "controls"},
    "video": {"src", "controls", "width", "height"}, "source": {"src", "type"}, "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"}, "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
STYLED = ("span", "p", "div", "td", "th", "li")  # may carry a style attribute, reduced to the properties below
STYLE_PROPERTIES = frozenset({"font-style", "font-weight", "text-decoration", "color", "background-color", "text-align"})
_BLOCKS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr"})


def sanitize_html(text: str) -> str:
    attributes = {tag: set(ALLOWED_ATTRIBUTES.get(tag, ())) | ({"style"} if tag in STYLED else set())
                  for tag in ALLOWED_TAGS}
    return nh3.clean(text, tags=set(ALLOWED_TAGS), attributes=attributes, url_schemes=set(URL_SCHEMES),
                     link_rel="noopener noreferrer", filter_style_properties=set(STYLE_PROPERTIES))


@cache
def _markdown():  # noqa: ANN202 - markdown-it loads on first use, never at start-up
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


def to_html(text: str, text_format: str) -> str:
    """HTML that is safe to put into a page."""
    if text_format == "html":
        return sanitize_html(text)
    if text_format == "markdown":
        return sanitize_html(_markdown().render(text))
    return html.escape(text, quote=False).replace("\n", "<br/>")


def inline_html(text: str, text_format: str) -> str:
    """Like ``to_html``, without the paragraph markdown wraps a one-line text in (for list items and labels)."""
    rendered = to_html(text, text_format).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def to_plain(text: str, text_format: str) -> str:
    """The words of a text, without markup, for widgets that show plain text."""
    if text_format == "plain":
        return text
    extractor = _Words()
    extractor.feed(to_html(text, text_format))
    extractor.close()
    return " ".join(" ".join(line.split()) for line in "".join(extractor.parts).splitlines() if line.strip())


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "img":
            self.parts.append(dict(attrs).get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
