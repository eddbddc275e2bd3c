"""The entry point of the frozen app (PyInstaller): the program a user double-clicks, and the search build's
worker program.

In a frozen app ``sys.executable`` is the app itself, not a Python interpreter, so ``sys.executable -m MODULE``
(how ``core/search/parallel.py`` starts its worker processes) would start the app again with arguments its parser
rejects, or a window per worker. The launcher understands ``-m MODULE`` for the app's own modules and runs that
module as ``python -m`` would, before any Qt import; everything else goes to the command line (``cli.main``).

In portable mode (``core/paths.py``) the launcher also points the desktop's per-user folders (``XDG_*``) into the
app's ``data/`` folder, so that what Qt and the libraries under it keep there (fontconfig's cache, the file
dialog's history) stays on the stick too.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from tiphandbook.core.paths import app_folder, portable_home

OWN_PACKAGE = "tiphandbook."


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["-m"]:
        return _run_module(args[1:])
    home = portable_home(app_folder())
    if home is not None:
        _keep_off_the_host(home)
    from tiphandbook.cli import main as cli_main

    return cli_main(args)


def _keep_off_the_host(home: Path) -> None:
    for variable, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"), ("XDG_DATA_HOME", "data")):
        os.environ[variable] = str(home / folder / "desktop")


def _run_module(args: list[str]) -> int:
    """Run one of the app's modules as ``__main__`` with ``args`` after its name, like ``python -m``."""
    if not args or not args[0].startswith(OWN_PACKAGE):
        print(f"tiphandbook: -m runs only the app's own modules ({OWN_PACKAGE}...), not {args[:1]}", file=sys.stderr)
        return 2
    sys.argv = [args[0], *args[1:]]
    try:
        runpy.run_module(args[0], run_name="__main__", alter_sys=True)
    except ImportError as exc:
        print(f"tiphandbook: no module {args[0]} in this app ({exc})", file=sys.stderr)
        return 2
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
