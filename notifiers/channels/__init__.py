"""One module per kind of channel: its URL schemes, limits and body format.

:func:`kind_for_scheme` picks the kind of an Apprise URL; services without a
module of their own are sent plain text within Apprise's generic limits.
"""

from __future__ import annotations

from notifiers.channels import console, discord, email, generic, telegram
from notifiers.channels.base import ChannelKind

KINDS: tuple[ChannelKind, ...] = (discord.KIND, telegram.KIND, email.KIND, console.KIND)


def kind_for_scheme(scheme: str) -> ChannelKind:
    scheme = scheme.lower()
    for kind in KINDS:
        if scheme in kind.schemes:
            return kind
    return generic.KIND


__all__ = ["KINDS", "ChannelKind", "kind_for_scheme"]
