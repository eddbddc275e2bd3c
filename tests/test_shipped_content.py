"""The bundled handbook and curricula meet the content brief, beyond what the format checker enforces."""

from __future__ import annotations


from tiphandbook.core.content.model import Library


def test_every_checklist_item_opens_a_handbook_section(shipped: Library) -> None:
    unlinked = [f"{c.id}/{i.id}" for (_, lang), c in shipped.checklists.items() if lang == "en" for i in c.items() if not i.ref or "#" not in i.ref]
    assert unlinked == []


def test_every_quiz_question_explains_and_links_to_a_section(shipped: Library) -> None:
    weak = [f"{q_id}/{q.id}" for (q_id, lang), quiz in shipped.quizzes.items() if lang == "en" for q in quiz.questions if not q.explanation or not q.ref]
    assert weak == []


def test_every_module_has_a_quiz_of_at_least_twelve_questions(shipped: Library) -> None:
    for academy in shipped.academies:
        assert academy.modules, academy.id
        for module_id in academy.modules:
            module = shipped.document(module_id, "en").module
            quiz = shipped.quiz(module.quiz or "", "en")
            assert quiz is not None and len(quiz.questions) >= 12, module_id
            assert {q.type for q in quiz.questions} >= {"single", "multiple", "true_false"}, module_id


def test_every_chapter_cites_its_sources_and_is_in_the_navigation(shipped: Library) -> None:
    in_navigation = {c for part in shipped.parts for c in part.chapters}
    chapters = [d for (_, lang), d in shipped.documents.items() if lang == "en" and d.kind == "chapter"]
    assert len(chapters) >= 30
    assert all(d.sources for d in chapters)
    assert {d.id for d in chapters} == in_navigation


def test_the_seed_translation_exists_in_russian_and_uzbek(shipped: Library) -> None:
    english = shipped.documents[("definition-of-trafficking", "en")]
    for lang in ("ru", "uz"):
        translated = shipped.documents[("definition-of-trafficking", lang)]
        assert [s.anchor for s in translated.sections] == [s.anchor for s in english.sections]


def test_every_document_checklist_and_quiz_has_current_russian_and_uzbek(shipped: Library) -> None:
    from tiphandbook.core.content.translations import translation_report

    stale = [(row.id, lang, status) for row in translation_report(shipped) for lang, status in row.statuses.items() if status != "current"]
    assert stale == []
