"""Shared fixtures. Every test runs with its user folders under tmp_path and Qt on the offscreen platform."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers.paths import FIXTURE_CONTENT
from tests.helpers.shipped import shipped_library
from tiphandbook.core.content.model import Library

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's user dirs (and XDG's) at tmp_path so no test reads or writes the real home directory."""
    home = tmp_path / "home"
    monkeypatch.setenv("TIPHANDBOOK_HOME", str(home / "tiphandbook"))
    monkeypatch.setenv("HOME", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    return home


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the small, valid fixture content."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


@pytest.fixture(scope="session")
def shipped() -> Library:
    """The shipped content, loaded once per run for the tests that only read it (a load takes most of a second)."""
    return shipped_library()
