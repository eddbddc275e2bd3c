"""The command line as one package: every command group registered, one ``--content`` rule for all commands."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Iterator

import tiphandbook.cli
from tests.helpers.paths import REPO_ROOT
from tiphandbook import __version__
from tiphandbook.cli import COMMAND_GROUPS, build_parser


def _registrars() -> Iterator[object]:
    """Every ``add_..._command(s)`` function a module of the package defines."""
    for module in pkgutil.iter_modules(tiphandbook.cli.__path__, "tiphandbook.cli."):
        if module.name.endswith(".__main__"):  # runs the command line when imported
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if name.startswith("add_") and name.endswith(("_command", "_commands")) and value.__module__ == loaded.__name__:
                yield value


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:  # noqa: SLF001 - argparse lists sub-parsers nowhere else
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_command_module_is_registered() -> None:
    """Adding a command is a module with its ``add_..._command`` and one line in ``COMMAND_GROUPS``: not forgotten."""
    registrars = set(_registrars())
    assert len(registrars) >= 7
    assert registrars == set(COMMAND_GROUPS)


def test_no_command_overwrites_a_content_folder_given_before_it() -> None:
    """``tiphandbook --content DIR review export`` used to export the bundled content's boxes."""
    parsers = list(_parsers(build_parser()))[1:]  # the top level has the real default
    with_content = [p.prog for p in parsers if any("--content" in a.option_strings for a in p._actions)]  # noqa: SLF001
    assert {"tiphandbook check", "tiphandbook search", "tiphandbook quiz list", "tiphandbook review export"} <= set(with_content)
    for parser in parsers:
        for action in parser._actions:  # noqa: SLF001
            if "--content" in action.option_strings:
                assert action.default is argparse.SUPPRESS, parser.prog


def test_the_package_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "tiphandbook.cli", "--version"], capture_output=True, text=True,
                            cwd=REPO_ROOT, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"tiphandbook {__version__}", result.stderr
