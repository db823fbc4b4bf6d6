"""Pages: an article's HTML into a Document (main text, title, date) with trafilatura.

A page without an article is an expected outcome: ``extract_page`` returns None
and the caller counts it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import htmldate
import trafilatura

from crawler.model import Document, Page

# A page with less text than this is a teaser or an error page, not an article.
MIN_TEXT_CHARS = 40
# Text shorter than this from the main extractor alone gets trafilatura's full cascade.
FULL_CASCADE_BELOW = 500


def _page_date(tree, fetched_at: datetime) -> datetime | None:
    """The publication date the page's markup states (meta tags, JSON-LD, <time>, the URL).

    Never a date guessed from the body text (htmldate's extensive search): in a
    news story the dates in the text are mostly the news itself, a release date
    taken for the publication date makes an upcoming release look past.
    """
    found = htmldate.find_date(tree, extensive_search=False, original_date=True,
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


def _sections_not_items(tree) -> None:
    """A list whose items each open with a heading ("The 15 most anticipated games": <li><h3>Title</h3><p>...</p>)
    is a run of sections: trafilatura would join each item's heading and text into one line ("Auric Tide Out March
    2027."), and the heading could no longer tell whose the text is."""
    for item in tree.xpath("//li[h1 or h2 or h3 or h4 or h5 or h6]"):
        item.tag = "div"
    for listing in tree.xpath("//ol[div and not(li)] | //ul[div and not(li)]"):
        listing.tag = "div"


def _main_text(tree, url: str) -> str:
    """trafilatura's main extractor alone, then its full cascade where that found little.

    The cascade (readability and justext compared against the main
    extractor, trafilatura's ``fast=False``) cost four fifths of extraction
    time on news pages and changed nothing there; it earns its keep on
    pages whose layout the main extractor misreads, which leave it little text.
    """
    _sections_not_items(tree)
    for fast in (True, False):
        extracted = trafilatura.bare_extraction(
            tree, url=url, fast=fast, with_metadata=False, include_comments=False, favor_precision=True
        )
        text = (getattr(extracted, "text", None) or "").strip()  # None: nothing extracted
        if len(text) >= FULL_CASCADE_BELOW:
            break
    return text


def extract_page(page: Page) -> Document | None:
    """Main text, title and date of an article page; ``None`` if it has no article.

    The listing's title and date win over the page's: feeds state them on
    purpose, while a page's markup may be a template's. A page that states no
    date at all is dated when it was fetched (its first poll: first seen). Where the page
    yields no text but the feed carried a summary, the summary is the text.
    """
    html = page.body.decode(page.encoding or "utf-8", errors="replace")
    tree = trafilatura.load_html(html)
    titles: tuple[str, ...] = ()
    if tree is None:
        text, published = "", None
    else:
        text, titles = _main_text(tree, page.url), _page_titles(tree)
        # Without a stated date, the document is as new as when it was first seen.
        published = page.feed_published or _page_date(tree, page.fetched_at) or page.fetched_at
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
