"""Another program holding the user database's write lock: a real process, as a second copy of the app would be."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers.paths import REPO_ROOT

def child_env() -> dict[str, str]:
    """The environment for a child process: this test's user folders, and the package from this tree."""
    return {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
_HOLDER = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()  # held until told to let go
    conn.execute("ROLLBACK")
""")


class LockHolder:
    def __init__(self, database: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", _HOLDER, str(database)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=child_env())
        assert self.process.stdout is not None and self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.returncode is None:
            self.process.communicate("\n", timeout=30)
