"""Posts from social APIs as Documents: Reddit listings, Mastodon statuses, Bluesky feeds.

Pure functions of the decoded JSON, in the shapes the services answer with;
a post is a document of kind ``post`` (its text is the document: nothing to
fetch). A payload that is not the expected shape raises :class:`PayloadError`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit, urlunsplit

from crawler.extract.listings import html_to_text, parse_timestamp
from crawler.model import Document

BLUESKY_APPVIEW = "https://public.api.bsky.app/xrpc"
REDDIT_BASE = "https://www.reddit.com"


class PayloadError(ValueError):
    """The API answered with JSON of an unexpected shape."""


def _post(source: str, url: str, title: str, text: str, published: datetime | None, lang: str | None) -> Document:
    return Document(source=source, url=url, title=title.strip(), text=text.strip(), published=published,
                    lang=lang, kind="post")


def reddit_listing_url(url: str) -> str:
    """/r/anime -> /r/anime/new.json?limit=50; /r/anime/search?q=x -> /r/anime/search.json?q=x&sort=new."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if path.endswith(".json"):
        return url
    if path.endswith("/search"):
        query = parts.query + ("&" if parts.query else "") + "sort=new&restrict_sr=1&limit=50"
        return urlunsplit((parts.scheme, parts.netloc, path + ".json", query, ""))
    return urlunsplit((parts.scheme, parts.netloc, path + "/new.json", "limit=50", ""))


def reddit_documents(payload: dict, source: str) -> list[Document]:
    try:
        children = payload["data"]["children"]
        documents = []
        for child in children:
            post = child["data"]
            created = post.get("created_utc")
            documents.append(_post(
                source, REDDIT_BASE + post["permalink"], post.get("title") or "",
                post.get("selftext") or "",
                datetime.fromtimestamp(float(created), UTC) if created is not None else None, None))
        return documents
    except (KeyError, TypeError, ValueError) as exc:
        raise PayloadError(f"not a Reddit listing ({type(exc).__name__}: {exc})") from exc


def mastodon_api_url(url: str) -> tuple[str, str | None]:
    """(API URL, account to look up first): /tags/anime -> timelines/tag/anime; /@user -> accounts/lookup."""
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}/api/v1"
    path = parts.path.strip("/")
    if path.startswith("tags/"):
        return f"{base}/timelines/tag/{path.split('/', 1)[1]}?limit=40", None
    if path.startswith("@"):
        account = path[1:]
        return f"{base}/accounts/lookup?{urlencode({'acct': account})}", account
    return url, None


def mastodon_statuses_url(url: str, account_id: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/api/v1/accounts/{account_id}/statuses?limit=40&exclude_replies=true"


def mastodon_documents(statuses: list, source: str) -> list[Document]:
    try:
        documents = []
        for status in statuses:
            status = status.get("reblog") or status
            text = html_to_text(status.get("content") or "")
            warning = (status.get("spoiler_text") or "").strip()
            documents.append(_post(source, status.get("url") or status["uri"], warning, text,
                                   parse_timestamp(status.get("created_at")), status.get("language")))
        return documents
    except (KeyError, TypeError, AttributeError) as exc:
        raise PayloadError(f"not a list of Mastodon statuses ({type(exc).__name__}: {exc})") from exc


def bluesky_api_url(url: str) -> str:
    """bsky.app/profile/HANDLE -> getAuthorFeed; bsky.app/search?q=Q -> searchPosts; an xrpc URL as is."""
    parts = urlsplit(url)
    if "/xrpc/" in parts.path:
        return url
    path = parts.path.strip("/")
    if path.startswith("profile/"):
        return f"{BLUESKY_APPVIEW}/app.bsky.feed.getAuthorFeed?{urlencode({'actor': path.split('/')[1], 'limit': 50})}"
    if path == "search":
        return f"{BLUESKY_APPVIEW}/app.bsky.feed.searchPosts?{parts.query}&sort=latest&limit=50"
    return url


def bluesky_documents(payload: dict, source: str) -> list[Document]:
    try:
        posts = [item["post"] for item in payload["feed"]] if "feed" in payload else payload["posts"]
        documents = []
        for post in posts:
            record = post["record"]
            handle = post["author"]["handle"]
            rkey = post["uri"].rsplit("/", 1)[-1]
            langs = record.get("langs") or [None]
            documents.append(_post(source, f"https://bsky.app/profile/{handle}/post/{rkey}", "",
                                   record.get("text") or "", parse_timestamp(record.get("createdAt")), langs[0]))
        return documents
    except (KeyError, TypeError, AttributeError) as exc:
        raise PayloadError(f"not a Bluesky feed ({type(exc).__name__}: {exc})") from exc
