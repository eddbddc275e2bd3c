"""The Markdown dialect of the content files, in one place for both the checker and the renderer.

CommonMark + pipe tables + footnotes + ``::: kind`` callouts + explicit heading anchors ``## Title {#anchor}``.
The scanner is permissive (it sees raw HTML and any link) so that the checker can report what the renderer,
which is strict, will refuse to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from tiphandbook.core.content.links import has_scheme, is_allowed_link
from tiphandbook.core.content.model import CALLOUT_KINDS

_ANCHOR_SUFFIX = re.compile(r"\s*\{#([^}]*)\}\s*$")
_CALLOUT_LINE = re.compile(r"^\s*:{3,}\s*(\S+)")


def _heading_anchor_rule(state: StateCore) -> None:
    """Move a trailing ``{#anchor}`` from a heading's text into ``token.meta['anchor']``."""
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        inline = tokens[index + 1]
        match = _ANCHOR_SUFFIX.search(inline.content)
        if match:
            inline.content = inline.content[: match.start()]
            token.meta["anchor"] = match.group(1).strip()


def build_markdown(*, strict: bool) -> MarkdownIt:
    """A parser for the content dialect. ``strict`` (for rendering) turns raw HTML off and allow-lists links."""
    md = MarkdownIt("commonmark", {"html": not strict, "linkify": False, "typographer": False})
    md.enable("table")
    md.use(footnote_plugin)
    for kind in CALLOUT_KINDS:
        md.use(container_plugin, name=kind)
    md.core.ruler.before("inline", "heading_anchor", _heading_anchor_rule)
    # markdown-it asks the same question of links and images: a relative path must get through for an image (which
    # the renderer then checks against the content root); a link to one is dropped by the renderer.
    md.validateLink = (lambda url: is_allowed_link(url) or not has_scheme(url.strip())) if strict else (lambda url: True)  # type: ignore[method-assign]
    return md


@dataclass
class ScannedHeading:
    level: int
    title: str
    anchor: str | None
    line: int  # 0-based line within the body


@dataclass
class BodyScan:
    """What the checker needs to know about a body: headings, links, images, raw HTML and unknown callouts."""

    headings: list[ScannedHeading] = field(default_factory=list)
    links: list[tuple[str, int]] = field(default_factory=list)  # (target, 0-based body line)
    images: list[tuple[str, int]] = field(default_factory=list)  # (src, 0-based body line)
    raw_html_lines: list[int] = field(default_factory=list)
    unknown_callouts: list[tuple[str, int]] = field(default_factory=list)


_SCANNER: MarkdownIt | None = None


def scan_body(body: str) -> BodyScan:
    global _SCANNER
    if _SCANNER is None:
        _SCANNER = build_markdown(strict=False)
    scan = BodyScan()
    tokens = _SCANNER.parse(body, {})
    for index, token in enumerate(tokens):
        line = token.map[0] if token.map else 0
        if token.type == "heading_open":
            scan.headings.append(
                ScannedHeading(int(token.tag[1]), tokens[index + 1].content.strip(), token.meta.get("anchor"), line)
            )
        elif token.type == "html_block":
            scan.raw_html_lines.append(line)
        elif token.type == "inline":
            _scan_inline(token.children or [], line, scan)
    for number, text in enumerate(body.splitlines()):
        match = _CALLOUT_LINE.match(text)
        if match and match.group(1) not in CALLOUT_KINDS:
            scan.unknown_callouts.append((match.group(1), number))
    return scan


def _scan_inline(children: list[Any], line: int, scan: BodyScan) -> None:
    for child in children:
        if child.type == "link_open":
            scan.links.append((str(child.attrs.get("href", "")), line))
        elif child.type == "image":
            scan.images.append((str(child.attrs.get("src", "")), line))
        elif child.type == "html_inline":
            scan.raw_html_lines.append(line)
