"""Counts per language for the content report (``tiphandbook check --stats``)."""

from __future__ import annotations

from dataclasses import dataclass

from tiphandbook.core.content.model import LANGUAGES, Library
from tiphandbook.core.review.boxes import verify_boxes


@dataclass
class LanguageStats:
    chapters: int = 0
    modules: int = 0
    words: int = 0
    sections: int = 0
    checklists: int = 0
    checklist_items: int = 0
    quizzes: int = 0
    questions: int = 0
    verify_boxes: int = 0  # callouts, checklist items and quiz questions still to be checked in the official text


def content_stats(library: Library) -> dict[str, LanguageStats]:
    stats = {lang: LanguageStats() for lang in LANGUAGES}
    for (_, lang), doc in library.documents.items():
        entry = stats[lang]
        if doc.kind == "chapter":
            entry.chapters += 1
        else:
            entry.modules += 1
        entry.words += len(doc.body.split())
        entry.sections += len(doc.sections)
    for (_, lang), checklist in library.checklists.items():
        stats[lang].checklists += 1
        stats[lang].checklist_items += len(checklist.items())
    for (_, lang), quiz in library.quizzes.items():
        stats[lang].quizzes += 1
        stats[lang].questions += len(quiz.questions)
    for lang, entry in stats.items():
        entry.verify_boxes = len(verify_boxes(library, lang))
    return stats


def format_stats(stats: dict[str, LanguageStats]) -> str:
    columns = list(LanguageStats.__dataclass_fields__)
    lines = ["lang  " + "  ".join(f"{c:>15}" for c in columns)]
    for lang, entry in stats.items():
        lines.append(f"{lang:<6}" + "  ".join(f"{getattr(entry, c):>15}" for c in columns))
    return "\n".join(lines)
