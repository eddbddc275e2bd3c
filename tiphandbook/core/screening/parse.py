"""Read one screening file (a guide in an officer language, or the person's words in one language).

Files are read through the content package's YAML reader, so they follow the same rules as every other content
file (line numbers, and whatever limits the content reader enforces). Each problem is appended to ``errors`` as
``path:line: message``; ``None`` is returned when the file cannot be used at all.

YAML reads an unquoted ``yes`` or ``no`` as true or false; answers are taken either way, so an author who writes
``raises: {no: [documents]}`` gets what they meant.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from tiphandbook.core.content.fields import FieldReader
from tiphandbook.core.content.model import ContentError
from tiphandbook.core.content.parse import load_yaml_mapping
from tiphandbook.core.content.yamlio import YamlMap
from tiphandbook.core.screening.model import (
    ANSWER_KINDS,
    PERSON_LANGUAGE,
    STANDARD_ANSWERS,
    Card,
    Choice,
    Condition,
    Guide,
    Indicator,
    NoteField,
    PersonCard,
    PersonWords,
    Rule,
    Section,
)

_GUIDE_FIELDS = ("id", "version", "title", "summary", "audience", "sources", "person_languages", "sections",
                 "indicators", "rules", "referral_note", "source_hash")
_CARD_TEXTS = ("id", "question", "why", "indicates", "choices")
_CARD_STRUCTURE = ("answer", "ref", "raises", "only_if")
_PERSON_FIELDS = ("id", "name", "answers", "stop", "closing", "declined", "cards", "source_hash")


def answer_token(value: Any) -> str:
    """An answer as written in YAML: true/false (unquoted yes/no) become 'yes'/'no'."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value).strip()


def parse_guide(path: Path, lang: str, errors: list[ContentError], is_source: bool) -> Guide | None:
    """A guide file. A translation (``is_source=False``) is read for its texts only; the loader gives it the
    English file's structure."""
    data = load_yaml_mapping(path, errors)
    if data is None:
        return None
    fields = FieldReader(data, path, errors)
    fields.only(*_GUIDE_FIELDS)
    guide_id, title = fields.ident("id"), fields.text("title")
    summary = fields.text("summary", required=False)
    version = fields.integer("version", required=is_source, minimum=1)
    audience = fields.audience(required=is_source)
    sources = fields.texts("sources", required=is_source)
    person_languages = _person_languages(fields) if is_source else ()
    indicators = _indicators(fields, is_source)
    indicator_ids = {i.id for i in indicators}
    sections = _sections(fields, is_source, indicator_ids)
    rules = _rules(fields, is_source, indicator_ids)
    note_fields, note_verify = _referral_note(fields, is_source)
    recorded_hash = fields.text("source_hash", required=False) or None
    if not guide_id or not title or not sections:
        return None
    if not fields.ok:
        return None  # a broken guide would mislead in an interview: skip it (a broken translation falls back to English)
    return Guide(
        id=guide_id, lang=lang, path=path, version=version, title=title, summary=summary, audience=audience,
        sources=sources, person_languages=person_languages, sections=sections, indicators=indicators, rules=rules,
        note_fields=note_fields, note_verify=note_verify,
        source_hash=recorded_hash,
        lines={key: data.line_of(key) for key in data},
    )


def _person_languages(fields: FieldReader) -> tuple[str, ...]:
    languages = fields.texts("person_languages", required=True)
    for lang in languages:
        if not PERSON_LANGUAGE.match(lang):
            fields.error("person_languages", f"person language {lang!r} must be a language tag such as uz or uz-Cyrl")
    if len(set(languages)) != len(languages):
        fields.error("person_languages", "a person language is listed twice")
    return tuple(lang for lang in languages if PERSON_LANGUAGE.match(lang))


def _ids_once(reader: FieldReader, key: str, seen: set[str], what: str) -> str:
    item_id = reader.ident(key)
    if item_id and item_id in seen:
        reader.error(key, f"duplicate {what} id '{item_id}'")
    seen.add(item_id)
    return item_id


def _indicators(fields: FieldReader, is_source: bool) -> tuple[Indicator, ...]:
    indicators: list[Indicator] = []
    seen: set[str] = set()
    for raw in fields.mappings("indicators"):
        sub = FieldReader(raw, fields.path, fields.errors, "indicator")
        sub.only("id", "title", "ref")
        indicators.append(Indicator(_ids_once(sub, "id", seen, "indicator"), sub.text("title"),
                                    sub.text("ref", required=is_source), raw.line))
        fields.ok &= sub.ok
    return tuple(indicators)


def _sections(fields: FieldReader, is_source: bool, indicator_ids: set[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    section_ids: set[str] = set()
    card_ids: set[str] = set()
    earlier: dict[str, Card] = {}
    for raw in fields.mappings("sections"):
        sec = FieldReader(raw, fields.path, fields.errors, "section")
        sec.only("id", "title", "cards")
        sec_id = _ids_once(sec, "id", section_ids, "section")
        cards = []
        for raw_card in sec.mappings("cards"):
            reader = FieldReader(raw_card, fields.path, fields.errors, "card")
            card = _card(reader, raw_card.line, card_ids, is_source, indicator_ids, earlier)
            sec.ok &= reader.ok
            if card is not None:
                cards.append(card)
                earlier[card.id] = card
        sections.append(Section(sec_id, sec.text("title"), tuple(cards)))
        fields.ok &= sec.ok
    all_cards = [card for section in sections for card in section.cards]
    if is_source and all_cards:
        _check_consent_first(fields, all_cards)
    return tuple(sections)


def _check_consent_first(fields: FieldReader, cards: list[Card]) -> None:
    """The person agrees before anything is asked, and is asked once."""
    if cards[0].kind != "consent":
        fields.errors.append(ContentError(fields.path, cards[0].line,
                                          f"card '{cards[0].id}': the first card must be the consent card (answer: consent)"))
        fields.ok = False
    for card in cards[1:]:
        if card.kind == "consent":
            fields.errors.append(ContentError(fields.path, card.line, f"card '{card.id}': only the first card may be a consent card"))
            fields.ok = False


def _card(card: FieldReader, line: int, seen: set[str], is_source: bool, indicator_ids: set[str],
          earlier: dict[str, Card]) -> Card | None:
    card.only(*_CARD_TEXTS, *_CARD_STRUCTURE)
    card_id = _ids_once(card, "id", seen, "card")
    texts = (card.text("question"), card.text("why"), card.text("indicates"))  # question, why, indicates
    choices = []
    choice_ids: set[str] = set()
    for raw in card.mappings("choices", required=False):
        sub = FieldReader(raw, card.path, card.errors, "choice")
        sub.only("id", "label")
        choice_id = _ids_once(sub, "id", choice_ids, "choice")
        if choice_id in STANDARD_ANSWERS:
            sub.error("id", f"choice id '{choice_id}' is kept for the answers every card offers; choose another")
        choices.append(Choice(choice_id, sub.text("label")))
        card.ok &= sub.ok
    if not is_source:
        return Card(card_id, "yes-no", *texts, ref="", line=line, choices=tuple(choices)) if card_id else None
    kind = card.text("answer")
    if kind and kind not in ANSWER_KINDS:
        card.error("answer", f"unknown answer kind '{kind}' ({', '.join(ANSWER_KINDS)})")
    if kind == "choice" and len(choices) < 2:
        card.error("choices" if choices else "answer", "a choice card needs at least two choices")
    if kind != "choice" and choices:
        card.error("choices", "only a card with 'answer: choice' has choices")
    result = Card(card_id, kind if kind in ANSWER_KINDS else "yes-no", *texts,  # type: ignore[arg-type]
                  ref=card.text("ref"), line=line, choices=tuple(choices))
    raises = _answer_map(card, "raises", result.answers(), "indicator", indicator_ids)
    only_if = _only_if(card, earlier)
    if not card_id or not card.ok:
        return None
    return dataclasses.replace(result, raises=raises, only_if=only_if)


def _answer_map(card: FieldReader, key: str, answers: tuple[str, ...], what: str, known: set[str]) -> dict[str, tuple[str, ...]]:
    """``{answer: [ids]}``: each answer must be one the card offers, each id one that exists."""
    raw = card.data.get(key)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        card.error(key, f"'{key}' must map answers to lists, e.g. {{no: [documents]}}")
        return {}
    result = {}
    for raw_answer, ids in raw.items():
        answer = answer_token(raw_answer)
        if answer not in answers:
            card.error(key, f"'{key}': '{answer}' is not an answer this card offers ({', '.join(answers)})")
            continue
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            card.error(key, f"'{key}': the {what}s for '{answer}' must be a list of ids")
            continue
        unknown = [i for i in ids if i not in known]
        if unknown:
            card.error(key, f"'{key}': unknown {what} {', '.join(unknown)}")
        result[answer] = tuple(ids)
    return result


def _only_if(card: FieldReader, earlier: dict[str, Card]) -> dict[str, tuple[str, ...]]:
    """``{earlier-card: [answers]}``: the card is asked only when those answers were given."""
    raw = card.data.get("only_if")
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not raw:
        card.error("only_if", "'only_if' must map an earlier card to answers, e.g. {passport: [no]}")
        return {}
    result = {}
    for card_id, answers in raw.items():
        before = earlier.get(str(card_id))
        if before is None:
            card.error("only_if", f"'only_if': '{card_id}' is not a card that comes before this one")
            continue
        values = tuple(answer_token(a) for a in answers) if isinstance(answers, list) else ()
        wrong = [a for a in values if a not in before.answers()]
        if not values or wrong:
            card.error("only_if", f"'only_if': the answers for '{card_id}' must be a list of its answers ({', '.join(before.answers())})")
            continue
        result[str(card_id)] = values
    return result


def _rules(fields: FieldReader, is_source: bool, indicator_ids: set[str]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: set[str] = set()
    for raw in fields.mappings("rules"):
        sub = FieldReader(raw, fields.path, fields.errors, "rule")
        sub.only("id", "when", "recommend", "refer", "verify")
        rule_id = _ids_once(sub, "id", seen, "rule")
        when = _condition(sub, indicator_ids) if is_source else Condition()
        rules.append(Rule(rule_id, when, sub.text("recommend"), sub.texts("refer", required=is_source),
                          sub.text("verify", required=False), raw.line))
        fields.ok &= sub.ok
    if is_source and rules:
        otherwise = [r for r in rules if r.when.otherwise]
        if len(otherwise) != 1 or rules[-1] is not otherwise[0]:
            fields.error("rules", "the last rule, and only it, must be 'when: otherwise', so every interview ends with a recommendation")
    return tuple(rules)


def _condition(rule: FieldReader, indicator_ids: set[str]) -> Condition:
    raw = rule.data.get("when")
    if raw == "otherwise":
        return Condition(otherwise=True)
    if not isinstance(raw, YamlMap) or not raw:
        rule.error("when" if raw is not None else None, "'when' must be 'otherwise' or a condition such as {any: [threats]} or {at_least: 2}")
        return Condition()
    sub = FieldReader(raw, rule.path, rule.errors, "when")
    sub.only("any", "all", "at_least", "at_most", "of")
    at_most = sub.integer("at_most", required=False, minimum=0) if "at_most" in raw else None
    condition = Condition(any_of=sub.texts("any"), all_of=sub.texts("all"),
                          at_least=sub.integer("at_least", required=False, minimum=1), at_most=at_most, of=sub.texts("of"))
    unknown = [i for i in (*condition.any_of, *condition.all_of, *condition.of) if i not in indicator_ids]
    if unknown:
        sub.error(None, f"unknown indicator {', '.join(sorted(set(unknown)))}")
    if condition.of and not condition.at_least and condition.at_most is None:
        sub.error("of", "'of' says what 'at_least' or 'at_most' counts: give one of them too")
    if condition.at_most is not None and condition.at_most < condition.at_least:
        sub.error("at_most", "'at_most' is below 'at_least': the rule could never apply")
    rule.ok &= sub.ok
    return condition


def _referral_note(fields: FieldReader, is_source: bool) -> tuple[tuple[NoteField, ...], str]:
    raw = fields.data.get("referral_note")
    if raw is None:
        if is_source:
            fields.error(None, "'referral_note' is required")
        return (), ""
    if not isinstance(raw, YamlMap):
        fields.error("referral_note", "'referral_note' must be a mapping with 'fields' and 'verify'")
        return (), ""
    note = FieldReader(raw, fields.path, fields.errors, "referral_note")
    note.only("fields", "verify")
    result: list[NoteField] = []
    seen: set[str] = set()
    for item in note.mappings("fields"):
        sub = FieldReader(item, fields.path, fields.errors, "note field")
        sub.only("id", "label", "ref")
        result.append(NoteField(_ids_once(sub, "id", seen, "note field"), sub.text("label"),
                                sub.text("ref", required=is_source), item.line))
        note.ok &= sub.ok
    fields.ok &= note.ok
    return tuple(result), note.text("verify", required=False)


def parse_person_words(path: Path, guide_id: str, lang: str, errors: list[ContentError]) -> PersonWords | None:
    """The words for the person in one language: the answer buttons, the endings and a text for every card."""
    data = load_yaml_mapping(path, errors)
    if data is None:
        return None
    fields = FieldReader(data, path, errors)
    fields.only(*_PERSON_FIELDS)
    file_id = fields.ident("id")
    if file_id and file_id != guide_id:
        fields.error("id", f"id '{file_id}' differs from the guide's '{guide_id}'")
    answers = _person_answers(fields)
    cards: dict[str, PersonCard] = {}
    for raw in fields.mappings("cards"):
        sub = FieldReader(raw, path, errors, "card")
        sub.only("id", "says", "choices")
        card_id = sub.ident("id")
        if card_id in cards:
            sub.error("id", f"duplicate card id '{card_id}'")
        choices = raw.get("choices") or {}
        if not isinstance(choices, dict) or not all(isinstance(v, str) for v in choices.values()):
            sub.error("choices", "'choices' must map choice ids to words, e.g. {employer: The employer}")
            choices = {}
        cards[card_id] = PersonCard(card_id, sub.text("says"), {str(k): v.strip() for k, v in choices.items()}, raw.line)
        fields.ok &= sub.ok
    words = PersonWords(
        guide_id=guide_id, lang=lang, path=path, name=fields.text("name"), answers=answers, stop=fields.text("stop"),
        closing=fields.text("closing"), declined=fields.text("declined"), cards=cards,
        source_hash=fields.text("source_hash", required=False) or None,
    )
    return words if fields.ok else None


def _person_answers(fields: FieldReader) -> dict[str, str]:
    raw = fields.data.get("answers")
    if not isinstance(raw, dict):
        fields.error("answers" if raw is not None else None, f"'answers' must give the words for {', '.join(STANDARD_ANSWERS)}")
        return {}
    answers = {answer_token(k): str(v).strip() for k, v in raw.items() if isinstance(v, str) and v.strip()}
    missing = [a for a in STANDARD_ANSWERS if a not in answers]
    extra = [a for a in answers if a not in STANDARD_ANSWERS]
    if missing:
        fields.error("answers", f"'answers' has no words for {', '.join(missing)}")
    if extra:
        fields.error("answers", f"'answers' has unknown answer {', '.join(extra)} ({', '.join(STANDARD_ANSWERS)})")
    return answers
