"""A checklist template frozen into a case record when the record is started.

The record keeps the template's id, version and the very texts the user worked from, so a content update (new
wording, items added or removed, a translation fixed) never changes or breaks a record already in a case file; it
can only say that a newer version exists. Structure (version, required flags, references) comes from the English
file, the texts from the record's language, as in the reader.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tiphandbook.core.content.model import SOURCE_LANGUAGE, Library


@dataclass(frozen=True)
class TemplateItem:
    id: str
    text: str
    help: str
    ref: str | None  # "doc-id#anchor": the handbook section that explains the item
    required: bool


@dataclass(frozen=True)
class TemplateSection:
    id: str
    title: str
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class TemplateSnapshot:
    checklist_id: str
    version: int
    lang: str
    title: str
    sections: tuple[TemplateSection, ...]

    def items(self) -> tuple[TemplateItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def item(self, item_id: str) -> TemplateItem | None:
        return next((item for item in self.items() if item.id == item_id), None)

    def to_json(self) -> str:
        return json.dumps({
            "checklist_id": self.checklist_id, "version": self.version, "lang": self.lang, "title": self.title,
            "sections": [
                {"id": s.id, "title": s.title, "items": [
                    {"id": i.id, "text": i.text, "help": i.help, "ref": i.ref, "required": i.required} for i in s.items
                ]}
                for s in self.sections
            ],
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> TemplateSnapshot:
        data: Any = json.loads(text)
        return cls(
            checklist_id=str(data["checklist_id"]), version=int(data["version"]), lang=str(data["lang"]),
            title=str(data["title"]),
            sections=tuple(
                TemplateSection(str(s["id"]), str(s["title"]), tuple(
                    TemplateItem(str(i["id"]), str(i["text"]), str(i["help"]), i["ref"], bool(i["required"]))
                    for i in s["items"]
                ))
                for s in data["sections"]
            ),
        )


def snapshot_of(library: Library, checklist_id: str, lang: str) -> TemplateSnapshot | None:
    """The checklist as it stands now, in ``lang`` (English where it is not translated)."""
    english = library.checklist(checklist_id, SOURCE_LANGUAGE)
    shown = library.checklist(checklist_id, lang)
    if english is None or shown is None:
        return None
    structure = {item.id: item for item in english.items()}
    sections = []
    for section in shown.sections:
        items = []
        for item in section.items:
            source = structure.get(item.id, item)
            items.append(TemplateItem(item.id, item.text, item.help, source.ref, source.required))
        sections.append(TemplateSection(section.id, section.title, tuple(items)))
    return TemplateSnapshot(checklist_id, english.version, shown.lang, shown.title, tuple(sections))


def newer_version(snapshot: TemplateSnapshot, library: Library) -> int | None:
    """The loaded template's version when it is newer than the one the record started from."""
    current = library.checklist(snapshot.checklist_id, SOURCE_LANGUAGE)
    return current.version if current is not None and current.version > snapshot.version else None
