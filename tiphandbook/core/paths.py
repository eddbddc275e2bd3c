"""Where the bundled content and the user's own files live.

The bundled content sits inside the package when installed from a wheel (``tiphandbook/_bundled``) and at the
repository root in a source checkout. User files go to the platform's data, cache and config dirs, or all under
``$TIPHANDBOOK_HOME`` when it is set (tests, portable installs on a USB stick).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "tiphandbook"
HOME_ENV = "TIPHANDBOOK_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_root() -> Path:
    """The folder holding ``handbook/``, ``curricula/`` and ``resources/`` shipped with the app."""
    installed = _PACKAGE_DIR / "_bundled"
    if (installed / "handbook").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    return bundled_root() / "resources"


@dataclass(frozen=True)
class UserDirs:
    """The three per-user folders; created on first use, never at import."""

    data: Path
    cache: Path
    config: Path

    @classmethod
    def resolve(cls) -> UserDirs:
        home = os.environ.get(HOME_ENV)
        if home:
            base = Path(home)
            return cls(base / "data", base / "cache", base / "config")
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

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
