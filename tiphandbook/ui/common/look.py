"""The app's look in numbers: one small palette per theme (one accent colour), a type scale and a spacing scale.

These fill the placeholders of ``resources/styles/app.qss`` (the one stylesheet for every widget) and colour the
bundled icons, so a colour or a size is decided here once and never in a widget.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Palette:
    window: str  # the window's background, behind panels
    surface: str  # lists, fields, the reading pane, the toolbar
    text: str
    muted: str  # secondary text: hints, breadcrumbs, empty states
    border: str
    hover: str  # a button or row under the mouse
    accent: str  # the one accent colour: the current tab, primary buttons, focus
    on_accent: str  # text on the accent colour
    selection: str  # a selected row's (and menu entry's) background
    on_selection: str  # text on it
    icon: str  # monochrome icons
    right: str  # quiz states: the colour is never the only sign (the feedback also says it, with ✓ / ✗)
    right_back: str
    wrong: str
    wrong_back: str
    partly: str
    partly_back: str


PALETTES: dict[str, Palette] = {
    "light": Palette(
        window="#f3f5f8", surface="#ffffff", text="#1d2430", muted="#5b6472", border="#d3d9e2", hover="#e8eef7",
        accent="#1f5fa8", on_accent="#ffffff", selection="#d6e4f5", on_selection="#1d2430", icon="#3b4452",
        right="#17693a", right_back="#e6f4ea", wrong="#a8231b", wrong_back="#fbeaea", partly="#7a5200",
        partly_back="#fdf3dc",
    ),
    "dark": Palette(
        window="#1b1f25", surface="#14171c", text="#e3e7ee", muted="#a3acba", border="#353c48", hover="#262c35",
        accent="#6ea8f0", on_accent="#0d1117", selection="#2a3f5c", on_selection="#e3e7ee", icon="#d5dbe5",
        right="#6fd197", right_back="#16301f", wrong="#f4978d", wrong_back="#3a1d1b", partly="#e7bf62",
        partly_back="#352b14",
    ),
    # High contrast: black on white, and the states keep a 7:1 ratio against their own backgrounds.
    "high-contrast": Palette(
        window="#ffffff", surface="#ffffff", text="#000000", muted="#000000", border="#000000", hover="#e6e6e6",
        accent="#000000", on_accent="#ffffff", selection="#000000", on_selection="#ffffff", icon="#000000",
        right="#005a1e", right_back="#ffffff", wrong="#9e0000", wrong_back="#ffffff", partly="#5c3d00",
        partly_back="#ffffff",
    ),
}

# Type scale: multiples of the application's font (which Text Size scales), so every size follows the user's choice.
TYPE_SCALE = {"caption": 0.9, "body": 1.0, "title": 1.25, "display": 1.6}
# Spacing scale in pixels: gaps between related things are small, between groups larger.
SPACING = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}
RADIUS = 6
# The classroom presenter is black on white in every theme: projectors wash out dark themes.
PROJECTOR = {"projector_back": "#ffffff", "projector_text": "#111111"}
ICON_SIZE = 20  # toolbar and button icons; empty states use twice this


def palette(theme: str) -> Palette:
    return PALETTES.get(theme, PALETTES["light"])


def stylesheet_values(theme: str, base_point_size: float) -> dict[str, str]:
    """Every placeholder of app.qss: colours by name, ``size_*`` in points, ``space_*`` and ``radius`` in pixels."""
    values = dict(asdict(palette(theme)))
    values.update({f"size_{name}": f"{base_point_size * factor:.1f}" for name, factor in TYPE_SCALE.items()})
    values.update({f"space_{name}": str(pixels) for name, pixels in SPACING.items()})
    values["radius"] = str(RADIUS)
    values.update(PROJECTOR)
    return values
