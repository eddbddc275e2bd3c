"""Content packs: a content folder shipped as one zip that can be checked before anything is used.

A pack holds ``manifest.json`` (format, id, version, languages, and the SHA-256 of every file) next to the
``handbook/`` and ``curricula/`` folders. Verification refuses a pack whose manifest is missing or malformed, whose
files differ by a single byte from their recorded digest, that carries a file the manifest does not list, or whose
paths try to leave the folder. The digests prove the pack is intact; they do not prove who made it (that would
need a signature, which this format does not carry yet).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from tiphandbook.core.content.model import LANGUAGES

MANIFEST = "manifest.json"
FORMAT = 1
CONTENT_FOLDERS = ("handbook", "curricula")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024


class PackError(ValueError):
    """A pack that must not be used, with a message for the person who tried to load it."""


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    languages: tuple[str, ...]
    files: dict[str, str]  # posix path inside the pack -> sha256 hex


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_pack(content_root: Path, output: Path, pack_id: str, version: str) -> Manifest:
    """Zip ``handbook/`` and ``curricula/`` of ``content_root`` with a manifest of their digests."""
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
            files[name] = _digest(path.read_bytes())
    languages = tuple(lang for lang in LANGUAGES if any(name.endswith((f".{lang}.md", f".{lang}.yaml")) for name in files))
    manifest = Manifest(pack_id, version, languages, files)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(output.suffix + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(
            {"format": FORMAT, "id": pack_id, "version": version, "languages": list(languages), "files": files},
            ensure_ascii=False, indent=1, sort_keys=True))
        for name, path in sources:
            archive.write(path, name)
    os.replace(tmp, output)
    return manifest


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(
        not path.is_absolute() and ".." not in path.parts and "\\" not in name
        and path.parts and path.parts[0] in CONTENT_FOLDERS
    )


def read_manifest(archive: zipfile.ZipFile) -> Manifest:
    try:
        raw = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise PackError("not a content pack: it has no manifest.json") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"manifest.json is damaged: {exc}") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackError(f"unsupported pack format {raw.get('format') if isinstance(raw, dict) else raw!r} (this app reads format {FORMAT})")
    files = raw.get("files")
    if not isinstance(raw.get("id"), str) or not isinstance(raw.get("version"), str) or not isinstance(files, dict):
        raise PackError("manifest.json must give an id, a version and the files with their SHA-256")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise PackError("manifest.json lists a file without a SHA-256 digest")
    return Manifest(raw["id"], raw["version"], tuple(raw.get("languages") or ()), dict(files))


def verify_pack(pack: Path) -> Manifest:
    """Check every byte of a pack against its manifest; raise PackError saying what is wrong."""
    try:
        with zipfile.ZipFile(pack) as archive:
            manifest = read_manifest(archive)
            members = {info.filename: info for info in archive.infolist() if not info.is_dir()}
            members.pop(MANIFEST)
            for name in manifest.files:
                if not _safe_name(name):
                    raise PackError(f"the manifest lists a file outside the content folders: {name}")
            unlisted = sorted(set(members) - set(manifest.files))
            if unlisted:
                raise PackError(f"the pack holds files its manifest does not list: {', '.join(unlisted[:5])}")
            missing = sorted(set(manifest.files) - set(members))
            if missing:
                raise PackError(f"files listed in the manifest are missing: {', '.join(missing[:5])}")
            if sum(info.file_size for info in members.values()) > MAX_TOTAL_BYTES:
                raise PackError("the pack is larger than a content pack can be")
            for name, expected in manifest.files.items():
                if members[name].file_size > MAX_FILE_BYTES:
                    raise PackError(f"{name} is larger than a content file can be")
                if _digest(archive.read(name)) != expected:
                    raise PackError(f"{name} does not match its SHA-256 in the manifest: the pack is damaged or was altered")
    except zipfile.BadZipFile as exc:
        raise PackError(f"not a readable zip file: {exc}") from None
    except OSError as exc:
        raise PackError(f"cannot read the pack: {exc.strerror or exc}") from None
    return manifest


def install_pack(pack: Path, packs_dir: Path) -> Path:
    """Verify, then unpack into ``packs_dir/ID-VERSION``; the folder appears whole or not at all."""
    manifest = verify_pack(pack)
    target = packs_dir / f"{manifest.id}-{manifest.version}"
    packs_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=packs_dir))
    try:
        with zipfile.ZipFile(pack) as archive:
            for name, expected in manifest.files.items():
                data = archive.read(name)
                if _digest(data) != expected:  # the file may have changed since it was verified
                    raise PackError(f"{name} changed while the pack was being installed")
                destination = staging / name
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(data)
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target
