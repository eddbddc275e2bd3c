"""Content: load handbook/ and curricula/ into an immutable Library, validate it, render it to HTML.

The names below are imported on first use, so that importing a light module of content (the model, the kind
table) does not load every reader.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and editors see; at run time __getattr__ imports on demand
    from tiphandbook.core.content.loader import load_library
    from tiphandbook.core.content.model import ContentError, Library

_EXPORTS = {"ContentError": "model", "Library": "model", "load_library": "loader"}
__all__ = ["ContentError", "Library", "load_library"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
