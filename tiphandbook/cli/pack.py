"""``tiphandbook pack``: build, verify, install and choose content packs from the command line.

For administrators who prepare many laptops: ``pack install`` goes through the same install as the app's File menu
(``core.pack_install.install_pack``: verified, unpacked into a staging folder, judged, switched in) and makes the
pack the content the app shows, as the menu does; a refusal prints the reason and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tiphandbook import __version__

if TYPE_CHECKING:  # imported late at run time, to keep start-up light
    from tiphandbook.core.pack_signing import Trust


def _refused(what: object, exc: Exception) -> int:
    print(f"{what}: refused: {exc}", file=sys.stderr)
    return 1


def cmd_build(args: argparse.Namespace) -> int:
    from tiphandbook.core.pack_signing import load_private_key
    from tiphandbook.core.packs import PackError, build_pack

    try:
        key = load_private_key(Path(args.sign)) if args.sign else None
        manifest = build_pack(Path(args.folder), Path(args.output), args.id, args.version, key)
    except (PackError, OSError, ValueError) as exc:
        print(f"cannot build the pack: {exc}", file=sys.stderr)
        return 1
    signed = "signed" if args.sign else "UNSIGNED (refused wherever untrusted packs are not allowed)"
    print(f"{args.output}: {manifest.id} {manifest.version}, {len(manifest.files)} files, languages "
          f"{', '.join(manifest.languages)}, {signed}")
    return 0


def _trust(args: argparse.Namespace) -> Trust:
    from tiphandbook.core.pack_signing import Trust

    return Trust.load(allow_untrusted=args.allow_untrusted)


def cmd_verify(args: argparse.Namespace) -> int:
    from tiphandbook.core.packs import PackError, verify_pack

    try:
        manifest = verify_pack(Path(args.pack), _trust(args))
    except PackError as exc:
        return _refused(args.pack, exc)
    author = f"signed by the trusted key {manifest.signed_by}" if manifest.signed_by else "NOT signed by a trusted key"
    print(f"{args.pack}: OK: {manifest.id} {manifest.version}, {len(manifest.files)} files intact, {author}")
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    from tiphandbook.core.pack_signing import generate_key

    try:
        public = generate_key(Path(args.key), args.comment or Path(args.key).stem)
    except FileExistsError:
        print(f"{args.key} exists: a signing key is never overwritten", file=sys.stderr)
        return 1
    print(f"private key {args.key} (keep it secret: it signs packs with `pack build --sign`)\npublic key {public} "
          "(give it to the laptops that should trust these packs: `pack trust`)")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from tiphandbook.core.pack_signing import KEYS_FOLDER, key_id, parse_public_key
    from tiphandbook.core.paths import UserDirs

    try:
        text = Path(args.public_key).read_text(encoding="utf-8")
        public = parse_public_key(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"{args.public_key}: not added: {exc}", file=sys.stderr)
        return 1
    target = UserDirs.resolve().ensure().config / KEYS_FOLDER / f"{key_id(public)}.pub"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"packs signed by key {key_id(public)} are now trusted on this computer ({target})")
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    from tiphandbook.core.content.loader import load_library
    from tiphandbook.core.content_choice import packs_dir, remember_content, user_settings
    from tiphandbook.core.pack_install import install_pack
    from tiphandbook.core.paths import UserDirs

    dirs = UserDirs.resolve()
    try:
        root = install_pack(Path(args.pack), packs_dir(dirs), _trust(args))
        library = load_library(root)
    except Exception as exc:  # noqa: BLE001 - PackError, OSError or anything a hostile pack finds: a refusal
        return _refused(args.pack, exc)
    remember_content(user_settings(dirs), root)
    print(f"{args.pack}: installed in {root}: {len(library.documents)} documents; the app now shows this content")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from tiphandbook.core.content_choice import chosen_content, packs_dir, user_settings
    from tiphandbook.core.pack_install import installed_packs
    from tiphandbook.core.paths import UserDirs

    dirs = UserDirs.resolve()
    chosen = chosen_content(user_settings(dirs))
    print(f"{'*' if chosen is None else ' '} bundled content")
    packs = installed_packs(packs_dir(dirs))
    for folder in packs:
        print(f"{'*' if chosen == folder else ' '} {folder.name}  {folder}")
    if chosen is not None and chosen not in packs:
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
    build.add_argument("--sign", metavar="KEY", help="sign the manifest with this private key (from `pack keygen`)")
    build.set_defaults(func=cmd_build)
    untrusted = argparse.ArgumentParser(add_help=False)
    untrusted.add_argument("--allow-untrusted", action="store_true",
                           help="administrators only: accept a pack no trusted key signed (written to pack-trust.log)")
    verify = pack_commands.add_parser("verify", parents=[untrusted],
                                      help="check who signed a pack and every file against its manifest")
    verify.add_argument("pack", metavar="FILE")
    verify.set_defaults(func=cmd_verify)
    install = pack_commands.add_parser("install", parents=[untrusted],
                                       help="install a pack and make it the content the app shows")
    install.add_argument("pack", metavar="FILE")
    install.set_defaults(func=cmd_install)
    keygen = pack_commands.add_parser("keygen", help="make a signing key KEY and its public key KEY.pub")
    keygen.add_argument("key", metavar="KEY")
    keygen.add_argument("--comment", help="a name for the key in KEY.pub (default: the file name)")
    keygen.set_defaults(func=cmd_keygen)
    trust = pack_commands.add_parser("trust", help="trust packs signed by this public key on this computer")
    trust.add_argument("public_key", metavar="KEY.pub")
    trust.set_defaults(func=cmd_trust)
    listing = pack_commands.add_parser("list", help="the installed packs; * marks the content the app shows")
    listing.set_defaults(func=cmd_list)
    bundled = pack_commands.add_parser("use-bundled", help="make the app show the bundled content again")
    bundled.set_defaults(func=cmd_use_bundled)
