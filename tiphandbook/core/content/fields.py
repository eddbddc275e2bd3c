"""Typed access to a YAML mapping that reports a missing or mistyped field with its file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tiphandbook.core.content.model import AUDIENCES, ID_PATTERN, ContentError
from tiphandbook.core.content.yamlio import YamlMap


class FieldReader:
    """Reads fields of one mapping; each problem is appended to ``errors`` and a neutral value returned."""

    def __init__(self, data: YamlMap, path: Path, errors: list[ContentError], where: str = "") -> None:
        self.data = data
        self.path = path
        self.errors = errors
        self.where = f"{where}: " if where else ""
        self.ok = True

    def only(self, *allowed: str) -> None:
        """Report fields the format does not know: usually a typo, or YAML cutting an unquoted value at a comma."""
        for key in self.data:
            if key not in allowed:
                value = self.data[key]
                hint = " (an unquoted comma in a {...} value? quote the text)" if value is None else ""
                self.error(str(key), f"unknown field '{key}'{hint}")

    def error(self, key: str | None, message: str) -> None:
        line = self.data.line_of(key) if key else self.data.line
        self.errors.append(ContentError(self.path, line, self.where + message))
        self.ok = False

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key)
        if value is None and required:
            self.error(None, f"'{key}' is required")
        return value

    def text(self, key: str, required: bool = True) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(key, f"'{key}' must be text")
            return ""
        value = str(value).strip()
        if not value and required:
            self.error(key, f"'{key}' must not be empty")
        return value

    def note(self, key: str) -> str:
        """An optional text that, once written, must say something (an empty ``verify:`` is a forgotten note)."""
        if key not in self.data:
            return ""
        if self.data[key] is None:
            self.error(key, f"'{key}' must not be empty")
            return ""
        return self.text(key)

    def ident(self, key: str = "id", required: bool = True) -> str:
        value = self.text(key, required)
        if value and not ID_PATTERN.match(value):
            self.error(key, f"'{key}' {value!r} must be lowercase letters, digits and hyphens, starting with a letter")
            return ""
        return value

    def texts(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            self.error(key, f"'{key}' must be a list of texts")
            return ()
        if required and not value:
            self.error(key, f"'{key}' must not be empty")
        return tuple(str(v).strip() for v in value)

    def integer(self, key: str, required: bool = True, minimum: int = 0, maximum: int | None = None) -> int:
        value = self._get(key, required)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum or (
            maximum is not None and value > maximum
        ):
            limit = f"from {minimum} to {maximum}" if maximum is not None else f"of at least {minimum}"
            self.error(key, f"'{key}' must be a whole number {limit}")
            return 0
        return value

    def number(self, key: str, required: bool = True, minimum: float | None = None,
               maximum: float | None = None) -> float | None:
        """A number (whole or decimal) within the bounds given, or None when absent or wrong."""
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or (
            minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            bounds = f" from {minimum:g} to {maximum:g}" if minimum is not None and maximum is not None else ""
            self.error(key, f"'{key}' must be a number{bounds}")
            return None
        return float(value)

    def boolean(self, key: str, default: bool | None = False, required: bool = False) -> bool | None:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, f"'{key}' must be true or false")
            return default
        return value

    def audience(self, required: bool = True) -> tuple[str, ...]:
        values = self.texts("audience", required)
        unknown = [v for v in values if v not in AUDIENCES]
        if unknown:
            self.error("audience", f"unknown audience {', '.join(unknown)} (allowed: {', '.join(sorted(AUDIENCES))})")
        return tuple(v for v in values if v in AUDIENCES)

    def mappings(self, key: str, required: bool = True) -> list[YamlMap]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, YamlMap) for v in value):
            self.error(key, f"'{key}' must be a list of mappings")
            return []
        if required and not value:
            self.error(key, f"'{key}' must not be empty")
        return value

    def titles(self, key: str = "title") -> dict[str, str]:
        """A per-language title map (``{en: ..., ru: ...}``); English is required."""
        value = self._get(key, True)
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            if value is not None:
                self.error(key, f"'{key}' must map languages to texts, e.g. {{en: ..., ru: ...}}")
            return {}
        if "en" not in value:
            self.error(key, f"'{key}' has no English ('en') text")
        return {str(k): v.strip() for k, v in value.items()}
