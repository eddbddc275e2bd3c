"""Content packs: a content folder shipped as one zip that can be checked before anything is used.

A pack holds ``manifest.json`` (format, id, version, languages, and the SHA-256 of every file) and its signature
``manifest.sig`` (``pack_signing``) next to the ``handbook/`` and ``curricula/`` folders. Verification refuses a pack
that no trusted key signed (unless an administrator allows it, logged), whose manifest is missing or malformed, whose
id or version is not a plain name (``PLAIN_NAME``: they become a folder name), whose files differ by a single byte
from their recorded digest, that carries a file the manifest does not list, whose paths try to leave the folder, or
that is larger than the limits below (checked before anything is read whole). Installing is in ``pack_install``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tiphandbook.core.content.model import LANGUAGES
from tiphandbook.core.pack_signing import MAX_SIGNATURE_BYTES, SIGNATURE, Trust, UntrustedPack, sign_manifest

MANIFEST = "manifest.json"
FORMAT = 1
CONTENT_FOLDERS = ("handbook", "curricula")
# Ids and versions: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters.
# They name the install folder ID-VERSION, so anything with a slash, a leading dot or '..' would be a path.
PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# Limits, with room to spare over the shipped content (255 files, 4.5 MB): what a pack can ask of a laptop.
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
# Reading a zip member fails in many ways besides BadZipFile: encrypted (RuntimeError), an unknown compression
# method (NotImplementedError), a corrupt deflate stream (zlib.error), a truncated one (EOFError).
_UNREADABLE = (zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError, ValueError)


class PackError(ValueError):
    """A pack that must not be used, with a message for the person who tried to load it."""


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    languages: tuple[str, ...]
    files: dict[str, str]  # posix path inside the pack -> sha256 hex
    signed_by: str = field(default="", compare=False)  # the trusted key file that signed it ("" when allowed unsigned)

    @property
    def folder_name(self) -> str:
        """The install folder's name: a plain name, never a path (both parts were checked)."""
        return f"{self.id}-{self.version}"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_plain_name(what: str, value: object) -> str:
    """``value`` if it is a plain name (see PLAIN_NAME), else a PackError saying what a plain name is."""
    if not isinstance(value, str) or not PLAIN_NAME.match(value):
        raise PackError(f"the pack {what} {value!r} is not a plain name: use at most 64 letters, digits, '.', '_' "
                        "and '-', starting with a letter or digit")
    return value


def manifest_bytes(manifest: Manifest) -> bytes:
    return json.dumps(
        {"format": FORMAT, "id": manifest.id, "version": manifest.version, "languages": list(manifest.languages),
         "files": manifest.files},
        ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def build_manifest(content_root: Path, pack_id: str, version: str) -> tuple[Manifest, list[tuple[str, Path]]]:
    """The manifest of ``handbook/`` and ``curricula/`` under ``content_root``, and the files it lists."""
    check_plain_name("id", pack_id)
    check_plain_name("version", version)
    files: dict[str, str] = {}
    sources: list[tuple[str, Path]] = []
    for folder in CONTENT_FOLDERS:
        base = content_root / folder
        if not base.is_dir():
            if folder == "handbook":
                raise PackError(f"{content_root} has no handbook/ folder")
            continue
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            name = path.relative_to(content_root).as_posix()
            sources.append((name, path))
            files[name] = digest(path.read_bytes())
    languages = tuple(lang for lang in LANGUAGES if any(name.endswith((f".{lang}.md", f".{lang}.yaml")) for name in files))
    return Manifest(pack_id, version, languages, files), sources


def write_pack(output: Path, members: list[tuple[str, bytes | Path]]) -> None:
    """Write the zip beside ``output`` and move it in place, so a half-written pack never has the real name."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, source in members:
            if isinstance(source, Path):
                archive.write(source, name)
            else:
                archive.writestr(name, source)
    os.replace(tmp, output)


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(
        not path.is_absolute() and ".." not in path.parts and "\\" not in name
        and path.parts and path.parts[0] in CONTENT_FOLDERS
    )


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims; PackError when it cannot be read."""
    try:
        info = archive.getinfo(name)
        if info.file_size > limit:
            raise PackError(f"{name} is {info.file_size:,} bytes, more than the {limit:,} a pack may hold")
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except KeyError:
        raise PackError(f"{name} is missing from the pack") from None
    except RuntimeError:  # zipfile's only RuntimeError on reading: an encrypted member
        raise PackError(f"{name} cannot be read from the pack: it is encrypted") from None
    except _UNREADABLE as exc:
        raise PackError(f"{name} cannot be read from the pack: {exc or type(exc).__name__}") from None
    if len(data) > limit:
        raise PackError(f"{name} is larger than its zip header says: the pack is damaged")
    return data


def parse_manifest(data: bytes) -> Manifest:
    """The manifest from its bytes; PackError for anything that is not a manifest of plain names and digests."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:  # JSONDecodeError, and integers longer than Python allows
        raise PackError(f"manifest.json is damaged: {exc}") from None
    except RecursionError:
        raise PackError("manifest.json is damaged: it is nested too deeply") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        shown = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
        raise PackError(f"unsupported pack format {str(shown)[:40]!r} (this app reads format {FORMAT})")
    files, languages = raw.get("files"), raw.get("languages", [])
    if not isinstance(files, dict):
        raise PackError("manifest.json must give an id, a version and the files with their SHA-256")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise PackError("manifest.json lists a file without a SHA-256 digest")
    if not isinstance(languages, list) or not all(lang in LANGUAGES for lang in languages):
        raise PackError(f"manifest.json: languages must be a list drawn from {', '.join(LANGUAGES)}")
    return Manifest(check_plain_name("id", raw.get("id")), check_plain_name("version", raw.get("version")),
                    tuple(languages), dict(files))


def _manifest_bytes(archive: zipfile.ZipFile) -> bytes:
    if MANIFEST not in archive.NameToInfo:
        raise PackError("not a content pack: it has no manifest.json")
    return read_member(archive, MANIFEST, MAX_MANIFEST_BYTES)


def read_manifest(archive: zipfile.ZipFile) -> Manifest:
    return parse_manifest(_manifest_bytes(archive))


def check_author(pack: Path, archive: zipfile.ZipFile, manifest: bytes, trust: Trust) -> str:
    """The trusted key file that signed ``manifest``; a PackError unless an administrator allows untrusted packs."""
    signature = read_member(archive, SIGNATURE, MAX_SIGNATURE_BYTES) if SIGNATURE in archive.NameToInfo else None
    try:
        return trust.signer(manifest, signature)
    except UntrustedPack as exc:
        if not trust.allow_untrusted:
            raise PackError(f"{exc}. Only packs signed by a trusted key are installed; an administrator can add the "
                            "maker's public key (tiphandbook pack trust KEY.pub) or allow untrusted packs "
                            "(tiphandbook pack install --allow-untrusted, or allow_untrusted_packs in the settings)") from None
        trust.record_override(pack, str(exc))
        return ""


def check_listing(archive: zipfile.ZipFile, manifest: Manifest) -> int:
    """Refuse a pack whose members and manifest disagree, or that is too big; the unpacked size in bytes."""
    members = {info.filename: info for info in archive.infolist() if not info.is_dir()}
    members.pop(MANIFEST, None)
    members.pop(SIGNATURE, None)
    for name in manifest.files:
        if not _safe_name(name):
            raise PackError(f"the manifest lists a file outside the content folders: {name[:200]}")
    unlisted = sorted(set(members) - set(manifest.files))
    if unlisted:
        raise PackError(f"the pack holds files its manifest does not list: {', '.join(unlisted[:5])}")
    missing = sorted(set(manifest.files) - set(members))
    if missing:
        raise PackError(f"files listed in the manifest are missing: {', '.join(missing[:5])}")
    total = sum(info.file_size for info in members.values())
    if total > MAX_TOTAL_BYTES:
        raise PackError(f"the pack unpacks to {total:,} bytes, more than the {MAX_TOTAL_BYTES:,} a pack may hold")
    return total


def open_pack(pack: Path) -> zipfile.ZipFile:
    """The pack as a zip, refused when it is not a regular file, not a zip, or has more entries than allowed."""
    if not pack.is_file():
        raise PackError(f"{pack} is not a file")
    try:
        archive = zipfile.ZipFile(pack)
    except _UNREADABLE as exc:
        raise PackError(f"not a readable zip file: {exc}") from None
    if len(archive.infolist()) > MAX_ENTRIES:
        archive.close()
        raise PackError(f"the pack has more than {MAX_ENTRIES:,} entries, more than a content pack can have")
    return archive


def verify_pack(pack: Path, trust: Trust | None = None) -> Manifest:
    """Check who signed the pack (``trust``: default, the keys trusted here), then every byte against its manifest;
    raise PackError saying what is wrong."""
    trust = trust if trust is not None else Trust.load()
    try:
        with open_pack(pack) as archive:
            raw = _manifest_bytes(archive)
            signed_by = check_author(pack, archive, raw, trust)  # before the manifest is parsed at all
            manifest = parse_manifest(raw)
            check_listing(archive, manifest)
            for name, expected in manifest.files.items():
                if digest(read_member(archive, name, MAX_FILE_BYTES)) != expected:
                    raise PackError(f"{name} does not match its SHA-256 in the manifest: the pack is damaged or was altered")
    except OSError as exc:
        raise PackError(f"cannot read the pack: {exc.strerror or exc}") from None
    return Manifest(manifest.id, manifest.version, manifest.languages, manifest.files, signed_by)


def build_pack(content_root: Path, output: Path, pack_id: str, version: str,
               key: Ed25519PrivateKey | None = None) -> Manifest:
    """Zip ``handbook/`` and ``curricula/`` of ``content_root`` with a manifest of their digests, signed with
    ``key`` when given (an unsigned pack is refused wherever untrusted packs are not allowed)."""
    manifest, sources = build_manifest(content_root, pack_id, version)
    raw = manifest_bytes(manifest)
    signature = [(SIGNATURE, sign_manifest(raw, key))] if key is not None else []
    write_pack(output, [(MANIFEST, raw), *signature, *sources])
    return manifest
