"""Hostile content folders and packs against one code tree: which are refused, accepted, crash or hang.

Each input is built here from the test fixture content (nothing hostile is committed) and run in its own process
with a time limit (``--timeout``, default 20 s: "hung") and a memory limit (2 GB: exhausting it is "crashed"):
content folders through ``tiphandbook check``, packs through the install the app's menu runs (verify, install, load
the installed content). A traceback or a signal is "crashed"; a pack that writes outside the packs folder or destroys
the installed content is flagged. Run it on this tree and on another (``--code DIR``, e.g. an export of main) to
compare before and after:

    python benchmarks/hostile_inputs.py
    git archive main | tar -x -C /tmp/main && python benchmarks/hostile_inputs.py --code /tmp/main
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIXTURE = HERE / "tests" / "fixtures" / "content"
CHAPTER = "handbook/part-one/02-beta.en.md"
BOOK = "handbook/book.yaml"

INSTALL = """
import sys
from pathlib import Path
try:
    from tiphandbook.core.pack_install import install_pack
except ImportError:
    from tiphandbook.core.packs import install_pack
from tiphandbook.core.packs import PackError
from tiphandbook.core.content.loader import load_library
try:
    library = load_library(install_pack(Path(sys.argv[1]), Path(sys.argv[2])))
except (PackError, OSError) as exc:
    print("REFUSED", exc)
    sys.exit(1)
print("ACCEPTED", len(library.documents))
"""


def _bomb(levels: int) -> str:
    lines = ['l0: &l0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


CONTENT_CASES = {
    "alias bomb 9^8 in a chapter": lambda r: _edit(r, CHAPTER, "summary:", _bomb(8) + "summary:"),
    "alias bomb 9^8 in book.yaml": lambda r: _edit(r, BOOK, "parts:", _bomb(8) + "parts:"),
    "recursive alias": lambda r: _edit(r, CHAPTER, "summary:", "loop: &a [*a]\nsummary:"),
    "merge key alias": lambda r: _edit(r, CHAPTER, "summary:", "base: &b {x: 1}\nmore: {<<: *b}\nsummary:"),
    "5,000-digit number in a chapter": lambda r: _edit(r, CHAPTER, "summary:", "n: " + "7" * 5000 + "\nsummary:"),
    "5,000-digit number in book.yaml": lambda r: _edit(r, BOOK, "parts:", "n: " + "7" * 5000 + "\nparts:"),
    "duplicated key": lambda r: _edit(r, CHAPTER, "summary:", "title: Again\nsummary:"),
    "100,000-deep YAML": lambda r: _edit(r, CHAPTER, "summary:", "d: " + "[" * 100000 + "]" * 100000 + "\nsummary:"),
    "FIFO named as a chapter": lambda r: os.mkfifo(r / "handbook/part-one/03-pipe.en.md"),
    "symlink to /dev/zero": lambda r: (r / "handbook/part-one/03-zero.en.md").symlink_to("/dev/zero"),
    "50 MB chapter (sparse)": lambda r: os.truncate((r / CHAPTER).open("ab").name, 50 * 1024 * 1024),
    "part folder ../../outside": lambda r: _edit(r, BOOK, "parts: [part-one]", "parts: [part-one, ../../outside]"),
    "part folder absolute path": lambda r: _edit(r, BOOK, "parts: [part-one]", "parts: [part-one, /etc]"),
    "chapter symlinked outside": lambda r: (r / "handbook/part-one/03-out.en.md").symlink_to(r.parent / "outside/x.en.md"),
    "image ![](passwd)": lambda r: _edit(r, CHAPTER, "## Overview", "![x](passwd)\n\n## Overview"),
    "image ../../outside.png": lambda r: _edit(r, CHAPTER, "## Overview", "![x](../../../outside.png)\n\n## Overview"),
    "remote image": lambda r: _edit(r, CHAPTER, "## Overview", "![x](http://tracker.example/p.png)\n\n## Overview"),
    "raw <script>": lambda r: _edit(r, CHAPTER, "## Overview", "<script>alert(1)</script>\n\n## Overview"),
    "javascript: link": lambda r: _edit(r, CHAPTER, "## Overview", "[x](javascript:alert(1))\n\n## Overview"),
    "not UTF-8": lambda r: (r / CHAPTER).write_bytes(b"---\nid: beta\xff\xfe\n---\n"),
    "binary garbage": lambda r: (r / CHAPTER).write_bytes(bytes(range(256)) * 40),
    "front matter not closed": lambda r: _edit(r, CHAPTER, "\n---\n", "\n"),
    "book.yaml is a list": lambda r: (r / BOOK).write_text("- a\n- b\n", encoding="utf-8"),
    "parts is a number": lambda r: _edit(r, BOOK, "parts: [part-one]", "parts: 5"),
    "title with non-text keys": lambda r: _edit(r, BOOK, "title: {en:", "title: {[1, 2]: x, en:"),
    "NUL byte in YAML": lambda r: _edit(r, CHAPTER, "summary:", "x: \"\x00\"\nsummary:"),
    "directory named like a chapter": lambda r: (r / "handbook/part-one/03-dir.en.md").mkdir(),
}


def _run(code: Path, argv: list[str], home: Path, timeout: float, about: tuple[str, ...] = ()) -> tuple[str, str]:
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    env = {**os.environ, "TIPHANDBOOK_HOME": str(home), "PYTHONPATH": str(code)}
    try:
        done = subprocess.run([sys.executable, *argv], cwd=code, env=env, capture_output=True, text=True,
                              timeout=timeout, preexec_fn=limits, check=False)
    except subprocess.TimeoutExpired:
        return "hung", ""
    output = done.stdout + done.stderr
    if done.returncode < 0 or "Traceback" in output or "MemoryError" in output:
        return "crashed", output.strip().splitlines()[-1][:90] if output.strip() else f"signal {-done.returncode}"
    if done.returncode == 0:
        return "accepted", ""
    lines = [line for line in output.splitlines() if line.strip()]
    first = next((line for line in lines if any(name in line for name in about)), lines[0] if lines else "")
    return "refused", first[-90:]


def content_cases(code: Path, work: Path, timeout: float) -> list[tuple[str, str, str]]:
    rows = []
    for name, make in CONTENT_CASES.items():
        case = work / name.replace("/", "_").replace(" ", "-")
        root = case / "content"
        shutil.copytree(FIXTURE, root)
        (case / "outside").mkdir()
        (case / "outside" / "x.en.md").write_text((FIXTURE / CHAPTER).read_text().replace("id: beta", "id: stolen"))
        make(root)
        verdict, detail = _run(code, ["-m", "tiphandbook.cli", "check", "--content", str(root)], case / "home", timeout,
                               about=("02-beta", "book.yaml", "/03-"))
        rows.append((name, verdict, detail))
    return rows


# -- packs ---------------------------------------------------------------------------------------------------------

def _members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: dict[str, bytes], signer) -> Path:  # noqa: ANN001
    members = {n: d for n, d in members.items() if n != "manifest.sig"}
    if signer is not None and "manifest.json" in members:
        members["manifest.sig"] = signer(members["manifest.json"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _manifest(members: dict[str, bytes], **changes: object) -> dict[str, bytes]:
    manifest = json.loads(members["manifest.json"])
    manifest.update(changes)
    return {**members, "manifest.json": json.dumps(manifest).encode()}


def _patch(path: Path, name: str, method: int | None = None, flags: int = 0, garble: bool = False) -> Path:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    for offset, at in ((info.header_offset, 8), (central, 10)):
        if method is not None:
            data[offset + at:offset + at + 2] = method.to_bytes(2, "little")
        data[offset + at - 2] |= flags
    if garble:
        local = info.header_offset
        start = local + 30 + int.from_bytes(data[local + 26:local + 28], "little") + int.from_bytes(data[local + 28:local + 30], "little")
        data[start:start + info.compress_size] = b"\xff" * info.compress_size
    path.write_bytes(bytes(data))
    return path


def _outside_the_home(case: Path, home: Path) -> dict[str, bytes]:
    """Every file and folder of the case but the user's folders, with the files' bytes."""
    return {str(p): (p.read_bytes() if p.is_file() else b"/") for p in case.rglob("*")
            if not p.is_relative_to(home) and not p.is_symlink()}


def _junk(path: Path) -> Path:
    path.write_bytes(b"junk" * 100)
    return path


def pack_cases(code: Path, work: Path, timeout: float) -> list[tuple[str, str, str]]:
    signed = (code / "tiphandbook/core/pack_signing.py").exists()
    sys.path.insert(0, str(code))
    from tiphandbook.core.packs import build_pack  # noqa: PLC0415 - the code tree under test

    signer = key = None
    if signed:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

        from tiphandbook.core.pack_signing import public_key_line, sign_manifest  # noqa: PLC0415
        key = Ed25519PrivateKey.generate()
        signer = lambda manifest: sign_manifest(manifest, key)  # noqa: E731
    good = work / "good.zip"
    build_pack(FIXTURE, good, "field-guide", "1", *([key] if signed else []))
    base = _members(good)
    empty = {n: d for n, d in base.items() if n.endswith((".yaml", ".json"))}

    def bigger(count: int) -> dict[str, bytes]:
        files = {f"handbook/part-one/e{n}.txt": b"" for n in range(count)}
        manifest = json.loads(base["manifest.json"])
        manifest["files"].update({n: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" for n in files})
        return {**base, **files, "manifest.json": json.dumps(manifest).encode()}

    cases = {
        "id is an absolute path": lambda case: _write(case / "p.zip", _manifest(base, id=str(case / "outside")), signer),
        "id ../../../../outside": lambda case: _write(case / "p.zip", _manifest(base, id="../../../../outside"), signer),
        "version ../../x": lambda case: _write(case / "p.zip", _manifest(base, version="../../x"), signer),
        "id ..": lambda case: _write(case / "p.zip", _manifest(base, id=".."), signer),
        "same id and version, no documents": lambda case: _write(case / "p.zip", _manifest(
            empty, files={n: d for n, d in json.loads(base["manifest.json"])["files"].items() if n.endswith(".yaml")}), signer),
        "encrypted entry": lambda case: _patch(_write(case / "p.zip", base, signer), CHAPTER, flags=1),
        "compression method 9": lambda case: _patch(_write(case / "p.zip", base, signer), CHAPTER, method=9),
        "corrupt deflate stream": lambda case: _patch(_write(case / "p.zip", base, signer), CHAPTER, garble=True),
        "languages: 5": lambda case: _write(case / "p.zip", _manifest(base, languages=5), signer),
        "100,000-deep manifest": lambda case: _write(case / "p.zip", {**base, "manifest.json": b"[" * 100000 + b"]" * 100000}, signer),
        "5,000-digit number in manifest": lambda case: _write(case / "p.zip", {**base, "manifest.json": base["manifest.json"].replace(b'"format": 1', b'"format": ' + b"7" * 5000)}, signer),
        "1 GB manifest (1 MB zipped)": lambda case: _write(case / "p.zip", {**base, "manifest.json": base["manifest.json"] + b" " * (1 << 30)}, signer),
        "200,000 empty entries": lambda case: _write(case / "p.zip", bigger(200_000), signer),
        "unsigned": lambda case: _write(case / "p.zip", base, None),
        "signed, then altered": lambda case: _write(case / "p.zip", {**_manifest(base, version="2"), **({"manifest.sig": signer(base["manifest.json"])} if signer else {})}, None),
        "zip-slip member": lambda case: _write(case / "p.zip", {**base, "../evil.txt": b"x"}, signer),
        "manifest lists ../evil": lambda case: _write(case / "p.zip", _manifest(base, files={**json.loads(base["manifest.json"])["files"], "../evil": "0" * 64}), signer),
        "one byte changed": lambda case: _write(case / "p.zip", {**base, CHAPTER: base[CHAPTER] + b" "}, signer),
        "not a zip": lambda case: _junk(case / "p.zip"),
        "no manifest": lambda case: _write(case / "p.zip", {n: d for n, d in base.items() if n != "manifest.json"}, signer),
    }
    rows = []
    for name, make in cases.items():
        case = work / ("pack-" + name.replace("/", "_").replace(" ", "-"))
        packs = case / "a" / "b" / "home" / "data" / "content-packs"
        (case / "outside").mkdir(parents=True)
        (case / "outside" / "precious.txt").write_text("the user's own file")
        home = case / "a" / "b" / "home"
        if signed:
            (home / "config" / "trusted-keys").mkdir(parents=True)
            (home / "config" / "trusted-keys" / "k.pub").write_text(public_key_line(key.public_key(), "k"))
        pack = make(case)
        first = _run(code, ["-c", INSTALL, str(good), str(packs)], home, timeout)  # the content in use
        assert first[0] == "accepted", first
        before = _outside_the_home(case, home)
        verdict, detail = _run(code, ["-c", INSTALL, str(pack), str(packs)], home, timeout)
        harm = []
        if _outside_the_home(case, home) != before:
            harm.append("WROTE OR REMOVED OUTSIDE THE PACKS FOLDER")
        if not (packs / "field-guide-1" / CHAPTER).is_file():
            harm.append("CONTENT IN USE DESTROYED")
        rows.append((name, verdict, "; ".join(harm) or detail))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code", type=Path, default=HERE, help="the code tree to test (default: this one)")
    parser.add_argument("--timeout", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = [("content", *row) for row in content_cases(args.code.resolve(), Path(folder), args.timeout)]
        rows += [("pack", *row) for row in pack_cases(args.code.resolve(), Path(folder), args.timeout)]
    for kind, name, verdict, detail in rows:
        print(f"{kind:8} {name:38} {verdict:9} {detail}")
    for kind in ("content", "pack"):
        counts = Counter(verdict for k, _, verdict, _ in rows if k == kind)
        print(f"{kind}: {sum(counts.values())} tried: " + ", ".join(f"{v} {counts[v]}" for v in ("refused", "accepted", "crashed", "hung")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
