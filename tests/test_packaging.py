"""What the frozen build ships beside the program: the Linux desktop entry, AppStream metainfo and icons agree
with each other and with the app, and pass the freedesktop validators where those are installed."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import REPO_ROOT
from tiphandbook import APP_ID

PACKAGING = REPO_ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
from platforms import LINUX_DESKTOP_FILES, TARGETS  # noqa: E402

DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


def test_every_file_the_build_ships_exists_and_the_icons_have_their_sizes() -> None:
    for source, target in LINUX_DESKTOP_FILES:
        assert (PACKAGING / source).is_file(), source
        if target.startswith("share/icons/"):
            side = int(target.split("/")[3].split("x")[0])
            assert png_size(PACKAGING / source) == (side, side)
    for target in TARGETS.values():
        assert target.icon is None or target.icon.is_file()


def test_the_desktop_entry_and_the_metainfo_name_the_app_by_one_id() -> None:
    entry = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry and "Exec=tiphandbook\n" in entry
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo and f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
