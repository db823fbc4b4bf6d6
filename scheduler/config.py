"""config.toml: read, validate, and turn into typed, frozen objects.

Every problem is collected before anything is reported, each with the file,
the line, the table and the key, and a suggestion for a misspelled key, so that
one run of ``sequelwatch check-config`` shows everything to fix.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from crawler.alerting import AlertPolicy
from crawler.extract.anilist import ENDPOINT as ANILIST_ENDPOINT
from crawler.fetch.settings import CrawlSettings
from crawler.model import (
    CONFIRMATIONS,
    Confirmations,
    ConfirmPolicy,
    Credentials,
    EventKind,
    Franchise,
    Routes,
    Source,
    SourceType,
    Trust,
)
from crawler.urls import LinkPolicy, origin, without_credentials
from notifiers.dispatch import Channel
from notifiers.errors import InvalidChannelURL
from notifiers.model import Template
from scheduler.errors import ConfigError, ConfigProblem
from scheduler.rhythm import Digest, QuietHours, RateLimit, Rhythm
from scheduler.tomlpos import Positions
from scheduler.validate import Reader

R = TypeVar("R")

APP = "sequelwatch"
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
DEFAULT_INTERVAL = "15m"
# A catalogue changes seldom, and AniList's rate limit is shared by everything its users run.
DEFAULT_CATALOGUE_INTERVAL = "3h"
MIN_INTERVAL_SECONDS = 1.0
MIN_ALIAS_CHARS = 2  # "A" would match the English article in every text
DEFAULT_ALERT_ON = CONFIRMATIONS

TOP_KEYS = ("database", "crawl", "delivery", "http", "franchise", "source", "channel")
HTTP_KEYS = ("listen", "user", "password_env", "password_file", "token_env", "token_file")
DEFAULT_LISTEN = "127.0.0.1:9780"
DELIVERY_KEYS = ("attempts", "confirm")
DATABASE_KEYS = ("url", "keep_documents", "timeout")
CRAWL_KEYS = ("user_agent", "contact", "robots", "per_host_concurrency", "download_delay", "timeout", "max_response_size",
              "extract_workers", "start_spread", "allow_networks")
FRANCHISE_KEYS = ("name", "aliases", "anilist", "alert_on", "channels", "confirm")
SOURCE_KEYS = ("name", "type", "url", "interval", "backfill", "robots", "links", "next", "pages", "trust")
CHANNEL_KEYS = ("name", "url", "url_env", "url_file", "quiet_hours", "timezone", "digest", "rate_limit", "priority",
                "title_template", "body_template")


def _version() -> str:
    try:
        return version(APP)
    except PackageNotFoundError:
        return "dev"


def data_dir() -> Path:
    """Where the database lives by default: systemd's StateDirectory, else the user's data dir."""
    state = os.environ.get("STATE_DIRECTORY")
    if state:
        return Path(state.split(":")[0])
    return Path(platformdirs.user_data_dir(APP))


def default_config_paths() -> tuple[Path, ...]:
    return (Path("config.toml"), Path(platformdirs.user_config_dir(APP)) / "config.toml")


@dataclass(frozen=True, slots=True)
class HttpAccess:
    """Who may read the [http] page: basic auth (user and password), a token, either, or anyone (open)."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    @property
    def open(self) -> bool:
        return not self.token and not (self.user and self.password)


@dataclass(frozen=True, slots=True)
class FranchiseConfig:
    franchise: Franchise
    alert_on: tuple[EventKind, ...]
    channels: tuple[str, ...]  # empty: every channel
    confirm: ConfirmPolicy = ConfirmPolicy.ANY


@dataclass(frozen=True, slots=True)
class SourceConfig:
    source: Source
    interval: float  # seconds


@dataclass(frozen=True)
class ChannelRules:
    """How a channel receives alerts: its rhythm (quiet hours, digest, rate) and its templates."""

    rhythm: Rhythm
    template: Template | None = None


@dataclass(frozen=True)
class Config:
    path: Path
    database_url: str
    crawl: CrawlSettings
    franchises: tuple[FranchiseConfig, ...]
    sources: tuple[SourceConfig, ...]
    channels: tuple[Channel, ...]  # empty: alerts go to the console
    rules: dict[str, ChannelRules] = field(default_factory=dict)
    delivery_attempts: int = 20  # about four days of retries (1 min doubling to 6 h) before a row fails
    keep_documents: float = 90 * 86400  # seconds a document is kept; facts and their sources stay
    database_timeout: float = 45.0  # seconds a job waits for one database call (above PostgreSQL's statement timeout)
    http_listen: tuple[str, int] | None = None  # [http]: where the page, /healthz and /metrics listen; None: off
    http_access: HttpAccess = field(default_factory=HttpAccess)
    warnings: tuple[ConfigProblem, ...] = ()  # usable, but probably not meant: check-config and the log say so

    def rules_of(self, channel: str) -> ChannelRules:
        return self.rules.get(channel) or ChannelRules(Rhythm(zone=local_zone()))

    def confirmations(self) -> Confirmations:
        """franchise -> its confirm policy."""
        return {f.franchise.name: f.confirm for f in self.franchises}

    @property
    def delivery_channels(self) -> tuple[Channel, ...]:
        """The channels alerts go to: the configured ones, or the console when there are none."""
        return self.channels or (Channel.console(),)

    def routes(self) -> Routes:
        """(franchise, event) -> the channels that alert on it."""
        everywhere = tuple(c.name for c in self.delivery_channels)
        return {
            (f.franchise.name, event): f.channels or everywhere
            for f in self.franchises
            for event in f.alert_on
        }

    def link_policy(self) -> LinkPolicy:
        """Which links a crawl may follow: the configured sources' origins and allow_networks are trusted."""
        return LinkPolicy(frozenset(origin(s.source.url) for s in self.sources), self.crawl.allow_networks)

    def alert_policy(self) -> AlertPolicy:
        """What alerts whom: the one policy the crawl, backfill and the commands judge facts by."""
        return AlertPolicy(self.routes(), self.confirmations())


def find_config(explicit: Path | None) -> Path:
    """The file to read: ``--config``, else ./config.toml, else the user's config dir."""
    candidates = (explicit,) if explicit else default_config_paths()
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    where = Path(explicit) if explicit else Path("config.toml")
    raise ConfigError([ConfigProblem(where, None, "", f"no configuration file found (looked for {looked})")])


def load(explicit: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Read and validate a configuration file. Raises ConfigError listing every problem."""
    path = find_config(explicit)
    environ = dict(os.environ) if environ is None else environ
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigProblem(path, None, "", f"cannot read the file: {exc}")]) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = _toml_error_position(exc)
        raise ConfigError([ConfigProblem(path, line, "", f"not valid TOML: {message}")]) from exc
    reader = Reader(path, Positions(text))
    config = _build(reader, data, environ)
    if reader.problems:
        raise ConfigError(reader.problems)
    return config


def _toml_error_position(exc: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    # Python 3.14 gives lineno; before, the position is only in the message text.
    lineno, msg = getattr(exc, "lineno", None), getattr(exc, "msg", None)
    if lineno and msg:
        return lineno, msg
    match = _TOML_POSITION.search(str(exc))
    if match:
        return int(match.group(1)), str(exc)[: match.start()].strip() + f" (column {match.group(2)})"
    return None, str(exc)


def _build(r: Reader, data: dict, environ: dict[str, str]) -> Config:
    r.check_keys(data, TOP_KEYS, "", None, "top level")
    database = r.table(data, "database", DATABASE_KEYS)
    default_db = f"sqlite:///{data_dir() / 'sequelwatch.db'}"
    database_url = r.string(database, "url", "database", None, default=default_db)
    scheme = database_url.partition("://")[0].lower()
    if scheme in ("postgres", "postgresql", "postgresql+psycopg2"):
        r.problem("database", None, "url", f"{scheme}:// needs a driver this version does not use; write "
                                           f"postgresql+psycopg://{database_url.partition('://')[2]}")
    keep_documents = r.duration(database, "keep_documents", "database", None, default="90d", low=86400)
    crawl = _crawl(r, r.table(data, "crawl", CRAWL_KEYS))
    delivery = r.table(data, "delivery", DELIVERY_KEYS)
    default_confirm = r.choice(delivery, "confirm", "delivery", None, ConfirmPolicy, default=ConfirmPolicy.ANY)
    channel_entries = r.array(data, "channel")
    channels = _channels(r, channel_entries, environ)
    rules = {c.name: _rules(r, entry, i, c) for i, entry in enumerate(channel_entries)
             for c in channels if entry.get("name") == c.name}
    # Declared names, valid or not: a bad URL is reported once, at the channel.
    names = {e["name"] for e in channel_entries if isinstance(e.get("name"), str)}
    return Config(
        path=r.path,
        database_url=database_url,
        crawl=crawl,
        franchises=tuple(_franchises(r, r.array(data, "franchise"), names, default_confirm)),
        sources=tuple(_sources(r, r.array(data, "source"), crawl.obey_robots)),
        channels=tuple(channels),
        rules=rules,
        keep_documents=keep_documents,
        database_timeout=r.duration(database, "timeout", "database", None, default="45s", low=1),
        delivery_attempts=r.integer(delivery, "attempts", "delivery", None, default=20, low=1, high=1000),
        http_listen=_http_listen(r, data),
        http_access=_http_access(r, data, environ),
        warnings=tuple(r.warnings) + _emptiness(r, data),
    )


def _emptiness(r: Reader, data: dict) -> tuple[ConfigProblem, ...]:
    """A config that watches nothing or polls nothing is valid, and almost surely not what was meant."""
    found = []
    if not data.get("franchise"):
        found.append(ConfigProblem(r.path, None, "", "no [[franchise]]: nothing is watched, so nothing can alert"))
    if not data.get("source"):
        found.append(ConfigProblem(r.path, None, "", "no [[source]]: nothing is polled"))
    return tuple(found)


def _http_listen(r: Reader, data: dict) -> tuple[str, int] | None:
    """``[http] listen = "host:port"``; the endpoint is on when the table is present."""
    if "http" not in data:
        return None
    listen = r.string(r.table(data, "http", HTTP_KEYS), "listen", "http", None, default=DEFAULT_LISTEN)
    host, _, port = listen.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        r.problem("http", None, "listen", f"{listen!r} is not host:port (for example {DEFAULT_LISTEN!r})")
        return None
    return host, int(port)


def _http_access(r: Reader, data: dict, environ: dict[str, str]) -> HttpAccess:
    """``[http]`` user with password_env or password_file, and/or token_env or token_file: never the secret itself
    in config.toml, which is often readable by more than its owner."""
    table = data.get("http")
    if not isinstance(table, dict):  # absent, or reported by _http_listen
        return HttpAccess()
    user = r.string(table, "user", "http", None) or None
    password = _secret(r, table, "password", environ)
    token = _secret(r, table, "token", environ)
    if user and not password:
        r.problem("http", None, "user", "needs password_env or password_file")
    elif password and not user:
        r.problem("http", None, "password_env" if "password_env" in table else "password_file", "needs user")
    return HttpAccess(user, password, token)


def _secret(r: Reader, table: dict, name: str, environ: dict[str, str]) -> str | None:
    """``{name}_env`` (an environment variable's name) or ``{name}_file`` (a file's path), read."""
    given = [k for k in (f"{name}_env", f"{name}_file") if k in table]
    if len(given) > 1:
        r.problem("http", None, given[1], f"give one of {name}_env and {name}_file")
        return None
    if not given:
        return None
    key = given[0]
    where = r.string(table, key, "http", None)
    if key.endswith("_env"):
        value = environ.get(where, "").strip()
        if not value:
            r.problem("http", None, key, f"environment variable {where} is not set")
        return value or None
    base = environ.get("CREDENTIALS_DIRECTORY")
    path = Path(base) / where if base and not Path(where).is_absolute() else r.path.parent / where
    try:
        value = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        r.problem("http", None, key, f"cannot read {path}: {exc.strerror}")
        return None
    if not value:
        r.problem("http", None, key, f"{path} is empty")
    return value or None


def _crawl(r: Reader, table: dict) -> CrawlSettings:
    contact = r.string(table, "contact", "crawl", None)
    if contact and not (_is_http_url(contact) or contact.startswith("mailto:")):
        r.problem("crawl", None, "contact", f"{contact!r} is not an http(s) or mailto: URL")
    # Site owners see this: who crawls, and how to reach them (the +URL convention of crawlers).
    default_agent = f"{APP}/{_version()} (+{contact})" if contact else f"{APP}/{_version()} (franchise news alerts; self-hosted)"
    return CrawlSettings(
        user_agent=r.string(table, "user_agent", "crawl", None, default=default_agent),
        obey_robots=r.boolean(table, "robots", "crawl", None, default=True),
        per_host_concurrency=r.integer(table, "per_host_concurrency", "crawl", None, default=2, low=1, high=16),
        download_delay=r.duration(table, "download_delay", "crawl", None, default="1s", low=0),
        timeout=r.duration(table, "timeout", "crawl", None, default="30s", low=1),
        max_response_bytes=r.size(table, "max_response_size", "crawl", None, default="5MB"),
        extract_workers=r.integer(table, "extract_workers", "crawl", None, default=0, low=0, high=32),
        start_spread=r.duration(table, "start_spread", "crawl", None, default="60s", low=0),
        allow_networks=r.networks(table, "allow_networks", "crawl", None),
    )


def _franchises(r: Reader, entries: list, channel_names: set[str], default_confirm: ConfirmPolicy):
    seen: set[str] = set()
    owners: dict[str, tuple[int, str]] = {}  # a name or alias, case-folded -> the franchise that has it
    for i, entry in r.entries(entries, "franchise", FRANCHISE_KEYS):
        name = r.string(entry, "name", "franchise", i, required=True)
        aliases = _aliases(r, entry, i, name, owners)
        alert_on = r.choices(entry, "alert_on", "franchise", i, EventKind, default=DEFAULT_ALERT_ON)
        channels = r.string_list(entry, "channels", "franchise", i, choices=tuple(sorted(channel_names)) or None)
        if channels and not channel_names:
            r.problem("franchise", i, "channels", "names channels, but no [[channel]] is configured")
        confirm = r.choice(entry, "confirm", "franchise", i, ConfirmPolicy, default=default_confirm)
        anilist = r.ids(entry, "anilist", "franchise", i)
        if name and r.unique(name, seen, "franchise", i):
            yield FranchiseConfig(Franchise(name, aliases, anilist), alert_on, channels, confirm)


# What people call a source, and the type that reads it.
_TYPE_NAMES_PEOPLE_USE = {"rss": "feed", "atom": "feed", "rdf": "feed", "json": "feed", "jsonfeed": "feed",
                          "youtube": "feed", "sitemaps": "sitemap", "news-sitemap": "sitemap", "web": "html",
                          "page": "html", "website": "html", "listing": "html", "bsky": "bluesky",
                          "subreddit": "reddit"}
_TYPE_HINTS = {"feed": "RSS, Atom, RDF and JSON feeds (YouTube's and Mastodon's too)",
               "sitemap": "sitemaps and news sitemaps", "html": "listing pages of sites without a feed",
               "bluesky": "Bluesky accounts and searches", "reddit": "subreddits and Reddit searches"}


def _aliases(r: Reader, entry: dict, i: int, name: str | None, owners: dict[str, tuple[int, str]]) -> tuple[str, ...]:
    """The aliases of [[franchise]] i: at least two characters, and each name said to belong to one franchise."""
    aliases = []
    for key, names in (("name", (name,) if name else ()), ("aliases", r.string_list(entry, "aliases", "franchise", i))):
        for alias in names:
            if len(alias.strip()) < MIN_ALIAS_CHARS:
                r.problem("franchise", i, key, f"{alias!r} is too short: a name of one character is found in "
                                               f"almost every text (at least {MIN_ALIAS_CHARS} characters)")
                continue
            owner = owners.setdefault(alias.casefold(), (i, name or alias))
            if owner[0] != i:
                r.warning("franchise", i, key, f"{alias!r} is also a name of {owner[1]!r}: a text that names it "
                                               f"counts for both franchises")
            if key == "aliases":
                aliases.append(alias)
    return tuple(aliases)


def _sources(r: Reader, entries: list, obey_robots: bool):
    seen: set[str] = set()
    for i, entry in r.entries(entries, "source", SOURCE_KEYS):
        name = r.string(entry, "name", "source", i, required=True)
        named = entry.get("type")
        if isinstance(named, str) and named.strip().lower() in _TYPE_NAMES_PEOPLE_USE:
            meant = _TYPE_NAMES_PEOPLE_USE[named.strip().lower()]
            r.problem("source", i, "type", f"{named!r} is not one of {', '.join(SourceType)}; "
                                           f"{_TYPE_HINTS[meant]} are all type = \"{meant}\"")
            entry = {**entry, "type": meant}
        kind = r.choice(entry, "type", "source", i, SourceType, default=SourceType.FEED)
        # A catalogue has one address (AniList's API); a feed's is the point of the entry.
        given = r.string(entry, "url", "source", i, required=not kind.catalogue, default=ANILIST_ENDPOINT)
        url, credentials = without_credentials(given or "")
        if url and not _is_http_url(url):
            r.problem("source", i, "url", f"{url!r} is not an http(s) URL")  # credentials left out: printed
        interval = r.duration(entry, "interval", "source", i, low=MIN_INTERVAL_SECONDS,
                              default=DEFAULT_CATALOGUE_INTERVAL if kind.catalogue else DEFAULT_INTERVAL)
        links = r.string(entry, "links", "source", i) or None
        if kind == "html" and not links:
            r.problem("source", i, "links", "an html source needs a CSS selector for its article links")
        elif links and kind != "html":
            r.problem("source", i, "links", f"only html sources take 'links', not {kind}")
        source = Source(
            name, kind, url,
            robots=r.boolean(entry, "robots", "source", i, default=obey_robots),
            backfill=r.boolean(entry, "backfill", "source", i, default=False),
            links=links, next_page=r.string(entry, "next", "source", i) or None,
            pages=r.integer(entry, "pages", "source", i, default=1, low=1, high=50),
            # A catalogue lists what studios announced: official, so it corroborates community reports.
            trust=r.choice(entry, "trust", "source", i, Trust, default=Trust.OFFICIAL if kind.catalogue else Trust.PRESS),
            credentials=Credentials(*credentials) if credentials else None,
        )
        if name and r.unique(name, seen, "source", i):
            yield SourceConfig(source, interval)


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is no number or out of range
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _channels(r: Reader, entries: list, environ: dict[str, str]) -> list[Channel]:
    channels: list[Channel] = []
    seen: set[str] = set()
    for i, entry in r.entries(entries, "channel", CHANNEL_KEYS):
        name = r.string(entry, "name", "channel", i, required=True)
        url = _channel_url(r, entry, i, environ)
        if not (name and r.unique(name, seen, "channel", i)) or url is None:
            continue
        try:
            channels.append(Channel.from_url(name, url))
        except InvalidChannelURL as exc:
            key = next(k for k in ("url", "url_env", "url_file") if k in entry)
            r.problem("channel", i, key, f"not a usable Apprise URL: {exc}")
    return channels


def local_zone() -> tzinfo:
    """The machine's time zone, with its summer time rules: where quiet hours and digests are read
    without a timezone key. ``TZ`` when set, else /etc/localtime, else UTC.

    Not ``datetime.now().astimezone().tzinfo``: that is the offset of the moment it was asked, and a
    daemon started in winter would hold quiet hours an hour off all summer.
    """
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        with open("/etc/localtime", "rb") as zone_file:
            return ZoneInfo.from_file(zone_file, key="localtime")
    except (OSError, ValueError):
        return UTC


def _rules(r: Reader, entry: dict, i: int, channel: Channel) -> ChannelRules:
    zone: tzinfo = local_zone()
    zone_name = r.string(entry, "timezone", "channel", i)
    if zone_name:
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            r.problem("channel", i, "timezone", f"unknown time zone {zone_name!r}; use a name like \"Europe/Berlin\"")
    quiet = _rule(r, entry, i, "quiet_hours", QuietHours.parse)
    digest = _rule(r, entry, i, "digest", Digest.parse)
    rate = _rule(r, entry, i, "rate_limit", RateLimit.parse, default=channel.kind.default_rate)
    priority = r.choices(entry, "priority", "channel", i, EventKind)
    title, body = r.string(entry, "title_template", "channel", i), r.string(entry, "body_template", "channel", i)
    for key, text in (("title_template", title), ("body_template", body)):
        try:
            (text or "").format_map(_TEMPLATE_CHECK)
        except (KeyError, ValueError, IndexError) as exc:
            r.problem("channel", i, key, f"bad placeholder {exc}; use {{{'}, {'.join(_TEMPLATE_FIELDS)}}}")
    rhythm = Rhythm(zone, quiet, digest, rate, frozenset(priority))
    return ChannelRules(rhythm, Template(title or None, body or None) if title or body else None)


def _rule(r: Reader, entry: dict, i: int, key: str, parse: Callable[[str], R], default: str | None = None) -> R | None:
    """One delivery rule of [[channel]] i, parsed; None when absent or (reported) invalid."""
    text = r.string(entry, key, "channel", i) or default
    try:
        return parse(text) if text else None
    except ValueError as exc:
        r.problem("channel", i, key, str(exc))
        return None


_TEMPLATE_FIELDS = ("franchise", "event", "label", "when", "headline", "url", "evidence", "source")
_TEMPLATE_CHECK = {name: "" for name in _TEMPLATE_FIELDS}


def _channel_url(r: Reader, entry: dict, i: int, environ: dict[str, str]) -> str | None:
    given = [k for k in ("url", "url_env", "url_file") if k in entry]
    if len(given) != 1:
        r.problem("channel", i, None, "give exactly one of 'url', 'url_env' or 'url_file'"
                  + (f" (found {', '.join(given)})" if given else ""))
        return None
    key = given[0]
    value = r.string(entry, key, "channel", i, required=True)
    if not value:
        return None
    if key == "url":
        return value
    if key == "url_env":
        if not environ.get(value):
            r.problem("channel", i, key, f"environment variable {value} is not set")
            return None
        return environ[value].strip()
    # url_file: relative to systemd's credentials directory when there is one.
    base = environ.get("CREDENTIALS_DIRECTORY")
    path = Path(base) / value if base and not Path(value).is_absolute() else r.path.parent / value
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        r.problem("channel", i, key, f"cannot read {path}: {exc.strerror}")
        return None
