"""What a mark means and how a typed number is read: shared by the question types, the session and the review."""

from __future__ import annotations

import math

FULL_MARKS = 1.0


def is_full_marks(fraction: float) -> bool:
    return fraction >= FULL_MARKS - 1e-9


def typed_number(text: str) -> float | None:
    """A number as a student types it: spaces between digit groups and a decimal comma are accepted."""
    cleaned = "".join(text.split()).replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
