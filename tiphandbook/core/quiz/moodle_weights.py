"""Per-option percentages that make Moodle mark a choice question the way this app does (see ``scoring``).

Single choice: 100 for the correct option, 0 for the others. Multiple choice: 100/C for each correct option and
-100/W for each wrong one; Moodle adds the weights of the options picked and keeps the total between 0 and 100,
which is exactly the app's rule. The values (50, 33.33333, -25 ...) are among the grades Moodle offers.
"""

from __future__ import annotations

from tiphandbook.core.content.model import Question


def option_weights(question: Question) -> tuple[float, ...]:
    correct = sum(o.correct for o in question.options)
    wrong = len(question.options) - correct
    if question.type == "single":
        return tuple(100.0 if o.correct else 0.0 for o in question.options)
    return tuple(100.0 / correct if o.correct else -100.0 / wrong for o in question.options)


def weight_text(percent: float) -> str:
    """Moodle's own spelling: up to five decimals, no trailing zeros (``33.33333``, ``-50``, ``100``)."""
    text = f"{percent:.5f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
