"""Hostile queries against the shipped content: none may take more than 100 ms (issue 12, point 12).

2,000 queries drawn with a fixed seed from the shapes that were slow or crashed: one word repeated up to 1,000 times,
hundreds of distinct content words, long OR and NOT chains, quote storms, pasted paragraphs, three-letter prefixes,
junk punctuation and control characters. Each is searched in English and in all languages on a freshly built index
of the shipped content; the run prints the slowest, the 99th percentile, how many took over 100 ms, and any error.

    python benchmarks/hostile_queries.py                  # all 2,000
    python benchmarks/hostile_queries.py --budget 120     # stop after 120 s of searching (for slow, older code)
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tiphandbook.core.content import load_library  # noqa: E402
from tiphandbook.core.paths import bundled_root  # noqa: E402
from tiphandbook.core.search import SearchIndex  # noqa: E402

SEED = 20261207
COUNT = 2000
SLOW_MS = 100


def vocabulary(library) -> list[str]:  # noqa: ANN001
    words = re.findall(r"[^\W\d_]{3,}", " ".join(doc.body for doc in library.documents.values()))
    return sorted(set(words))


def hostile_queries(words: list[str], rng: random.Random) -> list[str]:
    shapes = [
        lambda: (rng.choice(words) + " ") * rng.choice((10, 100, 200, 1000)),
        lambda: " ".join(rng.choices(words, k=rng.randint(20, 500))),
        lambda: " OR ".join(rng.choices(words, k=rng.randint(20, 300))),
        lambda: " ".join("-" + w for w in rng.choices(words, k=rng.randint(20, 300))) + " " + rng.choice(words),
        lambda: "NOT " * rng.randint(10, 1000) + rng.choice(words),
        lambda: " ".join(f'"{a} {b}"' for a, b in zip(rng.choices(words, k=100), rng.choices(words, k=100), strict=True)),
        lambda: '"' * rng.randint(1, 2001) + rng.choice(words),
        lambda: " ".join(w[:3] for w in rng.choices(words, k=rng.randint(5, 200))),
        lambda: "".join(rng.choices("()[]{}*?~^:!\\/'\"-+&|<>%$#@", k=rng.randint(1, 2000))),
        lambda: "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 1500))),
        lambda: " ".join(rng.choices(words, k=40)) + "\x1b[2J\u202e" * 20,
        lambda: rng.choice(words) * rng.randint(50, 400),
    ]
    return [rng.choice(shapes)() for _ in range(COUNT)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=float, default=0, help="stop after this many seconds of searching (0: no limit)")
    args = parser.parse_args()
    library = load_library(bundled_root())
    queries = hostile_queries(vocabulary(library), random.Random(SEED))
    with tempfile.TemporaryDirectory() as folder:
        index = SearchIndex(Path(folder))
        index.open_or_build(library)
        timings: list[tuple[float, str, str]] = []
        errors: list[tuple[str, str]] = []
        spent = 0.0
        for text in queries:
            for lang in ("en", "all"):
                started = time.perf_counter()
                try:
                    index.search(text, lang)
                except Exception as exc:  # noqa: BLE001 - counted and shown: that is what the benchmark is for
                    errors.append((type(exc).__name__, text[:60]))
                elapsed = time.perf_counter() - started
                spent += elapsed
                timings.append((elapsed, lang, text))
            if args.budget and spent > args.budget:
                break
        index.close()
    times = sorted(t for t, _, _ in timings)
    slowest = max(timings)
    print(f"{len(timings)} searches ({len(timings) // 2} queries x en, all) in {spent:.1f} s")
    print(f"median {statistics.median(times) * 1000:.1f} ms, p99 {times[int(len(times) * 0.99) - 1] * 1000:.1f} ms, "
          f"max {slowest[0] * 1000:.1f} ms ({slowest[1]}: {slowest[2][:50]!r}…, {len(slowest[2])} chars)")
    print(f"over {SLOW_MS} ms: {sum(t > SLOW_MS / 1000 for t in times)}; errors: {len(errors)} "
          f"{sorted({name for name, _ in errors})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
