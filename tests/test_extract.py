"""Feeds and pages into entries and documents; canonical URLs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.extract.listings import parse_feed
from crawler.extract.pages import extract_page
from crawler.model import EventKind, Franchise, Page
from crawler.understand.analyze import Analyzer
from crawler.urls import canonical_url
from tests.servers import FIXTURES

FEEDS = FIXTURES / "site" / "feeds"
FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def page(body: bytes, encoding: str | None = None, **fields) -> Page:
    return Page("S", "https://w.example/a", body, encoding, fetched_at=FETCHED, **fields)


def feed(name: str):
    return parse_feed((FEEDS / name).read_bytes().replace(b"{base}", b"https://w.example"), f"https://w.example/feeds/{name}")


def test_rss_entries_with_dates_and_summaries():
    listing = feed("news.rss")
    assert listing.problem is None
    assert [e.url for e in listing.entries][:2] == ["https://w.example/articles/blame-sequel.html",
                                                    "https://w.example/articles/take-the-blame.html"]
    first = listing.entries[0]
    assert first.published == datetime(2017, 6, 20, 10, 0, tzinfo=UTC)
    assert first.summary == "A sequel to the CG anime feature has been confirmed."  # markup stripped


def test_atom_links_and_rdf_dates_in_utc():
    assert [e.url for e in feed("games.atom").entries] == ["https://w.example/articles/dune-game.html",
                                                           "https://w.example/articles/aot-final.html"]
    [entry] = feed("japan.rdf").entries
    assert entry.published == datetime(2017, 6, 20, 18, 0, tzinfo=UTC)  # 03:00 +09:00
    assert entry.title == "映画『ブラム！』続編の制作が決定"


@pytest.mark.parametrize(("body", "problem"), [
    ((FEEDS / "broken.xml").read_bytes(), "malformed feed"),
    (b"<html><body><p>Just a page</p></body></html>", "not a feed"),
    (b"", "not a feed"),
    (b"\xff\xfe\x00garbage\x00", "not a feed"),
])
def test_unusable_feeds_say_why(body, problem):
    listing = parse_feed(body, "https://w.example/feed")
    assert listing.entries == () and listing.problem.startswith(problem)


def test_an_empty_but_valid_feed_is_not_a_problem():
    listing = parse_feed(b'<rss version="2.0"><channel><title>t</title></channel></rss>', "https://w.example/f",
                         "application/rss+xml")
    assert (listing.entries, listing.problem) == ((), None)


def test_page_text_without_boilerplate_and_feed_metadata_wins():
    body = (FIXTURES / "site" / "articles" / "blame-sequel.html").read_bytes()
    published = datetime(2017, 6, 20, 10, 0, tzinfo=UTC)
    doc = extract_page(page(body, "utf-8", feed_title="Feed title", feed_published=published))
    assert doc.title == "Feed title" and doc.published == published
    assert doc.text.startswith("Netflix viewers who reached the end of Blame!")
    for boilerplate in ("Advertisement", "Trending", "All rights reserved", "first!!", "dataLayer"):
        assert boilerplate not in doc.text


def test_page_without_text_falls_back_to_the_feed_summary_or_is_dropped():
    empty = b"<html><body><nav>Home</nav></body></html>"
    summary = "A sequel to the CG anime feature has been confirmed by the studio today."
    assert extract_page(page(empty, feed_summary=summary)).text == summary
    assert extract_page(page(empty)) is None
    garbage = extract_page(page(b"\x00\x01\x02", feed_title="Blame! 2 confirmed"))
    assert garbage.title == "Blame! 2 confirmed"  # the title still counts for matching


SENTENCE = "Studio Polygon confirmed that the Blame! sequel is in production and will premiere in 2027. "


def article(headline: str, head: str = "", paragraphs: int = 6) -> bytes:
    body = "".join(f"<p>{SENTENCE * 2}</p>" for _ in range(paragraphs))
    return (f"<html><head><title>{headline} | Example News</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{headline}</h1>{body}</article><footer>All rights reserved</footer></body></html>").encode()


def test_the_pages_headline_is_not_text_even_when_the_feed_titles_the_story_differently():
    listed = page(article("Blame! returns: sequel in production"),
                  feed_title="Blame! 2 confirmed for 2027", feed_published=datetime(2026, 11, 2, tzinfo=UTC))
    doc = extract_page(listed)
    assert doc.title == "Blame! 2 confirmed for 2027"
    assert doc.text.startswith(SENTENCE.strip()) and "Blame! returns" not in doc.text


def test_without_a_listing_title_and_date_the_page_gives_them():
    head = ('<meta property="og:title" content="Blame! sequel in production">'
            '<meta property="article:published_time" content="2026-11-02T09:00:00+00:00">')
    doc = extract_page(page(article("Blame! returns", head)))
    assert doc.title == "Blame! sequel in production"
    assert doc.published == datetime(2026, 11, 2, tzinfo=UTC)
    assert doc.text.startswith(SENTENCE.strip())
    plain = extract_page(page(article("Blame! returns")))
    assert plain.title == "Blame! returns" and plain.published == FETCHED


def test_a_date_in_the_story_is_never_taken_for_the_publication_date():
    # The release date is the news; a page that states no date of its own was published when first seen.
    story = "<p>Studio Polygon confirmed that Vanta Reach season 2 premieres on March 14, 2026 in Japan.</p>" * 3
    html = f"<html><body><article><h1>Vanta Reach returns</h1><p>January 5, 2026</p>{story}</article></body></html>"
    doc = extract_page(page(html.encode()))
    assert doc.published == FETCHED


def test_a_layout_the_main_extractor_misreads_gets_the_full_cascade():
    # Text in bare <div>s: trafilatura's main extractor alone finds nothing here.
    divs = "".join(f"<div>{SENTENCE * 2}</div>" for _ in range(4))
    body = f"<html><body><div class='nav'><a href='/'>Home</a></div><div class='x'>{divs}</div></body></html>"
    doc = extract_page(page(body.encode(), feed_title="Blame! 2"))
    assert doc.text.count("Studio Polygon confirmed") == 8


def test_a_list_of_sections_keeps_each_heading_on_its_own_line():
    # "The most anticipated games": each item opens with a title; joined to its text, the next title's line
    # ("Auric Tide Out March 2027.") would read as the watched work's date.
    items = ("<li><h3>Iron Tide Saga 3</h3><p>Now due in the first half of 2028, but it stays on the list.</p></li>"
             "<li><h3>Auric Tide</h3><p>Out March 2027.</p></li>")
    html = (f"<html><body><article><h1>The most anticipated games of 2027</h1><p>{SENTENCE}</p><ol>{items}</ol>"
            f"<ul><li>Plain item one</li><li>Plain item two</li></ul></article></body></html>")
    doc = extract_page(page(html.encode()))
    assert "\nAuric Tide\nOut March 2027." in doc.text
    assert "- Plain item one" in doc.text  # a list of short items stays a list
    events = Analyzer([Franchise("Iron Tide Saga", ("Iron Tide",))]).analyze(doc, FETCHED).events
    assert {(e.franchise, e.kind, e.when) for e in events if e.kind is not EventKind.MENTION} == {
        ("Iron Tide Saga", EventKind.RELEASE_DATE, "2028")}


@pytest.mark.parametrize(("url", "canonical"), [
    ("https://WWW.Example.com/a/?utm_source=rss&utm_medium=feed#top", "https://example.com/a"),
    ("https://example.com:443/a?b=2&a=1&fbclid=xyz", "https://example.com/a?a=1&b=2"),
    ("http://example.com:8080/", "http://example.com:8080/"),
    ("https://example.com/a?id=5", "https://example.com/a?id=5"),
    ("https://amp.example.com/news/a/amp/?amp=1", "https://example.com/news/a"),
    ("https://m.example.com/news/a.amp.html", "https://example.com/news/a.html"),
    ("https://example.com/news/a?outputType=amp", "https://example.com/news/a"),
    ("https://m.com/a", "https://m.com/a"),  # a two-label host is a name, not a mobile variant
])
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


_LISTICLE = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>The most anticipated games of 2027</title>
<meta property="article:published_time" content="2026-12-01T09:00:00Z"></head><body><header>GameHub</header>
<article><h1>The most anticipated games of 2027</h1><p class="byline">By the GameHub staff</p>
<p>2026 was a great year, but 2027 looks even better. Here are the games we are most excited about.</p>
<h2>Gloamreach 2</h2><p>Release date: April 22, 2027</p><p>Platforms: PS5, Xbox Series X|S, PC</p>
<p>The sequel adds co-op and a bigger world.</p>
<h2>Copperline</h2><p>Release date: TBA 2027</p>
<p>The heist game from a new studio still has no firm date, but the studio insists it is a 2027 game.</p>
<h2>Thimble Knights: The Game</h2><p>Release date: Summer 2027</p><p>A tie-in action game based on the series.</p>
<h2>Gloamreach</h2><p>Release date: March 3, 2023</p><p>The first game, still worth playing before the sequel.</p>
</article><footer>GameHub 2026</footer></body></html>"""


def test_a_listicles_fact_boxes_date_each_work_as_extraction_gives_them():
    """Extraction gives a page's headings and fields a line each ("Copperline", then "Release date: TBA 2027"):
    each entry's date is its heading's work's, the next line is no subtitle or longer name of it, and a
    field line is no section heading that would cut the entry off."""
    document = extract_page(Page("site", "https://news.example/anticipated", _LISTICLE, "utf-8",
                                 fetched_at=datetime(2026, 12, 5, tzinfo=UTC)))
    analyzer = Analyzer([Franchise("Gloamreach"), Franchise("Copperline"), Franchise("Thimble Knights")])
    events = {(e.franchise, e.kind, e.when) for e in analyzer.analyze(document, document.published).events
              if e.kind is not EventKind.MENTION}
    assert events == {("Gloamreach", EventKind.RELEASE_DATE, "2027-04-22"), ("Copperline", EventKind.RELEASE_DATE, "2027"),
                      ("Thimble Knights", EventKind.RELEASE_DATE, "2027-summer")}
