"""Prometheus metrics of a running daemon, served by the optional [http] endpoint.

Counters count since the daemon started (Prometheus handles restarts); gauges
that describe the database (outbox rows, facts, per-source failures) are read
from the store when scraped, so they agree with ``sequelwatch status``.
Every metric lives in this object's own registry, never the process-wide one.
"""

from __future__ import annotations

from collections.abc import Mapping

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from crawler.model import CrawlReport, SourceState

# The classic text format, which every Prometheus reads; our names need none of 1.0.0's escaping,
# so the body is the same in both (prometheus-client 0.2x announces 1.0.0 by default).
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Polls range from a 304 in milliseconds to a sitemap of a thousand pages in minutes.
POLL_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.polls = Counter("sequelwatch_polls", "Polls by source and outcome (new, unchanged, failed, paused).",
                             ["source", "outcome"], registry=r)
        self.poll_seconds = Histogram("sequelwatch_poll_duration_seconds", "Wall time of a poll.", ["source"],
                                      buckets=POLL_BUCKETS, registry=r)
        self.documents = Counter("sequelwatch_documents", "New documents stored.", ["source"], registry=r)
        self.copies = Counter("sequelwatch_document_copies", "New documents that copy a stored story.", ["source"],
                              registry=r)
        self.skipped = Counter("sequelwatch_skipped", "Entries or pages skipped (malformed, no text, ...).",
                               ["source"], registry=r)
        self.events = Counter("sequelwatch_events", "Confirmations detected in new documents.", ["source"],
                              registry=r)
        self.facts = Counter("sequelwatch_facts", "New facts, each queued for alerting once.", ["source"], registry=r)
        self.deliveries = Counter("sequelwatch_deliveries", "Alerts sent, by channel and outcome "
                                  "(delivered, retrying, failed).", ["channel", "outcome"], registry=r)
        self.outbox = Gauge("sequelwatch_outbox_rows", "Outbox rows by status.", ["status"], registry=r)
        self.stored = Gauge("sequelwatch_stored", "Rows in the database by table.", ["table"], registry=r)
        self.failures = Gauge("sequelwatch_source_consecutive_failures", "Failed polls in a row.", ["source"],
                              registry=r)
        self.last_success = Gauge("sequelwatch_source_last_success_timestamp_seconds",
                                  "When the source was last polled successfully.", ["source"], registry=r)
        self.channel_failing = Gauge("sequelwatch_channel_failing", "1 while a channel's last send failed.",
                                     ["channel"], registry=r)
        Gauge("sequelwatch_start_timestamp_seconds", "When the daemon started.", registry=r).set_to_current_time()

    def record_poll(self, report: CrawlReport) -> None:
        source = report.source
        if report.paused_until is not None:
            self.polls.labels(source, "paused").inc()
            return
        if report.elsewhere is not None:
            self.polls.labels(source, "elsewhere").inc()
            return
        outcome = ("interrupted" if report.interrupted else "failed" if not report.ok
                   else "new" if report.new_documents else "unchanged")
        self.polls.labels(source, outcome).inc()
        self.poll_seconds.labels(source).observe(report.seconds)
        for counter, n in ((self.documents, report.new_documents), (self.copies, report.copies),
                           (self.skipped, sum(report.skipped.values())), (self.events, report.events),
                           (self.facts, report.new_facts)):
            counter.labels(source).inc(n)

    def record_sends(self, sends: Mapping[tuple[str, str], int]) -> None:
        """(channel, outcome) -> how many alerts."""
        for (channel, outcome), n in sends.items():
            self.deliveries.labels(channel, outcome).inc(n)

    def render(self, counts: Mapping[str, int], states: Mapping[str, SourceState],
               failing_channels: Mapping[str, str], channels: tuple[str, ...]) -> bytes:
        """The exposition text, with the gauges set from a fresh read of the store."""
        for status in ("pending", "delivered", "failed"):
            self.outbox.labels(status).set(counts.get(f"deliveries_{status}", 0))
        for table in ("documents", "hits", "facts"):
            self.stored.labels(table).set(counts.get(table, 0))
        for name, state in states.items():
            self.failures.labels(name).set(state.consecutive_failures)
            if state.last_success_at is not None:
                self.last_success.labels(name).set(state.last_success_at.timestamp())
        for channel in channels:
            self.channel_failing.labels(channel).set(1 if channel in failing_channels else 0)
        return generate_latest(self.registry)
