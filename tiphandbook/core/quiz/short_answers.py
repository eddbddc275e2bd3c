"""Short answers as Moodle must receive them to accept what the app accepts.

Moodle's short-answer marking (moodle/moodle question/type/shortanswer/question.php,
``qtype_shortanswer_question::compare_string_with_wildcard``) normalises both strings to NFC, ignores case (the
regex ``i`` flag, as ``usecase`` is 0) and outer spaces (``trim``) only, and reads ``*`` as "anything". The app
(``normalize.normalize_answer``) also folds every apostrophe form to one and collapses inner spaces. So the export
sends every accepted answer once per apostrophe form (ʻ ʼ ' ’ ‘ ` ´, the same form throughout the answer) and
writes a literal ``*`` as ``\\*``. Left different, and listed in docs/moodle.md: an answer typed with two
different apostrophe forms, a doubled inner space, and compatibility forms that NFKC folds but NFC does not.
"""

from __future__ import annotations

from tiphandbook.core.content.model import Question
from tiphandbook.core.quiz.normalize import APOSTROPHES

_ONE_APOSTROPHE = str.maketrans({c: "'" for c in APOSTROPHES})


def apostrophe_variants(answer: str) -> tuple[str, ...]:
    """``answer`` itself, then the same answer with each apostrophe form throughout (none when it has none)."""
    if not any(c in APOSTROPHES for c in answer):
        return (answer,)
    variants = [answer, *(answer.translate({ord(a): form for a in APOSTROPHES}) for form in APOSTROPHES)]
    return tuple(dict.fromkeys(variants))


def moodle_answers(question: Question) -> tuple[str, ...]:
    """Every pattern Moodle needs, in order, without repeats, with ``*`` escaped."""
    patterns = (v.replace("*", "\\*") for a in question.answers for v in apostrophe_variants(a))
    return tuple(dict.fromkeys(patterns))


def distinct_answers(answers: list[str]) -> tuple[str, ...]:
    """The answers an import keeps: the apostrophe variants written for Moodle collapse into the first."""
    kept: dict[str, str] = {}
    for answer in answers:
        kept.setdefault(answer.translate(_ONE_APOSTROPHE), answer)
    return tuple(kept.values())
