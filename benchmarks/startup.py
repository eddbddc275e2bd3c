"""Start-up time: from launching the process to the main window showing the home page.

Each run starts a fresh process with empty user folders (``--exit-when-shown`` quits right after the first paint),
so the figure includes interpreter start, imports, Qt set-up, the window and the home page. Beside it, a peer: the
smallest PySide6 program that shows a QMainWindow with a QTextBrowser, the floor any Qt app pays.

    python benchmarks/startup.py [--runs 15]
    python benchmarks/startup.py --app frozen=dist/tiphandbook/tiphandbook --app pip=build/venv-pip/bin/tiphandbook \
        --cold --search-build

``--app NAME=EXECUTABLE`` (repeatable) also times that program (the frozen app, a pip-installed ``tiphandbook``),
in the same run as the app from this Python, so the figures compare. ``--cold`` adds runs of those programs with
their own files (the app folder; for a venv's script the venv and its base Python) evicted from the page cache
first, as after a reboot: only those files, with ``posix_fadvise``, so other work on the machine keeps its cache
(which is also why the source app, on a shared venv, is timed warm only).
``--search-build`` times each program's first search index build (``tiphandbook search``, empty cache).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PEER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTextBrowser(html="<h1>Peer</h1><p>" + "word " * 2000 + "</p>"))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


@dataclass(frozen=True)
class Program:
    name: str
    command: list[str]
    files: list[Path]  # what it loads from disk: evicted for a cold start


def source_program() -> Program:
    folders = sorted({Path(sys.prefix), Path(sys.base_prefix), REPO})
    return Program("source", [sys.executable, "-m", "tiphandbook"], folders)


def executable_program(spec: str) -> Program:
    """``NAME=EXECUTABLE``: the frozen app's folder is all it loads; a venv's ``tiphandbook`` script also loads
    the base Python it was made with."""
    name, _, path = spec.partition("=")
    executable = Path(path).resolve()
    venv = executable.parent.parent
    files = [venv, Path(sys.base_prefix)] if (venv / "pyvenv.cfg").is_file() else [executable.parent]
    return Program(name, [str(executable)], files)


def evict(folders: list[Path]) -> None:
    """Drop these files' pages from the page cache (clean pages only: nothing else on the machine is touched)."""
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                if path.is_file() and not path.is_symlink():
                    with open(path, "rb") as stream:
                        os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                continue


def run_once(command: list[str], cold_files: list[Path] | None = None) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TIPHANDBOOK_HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        if cold_files:
            evict(cold_files)
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return (time.perf_counter() - start) * 1000


def time_runs(command: list[str], runs: int, cold_files: list[Path] | None = None) -> list[float]:
    return [run_once(command, cold_files) for _ in range(runs)]


def interleaved(programs: list[Program], runs: int, cold: bool = False) -> dict[str, list[float]]:
    """Start-up times of each program, taking turns run by run, so that load from other work on the machine
    falls on all of them alike."""
    times: dict[str, list[float]] = {program.name: [] for program in programs}
    for _ in range(runs):
        for program in programs:
            times[program.name].append(run_once([*program.command, "--exit-when-shown"], program.files if cold else None))
    return times


def first_search_build(program: Program) -> float:
    """Seconds of the first index build of the bundled content, as the app reports it."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, TIPHANDBOOK_HOME=home)
        result = subprocess.run([*program.command, "search", "passport"], env=env, capture_output=True, text=True,
                                check=True)
    found = re.search(r"search index rebuilt: \d+ document\(s\) in ([\d.]+) s", result.stderr)
    if found is None:
        raise SystemExit(f"{program.name}: no index build reported:\n{result.stderr}")
    return float(found.group(1))


def p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))]


NEEDED = ("PySide6", "yaml", "markdown_it", "platformdirs")  # what the app imports before its window shows


def missing_modules() -> list[str]:
    """What this Python lacks to start the app (the system Python, when the app lives in a virtual environment)."""
    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


def main() -> None:
    missing = missing_modules()
    if missing:
        sys.exit(f"{sys.executable} cannot start tiphandbook: it lacks {', '.join(missing)}.\n"
                 "Run the benchmark with the Python the app is installed in, e.g. .venv/bin/python "
                 "benchmarks/startup.py (see the README's Install section).")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--app", action="append", default=[], metavar="NAME=EXECUTABLE", help="also time this program")
    parser.add_argument("--cold", action="store_true", help="also time starts with the programs' files evicted")
    parser.add_argument("--search-build", action="store_true", help="also time each program's first index build")
    args = parser.parse_args()
    programs = [source_program(), *map(executable_program, args.app)]
    print(f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {args.runs} runs each")
    for program in programs:  # warm the page cache
        time_runs([*program.command, "--exit-when-shown"], 2)
    warm_times = interleaved(programs, args.runs)
    warm = {name: statistics.median(times) for name, times in warm_times.items()}
    for name, times in warm_times.items():
        print(f"{name}_startup_ms_median {warm[name]:.0f}")
        print(f"{name}_startup_ms_p90 {p90(times):.0f}")
    if args.cold:
        for name, times in interleaved(programs[1:], max(3, args.runs // 3), cold=True).items():
            print(f"{name}_cold_startup_ms_median {statistics.median(times):.0f}")
    if args.search_build:
        builds: dict[str, list[float]] = {program.name: [] for program in programs}
        for _ in range(3):
            for program in programs:
                builds[program.name].append(first_search_build(program))
        for name, seconds in builds.items():
            print(f"{name}_first_search_build_s_median {statistics.median(seconds):.2f}")
    for program in programs[1:]:
        print(f"{program.name}_over_source_warm_ratio {warm[program.name] / warm['source']:.2f}")
    for first, second in combinations(programs[1:], 2):
        print(f"{first.name}_over_{second.name}_warm_ratio {warm[first.name] / warm[second.name]:.2f}")
    peer = time_runs([sys.executable, "-c", PEER], args.runs)
    print(f"peer_minimal_qt_window_ms_median {statistics.median(peer):.0f}")
    print(f"overhead_over_peer_ms {warm['source'] - statistics.median(peer):.0f}")


if __name__ == "__main__":
    main()
