"""Rules of the architecture that a refactoring must not break: the Qt-free core and no network access."""

from __future__ import annotations

import os
import pkgutil
import re
import socket
import subprocess
import sys

import pytest

import tiphandbook.core
from tests.helpers.paths import FIXTURE_CONTENT, REPO_ROOT

PACKAGE = REPO_ROOT / "tiphandbook"


def _core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(tiphandbook.core.__path__, "tiphandbook.core.")]


def test_every_core_module_imports_without_qt() -> None:
    modules = _core_modules()
    assert "tiphandbook.core.content.loader" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "import tiphandbook.cli\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


NETWORK_IMPORT = re.compile(r"^\s*(from|import)\s+(socket|ssl|http\.client|urllib\.request|requests|httpx|aiohttp|ftplib|smtplib|PySide6\.QtNetwork)\b", re.M)


def test_no_module_imports_a_network_library() -> None:
    offenders = [str(p.relative_to(REPO_ROOT)) for p in PACKAGE.rglob("*.py") if NETWORK_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_loading_checking_and_rendering_open_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the core end to end with every way of opening a connection booby-trapped."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from tiphandbook.cli import main
    from tiphandbook.core.content import load_library
    from tiphandbook.core.content.render import Renderer

    library = load_library(REPO_ROOT)
    renderer = Renderer(library)
    for doc in library.documents.values():
        renderer.document(doc, doc.lang)
    assert main(["check", "--content", str(FIXTURE_CONTENT)]) == 0
    assert attempts == []


def test_showing_the_window_loads_no_heavy_library() -> None:
    """Start-up must not wait for the search engine, the crypto library or the Markdown parser: they load on use."""
    script = (
        "import os, sys, tempfile\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "os.environ['TIPHANDBOOK_HOME'] = tempfile.mkdtemp()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from tiphandbook.core.paths import UserDirs, bundled_root\n"
        "from tiphandbook.ui.shell.app import create_main_window\n"
        "window, _ = create_main_window(bundled_root(), UserDirs.resolve())\n"
        "window.show(); app.processEvents()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'cryptography', 'markdown_it', 'Stemmer', 'rapidfuzz'))\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]


def test_the_import_contracts_hold() -> None:
    """The layers and the Qt wall in pyproject.toml ([tool.importlinter]): a feature importing another, the store
    importing a feature, or core importing the UI fails here, as in .ci/run."""
    pytest.importorskip("importlinter")
    script = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
