"""Content packs: built, verified byte for byte, refused when altered, installed atomically."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.packs import PackError, install_pack, verify_pack


@pytest.fixture
def pack(content: Path, tmp_path: Path) -> Path:
    output = tmp_path / "pack.zip"
    assert main(["pack", "build", str(content), "-o", str(output), "--id", "test-pack", "--version", "2"]) == 0
    return output


def _rewrite(pack: Path, change) -> Path:  # noqa: ANN001
    """Copy a pack, passing each member through ``change(name, data) -> data | None`` (None drops it)."""
    altered = pack.with_name("altered.zip")
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(altered, "w") as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info.filename, data)
    return altered


def test_built_pack_verifies_and_lists_its_languages(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = verify_pack(pack)
    assert (manifest.id, manifest.version) == ("test-pack", "2")
    assert manifest.languages == ("en", "ru", "uz")
    assert "handbook/part-one/01-alpha.en.md" in manifest.files
    assert main(["pack", "verify", str(pack)]) == 0
    assert "intact" in capsys.readouterr().out


def test_one_changed_byte_is_refused(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def flip(name: str, data: bytes) -> bytes:
        if name == "handbook/part-one/02-beta.en.md":
            return data[:10] + bytes([data[10] ^ 1]) + data[11:]
        return data

    altered = _rewrite(pack, flip)
    with pytest.raises(PackError, match="02-beta.en.md does not match its SHA-256"):
        verify_pack(altered)
    assert main(["pack", "verify", str(altered)]) == 1
    assert "refused" in capsys.readouterr().err


@pytest.mark.parametrize(("change", "message"), [
    (lambda n, d: None if n == "manifest.json" else d, "no manifest.json"),
    (lambda n, d: b"{broken" if n == "manifest.json" else d, "manifest.json is damaged"),
    (lambda n, d: None if n.endswith("02-beta.en.md") else d, "missing: handbook/part-one/02-beta.en.md"),
])
def test_damaged_packs_are_refused_with_a_reason(pack: Path, change, message: str) -> None:  # noqa: ANN001
    with pytest.raises(PackError, match=message):
        verify_pack(_rewrite(pack, change))


def test_extra_and_escaping_files_are_refused(pack: Path) -> None:
    extra = _rewrite(pack, lambda n, d: d)
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("handbook/part-one/99-extra.en.md", "smuggled in")
    with pytest.raises(PackError, match="does not list"):
        verify_pack(extra)

    def escape(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["files"]["../outside.txt"] = "0" * 64
        return json.dumps(manifest).encode()

    with pytest.raises(PackError, match="outside the content folders"):
        verify_pack(_rewrite(pack, escape))


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(PackError, match="not a readable zip"):
        verify_pack(junk)


def test_installed_pack_loads_like_the_original(pack: Path, content: Path, tmp_path: Path) -> None:
    installed = install_pack(pack, tmp_path / "packs")
    assert installed.name == "test-pack-2"
    assert set(load_library(installed).documents) == set(load_library(content).documents)
    assert [p.name for p in (tmp_path / "packs").iterdir()] == ["test-pack-2"]  # no staging folder left


def test_a_refused_pack_installs_nothing(pack: Path, tmp_path: Path) -> None:
    altered = _rewrite(pack, lambda n, d: d + b" " if n.endswith(".yaml") else d)
    with pytest.raises(PackError):
        install_pack(altered, tmp_path / "packs")
    assert not (tmp_path / "packs").exists() or list((tmp_path / "packs").iterdir()) == []
