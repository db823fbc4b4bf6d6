"""The console: alerts printed to standard output when no channel is configured."""

from notifiers.channels.base import ChannelKind

KIND = ChannelKind(name="console", schemes=("console",), body_format="text", max_title=1000, max_body=100_000)
