"""The frozen app's launcher: it runs the search index worker (``-m``), refuses anything else, and starts Qt
under a UTF-8 locale. Run here from source; tests/test_frozen_app.py runs the same through a real frozen build."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.index import open_dir

from tests.helpers.paths import REPO_ROOT
from tiphandbook.core.content import load_library
from tiphandbook.core.paths import PORTABLE_DATA, PORTABLE_MARKER, portable_home
from tiphandbook.core.search import SearchIndex
from tiphandbook.core.search import index as index_module
from tiphandbook.core.search.store import files_intact, read_manifest, segment_count

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"
LAUNCHER = [sys.executable, "-m", "tiphandbook.launcher"]


def launch(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*LAUNCHER, *args], input=stdin, capture_output=True, cwd=REPO_ROOT, timeout=120,
                          env=env)


def test_the_launcher_runs_the_search_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the parallel build starts as ``sys.executable -m tiphandbook.core.search.parallel`` when
    ``sys.executable`` is the frozen app: here it merges a two-segment index, as after a first build."""
    monkeypatch.setattr(index_module, "PARALLEL_MIN_SOURCES", 1)
    library = load_library(SEARCH_CONTENT)
    index = SearchIndex(tmp_path / "index", workers=2)
    index.open_or_build(library)
    index.close()
    assert segment_count(open_dir(str(tmp_path / "index"))) == 2  # one per worker
    task = pickle.dumps(("compact", (str(tmp_path / "index"),)))

    answer = launch("-m", "tiphandbook.core.search.parallel", stdin=task)

    assert answer.returncode == 0, answer.stderr.decode()
    assert pickle.loads(answer.stdout) == ("done", True)
    manifest = read_manifest(tmp_path / "index")
    assert manifest is not None and files_intact(tmp_path / "index", manifest.files)
    assert segment_count(open_dir(str(tmp_path / "index"))) == 1
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.open_or_build(library).action == "opened"
    assert reopened.search("zanzibar").hits
    reopened.close()


@pytest.mark.parametrize(("module", "message"), [
    ("os", "runs only the app's own modules"),
    ("tiphandbook.no_such_module", "no module tiphandbook.no_such_module"),
])
def test_the_launcher_runs_no_other_module(module: str, message: str) -> None:
    answer = launch("-m", module)
    assert answer.returncode == 2
    assert message in answer.stderr.decode() and b"Traceback" not in answer.stderr


def test_the_launcher_hands_anything_else_to_the_command_line() -> None:
    answer = launch("--version")
    assert answer.returncode == 0 and answer.stdout.decode().startswith("tiphandbook ")


def test_qt_starts_without_a_locale_warning_under_the_c_locale(tmp_path: Path) -> None:
    """A frozen app embeds Python without its C-locale coercion; LC_ALL=C turns it off here too."""
    env = dict(os.environ, LC_ALL="C", QT_QPA_PLATFORM="offscreen", TIPHANDBOOK_HOME=str(tmp_path))
    env.pop("LANG", None)
    answer = launch("--exit-when-shown", env=env)
    assert answer.returncode == 0
    assert b"Detected locale" not in answer.stderr, answer.stderr.decode()


def test_a_portable_marker_or_a_data_folder_puts_everything_beside_the_app(tmp_path: Path) -> None:
    marked, with_data, plain = (tmp_path / name for name in ("marked", "with-data", "plain"))
    for folder in (marked, with_data, plain):
        folder.mkdir()
    (marked / PORTABLE_MARKER).write_text("", encoding="utf-8")
    (with_data / PORTABLE_DATA).mkdir()
    assert portable_home(marked) == marked / PORTABLE_DATA
    assert portable_home(with_data) == with_data / PORTABLE_DATA
    assert portable_home(plain) is None
    assert portable_home(None) is None  # running from Python: no app folder
