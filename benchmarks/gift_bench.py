"""GIFT import benchmark: time to read 1k, 10k and 100k questions, and the hostile inputs of issue 14.

The questions are the shipped English quizzes exported to GIFT, repeated until the count is reached (ids get
numbered suffixes as they repeat, which is the worst case for making ids unique), so the mix of types, lengths
and escapes is the real one. Also timed: one question with 200,000 spaces, a ``// @ref:`` line with 100,000
spaces, 100,000 ``<`` in an HTML question, a 20 MB file of shipped questions (about 32k) and one of 300,000 short
questions. Import must grow linearly: the last column is microseconds per
question, which should stay flat.

    python benchmarks/gift_bench.py                    # 1k, 10k, 100k, hostile inputs, 20 MB: about a minute
    python benchmarks/gift_bench.py --counts 1000,10000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tiphandbook.core.content import load_library  # noqa: E402
from tiphandbook.core.quiz.gift_export import quiz_to_gift  # noqa: E402
from tiphandbook.core.quiz.gift_import import decode_gift, read_gift  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("bench.gift")


def question_blocks() -> list[str]:
    library = load_library(ROOT)
    blocks: list[str] = []
    for (_, lang), quiz in sorted(library.quizzes.items()):
        if lang == "en":
            body = quiz_to_gift(quiz).split("$CATEGORY:", 1)[1].split("\n", 1)[1]
            blocks.extend(b.strip() for b in body.split("\n\n") if b.strip())
    return blocks


def gift_of(blocks: list[str], count: int) -> str:
    return "$CATEGORY: $course$/top/Bench\n\n" + "\n\n".join(blocks[i % len(blocks)] for i in range(count)) + "\n"


def timed(label: str, text: str, expected: int | None = None) -> None:
    data = text.encode("utf-8")
    start = time.perf_counter()
    decoded, _ = decode_gift(data)
    result = read_gift(decoded, SOURCE)
    seconds = time.perf_counter() - start
    questions = sum(len(q.questions) for q in result.quizzes)
    if expected is not None and questions != expected:
        raise SystemExit(f"{label}: imported {questions} questions, expected {expected}")
    per = f"{1e6 * seconds / questions:8.1f} us/question" if questions else ""
    print(f"{label:<32} {len(data) / 1e6:7.2f} MB {questions:>8} questions {seconds:8.2f} s {per}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", default="1000,10000,100000", help="question counts to time (comma-separated)")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs and the 20 MB file")
    args = parser.parse_args()
    blocks = question_blocks()
    print(f"{len(blocks)} distinct questions from the shipped English quizzes; Python {sys.version.split()[0]}")
    for count in (int(c) for c in args.counts.split(",")):
        timed(f"{count} questions", gift_of(blocks, count), count)
    if args.no_hostile:
        return
    timed("200,000 spaces in one question", "::q::Capital" + " " * 200_000 + "of Uzbekistan?{=Tashkent}\n", 1)
    timed("// @ref: with 100,000 spaces", "// @ref:" + " " * 100_000 + "x\n::q::Capital?{=Tashkent}\n", 1)
    timed("100,000 '<' in an [html] question", "::q::[html]" + "<" * 100_000 + "?{=a}\n", 1)
    sample = gift_of(blocks, 1000)
    per_question = len(sample.encode("utf-8")) / 1000
    count = int(20e6 / per_question)
    timed("20 MB file", gift_of(blocks, count), count)
    short = "".join(f"::q{i}::Which city is capital number {i}?{{=City {i} ~Town {i}}}\n\n" for i in range(300_000))
    timed("20 MB of 300,000 short questions", short, 300_000)


if __name__ == "__main__":
    main()
