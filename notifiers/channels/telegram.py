"""Telegram bots: ``tgram://BOT_TOKEN/CHAT_ID``.

A message is at most 4096 characters after entities are parsed; the body is
sent in Telegram's HTML mode, and the title is folded into it by Apprise.
"""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="telegram", schemes=("tgram",), body_format="html", max_title=0, max_body=4096)
