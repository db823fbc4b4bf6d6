"""Telegram bots: ``tgram://BOT_TOKEN/CHAT_ID``.

A message is at most 4096 characters after entities are parsed; the body is
sent in Telegram's HTML mode, and the title is folded into it by Apprise. A bot
may send about 20 messages a minute to one group.
"""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="telegram", schemes=("tgram",), body_format="html", max_title=0, max_body=4096,
                   default_rate="20/min", pause_after_429=60.0)
