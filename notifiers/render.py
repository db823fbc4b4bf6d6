"""Pure rendering: an Alert -> a Message for one channel kind.

Everything taken from a web page (headline, evidence, link) is cleaned first:
control characters (a terminal escape sequence could forge a log line),
bidirectional overrides and invisible characters go, and every mention a chat
service could act on (Discord's ``@everyone`` and ``<@id>``, Slack's
``<!channel>``, Telegram's and Matrix's ``@name``) is defused, whatever the
format. It is then escaped for the target format, so a page cannot inject
markup or links. A message never exceeds its kind's limit: the evidence is
shortened first, then the headline; the link and the source line always stay.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import quote

from notifiers.channels import ChannelKind
from notifiers.model import Alert, Message, Template

EVENT_LABELS = {
    "mention": "in the news",
    "announcement": "announced",
    "release_date": "release date set",
    "delay": "delayed",  # with a date: "delayed: March 2027"
    "trailer": "new trailer",
}

_MARKDOWN_SPECIAL = re.compile(r"([\\*_~`|>#\[\]()<:-])")
# C0 and C1 controls (tab and newline kept), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates, and characters that show nothing. The zero-width
# (non-)joiners stay: emoji sequences and Persian or Indic words need them.
_INVISIBLE = re.compile("[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# A mention starts with "@" (Discord, Telegram, Matrix, Mastodon) or "<!" (Slack's <!channel>).
_MENTION = re.compile(r"(@|<!)(?=\S)")
_WORD_JOINER = "\u2060"  # invisible, and no mention parser reads "@\u2060everyone" as one


def title_of(alert: Alert) -> str:
    """"Blame! 2: delayed: September 2027 (was May 2027)", "Frieren season 3: announced"."""
    label = EVENT_LABELS.get(alert.event, alert.event.replace("_", " "))
    if alert.event == "release_date" and alert.previous_when:
        label = "release date moved"
    when = f": {alert.when}" if alert.when else ""
    was = f" (was {alert.previous_when})" if alert.previous_when and alert.when else ""
    which = ""
    if alert.installment:
        which = f" {alert.installment[1:]}" if alert.installment.startswith("#") else f" {alert.installment}"
    return f"{alert.franchise}{which}: {label}{when}{was}"


def printable(text: str) -> str:
    """``text`` without control characters (line breaks and tabs kept) or invisible ones: safe on a terminal."""
    return _INVISIBLE.sub("", _CONTROL.sub("", text))


def clean(text: str) -> str:
    """Text from a web page made safe to send anywhere: printable, and no mention a chat service acts on."""
    return _MENTION.sub(lambda m: m.group(1) + _WORD_JOINER, printable(text))


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _safe_link(url: str) -> str:
    # Characters that end a markdown link target or break an HTML attribute; and "@", which a
    # mention parser would read in the link too (it means the same as %40 in a path or a query).
    return quote(printable(url), safe=":/?#&=%+~.,;!$*'-_")


def _line_or_empty(template: str, value: str) -> str:
    return template.format(value) if value else ""


def _text(alert: Alert, headline: str, evidence: str) -> str:
    lines = [headline, _line_or_empty("“{}”", evidence), f"Source: {alert.source}", alert.url]
    return "\n".join(line for line in lines if line)


def _markdown(alert: Alert, headline: str, evidence: str) -> str:
    lines = [
        f"**[{escape_markdown(headline) or 'link'}]({_safe_link(alert.url)})**",
        _line_or_empty("> {}", escape_markdown(evidence)),
        f"Source: {escape_markdown(alert.source)}",
    ]
    return "\n".join(line for line in lines if line)


def _telegram_html(alert: Alert, headline: str, evidence: str) -> str:
    lines = [
        f"<b>{html.escape(title_of(alert))}</b>",
        f'<a href="{html.escape(_safe_link(alert.url))}">{html.escape(headline) or "link"}</a>',
        _line_or_empty("<i>{}</i>", html.escape(evidence)),
        f"Source: {html.escape(alert.source)}",
    ]
    return "\n".join(line for line in lines if line)


def _email_html(alert: Alert, headline: str, evidence: str) -> str:
    parts = [
        f'<p><a href="{html.escape(_safe_link(alert.url))}"><b>{html.escape(headline) or "link"}</b></a></p>',
        _line_or_empty("<blockquote>{}</blockquote>", html.escape(evidence)),
        f"<p>Source: {html.escape(alert.source)}</p>",
        # The address as text too: the plain-text part Apprise derives from this HTML keeps no hrefs.
        f"<p>{html.escape(_safe_link(alert.url))}</p>",
    ]
    return "\n".join(part for part in parts if part)


_BODIES: dict[str, Callable[[Alert, str, str], str]] = {
    "discord": _markdown,
    "telegram": _telegram_html,
    "email": _email_html,
}


def _shorten(text: str, keep: int) -> str:
    if len(text) <= keep:
        return text
    return text[: keep - 1].rstrip() + "…" if keep > 0 else ""


def _longest(fits: Callable[[int], bool], n: int) -> int:
    """The largest k in 0..n with fits(k); escaping makes length non-linear, so search."""
    low, high = 0, n
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if fits(mid) else (low, mid - 1)
    return low


def measure(body: str) -> int:
    """Length as a service may count it: Apprise sends some line breaks as CRLF."""
    return len(body) + body.count("\n")


def _fit(build: Callable[[str, str], str], headline: str, evidence: str, limit: int) -> str:
    """The fullest body within ``limit``: the evidence is shortened first, then the headline."""
    body = build(headline, evidence)
    if measure(body) <= limit:
        return body
    if measure(build(headline, "")) <= limit:
        keep = _longest(lambda k: measure(build(headline, _shorten(evidence, k))) <= limit, len(evidence))
        return build(headline, _shorten(evidence, keep))
    keep = _longest(lambda k: measure(build(_shorten(headline, k), "")) <= limit, len(headline))
    body = build(_shorten(headline, keep), "")
    # Only a link longer than the whole limit gets past this: then the end of the message is cut.
    return body if measure(body) <= limit else body[: limit - body.count("\n")]


_ESCAPES: dict[str, Callable[[str], str]] = {"markdown": escape_markdown, "html": html.escape, "text": lambda t: t}


def _fields(alert: Alert, headline: str, evidence: str, body_format: str) -> dict[str, str]:
    escape = _ESCAPES[body_format]
    label = EVENT_LABELS.get(alert.event, alert.event.replace("_", " "))
    url = _safe_link(alert.url)
    return {
        "franchise": escape(alert.franchise), "event": alert.event, "label": label,
        "when": alert.when or "", "headline": escape(headline),
        "url": html.escape(url) if body_format == "html" else url, "evidence": escape(evidence),
        "source": escape(alert.source),
    }


def render(alert: Alert, kind: ChannelKind, template: Template | None = None) -> Message:
    """The alert as one message for ``kind``, in its format and within its limits.

    A ``template`` replaces the title and/or body; its placeholders are filled
    with values escaped for the format, so page text cannot inject markup.
    """
    body_of = _BODIES.get(kind.name, _text)
    if template is not None and template.body:
        custom = template.body
        body_of = lambda a, h, e: custom.format_map(_fields(a, h, e, kind.body_format))  # noqa: E731
    alert = replace(alert, headline=clean(alert.headline), evidence=clean(alert.evidence))
    # Evidence that only repeats the headline says nothing new.
    evidence = "" if alert.evidence.strip() == alert.headline.strip() else alert.evidence
    title = title_of(alert)
    if template is not None and template.title:
        title = template.title.format_map(_fields(alert, alert.headline, evidence, "text"))
    title = title[: kind.max_title] if kind.max_title else ""
    limit = kind.max_body - (len(title) + 2 if kind.title_in_body and title else 0)
    body = _fit(lambda h, e: body_of(alert, h, e), alert.headline, evidence, limit)
    return Message(title=title, body=body, body_format=kind.body_format)


def _digest_head(title: str, body_format: str) -> str:
    """The line that names one alert inside a digest, in the digest's format."""
    if body_format == "markdown":
        return f"**{escape_markdown(title)}**\n"
    if body_format == "html":
        return f"<b>{html.escape(title)}</b>\n"
    return f"{title}\n"


def render_digest(alerts: list[Alert], kind: ChannelKind, template: Template | None = None) -> list[Message]:
    """Several alerts gathered into as few messages as the kind's limit allows, none cut."""
    separator = "\n<hr>\n" if kind.name == "email" else "\n\n"
    title = f"sequelwatch digest: {len(alerts)} new" if kind.max_title else ""
    limit = kind.max_body - (len(title) + 8 + 2 if kind.title_in_body and title else 0)  # 8: " (12/12)"
    parts = []
    for alert in alerts:
        head = _digest_head(title_of(alert), kind.body_format)
        room = replace(kind, max_body=limit - measure(head), max_title=0, title_in_body=False)
        parts.append(head + render(alert, room, template).body)
    messages, current = [], ""
    for part in parts:
        joined = f"{current}{separator}{part}" if current else part
        if current and measure(joined) > limit:
            messages.append(current)
            current = part
        else:
            current = joined
    if current:
        messages.append(current)
    count = len(messages)
    return [Message(title=title + (f" ({i}/{count})" if count > 1 else ""), body=body, body_format=kind.body_format)
            for i, body in enumerate(messages, start=1)]
