"""Installing a verified pack under the packs folder, so that nothing outside it is ever written or removed and the
content in use survives a refused or interrupted install.

The pack is unpacked into a staging folder (``.installing-*``) inside the packs folder, loaded and judged there,
and only an accepted pack is switched in by renames inside the packs folder: when the same id and version is
already installed, that folder is first renamed aside to ``.replaced-NAME`` and removed once the new one is in
place. A process killed at any point leaves either the old folder, the new one, or the old one renamed aside, which
``tidy`` (run before every install and listing) renames back; staging folders left behind are removed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from tiphandbook.core.pack_signing import Trust
from tiphandbook.core.packs import (
    MAX_FILE_BYTES,
    PLAIN_NAME,
    Manifest,
    PackError,
    check_listing,
    digest,
    open_pack,
    read_manifest,
    read_member,
    verify_pack,
)

STAGING_PREFIX = ".installing-"
ASIDE_PREFIX = ".replaced-"
FREE_SPACE_MARGIN = 50 * 1024 * 1024  # left free on the disk after unpacking


def _inside(packs_dir: Path, path: Path) -> Path:
    """``path`` if it is a direct child of the packs folder: the only places install writes or removes."""
    if path.parent.resolve() != packs_dir.resolve() or path.is_symlink():
        raise PackError(f"refusing to touch {path}: it is not a folder of {packs_dir}")
    return path


def tidy(packs_dir: Path) -> None:
    """Finish what an interrupted install left: put a folder renamed aside back, remove staging folders."""
    if not packs_dir.is_dir():
        return
    for entry in packs_dir.iterdir():
        if entry.name.startswith(ASIDE_PREFIX):
            original = packs_dir / entry.name[len(ASIDE_PREFIX):]
            if original.exists():
                shutil.rmtree(_inside(packs_dir, entry), ignore_errors=True)
            else:
                os.replace(_inside(packs_dir, entry), original)
        elif entry.name.startswith(STAGING_PREFIX):
            shutil.rmtree(_inside(packs_dir, entry), ignore_errors=True)


def installed_packs(packs_dir: Path) -> list[Path]:
    """The installed pack folders (ID-VERSION), by name."""
    tidy(packs_dir)
    if not packs_dir.is_dir():
        return []
    return sorted(p for p in packs_dir.iterdir() if p.is_dir() and not p.is_symlink() and PLAIN_NAME.match(p.name))


def check_free_space(packs_dir: Path, needed: int) -> None:
    """Refuse, before unpacking, an install that would leave less than FREE_SPACE_MARGIN on the disk."""
    free = shutil.disk_usage(packs_dir).free
    if free < needed + FREE_SPACE_MARGIN:
        raise PackError(f"not enough free disk space: the pack needs {needed / 1e6:.1f} MB and "
                        f"{FREE_SPACE_MARGIN / 1e6:.0f} MB to spare, {free / 1e6:.1f} MB are free")


def _unpack(pack: Path, manifest: Manifest, staging: Path) -> None:
    with open_pack(pack) as archive:
        if read_manifest(archive) != manifest:
            raise PackError("the pack changed while it was being installed")
        check_listing(archive, manifest)
        for name, expected in manifest.files.items():
            data = read_member(archive, name, MAX_FILE_BYTES)
            if digest(data) != expected:  # the file may have changed since it was verified
                raise PackError(f"{name} changed while the pack was being installed")
            destination = staging / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)


def judge_content(root: Path) -> None:
    """Refuse content the app could not show: not one chapter or module loads from it."""
    from tiphandbook.core.content.loader import load_library

    if not load_library(root).documents:
        raise PackError("no chapter or module could be read from the pack")


def _switch(staging: Path, target: Path) -> None:
    """Put the accepted folder in place; the one it replaces is renamed aside first and removed after."""
    packs_dir = target.parent
    aside = packs_dir / f"{ASIDE_PREFIX}{target.name}"
    if target.exists():
        os.replace(_inside(packs_dir, target), _inside(packs_dir, aside))
    os.replace(staging, target)
    if aside.exists():
        shutil.rmtree(_inside(packs_dir, aside), ignore_errors=True)


def install_pack(pack: Path, packs_dir: Path, trust: Trust | None = None) -> Path:
    """Verify (``trust``: default, the keys trusted here), unpack into a staging folder, judge the content there,
    then switch it in as ``packs_dir/ID-VERSION``."""
    manifest = verify_pack(pack, trust)
    target = packs_dir / manifest.folder_name
    packs_dir.mkdir(parents=True, exist_ok=True)
    tidy(packs_dir)
    with open_pack(pack) as archive:
        check_free_space(packs_dir, check_listing(archive, manifest))
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=packs_dir))
    try:
        _unpack(pack, manifest, staging)
        judge_content(staging)
        _switch(staging, _inside(packs_dir, target))
    finally:
        if staging.exists():
            shutil.rmtree(_inside(packs_dir, staging), ignore_errors=True)
    return target
