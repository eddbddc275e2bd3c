"""``tiphandbook search``: text and JSON output, filters, exit status; the index goes to the (isolated) cache."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from tiphandbook.core.paths import UserDirs
from tiphandbook.cli.search import add_search_command

SEARCH_CONTENT = Path(__file__).parent / "fixtures" / "search"


def search(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="tiphandbook")
    add_search_command(parser.add_subparsers())
    args = parser.parse_args(["search", *argv, "--content", str(SEARCH_CONTENT)])
    return int(args.func(args))


def test_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert search("vulnerability", "--json") == 0
    lines = capsys.readouterr().out.splitlines()
    first = json.loads(lines[0])
    assert (first["id"], first["anchor"], first["kind"]) == ("definition", "means", "handbook")
    assert "<b>vulnerability</b>" in first["snippet"] and first["breadcrumb"][0] == "A. The law"
    assert list(UserDirs.resolve().cache.glob("search-*/manifest.json"))  # under TIPHANDBOOK_HOME


def test_text_output_language_kind_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert search("жабрланувчининг", "--lang", "uz") == 0
    out = capsys.readouterr().out
    assert out.startswith("definition#consent  Rozilik ahamiyatga ega emas\n") and "<b>" not in out
    assert search("passport", "--kind", "checklist", "--kind", "quiz", "--limit", "5", "--json") == 0
    kinds = {json.loads(line)["kind"] for line in capsys.readouterr().out.splitlines()}
    assert kinds == {"checklist", "quiz"}
    assert search("trafficking", "--limit", "2", "--json") == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_no_hits_and_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    assert search("qwxzzv") == 1
    assert search("zanzibra") == 0
    assert "did you mean: zanzibar" in capsys.readouterr().err


def test_not_a_content_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="tiphandbook")
    add_search_command(parser.add_subparsers())
    args = parser.parse_args(["search", "x", "--content", str(tmp_path)])
    assert args.func(args) == 2
    assert "no handbook/ folder" in capsys.readouterr().err


def test_a_query_in_another_language_names_where_it_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert search("вербовка") == 1
    assert "sections that match in other languages: " in capsys.readouterr().err
    assert search("вербовка", "--lang", "all") == 0


def test_control_characters_from_the_content_never_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content"
    shutil.copytree(SEARCH_CONTENT, content)
    chapter = content / "handbook" / "a-law" / "01-definition.en.md"
    hostile = "\x1b]0;owned\x07\x1b[2J\u202etext reversed"  # retitle the terminal, clear it, reverse the rest
    text = chapter.read_text(encoding="utf-8").replace("title: The definition of trafficking",
                                                        'title: "The definition \\e]0;owned\\a\\e[2J\\u202Etext reversed"')
    chapter.write_text(text.replace("\n## ", f"\n{hostile} quetzalcoatlus\n\n## ", 1), encoding="utf-8")
    parser = argparse.ArgumentParser(prog="tiphandbook")
    add_search_command(parser.add_subparsers())
    for extra in ([], ["--json"]):
        args = parser.parse_args(["search", "quetzalcoatlus", "--content", str(content), *extra])
        assert args.func(args) == 0
        out = capsys.readouterr().out
        assert "text reversed" in out and not any(c in out for c in "\x1b\x07\u202e")


def test_a_query_too_long_is_searched_in_part_and_the_rest_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert search("every " * 1000 + "vulnerability") in (0, 1)
    assert "query too long: not searched: " in capsys.readouterr().err
