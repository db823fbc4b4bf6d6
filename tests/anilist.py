"""A local stand-in for AniList's GraphQL API, answering in the shapes its schema documents.

It reads the query's text only far enough to tell which of sequelwatch's three
queries it is (a user's list, entries by id, searches by name) and answers from
``media`` (id -> an AniList ``Media`` object, with ``relations`` as (type, id)
pairs) and ``lists`` (user -> [(list status, media id)]). Knobs: ``page_size``
(AniList pages at 50 at most; a smaller size makes pagination testable),
``private`` users, ``throttle`` (the next n requests answer 429 with
Retry-After), ``malformed`` (the next n answer a broken body), ``remaining``
and ``reset`` (the X-RateLimit-Remaining header, and X-RateLimit-Reset as a Unix time). ``requests`` keeps every request's JSON.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler

from tests.servers import _Server


def media(media_id: int, english: str | None, romaji: str, native: str | None = None, *, status: str = "FINISHED",
          start: tuple[int | None, int | None, int | None] = (2015, 4, 1), fmt: str = "TV",
          synonyms: tuple[str, ...] = (), trailer: tuple[str, str] | None = None,
          relations: tuple[tuple[str, int], ...] = ()) -> dict:
    """An AniList Media object as the stand-in keeps it."""
    year, month, day = start
    return {"id": media_id, "type": "ANIME", "format": fmt, "status": status,
            "title": {"romaji": romaji, "english": english, "native": native}, "synonyms": list(synonyms),
            "startDate": {"year": year, "month": month, "day": day},
            "trailer": {"id": trailer[1], "site": trailer[0]} if trailer else None,
            "relations": list(relations)}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        api: AniListStandIn = self.server.owner
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        with api.lock:
            api.requests.append(request)
            if api.throttle > 0:
                api.throttle -= 1
                self._answer(429, {"data": None, "errors": [{"message": "Too Many Requests.", "status": 429}]},
                             {"Retry-After": str(api.retry_after), "X-RateLimit-Remaining": "0"})
                return
            if api.malformed > 0:
                api.malformed -= 1
                self._send(200, b'{"data": {"Page": [1, 2')
                return
            status, answer = api.answer(request["query"], request.get("variables") or {})
        limits = {"X-RateLimit-Limit": "90", "X-RateLimit-Remaining": str(api.remaining)}
        if api.reset:
            limits["X-RateLimit-Reset"] = str(api.reset)
        self._answer(status, answer, limits)

    def _answer(self, status: int, answer: dict, headers: dict[str, str]) -> None:
        self._send(status, json.dumps(answer).encode(), headers)

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class AniListStandIn(_Server):
    def __init__(self) -> None:
        self.media: dict[int, dict] = {}
        self.lists: dict[str, list[tuple[str, int]]] = {}
        self.private: set[str] = set()
        self.page_size = 50
        self.throttle = 0
        self.retry_after = 1
        self.malformed = 0
        self.remaining = 89
        self.reset: int | None = None
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        super().__init__(_Handler)

    @property
    def url(self) -> str:
        return self.base_url + "/"

    def kinds(self) -> list[str]:
        """What each request asked for: "list", "media" or "search"."""
        return [_kind(r["query"]) for r in self.requests]

    def answer(self, query: str, variables: dict) -> tuple[int, dict]:
        kind = _kind(query)
        if kind == "list":
            return self._list(variables)
        if kind == "media":
            ids = [i for i in variables.get("ids", []) if i in self.media]
            items, has_next = self._page(ids, variables.get("page", 1))
            return 200, {"data": {"Page": {"pageInfo": {"hasNextPage": has_next},
                                           "media": [self._full(i) for i in items]}}}
        found = {}
        for name, value in variables.items():
            term = str(value).casefold()
            hits = [self._plain(i) for i, m in sorted(self.media.items()) if any(
                term in (t or "").casefold() for t in (*m["title"].values(), *m["synonyms"]))]
            found["s" + name.removeprefix("q")] = {"media": hits[:5]}
        return 200, {"data": found}

    def _list(self, variables: dict) -> tuple[int, dict]:
        user = variables.get("user")
        if user in self.private:
            return 404, {"data": {"Page": None}, "errors": [{"message": "Private User", "status": 404}]}
        if user not in self.lists:
            return 404, {"data": {"Page": None}, "errors": [{"message": "User not found", "status": 404}]}
        statuses = set(variables.get("statuses") or ())
        listed = [(s, i) for s, i in self.lists[user] if not statuses or s in statuses]
        items, has_next = self._page(listed, variables.get("page", 1))
        return 200, {"data": {"Page": {"pageInfo": {"hasNextPage": has_next}, "mediaList": [
            {"status": s, "media": {**self._plain(i), "relations": {"edges": [
                {"relationType": t, "node": {"id": r, "type": "ANIME"}} for t, r in self.media[i]["relations"]]}}}
            for s, i in items]}}}

    def _page(self, items: list, page: int) -> tuple[list, bool]:
        start = (page - 1) * self.page_size
        return items[start:start + self.page_size], start + self.page_size < len(items)

    def _plain(self, media_id: int) -> dict:
        return {k: v for k, v in self.media[media_id].items() if k != "relations"}

    def _full(self, media_id: int) -> dict:
        edges = [{"relationType": t, "node": self._plain(r)} for t, r in self.media[media_id]["relations"]
                 if r in self.media]
        return {**self._plain(media_id), "relations": {"edges": edges}}


def _kind(query: str) -> str:
    if "mediaList(" in query:
        return "list"
    if re.search(r"media\(id_in:", query):
        return "media"
    return "search"
