"""What the commands take from their surroundings rather than from the system."""

from __future__ import annotations

from dataclasses import dataclass

import click

from crawler.clock import Clock, system_clock


@dataclass(frozen=True)
class Runtime:
    """What a command takes from its surroundings rather than from the system: the clock.

    ``main`` runs the commands with the defaults; a test passes its own through
    ``CliRunner().invoke(cli, args, obj=Runtime(clock=...))``.
    """

    clock: Clock = system_clock


#: Hands a command the :class:`Runtime` it was invoked with (the default one when none was given).
pass_runtime = click.make_pass_decorator(Runtime, ensure=True)
