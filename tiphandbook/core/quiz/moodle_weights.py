"""Per-option percentages: the app marks choice questions with them (``scoring``), and Moodle receives them.

An option's weight is what picking it earns, in percent. Written in the quiz (``weight:``, as Moodle has it) or
else derived from ``correct``: single choice gives 100 to the correct option and 0 to the others; multiple choice
gives 100/C to each correct option and -100/W to each wrong one (C, W: how many are correct and wrong). Moodle adds
the weights of the options picked and keeps the total between 0 and 100 (multiple) or takes the one picked
(single), which is also the app's rule.

Moodle accepts only the weights of its grade list (moodle/moodle question/engine/bank.php,
``question_bank::ensure_fraction_options_initialised`` / ``fraction_options_full``: 0, ±5, ±10, ±11.11111,
±12.5, ±14.28571, ±16.66667, ±20, ±25, ±30, ±33.33333, ±40, ±50, ±60, ±66.66667, ±70, ±75, ±80, ±83.33333, ±90,
±100) and refuses a file with another. A weight outside the list (1/11 of 100, say) is exported as the next list
value away from zero, so that picking every correct option still earns full marks and picking everything still
earns nothing, and the export says so (``rounding_notes``): Moodle then marks some partial answers a little
differently from the app.
"""

from __future__ import annotations

from tiphandbook.core.content.model import Question

MOODLE_GRADES: tuple[float, ...] = (  # percent, from question_bank's $rawfractions, plus 100
    100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0, 33.33333, 30.0, 25.0, 20.0,
    16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0,
)
_SAME = 1e-4  # percent; Moodle's list keeps 7 decimals of a fraction


def option_weights(question: Question) -> tuple[float, ...]:
    """The weight of each option as the app marks it (explicit weights win over ``correct``)."""
    if any(o.weight is not None for o in question.options):
        return tuple(o.weight if o.weight is not None else (100.0 if o.correct else 0.0) for o in question.options)
    if question.type == "single":
        return tuple(100.0 if o.correct else 0.0 for o in question.options)
    correct = sum(o.correct for o in question.options)
    wrong = len(question.options) - correct
    return tuple(100.0 / correct if o.correct else -100.0 / wrong for o in question.options)


def moodle_grade(percent: float) -> float:
    """``percent`` itself when Moodle's list has it, else the next list value away from zero."""
    magnitude = abs(percent)
    if magnitude < _SAME:
        return 0.0
    allowed = [g for g in MOODLE_GRADES if g >= magnitude - _SAME]
    grade = min(allowed) if allowed else 100.0
    return grade if percent > 0 else -grade


def moodle_weights(question: Question) -> tuple[float, ...]:
    return tuple(moodle_grade(w) for w in option_weights(question))


def rounding_notes(question: Question) -> tuple[str, ...]:
    """One sentence per weight that Moodle's grade list made different."""
    changed = {(weight_text(w), weight_text(m)) for w, m in zip(option_weights(question), moodle_weights(question),
                                                                strict=True) if abs(w - m) > _SAME}
    return tuple(f"question '{question.id}': weight {old}% is not in Moodle's grade list, written as {new}% (Moodle "
                 "will mark some partial answers differently from the app)" for old, new in sorted(changed))


def weight_text(percent: float) -> str:
    """Moodle's own spelling: up to five decimals, no trailing zeros (``33.33333``, ``-50``, ``100``)."""
    text = f"{percent:.5f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
