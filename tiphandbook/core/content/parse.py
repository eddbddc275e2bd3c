"""Turn one content file into a typed object, or report why it cannot be used.

Each parser returns ``None`` when the file is unusable (it is then skipped by the app) and appends every problem it
finds to ``errors``. Translations (``is_source=False``) need only their translatable fields: structure comes from
the English file.
"""

from __future__ import annotations

import re
from pathlib import Path

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.files import NotAContentFile, read_regular_file
from tiphandbook.core.content.glossary import GLOSSARY, LAYOUTS, check_glossary
from tiphandbook.core.content.links import link_kind
from tiphandbook.core.content.model import (
    Checklist,
    ChecklistItem,
    ChecklistSection,
    ContentError,
    Document,
    DocumentKind,
    Link,
    ModuleInfo,
    PlanStep,
    Section,
)
from tiphandbook.core.content.yamlio import YamlError, YamlMap, parse_yaml, split_front_matter


_DOCUMENT_FIELDS = ("id", "title", "summary", "audience", "sources", "history", "reviewed", "source_hash", "layout")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MODULE_FIELDS = ("duration_minutes", "objectives", "teaches", "quiz", "plan")


def read_text(path: Path, errors: list[ContentError]) -> str | None:
    try:
        return read_regular_file(path).decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        errors.append(ContentError(path, 0, f"not UTF-8 text ({exc.reason} at byte {exc.start})"))
    except NotAContentFile as exc:
        errors.append(ContentError(path, 0, f"not read: {exc}"))
    except OSError as exc:
        errors.append(ContentError(path, 0, f"cannot be read: {exc.strerror}"))
    return None


def load_yaml_mapping(path: Path, errors: list[ContentError], text: str | None = None, first_line: int = 1) -> YamlMap | None:
    if text is None:
        text = read_text(path, errors)
        if text is None:
            return None
    try:
        data = parse_yaml(text, first_line)
    except YamlError as exc:
        errors.append(ContentError(path, exc.line, exc.message))
        return None
    if not isinstance(data, YamlMap):
        errors.append(ContentError(path, first_line, "expected a mapping of fields (key: value)"))
        return None
    return data


def parse_document(
    path: Path, kind: DocumentKind, group: str, lang: str, errors: list[ContentError], is_source: bool
) -> Document | None:
    text = read_text(path, errors)
    if text is None:
        return None
    try:
        split = split_front_matter(text)
    except YamlError as exc:
        errors.append(ContentError(path, exc.line, exc.message))
        return None
    meta = load_yaml_mapping(path, errors, split.meta, split.meta_line)
    if meta is None:
        return None
    fields = FieldReader(meta, path, errors)
    fields.only(*_DOCUMENT_FIELDS, *(_MODULE_FIELDS if kind == "module" else ()))
    doc_id = fields.ident("id")
    title = fields.text("title")
    summary = fields.text("summary")
    audience = fields.audience(required=is_source)
    sources = fields.texts("sources", required=is_source and kind == "chapter")
    history = _history(fields) if is_source else ()
    reviewed = _reviewed(fields) if is_source else None
    source_hash = fields.text("source_hash", required=False) or None
    module = _module_info(fields, group, is_source) if kind == "module" else None
    layout = _layout(fields)
    if not doc_id or not title:
        return None
    sections, links, images = _scan(path, split.body, split.body_line, errors)
    if layout == GLOSSARY:
        check_glossary(path, split.body, split.body_line, sections, errors)
    return Document(
        id=doc_id, kind=kind, lang=lang, path=path, title=title, summary=summary, body=split.body,
        body_line=split.body_line, sections=sections, links=links, audience=audience, sources=sources,
        history=history, reviewed=reviewed, source_hash=source_hash, group=group, module=module, images=images,
        layout=layout,
    )


def _layout(fields: FieldReader) -> str:
    """``layout: glossary`` makes each term of the page its own search hit; no other layout exists yet."""
    layout = fields.text("layout", required=False)
    if layout not in LAYOUTS:
        fields.error("layout", f"unknown layout {layout!r} (known: {', '.join(repr(name) for name in LAYOUTS if name)})")
        return ""
    return layout


def _history(fields: FieldReader) -> tuple[tuple[str, str], ...]:
    entries = []
    for entry in fields.mappings("history", required=False):
        sub = FieldReader(entry, fields.path, fields.errors, "history entry")
        sub.only("date", "note")
        entries.append((sub.text("date"), sub.text("note")))
    return tuple(entries)


def _reviewed(fields: FieldReader) -> tuple[str, str] | None:
    """``reviewed: {date: 2026-12-01, by: national legal reviewer}``: who last checked the chapter's law, and when."""
    value = fields.data.get("reviewed")
    if value is None:
        return None
    if not isinstance(value, YamlMap):
        fields.error("reviewed", "'reviewed' must be a mapping: {date: YYYY-MM-DD, by: role}")
        return None
    sub = FieldReader(value, fields.path, fields.errors, "reviewed")
    sub.only("date", "by")
    date, role = sub.text("date"), sub.text("by")
    if date and not _ISO_DATE.match(date):
        sub.error("date", f"'date' {date!r} must be written YYYY-MM-DD")
        return None
    return (date, role) if date and role else None


def _module_info(fields: FieldReader, academy: str, is_source: bool) -> ModuleInfo:
    objectives = fields.texts("objectives", required=True)
    if not is_source:
        return ModuleInfo(academy, 0, objectives, (), None, ())
    duration = fields.integer("duration_minutes", minimum=1)
    teaches = fields.texts("teaches", required=True)
    quiz = fields.ident("quiz", required=False) or None
    plan = []
    for step in fields.mappings("plan"):
        sub = FieldReader(step, fields.path, fields.errors, "plan step")
        sub.only("section", "minutes")
        plan.append(PlanStep(sub.ident("section"), sub.integer("minutes", minimum=1)))
    if plan and duration and sum(s.minutes for s in plan) != duration:
        fields.error("plan", f"plan minutes add up to {sum(s.minutes for s in plan)}, not duration_minutes {duration}")
    lines = {key: fields.data.line_of(key) for key in ("teaches", "quiz", "plan")}
    return ModuleInfo(academy, duration, objectives, teaches, quiz, tuple(plan), lines)


def _scan(
    path: Path, body: str, body_line: int, errors: list[ContentError]
) -> tuple[tuple[Section, ...], tuple[Link, ...], tuple[Link, ...]]:
    from tiphandbook.core.content.markdown import scan_body  # imported on first use: start-up never needs it

    scan = scan_body(body)
    sections: list[Section] = []
    seen: set[str] = set()
    for heading in scan.headings:
        line = body_line + heading.line
        if heading.level == 1:
            errors.append(ContentError(path, line, "a '#' heading in the body: the title comes from the front matter; use '##'"))
            continue
        if heading.level > 3:
            continue
        if not heading.anchor:
            errors.append(ContentError(path, line, f"heading {heading.title!r} has no anchor: end it with {{#some-anchor}}"))
            continue
        if link_kind(heading.anchor) != "document" or "#" in heading.anchor:
            errors.append(ContentError(path, line, f"anchor {{#{heading.anchor}}} must be lowercase letters, digits and hyphens"))
            continue
        if heading.anchor in seen:
            errors.append(ContentError(path, line, f"duplicate anchor {{#{heading.anchor}}}"))
            continue
        seen.add(heading.anchor)
        sections.append(Section(heading.anchor, heading.title, heading.level, line))
    for line in sorted(set(scan.raw_html_lines)):
        errors.append(ContentError(path, body_line + line, "raw HTML is not rendered; use Markdown"))
    for kind, line in scan.unknown_callouts:
        errors.append(ContentError(path, body_line + line, f"unknown callout kind '{kind}' (law, practice, warning, example, verify)"))
    links = []
    for target, line in scan.links:
        if link_kind(target) == "forbidden":
            errors.append(ContentError(path, body_line + line, f"link {target!r} is neither a document id nor an allowed URL (https, http, mailto)"))
        else:
            links.append(Link(target, body_line + line))
    images = tuple(Link(src, body_line + line) for src, line in scan.images)
    return tuple(sections), tuple(links), images


def parse_checklist(path: Path, lang: str, errors: list[ContentError], is_source: bool) -> Checklist | None:
    data = load_yaml_mapping(path, errors)
    if data is None:
        return None
    fields = FieldReader(data, path, errors)
    fields.only("id", "version", "title", "summary", "audience", "sections", "source_hash")
    checklist_id = fields.ident("id")
    title = fields.text("title")
    summary = fields.text("summary", required=False)
    version = fields.integer("version", required=is_source, minimum=1)
    audience = fields.audience(required=is_source)
    sections = []
    section_ids: set[str] = set()
    item_ids: set[str] = set()
    for raw_section in fields.mappings("sections"):
        sec = FieldReader(raw_section, path, errors, "section")
        sec.only("id", "title", "items")
        sec_id = sec.ident("id")
        if sec_id in section_ids:
            sec.error("id", f"duplicate section id '{sec_id}'")
        section_ids.add(sec_id)
        items = []
        for raw_item in sec.mappings("items"):
            item = FieldReader(raw_item, path, errors, "item")
            item.only("id", "text", "help", "ref", "required", "verify")
            item_id = item.ident("id")
            if item_id and item_id in item_ids:
                item.error("id", f"duplicate item id '{item_id}'")
            item_ids.add(item_id)
            items.append(ChecklistItem(
                id=item_id, text=item.text("text"), help=item.text("help", required=False),
                ref=item.text("ref", required=False) or None, required=bool(item.boolean("required")),
                line=raw_item.line, verify=item.note("verify"),
            ))
        sections.append(ChecklistSection(sec_id, sec.text("title"), tuple(items)))
    if not checklist_id or not title or not sections:
        return None
    source_hash = fields.text("source_hash", required=False) or None
    return Checklist(checklist_id, lang, path, version, title, summary, audience, tuple(sections), source_hash)
