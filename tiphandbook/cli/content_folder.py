"""The ``--content DIR`` option every content command takes, and the folder it names.

One definition, so that no command can forget ``argparse.SUPPRESS``: with a default, a sub-command's option would
overwrite the one given before the command (``tiphandbook --content DIR check`` used to check the bundled content).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiphandbook.core.paths import bundled_root


def add_content_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """Give ``parser`` a ``--content DIR`` that leaves a top-level ``--content`` alone when not repeated."""
    parser.add_argument("--content", metavar="DIR", default=argparse.SUPPRESS, help=help_text)


def content_root(args: argparse.Namespace) -> Path:
    """The content folder the command works on: ``--content`` (before or after the command), else the bundled one."""
    value = getattr(args, "content", None)
    return Path(value).resolve() if value else bundled_root()


def content_folder_or_refusal(args: argparse.Namespace) -> Path | None:
    """The content folder, or None after saying why it is not one (the caller exits with status 2)."""
    root = content_root(args)
    if not (root / "handbook").is_dir():
        print(f"{root}: no handbook/ folder here: is this a content folder?", file=sys.stderr)
        return None
    return root
