"""Which translations exist and whether they are current, from the ``source_hash`` each one records.

A translation is current when its ``source_hash`` equals the first 12 hex digits of the SHA-256 of the English
file as it is now; when the English file changes, its translations show as out of date until re-translated.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tiphandbook.core.content.kinds import content_kinds
from tiphandbook.core.content.model import LANGUAGES, SOURCE_LANGUAGE, Library

Status = Literal["current", "outdated", "unrecorded", "missing"]
TRANSLATED_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@dataclass(frozen=True)
class TranslationStatus:
    kind: str  # chapter, module, or a content kind's name: checklist, quiz, screening (the officer's side of a guide)
    id: str
    english: Path
    statuses: dict[str, Status]  # language -> status


def _status(english_hash: str, recorded: str | None, exists: bool) -> Status:
    if not exists:
        return "missing"
    if not recorded:
        return "unrecorded"
    return "current" if recorded == english_hash else "outdated"


def translation_report(library: Library) -> list[TranslationStatus]:
    """One row per English item of each content kind (documents, checklists, quizzes, screening guides...), in
    the kinds' order, each in the order it was read."""
    rows = []
    items: list[tuple[str, str, dict]] = []
    for content_kind in content_kinds():
        table = content_kind.table(library)
        items += [(content_kind.kind_of(entry), entry.id, table) for entry in _english(table)]
    for kind, item_id, table in items:
        english = table[(item_id, SOURCE_LANGUAGE)]
        current = source_hash(english.path)
        statuses = {}
        for lang in TRANSLATED_LANGUAGES:
            translated = table.get((item_id, lang))
            statuses[lang] = _status(current, translated.source_hash if translated else None, translated is not None)
        rows.append(TranslationStatus(kind, item_id, english.path, statuses))
    return rows


def _english(table: dict) -> list:
    return [value for (_, lang), value in table.items() if lang == SOURCE_LANGUAGE]


def format_report(rows: list[TranslationStatus], root: Path) -> str:
    width = 15
    lines = ["".join(lang.ljust(width) for lang in TRANSLATED_LANGUAGES) + "English file"]
    for row in rows:
        marks = "".join(row.statuses[lang].ljust(width) for lang in TRANSLATED_LANGUAGES)
        lines.append(f"{marks}{row.english.relative_to(root)}")
    for lang in TRANSLATED_LANGUAGES:
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.statuses[lang]] = counts.get(row.statuses[lang], 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        lines.append(f"{lang}: {summary} (of {len(rows)})")
    return "\n".join(lines)
