"""Glossary pages: a chapter whose front matter says ``layout: glossary`` holds its terms as list entries.

Each ``##`` section of such a page (a letter: ``## A {#a}``) holds entries ``- **Term.** Definition...`` (the bold
may be followed by a gloss, ``- **Ребенок** (child). ...``, and may be italic too, ``***Aut dedere***``). Search
makes each entry its own hit, titled by the term, so a query for a term never returns a bare letter; the checker
reports an entry that does not start with its term in bold, since it would be found under no title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tiphandbook.core.content.model import ContentError, Section

GLOSSARY = "glossary"
LAYOUTS = ("", GLOSSARY)  # "": an ordinary chapter or module

_ITEM = re.compile(r"^[-*+] ")  # a top-level list item (continuation lines are indented)
_ENTRY = re.compile(r"^[-*+] (?P<stars>\*{2,3})(?P<term>[^*\n]+?)(?P=stars)(?P<rest>.*)$")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str  # as written in bold, without its closing full stop
    definition: str  # the Markdown after the term, continuation lines joined
    line: int  # index of the entry's first line in the lines given


def glossary_entries(lines: list[str]) -> Iterator[GlossaryEntry]:
    """The entries among ``lines`` (one section's body); list items without a bold term are not entries."""
    entry: GlossaryEntry | None = None
    for number, line in enumerate(lines):
        match = _ENTRY.match(line)
        if match or _ITEM.match(line) or not line.strip():
            if entry is not None:
                yield entry
            entry = GlossaryEntry(match["term"].strip().rstrip("."), match["rest"], number) if match else None
        elif entry is not None and line.startswith(" "):
            entry = GlossaryEntry(entry.term, f"{entry.definition}\n{line.strip()}", entry.line)
    if entry is not None:
        yield entry


def check_glossary(path: Path, body: str, body_line: int, sections: tuple[Section, ...], errors: list[ContentError]) -> None:
    """``path:line`` for every list item in a letter section that does not start with its term in bold."""
    lines = body.splitlines()
    for section, start, end in section_spans(sections, body_line, len(lines)):
        if section.level != 2:
            continue
        for offset, line in enumerate(lines[start:end]):
            if _ITEM.match(line) and not _ENTRY.match(line):
                errors.append(ContentError(path, body_line + start + offset, (
                    f"glossary entry in section {section.title!r} must start with its term in bold: "
                    "'- **Term.** Definition'")))


def section_spans(sections: tuple[Section, ...], body_line: int, line_count: int) -> Iterator[tuple[Section, int, int]]:
    """Each section with the body line range it covers: from its heading to the next heading of any level."""
    starts = [section.line - body_line for section in sections]
    yield from zip(sections, starts, starts[1:] + [line_count], strict=True)
