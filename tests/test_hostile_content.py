"""Hostile content folders: every one gives ``path:line: message`` and exit status 1 from ``tiphandbook check``,
never a traceback, a hang, or a file read from outside the content folder."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import REPO_ROOT
from tiphandbook.cli import main
from tiphandbook.core.content import load_library

ALPHA = "handbook/part-one/01-alpha.en.md"
BOOK = "handbook/book.yaml"
LONG_NUMBER = "7" * 5000  # more digits than Python converts to an int


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _alias_bomb(levels: int) -> str:
    """Front-matter lines where each alias list repeats the previous one 9 times: 9**levels values once expanded."""
    lines = ['l0: &l0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def _check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["check", "--content", str(root)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.mark.parametrize(("relative", "old", "new", "expected"), [
    (BOOK, "parts:", f"edition: {LONG_NUMBER}\nparts:", f"{BOOK}:3: malformed YAML: a number too long to be read"),
    (ALPHA, "summary:", f"edition: {LONG_NUMBER}\nsummary:", f"{ALPHA}:4: malformed YAML: a number too long to be read"),
    (ALPHA, "summary:", "title: Another title\nsummary:", f"{ALPHA}:4: duplicate key 'title'"),
    (BOOK, "parts:", "title: {en: Again}\nparts:", f"{BOOK}:3: duplicate key 'title'"),
    (ALPHA, "summary:", _alias_bomb(4) + "summary:", f"{ALPHA}:4: YAML aliases (*name) are not allowed"),
    (ALPHA, "summary:", "deep: " + "[" * 60 + "]" * 60 + "\nsummary:", f"{ALPHA}:4: nested more than 50 levels deep"),
])
def test_unreadable_yaml_is_an_error_on_its_line(content: Path, capsys: pytest.CaptureFixture[str],
                                                 relative: str, old: str, new: str, expected: str) -> None:
    _edit(content, relative, old, new)
    status, output = _check(content, capsys)
    assert status == 1 and expected in output and "Traceback" not in output


def test_a_part_folder_outside_the_content_root_is_an_error_and_is_not_read(content: Path, tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "outside"
    (outside / "secret").mkdir(parents=True)
    (outside / "secret" / "part.yaml").write_text("id: secret\ntitle: {en: Secret}\n", encoding="utf-8")
    (outside / "secret" / "01-leak.en.md").write_text(
        (content / "handbook/part-one/02-beta.en.md").read_text(encoding="utf-8").replace("id: beta", "id: leak"),
        encoding="utf-8")
    _edit(content, BOOK, "parts: [part-one]", "parts: [part-one, ../../outside/secret, ..]")

    status, output = _check(content, capsys)

    assert status == 1
    assert f"{BOOK}:3: folder '../../outside/secret' must be the name of a folder beside this file" in output
    assert f"{BOOK}:3: folder '..' must be the name of a folder beside this file" in output
    assert ("leak", "en") not in load_library(content).documents


def test_a_chapter_symlinked_to_a_file_outside_the_content_root_is_not_read(content: Path, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.en.md"
    secret.write_text((content / ALPHA).read_text(encoding="utf-8").replace("id: alpha", "id: secret"), encoding="utf-8")
    (content / "handbook/part-one/03-secret.en.md").symlink_to(secret)
    status, output = _check(content, capsys)
    assert status == 1 and "handbook/part-one/03-secret.en.md:0: leads outside the content folder" in output
    assert ("secret", "en") not in load_library(content).documents


def _check_in_subprocess(root: Path) -> subprocess.CompletedProcess[str]:
    """The checker in its own process, with 1 GB of memory at most: a hang or a runaway read fails the test."""
    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([sys.executable, "-m", "tiphandbook.cli", "check", "--content", str(root)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120, preexec_fn=limit_memory, check=False)


def test_a_fifo_and_a_link_to_dev_zero_are_not_read(content: Path) -> None:
    os.mkfifo(content / "handbook/part-one/03-pipe.en.md")
    (content / "handbook/part-one/04-zero.en.md").symlink_to("/dev/zero")
    result = _check_in_subprocess(content)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "handbook/part-one/03-pipe.en.md:0: not read: not a regular file" in result.stdout
    zero = next(line for line in result.stdout.splitlines() if "handbook/part-one/04-zero.en.md:0: " in line)
    assert "not read" in zero  # it leads out of the content folder, and is not a regular file either


def test_a_file_over_the_size_cap_is_not_read(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with (content / "handbook/part-one/03-huge.en.md").open("wb") as huge:
        huge.truncate(5 * 1024 * 1024)  # sparse: no megabytes written
    status, output = _check(content, capsys)
    assert status == 1 and "handbook/part-one/03-huge.en.md:0: not read: 5,242,880 bytes, more than" in output


# -- images -------------------------------------------------------------------------------------------------------

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")  # 1x1 pixel


def _add_images(content: Path, tmp_path: Path) -> None:
    (content / "handbook/part-one/img").mkdir()
    (content / "handbook/part-one/img/map.png").write_bytes(PNG)
    (tmp_path / "outside.png").write_bytes(PNG)
    _edit(content, ALPHA, "Opening paragraph", "![the map](img/map.png) ![a file](passwd.png) "
          "![out](../../../outside.png) ![remote](https://tracker.example/pixel.png) ![bare](passwd)\n\nOpening paragraph")


def test_images_must_be_files_inside_the_content_root(content: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _add_images(content, tmp_path)
    status, output = _check(content, capsys)
    assert status == 1
    assert f"{ALPHA}:11: image 'passwd.png' not found" in output
    assert f"{ALPHA}:11: image '../../../outside.png' is outside the content folder" in output
    assert f"{ALPHA}:11: image 'https://tracker.example/pixel.png' is remote" in output
    assert f"{ALPHA}:11: image 'passwd' must be a relative path to a" in output
    assert "img/map.png" not in output


def test_only_content_images_reach_the_page(content: Path, tmp_path: Path) -> None:
    from tiphandbook.core.content.render import Renderer

    _add_images(content, tmp_path)
    library = load_library(content)
    html = Renderer(library).document(library.document("alpha", "en"), "en")
    assert '<img src="handbook/part-one/img/map.png" alt="the map"/>' in html
    assert html.count("<img") == 1 and "tracker.example" not in html and "passwd" not in html
    assert "remote" in html and "out" in html  # what is dropped leaves its alt text


def test_a_file_that_cannot_be_used_is_skipped_and_one_with_a_lesser_error_is_shown(content: Path) -> None:
    """As docs/content-format.md says: both are reported; only the unusable one is left out."""
    _edit(content, ALPHA, "[beta](beta)", "[gamma](gamma)")  # a broken link
    _edit(content, "handbook/part-one/02-beta.en.md", "title: Beta chapter", "title: [Beta")  # malformed YAML
    library = load_library(content)
    assert ("alpha", "en") in library.documents and ("beta", "en") not in library.documents
    assert {error.path.name for error in library.errors} >= {"01-alpha.en.md", "02-beta.en.md"}
