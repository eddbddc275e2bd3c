"""Packs for the tests: built from a content folder, or rewritten member by member into hostile ones."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from tiphandbook.core.packs import MANIFEST


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: equal snapshots mean nothing was changed, added or removed."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def rewrite(pack: Path, output: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy a pack, passing each member through ``change(name, data) -> data | None`` (None drops it)."""
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
    return output


def with_manifest(pack: Path, output: Path, change: Callable[[dict], None]) -> Path:
    """Copy a pack with its manifest edited in place by ``change`` (the digests still match the files)."""
    def edit(name: str, data: bytes) -> bytes:
        if name != MANIFEST:
            return data
        manifest = json.loads(data)
        change(manifest)
        return json.dumps(manifest).encode()

    return rewrite(pack, output, edit)
