"""Hostile feeds and pages, against local servers: nothing local leaks, nothing crashes, nothing is silently dropped."""

from __future__ import annotations

import asyncio
import gzip
import sqlite3
import threading
import time

import pytest
from twisted.internet.address import IPv4Address

from crawler.extract.listings import gunzip, parse_feed, parse_sitemap
from crawler.extract.workers import ExtractWorkers
from crawler.fetch.middlewares.link_safety import GuardedResolver
from crawler.urls import LinkPolicy, origin
from tests.conftest import sequelwatch, write_config
from tests.servers import FixtureSite

SECRET = "SECRET-7f3a9c"
ARTICLE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article>"
           "</body></html>")


def article(title: str, text: str) -> str:
    return ARTICLE.format(title=title, text=text)


def rss(*links: str) -> str:
    items = "".join(f"<item><title>Blame! news {n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>{items}</channel></rss>'


def config_text(tmp_path, site, receiver, path: str = "/feed.rss", kind: str = "feed", extra: str = "") -> str:
    return (f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n'
            f'[crawl]\ndownload_delay = "0s"\nrobots = false\n{extra}\n'
            f'[[franchise]]\nname = "Blame!"\nalert_on = ["mention"]\n'
            f'[[source]]\nname = "Hostile"\ntype = "{kind}"\nurl = "{site.base_url}{path}"\nbackfill = true\n'
            f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\n')


def stored_text(tmp_path) -> str:
    with sqlite3.connect(tmp_path / "sw.db") as db:
        rows = db.execute("select url, title, text from documents").fetchall()
    return "\n".join(" ".join(map(str, row)) for row in rows)


@pytest.fixture
def internal(tmp_path):
    """A service on this machine that a hostile feed wants read: another port, so another origin."""
    root = tmp_path / "internal"
    root.mkdir()
    (root / "secret.html").write_text(article(f"Blame! {SECRET}", f"Blame! internal page {SECRET} " * 10))
    with FixtureSite() as server:
        server.root = root.resolve()
        yield server


@pytest.fixture
def hostile(tmp_path):
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "ok.html").write_text(article("Blame! fan event", "Blame! has a fan event, a story long enough to count."))
    with FixtureSite() as server:
        server.root = root.resolve()
        yield server


def test_a_hostile_feed_reaches_no_local_file_or_internal_service_and_the_rest_is_read(
        tmp_path, hostile, internal, receiver):
    local_file = tmp_path / "local.html"
    local_file.write_text(article(f"Blame! {SECRET}", f"Blame! local file {SECRET} " * 10))
    port = internal.httpd.server_port
    hostile.redirects["/go"] = f"{internal.base_url}/secret.html"  # on the source's origin, then away
    links = [
        f"file://localhost{local_file}", f"file://{local_file}", f"data:text/html,{article('Blame!', SECRET)}",
        f"ftp://127.0.0.1:{port}/secret.html", f"{internal.base_url}/secret.html",
        f"http://localhost:{port}/secret.html", f"http://0.0.0.0:{port}/secret.html",
        f"http://2130706433:{port}/secret.html", f"http://[::1]:{port}/secret.html",
        "javascript:alert(1)", "mailto:fan@example.test", "tel:+123456", "http://[::1/broken",
        "{base}/go", "{base}/ok.html",
    ]
    (hostile.root / "feed.rss").write_text(rss(*links))
    config = write_config(tmp_path / "config.toml", config_text(tmp_path, hostile, receiver))

    result = sequelwatch("run", "--once", "--config", str(config))

    assert result.returncode == 0, result.stderr
    assert sum(internal.requests.values()) == 0  # not even robots.txt
    assert SECRET not in stored_text(tmp_path)
    assert all(SECRET not in str(message) for message in receiver.received)
    assert [m["title"] for m in receiver.received] == ["Blame!: in the news"]  # the last entry was still read
    assert "Blame! has a fan event" in receiver.received[0]["message"]
    assert "14 listed, 1 fetched, 1 new, 1 hits, 1 new facts, 1 skipped (no usable link), 13 skipped (refused link)" in result.stdout
    assert "Traceback" not in result.stderr
    # The first refusals one line each, with why; the poll's summary counts them all (13, above).
    refused = [line for line in result.stderr.splitlines() if "skipped" in line and "refused link:" in line]
    assert len(refused) == 3 and "refused link: not an http(s) link (file:)" in refused[0]


def test_links_into_networks_the_user_allows_are_followed(tmp_path, hostile, internal, receiver):
    (hostile.root / "feed.rss").write_text(rss(f"{internal.base_url}/secret.html"))
    config = write_config(tmp_path / "config.toml", config_text(
        tmp_path, hostile, receiver, extra='allow_networks = ["127.0.0.0/8"]'))
    result = sequelwatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert internal.requests["/secret.html"] == 1 and SECRET in stored_text(tmp_path)


POLICY = LinkPolicy(frozenset({origin("http://192.168.1.20:8080/feed")}))


@pytest.mark.parametrize("url, refused", [
    ("https://news.example/a", None),
    ("http://93.184.215.14/a", None),
    ("http://192.168.1.20:8080/article", None),  # the configured source's own origin, on the LAN
    ("http://192.168.1.20:9090/admin", "192.168.1.20 is a private address"),  # another port: another origin
    ("http://10.0.0.1/", "10.0.0.1 is a private address"),
    ("http://172.16.5.4/", "172.16.5.4 is a private address"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
    ("http://[fe80::1]/", "fe80::1 is a link-local address"),
    ("http://[fd12::1]/", "fd12::1 is a private address"),
    ("http://[::ffff:127.0.0.1]/", "127.0.0.1 is a loopback address"),
    ("http://0.0.0.0/", "0.0.0.0 is an unspecified address"),
    ("http://100.64.0.1/", "100.64.0.1 is not a public address"),  # carrier-grade NAT
    ("gopher://news.example/", "not an http(s) link (gopher:)"),
    ("//news.example/a", "not an http(s) link (no scheme:)"),
    ("http:///path-only", "no host in the link"),
])
def test_which_links_a_source_may_make_the_crawler_follow(url, refused):
    assert POLICY.refuses(url) == refused


def test_a_name_is_judged_by_every_address_it_resolves_to():
    assert POLICY.refuses_host("localhost") == "localhost resolves to 127.0.0.1, a loopback address" or \
        POLICY.refuses_host("localhost") == "localhost resolves to ::1, a loopback address"
    assert POLICY.refuses_host("192.168.1.20") is None  # a configured source's host
    assert POLICY.refuses_host("no-such-host.invalid") is None  # the download fails with its own reason


class _Collect:
    def __init__(self) -> None:
        self.addresses: list[str] = []
        self.complete = False

    def resolutionBegan(self, resolution) -> None:
        pass

    def addressResolved(self, address) -> None:
        self.addresses.append(address.host)

    def resolutionComplete(self) -> None:
        self.complete = True


class _Answers:
    """A name resolver that answers what DNS would have, second time round (a rebinding attack)."""

    def __init__(self, *hosts: str) -> None:
        self.hosts = hosts

    def resolveHostName(self, receiver, hostName, portNumber=0, addressTypes=None, transportSemantics="TCP"):
        receiver.resolutionBegan(None)
        for host in self.hosts:
            receiver.addressResolved(IPv4Address("TCP", host, portNumber))
        receiver.resolutionComplete()


def test_a_connection_never_goes_to_a_non_public_address_whatever_dns_answered_before():
    resolver = GuardedResolver(_Answers("93.184.215.14", "127.0.0.1", "10.1.2.3"), POLICY)
    collected = _Collect()
    resolver.resolveHostName(collected, "rebind.example", 80)
    assert collected.addresses == ["93.184.215.14"] and collected.complete
    trusted = _Collect()  # a configured source's host is the user's choice, LAN or not
    GuardedResolver(_Answers("192.168.1.20"), POLICY).resolveHostName(trusted, "192.168.1.20", 8080)
    assert trusted.addresses == ["192.168.1.20"]


def test_decompression_stops_at_the_size_limit():
    xml = b'<?xml version="1.0"?><urlset><url><loc>https://news.example/a</loc></url></urlset>'
    assert gunzip(gzip.compress(xml), 1000) == xml
    assert gunzip(gzip.compress(xml[:40]) + gzip.compress(xml[40:]), 1000) == xml  # two gzip members
    bomb = gzip.compress(b"<urlset>" + b" " * 50_000_000 + b"</urlset>")
    with pytest.raises(ValueError, match="larger than 1000000 bytes once decompressed"):
        gunzip(bomb, 1_000_000)
    with pytest.raises(ValueError, match="truncated"):
        gunzip(gzip.compress(xml)[:30], 1000)
    with pytest.raises(ValueError, match="corrupt"):
        gunzip(b"\x1f\x8b" + b"\x00" * 40, 1000)
    assert parse_sitemap(bomb, "https://news.example/sitemap.xml.gz", 1_000_000).problem == \
        "gzip sitemap: larger than 1000000 bytes once decompressed"


def test_a_gzip_bomb_sitemap_fails_its_poll_in_one_line(tmp_path, hostile, receiver):
    # 64 MB of XML in 64 KB: inflated whole, it took gigabytes of memory and blocked the daemon.
    (hostile.root / "sitemap.gzip").write_bytes(gzip.compress(b"<urlset>" + b" " * 64_000_000 + b"</urlset>"))
    config = write_config(tmp_path / "config.toml", config_text(
        tmp_path, hostile, receiver, "/sitemap.gzip", "sitemap", 'max_response_size = "1MB"'))
    result = sequelwatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "Hostile: 0 listed, 0 fetched, 0 new, 0 hits, 0 new facts, failed: gzip sitemap: larger than " \
           "1000000 bytes once decompressed" in result.stdout
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


def test_an_article_in_a_redirect_loop_is_a_counted_skip(tmp_path, hostile, receiver):
    hostile.redirects["/a"] = "/b"
    hostile.redirects["/b"] = "/a"
    (hostile.root / "feed.rss").write_text(rss("{base}/a", "{base}/ok.html"))
    config = write_config(tmp_path / "config.toml", config_text(tmp_path, hostile, receiver))
    result = sequelwatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "2 listed, 1 fetched, 1 new, 1 hits, 1 new facts, 1 skipped (redirect loop)" in result.stdout, result.stdout
    assert len([line for line in result.stderr.splitlines() if "skipped http" in line and "redirect loop" in line]) == 1


def test_credentials_in_a_source_url_work_and_are_never_shown(tmp_path, hostile, receiver):
    (hostile.root / "feed.rss").write_text(rss("{base}/ok.html"))
    hostile.passwords["/feed.rss"] = hostile.passwords["/ok.html"] = ("fan", "p@ss:w0rd")
    password = "p%40ss%3Aw0rd"  # as a URL spells it
    text = config_text(tmp_path, hostile, receiver).replace("http://", "http://fan:wrong@", 1)
    config = write_config(tmp_path / "config.toml", text)
    failed = sequelwatch("run", "--once", "--config", str(config))  # a wrong password first: a failed poll
    assert "failed: HTTP 401" in failed.stdout, failed.stdout
    write_config(config, text.replace("fan:wrong@", f"fan:{password}@"))
    result = sequelwatch("run", "--once", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "Hostile: 1 listed, 1 fetched, 1 new" in result.stdout, result.stdout
    assert len(receiver.received) == 1
    checked = sequelwatch("check-config", "--config", str(config))
    assert f"source Hostile: feed http://fan:***@127.0.0.1:{hostile.httpd.server_port}/feed.rss" in checked.stdout
    status = sequelwatch("status", "--config", str(config))
    with sqlite3.connect(tmp_path / "sw.db") as db:
        stored = str(db.execute("select * from sources").fetchall()) + str(db.execute("select * from documents").fetchall())
    for shown in (failed.stdout, failed.stderr, result.stdout, result.stderr, checked.stdout, checked.stderr,
                  status.stdout, stored, str(receiver.received)):
        assert "wrong" not in shown and "w0rd" not in shown and password not in shown


@pytest.mark.parametrize("content_type", [None, "application/rss+xml; charset=utf-8"])
def test_a_feed_with_a_few_bad_bytes_is_read_in_its_own_encoding(content_type):
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            '<item><title>葬送のフリーレン 第2期 — Café</title><link>https://news.example/a</link></item>'
            '<item><title>BROKEN</title><link>https://news.example/b</link></item></channel></rss>').encode()
    feed = feed.replace(b"BROKEN", b"broken \xff\xfe byte")
    titles = [e.title for e in parse_feed(feed, "https://news.example/feed", content_type).entries]
    assert titles == ["葬送のフリーレン 第2期 — Café", "broken \ufffd\ufffd byte"]


def test_a_json_feed_with_odd_items_reads_the_good_ones_and_counts_the_rest():
    feed = ('{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": ['
            '{"url": "https://news.example/a", "title": "Good"}, 7, {"title": "no link"},'
            '{"url": ["not", "a", "string"]}, {"url": "http://[::1/broken"}, {"url": "/b", "title": 5}]}').encode()
    listing = parse_feed(feed, "https://news.example/feed.json")
    assert [(e.url, e.title) for e in listing.entries] == [("https://news.example/a", "Good"),
                                                           ("https://news.example/b", None)]
    assert listing.skipped == 4


def test_a_one_letter_alias_is_refused_and_a_shared_alias_is_a_warning(tmp_path):
    config = write_config(tmp_path / "config.toml", (
        '[[franchise]]\nname = "Ace Quest"\naliases = ["A", "AQ"]\n'
        '[[franchise]]\nname = "Another Quest"\naliases = ["aq"]\n'))
    refused = sequelwatch("check-config", "--config", str(config))
    assert refused.returncode == 78
    assert "config.toml:3: [[franchise]] 1 ('Ace Quest'), key 'aliases': 'A' is too short" in refused.stderr
    config.write_text(config.read_text().replace('"A", ', ""))
    warned = sequelwatch("check-config", "--config", str(config))
    assert warned.returncode == 0, warned.stderr
    assert ("warning: " f"{config}:6: [[franchise]] 2 ('Another Quest'), key 'aliases': 'aq' is also a name of "
            "'Ace Quest': a text that names it counts for both franchises") in warned.stdout


@pytest.mark.parametrize("kind, path, listing", [
    ("sitemap", "/sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                "<url><loc>javascript:alert(1)</loc></url><url><loc>mailto:a@b.example</loc></url>"
                                "<url><loc>{base}/ok.html</loc></url></urlset>"),
    ("html", "/list.html", '<html><body><a href="javascript:void(0)">x</a><a href="tel:+1555">call</a>'
                           '<a href="mailto:a@b.example">mail</a><a href="{base}/ok.html">Blame! fan event</a>'
                           "</body></html>"),
])
def test_links_that_cannot_be_requested_are_counted_and_the_rest_of_the_listing_is_read(
        tmp_path, hostile, receiver, kind, path, listing):
    (hostile.root / path.lstrip("/")).write_text(listing)
    text = config_text(tmp_path, hostile, receiver, path, kind)
    if kind == "html":
        text = text.replace('type = "html"\n', 'type = "html"\nlinks = "a"\n')
    result = sequelwatch("run", "--once", "--config", str(write_config(tmp_path / "config.toml", text)))
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout and "refused link" in result.stdout, result.stdout
    assert len(receiver.received) == 1 and "Traceback" not in result.stderr


def test_extraction_never_runs_in_two_threads_at_once():
    running, overlaps, threads = [0], [0], set()

    def parse(_: int) -> None:  # stands for trafilatura: it notes who runs it, and whether anyone else does
        running[0] += 1
        overlaps[0] += running[0] > 1
        threads.add(threading.current_thread().name)
        time.sleep(0.005)
        running[0] -= 1

    async def crawl() -> None:
        workers = ExtractWorkers()
        try:
            await asyncio.gather(*(workers.run(parse, n) for n in range(40)))
        finally:
            workers.close()

    asyncio.run(crawl())
    assert overlaps[0] == 0 and len(threads) == 1 and threads.pop().startswith("sequelwatch-extract")
