"""The corrections of issue 17 stay corrected: each test reads the shipped content as a trainer would see it."""

from __future__ import annotations

import re


from tiphandbook.core.content.model import Library, pick


def _body(library: Library, doc_id: str, lang: str) -> str:
    doc = library.documents[(doc_id, lang)]
    return " ".join(doc.body.split())  # line breaks do not matter to a reader


def test_the_prosecutors_academy_has_its_current_name_in_every_language(shipped: Library) -> None:
    academy = next(a for a in shipped.academies if a.id == "gpo-academy")
    assert pick(academy.titles, "en") == "Law Enforcement Academy of the Republic of Uzbekistan"
    assert pick(academy.titles, "ru") == "Правоохранительная академия Республики Узбекистан"
    assert pick(academy.titles, "uz") == "Oʻzbekiston Respublikasi Huquqni muhofaza qilish akademiyasi"
    former = {"en": "formerly the Academy of the General Prosecutor's Office", "ru": "бывшей Академии Генеральной прокуратуры",
              "uz": "sobiq Bosh prokuratura Akademiyasi"}
    for lang, words in former.items():
        assert words in _body(shipped, "about-this-edition", lang)


def test_untoc_serious_crime_is_a_maximum_of_at_least_four_years(shipped: Library) -> None:
    expected = {"en": "maximum deprivation of liberty of at least four years", "ru": "на максимальный срок не менее четырех лет",
                "uz": "eng koʻp jazosi kamida toʻrt yil"}
    for lang, words in expected.items():
        assert words in _body(shipped, "mutual-legal-assistance", lang)


def test_the_art135_checklist_does_not_require_the_means(shipped: Library) -> None:
    for lang in ("en", "ru", "uz"):
        checklist = shipped.checklists[("art135-classification", lang)]
        means = next(item for item in checklist.items() if item.id == "means")
        assert not means.required
    assert shipped.checklists[("art135-classification", "en")].version >= 2


def test_translations_use_the_codes_terms(shipped: Library) -> None:
    assert "повлекшей смерть или иные тяжкие последствия" in _body(shipped, "uzbek-law", "ru")
    assert "причинением смерти" not in _body(shipped, "uzbek-law", "ru")
    assert "потерпевший сам согласился: она" not in _body(shipped, "definition-of-trafficking", "ru")
    assert "Ixtisoslik" not in _body(shipped, "extradition", "uz")
    assert "qaramlik" not in _body(shipped, "definition-of-trafficking", "uz")
    assert "Jabrlanuvchini koʻrsatuvlarini" not in _body(shipped, "victim-as-witness", "uz")


def test_uzbek_text_names_untoc_and_ohchr_in_uzbek(shipped: Library) -> None:
    left_in_english = []
    for (doc_id, lang), doc in shipped.documents.items():
        if lang == "uz" and doc_id != "glossary":
            left_in_english += [f"{doc_id}: {m}" for m in re.findall(r"UNTOC|OHCHR|\(duress\)", doc.body + " ".join(doc.sources))]
    for (quiz_id, lang), quiz in shipped.quizzes.items():
        if lang == "uz":
            texts = " ".join(q.prompt + q.explanation + " ".join(o.text + o.feedback for o in q.options) for q in quiz.questions)
            left_in_english += [f"{quiz_id}: {m}" for m in re.findall(r"UNTOC|OHCHR", texts)]
    assert left_in_english == []


def test_extradition_of_citizens_cites_the_constitution_in_every_language(shipped: Library) -> None:
    expected = {"en": "Constitution of the Republic of Uzbekistan (2023), Art. 23", "ru": "Конституция Республики Узбекистан (2023), ст. 23",
                "uz": "Konstitutsiyasi (2023), 23-moddaning"}
    for lang, words in expected.items():
        assert words in _body(shipped, "extradition", lang)


def test_quiz_keys_that_depend_on_the_text_in_force_say_which_text(shipped: Library) -> None:
    dated = {"en": "before the law of 19 May 2025", "ru": "до Закона от 19 мая 2025 года", "uz": "2025-yil 19-maydagi Qonungacha"}
    for quiz_id, question_id in [("gpo-p1-classification-quiz", "part2-features"), ("hsj-j1-standards-quiz", "part3-features"),
                                 ("mia-m1-definitions-quiz", "part3-aggravations")]:
        for lang, words in dated.items():
            question = next(q for q in shipped.quizzes[(quiz_id, lang)].questions if q.id == question_id)
            assert words in " ".join(question.prompt.split()), (quiz_id, lang)


def test_sentencing_quiz_tests_the_law_not_the_handbooks_research(shipped: Library) -> None:
    quiz = shipped.quizzes[("hsj-j4-sentencing-quiz", "en")]
    assert not [q.id for q in quiz.questions if "handbook" in q.prompt.lower() or "research" in q.prompt.lower()]
    consent = next(q for q in quiz.questions if q.id == "consent-not-mitigating")
    assert consent.type == "single" and sum(o.correct for o in consent.options) == 1


def test_the_profits_question_asks_for_the_current_estimate(shipped: Library) -> None:
    quiz = shipped.quizzes[("gpo-p6-confiscation-compensation-quiz", "en")]
    question = next(q for q in quiz.questions if q.id == "profits-estimate")
    assert [o.text for o in question.options if o.correct] == ["About USD 236 billion a year"]
    assert "fatf-estimate" not in [q.id for q in quiz.questions]


def test_checklist_items_and_quiz_keys_that_rest_on_national_law_carry_a_verify_note(shipped: Library) -> None:
    for lang in ("en", "ru", "uz"):
        for checklist_id, item_id in [("art135-classification", "means"), ("art135-classification", "offender-age"),
                                      ("child-interview", "pedagogue-psychologist"), ("preliminary-identification", "preliminary-id-record")]:
            item = next(i for i in shipped.checklists[(checklist_id, lang)].items() if i.id == item_id)
            assert item.verify, (checklist_id, item_id, lang)
        for quiz_id in ("gpo-p1-classification-quiz", "hsj-j1-standards-quiz", "mia-m1-definitions-quiz"):
            question = next(q for q in shipped.quizzes[(quiz_id, lang)].questions if q.id == "offender-age")
            assert question.verify, (quiz_id, lang)


def test_the_pre_investigation_check_is_a_part_i_chapter_in_three_languages_with_its_checklist(shipped: Library) -> None:
    part = next(p for p in shipped.parts if p.id == "i-investigation")
    assert part.chapters[0] == "pre-investigation-check"
    english = shipped.documents[("pre-investigation-check", "en")]
    for lang in ("ru", "uz"):
        translated = shipped.documents[("pre-investigation-check", lang)]
        assert [s.anchor for s in translated.sections] == [s.anchor for s in english.sections]
        assert translated.body.count("::: verify") == english.body.count("::: verify") >= 5
    assert {"who-decides", "time-limits", "permitted-actions", "decisions", "victim-position"} <= {s.anchor for s in english.sections}
    for lang in ("en", "ru", "uz"):
        checklist = shipped.checklists[("report-to-case", lang)]
        assert sum(bool(item.verify) for item in checklist.items()) >= 3


def test_identification_referral_and_the_first_responder_screen_lead_to_the_pre_investigation_check(shipped: Library) -> None:
    for lang in ("en", "ru", "uz"):
        for doc_id in ("victim-indicators", "identification-and-referral"):
            links = [link.target for link in shipped.documents[(doc_id, lang)].links]
            assert any(target.startswith("pre-investigation-check") for target in links), (doc_id, lang)
        screen = shipped.checklists[("first-responder-screen", lang)]
        assert any((item.ref or "").startswith("pre-investigation-check") for item in screen.items()), lang
