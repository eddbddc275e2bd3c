"""The bundled DejaVu Sans (resources/fonts, see LICENSE-DejaVu.txt there), registered with Qt on first use.

Printed sheets embed it so that Cyrillic and Uzbek Latin letters (oʻ, gʻ) print on any machine, whatever fonts
the system has; the classroom presenter uses it for the same reason on a borrowed projector laptop.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase, QGuiApplication

from tiphandbook.core.paths import resources_dir

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


@cache
def bundled_font_family() -> str:
    """Register the font files once; the family name, or the application's font if they cannot be loaded."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0] if families else QGuiApplication.font().family()
