"""``tiphandbook pack install / list / use-bundled``: what an administrator preparing laptops runs, with the same
checks as the app's menu, the choice remembered for the app's next start, and status 1 with the reason on refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.pack_samples import rewrite, snapshot, trust_test_key, write_test_key
from tiphandbook.cli import main
from tiphandbook.core.content_choice import chosen_content, packs_dir, user_settings
from tiphandbook.core.paths import UserDirs


@pytest.fixture
def pack(content: Path, tmp_path: Path) -> Path:
    trust_test_key()
    output = tmp_path / "usb" / "pack.zip"
    assert main(["pack", "build", str(content), "-o", str(output), "--id", "field-guide", "--version", "3",
                 "--sign", str(write_test_key(tmp_path / "signing.key"))]) == 0
    return output


def test_install_list_and_back_to_the_bundled_content(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["pack", "install", str(pack)]) == 0
    installed = packs_dir(UserDirs.resolve()) / "field-guide-3"
    assert str(installed) in capsys.readouterr().out
    assert chosen_content(user_settings(UserDirs.resolve())) == installed  # what the app opens next time

    assert main(["pack", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["  bundled content", f"* field-guide-3  {installed}"]

    assert main(["pack", "use-bundled"]) == 0
    assert chosen_content(user_settings(UserDirs.resolve())) is None
    main(["pack", "list"])
    assert capsys.readouterr().out.splitlines()[-2:] == ["* bundled content", f"  field-guide-3  {installed}"]


def test_a_refused_install_says_why_exits_1_and_changes_nothing(pack: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "install", str(pack)]) == 0
    installed = packs_dir(UserDirs.resolve()) / "field-guide-3"
    before = snapshot(installed)
    altered = rewrite(pack, tmp_path / "altered.zip", lambda n, d: d + b"\n" if n.endswith("02-beta.en.md") else d)
    capsys.readouterr()

    assert main(["pack", "install", str(altered)]) == 1

    assert f"{altered}: refused: handbook/part-one/02-beta.en.md does not match its SHA-256" in capsys.readouterr().err
    assert snapshot(installed) == before
    assert chosen_content(user_settings(UserDirs.resolve())) == installed
    assert main(["pack", "install", str(tmp_path / "no-such.zip")]) == 1
    assert "refused" in capsys.readouterr().err
