"""Content packs: built, verified byte for byte, refused when altered, installed atomically."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.helpers.pack_samples import patch_member, rewrite, snapshot, trust_test_key, with_manifest, without_documents, write_test_key
from tests.helpers.paths import REPO_ROOT
from tiphandbook.cli import main
from tiphandbook.core.content import load_library
from tiphandbook.core.pack_install import check_free_space, install_pack, installed_packs
from tiphandbook.core.packs import MAX_ENTRIES, MAX_MANIFEST_BYTES, MAX_TOTAL_BYTES, PackError, verify_pack


@pytest.fixture
def key(tmp_path: Path) -> Path:
    """The test's signing key, trusted by the test's user config."""
    trust_test_key()
    return write_test_key(tmp_path / "signing.key")


@pytest.fixture
def pack(content: Path, tmp_path: Path, key: Path) -> Path:
    output = tmp_path / "pack.zip"
    assert main(["pack", "build", str(content), "-o", str(output), "--id", "test-pack", "--version", "2",
                 "--sign", str(key)]) == 0
    return output


def _rewrite(pack: Path, change) -> Path:  # noqa: ANN001
    return rewrite(pack, pack.with_name("altered.zip"), change)


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


# -- hostile ids and versions, installs that are refused or interrupted ----------------------------------------

@pytest.mark.parametrize(("field", "value"), [
    ("id", "ABSOLUTE"), ("id", "../../../../outside/x"), ("id", ".."), ("id", ".hidden"), ("id", "a/b"),
    ("id", "a\\b"), ("id", ""), ("id", 7), ("version", "../x"), ("version", "ABSOLUTE"), ("id", "x" * 65),
])
def test_an_id_or_version_that_is_not_a_plain_name_is_refused_and_nothing_outside_the_packs_folder_changes(
        pack: Path, tmp_path: Path, field: str, value: object) -> None:
    victim = tmp_path / "outside" / "x"
    victim.mkdir(parents=True)
    (victim / "precious.txt").write_text("the user's own file")
    before = snapshot(tmp_path / "outside")
    if value == "ABSOLUTE":
        value = str(victim)
    hostile = with_manifest(pack, tmp_path / "hostile.zip", lambda m: m.__setitem__(field, value))
    packs = tmp_path / "a" / "b" / "c" / "d" / "packs"  # deep enough for the ../ to reach tmp_path/outside

    with pytest.raises(PackError, match="not a plain name"):
        verify_pack(hostile)
    with pytest.raises(PackError, match="not a plain name"):
        install_pack(hostile, packs)
    assert main(["pack", "verify", str(hostile)]) == 1
    assert snapshot(tmp_path / "outside") == before
    assert not packs.exists() or list(packs.iterdir()) == []


def test_a_pack_is_not_built_with_an_id_that_is_not_a_plain_name(content: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "build", str(content), "-o", str(tmp_path / "p.zip"), "--id", "../x"]) == 1
    assert "not a plain name" in capsys.readouterr().err and not (tmp_path / "p.zip").exists()


def test_a_refused_pack_with_the_same_id_and_version_leaves_the_installed_content_exactly_as_it_was(
        pack: Path, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    installed = install_pack(pack, packs)
    before = snapshot(installed)
    empty = without_documents(pack, tmp_path / "empty.zip")
    assert verify_pack(empty).folder_name == installed.name  # intact: refused only once its content is judged

    with pytest.raises(PackError, match="no chapter or module"):
        install_pack(empty, packs)

    assert snapshot(installed) == before and len(load_library(installed).documents) > 0
    assert [p.name for p in packs.iterdir()] == [installed.name]  # no staging folder left


def test_an_install_killed_half_way_leaves_the_installed_content_exactly_as_it_was(
        pack: Path, content: Path, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    installed = install_pack(pack, packs)
    before = snapshot(installed)
    for number in range(1500):  # enough files that unpacking takes a while
        (content / "handbook" / "part-one" / f"extra-{number}.txt").write_text("padding " * 50)
    (content / "handbook" / "part-one" / "02-beta.en.md").write_text("changed", encoding="utf-8")
    bigger = tmp_path / "bigger.zip"
    assert main(["pack", "build", str(content), "-o", str(bigger), "--id", "test-pack", "--version", "2",
                 "--sign", str(tmp_path / "signing.key")]) == 0

    script = "import sys; from pathlib import Path; from tiphandbook.core.pack_install import install_pack; " \
             "install_pack(Path(sys.argv[1]), Path(sys.argv[2]))"
    process = subprocess.Popen([sys.executable, "-c", script, str(bigger), str(packs)], cwd=REPO_ROOT)
    try:
        while process.poll() is None and not any(p.name.startswith(".installing-") for p in packs.iterdir()):
            time.sleep(0.002)  # poll until the unpacking has started
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL  # killed, not finished

    assert snapshot(installed) == before
    assert [p.name for p in installed_packs(packs)] == [installed.name]  # the staging folder is tidied away
    assert [p.name for p in packs.iterdir()] == [installed.name]
    install_pack(bigger, packs)  # and the next install goes through
    assert (installed / "handbook" / "part-one" / "02-beta.en.md").read_text(encoding="utf-8") == "changed"


# -- packs that made the reading code raise something else than PackError --------------------------------------

BETA = "handbook/part-one/02-beta.en.md"
HOSTILE_PACKS = {
    "encrypted entry": (lambda p, o: patch_member(p, o, BETA, flags=0x1), "02-beta.en.md cannot be read"),
    "compression method 9": (lambda p, o: patch_member(p, o, BETA, method=9), "02-beta.en.md cannot be read"),
    "corrupt deflate stream": (lambda p, o: patch_member(p, o, BETA, garble=True), "02-beta.en.md cannot be read"),
    "languages is a number": (lambda p, o: with_manifest(p, o, lambda m: m.__setitem__("languages", 5)),
                              "languages must be a list"),
    "100,000-deep manifest": (lambda p, o: rewrite(p, o, lambda n, d: b"[" * 100_000 + b"]" * 100_000 if n == "manifest.json" else d),
                              "nested too deeply"),
    "manifest too large": (lambda p, o: rewrite(p, o, lambda n, d: d + b" " * MAX_MANIFEST_BYTES if n == "manifest.json" else d),
                           "manifest.json is"),
    "a 5,000-digit number in the manifest": (
        lambda p, o: rewrite(p, o, lambda n, d: d.replace(b'"format": 1', b'"format": ' + b"7" * 5000)),
        "manifest.json is damaged"),
}


@pytest.mark.parametrize("kind", list(HOSTILE_PACKS))
def test_a_crafted_pack_is_refused_with_a_reason_never_a_traceback(pack: Path, tmp_path: Path, kind: str,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    make, reason = HOSTILE_PACKS[kind]
    hostile = make(pack, tmp_path / "hostile.zip")
    with pytest.raises(PackError, match=reason):
        verify_pack(hostile)
    with pytest.raises(PackError, match=reason):
        install_pack(hostile, tmp_path / "packs")
    assert main(["pack", "verify", str(hostile)]) == 1
    assert "refused" in capsys.readouterr().err


# -- limits ------------------------------------------------------------------------------------------------------

def test_a_pack_with_more_entries_than_allowed_is_refused_before_anything_is_read(pack: Path, tmp_path: Path) -> None:
    crowded = rewrite(pack, tmp_path / "crowded.zip", lambda n, d: d)
    with zipfile.ZipFile(crowded, "a") as archive:
        for number in range(MAX_ENTRIES):
            archive.writestr(f"handbook/part-one/empty-{number}.txt", b"")
    with pytest.raises(PackError, match=f"more than {MAX_ENTRIES:,} entries"):
        install_pack(crowded, tmp_path / "packs")
    assert not (tmp_path / "packs").exists()


def test_a_pack_that_would_unpack_to_more_than_allowed_is_refused_with_the_sizes(pack: Path, tmp_path: Path) -> None:
    huge = patch_member(pack, tmp_path / "huge.zip", BETA, size=600 * 1024 * 1024)  # what its headers claim
    with pytest.raises(PackError, match=f"unpacks to 6.* bytes, more than the {MAX_TOTAL_BYTES:,}"):
        verify_pack(huge)


def test_an_install_needing_more_space_than_the_disk_has_is_refused(tmp_path: Path) -> None:
    free = shutil.disk_usage(tmp_path).free
    with pytest.raises(PackError, match="not enough free disk space"):
        check_free_space(tmp_path, free)
    check_free_space(tmp_path, 1000)


def test_a_folder_left_renamed_aside_by_a_killed_switch_is_put_back(pack: Path, tmp_path: Path) -> None:
    """Killed between its two renames, an install leaves the content in use as ``.replaced-NAME``: put back."""
    packs = tmp_path / "packs"
    installed = install_pack(pack, packs)
    before = snapshot(installed)
    installed.rename(packs / f".replaced-{installed.name}")
    (packs / ".installing-x1y2").mkdir()  # and the staging folder it was about to rename
    assert installed_packs(packs) == [installed]
    assert snapshot(installed) == before and [p.name for p in packs.iterdir()] == [installed.name]
