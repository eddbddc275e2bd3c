"""The application's logic, free of Qt so that every feature can be used and tested without a display."""

from tiphandbook.core.content.kinds import ContentKind, provide_builtin_kinds


def _builtin_content_kinds() -> tuple[ContentKind, ...]:
    """The composition root wires the content kinds (which live in the features) into the content layer's table."""
    from tiphandbook.core.content_kinds import BUILTIN_KINDS

    return BUILTIN_KINDS


provide_builtin_kinds(_builtin_content_kinds)
