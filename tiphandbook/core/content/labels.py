"""The few words the renderer itself adds to a page, in each content language.

They belong to the content (a Russian chapter says «Источники», whatever the interface language), so they live
here rather than in the interface translations.
"""

from __future__ import annotations

from tiphandbook.core.content.model import pick

LABELS: dict[str, dict[str, str]] = {
    "law": {"en": "Law", "ru": "Норма права", "uz": "Huquqiy norma"},
    "practice": {"en": "In practice", "ru": "На практике", "uz": "Amaliyotda"},
    "warning": {"en": "Warning", "ru": "Внимание", "uz": "Diqqat"},
    "example": {"en": "Example", "ru": "Пример", "uz": "Misol"},
    "verify": {"en": "Verify against the official text", "ru": "Сверьте с официальным текстом", "uz": "Rasmiy matn bilan solishtiring"},
    "sources": {"en": "Sources", "ru": "Источники", "uz": "Manbalar"},
    "history": {"en": "History", "ru": "История изменений", "uz": "Oʻzgarishlar tarixi"},
    "reviewed": {
        "en": "Legal review: reviewed on {date} by {by}",
        "ru": "Юридическая проверка: проведена {date}, проверил: {by}",
        "uz": "Yuridik tekshiruv: {date} sanada oʻtkazilgan, tekshirgan: {by}",
    },
    "review-summary": {
        "en": "Legal review: {n} of {total} chapters reviewed against the official texts (latest on {date} by {by}); "
              "{boxes} points are still marked for verification.",
        "ru": "Юридическая проверка: по официальным текстам проверено глав: {n} из {total} (последняя проверка {date}, "
              "проверил: {by}); положений, отмеченных для сверки: {boxes}.",
        "uz": "Yuridik tekshiruv: rasmiy matnlar asosida {total} ta bobdan {n} tasi tekshirilgan (oxirgisi {date} sanada, "
              "tekshirgan: {by}); {boxes} ta jihat hali tekshirish uchun belgilangan.",
    },
    "review-none": {
        "en": "Legal review: no chapter has yet been reviewed against the official texts by a national legal reviewer; "
              "{boxes} points are marked for verification.",
        "ru": "Юридическая проверка: ни одна глава еще не проверена национальным юристом по официальным текстам; "
              "положений, отмеченных для сверки: {boxes}.",
        "uz": "Yuridik tekshiruv: hali birorta bob milliy huquqshunos tomonidan rasmiy matnlar asosida tekshirilmagan; "
              "{boxes} ta jihat tekshirish uchun belgilangan.",
    },
    "not-reviewed": {
        "en": "Legal review: not yet reviewed against the official texts by a national legal reviewer",
        "ru": "Юридическая проверка: национальным юристом по официальным текстам еще не проводилась",
        "uz": "Yuridik tekshiruv: milliy huquqshunos tomonidan rasmiy matnlar asosida hali oʻtkazilmagan",
    },
    "for": {"en": "For", "ru": "Для кого", "uz": "Kim uchun"},
    "not-translated": {
        "en": "This text is not yet available in your language; it is shown in English.",
        "ru": "Этот текст ещё не переведён на русский язык и показан на английском.",
        "uz": "Bu matn hali oʻzbek tiliga tarjima qilinmagan, shuning uchun ingliz tilida koʻrsatilmoqda.",
    },
    "training-edition": {  # in the footer of every printed page: a printout travels without the app around it
        "en": "Training edition: not an official publication",
        "ru": "Учебное издание, не официальная публикация",
        "uz": "Oʻquv nashri, rasmiy nashr emas",
    },
    "duration": {"en": "Duration", "ru": "Продолжительность", "uz": "Davomiyligi"},
    "minutes": {"en": "min", "ru": "мин", "uz": "daq"},
    "objectives": {"en": "Objectives", "ru": "Цели", "uz": "Maqsadlar"},
    "lesson-plan": {"en": "Lesson plan", "ru": "План занятия", "uz": "Dars rejasi"},
    "teaches": {"en": "Handbook sections taught", "ru": "Изучаемые разделы пособия", "uz": "Oʻrganiladigan qoʻllanma boʻlimlari"},
    "quiz": {"en": "Quiz", "ru": "Тест", "uz": "Test"},
    "questions": {"en": "questions", "ru": "вопр.", "uz": "ta savol"},
    "pass-mark": {"en": "pass mark", "ru": "проходной балл", "uz": "oʻtish bali"},
    "required": {"en": "required", "ru": "обязательно", "uz": "majburiy"},
    "read": {"en": "Read", "ru": "Читать", "uz": "Oʻqish"},
    "version": {"en": "Template version", "ru": "Версия шаблона", "uz": "Shablon versiyasi"},
    "start-record": {
        "en": "Start a case record from this checklist",
        "ru": "Начать карточку дела по этому контрольному листу",
        "uz": "Ushbu nazorat varaqasi boʻyicha ish kartochkasini boshlash",
    },
    "investigators": {"en": "investigators", "ru": "следователи", "uz": "tergovchilar"},
    "prosecutors": {"en": "prosecutors", "ru": "прокуроры", "uz": "prokurorlar"},
    "judges": {"en": "judges", "ru": "судьи", "uz": "sudyalar"},
    "first-responders": {"en": "first responders", "ru": "первые реагирующие", "uz": "birinchi javob beruvchilar"},
    "consular-officers": {"en": "consular officers", "ru": "консульские работники", "uz": "konsullik xodimlari"},
    "trainers": {"en": "trainers", "ru": "преподаватели", "uz": "oʻqituvchilar"},
    "students": {"en": "students", "ru": "слушатели", "uz": "tinglovchilar"},
}


def label(key: str, lang: str) -> str:
    return pick(LABELS[key], lang)
