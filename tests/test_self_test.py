"""``tiphandbook self-test`` from source: the walk a frozen build runs on a user's machine passes here, on the
shipped content, and leaves no scratch folder behind (tests/test_frozen_app.py runs it frozen, in a real window)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import REPO_ROOT


def test_the_self_test_passes_every_check_and_cleans_up(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = dict(os.environ, TIPHANDBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "tiphandbook", "self-test", "--report", str(tmp_path / "r.json")],
                            env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)

    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert result.returncode == 0 and report["passed"], result.stdout
    assert json.loads(result.stdout) == report
    assert {name for name, check in report["checks"].items() if check["ok"]} == {
        "start", "chapter", "search en passport", "search ru паспорт", "search uz pasport", "search uz паспорт",
        "interface languages", "quiz", "case record"}
    assert list((home / "cache").iterdir()) == []  # the scratch folder (with its case database) is gone
