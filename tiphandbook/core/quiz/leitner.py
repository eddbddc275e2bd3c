"""Spaced review with Leitner boxes: a missed question comes back soon, then less and less often.

A question enters box 1 when it is missed (in any mode) and is due at once. Each time it is answered right when due,
it moves up a box and waits longer; after the last box it leaves review. A miss sends it back to box 1. Answering
right before it is due (in practice or an exam) leaves the schedule as it is, so cramming does not skip boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# How long a card waits in each box before it is due again (box 1 = at once).
BOX_INTERVALS: tuple[timedelta, ...] = (
    timedelta(0), timedelta(days=1), timedelta(days=3), timedelta(days=7), timedelta(days=14),
)


@dataclass(frozen=True)
class Card:
    box: int  # 1 .. len(BOX_INTERVALS)
    due: datetime

    def is_due(self, now: datetime) -> bool:
        return self.due <= now


def after_answer(card: Card | None, fully_right: bool, now: datetime) -> Card | None:
    """The card after an answer; None means the question is not (or no longer) in review."""
    if not fully_right:
        return Card(1, now + BOX_INTERVALS[0])
    if card is None or not card.is_due(now):
        return card
    if card.box >= len(BOX_INTERVALS):
        return None
    return Card(card.box + 1, now + BOX_INTERVALS[card.box])
