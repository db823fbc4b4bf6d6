"""Detector speed, measured against references in the same run.

1. Documents per second through the analyzer that `sequelwatch scan` uses,
   on the development corpus, with a watch list of 10 franchises (the first
   10 of the corpus) and of 10,000 (the same 10 plus 9,990 generated titles
   that occur in no document), so that the documents to understand are the
   same and only the size of the list differs. Target: the larger list costs
   less than 1.5 times the smaller. The full corpus list (25) is shown too.
2. The cost of analysing a document as a ratio to trafilatura's extraction of
   the same document rendered as a web page, so that detection is never the
   bottleneck of a crawl. The target's reference is trafilatura's own extraction
   (``bare_extraction`` as it comes, with metadata); the crawler's extraction
   (crawler.extract.pages) is shown too: on pages this small it is trafilatura's
   main extractor alone, several times cheaper. Real pages weigh tens of
   kilobytes of markup where these weigh two, and extraction grows with them.
   The detector runs compiled where it was installed from a wheel built with a C compiler at hand
   (setup.py, mypyc), else as plain Python: the first line says which.
3. The learned weights: their size on disk, and the resident memory they add
   to a process, measured as the process's resident size before and after
   loading them (target: 10 MB on disk, 20 MB in memory).

Usage: python bench/detector.py [CORPUS_DIR] [--rounds N]
Timings are the best of N rounds, the pieces taking turns within each round (less noise
from the rest of the machine).
"""

from __future__ import annotations

import argparse
import gc
import html
import os
import random
import time
from datetime import UTC, datetime
from pathlib import Path

import trafilatura

from crawler.extract.pages import extract_page
from crawler.model import Franchise, Page
from crawler.understand import compiled
from crawler.understand.analyze import Analyzer
from crawler.understand.evaluation import load_corpus
from crawler.understand.scorer import SHIPPED, Scorer

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


def interleaved(rounds: int, work: dict) -> dict[str, float]:
    """The best time of each piece of work over ``rounds`` rounds, each round running every piece
    once in turn: a slow spell of a shared machine then slows all of them, not one."""
    best = dict.fromkeys(work, float("inf"))
    for _ in range(rounds):
        for name, piece in work.items():
            start = time.perf_counter()
            piece()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def resident_mib() -> float:
    """This process's resident set now (not its peak): Linux's /proc/self/statm."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/dev"))
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    franchises, labelled = load_corpus(Path(args.corpus))
    documents = [d.document for d in labelled]

    gc.collect()
    before = resident_mib()
    scorer = Scorer.shipped()
    after = resident_mib()
    on_disk = (Path(__file__).resolve().parents[1] / "crawler" / "understand" / SHIPPED).stat().st_size / 2**20
    weights = sum(len(m.weights) for m in scorer.models.values())

    small = franchises[:10]
    large = small + generated_franchises(10_000 - len(small))
    build = time.perf_counter()
    analyzers = {"10": Analyzer(small, scorer), "10,000": Analyzer(large, scorer),
                 "25 (corpus)": Analyzer(franchises, scorer)}
    build = time.perf_counter() - build

    pages = [page_of(d.title, d.text) for d in documents]
    work = {name: (lambda a=a: [a.analyze(d, d.published) for d in documents]) for name, a in analyzers.items()}
    work["extraction"] = lambda: [trafilatura.bare_extraction(p, with_metadata=True) for p in pages]
    fetched = [Page("bench", f"https://news.example/{i}", p.encode(), "utf-8", fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
               for i, p in enumerate(pages)]
    work["the crawler's extraction"] = lambda: [extract_page(page) for page in fetched]
    best = interleaved(args.rounds, work)
    extract = best.pop("extraction")
    crawler_extract = best.pop("the crawler's extraction")
    per_list = best
    print("the detector: " + ("compiled by mypyc (a wheel built by setup.py)" if compiled() else
                              "plain Python (an editable install, or a build without a C compiler)"))
    print(f"{len(documents)} documents, best of {args.rounds} rounds "
          f"(building the analyzers, 10,035 franchises in all: {build:.2f} s, once per watch list)")
    for name, seconds in per_list.items():
        print(f"  watch list of {name:>11} franchises: {len(documents) / seconds:8.0f} documents/s "
              f"({seconds / len(documents) * 1000:.2f} ms each)")
    ratio = per_list["10,000"] / per_list["10"]
    print(f"  cost of 10,000 / cost of 10: {ratio:.2f} (target < 1.5)")

    print(f"\ntrafilatura extraction of the same {len(pages)} pages: {len(pages) / extract:.0f} pages/s "
          f"({extract / len(pages) * 1000:.2f} ms each)")
    for name in ("10,000", "25 (corpus)"):
        print(f"  analysis ({name} franchises) / extraction, per document: {per_list[name] / extract:.2f}")
    print(f"the crawler's extraction of the same pages (crawler.extract.pages): {crawler_extract / len(pages) * 1000:.2f} ms "
          f"each; analysis (25 (corpus) franchises) / it: {per_list['25 (corpus)'] / crawler_extract:.2f}")
    print(f"\nlearned weights: {weights} in {on_disk:.1f} MiB on disk (target < 10); resident memory "
          f"{before:.1f} -> {after:.1f} MiB when loaded: +{after - before:.1f} MiB (target < 20)")


if __name__ == "__main__":
    main()
