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
from datetime import datetime

import jinja2
from aiohttp import web

from crawler.clock import Clock
from crawler.errors import StoreError
from crawler.model import EventKind
from scheduler.explain import fact_record
from scheduler.services import Services
from scheduler.web import calendar
from scheduler.web.views import PAGE_SIZE, Filters, Period, card, fact_title, health, safe_href

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

    async def _read(self, read: Callable[[Services], object]):
        services = self._services()
        try:
            return await asyncio.wait_for(asyncio.to_thread(read, services), STORE_TIMEOUT_SECONDS)
        except (StoreError, TimeoutError) as exc:
            raise web.HTTPServiceUnavailable(text=f"the database is unavailable: {exc or 'no answer'}\n") from exc

    def _render(self, template: str, content_type: str = HTML, **values) -> web.Response:
        body = self._templates.get_template(template).render(**values)
        return web.Response(text=body, content_type=content_type, charset="utf-8")

    async def index(self, request: web.Request) -> web.Response:
        services, now = self._services(), self._clock()
        names = tuple(f.franchise.name for f in services.config.franchises)
        filters = Filters.read(request.query, names)
        facts, states = await self._read(lambda s: (
            s.store.facts(filters.franchise, filters.period.since(now), PAGE_SIZE + 1, event=filters.event),
            s.store.source_states()))
        cards = [card(services.config, f, now) for f in facts[:PAGE_SIZE]]
        return self._render("index.html", cards=cards, more=len(facts) > PAGE_SIZE, filters=filters,
                            franchises=sorted(names, key=str.casefold), events=[str(e).replace("_", " ") for e in
                                                                                 EventKind],
                            event_values=list(EventKind), periods=list(Period),
                            sources=health(services.config, states, now), now=now)

    async def month(self, request: web.Request) -> web.Response:
        now = self._clock()
        year, month = _month(request.query.get("month", ""), now)
        facts = await self._read(lambda s: s.store.dated_facts(year))
        view = calendar.month_view(calendar.current(facts), year, month)
        return self._render("calendar.html", view=view, now=now)

    async def ics(self, request: web.Request) -> web.Response:
        now = self._clock()
        facts = await self._read(lambda s: s.store.dated_facts(now.year - 1))
        body = calendar.ics(facts, now)
        return web.Response(body=body, content_type="text/calendar", charset="utf-8",
                            headers={"Content-Disposition": 'inline; filename="sequelwatch.ics"'})

    async def atom(self, request: web.Request) -> web.Response:
        now = self._clock()
        facts = await self._read(lambda s: s.store.facts(limit=PAGE_SIZE))
        entries = [{"fact": f, "title": fact_title(f), "link": next((h for s in f.sources if (h := safe_href(s.url))),
                                                                     None)} for f in facts]
        updated = facts[0].first_seen if facts else now
        return self._render("feed.atom", content_type="application/atom+xml", entries=entries, updated=updated,
                            base=f"{request.scheme}://{request.host}")

    async def api(self, request: web.Request) -> web.Response:
        services, now = self._services(), self._clock()
        names = tuple(f.franchise.name for f in services.config.franchises)
        filters = Filters.read(request.query, names)
        facts = await self._read(lambda s: s.store.facts(filters.franchise, filters.period.since(now), PAGE_SIZE,
                                                        event=filters.event))
        records = [fact_record(services.config, f, now) for f in facts]
        return web.Response(text=json.dumps(records, ensure_ascii=False), content_type="application/json")


def _month(text: str, now: datetime) -> tuple[int, int]:
    """The month a query asks for ("2027-05"), else this month."""
    match = _MONTH.fullmatch(text)
    if match and 1 <= int(match.group(2)) <= 12 and 1900 <= int(match.group(1)) <= 2200:
        return int(match.group(1)), int(match.group(2))
    return now.year, now.month
