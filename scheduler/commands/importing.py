"""``sequelwatch import anilist USER``: the franchises of a public AniList list, as [[franchise]] tables.

AniList's public API needs no key and limits requests per minute (90 documented,
30 while it runs degraded). The import asks for 50 entries a request, waits as
long as a 429's Retry-After says (or until X-RateLimit-Reset), and pauses before
the next request when X-RateLimit-Remaining reaches 0.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import click
import tomlkit
from tomlkit.exceptions import ParseError
from tomlkit.items import AoT, Table

from crawler.errors import CatalogError, PrivateList, UnknownUser
from crawler.extract.anilist import ENDPOINT, LIST_QUERY, LIST_STATUSES, parse_list_page, request_body
from crawler.model import CatalogEntry
from scheduler.commands.common import config_option, fail
from scheduler.commands.fetching import Answer, FetchProblem, post
from scheduler.config import default_config_paths
from scheduler.errors import EXIT_CONFIG, EXIT_FAILURE
from scheduler.watchlist import Addition, Imported, Watched, additions, franchises

DEFAULT_STATUSES = "completed,current,planning"
MAX_WAIT_SECONDS = 120  # a longer wait than this is the user's to decide: the import says so and stops
MAX_TRIES = 5
PAGE_LIMIT = 200  # 10,000 entries: a list longer than that is a loop


class RateLimited(Exception):
    """AniList asked for a longer wait than the import will sit through."""


@click.group("import")
def import_group() -> None:
    """Import the franchises of a list you keep on AniList into config.toml."""


@import_group.command("anilist")
@click.argument("user")
@click.option("--status", "statuses", default=DEFAULT_STATUSES, show_default=True,
              help=f"Which entries of the list, comma-separated: {', '.join(s.lower() for s in LIST_STATUSES)}.")
@click.option("--write", "write_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Add the new franchises to this config file, keeping its comments; without it they are printed.")
@click.option("--endpoint", default=ENDPOINT, show_default=True, help="AniList's API address.")
@config_option
def anilist(user: str, statuses: str, write_path: Path | None, endpoint: str, config_path: Path | None) -> None:
    """Import the franchises of USER's public AniList list (seasons and films of one series are one franchise).

    Run it again later: it adds only what is new. Without --write, the TOML is
    printed to paste into config.toml; what was left out, and why, goes to
    standard error.
    """
    wanted = _statuses(statuses)
    target = write_path or next((p for p in (config_path, *default_config_paths()) if p and p.is_file()), None)
    document = _read(target) if target is not None and target.is_file() else tomlkit.document()
    try:
        entries = list_entries(endpoint, user, wanted)
    except UnknownUser:
        fail(f"AniList has no user named {user!r}", EXIT_FAILURE, "the name is the one in the list's address, "
             "anilist.co/user/NAME/animelist")
    except PrivateList:
        fail(f"{user}'s AniList list is private: the API shows it to its owner only", EXIT_FAILURE,
             "make the list public in AniList's settings (Lists), or add the franchises by hand")
    except (CatalogError, FetchProblem, RateLimited) as exc:
        fail(f"cannot read {user}'s AniList list: {exc}", EXIT_FAILURE)
    found = additions(franchises(entries), _watched(document))
    news = [a for a in found if not a.empty]
    _report(found, len(entries), user)
    if not news:
        click.echo(f"nothing new: every franchise of {user}'s list is watched already", err=True)
        return
    if write_path is None:
        click.echo(tomlkit.dumps(_changes_alone(news)), nl=False)
        return
    _apply(document, news)
    _write(write_path, document)
    added = sum(a.extends is None for a in news)
    click.echo(f"{write_path}: {added} franchises added, {len(news) - added} extended; reload the service "
               f"(systemctl reload sequelwatch) to watch them")


def list_entries(endpoint: str, user: str, statuses: Sequence[str], *,
                 sleep: Callable[[float], None] = time.sleep) -> list[CatalogEntry]:
    """Every entry of ``user``'s anime list with one of ``statuses``, page after page."""
    entries: list[CatalogEntry] = []
    for page in range(1, PAGE_LIMIT + 1):
        body = request_body(LIST_QUERY, {"user": user, "statuses": list(statuses), "page": page})
        answer = _ask(endpoint, body, sleep)
        parsed = parse_list_page(answer.body)
        entries += parsed.entries
        if parsed.skipped:
            click.echo(f"page {page}: {parsed.skipped} unreadable entries skipped", err=True)
        if not parsed.has_next:
            break
        if answer.headers.get("x-ratelimit-remaining") == "0":
            _wait(_seconds_to_reset(answer) or 60, "AniList's rate limit is spent", sleep)
    return entries


def _ask(endpoint: str, body: bytes, sleep: Callable[[float], None]) -> Answer:
    """One request, repeated after the wait a 429 asks for (a few times at most)."""
    for _ in range(MAX_TRIES):
        answer = post(endpoint, body, "import")
        if answer.status != 429:
            if answer.status >= 500:
                raise FetchProblem(f"AniList answered HTTP {answer.status}")
            return answer
        _wait(_seconds_to_reset(answer) or 60, "AniList asks to slow down (429)", sleep)
    raise RateLimited(f"still refused (429) after {MAX_TRIES} tries; try again in a few minutes")


def _seconds_to_reset(answer: Answer) -> float | None:
    retry_after = answer.headers.get("retry-after", "").strip()
    if retry_after.isdigit():
        return float(retry_after)
    if retry_after:
        try:
            return max((parsedate_to_datetime(retry_after) - datetime.now(UTC)).total_seconds(), 0)
        except (TypeError, ValueError):
            pass
    reset = answer.headers.get("x-ratelimit-reset", "")
    if reset.isdigit():
        return max(float(reset) - time.time(), 0)
    return None


def _wait(seconds: float, why: str, sleep: Callable[[float], None]) -> None:
    if seconds > MAX_WAIT_SECONDS:
        raise RateLimited(f"{why} for {seconds:.0f} s; try again then")
    click.echo(f"{why}: waiting {seconds:.0f} s", err=True)
    sleep(seconds)


def _statuses(text: str) -> list[str]:
    given = [s.strip().upper() for s in text.split(",") if s.strip()]
    unknown = [s.lower() for s in given if s not in LIST_STATUSES]
    if unknown or not given:
        raise click.BadParameter(f"{', '.join(unknown) or 'nothing'}: use {', '.join(s.lower() for s in LIST_STATUSES)}",
                                 param_hint="--status")
    return given


def _read(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot read the file: {exc}", EXIT_CONFIG)
    except ParseError as exc:
        fail(f"{path}, line {exc.line}: not valid TOML: {exc}", EXIT_CONFIG,
             "fix it first (`sequelwatch check-config` shows every problem)")


def _watched(document: tomlkit.TOMLDocument) -> list[Watched]:
    tables = document.get("franchise", [])
    watched = []
    for table in tables if isinstance(tables, list) else []:
        name = table.get("name") if isinstance(table, dict) else None
        if not isinstance(name, str):
            watched.append(Watched(""))  # keeps the indexes of the list; check-config reports it
            continue
        aliases = tuple(a for a in table.get("aliases", []) if isinstance(a, str))
        ids = tuple(i for i in table.get("anilist", []) if isinstance(i, int))
        watched.append(Watched(name, aliases, ids))
    return watched


def _report(found: Sequence[Addition], entries: int, user: str) -> None:
    click.echo(f"{user}'s list: {entries} entries in {len(found)} franchises", err=True)
    for addition in found:
        for dropped in addition.franchise.dropped:
            click.echo(f"  {addition.franchise.name}: left out {dropped.alias!r} ({dropped.why})", err=True)


def _table(franchise: Imported) -> Table:
    table = tomlkit.table()
    table["name"] = franchise.name
    if franchise.aliases:
        table["aliases"] = _array(franchise.aliases)
    table["anilist"] = list(franchise.ids)
    table.add(tomlkit.nl())
    return table


def _array(items: Sequence[str | int]):
    array = tomlkit.array()
    array.extend(items)
    return array.multiline(len(items) > 2)


def _apply(document: tomlkit.TOMLDocument, news: Sequence[Addition]) -> None:
    """Add the new franchises after the watched ones, and new ids and aliases to watched ones."""
    if "franchise" not in document:
        document.append("franchise", tomlkit.aot())
    tables = document["franchise"]
    assert isinstance(tables, AoT)
    for addition in news:
        if addition.extends is None:
            tables.append(_table(addition.franchise))
            continue
        table = tables[addition.extends]
        for key, values in (("aliases", addition.franchise.aliases), ("anilist", addition.franchise.ids)):
            if not values:
                continue
            if key in table:
                table[key].extend(values)
            else:
                table[key] = _array(values) if key == "aliases" else list(values)


def _changes_alone(news: Sequence[Addition]) -> tomlkit.TOMLDocument:
    """The TOML to paste: new [[franchise]] tables, and a comment for each watched one that gains names."""
    document = tomlkit.document()
    for addition in news:
        if addition.extends is not None:
            parts = []
            if addition.franchise.aliases:
                parts.append(f"aliases {list(addition.franchise.aliases)}")
            if addition.franchise.ids:
                parts.append(f"anilist ids {list(addition.franchise.ids)}")
            document.add(tomlkit.comment(f"{addition.franchise.name!r} (watched already): add {' and '.join(parts)}"))
    new = [a for a in news if a.extends is None]
    if new:
        tables = tomlkit.aot()
        for addition in new:
            tables.append(_table(addition.franchise))
        document.append("franchise", tables)
    return document


def _write(path: Path, document: tomlkit.TOMLDocument) -> None:
    """Replace the file in one step: a crash halfway leaves the old one, never half a config."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(tomlkit.dumps(document))
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        fail(f"{path}: cannot write: {exc}", EXIT_FAILURE)
