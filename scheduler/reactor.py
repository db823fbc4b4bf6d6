"""Running a coroutine on Twisted's asyncio reactor, the way Scrapy needs it.

The reactor must be installed before anything imports
``twisted.internet.reactor``, and it can be started once per process: so every
command that crawls goes through :func:`run_on_reactor`, exactly once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar, cast

from twisted.internet import asyncioreactor

T = TypeVar("T")


def run_on_reactor(main: Callable[[], Awaitable[T]]) -> T:
    """Install the asyncio reactor, run ``main()`` on its loop, stop, return its result.

    An exception raised by ``main`` is re-raised here after the reactor stopped.
    """
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    asyncioreactor.install(eventloop=loop)
    # Imported here on purpose: importing this module installs Twisted's default
    # reactor unless one was installed first, as just done.
    from twisted.internet import reactor as installed

    reactor = cast(asyncioreactor.AsyncioSelectorReactor, installed)
    values: list[T] = []
    errors: list[BaseException] = []

    async def wrapper() -> None:
        try:
            values.append(await main())
        except BaseException as exc:  # handed back to the caller below
            errors.append(exc)
        finally:
            reactor.callLater(0, reactor.stop)

    reactor.callWhenRunning(lambda: asyncio.ensure_future(wrapper()))
    # Signals are the daemon's business (asyncio handlers), not Twisted's.
    reactor.run(installSignalHandlers=False)
    if errors:
        raise errors[0]
    return values[0]
