"""Turning fetched bytes into text: feeds into entries, pages into Documents.

Malformed input is an expected outcome here: the functions return ``None`` or
an empty listing with a reason instead of raising, and the caller counts it.
"""

from __future__ import annotations

import calendar
import gzip
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser
import htmldate
import trafilatura
from bs4 import BeautifulSoup
from lxml import etree

from crawler.model import Document, Page

# A page with less text than this is a teaser or an error page, not an article.
MIN_TEXT_CHARS = 40
# Text shorter than this from the main extractor alone gets trafilatura's full cascade.
FULL_CASCADE_BELOW = 500


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None
    published: datetime | None
    summary: str | None


@dataclass(frozen=True, slots=True)
class FeedListing:
    """The entries of a feed, or why there are none (``problem``)."""

    entries: tuple[FeedEntry, ...]
    problem: str | None = None


def _entry_time(entry) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            # feedparser gives struct_time in UTC; timegm keeps it in UTC.
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment (feed summaries carry markup)."""
    return BeautifulSoup(markup, "html.parser").get_text(" ", strip=True)


# feedparser sets "bozo" for these too, but the feed was read correctly.
_HARMLESS = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> FeedListing:
    """RSS 0.9x/1.0 (RDF)/2.0, Atom and JSON Feed; entries without a link are dropped.

    A feed with a minor error still yields the entries that were readable; only
    a feed that yields none is reported as malformed or as not a feed.
    """
    if body.lstrip()[:1] == b"{":
        return _json_feed(body, url)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers)
    entries = tuple(e for e in (_entry(item, url) for item in parsed.entries) if e is not None)
    if entries:
        return FeedListing(entries)
    if not parsed.get("version") and not parsed.entries:
        return FeedListing((), "not a feed")
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _HARMLESS):
        detail = str(parsed.get("bozo_exception") or "").strip().splitlines()[0:1]
        return FeedListing((), f"malformed feed ({detail[0][:120] if detail else 'unreadable'})")
    return FeedListing(())


def _json_feed(body: bytes, url: str) -> FeedListing:
    """JSON Feed 1.0/1.1 (jsonfeed.org), which feedparser does not read."""
    try:
        data = json.loads(body)
        items = data["items"] if "jsonfeed.org" in str(data.get("version", "")) else None
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        return FeedListing((), f"malformed JSON feed ({type(exc).__name__})")
    if not isinstance(items, list):
        return FeedListing((), "not a feed")
    entries = []
    for item in items:
        link = isinstance(item, dict) and (item.get("url") or item.get("external_url"))
        if not link:
            continue
        summary = item.get("summary") or item.get("content_text") or html_to_text(item.get("content_html") or "")
        entries.append(FeedEntry(urljoin(url, link), (item.get("title") or "").strip() or None,
                                 parse_timestamp(item.get("date_published") or item.get("date_modified")),
                                 summary or None))
    return FeedListing(tuple(entries))


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO-8601 / RFC 3339 timestamp as aware UTC; None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class SitemapListing:
    """A urlset's entries, or a sitemap index's child sitemaps (url, lastmod)."""

    entries: tuple[FeedEntry, ...] = ()
    sitemaps: tuple[tuple[str, datetime | None], ...] = ()
    problem: str | None = None


def parse_sitemap(body: bytes, url: str) -> SitemapListing:
    """A sitemap, a news sitemap or a sitemap index (gzip-compressed or not)."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            return SitemapListing(problem="corrupt gzip sitemap")
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return SitemapListing(problem="malformed sitemap")
    tag = etree.QName(root).localname
    children = [c for c in root if isinstance(c.tag, str)]
    if tag == "sitemapindex":
        return SitemapListing(sitemaps=tuple(
            (urljoin(url, _text(c, "loc")), parse_timestamp(_text(c, "lastmod"))) for c in children if _text(c, "loc")))
    if tag != "urlset":
        return SitemapListing(problem="not a sitemap")
    entries = []
    for child in children:
        loc = _text(child, "loc")
        if loc:
            published = parse_timestamp(_text(child, "publication_date")) or parse_timestamp(_text(child, "lastmod"))
            entries.append(FeedEntry(urljoin(url, loc), _text(child, "title"), published, None))
    return SitemapListing(entries=tuple(entries))


def _text(element, name: str) -> str | None:
    """Text of the first descendant called ``name`` in any namespace (news:title, news:publication_date)."""
    for found in element.iter():
        if isinstance(found.tag, str) and etree.QName(found).localname == name and found.text:
            return found.text.strip()
    return None


def _entry(item, url: str) -> FeedEntry | None:
    link = item.get("link") or next((l.get("href") for l in item.get("links", ()) if l.get("href")), None)
    if not link:
        return None
    summary = item.get("summary")
    return FeedEntry(
        url=urljoin(url, link.strip()),
        title=(item.get("title") or "").strip() or None,
        published=_entry_time(item),
        summary=html_to_text(summary) if summary else None,
    )


def _page_date(tree, fetched_at: datetime) -> datetime | None:
    """The page's own publication date, as trafilatura would find it (htmldate, original date)."""
    found = htmldate.find_date(tree, extensive_search=True, original_date=True,
                               max_date=fetched_at.strftime("%Y-%m-%d"))
    if not found:
        return None
    try:
        return datetime.fromisoformat(found).replace(tzinfo=UTC)
    except ValueError:
        return None


def _squeeze(text: str | None) -> str:
    return " ".join((text or "").split())


def _page_titles(tree) -> tuple[str, ...]:
    """The page's headline candidates, best first: og:title, a lone <h1>, <title>, the first <h1>.

    trafilatura keeps the headline as the text's first line; these let
    ``_without_title_line`` drop it whatever the feed called the story.
    """
    h1s = [_squeeze(h.text_content()) for h in tree.iter("h1")]
    candidates = (
        _squeeze(next(iter(tree.xpath('//meta[@property="og:title"]/@content')), None)),
        h1s[0] if len(h1s) == 1 else "",
        _squeeze(tree.findtext(".//title")),
        next((h for h in h1s if h), ""),
    )
    return tuple(c for c in candidates if c)


def _without_title_line(text: str, *titles: str | None) -> str:
    """Drop a first line that only repeats a title (trafilatura keeps the <h1>)."""
    first, _, rest = text.partition("\n")
    if any(t and _squeeze(first).casefold() == _squeeze(t).casefold() for t in titles):
        return rest.strip()
    return text


def _main_text(tree, url: str) -> str:
    """trafilatura's main extractor alone, then its full cascade where that found little.

    The cascade (readability and justext compared against the main
    extractor, trafilatura's ``fast=False``) cost four fifths of extraction
    time on news pages and changed nothing there; it earns its keep on
    pages whose layout the main extractor misreads, which leave it little text.
    """
    for fast in (True, False):
        extracted = trafilatura.bare_extraction(
            tree, url=url, fast=fast, with_metadata=False, include_comments=False, favor_precision=True
        )
        text = (extracted.text or "").strip() if extracted is not None else ""
        if len(text) >= FULL_CASCADE_BELOW:
            break
    return text


def extract_page(page: Page) -> Document | None:
    """Main text, title and date of an article page; ``None`` if it has no article.

    The listing's title and date win over the page's: feeds state them on
    purpose, while a page's date is a guess from its markup. Where the page
    yields no text but the feed carried a summary, the summary is the text.
    """
    html = page.body.decode(page.encoding or "utf-8", errors="replace")
    tree = trafilatura.load_html(html)
    if tree is None:
        text, titles, published = "", (), None
    else:
        text, titles = _main_text(tree, page.url), _page_titles(tree)
        published = page.feed_published or _page_date(tree, page.fetched_at)
    title = page.feed_title or next(iter(titles), "")
    text = _without_title_line(text, page.feed_title, *titles)
    if len(text) < MIN_TEXT_CHARS:
        text = (page.feed_summary or "").strip()
    if len(text) < MIN_TEXT_CHARS and not page.feed_title:
        return None
    return Document(
        source=page.source,
        url=page.url,
        title=title.strip(),
        text=text,
        published=published,
        aliases=page.aliases,
    )
