"""Marking text in the reading pane: find-in-page matches and the words a search hit matched."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

MATCH = QColor("#ffe27a")
CURRENT = QColor("#ff9e3d")


def selections(cursors: list[QTextCursor], current: int = -1) -> list[QTextEdit.ExtraSelection]:
    """Extra selections painting every cursor's text, the ``current`` one in a stronger colour."""
    marked = []
    for index, cursor in enumerate(cursors):
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(CURRENT if index == current else MATCH)
        fmt.setForeground(QColor("#000000"))
        selection.format = fmt
        marked.append(selection)
    return marked


def find_all(document: QTextDocument, pattern: str | re.Pattern[str]) -> list[QTextCursor]:
    """Every match of a plain text (case-insensitive) or of a regular expression, in document order."""
    found = []
    if isinstance(pattern, re.Pattern):
        # Unicode properties make \b and \w know Cyrillic letters; without them a Russian word never matches.
        options = (QRegularExpression.PatternOption.CaseInsensitiveOption
                   | QRegularExpression.PatternOption.UseUnicodePropertiesOption)
        expression = QRegularExpression(pattern.pattern, options)
        cursor = document.find(expression, 0)
        while not cursor.isNull():
            found.append(cursor)
            cursor = document.find(expression, cursor)
        return found
    if not pattern:
        return found
    cursor = document.find(pattern, 0)
    while not cursor.isNull():
        found.append(cursor)
        cursor = document.find(pattern, cursor)
    return found


def word_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A whole-word pattern for the words a search matched (longest first, so a phrase wins over its parts)."""
    words = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
