"""Preferences survive restarts; a damaged file falls back to defaults without losing the evidence."""

from pathlib import Path

from tiphandbook.core.settings import Settings


def test_values_round_trip(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings["zoom"] = 3
    settings.remember_visit("alpha", "first")
    settings.save()
    again = Settings(tmp_path / "settings.json")
    assert again["zoom"] == 3
    assert again["last_location"] == {"doc": "alpha", "anchor": "first"}
    assert again["recent"][0]["doc"] == "alpha"


def test_damaged_file_gives_defaults_and_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    settings = Settings(path)
    assert settings["zoom"] == 0 and settings.problem
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "{not json"


def test_recent_list_is_unique_and_bounded(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    for index in range(20):
        settings.remember_visit(f"doc-{index % 10}")
    recent = [r["doc"] for r in settings["recent"]]
    assert len(recent) == 8 and len(set(recent)) == 8 and recent[0] == "doc-9"
