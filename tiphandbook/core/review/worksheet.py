"""The reviewer's worksheet: one row per verify box, the columns the reviewer fills in, in three languages.

The worksheet is keyed by box id, which is the same in every language, so the reviewer may answer on the English,
Russian or Uzbek sheet. A fingerprint of the box text travels with each row: if the box is edited after export,
the import says that the answer was given to an older text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from tiphandbook.core.content.model import LANGUAGES, Library
from tiphandbook.core.review.boxes import VerifyBox, verify_boxes

BOX_COLUMNS = ("id", "kind", "location", "place", "claim", "question", "sources")
REVIEWER_COLUMNS = ("verdict", "official_source", "corrected_text", "note")
COLUMNS = (*BOX_COLUMNS, *REVIEWER_COLUMNS, "fingerprint")
VERDICTS = ("confirmed", "corrected", "unsettled")

HEADERS: dict[str, dict[str, str]] = {
    "en": {"id": "Box id", "kind": "Kind", "location": "File:line", "place": "Where", "claim": "Claim",
           "question": "Question to settle", "sources": "Sources cited", "verdict": "Verdict",
           "official_source": "Official text relied on (act, article, edition, date)",
           "corrected_text": "Correct statement (if the claim is wrong)", "note": "Reviewer's note",
           "fingerprint": "Fingerprint (do not edit)"},
    "ru": {"id": "Идентификатор блока", "kind": "Вид", "location": "Файл:строка", "place": "Где", "claim": "Утверждение",
           "question": "Что нужно проверить", "sources": "Указанные источники", "verdict": "Вывод",
           "official_source": "Официальный текст (акт, статья, редакция, дата)",
           "corrected_text": "Правильная формулировка (если утверждение неверно)", "note": "Примечание проверяющего",
           "fingerprint": "Отпечаток (не изменять)"},
    "uz": {"id": "Blok identifikatori", "kind": "Turi", "location": "Fayl:qator", "place": "Qayerda", "claim": "Daʼvo",
           "question": "Nimani tekshirish kerak", "sources": "Keltirilgan manbalar", "verdict": "Xulosa",
           "official_source": "Rasmiy matn (hujjat, modda, tahrir, sana)",
           "corrected_text": "Toʻgʻri ifoda (daʼvo notoʻgʻri boʻlsa)", "note": "Tekshiruvchining izohi",
           "fingerprint": "Barmoq izi (oʻzgartirmang)"},
}

VERDICT_LABELS: dict[str, dict[str, str]] = {
    "en": {"confirmed": "confirmed", "corrected": "corrected", "unsettled": "cannot settle"},
    "ru": {"confirmed": "подтверждено", "corrected": "исправлено", "unsettled": "решить нельзя"},
    "uz": {"confirmed": "tasdiqlandi", "corrected": "tuzatildi", "unsettled": "hal qilib boʻlmaydi"},
}

INSTRUCTIONS: dict[str, str] = {
    "en": ("For each box, read the claim and the question, check them against the official text in force, and "
           "choose a verdict: 'confirmed' (the claim is right), 'corrected' (write the correct statement) or "
           "'cannot settle'. For 'confirmed' and 'corrected', name the official text relied on: act, article, "
           "edition and date. Do not edit the first columns or the fingerprint."),
    "ru": ("По каждому блоку прочитайте утверждение и вопрос, сверьте их с действующим официальным текстом и выберите "
           "вывод: «подтверждено» (утверждение верно), «исправлено» (напишите правильную формулировку) или «решить "
           "нельзя». Для выводов «подтверждено» и «исправлено» укажите официальный текст: акт, статью, редакцию и "
           "дату. Не изменяйте первые столбцы и отпечаток."),
    "uz": ("Har bir blok boʻyicha daʼvo va savolni oʻqing, ularni amaldagi rasmiy matn bilan solishtiring va xulosani "
           "tanlang: «tasdiqlandi» (daʼvo toʻgʻri), «tuzatildi» (toʻgʻri ifodani yozing) yoki «hal qilib boʻlmaydi». "
           "«Tasdiqlandi» va «tuzatildi» xulosalari uchun rasmiy matnni koʻrsating: hujjat, modda, tahrir va sana. "
           "Birinchi ustunlarni va barmoq izini oʻzgartirmang."),
}

TITLES = {
    "en": "Legal review worksheet: points to verify against the official texts",
    "ru": "Лист юридической проверки: положения, требующие сверки с официальными текстами",
    "uz": "Yuridik tekshiruv varaqasi: rasmiy matnlar bilan solishtirilishi kerak boʻlgan jihatlar",
}


@dataclass(frozen=True)
class Row:
    """One box as the reviewer sees it; the reviewer's columns start empty."""

    values: dict[str, str]

    @property
    def id(self) -> str:
        return self.values["id"]


@dataclass(frozen=True)
class Answer:
    """What the reviewer wrote against one box, and where in the file (for messages)."""

    box_id: str
    verdict: str  # a code from VERDICTS, "" when left empty, or the unrecognised text as written
    official_source: str
    corrected_text: str
    note: str
    fingerprint: str
    where: str  # "sheet ru, row 12" or "line 12"


def fingerprint(box: VerifyBox) -> str:
    """Changes when the box's question or the claim it qualifies changes; the same box text gives the same value."""
    return hashlib.sha256(f"{box.claim}\n{box.question}".encode()).hexdigest()[:12]


def worksheet_rows(library: Library, lang: str) -> list[Row]:
    root = library.root
    rows = []
    for box in verify_boxes(library, lang):
        location = f"{relative_path(box.path, root)}:{box.line}"
        values = {"id": box.id, "kind": box.kind, "location": location, "place": box.place, "claim": box.claim,
                  "question": box.question, "sources": "; ".join(box.sources), "fingerprint": fingerprint(box)}
        rows.append(Row(values | {column: "" for column in REVIEWER_COLUMNS}))
    return rows


def all_languages(library: Library) -> dict[str, list[Row]]:
    return {lang: worksheet_rows(library, lang) for lang in LANGUAGES}


def verdict_code(text: str) -> str:
    """The verdict code for what a reviewer typed or picked, in any of the three languages; "" when empty."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return ""
    for labels in VERDICT_LABELS.values():
        for code, shown in labels.items():
            if wanted in (shown.casefold(), code):
                return code
    return text.strip()


def relative_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
