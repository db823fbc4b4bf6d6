"""Detector cost in instructions, free of the noise of a shared machine.

Timings on a shared virtual machine move by 20% from run to run; the number of
instructions a piece of work executes does not. This script runs the analyzer
behind `sequelwatch scan` (the corpus's own watch list) and, as the reference,
trafilatura's extraction of the same documents rendered as web pages, each
under valgrind's callgrind, once with one pass over the documents and once with
three: the difference, halved, is the cost of one pass without start-up and
imports. It prints instructions per document and their ratio.

Instructions are not time: trafilatura's work is mostly lxml's C, which does
more per instruction than the interpreter does, so the time ratio of
bench/detector.py is the one the target is about; this one tells whether a
change made the detector cheaper.

Usage: python bench/detector_instructions.py [CORPUS_DIR]   (needs valgrind: apt-get install valgrind)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import trafilatura

from crawler.understand.analyze import Analyzer
from crawler.understand.evaluation import load_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
from detector import page_of  # noqa: E402  (the same pages as bench/detector.py)

PASSES = (1, 3)


def work(corpus: Path, piece: str, passes: int) -> None:
    """The measured work, run inside valgrind: ``passes`` passes after one to warm up."""
    franchises, labelled = load_corpus(corpus)
    documents = [d.document for d in labelled]
    if piece == "analysis":
        analyzer = Analyzer(franchises)
        for document in documents:
            analyzer.analyze(document, document.published)
        for _ in range(passes):
            for document in documents:
                analyzer.analyze(document, document.published)
    else:
        pages = [page_of(d.title, d.text) for d in documents]
        trafilatura.bare_extraction(pages[0], with_metadata=True)
        for _ in range(passes):
            for page in pages:
                trafilatura.bare_extraction(page, with_metadata=True)


def instructions(corpus: Path, piece: str, passes: int) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out", sys.executable, __file__,
             str(corpus), "--piece", piece, "--passes", str(passes)],
            capture_output=True, text=True, check=True,
            # string hashing is randomised per process, and dict layouts with it: fixed, the count repeats
            env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/dev"))
    parser.add_argument("--piece", choices=("analysis", "extraction"), help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if args.piece:
        work(corpus, args.piece, args.passes)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    documents = len(load_corpus(corpus)[1])
    per_document = {}
    for piece in ("analysis", "extraction"):
        one, three = (instructions(corpus, piece, passes) for passes in PASSES)
        per_document[piece] = (three - one) / (PASSES[1] - PASSES[0]) / documents
        print(f"{piece:>10}: {per_document[piece] / 1e6:6.2f} million instructions per document")
    print(f"analysis / extraction: {per_document['analysis'] / per_document['extraction']:.2f} (instructions, not time)")


if __name__ == "__main__":
    main()
