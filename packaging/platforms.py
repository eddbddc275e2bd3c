"""Everything about the frozen app that differs between Windows, macOS and Linux, in one place to review.

The spec (``tiphandbook.spec``) and ``scripts/build-app`` read only ``TARGET``; nothing else in the build asks
which platform it is on. Only the Linux column has been built and tested (see README, "Download and run").
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


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


TARGETS = {
    "linux": Target(
        platform="linux", executable="tiphandbook", icon=None, strip=True, app_bundle=False,
        # xcb: X11 and XWayland; wayland: native Wayland sessions; offscreen: the start-up benchmark and CI.
        qt_platforms=("xcb", "wayland", "offscreen"), archive_format="gztar",
        prune_unused_libraries=True,
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
BUNDLE_ID = "uz.tiphandbook.TIPHandbook"  # macOS; also the AppStream id's reverse-DNS form
