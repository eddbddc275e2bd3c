"""From the indicators raised in an interview to the guide's referral recommendation.

The guide's rules are read in order and every rule whose condition holds applies; the last rule (``otherwise``)
applies only when none did, so an interview always ends with a recommendation. What comes out is advice for the
officer's judgement: the engine never decides that a person is or is not a victim.
"""

from __future__ import annotations

from collections.abc import Collection

from tiphandbook.core.screening.model import Condition, Guide, Rule


def holds(condition: Condition, raised: Collection[str], all_indicators: Collection[str]) -> bool:
    """Whether a (non-``otherwise``) condition holds for the set of raised indicator ids."""
    if condition.otherwise:
        return False
    if condition.any_of and not any(i in raised for i in condition.any_of):
        return False
    if condition.all_of and not all(i in raised for i in condition.all_of):
        return False
    count = sum(1 for i in set(condition.of or all_indicators) if i in raised)
    if count < condition.at_least:
        return False
    return condition.at_most is None or count <= condition.at_most


def recommendations(guide: Guide, raised: Collection[str]) -> tuple[Rule, ...]:
    """The rules that apply, in the guide's order; the ``otherwise`` rule alone when no other applies."""
    all_ids = [i.id for i in guide.indicators]
    applying = tuple(rule for rule in guide.rules if holds(rule.when, raised, all_ids))
    if applying:
        return applying
    return tuple(rule for rule in guide.rules if rule.when.otherwise)
