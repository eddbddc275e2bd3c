"""Start-up time: from launching the process to the main window showing the home page.

Each run starts a fresh process with empty user folders (``--exit-when-shown`` quits right after the first paint),
so the figure includes interpreter start, imports, Qt set-up, the window and the home page. Beside it, a peer: the
smallest PySide6 program that shows a QMainWindow with a QTextBrowser, the floor any Qt app pays.

    python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

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


def time_runs(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, TIPHANDBOOK_HOME=home)
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    time_runs([sys.executable, "-m", "tiphandbook", "--exit-when-shown"], 2)  # warm the page cache
    ours = time_runs([sys.executable, "-m", "tiphandbook", "--exit-when-shown"], args.runs)
    peer = time_runs([sys.executable, "-c", PEER], args.runs)
    print(f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, {args.runs} runs each")
    print(f"startup_ms_median {statistics.median(ours):.0f}")
    print(f"startup_ms_p90 {sorted(ours)[int(0.9 * (len(ours) - 1))]:.0f}")
    print(f"peer_minimal_qt_window_ms_median {statistics.median(peer):.0f}")
    print(f"overhead_over_peer_ms {statistics.median(ours) - statistics.median(peer):.0f}")


if __name__ == "__main__":
    main()
