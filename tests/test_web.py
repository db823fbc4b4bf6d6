"""The [http] page, calendar and feeds: built from facts, escaped, guarded; served by aiohttp in process."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import feedparser
import icalendar
import pytest

from crawler.alerting import AlertPolicy
from crawler.errors import StoreError
from crawler.model import Document, Event, EventKind, FactKey, Hit, Precision, When
from crawler.store import FactSource, FactView
from scheduler.config import HttpAccess, load
from scheduler.errors import ConfigError
from scheduler.services import open_services
from scheduler.web import calendar
from scheduler.web.pages import Pages
from scheduler.web.server import Response, WebServer
from tests.conftest import write_config

NOW = datetime(2031, 4, 20, 9, 30, tzinfo=UTC)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> @everyone'


def view(fact_id: int, franchise: str, event: str, when: str | None, first_seen: datetime, *,
         previous: str | None = None, installment: str | None = "season 2", url: str = "https://news.example/a",
         evidence: str = "It is dated.") -> FactView:
    source = FactSource("Ledger", url, "A title", first_seen)
    return FactView(fact_id, franchise, event, when, installment, previous, evidence, first_seen, (source,), {})


# -- calendar and iCalendar ----------------------------------------------------------------------


def test_a_moved_date_replaces_the_old_one_and_says_what_it_replaced():
    first = view(1, "Lumen Drift", "release_date", "2031-05-19", NOW - timedelta(days=30))
    moved = view(2, "Lumen Drift", "delay", "2031-08", NOW, previous="2031-05-19")
    same_day = view(3, "Lumen Drift", "release_date", "2031-08", NOW)  # the delay's own date: counted once
    dated = calendar.current([first, moved, same_day])
    assert [(d.fact.id, str(d.when)) for d in dated] == [(2, "2031-08")]


def test_the_month_view_puts_a_day_on_its_day_and_a_window_in_its_band():
    dated = calendar.current([
        view(1, "Lumen Drift", "release_date", "2031-05-19", NOW),
        view(2, "Tidebound", "release_date", "2031-spring", NOW, installment=None),
        view(3, "Vanta Reach", "release_date", "2031-05", NOW, installment=None),
        view(4, "Korvin's Gate", "release_date", "2031", NOW, installment=None),
        view(5, "Brine", "release_date", "2031-06-02", NOW, installment=None),
    ])
    month = calendar.month_view(dated, 2031, 5)
    days = {d.day.isoformat(): [e.title for e in d.entries] for week in month.weeks for d in week if d.entries}
    assert days == {"2031-05-19": ["Lumen Drift season 2: release date set"]}
    assert [(b.label, [e.id for e in b.entries]) for b in month.bands] == [
        ("All of May 2031", [3]), ("Spring 2031", [2]), ("Sometime in 2031", [4])]
    assert (month.previous, month.next, month.label) == ("2031-04", "2031-06", "May 2031")


def test_the_ics_keeps_one_uid_per_installment_when_its_date_moves():
    before = calendar.ics(calendar.installments([view(1, "Lumen Drift", "release_date", "2031-05-19", NOW)]), NOW)
    after = calendar.ics(calendar.installments([
        view(1, "Lumen Drift", "release_date", "2031-05-19", NOW),
        view(2, "Lumen Drift", "delay", "2031-08", NOW + timedelta(days=3), previous="2031-05-19"),
        view(3, "Tidebound", "release_date", "2031-fall", NOW, installment=None)]), NOW)
    (old,) = icalendar.Calendar.from_ical(before).walk("VEVENT")
    moved, fall = icalendar.Calendar.from_ical(after).walk("VEVENT")
    assert old["UID"] == moved["UID"] and fall["UID"] != moved["UID"]
    assert old.decoded("DTSTART").isoformat() == "2031-05-19" and old.decoded("DTEND").isoformat() == "2031-05-20"
    assert moved.decoded("DTSTART").isoformat() == "2031-08-01" and "(August 2031, no day yet)" in moved["SUMMARY"]
    assert "Moved from May 19, 2031." in moved["DESCRIPTION"] and "https://news.example/a" in moved["DESCRIPTION"]
    assert int(moved["SEQUENCE"]) > int(old["SEQUENCE"])
    assert fall.decoded("DTSTART").isoformat() == "2031-10-01"


# -- the server, in process ------------------------------------------------------------------------


class Served:
    """A WebServer on its own loop in a thread, over the services of a config with a filled store."""

    def __init__(self, services, access: HttpAccess | None = None) -> None:
        self.services = services
        self.loop = asyncio.new_event_loop()
        pages = Pages(lambda: services, lambda: NOW)

        async def healthz() -> Response:
            return Response(200, "application/json", b'{"status": "ok"}')

        self.server = WebServer("127.0.0.1", 0, {"/healthz": healthz}, pages.routes(), access)
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(10)

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, str]:
        request = urllib.request.Request(self.server.address + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, dict(answer.headers), answer.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read().decode()

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.server.close(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


def fill(store, now: datetime) -> None:
    """Facts as a crawl stores them, with a stranger's text in titles, evidence and links."""
    policy = AlertPolicy({(f, k): ("console",) for f in ("Lumen Drift", "Tidebound") for k in EventKind})
    reports = [
        ("Lumen Drift", EventKind.RELEASE_DATE, When(Precision.DAY, 2031, 5, 19), "https://ledger.example/lumen",
         "Lumen Drift season 2 premieres May 19, 2031."),
        ("Tidebound", EventKind.RELEASE_DATE, When(Precision.SEASON, 2031, 4), "javascript:alert(1)",
         f"Tidebound 2 arrives in spring 2031. {HOSTILE}"),
        ("Tidebound", EventKind.ANNOUNCEMENT, None, "https://ledger.example/tide", "Tidebound gets a sequel."),
    ]
    for i, (franchise, kind, when, url, evidence) in enumerate(reports):
        key = str(FactKey(kind, when=str(when))) if when else str(FactKey(kind, month=f"{now:%Y-%m}"))
        event = Event(franchise, kind, key, str(when) if when else None, evidence)
        document = Document("Ledger", url, f"{HOSTILE} {i}", evidence, published=now)
        store.save_document(document, [Hit(franchise, franchise, 0, 5)], [event], policy, now - timedelta(hours=i))


@pytest.fixture
def served(tmp_path):
    config = write_config(tmp_path / "config.toml", f"""
[database]
url = "sqlite:///{tmp_path / 'sw.db'}"
[[franchise]]
name = "Lumen Drift"
[[franchise]]
name = "Tidebound"
[[source]]
name = "Ledger"
url = "https://ledger.example/feed"
""")
    services = open_services(load(config))
    fill(services.store, NOW)
    server = Served(services)
    yield server
    server.close()
    services.close()


def test_the_page_lists_facts_newest_first_with_sources_and_delivery(served):
    status, headers, page = served.get("/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert page.index("Lumen Drift season 2") < page.index("Tidebound: release date set") or "season" not in page
    assert "May 19, 2031" in page and "Spring 2031" in page
    assert 'href="https://ledger.example/lumen"' in page
    assert "console: queued" in page
    assert "script-src" not in headers["Content-Security-Policy"] and "default-src 'none'" in headers[
        "Content-Security-Policy"]
    assert "Ledger" in page and "never" in page  # the source has no poll yet


def test_strangers_text_is_escaped_and_a_javascript_link_is_no_link(served):
    for path in ("/", "/calendar?month=2031-04", "/feed.atom"):
        _, _, body = served.get(path)
        assert "<script>" not in body and "<img src=x" not in body, path
    _, _, page = served.get("/")
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page  # shown as text only


def test_filters_change_what_is_listed(served):
    _, _, tide = served.get("/?franchise=Tidebound")
    assert "Tidebound" in tide and "Lumen Drift season 2" not in tide
    _, _, announced = served.get("/?event=announcement")
    assert "announced" in announced and "May 19, 2031" not in announced
    _, _, old = served.get("/?period=week&franchise=Nobody")  # an unknown franchise is "any"
    assert "Lumen Drift" in old


def test_the_calendar_shows_a_day_on_its_day_and_a_season_in_its_band(served):
    _, _, page = served.get("/calendar?month=2031-05")
    assert 'data-day="2031-05-19"' in page and "Spring 2031" in page
    day = page[page.index('data-day="2031-05-19"'):]
    assert day.index("Lumen Drift: release date set") < day.index("</td>")


def test_the_feeds_parse_and_match_the_facts(served):
    _, headers, atom = served.get("/feed.atom")
    assert headers["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(atom)
    assert not feed.bozo and len(feed.entries) == 3
    assert {e.title for e in feed.entries} >= {"Lumen Drift: release date set: May 19, 2031"}
    _, _, ics = served.get("/calendar.ics")
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert sorted(e.decoded("DTSTART").isoformat() for e in events) == ["2031-04-01", "2031-05-19"]
    status, _, api = served.get("/api/facts?event=release_date")
    facts = json.loads(api)
    assert status == 200 and {f["when"] for f in facts} == {"2031-05-19", "2031-spring"}
    assert set(facts[0]) >= {"franchise", "event", "when", "evidence", "sources", "alert", "channels"}


def test_access_control_guards_all_but_health(tmp_path, served):
    guarded = Served(served.services, HttpAccess("fan", "s3cret", "tok-en"))
    try:
        assert guarded.get("/")[0] == 401 and guarded.get("/calendar.ics")[0] == 401
        assert guarded.get("/healthz")[0] == 200
        basic = "Basic " + base64.b64encode(b"fan:s3cret").decode()
        assert guarded.get("/", {"Authorization": basic})[0] == 200
        assert guarded.get("/", {"Authorization": "Basic " + base64.b64encode(b"fan:nope").decode()})[0] == 401
        assert guarded.get("/calendar.ics?token=tok-en")[0] == 200
        assert guarded.get("/", {"Authorization": "Bearer tok-en"})[0] == 200
        _, _, page = guarded.get("/", {"Authorization": basic})
        assert "s3cret" not in page and "tok-en" not in page
    finally:
        guarded.close()


def test_a_failing_database_is_a_503_page_not_a_traceback(served, monkeypatch):
    def fails(*args, **kwargs):
        raise StoreError("database error: disk I/O error")

    monkeypatch.setattr(served.services.store, "facts", fails)
    status, _, body = served.get("/")
    assert status == 503 and "the database is unavailable: database error: disk I/O error" in body
    assert "Traceback" not in body


def test_access_settings_come_from_the_environment_or_a_file_and_are_never_shown(tmp_path):
    (tmp_path / "token").write_text("tok-en\n", encoding="utf-8")
    path = write_config(tmp_path / "config.toml", '[http]\nuser = "fan"\npassword_env = "SW_PASS"\n'
                                                   'token_file = "token"\n')
    access = load(path, environ={"SW_PASS": "s3cret"}).http_access
    assert (access.user, access.password, access.token, access.open) == ("fan", "s3cret", "tok-en", False)
    assert "s3cret" not in repr(access) and "tok-en" not in repr(access)
    broken = write_config(tmp_path / "broken.toml", '[http]\nuser = "fan"\ntoken_env = "MISSING"\n')
    with pytest.raises(ConfigError) as problems:
        load(broken, environ={})
    text = str(problems.value)
    assert "key 'user': needs password_env or password_file" in text
    assert "key 'token_env': environment variable MISSING is not set" in text
