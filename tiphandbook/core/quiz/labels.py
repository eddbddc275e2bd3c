"""Words a quiz page, slide or printed sheet adds around the content, in the content's language (like
``content.labels``: a Russian quiz says «Правильный ответ» whatever the interface language)."""

from __future__ import annotations

from tiphandbook.core.content.model import pick

QUIZ_LABELS: dict[str, dict[str, str]] = {
    "question-of": {"en": "Question {n} of {total}", "ru": "Вопрос {n} из {total}", "uz": "{total} ta savoldan {n}-savol"},
    "true": {"en": "True", "ru": "Верно", "uz": "Toʻgʻri"},
    "false": {"en": "False", "ru": "Неверно", "uz": "Notoʻgʻri"},
    "right": {"en": "Correct.", "ru": "Правильно.", "uz": "Toʻgʻri."},
    "partly": {"en": "Partly correct ({percent}%).", "ru": "Частично правильно ({percent}%).", "uz": "Qisman toʻgʻri ({percent}%)."},
    "wrong": {"en": "Not correct.", "ru": "Неправильно.", "uz": "Notoʻgʻri."},
    "your-answer": {"en": "Your answer", "ru": "Ваш ответ", "uz": "Sizning javobingiz"},
    "correct-answer": {"en": "Correct answer", "ru": "Правильный ответ", "uz": "Toʻgʻri javob"},
    "no-answer": {"en": "No answer", "ru": "Нет ответа", "uz": "Javob berilmagan"},
    "not-picked": {"en": "correct, not chosen", "ru": "правильный, не выбран", "uz": "toʻgʻri, tanlanmagan"},
    "explanation": {"en": "Explanation", "ru": "Пояснение", "uz": "Izoh"},
    "score": {"en": "Score", "ru": "Результат", "uz": "Natija"},
    "of": {"en": "{score} of {total}", "ru": "{score} из {total}", "uz": "{total} dan {score}"},
    "passed": {"en": "Passed", "ru": "Сдано", "uz": "Oʻtdi"},
    "failed": {"en": "Not passed", "ru": "Не сдано", "uz": "Oʻtmadi"},
    "time-up": {
        "en": "Time ran out: the answers given by then were marked.",
        "ru": "Время вышло: оценены ответы, данные до этого момента.",
        "uz": "Vaqt tugadi: shu paytgacha berilgan javoblar baholandi.",
    },
    "finished-early": {
        "en": "Practice finished after {answered} of {total} questions: the score is of the answered ones; the others "
              "are not counted as missed, and there is no pass or fail.",
        "ru": "Тренировка завершена после {answered} из {total} вопросов: результат — по отвеченным; остальные не "
              "считаются ошибками, зачёта или незачёта нет.",
        "uz": "Mashq {total} ta savoldan {answered} tasidan keyin yakunlandi: natija javob berilganlar boʻyicha; "
              "qolganlari xato hisoblanmaydi, oʻtdi yoki oʻtmadi deyilmaydi.",
    },
    "not-answered": {"en": "Not answered (not counted).", "ru": "Без ответа (не засчитывается).", "uz": "Javob berilmagan (hisobga olinmaydi)."},
    "answer-key": {"en": "Answer key", "ru": "Ключ ответов", "uz": "Javoblar kaliti"},
    "name": {"en": "Name", "ru": "Ф. И. О.", "uz": "F. I. Sh."},
    "date": {"en": "Date", "ru": "Дата", "uz": "Sana"},
    "version": {"en": "Version", "ru": "Вариант", "uz": "Variant"},
    "choose-one": {"en": "Choose one answer.", "ru": "Выберите один ответ.", "uz": "Bitta javobni tanlang."},
    "choose-all": {"en": "Choose all that apply.", "ru": "Выберите все подходящие ответы.", "uz": "Barcha mos javoblarni tanlang."},
    "true-or-false": {"en": "True or false?", "ru": "Верно или неверно?", "uz": "Toʻgʻrimi yoki notoʻgʻrimi?"},
    "match": {
        "en": "Write the letter of the matching answer beside each item.",
        "ru": "Впишите рядом с каждым пунктом букву подходящего ответа.",
        "uz": "Har bir band yoniga mos javob harfini yozing.",
    },
    "order": {"en": "Number the items in the right order.", "ru": "Пронумеруйте пункты в правильном порядке.", "uz": "Bandlarni toʻgʻri tartibda raqamlang."},
    "write-answer": {"en": "Write your answer.", "ru": "Напишите ответ.", "uz": "Javobingizni yozing."},
    "accepted": {"en": "Accepted answers", "ru": "Принимаемые ответы", "uz": "Qabul qilinadigan javoblar"},
    "write-number": {"en": "Write a number.", "ru": "Запишите число.", "uz": "Sonni yozing."},
    "self-assessed": {
        "en": "Self-assessed: compare your answer with the model answer. It does not count in the score.",
        "ru": "Самопроверка: сравните свой ответ с образцом. В результат не засчитывается.",
        "uz": "Oʻz-oʻzini tekshirish: javobingizni namunaviy javob bilan solishtiring. Natijaga kiritilmaydi.",
    },
    "model-answer": {"en": "Model answer", "ru": "Образец ответа", "uz": "Namunaviy javob"},
    "write-essay": {
        "en": "Write your answer, then compare it with the model answer.",
        "ru": "Напишите ответ, затем сравните его с образцом.",
        "uz": "Javobingizni yozing, soʻng uni namunaviy javob bilan solishtiring.",
    },
}


def quiz_label(key: str, lang: str, **values: object) -> str:
    return pick(QUIZ_LABELS[key], lang).format(**values)
