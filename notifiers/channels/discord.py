"""Discord webhooks: ``discord://WEBHOOK_ID/WEBHOOK_TOKEN``.

Discord rejects a message over 2000 characters; the title travels in an
embed limited to 256 (Apprise trims it to 250).
"""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="discord", schemes=("discord",), body_format="markdown", max_title=250, max_body=2000)
