"""What a link in the content may point at: a section of the same page, another document, or an allowed URL.

Kept free of the Markdown parser so that loading navigation at start-up does not pay for importing it.
"""

from __future__ import annotations

import re

from tiphandbook.core.content.model import ID_PATTERN

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


def link_kind(target: str) -> str:
    """Classify a link target: 'local' (#anchor), 'document' (doc-id[#anchor]), 'external', or 'forbidden'."""
    if target.startswith("#"):
        return "local"
    scheme = _SCHEME.match(target)
    if scheme:
        return "external" if scheme.group(1).lower() in EXTERNAL_SCHEMES else "forbidden"
    doc_id, _, anchor = target.partition("#")
    if ID_PATTERN.match(doc_id) and (not anchor or ID_PATTERN.match(anchor)):
        return "document"
    return "forbidden"


def has_scheme(target: str) -> bool:
    """Whether ``target`` is a URL with a scheme (``http:``, ``file:``, ``data:``...), not a path."""
    return _SCHEME.match(target) is not None


def is_allowed_link(url: str) -> bool:
    return link_kind(url.strip()) != "forbidden"
