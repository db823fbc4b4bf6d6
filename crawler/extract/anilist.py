"""AniList's GraphQL API: what sequelwatch asks it, and how its answers read.

Pure: queries are text, answers are bytes; sending them is the caller's (the
``anilist`` spider, the ``import anilist`` command). The shapes follow AniList's
schema (``Page``, ``Media``, ``MediaList``, ``MediaRelation``); only the fields
used here are asked for. Every text in an answer is written by AniList's users:
titles are cleaned of control characters, and a trailer becomes a link only
when its site is known and its id is plain letters and digits.

An answer whose ``errors`` say the user is unknown or private raises
UnknownUser or PrivateList; any other error, or an answer that is not the shape
asked for, raises MalformedAnswer or CatalogError. One unreadable entry in an
otherwise good page is skipped and counted (``MediaPage.skipped``), not fatal.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from crawler.errors import CatalogError, MalformedAnswer, PrivateList, UnknownUser
from crawler.model import CatalogEntry, EntryStatus, Precision, When

ENDPOINT = "https://graphql.anilist.co"
PER_PAGE = 50  # AniList's largest page
SEARCHES_PER_QUERY = 10  # franchises looked up by name in one request (aliased fields)
# Relations that keep to one franchise; an adaptation's source, a character's other works do not.
FRANCHISE_RELATIONS = frozenset({"SEQUEL", "PREQUEL", "PARENT", "SIDE_STORY", "SPIN_OFF", "ALTERNATIVE", "SUMMARY"})
LIST_STATUSES = ("CURRENT", "PLANNING", "COMPLETED", "DROPPED", "PAUSED", "REPEATING")

_ENTRY_FIELDS = ("id type format status title { romaji english native } synonyms "
                 "startDate { year month day } trailer { id site }")
MEDIA_QUERY = (
    "query ($ids: [Int], $page: Int) { Page(page: $page, perPage: %d) { pageInfo { hasNextPage } "
    "media(id_in: $ids, type: ANIME) { %s relations { edges { relationType node { %s } } } } } }"
    % (PER_PAGE, _ENTRY_FIELDS, _ENTRY_FIELDS)
)
LIST_QUERY = (
    "query ($user: String, $statuses: [MediaListStatus], $page: Int) { Page(page: $page, perPage: %d) { "
    "pageInfo { hasNextPage } mediaList(userName: $user, type: ANIME, status_in: $statuses) { status media { "
    "%s relations { edges { relationType node { id type } } } } } } }" % (PER_PAGE, _ENTRY_FIELDS)
)
_TRAILER_LINKS = {"youtube": "https://www.youtube.com/watch?v={}", "dailymotion": "https://www.dailymotion.com/video/{}"}
_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_MAX_TITLE_CHARS = 300


def search_query(count: int) -> str:
    """One request that looks up ``count`` names at once: fields ``s0``..``s{count-1}``, variables ``$q0``.."""
    variables = ", ".join(f"$q{i}: String" for i in range(count))
    fields = " ".join(f"s{i}: Page(perPage: 5) {{ media(search: $q{i}, type: ANIME, sort: SEARCH_MATCH) "
                      f"{{ {_ENTRY_FIELDS} }} }}" for i in range(count))
    return f"query ({variables}) {{ {fields} }}"


def request_body(query: str, variables: Mapping[str, Any]) -> bytes:
    return json.dumps({"query": query, "variables": dict(variables)}).encode()


@dataclass(frozen=True, slots=True)
class MediaPage:
    """One page of entries: the ones asked for, each related entry by id, and whether more pages follow."""

    entries: tuple[CatalogEntry, ...]
    related: Mapping[int, CatalogEntry] = field(default_factory=dict)
    has_next: bool = False
    skipped: int = 0  # entries that could not be read


def parse_media_page(body: bytes) -> MediaPage:
    """An answer to MEDIA_QUERY."""
    page = _field(_data(body), "Page", dict)
    entries, related, skipped = [], {}, 0
    for media in _field(page, "media", list):
        try:
            entry, nodes = _entry_with_relations(media)
        except MalformedAnswer:
            skipped += 1
            continue
        entries.append(entry)
        related.update(nodes)
    return MediaPage(tuple(entries), related, _has_next(page), skipped)


def parse_list_page(body: bytes) -> MediaPage:
    """An answer to LIST_QUERY: the entries of one page of a user's list."""
    page = _field(_data(body), "Page", dict)
    entries, skipped = [], 0
    for item in _field(page, "mediaList", list):
        try:
            entry, _ = _entry_with_relations(_field(item, "media", dict))
        except MalformedAnswer:
            skipped += 1
            continue
        entries.append(entry)
    return MediaPage(tuple(entries), {}, _has_next(page), skipped)


def parse_search(body: bytes, count: int) -> list[tuple[CatalogEntry, ...]]:
    """An answer to ``search_query(count)``: the entries found for each name, in the order asked."""
    data = _data(body)
    found = []
    for i in range(count):
        media = _field(_field(data, f"s{i}", dict), "media", list)
        entries = []
        for item in media:
            try:
                entries.append(_entry(item))
            except MalformedAnswer:
                continue
        found.append(tuple(entries))
    return found


def answering(names: Sequence[str], candidates: Iterable[CatalogEntry]) -> CatalogEntry | None:
    """The search result that is the franchise: one whose title or synonym is one of its names.

    Letter for letter, case, spacing and punctuation aside: a search ranks
    "Orbit Zero" first for "Orbit", and the franchise is not that.
    """
    wanted = {_comparable(n) for n in names} - {""}
    return next((c for c in candidates if wanted & {_comparable(t) for t in c.titles}), None)


def _comparable(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalnum())


def _data(body: bytes) -> dict:
    try:
        answer = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedAnswer(f"not JSON ({exc})") from exc
    if not isinstance(answer, dict):
        raise MalformedAnswer("not a JSON object")
    errors = answer.get("errors")
    if errors:
        messages = [str(e.get("message", "")) if isinstance(e, dict) else str(e) for e in errors]
        text = "; ".join(m for m in messages if m)[:300] or "an error without a message"
        lowered = text.lower()
        if "private" in lowered:
            raise PrivateList(text)
        if "not found" in lowered and "user" in lowered:
            raise UnknownUser(text)
        if not isinstance(answer.get("data"), dict):
            raise CatalogError(f"AniList answered: {text}")
    return _field(answer, "data", dict)


def _field(container: Any, key: str, kind: type) -> Any:
    value = container.get(key) if isinstance(container, dict) else None
    if not isinstance(value, kind):
        raise MalformedAnswer(f"{key!r} is missing or not a {kind.__name__}")
    return value


def _has_next(page: dict) -> bool:
    info = page.get("pageInfo")
    return bool(info.get("hasNextPage")) if isinstance(info, dict) else False


def _entry_with_relations(media: Any) -> tuple[CatalogEntry, dict[int, CatalogEntry]]:
    entry = _entry(media)
    nodes: dict[int, CatalogEntry] = {}
    relations = media.get("relations") if isinstance(media, dict) else None
    edges = relations.get("edges") if isinstance(relations, dict) else None
    for edge in edges if isinstance(edges, list) else ():
        if not isinstance(edge, dict) or edge.get("relationType") not in FRANCHISE_RELATIONS:
            continue
        node = edge.get("node")
        if not isinstance(node, dict) or node.get("type", "ANIME") != "ANIME":
            continue
        try:
            related = _entry(node)
        except MalformedAnswer:
            continue
        nodes[related.id] = related
    return replace(entry, related=tuple(nodes)), nodes


def _entry(media: Any) -> CatalogEntry:
    if not isinstance(media, dict) or not isinstance(media.get("id"), int) or isinstance(media.get("id"), bool):
        raise MalformedAnswer("an entry without a numeric id")
    media_id = media["id"]
    raw = media.get("title")
    titles = [raw.get(k) for k in ("english", "romaji", "native")] if isinstance(raw, dict) else []
    synonyms = media.get("synonyms") if isinstance(media.get("synonyms"), list) else None
    names = tuple(dict.fromkeys(t for t in (_clean(x) for x in (*titles, *(synonyms or ()))) if t))
    status = media.get("status")
    return CatalogEntry(
        id=media_id,
        title=names[0] if names else f"AniList entry {media_id}",
        url=f"https://anilist.co/anime/{media_id}",
        format=_clean(media.get("format")) or None,
        status=EntryStatus(status) if isinstance(status, str) and status in EntryStatus.__members__ else None,
        start=_start(media.get("startDate")),
        trailer=_trailer(media.get("trailer")),
        titles=names,
    )


def _clean(text: Any) -> str:
    """A stranger's title, without control or format characters, one line, bounded."""
    if not isinstance(text, str):
        return ""
    kept = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in text)
    return " ".join(kept.split())[:_MAX_TITLE_CHARS]


def _start(value: Any) -> When | None:
    """AniList's FuzzyDate with its precision: a year, a month, or a day."""
    if not isinstance(value, dict):
        return None
    year, month, day = (_number(value.get("year"), 1900, 2200), _number(value.get("month"), 1, 12),
                        _number(value.get("day"), 1, 31))
    if year is None:
        return None
    if month is not None and day is not None:
        when = When(Precision.DAY, year, month, day)
        try:
            when.first  # noqa: B018 - raises for February 30
            return when
        except ValueError:
            pass
    return When(Precision.MONTH, year, month) if month is not None else When(Precision.YEAR, year)


def _number(value: Any, low: int, high: int) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high else None


def _trailer(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    site, trailer_id = value.get("site"), value.get("id")
    if site not in _TRAILER_LINKS or not isinstance(trailer_id, str) or not _PLAIN_ID.fullmatch(trailer_id):
        return None
    return _TRAILER_LINKS[site].format(trailer_id)
