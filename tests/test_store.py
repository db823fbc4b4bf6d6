"""The store on SQLite and PostgreSQL: uniqueness in the schema, the outbox, poll state."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from click.testing import CliRunner

from crawler.alerting import AlertPolicy, Silence, Verdict
from crawler.errors import StoreError
from crawler.model import ConfirmPolicy, CrawlReport, Document, Event, EventKind, FactKey, Hit, Trust
from crawler.store import MIGRATIONS, Store
from crawler.store.tables import Base
from scheduler.cli import cli
from scheduler.config import load
from scheduler.services import open_services

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
ROUTES = {("Blame!", "mention"): ("hook", "mail")}


def doc(url: str = "https://news.example/blame-2?utm_source=rss") -> Document:
    return Document("Otaku Wire", url, "Blame! 2 confirmed", "A sequel to Blame! is in production.", NOW)


def mention(key: str = "https://news.example/blame-2") -> Event:
    return Event("Blame!", "mention", key, None, "A sequel to Blame! is in production.")


def test_a_document_is_stored_once_per_canonical_url(store):
    first = store.save_document(doc(), [Hit("Blame!", "Blame!", 0, 6)], [mention()], AlertPolicy(ROUTES), NOW)
    again = store.save_document(doc("https://www.news.example/blame-2/#comments"), [], [mention()], AlertPolicy(ROUTES), NOW)
    assert (first.new_document, first.new_facts) == (True, 1)
    assert (again.new_document, again.new_facts) == (False, 0)
    assert store.counts() == {"documents": 1, "hits": 1, "facts": 1, "deliveries_pending": 2}
    assert store.known_urls(["https://news.example/blame-2", "https://news.example/other"]) == {
        "https://news.example/blame-2"}


def test_a_redirected_feed_link_is_known_after_its_article_is_stored(store):
    article = Document("Wire", "https://news.example/blame-2", "T", "x", NOW,
                       aliases=("https://feeds.example/~r/wire/~3/abc/",))
    store.save_document(article, [], [], AlertPolicy(ROUTES), NOW)
    assert store.known_urls(["https://feeds.example/~r/wire/~3/abc/"]) == {"https://feeds.example/~r/wire/~3/abc/"}


def test_the_same_fact_from_another_document_queues_no_second_alert(store):
    store.save_document(doc(), [], [mention("fact-key")], AlertPolicy(ROUTES), NOW)
    result = store.save_document(doc("https://other.example/copy"), [], [mention("fact-key")], AlertPolicy(ROUTES), NOW)
    assert (result.new_document, result.new_facts) == (True, 0)
    assert store.counts()["deliveries_pending"] == 2


def announced(installment: str | None) -> Event:
    key = FactKey(EventKind.ANNOUNCEMENT, month="2026-11", installment=installment)
    return Event("Blame!", "announcement", str(key), None, "e", installment, group=key.group)


def test_undated_reports_join_the_months_fact_unless_they_name_another_installment(store):
    routes = {("Blame!", "announcement"): ("hook",)}
    first = store.save_document(doc("https://a.example/1"), [], [announced("#2")], AlertPolicy(routes), NOW)
    unnumbered = store.save_document(doc("https://b.example/2"), [], [announced(None)], AlertPolicy(routes), NOW)
    other = store.save_document(doc("https://c.example/3"), [], [announced("season 3")], AlertPolicy(routes), NOW)
    assert (first.new_facts, unnumbered.new_facts, other.new_facts) == (1, 0, 1)
    facts = {f.installment: len(f.sources) for f in store.facts()}
    assert facts == {"#2": 2, "season 3": 1}


def test_an_unnumbered_fact_takes_the_installment_a_later_report_names(store):
    routes = {("Blame!", "announcement"): ("hook",)}
    store.save_document(doc("https://a.example/1"), [], [announced(None)], AlertPolicy(routes), NOW)
    later = store.save_document(doc("https://b.example/2"), [], [announced("#2")], AlertPolicy(routes), NOW)
    assert later.new_facts == 0
    [fact] = store.facts()
    assert (fact.installment, [s.url for s in fact.sources]) == ("#2", ["https://a.example/1", "https://b.example/2"])


def report_of(source: str, trust: str, n: int, text: str | None = None) -> Document:
    return Document(source, f"https://{source}.example/{n}", "T", text or f"Post {n}: Blame! opens May 19, 2027.",
                    NOW, trust=trust)


STRICT = {"Blame!": "official-or-2"}
DATED = Event("Blame!", "release_date", "release_date:2027-05-19", "2027-05-19", "It opens May 19, 2027.")
DATED_ROUTES = {("Blame!", "release_date"): ("hook",)}


def test_a_community_report_waits_for_a_second_independent_source(store):
    first = store.save_document(report_of("reddit", "community", 1), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    again = store.save_document(report_of("reddit", "community", 2), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    assert (first.new_facts, again.new_facts) == (0, 0) and store.pending(NOW) == []
    assert store.facts()[0].awaiting_confirmation
    second = store.save_document(report_of("mastodon", "community", 3), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    assert second.new_facts == 1 and [r.channel for r in store.pending(NOW)] == ["hook"]
    assert not store.facts()[0].awaiting_confirmation


def test_a_copy_of_a_community_post_elsewhere_is_not_a_second_voice(store):
    post = "Leak: Blame! opens May 19, 2027, says a friend who works at the studio."
    store.save_document(report_of("reddit", "community", 1, post), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    copied = store.save_document(report_of("mastodon", "community", 2, post.upper()), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT),
                                 NOW)
    assert copied.copy_of is not None and copied.new_facts == 0 and store.pending(NOW) == []
    sources = store.facts()[0].sources
    assert len(sources) == 2 and sources[0].story == sources[1].story
    independent = store.save_document(report_of("bluesky", "community", 3), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    assert independent.copy_of is None and independent.new_facts == 1


def test_an_official_source_confirms_at_once_and_any_does_not_wait(store):
    store.save_document(report_of("reddit", "community", 1), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    official = store.save_document(report_of("studio", "official", 2), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    assert official.new_facts == 1 and len(store.pending(NOW)) == 1
    other = Event("Blame!", "release_date", "release_date:2028-01", "2028-01", "e")
    relaxed = store.save_document(report_of("reddit", "community", 9), [], [other], AlertPolicy(DATED_ROUTES, {"Blame!": "any"}), NOW)
    assert relaxed.new_facts == 1


def test_an_event_nobody_routes_is_a_fact_without_deliveries(store):
    store.save_document(doc(), [], [Event("Dune", "mention", "k", None, "e")], AlertPolicy(ROUTES), NOW)
    assert store.counts()["facts"] == 1 and "deliveries_pending" not in store.counts()


def test_outbox_retry_and_delivery(store):
    store.save_document(doc(), [], [mention()], AlertPolicy(ROUTES), NOW)
    hook, mail = store.pending(NOW)
    assert (hook.channel, mail.channel) == ("hook", "mail")
    assert hook.title == "Blame! 2 confirmed" and hook.published_at == NOW
    store.claim(hook.id).retry(NOW + timedelta(minutes=5), "HTTP 500")
    store.claim(mail.id).delivered(NOW)
    assert store.pending(NOW) == []
    [due_later] = store.pending(NOW + timedelta(minutes=6))
    assert (due_later.id, due_later.attempts) == (hook.id, 1)
    assert store.pending(NOW, due_only=False)[0].id == hook.id
    store.claim(hook.id).failed("gave up")
    assert store.counts()["deliveries_failed"] == 1 and store.counts()["deliveries_delivered"] == 1


def test_pruning_old_documents_keeps_facts_and_their_sources(store):
    store.save_document(doc(), [Hit("Blame!", "Blame!", 0, 6)], [mention()], AlertPolicy(ROUTES), NOW - timedelta(days=100))
    store.save_document(doc("https://news.example/new"), [], [], AlertPolicy(ROUTES), NOW)
    assert store.prune_documents(NOW - timedelta(days=90)) == 1
    counts = store.counts()
    assert (counts["documents"], counts["hits"], counts["facts"]) == (1, 0, 1)
    [fact] = store.facts()
    assert [s.url for s in fact.sources] == ["https://news.example/blame-2?utm_source=rss"]
    assert store.pending(NOW)[0].franchise == "Blame!"  # its alert is still deliverable


def test_poll_state_counts_consecutive_failures(store):
    store.record_poll(CrawlReport("S", error="HTTP 503"), NOW)
    state = store.record_poll(CrawlReport("S", error="HTTP 503"), NOW)
    assert (state.consecutive_failures, state.last_error) == (2, "HTTP 503")
    state = store.record_poll(CrawlReport("S", new_documents=3), NOW)
    assert (state.consecutive_failures, state.documents_found, state.last_success_at) == (0, 3, NOW)


def test_an_interrupted_or_failed_poll_is_no_success_and_keeps_no_validators(store):
    store.record_poll(CrawlReport("S", error="HTTP 503"), NOW)
    # A stop during the poll: it listed and stored some, and got the feed's ETag.
    interrupted = CrawlReport("S", listed=5, new_documents=1, etag='"v2"', interrupted=True)
    state = store.record_poll(interrupted, NOW)
    assert state.last_success_at is None and state.first_poll  # it is still the source's first poll
    assert (state.consecutive_failures, state.last_error) == (1, "HTTP 503")  # not the source's failure
    assert state.etag is None  # or the next poll would get a 304 and never list the rest
    state = store.record_poll(CrawlReport("S", error="timeout", etag='"v3"'), NOW)
    assert state.etag is None and state.consecutive_failures == 2
    state = store.record_poll(CrawlReport("S", listed=5, etag='"v3"'), NOW)
    assert (state.etag, state.last_success_at, state.consecutive_failures) == ('"v3"', NOW, 0)


def test_reopening_keeps_everything(tmp_path):
    url = f"sqlite:///{tmp_path / 'sw.db'}"
    first = Store.open(url)
    first.save_document(doc(), [], [mention()], AlertPolicy(ROUTES), NOW)
    first.close()
    again = Store.open(url)
    assert again.counts()["deliveries_pending"] == 2
    again.close()


def _previous_schema_with_rows(url: str, *, stamped: bool) -> None:
    """A database as sequelwatch 0.1 left it: schema 0001, a document, a fact, a pending alert."""
    engine = sqlalchemy.create_engine(url)
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(sqlalchemy.text(
            "insert into documents (id, canonical_url, url, source, kind, title, text, fetched_at) "
            "values (1, 'https://news.example/a', 'https://news.example/a', 'S', 'article', 'T', 'x', '2026-01-01')"))
        connection.execute(sqlalchemy.text(
            "insert into facts (id, franchise, event, key, evidence, document_id, first_seen_at) "
            "values (1, 'Blame!', 'mention', 'k', 'e', 1, '2026-01-01')"))
        connection.execute(sqlalchemy.text(
            "insert into deliveries (fact_id, channel, status, attempts, next_attempt_at, created_at) "
            "values (1, 'hook', 'pending', 0, '2026-01-01', '2026-01-01')"))
        connection.execute(sqlalchemy.text(
            "insert into sources (name, consecutive_failures, documents_found) values ('S', 0, 1)"))
        if not stamped:  # 0.1 made its tables without Alembic
            connection.execute(sqlalchemy.text("drop table alembic_version"))
    engine.dispose()


@pytest.mark.parametrize("stamped", [True, False], ids=["stamped-0001", "made-before-migrations"])
def test_an_older_database_is_upgraded_in_place_without_losing_a_row(tmp_path, stamped):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _previous_schema_with_rows(url, stamped=stamped)
    store = Store.open(url)
    assert store.counts() == {"documents": 1, "hits": 0, "facts": 1, "deliveries_pending": 1}
    assert store.known_urls(["https://news.example/a"]) == {"https://news.example/a"}
    [row] = store.pending(datetime(2027, 1, 1, tzinfo=UTC))
    assert (row.franchise, row.channel) == ("Blame!", "hook")
    state = store.record_poll(CrawlReport("S", new_documents=2), NOW)
    assert (state.documents_found, state.polls) == (3, 1)  # a column the upgrade added
    store.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'sw.db'}"
    Store.open(url).close()
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("update alembic_version set version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="made by a newer sequelwatch"):
        Store.open(url)


@pytest.mark.parametrize("url", ["mysql://localhost/x", "sqlite:////proc/forbidden/sw.db", "not a url"])
def test_unusable_database_urls_are_store_errors(url):
    with pytest.raises(StoreError):
        Store.open(url)


def test_naive_datetimes_are_refused(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'sw.db'}")
    with pytest.raises((StoreError, ValueError)):
        store.save_document(doc(), [], [], AlertPolicy(), datetime(2026, 1, 1))
    store.close()


def test_the_migrations_make_exactly_the_schema_the_models_describe(store):
    # A table, column or index added to the models but not to a migration (or the reverse) shows here.
    # Nullability is left out: the models declare NOT NULL where 0001 made nullable columns
    # (the store always writes them), and tightening that would rebuild every SQLite table.
    with store._engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    changes = [d[0] if isinstance(d, list) else d for d in differences]
    assert [d for d in changes if d[0] != "modify_nullable"] == []


def first_free_minute(store: Store, url: str, now: datetime) -> timedelta:
    """The first whole minute after ``now`` at which ``url`` no longer waits (a day and a minute at most).

    Waiting ends once and for good, so a binary search finds the minute a scan would, in 11 look-ups
    instead of up to 1,441.
    """
    low, high = 1, 24 * 60 + 1
    while low < high:
        middle = (low + high) // 2
        if store.waiting_urls([url], now + timedelta(minutes=middle)):
            low = middle + 1
        else:
            high = middle
    return timedelta(minutes=low)


def test_a_failed_page_waits_longer_after_each_failure_up_to_a_day(store):
    url = "https://w.example/broken.html?utm_source=feed"
    failure = CrawlReport("Wire", failed_pages=((url, "HTTP 500"),))
    waits = []
    now = NOW
    for _ in range(10):
        store.record_poll(failure, now)
        assert store.waiting_urls([url, "https://w.example/fine.html"], now) == {url}
        wait = first_free_minute(store, url, now)
        waits.append(wait)
        now += wait
    assert waits[:4] == [timedelta(minutes=10), timedelta(minutes=20), timedelta(minutes=40), timedelta(minutes=80)]
    assert waits[-1] == timedelta(days=1)
    # The canonical URL is what counts: the same page listed without tracking parameters waits too.
    store.record_poll(failure, now)
    assert store.waiting_urls(["https://w.example/broken.html"], now) == {"https://w.example/broken.html"}
    store.prune_documents(now + timedelta(seconds=1))
    assert store.waiting_urls([url], now) == set()


def test_one_policy_says_whether_a_fact_alerts_and_why_not():
    policy = AlertPolicy({("Blame!", EventKind.RELEASE_DATE): ("hook",)}, {"Blame!": ConfirmPolicy.OFFICIAL_OR_2})
    dated = Event("Blame!", "release_date", "release_date:2027-05-19", "2027-05-19", "e")
    assert policy.verdict(dated, Trust.PRESS) == Verdict(("hook",))
    assert policy.verdict(dated, Trust.COMMUNITY) == Verdict(("hook",), awaiting_confirmation=True)
    assert policy.verdict(dated, Trust.PRESS, first_poll=True).silence is Silence.FIRST_POLL
    trailer = Event("Blame!", "trailer", "trailer@2026-11", None, "e")
    assert policy.verdict(trailer, Trust.OFFICIAL) == Verdict(silence=Silence.NOT_WANTED)


def test_a_date_already_past_is_stored_but_never_alerts(store):
    routes = {("Blame!", EventKind.RELEASE_DATE): ("hook",)}
    old = Event("Blame!", "release_date", "release_date:2025-09-19", "2025-09-19", "It opened September 19, 2025.")
    this_month = Event("Blame!", "release_date", "release_date:2026-11", "2026-11", "It opens this November.")
    store.save_document(doc(), [], [old, this_month], AlertPolicy(routes), NOW)  # NOW is November 24, 2026
    assert {f.when for f in store.facts()} == {"2025-09-19", "2026-11"}
    assert [row.when for row in store.pending(NOW)] == ["2026-11"]  # November is not over yet


def test_a_delay_that_names_its_new_date_is_one_alert():
    policy = AlertPolicy({("Dune", EventKind.DELAY): ("hook",), ("Dune", EventKind.RELEASE_DATE): ("hook",)})
    delay = Event("Dune", "delay", "delay:2027-03-12", "2027-03-12", "Delayed to March 12, 2027.")
    date_set = Event("Dune", "release_date", "release_date:2027-03-12", "2027-03-12", "Delayed to March 12, 2027.")
    other = Event("Dune", "release_date", "release_date:2027-06", "2027-06", "The game follows in June 2027.")
    verdicts = policy.verdicts([delay, date_set, other], Trust.PRESS, False, NOW.date())
    assert verdicts == [Verdict(("hook",)), Verdict(silence=Silence.PART_OF_DELAY), Verdict(("hook",))]
    dates_only = AlertPolicy({("Dune", EventKind.RELEASE_DATE): ("hook",)})  # alert_on without "delay"
    assert dates_only.verdicts([delay, date_set], Trust.PRESS, False, NOW.date()) == [
        Verdict(silence=Silence.NOT_WANTED), Verdict(("hook",))]  # the new date still alerts


def test_events_says_why_a_fact_waits_or_alerts_nobody(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n'
                    '[[franchise]]\nname = "Blame!"\nconfirm = "official-or-2"\n'
                    '[[channel]]\nname = "hook"\nurl = "json://127.0.0.1:9/x"\n')
    store = Store.open(f"sqlite:///{tmp_path / 'sw.db'}")
    store.save_document(report_of("reddit", "community", 1), [], [DATED], AlertPolicy(DATED_ROUTES, STRICT), NOW)
    trailer = Event("Blame!", "trailer", "trailer@2026-11", None, "A trailer is out.")
    store.save_document(doc(), [], [trailer], AlertPolicy(), NOW)
    store.close()
    out = CliRunner().invoke(cli, ["events", "--config", str(path)]).output
    assert ('waiting for confirmation: confirm = "official-or-2": reported by reddit only, needs an official source '
            "or a second independent one") in out
    assert "not alerted: its kind is not in the franchise's alert_on" in out


@pytest.mark.postgres
def test_two_writers_storing_reports_of_one_month_at_once_make_one_fact(postgres_url):
    """Two daemons on one PostgreSQL database, each storing a report of one announcement at the same moment."""
    first, second = Store.open(postgres_url), Store.open(postgres_url)
    policy = AlertPolicy({(f"F{n}", EventKind.ANNOUNCEMENT): ("hook",) for n in range(30)})

    def report(store: Store, n: int, installment: str | None, barrier: threading.Barrier) -> None:
        key = FactKey(EventKind.ANNOUNCEMENT, month="2026-11", installment=installment)
        event = Event(f"F{n}", "announcement", str(key), None, "e", installment, group=key.group)
        barrier.wait()
        store.save_document(doc(f"https://{'ab'[installment is None]}.example/{n}"), [], [event], policy, NOW)

    for n in range(30):
        barrier = threading.Barrier(2)
        writers = [threading.Thread(target=report, args=(first, n, "#2", barrier)),
                   threading.Thread(target=report, args=(second, n, None, barrier))]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
    facts = first.facts(limit=100)
    assert len(facts) == 30 and all(len(f.sources) == 2 for f in facts)
    assert len(first.pending(NOW)) == 30  # one alert each
    first.close()
    second.close()


def test_a_renamed_franchise_keeps_its_facts_when_its_old_name_is_an_alias(tmp_path):
    url = f"sqlite:///{tmp_path / 'sw.db'}"
    store = Store.open(url)
    announced_old = Event("AoT", "announcement", "announcement@2026-11", None, "AoT final film announced.",
                          group="announcement@2026-11")
    store.save_document(doc("https://a.example/1"), [], [announced_old],
                        AlertPolicy({("AoT", EventKind.ANNOUNCEMENT): ("hook",)}), NOW)
    store.close()
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "{url}"\n[[franchise]]\nname = "Attack on Titan"\naliases = ["AoT"]\n'
                    '[[channel]]\nname = "hook"\nurl = "json://127.0.0.1:9/x"\n')
    checked = CliRunner().invoke(cli, ["check-config", "--config", str(path)]).output
    assert "renamed: the facts stored for 'AoT' are kept under 'Attack on Titan'" in checked, checked

    services = open_services(load(path, {}))  # what the daemon does at start and on SIGHUP
    announced_new = Event("Attack on Titan", "announcement", "announcement@2026-11", None, "The final film.",
                          group="announcement@2026-11")
    again = services.store.save_document(doc("https://b.example/2"), [], [announced_new],
                                         services.config.alert_policy(), NOW)
    assert again.new_facts == 0  # the same announcement under the new name: a source more, no second alert
    assert [f.franchise for f in services.store.facts()] == ["Attack on Titan"]
    services.close()


def test_renaming_onto_a_franchise_that_has_the_same_fact_keeps_both_and_fails_nothing(store):
    policy = AlertPolicy()
    for name in ("AoT", "Attack on Titan"):  # both were watched once, and both stored the same fact
        event = Event(name, "announcement", "announcement@2026-11", None, "e", group="announcement@2026-11")
        store.save_document(doc(f"https://{name[:3].lower()}.example/1"), [Hit(name, name, 0, 3)], [event], policy, NOW)
    assert store.rename_franchises({"AoT": "Attack on Titan"}) == 0
    assert sorted(f.franchise for f in store.facts()) == ["AoT", "Attack on Titan"]
