"""How a typed short answer is compared with the accepted ones.

Uzbek Latin writes oʻ and gʻ with U+02BB, but keyboards produce any of several apostrophes; case and spacing are
just as accidental. None of them should make a right answer wrong.
"""

from __future__ import annotations

import unicodedata

APOSTROPHES = "ʻʼ'’‘`´"  # U+02BB, U+02BC, ASCII, U+2019, U+2018, backtick, acute accent
_TO_ASCII_APOSTROPHE = str.maketrans({c: "'" for c in APOSTROPHES})


def normalize_answer(text: str) -> str:
    """Compatibility-normalised, case-folded, one apostrophe, single spaces, trimmed."""
    # Apostrophes first: NFKC would turn the acute accent (´) into a space and a combining accent.
    text = unicodedata.normalize("NFKC", text.translate(_TO_ASCII_APOSTROPHE)).casefold()
    return " ".join(text.split())
