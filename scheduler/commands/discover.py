"""``sequelwatch discover URL``: the feeds and sitemaps a site offers, each checked to parse."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from urllib.parse import urljoin

import click

from crawler.extract.listings import (
    COMMON_LISTING_PATHS,
    advertised_feeds,
    parse_feed,
    parse_sitemap,
    robots_sitemaps,
)
from scheduler.commands.fetching import FetchProblem, fetch
from scheduler.errors import EXIT_FAILURE


@dataclass(frozen=True)
class Candidate:
    url: str
    found_by: str  # "the page", "robots.txt", "a common path"


@dataclass(frozen=True)
class Checked:
    candidate: Candidate
    kind: str | None  # "feed" or "sitemap": the [[source]] type that reads it; None: not usable
    detail: str


def candidates(url: str) -> list[Candidate]:
    """Where a site's feeds and sitemaps may be: what its page and robots.txt say, then common paths."""
    found: list[Candidate] = []
    try:
        found += [Candidate(u, "the page") for u in advertised_feeds(fetch(url, "discover").body, url)]
    except FetchProblem:
        pass  # the page itself is checked as a candidate below, and says why
    try:
        robots = fetch(urljoin(url, "/robots.txt"), "discover").body.decode("utf-8", "replace")
        found += [Candidate(u, "robots.txt") for u in robots_sitemaps(robots, url)]
    except FetchProblem:
        pass
    found += [Candidate(url, "the address given")]
    found += [Candidate(urljoin(url, path), "a common path") for path in COMMON_LISTING_PATHS]
    unique: dict[str, Candidate] = {}
    for candidate in found:
        unique.setdefault(candidate.url, candidate)
    return list(unique.values())


def check(candidate: Candidate) -> Checked:
    """Fetch a candidate and read it as a feed, then as a sitemap."""
    try:
        fetched = fetch(candidate.url, "discover")
    except FetchProblem as exc:
        return Checked(candidate, None, str(exc).removeprefix(f"{candidate.url}: "))
    feed = parse_feed(fetched.body, fetched.url, fetched.content_type)
    if feed.entries:
        return Checked(candidate, "feed", f"{len(feed.entries)} entries")
    sitemap = parse_sitemap(fetched.body, fetched.url)
    if sitemap.entries or sitemap.sitemaps:
        what = f"{len(sitemap.entries)} pages" if sitemap.entries else f"an index of {len(sitemap.sitemaps)} sitemaps"
        return Checked(candidate, "sitemap", what)
    return Checked(candidate, None, feed.problem or sitemap.problem or "no entries")


@click.command()
@click.argument("url")
@click.option("--all", "show_all", is_flag=True, help="Also list the addresses tried that are not a feed or sitemap.")
def discover(url: str, show_all: bool) -> None:
    """List the feeds and sitemaps a site offers, checked to parse, to use as [[source]] urls."""
    if not url.startswith(("http://", "https://")):
        url = "https://" + url
    results = [check(c) for c in candidates(url)]
    usable = [r for r in results if r.kind]
    for result in usable + ([r for r in results if not r.kind] if show_all else []):
        click.echo(f"{result.kind or '-':8} {result.candidate.url}  ({result.detail}; found by "
                   f"{result.candidate.found_by})")
    if not usable:
        click.echo(f"no feed or sitemap found at {url} ({len(results)} addresses tried; --all lists them)", err=True)
        click.echo("hint: a site without either can be read as type = \"html\" with a CSS selector for its links",
                   err=True)
        sys.exit(EXIT_FAILURE)
    click.echo(f"\nadd one to config.toml:\n[[source]]\nname = \"...\"\ntype = \"{usable[0].kind}\"\n"
               f"url = \"{usable[0].candidate.url}\"")
