"""Uzbek spelling folded to one search key, so a word typed in either script finds text in either.

Uzbek is written in Latin (the official script, and our content's) and in Cyrillic (still common in older
documents, on phones and among older officers). The key is the lowercase official Latin spelling: Cyrillic letters
follow the official correspondence (ў → oʻ, ғ → gʻ, қ → q, ҳ → h, х → x, ш → sh, ч → ch, ё → yo, ю → yu, я → ya,
е → ye at the start of a word and after a vowel ...), and every apostrophe look-alike that people type
(' ’ ‘ ` ʻ ʼ) becomes ʻ after o and g (oʻ, gʻ) and the tutuq belgisi ʼ elsewhere.
"""

from __future__ import annotations

import re

APOSTROPHES = "'’‘`ʻʼ"
OKINA, TUTUQ = "ʻ", "ʼ"  # U+02BB after o/g, U+02BC the glottal stop

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ё": "yo", "ж": "j", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "x", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": TUTUQ, "ы": "i", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ў": "o" + OKINA, "қ": "q", "ғ": "g" + OKINA, "ҳ": "h",
}
_VOWELS = frozenset("аеёиоуўэюяъь")  # after these, е is "ye" and ц is "ts"

_APOSTROPHE_RUN = re.compile(f"[{APOSTROPHES}]+")


def _latin_from_cyrillic(word: str) -> str:
    out = []
    previous = ""
    for char in word:
        if char == "е":
            out.append("ye" if not previous or previous in _VOWELS else "e")
        elif char == "ц":
            out.append("ts" if previous in _VOWELS else "s")
        else:
            out.append(_CYRILLIC.get(char, char))
        previous = char
    return "".join(out)


def _apostrophe(match: re.Match[str]) -> str:
    start = match.start()
    before = match.string[start - 1] if start else ""
    return OKINA if before in ("o", "g") else TUTUQ


def fold(word: str) -> str:
    """The search key of one Uzbek word in either script: lowercase official Latin, canonical apostrophes."""
    word = _latin_from_cyrillic(word.lower())
    return _APOSTROPHE_RUN.sub(_apostrophe, word).strip(OKINA + TUTUQ)


# Agglutinative endings, stripped outermost first: case, then possessive, then plural
# (bola+lar+i+ning -> bola). A light stemmer: enough for "savdosi", "savdosining", "savdoga" to meet.
_CASE = ("gacha", "dagi", "ning", "dan", "da", "ga", "ka", "qa", "ni")
_POSSESSIVE = ("ingiz", "imiz", "lari", "ing", "si", "im", "i")
_PLURAL = ("lar",)
MIN_STEM = 3


def _strip(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def stem(key: str) -> str:
    """Strip the commonest noun endings from a folded key; leaves at least three letters."""
    for suffixes in (_CASE, _POSSESSIVE, _PLURAL):
        key = _strip(key, suffixes)
    return key
