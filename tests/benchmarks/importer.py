"""Importer benchmark (issue 14): importing a 5,000-character article takes under 1 s beyond start-up.

    python tests/benchmarks/importer.py [--runs 20]

Imports tests/data/articles/breast_endocrine_long_zh.txt (a Chinese article of about 5,000 characters, with
its expected result in tests/unit/test_import_corpus.py), diabetes_long_en.txt (about 4,400 characters) and a
Chinese text of about 4,600 characters (the seed article twice and the COPD article) in this process, after
one warm-up, and prints the median and the slowest run. Exit status 1 when a median is 1 s or more.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from counsel_app.core.importer import import_article  # noqa: E402

ARTICLES = REPO / "tests" / "data" / "articles"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    zh = (ARTICLES / "ret_seed_zh.txt").read_text(encoding="utf-8") * 2 + (ARTICLES / "copd_zh.txt").read_text(encoding="utf-8")
    texts = {"zh-5000": (ARTICLES / "breast_endocrine_long_zh.txt").read_text(encoding="utf-8"),
             "en": (ARTICLES / "diabetes_long_en.txt").read_text(encoding="utf-8"), "zh-seed-twice+copd": zh}
    worst = 0.0
    for name, text in texts.items():
        import_article(text)  # warm-up: regular expressions compiled
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            import_article(text)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"{name}: {len(text)} characters, median {median * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
