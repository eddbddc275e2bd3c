"""A case record written out for the case file: Markdown, and the HTML that the PDF is printed from.

Both open with a warning that the file is not encrypted. The HTML is rendered from the Markdown by the handbook's
strict renderer (raw HTML off), and every text the user typed is escaped first, so a note can never inject markup
or a link. Labels are in the record's language, like the checklist texts it was started from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from tiphandbook.core.cases.records import CaseRecord, ItemState
from tiphandbook.core.content.model import pick

LABELS: dict[str, dict[str, str]] = {
    "warning": {
        "en": "NOT ENCRYPTED. This export is a plain file: anyone who can open it can read it. Keep it as you keep "
              "the case file, and delete copies you no longer need.",
        "ru": "НЕ ЗАШИФРОВАНО. Этот файл не защищён: его может прочитать любой, кто его откроет. Храните его так же, "
              "как материалы дела, и удаляйте ненужные копии.",
        "uz": "SHIFRLANMAGAN. Bu fayl himoyalanmagan: uni ochgan har kim oʻqiy oladi. Uni ish materiallari kabi "
              "saqlang va keraksiz nusxalarini oʻchiring.",
    },
    "record": {"en": "Case record", "ru": "Карточка дела", "uz": "Ish kartochkasi"},
    "title": {"en": "Case title", "ru": "Название дела", "uz": "Ish nomi"},
    "checklist": {"en": "Checklist", "ru": "Контрольный лист", "uz": "Nazorat varaqasi"},
    "version": {"en": "template version", "ru": "версия шаблона", "uz": "shablon versiyasi"},
    "status": {"en": "Status", "ru": "Статус", "uz": "Holati"},
    "in-progress": {"en": "In progress", "ru": "В работе", "uz": "Jarayonda"},
    "signed": {"en": "Signed off by {name} on {date}", "ru": "Подписано: {name}, {date}", "uz": "Imzolandi: {name}, {date}"},
    "progress": {
        "en": "{addressed} of {total} items addressed ({done} done, {na} not applicable)",
        "ru": "Выполнено пунктов: {addressed} из {total} (сделано {done}, не применимо {na})",
        "uz": "{total} banddan {addressed} tasi bajarildi ({done} bajarildi, {na} tegishli emas)",
    },
    "exported": {"en": "Exported", "ru": "Экспортировано", "uz": "Eksport qilingan"},
    "required": {"en": "required", "ru": "обязательно", "uz": "majburiy"},
    "open": {"en": "Open", "ru": "Не выполнено", "uz": "Bajarilmagan"},
    "done": {"en": "Done", "ru": "Выполнено", "uz": "Bajarildi"},
    "na": {"en": "Not applicable", "ru": "Не применимо", "uz": "Tegishli emas"},
    "note": {"en": "Note", "ru": "Примечание", "uz": "Izoh"},
    "handbook": {"en": "Handbook", "ru": "Пособие", "uz": "Qoʻllanma"},
    "unreadable": {
        "en": "[unreadable: damaged or altered]", "ru": "[не читается: повреждено или изменено]",
        "uz": "[oʻqib boʻlmaydi: buzilgan yoki oʻzgartirilgan]",
    },
}
_BOX = {ItemState.DONE: "[x]", ItemState.NOT_APPLICABLE: "[-]", ItemState.OPEN: "[ ]"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&])")
_MARKER = re.compile(r"^(?:[-+=:]|\d+[.)])")  # what could start a list, a setext heading or a callout


def _label(key: str, lang: str) -> str:
    return pick(LABELS[key], lang)


def escape_markdown(text: str) -> str:
    """User text as literal Markdown: inline markup escaped, and no line able to start a block of its own
    (leading spaces dropped, so nothing becomes a code block; a leading marker escaped)."""
    lines = []
    for line in text.splitlines() or [""]:
        line = _SPECIAL.sub(r"\\\1", line.lstrip())
        marker = _MARKER.match(line)
        if marker:  # "-" -> "\-", "12." -> "12\." (a backslash before a digit would be shown)
            cut = marker.end() - 1
            line = line[:cut] + "\\" + line[cut:]
        lines.append(line)
    return "  \n".join(lines)


def record_markdown(record: CaseRecord, exported: datetime, describe_ref: Callable[[str], str] = str) -> str:
    """The whole record; ``describe_ref`` turns ``doc#anchor`` into a readable "Chapter › Section"."""
    lang = record.template.lang

    def user(text: str | None) -> str:
        return _label("unreadable", lang) if text is None else escape_markdown(text)

    progress = record.progress()
    if record.sign_off is None:
        status = _label("in-progress", lang)
    else:
        on = record.sign_off.on.isoformat() if record.sign_off.on else None
        status = _label("signed", lang).format(name=user(record.sign_off.name), date=user(on))
    lines = [
        f"> **{escape_markdown(_label('warning', lang))}**", "",
        f"# {_label('record', lang)}: {user(record.reference)}", "",
        f"- {_label('title', lang)}: {user(record.title)}",
        f"- {_label('checklist', lang)}: {escape_markdown(record.template.title)} "
        f"({_label('version', lang)} {record.template.version})",
        f"- {_label('status', lang)}: {status}",
        "- " + _label("progress", lang).format(addressed=progress.addressed, total=progress.total, done=progress.done,
                                               na=progress.not_applicable),
        f"- {_label('exported', lang)}: {_when(exported)}",
    ]
    for section in record.template.sections:
        lines += ["", f"## {escape_markdown(section.title)}", ""]
        for item in section.items:
            entry = record.entry(item.id)
            required = f" ({_label('required', lang)})" if item.required else ""
            lines.append(f"- {_BOX[entry.state]} **{escape_markdown(item.text)}**{required}")
            changed = f" · {_when(entry.changed)}" if entry.changed else ""
            lines.append(f"  - {_label(entry.state.value, lang)}{changed}")
            if entry.note is None or entry.note:
                lines.append(f"  - {_label('note', lang)}: {user(entry.note)}".replace("  \n", "  \n    "))
            if item.ref:
                lines.append(f"  - {_label('handbook', lang)}: {escape_markdown(describe_ref(item.ref))}")
    return "\n".join(lines) + "\n"


def record_html(record: CaseRecord, exported: datetime, describe_ref: Callable[[str], str] = str) -> str:
    """The same document as HTML, for printing to PDF."""
    from tiphandbook.core.content.markdown import build_markdown

    return build_markdown(strict=True).render(record_markdown(record, exported, describe_ref))


def _when(moment: datetime) -> str:
    """Local time with its zone, as the reader of the case file would give it."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
