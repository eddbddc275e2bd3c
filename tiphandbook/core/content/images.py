"""Where an image in the content may come from: a file inside the content folder, named relative to the page.

A remote image would be fetched (or at least named) by the reader, telling a server who reads what; a path such
as ``../../etc/passwd`` or a bare ``passwd`` resolved against the working folder would show local files the
content does not hold. So an image is a relative path with an image suffix, resolving (symlinks followed) to a
regular file inside the content root; the checker reports anything else, the renderer drops it, and the reader
loads nothing else.
"""

from __future__ import annotations

import stat
from pathlib import Path, PurePosixPath

from tiphandbook.core.content.files import MAX_CONTENT_FILE_BYTES, read_regular_file
from tiphandbook.core.content.links import has_scheme

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif"})


def image_problem(root: Path, folder: Path, src: str) -> str | None:
    """Why ``src`` (as written in a page in ``folder``) cannot be shown, or None when it can."""
    if has_scheme(src) or src.startswith("//"):
        return f"image {src[:100]!r} is remote: images must be files inside the content folder"
    relative = PurePosixPath(src)
    if not src or relative.is_absolute() or "\\" in src or relative.suffix.lower() not in IMAGE_SUFFIXES:
        return f"image {src[:100]!r} must be a relative path to a {', '.join(sorted(IMAGE_SUFFIXES))} file"
    path = (folder / relative).resolve()
    if not path.is_relative_to(root.resolve()):
        return f"image {src[:100]!r} is outside the content folder"
    try:
        info = path.stat()
    except OSError:
        return f"image {src[:100]!r} not found"
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CONTENT_FILE_BYTES:
        return f"image {src[:100]!r} is not a regular file of at most {MAX_CONTENT_FILE_BYTES:,} bytes"
    return None


def image_source(root: Path, folder: Path, src: str) -> str | None:
    """The image's path relative to the content root (what the reader loads), or None when it is not shown."""
    if image_problem(root, folder, src) is not None:
        return None
    return (folder / src).resolve().relative_to(root.resolve()).as_posix()


def read_image(root: Path, src: str) -> bytes | None:
    """The bytes of the image the renderer named (``src`` relative to the content root), or None for anything
    that is not such an image: what the reader's resource loading falls back on, so it cannot reach outside."""
    if image_problem(root, root, src) is not None:
        return None
    try:
        return read_regular_file(root / src)
    except OSError:
        return None
