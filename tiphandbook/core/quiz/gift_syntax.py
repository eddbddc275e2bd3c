"""GIFT's escapes and the comment directives that carry what GIFT has no place for.

GIFT escapes its control characters ``~ = # { } :`` with a backslash, a backslash as ``\\`` and a line break as
``\n``. The reader swaps every escape for a private-use placeholder before parsing, so an escaped character can
never be taken for syntax, and swaps them back in the finished texts (``release``).

Directives are comment lines Moodle ignores, ``// @key: value``: ``quiz``, ``lang`` and ``pass_mark`` (in the
block of the ``$CATEGORY`` line) and ``ref`` and ``type`` (just above a question). With them a quiz exported to
GIFT comes back with its id, pass mark, handbook references and ordering questions intact.
"""

from __future__ import annotations

import re

from tiphandbook.core.content.model import Question

CONTROL = "~=#{}:"
_ESCAPES = {"\\\\": "\ue000", **{f"\\{c}": chr(0xE001 + i) for i, c in enumerate(CONTROL)}, "\\n": "\ue00f"}
_RELEASE = str.maketrans({placeholder: escape[1] for escape, placeholder in _ESCAPES.items()}
                         | {"\ue000": "\\", "\ue00f": "\n"})
_ESCAPE_PATTERN = re.compile("|".join(re.escape(e) for e in _ESCAPES))
_DIRECTIVE = re.compile(r"//\s*@([a-z_]+)\s*:(.*)")  # greedy and unanchored at the end: linear on long lines


def escape(text: str) -> str:
    """Text as GIFT must spell it."""
    text = text.replace("\\", "\\\\")
    for char in CONTROL:
        text = text.replace(char, "\\" + char)
    return text.replace("\r", "").replace("\n", "\\n")


def protect(text: str) -> str:
    """Swap escapes for placeholders (``\\\\`` first, so ``\\\\~`` is a backslash then a real ``~``)."""
    return _ESCAPE_PATTERN.sub(lambda m: _ESCAPES[m.group(0)], text)


def release(text: str) -> str:
    """Turn placeholders back into the characters they stand for."""
    return text.translate(_RELEASE)


def directive(key: str, value: str | int) -> str:
    return f"// @{key}: {value}"


def parse_directive(line: str) -> tuple[str, str] | None:
    match = _DIRECTIVE.fullmatch(line.strip())
    return (match[1], match[2].strip()) if match else None


def marker(question: Question) -> str:
    """The question's text format, which Moodle passes down to every text of the question."""
    return f"[{question.text_format}]"


def gift_text(value: str, question: Question) -> str:
    """A text Moodle reads with a format (option, feedback, left side): a leading ``[`` is protected."""
    return (marker(question) if value.startswith("[") else "") + escape(value)


def general_feedback(question: Question, inline: bool) -> str:
    """The explanation as GIFT's general feedback (``####``), inline or on a line of its own."""
    if not question.explanation:
        return ""
    general = f"####{gift_text(question.explanation, question)}"
    return general if inline else f"\t{general}\n"
