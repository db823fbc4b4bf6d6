"""Talking to systemd (sd_notify): READY, STATUS, WATCHDOG, RELOADING, STOPPING.

A datagram to $NOTIFY_SOCKET, as sd_notify(3) describes; nothing happens when
the service is not started by systemd. The watchdog is pinged from the event
loop itself, so that a loop that blocks stops pinging and systemd restarts it.
"""

from __future__ import annotations

import asyncio
import os
import socket


class Notifier:
    """Sends sd_notify messages; every method is a no-op outside systemd."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        environ = dict(os.environ) if environ is None else environ
        address = environ.get("NOTIFY_SOCKET", "")
        self._address = "\0" + address[1:] if address.startswith("@") else address
        usec = environ.get("WATCHDOG_USEC", "")
        self.watchdog_seconds = int(usec) / 1_000_000 if usec.isdigit() and int(usec) > 0 else None

    def send(self, *fields: str) -> None:
        if not self._address:
            return
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            try:
                sock.sendto("\n".join(fields).encode(), self._address)
            except OSError:
                pass  # systemd went away; nothing a daemon can do about it

    def ready(self, status: str) -> None:
        self.send("READY=1", f"STATUS={status}")

    def status(self, status: str) -> None:
        self.send(f"STATUS={status}")

    def reloading(self) -> None:
        self.send("RELOADING=1")

    def stopping(self) -> None:
        self.send("STOPPING=1")

    async def watchdog(self) -> None:
        """Ping at half the watchdog interval for as long as the loop runs."""
        if self.watchdog_seconds is None:
            return
        while True:
            self.send("WATCHDOG=1")
            await asyncio.sleep(self.watchdog_seconds / 2)
