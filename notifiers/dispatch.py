"""Delivering messages: the only module that imports Apprise.

A :class:`Channel` is built once from a name and an Apprise URL; an invalid URL
is rejected right there with Apprise's reason (:class:`InvalidChannelURL`).
:meth:`Dispatcher.send` never raises: it returns a :class:`DeliveryResult`
whose error text has every secret of every channel masked.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import apprise
from apprise.logger import NotifyLogEntry

from notifiers.channels import ChannelKind, console, kind_for_scheme
from notifiers.errors import InvalidChannelURL
from notifiers.model import DeliveryResult, Message

MASK = "****"
# Apprise waits 4 s for an answer by default: a busy webhook that answers in 10 s would look failed, be sent
# again and arrive twice. Ours wait longer, unless the URL sets its own (?rto=).
READ_TIMEOUT_SECONDS = 30.0
# Above Apprise's own timeouts (connect and read, a retry of each): a send still unanswered by then is given up
# on here, though Apprise's thread may still deliver it.
DEADLINE_MARGIN_SECONDS = 10.0
_TOO_MANY = re.compile(r"error=429\b|too many requests|rate.?limit", re.IGNORECASE)
# Discord's and Telegram's 429 bodies say how long to wait ("retry_after": 64.5); Apprise logs the body at DEBUG.
_RETRY_AFTER = re.compile(r"retry.?after\W{0,4}(\d+(?:\.\d+)?)", re.IGNORECASE)
_TIMED_OUT = re.compile(r"read timed? ?out|read timeout", re.IGNORECASE)  # connected, then no answer
# Query values such as "yes", "insecure" or "html" are settings, never secrets.
_PLAIN_WORD = re.compile(r"[a-z]{1,12}")
_URL_PARTS = re.compile(r"[:/,@]+")


def _asset() -> apprise.AppriseAsset:
    return apprise.AppriseAsset(app_id="sequelwatch", app_desc="sequelwatch franchise alerts")


def secrets_of(url: str, masked: str) -> tuple[str, ...]:
    """The parts of ``url`` that Apprise's masked form hides: tokens, passwords, keys."""
    parts = urlsplit(url)
    visible = unquote(masked)
    # Not hostname/password: Telegram's "ID:TOKEN" netloc would parse as host and port.
    candidates = [unquote(parts.netloc), unquote(parts.path)]
    candidates += [value for _, value in parse_qsl(parts.query)]
    found = set()
    for candidate in candidates:
        for token in _URL_PARTS.split(candidate):
            if len(token) >= 4 and token not in visible and not _PLAIN_WORD.fullmatch(token):
                found.add(token)
    return tuple(sorted(found, key=len, reverse=True))


@dataclass(frozen=True)
class Channel:
    """A named destination. ``masked_url`` is safe to print; the raw URL is not kept."""

    name: str
    kind: ChannelKind
    masked_url: str
    secrets: tuple[str, ...] = ()
    deadline: float = 2 * (4.0 + READ_TIMEOUT_SECONDS) + DEADLINE_MARGIN_SECONDS  # seconds a send may take
    _apprise: apprise.Apprise | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_url(cls, name: str, url: str) -> Channel:
        """Build a channel, or raise InvalidChannelURL with Apprise's reason, masked."""
        with apprise.LogCapture(level=logging.WARNING) as captured:
            plugin = apprise.Apprise.instantiate(url, asset=_asset(), suppress_exceptions=True)
        if plugin is None:
            scheme = urlsplit(url).scheme or "(none)"
            reasons = [
                line.split(" - ", 2)[-1].strip()
                for line in captured.getvalue().splitlines()
                if line.strip() and "Could not load" not in line
            ]
            reason = "; ".join(reasons) or f"no Apprise service handles {scheme}:// URLs"
            raise InvalidChannelURL(mask_text(reason, secrets_of(url, "")))
        masked, in_query = _mask_query(plugin.url(privacy=True))
        if "rto" not in dict(parse_qsl(urlsplit(url).query)):
            plugin.socket_read_timeout = READ_TIMEOUT_SECONDS
        deadline = 2 * (plugin.socket_connect_timeout + plugin.socket_read_timeout) + DEADLINE_MARGIN_SECONDS
        service = apprise.Apprise(asset=_asset())
        service.add(plugin)
        # The kind is the service Apprise recognised, whatever form the URL had: its own URL for the
        # plugin is in its canonical scheme ("https://discord.com/api/webhooks/..." is discord://).
        kind = kind_for_scheme(urlsplit(masked).scheme)
        secrets = tuple(sorted(set(secrets_of(url, masked)) | set(in_query), key=len, reverse=True))
        return cls(name, kind, masked, secrets, deadline, service)

    @classmethod
    def console(cls, name: str = "console") -> Channel:
        return cls(name, console.KIND, "console://")


# Query settings whose value is a secret whatever it looks like: Apprise's custom headers (+Name=value)
# often carry API keys, and so do settings and payload fields named for one (-token=...).
_SECRET_SETTING = re.compile(r"^\+|token|key|secret|passw|auth|signature", re.IGNORECASE)


def _mask_query(masked: str) -> tuple[str, tuple[str, ...]]:
    """Apprise's masked URL with the secret query values it leaves visible masked too, and those values."""
    parts = urlsplit(masked)
    settings = parse_qsl(parts.query, keep_blank_values=True)
    secrets = tuple(value for key, value in settings if value and _SECRET_SETTING.search(key))
    if not secrets:
        return masked, ()
    hidden = [(key, MASK if value and _SECRET_SETTING.search(key) else value) for key, value in settings]
    return urlunsplit(parts._replace(query=urlencode(hidden, safe="*"))), secrets


def _why(entries: Iterable[NotifyLogEntry]) -> str:
    """What Apprise said about a failed send: its warnings, and the exception behind them.

    Apprise warns in general terms ("Connection error while submitting email")
    and logs the cause only at DEBUG ("Socket Exception: SMTP AUTH extension not
    supported by server."); both together tell the user what to fix.
    """
    entries = list(entries)
    said = [e.message for e in entries if e.level in ("WARNING", "ERROR", "CRITICAL")]
    causes = [e.message.split("Exception: ", 1)[1] for e in entries if e.level == "DEBUG" and "Exception: " in e.message]
    return "; ".join(said) + (f" ({'; '.join(dict.fromkeys(causes))})" if causes else "")


def _pause(entries: Iterable[NotifyLogEntry], documented: float) -> float | None:
    """After a 429: the wait the service's answer names, else the channel's documented one; None otherwise."""
    said = " ".join(e.message for e in entries)
    if not _TOO_MANY.search(said):
        return None
    named = [float(m.group(1)) for m in _RETRY_AFTER.finditer(said)]
    return max(named) if named else documented


def mask_text(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


class Dispatcher:
    """Sends messages to channels by name. Console messages go to ``console_stream``."""

    def __init__(self, channels: Iterable[Channel], console_stream: TextIO | None = None) -> None:
        self.channels = {channel.name: channel for channel in channels}
        self._console = console_stream or sys.stdout
        self._secrets = tuple(s for c in self.channels.values() for s in c.secrets)
        # Apprise logs the cause of a failure only at DEBUG, and a logger below that level never makes
        # the record its per-call capture would keep. (scheduler.logs keeps these out of our own log.)
        logging.getLogger("apprise").setLevel(logging.DEBUG)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret of every channel: the logging filter masks these."""
        return self._secrets

    async def send(self, channel_name: str, message: Message) -> DeliveryResult:
        channel = self.channels.get(channel_name)
        if channel is None:
            return DeliveryResult(channel_name, False, "no such channel in the configuration")
        if channel._apprise is None:
            self._print(message)
            return DeliveryResult(channel_name, True)
        try:
            result = await asyncio.wait_for(channel._apprise.async_notify(
                body=message.body, title=message.title, body_format=message.body_format,
                log_level=logging.DEBUG,  # the cause of a failure is often only at DEBUG (see _why)
            ), channel.deadline)
        except TimeoutError:
            return DeliveryResult(channel_name, False, f"no answer within {channel.deadline:g} s; it may have "
                                                       f"arrived", unknown=True)
        except Exception as exc:  # a plugin bug must not stop delivery to other channels
            return DeliveryResult(channel_name, False, self.mask(f"{type(exc).__name__}: {exc}"))
        if result:
            return DeliveryResult(channel_name, True)
        entries = [entry for service in result for entry in service.logs()]
        why = self.mask(_why(entries) or f"failed ({result.status.name})")
        # A read that timed out: the service may have taken the message and been slow to say so.
        return DeliveryResult(channel_name, False, why, unknown=bool(_TIMED_OUT.search(why)),
                              pause=_pause(entries, channel.kind.pause_after_429))

    def mask(self, text: str) -> str:
        return mask_text(text, self._secrets)

    def _print(self, message: Message) -> None:
        rule = "─" * min(max(len(message.title), 20), 72)
        print(f"{rule}\n{message.title}\n{message.body}\n", file=self._console, flush=True)
