"""Which content the app shows: the bundled content, another folder, or an installed pack; shared by the app's
File menu and the ``tiphandbook pack`` commands, so both go through the same checks and remember the same choice."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.core.paths import UserDirs, bundled_root
from tiphandbook.core.settings import Settings

CONTENT_SETTING = "content_folder"
PACKS_FOLDER = "content-packs"  # under the user data folder


def packs_dir(dirs: UserDirs) -> Path:
    return dirs.data / PACKS_FOLDER


def user_settings(dirs: UserDirs) -> Settings:
    return Settings(dirs.ensure().config / "settings.json")


def is_content_folder(folder: Path) -> bool:
    return (folder / "handbook").is_dir()


def remember_content(settings: Settings, root: Path) -> None:
    """Make ``root`` the content shown at the next start (None in settings means the bundled content)."""
    settings[CONTENT_SETTING] = None if root.resolve() == bundled_root().resolve() else UserDirs.resolve().remember(root)
    settings.save()


def chosen_content(settings: Settings) -> Path | None:
    """The content folder chosen last time (None: the bundled content), wherever the data folder now lies."""
    chosen = settings[CONTENT_SETTING]
    return UserDirs.resolve().recall(chosen) if chosen else None
