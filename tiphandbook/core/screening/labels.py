"""The fixed words of an interview summary and referral note, in each officer language."""

from __future__ import annotations

from tiphandbook.core.content.model import pick

LABELS: dict[str, dict[str, str]] = {
    "note-title": {"en": "Screening and referral note", "ru": "Справка о первичной беседе и перенаправлении",
                   "uz": "Dastlabki suhbat va yoʻnaltirish toʻgʻrisida maʼlumotnoma"},
    "not-encrypted": {
        "en": "NOT ENCRYPTED. This printout holds personal information about a person who may be at risk. Hand it "
              "only to the service it is addressed to, keep it as you keep the case file, and destroy spare copies.",
        "ru": "НЕ ЗАШИФРОВАНО. В этом документе есть сведения о человеке, которому может угрожать опасность. "
              "Передавайте его только службе, которой он адресован, храните как материалы дела, лишние копии уничтожайте.",
        "uz": "SHIFRLANMAGAN. Bu hujjatda xavf ostida boʻlishi mumkin boʻlgan shaxs haqida maʼlumot bor. Uni faqat "
              "moʻljallangan xizmatga topshiring, ish materiallari kabi saqlang, ortiqcha nusxalarini yoʻq qiling.",
    },
    "reference": {"en": "Reference", "ru": "Условный номер", "uz": "Shartli raqam"},
    "guide": {"en": "Screening guide", "ru": "Сценарий беседы", "uz": "Suhbat yoʻriqnomasi"},
    "version": {"en": "version", "ru": "версия", "uz": "versiya"},
    "started": {"en": "Started", "ru": "Начало", "uz": "Boshlandi"},
    "ended": {"en": "Ended", "ru": "Окончание", "uz": "Tugadi"},
    "languages": {"en": "Languages", "ru": "Языки", "uz": "Tillar"},
    "officer-language": {"en": "officer", "ru": "сотрудник", "uz": "xodim"},
    "person-language": {"en": "person", "ru": "собеседник", "uz": "suhbatdosh"},
    "outcome": {"en": "Outcome", "ru": "Итог беседы", "uz": "Suhbat natijasi"},
    "state-finished": {"en": "Interview completed", "ru": "Беседа проведена", "uz": "Suhbat oʻtkazildi"},
    "state-asking": {"en": "Interview not finished", "ru": "Беседа не завершена", "uz": "Suhbat yakunlanmagan"},
    "state-declined": {"en": "The person did not agree to the interview", "ru": "Человек не согласился на беседу",
                       "uz": "Shaxs suhbatga rozilik bermadi"},
    "state-stopped": {"en": "The person stopped the interview", "ru": "Человек прервал беседу",
                      "uz": "Shaxs suhbatni toʻxtatdi"},
    "details": {"en": "Details recorded by the officer", "ru": "Сведения, записанные сотрудником",
                "uz": "Xodim tomonidan qayd etilgan maʼlumotlar"},
    "not-filled": {"en": "(not filled in)", "ru": "(не заполнено)", "uz": "(toʻldirilmagan)"},
    "indicators": {"en": "Indicators noted", "ru": "Выявленные признаки", "uz": "Aniqlangan belgilar"},
    "no-indicators": {"en": "No indicator was noted.", "ru": "Признаки не отмечены.", "uz": "Belgilar qayd etilmadi."},
    "from-answers": {"en": "from the answers to", "ru": "по ответам на вопросы", "uz": "savollarga javoblardan"},
    "observed": {"en": "observed by the officer", "ru": "наблюдение сотрудника", "uz": "xodimning kuzatuvi"},
    "recommendation": {
        "en": "Recommendation for the officer's judgement (not a decision)",
        "ru": "Рекомендация на усмотрение сотрудника (не решение)",
        "uz": "Xodimning oʻz xulosasi uchun tavsiya (qaror emas)",
    },
    "see": {"en": "Handbook", "ru": "Пособие", "uz": "Qoʻllanma"},
    "verify": {"en": "Verify", "ru": "Проверьте", "uz": "Tekshiring"},
    "answers": {"en": "Questions and answers", "ru": "Вопросы и ответы", "uz": "Savollar va javoblar"},
    "time": {"en": "Time", "ru": "Время", "uz": "Vaqt"},
    "question": {"en": "Question", "ru": "Вопрос", "uz": "Savol"},
    "answer": {"en": "Answer", "ru": "Ответ", "uz": "Javob"},
    "shown": {"en": "as shown to the person", "ru": "как показано собеседнику", "uz": "suhbatdoshga koʻrsatilganidek"},
    "not-reached": {"en": "Not asked", "ru": "Не заданы", "uz": "Berilmagan savollar"},
    "notes": {"en": "Officer's notes", "ru": "Заметки сотрудника", "uz": "Xodimning qaydlari"},
    "as-written": {"en": "as written", "ru": "в записи сотрудника", "uz": "yozilganidek"},
    "yes": {"en": "Yes", "ru": "Да", "uz": "Ha"},
    "no": {"en": "No", "ru": "Нет", "uz": "Yoʻq"},
    "unsure": {"en": "Not sure", "ru": "Не уверен(а)", "uz": "Aniq bilmaydi"},
    "refuses": {"en": "Did not want to answer", "ru": "Не захотел(а) отвечать", "uz": "Javob berishni istamadi"},
    "printed": {"en": "Printed", "ru": "Напечатано", "uz": "Chop etilgan"},
}


def label(key: str, lang: str) -> str:
    return pick(LABELS[key], lang)
