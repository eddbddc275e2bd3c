"""Everything about the frozen app that differs between Windows, macOS and Linux, in one place to review.

The spec (``tiphandbook.spec``) and ``scripts/build-app`` read only ``TARGET``; nothing else in the build asks
which platform it is on. Only the Linux column has been built and tested (see README, "Download and run").
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from tiphandbook import APP_ID as DESKTOP_ID  # noqa: E402 - the package's __init__ only: no dependencies

# Linux desktop integration, shipped in the app folder (share/ as in /usr/share) and installed for one user by
# install-desktop-entry; the same files serve a distribution package or an AppImage.
LINUX_DESKTOP_FILES = (
    (f"linux/{DESKTOP_ID}.desktop", f"share/applications/{DESKTOP_ID}.desktop"),
    (f"linux/{DESKTOP_ID}.metainfo.xml", f"share/metainfo/{DESKTOP_ID}.metainfo.xml"),
    ("linux/install-desktop-entry", "install-desktop-entry"),
    *((f"icons/tiphandbook-{size}.png", f"share/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png")
      for size in (16, 24, 32, 48, 64, 128, 256, 512)),
)


@dataclass(frozen=True)
class Target:
    platform: str
    executable: str  # the program's file name in the app folder
    icon: Path | None  # what the file manager and the taskbar show
    strip: bool  # strip symbols from the shared libraries (not for Windows DLLs: no strip tool there)
    app_bundle: bool  # macOS: wrap the folder in TIP Handbook.app
    qt_platforms: tuple[str, ...]  # Qt platform plugins kept (the rest is dropped for size)
    archive_format: str  # what scripts/build-app packs the folder into for download
    # Drop libraries only the dropped Qt plugins linked (tiphandbook.spec, _without_orphans). Linux only, where it
    # was tested: on Windows and macOS a library loaded by name at run time could be lost unnoticed.
    prune_unused_libraries: bool
    extras: tuple[tuple[str, str], ...] = ()  # (file under packaging/, where it goes in the app folder)


TARGETS = {
    "linux": Target(
        platform="linux", executable="tiphandbook", icon=None, strip=True, app_bundle=False,
        # xcb: X11 and XWayland; wayland: native Wayland sessions; offscreen: the start-up benchmark and CI.
        qt_platforms=("xcb", "wayland", "offscreen"), archive_format="gztar",
        prune_unused_libraries=True, extras=LINUX_DESKTOP_FILES,
    ),
    "win32": Target(
        platform="win32", executable="tiphandbook.exe", icon=HERE / "icons" / "tiphandbook.ico", strip=False,
        app_bundle=False, qt_platforms=("windows", "offscreen"), archive_format="zip",
        prune_unused_libraries=False,
    ),
    "darwin": Target(
        platform="darwin", executable="tiphandbook", icon=HERE / "icons" / "tiphandbook.icns", strip=True,
        app_bundle=True, qt_platforms=("cocoa", "offscreen"), archive_format="zip",
        prune_unused_libraries=False,
    ),
}
TARGET = TARGETS[sys.platform]

APP_NAME = "TIP Handbook"  # the name people see: window title, Start menu, the .app
BUNDLE_ID = DESKTOP_ID  # macOS
