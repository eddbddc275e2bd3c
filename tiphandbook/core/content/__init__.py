"""Content: load handbook/ and curricula/ into an immutable Library, validate it, render it to HTML."""

from tiphandbook.core.content.loader import load_library
from tiphandbook.core.content.model import ContentError, Library

__all__ = ["ContentError", "Library", "load_library"]
