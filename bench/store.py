"""How the store scales: documents stored per second and the cost of the duplicate check.

The store is filled to 10,000 and then 1,000,000 documents. At each size:

- ``check``: the duplicate check (``Store.story_of``) for 200 new articles and
  200 lightly edited copies of stored ones. Reference: the same size's linear
  alternative, reading every stored signature (what a scan without the band
  index costs); the check must not grow with the store, the scan does.
- ``store``: ``Store.save_document`` of 300 new articles (fingerprint, duplicate
  check, document, bands, in one transaction each). Reference: the same
  documents as plain inserts of the document row alone.

Bulk filling writes rows directly (random signatures and their bands, short
texts) because fingerprinting a million real articles would take most of an
hour and measures nothing the check depends on; 500 real articles are stored
through ``save_document`` first, and their edited copies must still be found
at 1,000,000 documents.

Usage: python bench/store.py [--sizes 10000,1000000] [--postgres URL] [--sqlite-only]
PostgreSQL defaults to the test server (postgresql+psycopg://postgres@127.0.0.1:5432/test),
in a schema of its own that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.alerting import AlertPolicy
from crawler.model import Document  # noqa: E402
from crawler.store import Store  # noqa: E402
from crawler.store.fingerprint import BINS, Fingerprint  # noqa: E402
from tests.test_fingerprint import edited  # noqa: E402

NOW = datetime(2026, 11, 24, tzinfo=UTC)
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
rng = random.Random(42)
VOCABULARY = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(8000)]


def article_text(n: int) -> str:
    words = random.Random(n).choices(VOCABULARY, k=160)
    return " ".join(words)


def article(n: int, site: str = "wire") -> Document:
    return Document(site, f"https://{site}.example/{n}", f"Article {n}", article_text(n), NOW)


def fill(engine: sa.Engine, start: int, stop: int) -> None:
    """Documents start..stop-1 as rows with random signatures and their bands, in batches."""
    gen = random.Random(start)
    metadata = sa.MetaData()
    documents = sa.Table("documents", metadata, autoload_with=engine)
    bands = sa.Table("document_bands", metadata, autoload_with=engine)
    batch = 20_000
    for low in range(start, stop, batch):
        rows, band_rows = [], []
        for n in range(low, min(stop, low + batch)):
            signature = gen.randbytes(4 * BINS)
            url = f"https://bulk.example/{n}"
            rows.append({"canonical_url": url, "url": url, "source": "bulk", "kind": "article", "title": f"Bulk {n}",
                         "text": "filler text " * 40, "fetched_at": NOW, "fingerprint": gen.randbytes(16).hex(),
                         "signature": signature})
        with engine.begin() as connection:
            ids = connection.execute(documents.insert().returning(documents.c.id, sort_by_parameter_order=True),
                                     rows).scalars()
            for doc_id, row in zip(ids, rows, strict=True):
                band_rows.extend({"key": k, "document_id": doc_id}
                                 for k in set(Fingerprint(None, row["signature"]).bands))
            connection.execute(bands.insert(), band_rows)


def timed(fn, items) -> float:
    """Median seconds per call."""
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def scan_signatures(engine: sa.Engine) -> float:
    t = time.perf_counter()
    with engine.connect() as connection:
        for _ in connection.execute(sa.text("SELECT signature FROM documents")):
            pass
    return time.perf_counter() - t


def measure(name: str, url: str, sizes: list[int]) -> None:
    store = Store.open(url)
    engine = sa.create_engine(url)
    real = [article(n) for n in range(500)]
    for document in real:
        store.save_document(document, [], [], AlertPolicy(), NOW)
    probes = 10_000_000
    stored = 500
    for size in sizes:
        t = time.perf_counter()
        fill(engine, stored, size)
        stored = size
        filled = time.perf_counter() - t
        copies = [Fingerprint.of("", edited(d.text, 0.05, seed=i)) for i, d in enumerate(real[:200])]
        new = [Fingerprint.of("", article_text(probes + i)) for i in range(200)]
        found = sum(store.story_of(f) is not None for f in copies)
        false = sum(store.story_of(f) is not None for f in new)
        check_copy, check_new = timed(store.story_of, copies), timed(store.story_of, new)
        scan = scan_signatures(engine)
        batch = [article(probes + 1000 + i + size, "echo") for i in range(300)]
        t = time.perf_counter()
        for document in batch:
            store.save_document(document, [], [], AlertPolicy(), NOW)
        per_second = len(batch) / (time.perf_counter() - t)
        plain = [article(probes + 5000 + i + size, "plain") for i in range(300)]
        t = time.perf_counter()
        for document in plain:
            with engine.begin() as connection:
                connection.execute(sa.text(
                    "INSERT INTO documents (canonical_url, url, source, kind, title, text, fetched_at) "
                    "VALUES (:u, :u, :s, 'article', :t, :x, :f)"),
                    {"u": document.url, "s": document.source, "t": document.title, "x": document.text, "f": NOW})
        plain_per_second = len(plain) / (time.perf_counter() - t)
        print(f"{name:10} {size:>9,} docs (filled in {filled:.0f} s): "
              f"check {check_new * 1e3:.2f} ms new / {check_copy * 1e3:.2f} ms copy "
              f"(scan of all signatures {scan * 1e3:.0f} ms, ratio {check_new / scan:.4f}); "
              f"copies found {found}/200, false matches {false}/200; "
              f"stored {per_second:.0f} docs/s vs plain insert {plain_per_second:.0f} docs/s "
              f"(ratio {per_second / plain_per_second:.2f})", flush=True)
    store.close()
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--postgres", default=os.environ.get("SEQUELWATCH_POSTGRES_URL", POSTGRES))
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        measure("sqlite", f"sqlite:///{tmp}/bench.db", sizes)
    if args.sqlite_only:
        return
    schema = f"sw_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(args.postgres)
    with admin.begin() as connection:
        connection.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        measure("postgresql", f"{args.postgres}?options=-csearch_path%3D{schema}", sizes)
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))


if __name__ == "__main__":
    main()
