"""What a student answered, expressed in the quiz's own (unshuffled) order.

Per question type:
- ``single``: the index of the option picked (int)
- ``multiple``: the indices of the options picked (frozenset[int])
- ``true_false``: the statement judged true or false (bool)
- ``matching``: for each left-hand side in order, the index of the pair whose right-hand side was chosen, or None
- ``ordering``: the item indices in the order the student put them (tuple[int, ...])
- ``short_answer``: the text typed (str)
``None`` stands for "not answered".
"""

from __future__ import annotations

import json

Response = int | bool | str | frozenset[int] | tuple[int | None, ...]


def response_json(response: Response | None) -> str:
    """A stable JSON form for the user database (sets as sorted lists)."""
    if isinstance(response, frozenset):
        return json.dumps(sorted(response))
    return json.dumps(response, ensure_ascii=False)
