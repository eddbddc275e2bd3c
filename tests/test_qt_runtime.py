"""Guards against a broken Qt binding: a release whose basic signal emission crashes the process must fail here,
not on a user's laptop at every exit."""

from __future__ import annotations

import os
import subprocess
import sys

EMIT_AND_EXIT = """
import threading
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    progress = Signal(int, int)
source = Source()
received = []
source.progress.connect(lambda done, total: received.append(done))
for i in range(500):
    source.progress.emit(i, 500)
worker = threading.Thread(target=lambda: [source.progress.emit(i, 500) for i in range(500)])
worker.start(); worker.join()
app.processEvents()
print(len(received))
"""


def test_emitting_signals_then_exiting_does_not_crash() -> None:
    result = subprocess.run([sys.executable, "-c", EMIT_AND_EXIT], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-500:]}"
    assert result.stdout.strip() == "1000"
