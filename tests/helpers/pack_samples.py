"""Packs for the tests: built from a content folder, or rewritten member by member into hostile ones."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tiphandbook.core.pack_signing import KEYS_FOLDER, SIGNATURE, public_key_line, sign_manifest
from tiphandbook.core.packs import MANIFEST
from tiphandbook.core.paths import UserDirs


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: equal snapshots mean nothing was changed, added or removed."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def rewrite(pack: Path, output: Path, change: Callable[[str, bytes], bytes | None], resign: bool = True) -> Path:
    """Copy a pack, passing each member through ``change(name, data) -> data | None`` (None drops it); the manifest
    is signed again with the test key (``resign``), so that what the test changed is what gets judged."""
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            if resign and info.filename == SIGNATURE:
                continue
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
                if resign and info.filename == MANIFEST:
                    target.writestr(SIGNATURE, sign_manifest(data, TEST_KEY))
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


def without_documents(pack: Path, output: Path) -> Path:
    """Same id and version, intact digests, but not one chapter or module loads from it."""
    def keep_navigation(name: str, data: bytes) -> bytes | None:
        return data if name == MANIFEST or name.endswith(".yaml") else None

    def drop_documents(manifest: dict) -> None:
        manifest["files"] = {n: d for n, d in manifest["files"].items() if n.endswith(".yaml")}

    return with_manifest(rewrite(pack, output.with_name("emptied.zip"), keep_navigation), output, drop_documents)


# -- the test signing key: fixed, so that a pack rewritten by a test can be signed again ---------------------------

TEST_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def trust_test_key() -> None:
    """Make this test's (isolated) user config trust TEST_KEY, as an administrator would with ``pack trust``."""
    folder = UserDirs.resolve().config / KEYS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test.pub").write_text(public_key_line(TEST_KEY.public_key(), "test key"), encoding="utf-8")


def write_test_key(path: Path) -> Path:
    path.write_bytes(TEST_KEY.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    return path
