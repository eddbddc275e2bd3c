"""Screening guides as content: loaded with the handbook, checked by ``tiphandbook check`` with path:line errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from tests.helpers.paths import FIXTURE_CONTENT

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.translations import source_hash, translation_report

SCREENING_FIXTURE = Path(__file__).parent / "fixtures" / "screening"
GUIDE = "handbook/screening/interview.en.yaml"
GUIDE_RU = "handbook/screening/interview.ru.yaml"
PERSON_EN = "handbook/screening/interview.person.en.yaml"
PERSON_CYRL = "handbook/screening/interview.person.uz-Cyrl.yaml"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The fixture handbook with a small screening guide in handbook/screening/."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    shutil.copytree(SCREENING_FIXTURE, target / "handbook" / "screening")
    return target


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_guide_loads_in_each_officer_language_and_each_person_language(content: Path) -> None:
    library = load_library(content)
    assert library.errors == []
    shelf = library.screening
    assert shelf.ids() == ["interview"]
    assert shelf.person_languages("interview") == ("en", "uz-Cyrl")
    russian = shelf.guide("interview", "ru")
    assert russian.card("holder").question == "У кого ваш паспорт?"
    # the translation carries the English structure: answers, indicators raised, conditions, references
    assert russian.card("holder").raises == {"employer": ("documents",)}
    assert russian.card("holder").only_if == {"passport": ("no", "unsure")}
    assert russian.card("holder").choices[0].label == "У работодателя"
    assert russian.rule("several").verify == "Проверьте, какой орган принимает перенаправление."
    assert shelf.guide("interview", "uz").lang == "en"  # no Uzbek officer file: English
    cyrillic = shelf.person("interview", "uz-Cyrl")
    assert cyrillic.answers["no"] == "Йўқ"
    assert cyrillic.cards["holder"].choices["employer"] == "Иш берувчида"


def test_unquoted_yes_and_no_are_answers_not_booleans(content: Path) -> None:
    """YAML 1.1 reads an unquoted no as false; an author writing {no: [documents]} means the answer no."""
    guide = load_library(content).screening.guide("interview", "en")
    assert guide.card("passport").raises == {"no": ("documents",)}
    assert guide.card("threats").raises == {"yes": ("threats",)}


def test_a_new_person_language_is_content_only(content: Path) -> None:
    """Tajik (or any language) is one file and one entry in person_languages: no code change."""
    english = (content / PERSON_EN).read_text(encoding="utf-8")
    (content / "handbook/screening/interview.person.tg.yaml").write_text(english.replace("name: English", "name: Тоҷикӣ"), encoding="utf-8")
    _edit(content, GUIDE, "person_languages: [en, uz-Cyrl]", "person_languages: [en, uz-Cyrl, tg]")
    library = load_library(content)
    assert library.errors == []
    assert library.screening.person_languages("interview") == ("en", "uz-Cyrl", "tg")
    assert library.screening.person("interview", "tg").name == "Тоҷикӣ"


BROKEN = [
    # (file, old, new, expected "file:line: message")
    (GUIDE, "ref: alpha#second\n        raises: {yes", "ref: alpha#nowhere\n        raises: {yes",
     f"{GUIDE}:40: card 'threats': link to missing anchor '#nowhere' in 'alpha'"),
    (GUIDE, "    ref: alpha#sub", "    ref: gamma#sub", f"{GUIDE}:60: indicator 'injuries': link to missing document 'gamma'"),
    (GUIDE, "    ref: alpha#sub", "    ref: alpha", f"{GUIDE}:60: indicator 'injuries': ref 'alpha' must name a handbook section: doc-id#anchor"),
    (GUIDE, "refer: [beta#details]", "refer: [beta#elsewhere]", f"{GUIDE}:64: rule 'danger': link to missing anchor '#elsewhere' in 'beta'"),
    (GUIDE, "label: Place of the conversation, ref: alpha#first", "label: Place, ref: alpha#gone",
     f"{GUIDE}:79: note field 'place': link to missing anchor '#gone' in 'alpha'"),
    (GUIDE, "raises: {no: [documents]}", "raises: {no: [documentz]}", f"{GUIDE}:28: card: 'raises': unknown indicator documentz"),
    (GUIDE, "raises: {employer: [documents]}", "raises: {boss: [documents]}",
     f"{GUIDE}:39: card: 'raises': 'boss' is not an answer this card offers (employer, relative, unsure, refuses)"),
    (GUIDE, "only_if: {passport: [no, unsure]}", "only_if: {threats: [yes]}",
     f"{GUIDE}:31: card: 'only_if': 'threats' is not a card that comes before this one"),
    (GUIDE, "        answer: consent\n", "        answer: yes-no\n",
     f"{GUIDE}:13: card 'consent': the first card must be the consent card (answer: consent)"),
    (GUIDE, "      - id: work\n        answer: text", "      - id: work\n        answer: consent",
     f"{GUIDE}:47: card 'work': only the first card may be a consent card"),
    (GUIDE, "answer: text", "answer: essay", f"{GUIDE}:48: card: unknown answer kind 'essay'"),
    (GUIDE, "          - {id: relative, label: A relative}\n", "", f"{GUIDE}:36: card: a choice card needs at least two choices"),
    (GUIDE, "    when: otherwise\n", "    when: {at_least: 1}\n",
     f"{GUIDE}:63: the last rule, and only it, must be 'when: otherwise'"),
    (GUIDE, "when: {any: [threats, injuries]}", "when: {any: [threats, bruises]}", f"{GUIDE}:65: when: unknown indicator bruises"),
    (GUIDE, "when: {at_least: 2}", "when: {of: [threats]}", f"{GUIDE}:69: when: 'of' says what 'at_least' or 'at_most' counts"),
    (GUIDE, "when: {at_least: 2}", "when: {at_least: 2, at_most: 1}", f"{GUIDE}:69: when: 'at_most' is below 'at_least'"),
    (GUIDE, "person_languages: [en, uz-Cyrl]", "person_languages: [en, uz-Cyrl, ky]",
     f"{GUIDE}:8: person language 'ky' is listed but interview.person.ky.yaml is missing"),
    (GUIDE, "person_languages: [en, uz-Cyrl]", "person_languages: [en, uz-cyrillic]",
     f"{GUIDE}:8: person language 'uz-cyrillic' must be a language tag such as uz or uz-Cyrl"),
    (GUIDE, "person_languages: [en, uz-Cyrl]", "person_languages: [en]",
     f"{PERSON_CYRL}:1: 'uz-Cyrl' is not in person_languages of interview.en.yaml"),
    (GUIDE, "        why: Threats are a means of control.\n", "", f"{GUIDE}:40: card: 'why' is required"),
    (GUIDE_RU, "      - id: work\n", "      - id: job\n",
     f"{GUIDE_RU}:1: sections, cards, choices, indicators, rules or note fields differ from the English guide"),
    (PERSON_CYRL, "  - id: threats\n    says: Сизга ёки оилангизга кимдир таҳдид қилганми?\n", "",
     f"{PERSON_CYRL}:1: card 'threats' has no words for the person in this file"),
    (PERSON_CYRL, "choices: {employer: Иш берувчида, relative: Қариндошимда}", "choices: {employer: Иш берувчида}",
     f"{PERSON_CYRL}:12: card 'holder': choices differ from the guide: missing relative"),
    (PERSON_CYRL, "  - id: work\n", "  - id: job\n", f"{PERSON_CYRL}:17: card 'job' is not in the guide"),
    (PERSON_CYRL, "refuses: Жавоб бермайман}", "refuse: Жавоб бермайман}", f"{PERSON_CYRL}:3: 'answers' has no words for refuses"),
    (PERSON_CYRL, "id: interview", "id: interviews", f"{PERSON_CYRL}:1: id 'interviews' differs from the guide's 'interview'"),
    (PERSON_EN, "stop: I want to stop\n", "", f"{PERSON_EN}:1: 'stop' is required"),
    (PERSON_EN, "closing: Thank you", "closing: [Thank you", f"{PERSON_EN}:6: malformed YAML"),
]


@pytest.mark.parametrize(("relative", "old", "new", "expected"), BROKEN, ids=[b[3].split(": ", 1)[1][:50] for b in BROKEN])
def test_a_broken_guide_is_reported_with_file_and_line(content: Path, relative: str, old: str, new: str, expected: str,
                                                      capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _edit(content, relative, old, new)
    monkeypatch.chdir(content)
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert expected in out, out


def test_a_guide_with_a_broken_structure_is_not_offered(content: Path) -> None:
    _edit(content, GUIDE, "raises: {no: [documents]}", "raises: {no: [documentz]}")
    assert load_library(content).screening.ids() == []


def test_incomplete_person_words_leave_only_that_language_out(content: Path) -> None:
    _edit(content, PERSON_CYRL, "  - id: work\n    says: Қандай иш қиласиз?\n", "")
    shelf = load_library(content).screening
    assert shelf.ids() == ["interview"]
    assert shelf.person_languages("interview") == ("en",)


def test_a_translation_that_differs_falls_back_to_english(content: Path) -> None:
    _edit(content, GUIDE_RU, "      - id: work\n", "      - id: job\n")
    assert load_library(content).screening.guide("interview", "ru").lang == "en"


def test_a_guide_id_used_by_other_content_is_refused(content: Path) -> None:
    _edit(content, GUIDE, "id: interview", "id: screen")  # the fixture's checklist id
    library = load_library(content)
    assert library.screening.ids() == []
    assert any("duplicate id 'screen'" in e.message for e in library.errors)


def test_a_broken_guide_is_reported_once_not_again_through_its_person_files(content: Path) -> None:
    _edit(content, GUIDE, "title: Test screening interview", "title: [Test")
    problems = [e.format(content) for e in load_library(content).errors]
    assert problems == [f"{GUIDE}:4: malformed YAML: did not find expected ',' or ']'"], problems


def test_a_yaml_alias_bomb_in_a_guide_is_refused_without_expanding(content: Path) -> None:
    """Nine nested aliases of nine: expanded, 9^10 items. The guide is refused with its file and line."""
    bomb = "bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
    _edit(content, GUIDE, "sources:\n  - A test source\n", bomb + "sources: *a9\n")
    library = load_library(content)
    assert library.screening.ids() == []
    assert any(e.path.name == "interview.en.yaml" and e.line > 0 for e in library.errors)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_named_like_a_guide_is_not_read(content: Path) -> None:
    """Reading a FIFO would block the load forever."""
    os.mkfifo(content / "handbook/screening/trap.en.yaml")
    library = load_library(content)
    assert any(e.path.name == "trap.en.yaml" and "not a regular file" in e.message for e in library.errors)
    assert library.screening.ids() == ["interview"]


def test_the_checker_counts_guides(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(content)]) == 0
    assert "1 screening guides" in capsys.readouterr().err


def test_the_translation_report_lists_the_officer_side_of_a_guide(content: Path) -> None:
    def statuses() -> dict[str, str]:
        return next(r.statuses for r in translation_report(load_library(content)) if r.id == "interview")

    assert statuses() == {"ru": "unrecorded", "uz": "missing"}
    _edit(content, GUIDE_RU, "id: interview\n", f"id: interview\nsource_hash: {source_hash(content / GUIDE)}\n")
    assert statuses()["ru"] == "current"
    _edit(content, GUIDE, "title: Test screening interview", "title: A test screening interview")
    assert statuses()["ru"] == "outdated"
