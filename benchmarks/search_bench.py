"""Search benchmark: our Whoosh index against SQLite FTS5, same synthetic corpus and same queries, in one run.

The corpus is synthetic but shaped like the shipped content: every shipped document is copied ``scale`` times
with its headings, Markdown and line lengths kept and each word replaced by one drawn (fixed seed) from that
language's word frequencies in the shipped content. Both engines return 10 hits with highlighted snippets.
Query classes: single words, two words (AND), quoted phrases, two words typed letter by letter (every keystroke
is a query), and misspelt words (FTS5 has no fuzzy retry: it just finds nothing, so compare that row with care).

Timed: the full build until the index is searchable (at 1x the median of three builds: this machine's timings
vary by a fifth from run to run), the merge of the build workers' segments that follows in the background, one
changed chapter, and re-opening an up-to-date index. Queries run on the merged index, as the app has it.

    python benchmarks/search_bench.py                 # 1x, 10x, 100x: under 10 minutes on 2 cores
    python benchmarks/search_bench.py --scales 1,10   # quicker

A scale whose Whoosh build would take longer than ``--max-build`` seconds (estimated from the previous scale's
rate; it grows a little faster than the corpus) is skipped, and the run says so: at 100x of today's content the
Whoosh build alone, and even generating the corpus, would overrun the 10-minute budget of the whole run.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tiphandbook.core.content import load_library  # noqa: E402
from tiphandbook.core.content.model import Document, Library  # noqa: E402
from tiphandbook.core.paths import bundled_root  # noqa: E402
from tiphandbook.core.search import SearchIndex  # noqa: E402
from tiphandbook.core.search.query import parse_query  # noqa: E402
from tiphandbook.core.search.units import Unit, source_documents  # noqa: E402

SEED = 20261123
LIMIT = 10
FIRST_BUILDS = 3
WORD = re.compile(r"[^\W\d_]+(?:[ʻʼ'’][^\W\d_]+)*")
Query = tuple[str, str]  # (text, language)


# -- corpus ------------------------------------------------------------------------------------------------------
def vocabularies(library: Library) -> dict[str, tuple[list[str], list[int]]]:
    """Each language's words and how often the shipped content uses them."""
    counts: dict[str, Counter[str]] = {}
    for doc in library.documents.values():
        counts.setdefault(doc.lang, Counter()).update(WORD.findall(doc.body))
    return {lang: (list(c), list(c.values())) for lang, c in counts.items()}


def _resample(text: str, vocabulary: tuple[list[str], list[int]], rng: random.Random) -> str:
    words, weights = vocabulary
    picks = iter(rng.choices(words, weights, k=len(WORD.findall(text))))
    return WORD.sub(lambda _: next(picks), text)


def synthetic_library(shipped: Library, scale: int) -> Library:
    """``scale`` copies of every shipped document, headings and Markdown kept, words drawn at random."""
    rng = random.Random(SEED)
    vocab = vocabularies(shipped)
    documents: dict[tuple[str, str], Document] = {}
    for copy in range(scale):
        for (doc_id, lang), doc in shipped.documents.items():
            headings = {s.line - doc.body_line for s in doc.sections}
            lines = [
                line if number in headings else _resample(line, vocab[lang], rng)
                for number, line in enumerate(doc.body.splitlines())
            ]
            new_id = f"{doc_id}-{copy}"
            documents[(new_id, lang)] = dataclasses.replace(doc, id=new_id, body="\n".join(lines))
    checklists = {(f"{cid}-{c}", lang): dataclasses.replace(item, id=f"{cid}-{c}")
                  for c in range(scale) for (cid, lang), item in shipped.checklists.items()}
    quizzes = {(f"{qid}-{c}", lang): dataclasses.replace(item, id=f"{qid}-{c}")
               for c in range(scale) for (qid, lang), item in shipped.quizzes.items()}
    return dataclasses.replace(shipped, documents=documents, checklists=checklists, quizzes=quizzes, errors=[])


def changed_copy(library: Library) -> Library:
    """The library with one chapter edited, for the update timing."""
    key = next(k for k, d in library.documents.items() if d.kind == "chapter" and k[1] == "en")
    doc = library.documents[key]
    documents = dict(library.documents)
    documents[key] = dataclasses.replace(doc, body=doc.body + "\n\nOne more paragraph, edited.\n")
    return dataclasses.replace(library, documents=documents)


# -- queries -----------------------------------------------------------------------------------------------------
def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i + 1 :] if kind == "drop" else word[:i] + word[i] + word[i:]


def query_set(units: list[Unit]) -> dict[str, list[Query]]:
    """Queries taken from the corpus itself, so that most of them find something."""
    rng = random.Random(SEED + 1)
    sample = rng.sample(units, 60)
    words = [(w, u.lang) for u in sample for w in WORD.findall(u.text) if len(w) >= 5]
    rng.shuffle(words)
    pairs, phrases = [], []
    for unit in sample:
        found = [w for w in WORD.findall(unit.text) if len(w) >= 4]
        if len(found) >= 8:
            first = rng.randrange(len(found) - 3)
            pairs.append((f"{found[first]} {found[first + 3]}", unit.lang))
            phrases.append((f'"{found[first]} {found[first + 1]}"', unit.lang))
    typed = [(text[:end], lang) for text, lang in pairs[:8] for end in range(1, len(text) + 1)]
    long_words = [(w, lang) for w, lang in words if len(w) >= 7]
    return {
        "single word": [(w.lower(), lang) for w, lang in words[:40]],
        "two words (AND)": pairs[:40],
        '"phrase"': phrases[:30],
        "typed, per keystroke": typed,
        "misspelt word": [(_typo(w.lower(), rng), lang) for w, lang in long_words[:30]],
    }


# -- the FTS5 peer -----------------------------------------------------------------------------------------------
class Fts5:
    """SQLite FTS5 with the Porter stemmer, BM25 with a title weight, and snippet(): what a careful peer would do."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE VIRTUAL TABLE units USING fts5(doc_key UNINDEXED, id UNINDEXED, anchor UNINDEXED,"
            " lang UNINDEXED, title, body, tokenize='porter unicode61 remove_diacritics 2')"
        )

    def add(self, library: Library) -> None:
        rows = [(s.key, u.id, u.anchor, u.lang, u.title, u.text) for s in source_documents(library) for u in s.units()]
        with self.db:
            self.db.executemany("INSERT INTO units VALUES (?, ?, ?, ?, ?, ?)", rows)

    def update(self, library: Library, doc_key: str) -> None:
        source = next(s for s in source_documents(library) if s.key == doc_key)
        with self.db:
            self.db.execute("DELETE FROM units WHERE doc_key = ?", (doc_key,))
            self.db.executemany(
                "INSERT INTO units VALUES (?, ?, ?, ?, ?, ?)",
                [(source.key, u.id, u.anchor, u.lang, u.title, u.text) for u in source.units()],
            )

    def search(self, text: str, lang: str) -> list[tuple[str, str]]:
        match = fts_query(text)
        if not match:
            return []
        return self.db.execute(
            "SELECT id, snippet(units, 5, '<b>', '</b>', ' … ', 24) FROM units"
            " WHERE units MATCH ? AND lang = ? ORDER BY bm25(units, 0, 0, 0, 0, 3.0, 1.0) LIMIT ?",
            (match, lang, LIMIT),
        ).fetchall()


def fts_query(text: str) -> str:
    """Our query syntax in FTS5's: quoted words and phrases ANDed, the word being typed as a prefix."""
    parts = []
    for clause in parse_query(text).clauses():
        quoted = '"' + clause.text.replace('"', "") + '"'
        parts.append(quoted + "*" if clause.prefix and len(clause.text) >= 3 else quoted)
    return " ".join(parts)


# -- measuring ---------------------------------------------------------------------------------------------------
def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _report_queries(units: list[Unit], engines: dict[str, Callable[[str, str], object]], repeat: int) -> None:
    names = list(engines)
    header = "".join(f"{f'{n} p50':>11}{f'{n} p95':>11}" for n in names)
    print(f"{'query class':24} {'n':>4}{header}{'p95 ratio':>10}")
    everything: dict[str, list[float]] = {name: [] for name in names}
    for name, queries in query_set(units).items():
        row = []
        for engine, search in engines.items():
            for text, lang in queries:  # warm up: the first query of a kind loads caches
                search(text, lang)
            samples = [timed(partial(search, text, lang)) for _ in range(repeat) for text, lang in queries]
            everything[engine] += samples
            row.append(percentiles(samples))
        _row(name, len(queries), row)
    _row("all queries", 0, [percentiles(samples) for samples in everything.values()])


def _row(name: str, count: int, row: list[tuple[float, float]]) -> None:
    cells = "".join(f"{p50:>11.2f}{p95:>11.2f}" for p50, p95 in row)
    print(f"{name:24} {count or '':>4}{cells}{row[0][1] / row[1][1]:>9.1f}x")  # ours / FTS5


def _build_once(library: Library, folder: Path) -> None:
    index = SearchIndex(folder)
    index.open_or_build(library)
    index.close()


def _seconds(samples: list[float]) -> str:
    """The median, and the range when there are several."""
    middle = f"{statistics.median(samples) / 1000:.2f} s"
    return middle if len(samples) == 1 else f"{middle} ({min(samples) / 1000:.2f}-{max(samples) / 1000:.2f})"


def bench_scale(shipped: Library, scale: int, repeat: int, work: Path) -> float:
    """Measure one scale; returns the Whoosh build time per 1x of content."""
    library = synthetic_library(shipped, scale)
    units = [u for s in source_documents(library) for u in s.units()]
    words = sum(len(u.text.split()) for u in units)
    print(f"\n## {scale}x: {len(library.documents)} documents, {len(units)} sections, {words:,} words")
    edited = changed_copy(library)
    key = next(s.key for s, t in zip(source_documents(edited), source_documents(library), strict=True) if s.digest != t.digest)
    builds = FIRST_BUILDS if scale == 1 else 1  # this machine's timings vary by a fifth from run to run
    fts_builds = [timed(lambda n=n: Fts5(work / f"fts-{scale}-{n}.sqlite").add(library)) for n in range(builds)]
    fts = Fts5(work / f"fts-{scale}.sqlite")
    fts.add(library)
    fts_update_ms = timed(lambda: fts.update(edited, key))
    whoosh_builds = [timed(partial(_build_once, library, work / f"whoosh-{scale}-{n}")) for n in range(builds)]
    index = SearchIndex(work / f"whoosh-{scale}")
    index.open_or_build(library)
    merge_ms = timed(index.compact)
    update_ms = timed(lambda: index.open_or_build(edited))
    reopen_ms = timed(lambda: SearchIndex(work / f"whoosh-{scale}").open_or_build(edited))
    median = f" (median of {builds})" if builds > 1 else ""
    print(f"full build, until searchable{median}: ours {_seconds(whoosh_builds)}, FTS5 {_seconds(fts_builds)}"
          f" ({os.cpu_count()} cores; ours uses up to {index.workers} worker processes)")
    print(f"merging the workers' segments into one afterwards (a worker process; searches go on): {merge_ms / 1000:.2f} s")
    print(f"one changed chapter: ours {update_ms:.0f} ms (until searchable), FTS5 {fts_update_ms:.0f} ms")
    print(f"start-up open of an up-to-date index (checks + searcher): {reopen_ms:.0f} ms")
    engines = {"ours": lambda text, lang: index.search(text, lang, limit=LIMIT), "FTS5": fts.search}
    _report_queries(units, engines, repeat)
    index.close()
    return statistics.median(whoosh_builds) / 1000 / scale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated multiples of the shipped content")
    parser.add_argument("--repeat", type=int, default=3, help="times each query set is run (default 3)")
    parser.add_argument("--max-build", type=float, default=240, help="skip a scale whose Whoosh build is estimated longer (s)")
    args = parser.parse_args()
    shipped = load_library(bundled_root())
    print(f"search benchmark, seed {SEED}, limit {LIMIT}, snippets on; times in ms unless marked")
    rate = 0.0  # Whoosh build seconds per 1x of content, from the last scale built
    with tempfile.TemporaryDirectory(prefix="search-bench-") as work:
        for scale in (int(s) for s in args.scales.split(",")):
            started = time.perf_counter()
            estimate = rate * scale * 1.2
            if estimate > args.max_build:
                print(f"\n## {scale}x: SKIPPED: the Whoosh build alone is estimated at {estimate:.0f} s"
                      f" (over --max-build {args.max_build:.0f} s)")
                continue
            rate = bench_scale(shipped, scale, args.repeat, Path(work))
            print(f"({time.perf_counter() - started:.0f} s for this scale)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
