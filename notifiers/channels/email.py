"""E-mail over SMTP: ``mailto://USER:PASSWORD@HOST?to=ADDRESS`` (``mailtos://`` for TLS).

Sent as HTML with a plain-text alternative (Apprise builds both); the title is
the subject.
"""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="email", schemes=("mailto", "mailtos"), body_format="html", max_title=250, max_body=32768)
