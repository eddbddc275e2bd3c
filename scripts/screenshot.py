"""Take a screenshot of the running app (for the README and for looking at what we build).

Run under a real or virtual X display, e.g.:
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py --doc definition-of-trafficking --lang ru -o shot.png
It grabs the whole screen, as a user would see it, not just the widget tree.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tiphandbook.core.content.loader import load_library
from tiphandbook.core.navigation import Location
from tiphandbook.core.paths import HOME_ENV, UserDirs, bundled_root
from tiphandbook.ui.app import create_main_window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--content", type=Path, default=bundled_root())
    parser.add_argument("--doc", help="document id to open (default: the home page)")
    parser.add_argument("--checklist", help="checklist id to open")
    parser.add_argument("--anchor", default="")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--find", help="text to find in the page")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()

    os.environ.setdefault(HOME_ENV, tempfile.mkdtemp(prefix="tiphandbook-shot-"))
    app = QApplication([])
    window, _ = create_main_window(args.content, UserDirs.resolve())
    window.set_library(load_library(args.content))
    window.resize(1300, 850)
    window.move(0, 0)
    window.show()
    window.set_content_language(args.lang)
    if args.doc:
        window.open_location(Location("doc", args.doc, args.anchor))
    elif args.checklist:
        window.open_location(Location("checklist", args.checklist, args.anchor))
    if args.find:
        window.find_bar.open_bar()
        window.find_bar.edit.setText(args.find)

    def grab() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).copy(window.frameGeometry()).save(str(args.output))
        app.quit()

    QTimer.singleShot(800, grab)
    app.exec()


if __name__ == "__main__":
    main()
