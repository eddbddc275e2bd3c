"""Where the repository and the small fixture content are."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURE_CONTENT = REPO_ROOT / "tests" / "fixtures" / "content"
