"""Seeded permutations: derived from the seed and a key (a question or quiz id, never a text), so every machine
and every language shows the same order."""

from __future__ import annotations

import random


def permutation(n: int, seed: int, key: str, avoid_identity: bool = False) -> tuple[int, ...]:
    """A shuffled ``range(n)``; with ``avoid_identity`` never the original order (it would give the answer away)."""
    order = list(range(n))
    random.Random(f"{seed}/{key}").shuffle(order)
    if avoid_identity and n > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return tuple(order)
