"""Listings: feeds (RSS, Atom, RDF, JSON Feed) and sitemaps into entries.

Malformed input is an expected outcome here: the functions return an empty
listing with a reason, or count the entries they could not use, instead of
raising; the caller counts it.
"""

from __future__ import annotations

import calendar
import codecs
import json
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup
from lxml import etree


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None
    published: datetime | None
    summary: str | None


@dataclass(frozen=True, slots=True)
class FeedListing:
    """The entries of a feed, or why there are none (``problem``); ``skipped``: entries with an unusable link."""

    entries: tuple[FeedEntry, ...]
    problem: str | None = None
    skipped: int = 0  # entries without a usable link: none, or one that is not a URL


def _join(base: str, link: str) -> str | None:
    """An entry's link made absolute; None when it is not a URL at all (an unbalanced "[" in the host...)."""
    try:
        joined = urljoin(base, link.strip())
        port = urlsplit(joined).port  # raises for a port that is not a number
    except ValueError:
        return None
    return joined if port is None or port > 0 else None


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
    parsed = feedparser.parse(_repaired(body, content_type), response_headers=headers)
    found = [_entry(item, url) for item in parsed.entries]
    entries = tuple(e for e in found if e is not None)
    skipped = len(found) - len(entries)
    if entries:
        return FeedListing(entries, skipped=skipped)
    if not parsed.get("version") and not parsed.entries:
        return FeedListing((), "not a feed")
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _HARMLESS):
        detail = str(parsed.get("bozo_exception") or "").strip().splitlines()[0:1]
        return FeedListing((), f"malformed feed ({detail[0][:120] if detail else 'unreadable'})")
    return FeedListing((), skipped=skipped)


_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _declared_encoding(body: bytes, content_type: str | None) -> str:
    """The feed's encoding as declared: HTTP charset, then a byte-order mark, then the XML declaration."""
    charset = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", content_type or "")
    if charset:
        return charset.group(1)
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding
    declared = _XML_ENCODING.match(body[:200])
    return declared.group(1).decode("ascii") if declared else "utf-8"


def _repaired(body: bytes, content_type: str | None) -> bytes:
    """The feed in its own encoding with only its undecodable bytes replaced.

    Left to itself, feedparser decodes a whole UTF-8 feed with one bad byte as
    windows-1252, and every accented or Japanese title turns to mojibake.
    """
    encoding = _declared_encoding(body, content_type)
    try:
        body.decode(encoding)
    except LookupError:
        return body  # an encoding Python does not know: feedparser's own guess is the best left
    except UnicodeDecodeError:
        return body.decode(encoding, "replace").encode(encoding, "replace")
    return body


def _json_feed(body: bytes, url: str) -> FeedListing:
    """JSON Feed 1.0/1.1 (jsonfeed.org), which feedparser does not read."""
    try:
        data = json.loads(body)
        items = data["items"] if "jsonfeed.org" in str(data.get("version", "")) else None
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        return FeedListing((), f"malformed JSON feed ({type(exc).__name__})")
    if not isinstance(items, list):
        return FeedListing((), "not a feed")
    entries = [entry for entry in (_json_entry(item, url) for item in items) if entry is not None]
    return FeedListing(tuple(entries), skipped=len(items) - len(entries))


def _json_entry(item, url: str) -> FeedEntry | None:
    """One JSON Feed item; None when it is not an object with a usable link (strangers write these)."""
    if not isinstance(item, dict):
        return None
    link = item.get("url") or item.get("external_url")
    absolute = _join(url, link) if isinstance(link, str) and link.strip() else None
    if absolute is None:
        return None
    title, markup = item.get("title"), item.get("content_html")
    summary = item.get("summary") or item.get("content_text") or (html_to_text(markup) if isinstance(markup, str) else "")
    return FeedEntry(absolute, (title.strip() or None) if isinstance(title, str) else None,
                     parse_timestamp(item.get("date_published") or item.get("date_modified")),
                     summary if isinstance(summary, str) and summary else None)


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
    skipped: int = 0  # entries whose <loc> is not a URL


def gunzip(body: bytes, max_bytes: int) -> bytes:
    """The decompressed body; ValueError when it is corrupt or would exceed ``max_bytes``.

    Decompression stops at the limit: a 1 MB gzip bomb would otherwise take
    gigabytes of memory before anyone could look at its size.
    """
    out, data = bytearray(), body
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # one gzip member; a file may hold several
        try:
            out += inflater.decompress(data, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise ValueError("corrupt gzip data") from exc
        if len(out) > max_bytes:
            raise ValueError(f"larger than {max_bytes} bytes once decompressed")
        if not inflater.eof:
            raise ValueError("truncated gzip data")
        data = inflater.unused_data.lstrip(b"\x00")
    return bytes(out)


def parse_sitemap(body: bytes, url: str, max_bytes: int = 5 * 1024 * 1024) -> SitemapListing:
    """A sitemap, a news sitemap or a sitemap index (gzip-compressed or not, at most ``max_bytes`` inflated)."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_bytes)
        except ValueError as exc:
            return SitemapListing(problem=f"gzip sitemap: {exc}")
    try:
        root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        return SitemapListing(problem="malformed sitemap")
    tag = etree.QName(root).localname
    children = [c for c in root if isinstance(c.tag, str)]
    joined = [(c, _join(url, loc)) for c in children if (loc := _text(c, "loc"))]
    skipped = sum(link is None for _, link in joined)
    located = [(c, link) for c, link in joined if link is not None]
    if tag == "sitemapindex":
        return SitemapListing(sitemaps=tuple((link, parse_timestamp(_text(c, "lastmod"))) for c, link in located),
                              skipped=skipped)
    if tag != "urlset":
        return SitemapListing(problem="not a sitemap")
    entries = []
    for child, link in located:
        published = parse_timestamp(_text(child, "publication_date")) or parse_timestamp(_text(child, "lastmod"))
        entries.append(FeedEntry(link, _text(child, "title"), published, None))
    return SitemapListing(entries=tuple(entries), skipped=skipped)


def _text(element, name: str) -> str | None:
    """Text of the first descendant called ``name`` in any namespace (news:title, news:publication_date)."""
    for found in element.iter():
        if isinstance(found.tag, str) and etree.QName(found).localname == name and found.text:
            return found.text.strip()
    return None


def _entry(item, url: str) -> FeedEntry | None:
    """The entry, or None when it has no usable link (none, or one that is not a URL)."""
    link = item.get("link") or next((ln.get("href") for ln in item.get("links", ()) if ln.get("href")), None)
    absolute = _join(url, link) if isinstance(link, str) and link.strip() else None
    if absolute is None:
        return None
    summary = item.get("summary")
    return FeedEntry(
        url=absolute,
        title=(item.get("title") or "").strip() or None,
        published=_entry_time(item),
        summary=html_to_text(summary) if summary else None,
    )


# Where sites put a feed or a sitemap without saying so.
COMMON_LISTING_PATHS = ("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json",
                        "/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
               "application/json")


def advertised_feeds(page: bytes, url: str) -> list[str]:
    """The feeds an HTML page names in ``<link rel="alternate" type="application/rss+xml" href=...>``."""
    found = []
    for link in BeautifulSoup(page, "html.parser").find_all("link", href=True):
        rel = {r.lower() for r in (link.get("rel") or ())}
        kind = str(link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" in rel and kind in _FEED_TYPES and (absolute := _join(url, str(link["href"]))):
            found.append(absolute)
    return list(dict.fromkeys(found))


def robots_sitemaps(robots: str, url: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt, absolute."""
    found = []
    for line in robots.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "sitemap" and (absolute := _join(url, value.strip())):
            found.append(absolute)
    return list(dict.fromkeys(found))
