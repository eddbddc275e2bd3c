"""The interface translations are complete, consistent with the code, compiled, and keep their placeholders."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers.paths import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
OUR_FILES = sorted(TRANSLATIONS.glob("tiphandbook_*.ts"))
ALL_FILES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def qt_tool(name: str) -> str:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def messages(ts: Path) -> list[ET.Element]:
    return [m for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")]


def test_the_expected_languages_are_shipped() -> None:
    assert {p.stem for p in OUR_FILES} == {"tiphandbook_en", "tiphandbook_ru", "tiphandbook_uz-Latn", "tiphandbook_uz-Cyrl"}
    assert {p.stem for p in TRANSLATIONS.glob("qtbase_*.ts")} == {"qtbase_uz-Latn", "qtbase_uz-Cyrl"}


@pytest.mark.parametrize("ts", ALL_FILES, ids=lambda p: p.name)
def test_every_translation_is_finished(ts: Path, tmp_path: Path) -> None:
    result = subprocess.run([qt_tool("lrelease"), "-fail-on-unfinished", str(ts), "-qm", str(tmp_path / "x.qm")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("ts", ALL_FILES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts: Path) -> None:
    broken = []
    for message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            wanted = sorted(PLACEHOLDER.findall(source))
            got = sorted(PLACEHOLDER.findall(form))
            # a plural form may spell the number out ("one result") but must not invent or lose any other
            if [p for p in got if p != "%n"] != [p for p in wanted if p != "%n"] or ("%n" in got and "%n" not in wanted):
                broken.append(f"{source!r} -> {form!r}")
    assert broken == []


@pytest.mark.parametrize("ts", OUR_FILES, ids=lambda p: p.name)
def test_translation_files_match_the_code(ts: Path, tmp_path: Path) -> None:
    """A fresh pyside6-lupdate over the code finds exactly the messages the committed file has."""
    fresh = tmp_path / ts.name
    sources = sorted(str(p) for p in (REPO_ROOT / "tiphandbook" / "ui").rglob("*.py"))
    subprocess.run([qt_tool("lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def keys(path: Path) -> set[tuple[str, str]]:
        found = set()
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                if message.find("translation").get("type") not in ("vanished", "obsolete"):
                    found.add((name, message.findtext("source")))
        return found

    in_code, in_file = keys(fresh), keys(ts)
    assert in_code - in_file == set(), "strings missing from the .ts: run scripts/update-translations"
    assert in_file - in_code == set(), "strings no longer in the code: run scripts/update-translations"


@pytest.mark.parametrize("ts", ALL_FILES, ids=lambda p: p.name)
def test_compiled_files_are_current(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / "x.qm"
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True)
    assert ts.with_suffix(".qm").read_bytes() == compiled.read_bytes(), f"rebuild {ts.with_suffix('.qm').name}"


def _literal_texts(path: Path) -> list[tuple[int, str]]:
    """Every literal passed to ``tr(text)`` or ``translate(context, text)`` in a module, found by Python's own parser."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        position = {"tr": 0, "translate": 1}.get(node.func.attr)
        if position is None or len(node.args) <= position:
            continue
        argument = node.args[position]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            found.append((node.lineno, argument.value))
    return found


def test_lupdate_collected_every_string_the_code_translates() -> None:
    """pyside6-lupdate silently skips some calls (e.g. after certain f-strings); such a string would never be
    translated, so every literal the code passes to tr()/translate() must be in the .ts files."""
    in_ts = {m.findtext("source") for m in messages(TRANSLATIONS / "tiphandbook_ru.ts")}
    missing = [f"{path.name}:{line}: {text!r}"
               for path in sorted((REPO_ROOT / "tiphandbook" / "ui").rglob("*.py"))
               for line, text in _literal_texts(path) if text not in in_ts]
    assert missing == []
