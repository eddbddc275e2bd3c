"""The frozen build (``scripts/build-app``), run the way a user runs it: copied out of the source tree, with no
Python, no project and no user folders of ours in the environment, in portable mode, under a virtual X screen.

These tests run only when the build exists (``dist/tiphandbook``, or the folder named by
``$TIPHANDBOOK_FROZEN_APP``); ``python -m pytest -m frozen`` runs just them (README, "Building the app").
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from whoosh.index import open_dir

from tests.helpers.paths import REPO_ROOT
from tiphandbook.core.paths import PORTABLE_DATA, PORTABLE_MARKER
from tiphandbook.core.search.store import files_intact, read_manifest, segment_count

BUILD = Path(os.environ.get("TIPHANDBOOK_FROZEN_APP", REPO_ROOT / "dist" / "tiphandbook"))
EXECUTABLE = "tiphandbook.exe" if os.name == "nt" else "tiphandbook"

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(not (BUILD / EXECUTABLE).is_file(),
                       reason="tests the frozen app, which is not built: `python3 scripts/build-app` builds it in "
                              "dist/tiphandbook (or set TIPHANDBOOK_FROZEN_APP to a build's folder)"),
]


def _link_or_copy(source: str, target: str) -> None:
    """Hard links where the file system allows (157 MB copied per test would be most of its time); the app never
    writes to its own files, so a link is as good as a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A copy of the build on "a USB stick" (outside the source tree), marked portable."""
    app = tmp_path / "stick" / "tiphandbook"
    shutil.copytree(BUILD, app, symlinks=True, copy_function=_link_or_copy)
    (app / PORTABLE_MARKER).write_text("", encoding="utf-8")
    return app


@pytest.fixture
def host_home(tmp_path: Path) -> Path:
    home = tmp_path / "host-home"
    home.mkdir()
    return home


def run_app(app: Path, home: Path, *args: str, display: bool = False) -> subprocess.CompletedProcess[str]:
    """Start the frozen app with a bare environment: a C locale, no PYTHONPATH, no TIPHANDBOOK_HOME."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C"}
    command = [str(app / EXECUTABLE), *args]
    if display:
        command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", *command]
    return subprocess.run(command, env=env, cwd=app.parent, capture_output=True, text=True, timeout=300)


def everything_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run for a real window")
def test_the_frozen_app_passes_its_self_test_in_a_window_from_a_stick(stick: Path, host_home: Path) -> None:
    """Start, open a chapter, search in English, Russian and Uzbek (both scripts), the interface in Russian and
    Uzbek (Qt's own texts too), an exam and its PDF handout in the bundled font, an encrypted case record:
    everything written on the stick, nothing in the host's home, no warnings."""
    result = run_app(stick, host_home, "self-test", "--keep", display=True)

    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["passed"], result.stdout + result.stderr
    assert report["frozen"] is True
    assert set(report["checks"]) == {"start", "chapter", "search en passport", "search ru паспорт",
                                     "search uz pasport", "search uz паспорт", "interface languages", "quiz",
                                     "case record"}
    assert report["checks"]["case record"]["note_in_plain_text"] is False
    assert report["checks"]["quiz"]["handout_font_dejavu"] is True
    scratch = Path(report["home"])
    assert scratch.is_relative_to(stick / PORTABLE_DATA / "cache")
    assert (scratch / "data" / "user.sqlite3").is_file() and (scratch / "cache" / "search" / "manifest.json").is_file()
    assert everything_under(host_home) == []
    assert "Detected locale" not in result.stderr and "Traceback" not in result.stderr
    assert "worker processes failed" not in result.stderr  # the search build did not fall back to one process


def test_the_frozen_search_build_runs_in_worker_processes_and_survives_a_move(stick: Path, host_home: Path) -> None:
    """The first build is shared among worker processes (the frozen app's ``-m`` entry): one segment each, an
    intact manifest. Then the stick is mounted elsewhere: nothing is re-indexed."""
    first = run_app(stick, host_home, "search", "--lang", "ru", "паспорт")

    assert first.returncode == 0, first.stderr
    assert "search index rebuilt" in first.stderr and "worker processes failed" not in first.stderr
    index = stick / PORTABLE_DATA / "cache" / "search"
    manifest = read_manifest(index)
    assert manifest is not None and files_intact(index, manifest.files)
    assert segment_count(open_dir(str(index))) >= 2  # one per worker: the build was parallel
    assert everything_under(host_home) == []

    moved = stick.parent.parent / "mounted-elsewhere" / "tiphandbook"
    shutil.move(stick, moved)
    again = run_app(moved, host_home, "search", "--lang", "uz", "паспорт")
    assert again.returncode == 0 and "search index" not in again.stderr, again.stderr  # opened as it was


def test_the_frozen_worker_entry_refuses_other_modules(stick: Path, host_home: Path) -> None:
    result = run_app(stick, host_home, "-m", "os")
    assert result.returncode == 2 and "runs only the app's own modules" in result.stderr


def test_without_a_marker_the_frozen_app_uses_the_platform_folders(tmp_path: Path, host_home: Path) -> None:
    """An installed copy (no ``portable`` file, no ``data/``) keeps its files in the user's usual folders
    (platformdirs, XDG on Linux), and nothing beside the program."""
    app = tmp_path / "installed" / "tiphandbook"
    shutil.copytree(BUILD, app, symlinks=True, copy_function=_link_or_copy)
    result = run_app(app, host_home, "search", "passport")
    assert result.returncode == 0, result.stderr
    assert (host_home / ".cache" / "tiphandbook" / "search" / "manifest.json").is_file()
    assert not (app / PORTABLE_DATA).exists()
