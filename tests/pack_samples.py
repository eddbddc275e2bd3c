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


def patch_member(pack: Path, output: Path, name: str, *, method: int | None = None, flags: int = 0,
                 garble: bool = False, size: int | None = None) -> Path:
    """Copy a pack with one member's headers or bytes damaged the way a crafted zip would be: another compression
    method number, extra flag bits (bit 0: "encrypted"), its compressed bytes replaced with garbage, or a false
    unpacked size."""
    data = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name.encode())] != name.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    for offset, method_at, flags_at in ((local, 8, 6), (central, 10, 8)):
        if size is not None:
            data[offset + method_at + 14:offset + method_at + 18] = size.to_bytes(4, "little")
        if method is not None:
            data[offset + method_at:offset + method_at + 2] = method.to_bytes(2, "little")
        current = int.from_bytes(data[offset + flags_at:offset + flags_at + 2], "little")
        data[offset + flags_at:offset + flags_at + 2] = (current | flags).to_bytes(2, "little")
    if garble:
        start = local + 30 + int.from_bytes(data[local + 26:local + 28], "little") \
            + int.from_bytes(data[local + 28:local + 30], "little")
        data[start:start + info.compress_size] = b"\xff" * info.compress_size
    output.write_bytes(bytes(data))
    return output
