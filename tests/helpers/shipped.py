"""The shipped content, loaded once per test run for the tests that only read it (a load takes most of a second)."""

from __future__ import annotations

from functools import cache

from tests.helpers.paths import REPO_ROOT
from tiphandbook.core.content import load_library
from tiphandbook.core.content.model import Library


@cache
def shipped_library() -> Library:
    return load_library(REPO_ROOT)
