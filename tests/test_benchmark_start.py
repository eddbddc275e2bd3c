"""A newcomer who runs the start-up benchmark with a Python that lacks the app (the system Python, with the app in
.venv) is told which Python to use instead of being shown a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import REPO_ROOT


def test_the_startup_benchmark_with_a_bare_python_says_which_python_to_use(tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
    python = bare / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    done = subprocess.run([str(python), "benchmarks/startup.py", "--runs", "1"], cwd=REPO_ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "cannot start tiphandbook: it lacks PySide6" in done.stderr and ".venv/bin/python" in done.stderr
