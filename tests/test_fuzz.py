"""Property-based fuzzing of what arrives from outside: content files (front matter and Markdown), packs, queries.

Whatever the input, the content loader reports problems as ContentError (never raises), the renderer lets no raw HTML,
script URL or remote image through, the pack verifier says PackError or accepts, and a query never raises and never
searches more than the caps allow. Each property runs a bounded number of examples (no example database is written)
so that the whole file adds seconds, not minutes, to the suite.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.paths import FIXTURE_CONTENT
from tests.helpers.pack_samples import TEST_KEY, trust_test_key
from tiphandbook.core.content import load_library
from tiphandbook.core.content.render import Renderer
from tiphandbook.core.content.yamlio import YamlError, parse_yaml
from tiphandbook.core.pack_signing import SIGNATURE, sign_manifest
from tiphandbook.core.packs import MANIFEST, PackError, build_pack, verify_pack
from tiphandbook.core.search import SearchIndex
from tiphandbook.core.search.query import MAX_CLAUSES, parse_query

FUZZ = settings(max_examples=120, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CHAPTER = "handbook/part-one/02-beta.en.md"

# YAML and Markdown made of the characters that matter to their parsers, so that examples hit structure, not noise.
yaml_text = st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#%@`,? \n\t0123456789.e+~<=") + ["\u202e", "\x00"]),
                    max_size=200)
markdown_text = st.lists(st.sampled_from(list("ab#*_[]()!<>:`|-=~\\/{}. \n") + [
    "<script>", "javascript:", "http://x.org/a.png", "../", "passwd", "::: law", ":::", "{#a}", "[^1]", "<img src=",
    "&lt;", "\x1b", "\u202e", "data:", "file:///etc/passwd"]), max_size=150).map("".join)


@pytest.fixture(scope="module")
def content_copy() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "content"
        shutil.copytree(FIXTURE_CONTENT, root)
        yield root


@FUZZ
@given(text=yaml_text, first_line=st.integers(min_value=1, max_value=1000))
def test_yaml_parses_or_says_which_line_is_wrong(text: str, first_line: int) -> None:
    try:
        parse_yaml(text, first_line)
    except YamlError as exc:
        assert exc.line >= first_line - 1 and exc.message


@FUZZ
@given(meta=yaml_text, body=markdown_text)
def test_any_chapter_loads_with_errors_never_an_exception(content_copy: Path, meta: str, body: str) -> None:
    (content_copy / CHAPTER).write_text(f"---\nid: beta\ntitle: Beta\n{meta}\n---\n{body}", encoding="utf-8")
    library = load_library(content_copy)  # raises nothing, whatever the file says
    assert all(error.path.is_relative_to(content_copy) and error.message for error in library.errors)
    doc = library.document("beta", "en")
    if doc is not None:
        html = Renderer(library).document(doc, "en").lower()
        assert "<script" not in html
        for attribute, value in re.findall(r'(href|src)="([^"]*)"', html):
            if attribute == "src":  # only a file inside the content folder, named relative to it
                assert ":" not in value and not value.startswith(("/", ".")), value
            else:
                assert value.startswith(("#", "doc:", "quiz:", "case:", "http:", "https:", "mailto:")), value


@pytest.fixture(scope="module")
def signed_pack() -> Iterator[bytes]:
    with tempfile.TemporaryDirectory() as folder:
        pack = Path(folder) / "pack.zip"
        build_pack(FIXTURE_CONTENT, pack, "fuzz", "1", TEST_KEY)
        yield pack.read_bytes()


def _verify(data: bytes, folder: Path) -> None:
    pack = folder / "fuzzed.zip"
    pack.write_bytes(data)
    try:
        verify_pack(pack)
    except PackError as exc:
        assert str(exc)


@FUZZ
@given(data=st.data())
def test_a_damaged_pack_is_refused_with_a_reason_or_verified(signed_pack: bytes, tmp_path: Path, data: st.DataObject) -> None:
    trust_test_key()
    damaged = bytearray(signed_pack)
    for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
        damaged[data.draw(st.integers(min_value=0, max_value=len(damaged) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(min_value=len(damaged) // 2, max_value=len(damaged)))
    _verify(bytes(damaged[:cut]), tmp_path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20)


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(["format", "id", "version", "languages", "files", "other"]), json_values))
def test_any_signed_manifest_is_refused_with_a_reason_or_verified(signed_pack: bytes, tmp_path: Path, fields: dict) -> None:
    trust_test_key()
    manifest = json.dumps({"format": 1, "id": "fuzz", "version": "1", **fields}).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(signed_pack)) as source, zipfile.ZipFile(out, "w") as target:
        target.writestr(MANIFEST, manifest)
        target.writestr(SIGNATURE, sign_manifest(manifest, TEST_KEY))
        for name in source.namelist():
            if name not in (MANIFEST, SIGNATURE):
                target.writestr(name, source.read(name))
    _verify(out.getvalue(), tmp_path)


@pytest.fixture(scope="module")
def index() -> Iterator[SearchIndex]:
    with tempfile.TemporaryDirectory() as folder:
        search_index = SearchIndex(Path(folder))
        search_index.open_or_build(load_library(FIXTURE_CONTENT))
        yield search_index
        search_index.close()


query_text = st.lists(st.sampled_from(list('ab "«»-()*?~^:\\') + [
    "OR ", "NOT ", "AND ", "ИЛИ ", "zanzibar ", "alpha ", "every ", "\u202e", "\x00", "ʻ"]), max_size=200).map("".join)


@FUZZ
@given(text=query_text, lang=st.sampled_from(["en", "ru", "uz", "all"]))
def test_any_query_is_answered_within_the_caps(index: SearchIndex, text: str, lang: str) -> None:
    parsed = parse_query(text)
    assert len(parsed.clauses()) + len(parsed.excluded) <= MAX_CLAUSES
    assert len(parsed.required) == len({frozenset((c.text.casefold(), c.phrase) for c in o) for o in parsed.required})
    index.search(text, lang)  # raises nothing
