"""Reading a content file only when it is a regular file of reasonable size.

A content folder may come from anyone: a FIFO named like a chapter would block the reader forever, and a symlink
to ``/dev/zero`` would fill the memory. The file is opened without blocking and judged by ``fstat`` on the open
descriptor (so it cannot be swapped between the check and the read), and never more than the cap is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_CONTENT_FILE_BYTES = 4 * 1024 * 1024  # the longest shipped chapter is under 100 KB
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class NotAContentFile(OSError):
    """A path that is not read: not a regular file, or too large. The message says which."""


def read_regular_file(path: Path, limit: int = MAX_CONTENT_FILE_BYTES) -> bytes:
    """The bytes of ``path``; NotAContentFile when it is not a regular file or is over ``limit`` bytes."""
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAContentFile("not a regular file (a folder, device or pipe): only files are read")
        if info.st_size > limit:
            raise NotAContentFile(f"{info.st_size:,} bytes, more than the {limit:,} a content file may have")
        chunks, size = [], 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise NotAContentFile(f"more than the {limit:,} bytes a content file may have")
        return b"".join(chunks)
    finally:
        os.close(fd)
