"""The routes of the page: what each reads from the store (in a worker thread) and renders.

Each answer reads the services of the moment (a reload swaps them) and the one
injectable clock. Store reads run in a thread, so a page never blocks the crawl
loop; a database that fails or hangs gets a 503 page, not a traceback.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

import jinja2
from aiohttp import web

from crawler.clock import Clock
from crawler.errors import StoreError
from crawler.model import EventKind
from scheduler.explain import fact_record
from scheduler.services import Services
from scheduler.web import calendar
from scheduler.web.views import PAGE_SIZE, Filters, Period, card, fact_title, health, safe_href

T = TypeVar("T")
STORE_TIMEOUT_SECONDS = 10.0
_MONTH = re.compile(r"(\d{4})-(\d{2})")
HTML = "text/html"


class Pages:
    """The page (/), the calendar (/calendar), its feed (/calendar.ics), the Atom feed and /api/facts."""

    def __init__(self, services: Callable[[], Services], clock: Clock) -> None:
        self._services, self._clock = services, clock
        self._templates = jinja2.Environment(
            loader=jinja2.PackageLoader("scheduler.web", "templates"),
            autoescape=jinja2.select_autoescape(("html", "xml", "atom")),  # every stranger's text escaped
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/", self.index), web.get("/calendar", self.month), web.get("/calendar.ics", self.ics),
                web.get("/feed.atom", self.atom), web.get("/api/facts", self.api)]

    async def _off_loop(self, work: Callable[[Services], T]) -> T:
        """Read the store and build the answer in a worker thread: the crawl shares this loop."""
        services = self._services()
        try:
            return await asyncio.wait_for(asyncio.to_thread(work, services), STORE_TIMEOUT_SECONDS)
        except (StoreError, TimeoutError) as exc:
            raise web.HTTPServiceUnavailable(text=f"the database is unavailable: {exc or 'no answer'}\n") from exc

    def _render(self, template: str, **values) -> str:
        return self._templates.get_template(template).render(**values)

    @staticmethod
    def _html(body: str) -> web.Response:
        return web.Response(text=body, content_type=HTML, charset="utf-8")

    async def index(self, request: web.Request) -> web.Response:
        now = self._clock()

        def page(services: Services) -> str:
            names = tuple(f.franchise.name for f in services.config.franchises)
            filters = Filters.read(request.query, names)
            facts = services.store.facts(filters.franchise, filters.period.since(now), PAGE_SIZE + 1,
                                         event=filters.event)
            cards = [card(services.config, f, now) for f in facts[:PAGE_SIZE]]
            return self._render("index.html", cards=cards, more=len(facts) > PAGE_SIZE, filters=filters,
                                franchises=sorted(names, key=str.casefold), event_values=list(EventKind),
                                periods=list(Period), now=now,
                                sources=health(services.config, services.store.source_states(), now))
        return self._html(await self._off_loop(page))

    async def month(self, request: web.Request) -> web.Response:
        now = self._clock()
        year, month = _month(request.query.get("month", ""), now)

        def page(services: Services) -> str:
            prefix, exact = calendar.month_keys(year, month)
            facts = services.store.dated_facts(year, prefix=prefix, exact=exact)
            return self._render("calendar.html", view=calendar.month_view(calendar.current(facts), year, month),
                                now=now)
        return self._html(await self._off_loop(page))

    async def ics(self, request: web.Request) -> web.Response:
        now = self._clock()
        def feed(services: Services) -> bytes:
            # Dates first, sources only of the facts the feed shows: a feed of years of facts stays quick.
            chosen = calendar.installments(services.store.dated_facts(now.year - 1, sources=False))
            sources = services.store.fact_sources([c.dated.fact.id for c in chosen])
            chosen = [replace(c, dated=replace(c.dated, fact=replace(c.dated.fact, sources=sources.get(
                c.dated.fact.id, ())))) for c in chosen]
            return calendar.ics(chosen, now)
        body = await self._off_loop(feed)
        return web.Response(body=body, content_type="text/calendar", charset="utf-8",
                            headers={"Content-Disposition": 'inline; filename="sequelwatch.ics"'})

    async def atom(self, request: web.Request) -> web.Response:
        now, base = self._clock(), f"{request.scheme}://{request.host}"

        def feed(services: Services) -> str:
            facts = services.store.facts(limit=PAGE_SIZE)
            entries = [{"fact": f, "title": fact_title(f),
                        "link": next((h for s in f.sources if (h := safe_href(s.url))), None)} for f in facts]
            return self._render("feed.atom", entries=entries, updated=facts[0].first_seen if facts else now, base=base)
        return web.Response(text=await self._off_loop(feed), content_type="application/atom+xml", charset="utf-8")

    async def api(self, request: web.Request) -> web.Response:
        now = self._clock()

        def records(services: Services) -> str:
            filters = Filters.read(request.query, tuple(f.franchise.name for f in services.config.franchises))
            facts = services.store.facts(filters.franchise, filters.period.since(now), PAGE_SIZE, event=filters.event)
            return json.dumps([fact_record(services.config, f, now) for f in facts], ensure_ascii=False)
        return web.Response(text=await self._off_loop(records), content_type="application/json")


def _month(text: str, now: datetime) -> tuple[int, int]:
    """The month a query asks for ("2027-05"), else this month."""
    match = _MONTH.fullmatch(text)
    if match and 1 <= int(match.group(2)) <= 12 and 1900 <= int(match.group(1)) <= 2200:
        return int(match.group(1)), int(match.group(2))
    return now.year, now.month
