"""Detector speed, measured against references in the same run.

1. Documents per second through the analyzer that `sequelwatch scan` uses,
   on the development corpus, with a watch list of 10 franchises (the first
   10 of the corpus) and of 10,000 (the same 10 plus 9,990 generated titles
   that occur in no document), so that the documents to understand are the
   same and only the size of the list differs. Target: the larger list costs
   less than 1.5 times the smaller. The full corpus list (25) is shown too.
2. The cost of analysing a document as a ratio to trafilatura's extraction of
   the same document rendered as a web page, so that detection is never the
   bottleneck of a crawl.

Usage: python bench/detector.py [CORPUS_DIR] [--rounds N]
Timings are the best of N rounds (less noise from the rest of the machine).
"""

from __future__ import annotations

import argparse
import html
import random
import time
from pathlib import Path

import trafilatura

from crawler.model import Franchise
from crawler.understand.analyze import Analyzer
from crawler.understand.evaluation import load_corpus

SYLLABLES = "ka ri to mo na shi ve lo ra zen qu ix bel dor fen gal har jin kor lum mar nor pel sor tal ur vin wex yor".split()


def generated_franchises(count: int, seed: int = 7) -> list[Franchise]:
    """Made-up titles ("Kalo Renshi", "Dorvin: Tal Ur") that appear in no real text."""
    rng = random.Random(seed)
    seen, result = set(), []
    while len(result) < count:
        words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                 for _ in range(rng.randint(1, 3))]
        name = " ".join(words)
        if name in seen:
            continue
        seen.add(name)
        result.append(Franchise(name, (f"{name}: {rng.choice(SYLLABLES).capitalize()}", name.upper())))
    return result


def page_of(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (f"<html><head><title>{html.escape(title)}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article><footer>(c) News</footer></body></html>")


def best_of(rounds: int, work) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/dev"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    franchises, labelled = load_corpus(Path(args.corpus))
    documents = [d.document for d in labelled]

    small = franchises[:10]
    large = small + generated_franchises(10_000 - len(small))
    build = time.perf_counter()
    analyzers = {"10": Analyzer(small), "10,000": Analyzer(large), "25 (corpus)": Analyzer(franchises)}
    build = time.perf_counter() - build

    def analyse(analyzer):
        return lambda: [analyzer.analyze(d, d.published) for d in documents]

    per_list = {name: best_of(args.rounds, analyse(a)) for name, a in analyzers.items()}
    print(f"{len(documents)} documents, best of {args.rounds} rounds "
          f"(building the analyzers, 10,035 franchises in all: {build:.2f} s, once per watch list)")
    for name, seconds in per_list.items():
        print(f"  watch list of {name:>11} franchises: {len(documents) / seconds:8.0f} documents/s "
              f"({seconds / len(documents) * 1000:.2f} ms each)")
    ratio = per_list["10,000"] / per_list["10"]
    print(f"  cost of 10,000 / cost of 10: {ratio:.2f} (target < 1.5)")

    pages = [page_of(d.title, d.text) for d in documents]
    extract = best_of(args.rounds, lambda: [trafilatura.bare_extraction(p, with_metadata=True) for p in pages])
    print(f"\ntrafilatura extraction of the same {len(pages)} pages: {len(pages) / extract:.0f} pages/s "
          f"({extract / len(pages) * 1000:.2f} ms each)")
    for name in ("10,000", "25 (corpus)"):
        print(f"  analysis ({name} franchises) / extraction, per document: {per_list[name] / extract:.2f}")


if __name__ == "__main__":
    main()
