"""User preferences kept as a small JSON file.

A damaged file never stops the app: it is set aside as ``settings.json.bad`` and defaults are used. Writes go to a
temporary file that replaces the old one, so a killed process leaves either the old or the new settings.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "content_language": "en",
    "interface_language": None,  # a BCP 47 tag (en, ru, uz-Latn, uz-Cyrl); None follows the system
    "theme": "system",
    "text_scale": 100,
    "zoom": 0,
    "window_geometry": "",
    "splitter_state": "",
    "last_location": None,  # {"doc": id, "anchor": str}
    "recent": [],  # newest first: [{"doc": id, "anchor": str}]
    "content_folder": None,  # the content chosen in the app (a folder or an installed pack); None: the bundled one
    # Set by an administrator only (by editing settings.json): install packs no trusted key signed, each one logged
    # to DATA/pack-trust.log (core/pack_signing.py).
    "allow_untrusted_packs": False,
}

RECENT_LIMIT = 8


class Settings:
    """Dict-like preferences with defaults; ``save()`` writes only when something changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._dirty = False
        self.problem: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problem = f"Could not read settings ({exc}); using defaults."
            return
        try:
            values = json.loads(raw)
            if not isinstance(values, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            self.problem = f"Settings file was damaged ({exc}); it was set aside and defaults are used."
            log.warning("%s: %s", self.path, self.problem)
            os.replace(self.path, self.path.with_suffix(".json.bad"))
            return
        self._values = values

    def __getitem__(self, key: str) -> Any:
        return self._values.get(key, DEFAULTS.get(key))

    def __setitem__(self, key: str, value: Any) -> None:
        if self[key] != value:
            self._values[key] = value
            self._dirty = True

    def remember_visit(self, doc_id: str, anchor: str = "") -> None:
        """Put a document at the top of the recently-read list and make it the place to resume from."""
        entry = {"doc": doc_id, "anchor": anchor}
        recent = [r for r in self["recent"] if isinstance(r, dict) and r.get("doc") != doc_id]
        self["recent"] = [entry, *recent][:RECENT_LIMIT]
        self["last_location"] = entry

    def save(self) -> None:
        """Write the file; on a read-only or full disk the preferences stay as they were and ``problem`` says so."""
        if not self._dirty:
            return
        tmp = self.path.with_suffix(".json.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            self.problem = f"Settings could not be saved ({exc})."
            log.warning("%s: %s", self.path, self.problem)
            return
        self._dirty = False
