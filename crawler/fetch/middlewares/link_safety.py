"""Refusing links that lead off the public web, before anything is sent to them.

A feed, a sitemap or a listing page is written by strangers: a link in it (or a
redirect of that link) to ``file:``, ``ftp:``, loopback, the LAN or a cloud
metadata address would otherwise be fetched, and its text stored and sent to the
user's chat. The decision is :class:`crawler.urls.LinkPolicy`'s; this
middleware applies it to every request, and :class:`GuardedResolver` applies it
again to the addresses a connection really goes to (DNS can answer differently
the second time).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.interfaces import IAddress, IHostnameResolver, IHostResolution, IResolutionReceiver
from zope.interface import implementer

from crawler.fetch.context import run_of
from crawler.urls import LinkPolicy, ip_address_of

log = logging.getLogger("sequelwatch.crawl")


class RefusedLink(IgnoreRequest):
    """Raised by :class:`LinkSafetyMiddleware` for a link that may not be fetched.

    Scrapy drops the request and calls its errback, which counts the link as
    skipped with this reason; the rest of the listing is still read.
    """


class LinkSafetyMiddleware:
    """Downloader middleware, first of all (priority 50): before robots.txt is asked for, too."""

    def __init__(self, policy: LinkPolicy) -> None:
        self.policy = policy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LinkSafetyMiddleware:
        return cls(run_of(crawler).context.link_policy)

    async def process_request(self, request: Request) -> None:
        problem = self.policy.refuses(request.url)
        if problem is None and not self.policy.trusts(request.url):
            host = urlparse_cached(request).hostname or ""
            if ip_address_of(host) is None:  # a name: resolved off the event loop
                problem = await asyncio.to_thread(self.policy.refuses_host, host)
        if problem:
            raise RefusedLink(f"refused link: {problem}")


@implementer(IResolutionReceiver)
class _Filter:
    """Passes on the addresses the policy allows; drops (and logs) the others."""

    def __init__(self, receiver: IResolutionReceiver, name: str, policy: LinkPolicy) -> None:
        self._receiver, self._name, self._policy = receiver, name, policy

    def resolutionBegan(self, resolution: IHostResolution) -> None:
        self._receiver.resolutionBegan(resolution)

    def addressResolved(self, address: IAddress) -> None:
        ip = ip_address_of(getattr(address, "host", ""))
        problem = self._policy.refuses_address(ip) if ip is not None else "not an IP address"
        if problem:
            log.warning("refused to connect to %s at %s: %s", self._name, getattr(address, "host", address), problem)
            return
        self._receiver.addressResolved(address)

    def resolutionComplete(self) -> None:
        self._receiver.resolutionComplete()


@implementer(IHostnameResolver)
class GuardedResolver:
    """The reactor's name resolver, keeping only the addresses a link may connect to.

    Names of the configured sources resolve as usual (a self-hosted site on the
    LAN is the user's choice); every other name loses its non-public addresses,
    so that a connection never reaches one, whatever DNS answered before.
    """

    def __init__(self, resolver: IHostnameResolver, policy: LinkPolicy) -> None:
        self.wrapped = resolver
        self._policy = policy
        self._trusted = policy.trusted_hosts

    def resolveHostName(self, resolutionReceiver: IResolutionReceiver, hostName: str, portNumber: int = 0,
                        addressTypes: Sequence[type[IAddress]] | None = None,
                        transportSemantics: str = "TCP") -> IHostResolution:
        receiver: IResolutionReceiver = resolutionReceiver
        if hostName.lower().rstrip(".") not in self._trusted:
            receiver = _Filter(resolutionReceiver, hostName, self._policy)
        return self.wrapped.resolveHostName(receiver, hostName, portNumber, addressTypes, transportSemantics)
