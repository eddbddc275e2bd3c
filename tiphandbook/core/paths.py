"""Where the bundled content and the user's own files live.

The bundled content sits inside the package when installed from a wheel (``tiphandbook/_bundled``) and at the
repository root in a source checkout. User files go to the platform's data, cache and config dirs, or all under
``$TIPHANDBOOK_HOME`` when it is set (tests), or, in portable mode, all under ``data/`` beside the frozen app.

Portable mode is for a copy on a USB stick that a trainer carries from one classroom computer to the next: when the
app's folder holds a file named ``portable`` or a ``data/`` folder, every setting, the user database (case records
stay encrypted in it), the search cache and installed content packs live in that ``data/`` folder, and nothing
is written to the host's home.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "tiphandbook"
HOME_ENV = "TIPHANDBOOK_HOME"
PORTABLE_MARKER = "portable"  # a file (any content) in the app folder that turns portable mode on
PORTABLE_DATA = "data"  # the folder beside the app that holds everything in portable mode

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_root() -> Path:
    """The folder holding ``handbook/``, ``curricula/`` and ``resources/`` shipped with the app."""
    installed = _PACKAGE_DIR / "_bundled"
    if (installed / "handbook").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    return bundled_root() / "resources"


def app_folder() -> Path | None:
    """The folder a user copies to install the frozen app (beside the executable; the folder holding the ``.app``
    on macOS), or None when running from Python, where there is no such folder."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.parent.suffix == ".app":  # X.app/Contents/MacOS/tiphandbook
        return folder.parent.parent.parent
    return folder


def portable_home(folder: Path | None) -> Path | None:
    """``folder/data`` when ``folder`` (the app's folder) is marked portable, else None."""
    if folder is None or not ((folder / PORTABLE_MARKER).is_file() or (folder / PORTABLE_DATA).is_dir()):
        return None
    return folder / PORTABLE_DATA


@dataclass(frozen=True)
class UserDirs:
    """The three per-user folders; created on first use, never at import."""

    data: Path
    cache: Path
    config: Path

    @classmethod
    def resolve(cls) -> UserDirs:
        """``$TIPHANDBOOK_HOME``, else the portable ``data/`` folder, else the platform's folders."""
        home = os.environ.get(HOME_ENV) or portable_home(app_folder())
        if home:
            base = Path(home)
            return cls(base / "data", base / "cache", base / "config")
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    def remember(self, folder: Path) -> str:
        """``folder`` as written in the settings: relative to the data folder when inside it (an installed content
        pack), so that a portable copy finds it again under another drive letter or mount point; else as is."""
        try:
            return folder.resolve().relative_to(self.data.resolve()).as_posix()
        except ValueError:
            return str(folder)

    def recall(self, value: str) -> Path:
        """The folder a ``remember`` value names."""
        path = Path(value)
        return path if path.is_absolute() else self.data / path

    def ensure(self) -> UserDirs:
        for folder in (self.data, self.cache, self.config):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def problem(self) -> str | None:
        """Create the folders; the reason for the user when that fails (a read-only or full disk): the handbook
        can still be read, but nothing the user does can be kept."""
        try:
            self.ensure()
        except OSError as exc:
            return (f"Your own data cannot be saved: the folder {exc.filename or self.data} cannot be created "
                    f"({exc.strerror or exc}). The handbook can be read, but settings, bookmarks, notes, quiz "
                    "history and case records will not be kept.")
        return None
