"""Any other Apprise service (``json://``, ``ntfy://``, ``slack://``, ...): plain text.

The limits are conservative; Apprise splits or trims further where a service
needs it.
"""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="generic", schemes=(), body_format="text", max_title=250, max_body=4000)
