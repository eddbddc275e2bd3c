"""``tiphandbook pack``: build, verify, install and choose content packs from the command line.

For administrators who prepare many laptops: ``pack install`` goes through the same install as the app's File menu
(``core.pack_install.install_pack``: verified, unpacked into a staging folder, judged, switched in) and makes the
pack the content the app shows, as the menu does; a refusal prints the reason and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tiphandbook import __version__


def _refused(what: object, exc: Exception) -> int:
    print(f"{what}: refused: {exc}", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from tiphandbook.core.packs import PackError, build_pack

    try:
        manifest = build_pack(Path(args.folder), Path(args.output), args.id, args.version)
    except (PackError, OSError) as exc:
        print(f"cannot build the pack: {exc}", file=sys.stderr)
        return 1
    print(f"{args.output}: {manifest.id} {manifest.version}, {len(manifest.files)} files, languages {', '.join(manifest.languages)}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from tiphandbook.core.packs import PackError, verify_pack

    try:
        manifest = verify_pack(Path(args.pack))
    except PackError as exc:
        return _refused(args.pack, exc)
    print(f"{args.pack}: OK: {manifest.id} {manifest.version}, {len(manifest.files)} files intact")
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    from tiphandbook.core.content.loader import load_library
    from tiphandbook.core.content_choice import packs_dir, remember_content, user_settings
    from tiphandbook.core.pack_install import install_pack
    from tiphandbook.core.paths import UserDirs

    dirs = UserDirs.resolve()
    try:
        root = install_pack(Path(args.pack), packs_dir(dirs))
        library = load_library(root)
    except Exception as exc:  # noqa: BLE001 - PackError, OSError or anything a hostile pack finds: a refusal
        return _refused(args.pack, exc)
    remember_content(user_settings(dirs), root)
    print(f"{args.pack}: installed in {root}: {len(library.documents)} documents; the app now shows this content")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from tiphandbook.core.content_choice import CONTENT_SETTING, packs_dir, user_settings
    from tiphandbook.core.pack_install import installed_packs
    from tiphandbook.core.paths import UserDirs

    dirs = UserDirs.resolve()
    chosen = user_settings(dirs)[CONTENT_SETTING]
    print(f"{'*' if not chosen else ' '} bundled content")
    for folder in installed_packs(packs_dir(dirs)):
        print(f"{'*' if chosen == str(folder) else ' '} {folder.name}  {folder}")
    if chosen and not any(chosen == str(folder) for folder in installed_packs(packs_dir(dirs))):
        print(f"* {chosen} (a content folder)")
    return 0


def cmd_use_bundled(args: argparse.Namespace) -> int:
    from tiphandbook.core.content_choice import remember_content, user_settings
    from tiphandbook.core.paths import UserDirs, bundled_root

    remember_content(user_settings(UserDirs.resolve()), bundled_root())
    print("the app now shows the bundled content")
    return 0


def add_pack_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``pack`` and its sub-commands on the main parser's sub-parsers."""
    pack = commands.add_parser("pack", help="build, verify, install or choose content packs")
    pack_commands = pack.add_subparsers(title="pack commands", metavar="PACK_COMMAND", required=True)
    build = pack_commands.add_parser("build", help="zip a content folder (handbook/, curricula/) into a pack")
    build.add_argument("folder", metavar="DIR")
    build.add_argument("-o", "--output", required=True, metavar="FILE")
    build.add_argument("--id", default="tiphandbook-content", help="pack id, a plain name (default: %(default)s)")
    build.add_argument("--version", default=__version__, help="pack version, a plain name (default: the app's version)")
    build.set_defaults(func=cmd_build)
    verify = pack_commands.add_parser("verify", help="check every file of a pack against its manifest")
    verify.add_argument("pack", metavar="FILE")
    verify.set_defaults(func=cmd_verify)
    install = pack_commands.add_parser("install", help="install a pack and make it the content the app shows")
    install.add_argument("pack", metavar="FILE")
    install.set_defaults(func=cmd_install)
    listing = pack_commands.add_parser("list", help="the installed packs; * marks the content the app shows")
    listing.set_defaults(func=cmd_list)
    bundled = pack_commands.add_parser("use-bundled", help="make the app show the bundled content again")
    bundled.set_defaults(func=cmd_use_bundled)
