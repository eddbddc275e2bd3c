"""Take the README's set of screenshots: every main screen in English, Russian and Uzbek (Cyrillic) interface, light
and dark, each in a real X window (run under Xvfb), into docs/screenshots/look/.

    xvfb-run -a -s "-screen 0 1366x900x24" python scripts/screenshots.py [--only home,practice] [--interface ru]

Each interface and theme gets its own fresh user folder, used the way a user would: a case record is started, a
practice question missed, an exam sat, chapters read; the home page, taken last, shows where they left off, the
review due and the open record. Each picture is reduced to 256 colours (ImageMagick's ``convert``, if installed) so
it stays small.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots" / "look"
CONTENT_LANGUAGE = {"en": "en", "ru": "ru", "uz-Cyrl": "uz"}
QUERY = {"en": "forced labour", "ru": "принудительный труд", "uz-Cyrl": "мажбурий меҳнат"}  # Cyrillic finds Latin Uzbek
MODULE, CHAPTER, CHECKLIST = "mia-m1-definitions", "definition-of-trafficking", "first-responder-screen"
# In the order a user would meet them, so that the home page (last) shows what the others left behind.
SCREENS: dict[str, list[str]] = {
    "case-record": ["--checklist", CHECKLIST, "--case-record"],
    "practice": ["--doc", MODULE, "--training", "practice"],
    "exam-review": ["--doc", MODULE, "--training", "exam-result"],
    "presenter": ["--doc", MODULE, "--training", "classroom"],
    "search": ["--search", "{query}"],
    "print-preview": ["--doc", CHAPTER, "--print-preview"],
    "chapter": ["--doc", CHAPTER, "--anchor", "elements"],
    "home": [],
}


def shoot(name: str, interface: str, theme: str, home: Path) -> Path:
    target = OUT / f"{name}-{interface}-{theme}.png"
    arguments = [a.replace("{query}", QUERY[interface]) for a in SCREENS[name]]
    environment = {**os.environ, "TIPHANDBOOK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshot.py"), *arguments, "--interface", interface,
                    "--lang", CONTENT_LANGUAGE[interface], "--theme", theme, "--size", "1200x760", "-o", str(target)],
                   check=True, env=environment, timeout=300)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated screens (default: all)")
    parser.add_argument("--interface", action="append", choices=sorted(CONTENT_LANGUAGE), help="default: all three")
    parser.add_argument("--theme", action="append", choices=["light", "dark", "high-contrast"], help="default: light, dark")
    args = parser.parse_args()
    screens = [s for s in SCREENS if not args.only or s in args.only.split(",")]
    OUT.mkdir(parents=True, exist_ok=True)
    for interface in args.interface or list(CONTENT_LANGUAGE):
        for theme in args.theme or ["light", "dark"]:
            with tempfile.TemporaryDirectory(prefix="tiphandbook-shots-") as home:
                for name in screens:
                    path = shoot(name, interface, theme, Path(home))
                    print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB", flush=True)


if __name__ == "__main__":
    main()
