"""The optional [http] endpoint: a page of what is confirmed, a calendar, feeds, health and metrics.

``server`` runs aiohttp on the daemon's own loop, with access control and
security headers; ``pages`` answers each route, reading the store in a worker
thread; ``views`` (what a fact card and the sources' health show), ``calendar``
(the month view and the iCalendar feed) and ``atom`` are pure. Everything from
crawled pages reaches the browser through Jinja2's autoescaping, and a link only
when it is http(s).
"""
