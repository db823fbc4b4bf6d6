"""Discord webhooks: ``discord://WEBHOOK_ID/WEBHOOK_TOKEN``.

Discord rejects a message whose content is over 2000 characters, and Apprise
sends a markdown message as content = title + CRLF + body. A webhook accepts
about 30 messages a minute.
"""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="discord", schemes=("discord",), body_format="markdown", max_title=250, max_body=2000,
                   title_in_body=True, default_rate="30/min", pause_after_429=60.0)
