"""Translation status: missing, unrecorded, current, and out of date once the English changes."""

from __future__ import annotations

from pathlib import Path

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.content.translations import source_hash, translation_report

ALPHA_EN = "handbook/part-one/01-alpha.en.md"


def _status_of(content: Path, item_id: str) -> dict[str, str]:
    return next(r.statuses for r in translation_report(load_library(content)) if r.id == item_id)


def test_statuses_follow_the_recorded_source_hash(content: Path) -> None:
    russian = content / "handbook/part-one/01-alpha.ru.md"
    recorded = f"id: alpha\nsource_hash: {source_hash(content / ALPHA_EN)}\n"
    russian.write_text(russian.read_text(encoding="utf-8").replace("id: alpha\n", recorded), encoding="utf-8")
    assert _status_of(content, "alpha") == {"ru": "current", "uz": "unrecorded"}
    assert _status_of(content, "beta") == {"ru": "missing", "uz": "missing"}
    english = content / ALPHA_EN
    english.write_text(english.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    assert _status_of(content, "alpha")["ru"] == "outdated"


def test_report_covers_checklists_and_quizzes_and_prints(content: Path, capsys) -> None:  # noqa: ANN001
    kinds = {(r.kind, r.id) for r in translation_report(load_library(content))}
    assert {("checklist", "screen"), ("quiz", "intro-quiz"), ("module", "intro-module"), ("chapter", "beta")} <= kinds
    assert main(["check", "--content", str(content), "--translations"]) == 0
    out = capsys.readouterr().out
    assert "missing" in out and "handbook/part-one/02-beta.en.md" in out and "ru: " in out
