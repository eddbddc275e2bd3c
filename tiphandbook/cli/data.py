"""``tiphandbook data check``: check the user database and every case record, for scripts and for the officer who
hands laptops over; exit 0 when all is well, 1 when anything is damaged or altered, 2 when it could not check."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path


def cmd_data_check(args: argparse.Namespace) -> int:
    from tiphandbook.core.cases.crypto import WrongPassphrase
    from tiphandbook.core.paths import UserDirs
    from tiphandbook.core.store import DATABASE_FILE
    from tiphandbook.core.user_data import check_user_data

    path = Path(args.database) if args.database else UserDirs.resolve().data / DATABASE_FILE

    def passphrase() -> str:
        if args.passphrase_stdin:
            return sys.stdin.readline().rstrip("\n")
        if not sys.stdin.isatty():
            raise WrongPassphrase("the case records need the passphrase: give it on standard input with "
                                  "--passphrase-stdin, or run this in a terminal")
        return getpass.getpass("Case records passphrase: ")

    try:
        report = check_user_data(path, None if args.no_records else passphrase)
    except WrongPassphrase as exc:
        print(f"{path}: cannot check the case records: {exc or 'that passphrase is not correct'}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def add_data_commands(commands: argparse._SubParsersAction) -> None:
    data = commands.add_parser("data", help="check your own data: the user database and the case records")
    data_commands = data.add_subparsers(title="data commands", metavar="DATA_COMMAND", required=True)
    check = data_commands.add_parser("check", help="check the database and every case record; exit 1 when anything "
                                                   "is damaged or was changed outside tiphandbook")
    check.add_argument("--database", metavar="FILE", help="the database to check (default: this user's)")
    check.add_argument("--passphrase-stdin", action="store_true", help="read the case records passphrase from "
                                                                       "standard input instead of asking")
    check.add_argument("--no-records", action="store_true", help="check the file only, not the case records")
    check.set_defaults(func=cmd_data_check)
