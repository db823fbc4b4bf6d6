"""Delivery rules with a controlled clock: quiet hours, digests, rate limits, retries, giving up, retry."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from crawler.alerting import AlertPolicy
from crawler.model import Document, Event
from scheduler.cli import cli
from scheduler.commands.runtime import Runtime
from scheduler.config import load
from scheduler.delivery import deliver_outbox
from scheduler.services import open_services
from tests.servers import Receiver

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def to(self, local: str) -> None:
        """Move to a local Berlin time, "2026-11-24 23:30"."""
        self.now = datetime.fromisoformat(local).replace(tzinfo=BERLIN).astimezone(UTC)


def make(tmp_path, receiver, channel_rules: str = "", extra: str = ""):
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n{extra}\n'
                    f'[[franchise]]\nname = "Blame!"\n'
                    f'[[channel]]\nname = "hook"\nurl = "{receiver.apprise_url}"\ntimezone = "Europe/Berlin"\n'
                    + channel_rules)
    clock = Clock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    services = open_services(load(path, {}), clock=clock)
    return services, clock, path


def report(services, n: int, kind: str = "announcement", when: str | None = None) -> None:
    """A fact as a crawl would store it, queued for the channel."""
    document = Document("Wire", f"https://news.example/{n}", f"Headline {n}", "Text.", services.clock())
    event = Event("Blame!", kind, f"{kind}:{n}", when, f"Evidence {n}.")
    routes = {("Blame!", kind): ("hook",)}
    services.store.save_document(document, [], [event], AlertPolicy(routes), services.clock())


def deliver(services):
    return asyncio.run(deliver_outbox(services))


def headlines(receiver) -> list[str]:
    return [line for m in receiver.received for line in m["message"].splitlines() if line.startswith("Headline")]


def test_quiet_hours_hold_alerts_until_morning_in_order_and_priority_breaks_through(tmp_path, receiver):
    services, clock, _ = make(tmp_path, receiver, 'quiet_hours = "23:00-07:30"\npriority = ["delay"]\n')
    clock.to("2026-11-24 23:10")
    report(services, 1)
    report(services, 2, "delay", "2027-05")
    report(services, 3)
    result = deliver(services)
    assert (result.delivered, result.held, result.waiting) == (1, {"quiet hours until 07:30": 2}, 0)
    assert result.summary() == "1 delivered, 0 to retry, 0 failed, 2 held (quiet hours until 07:30)"
    assert [m["title"] for m in receiver.received] == ["Blame!: delayed: May 2027"]
    clock.to("2026-11-25 07:29")
    assert deliver(services).delivered == 0
    clock.to("2026-11-25 07:31")
    assert deliver(services).delivered == 2
    assert headlines(receiver) == ["Headline 2", "Headline 1", "Headline 3"]
    services.close()


def test_a_daily_digest_gathers_what_arrived_before_it_into_one_message(tmp_path, receiver):
    services, clock, _ = make(tmp_path, receiver, 'digest = "daily 09:00"\n')
    clock.to("2026-11-24 07:00")
    report(services, 1)
    clock.to("2026-11-24 08:30")
    report(services, 2)
    early = deliver(services)
    assert (early.delivered, early.held) == (0, {"digest at 09:00": 2})
    clock.to("2026-11-24 09:05")
    report(services, 3)  # arrived after today's digest: waits for tomorrow's
    assert deliver(services).delivered == 2
    assert len(receiver.received) == 1 and receiver.received[0]["title"] == "sequelwatch digest: 2 new"
    assert headlines(receiver) == ["Headline 1", "Headline 2"]
    clock.to("2026-11-25 09:00")
    assert deliver(services).delivered == 1
    assert headlines(receiver)[-1] == "Headline 3"
    services.close()


def test_a_rate_limit_spreads_alerts_over_runs(tmp_path, receiver):
    services, clock, _ = make(tmp_path, receiver, 'rate_limit = "2/min"\n')
    for n in range(5):
        report(services, n)
    first = deliver(services)
    assert (first.delivered, len(receiver.received), first.held) == (2, 2, {"rate limit of 2 per minute": 3})
    clock.now += timedelta(seconds=30)
    assert deliver(services).delivered == 0
    clock.now += timedelta(seconds=31)
    assert deliver(services).delivered == 2
    clock.now += timedelta(seconds=61)
    assert deliver(services).delivered == 1
    assert headlines(receiver) == [f"Headline {n}" for n in range(5)]
    services.close()


def test_a_channel_down_for_a_while_gets_every_alert_once_in_order(tmp_path, receiver):
    services, clock, _ = make(tmp_path, receiver)
    for n in range(4):
        report(services, n)
    receiver.status = 500
    for _ in range(5):  # down: each run tries the oldest alert once, the rest wait
        deliver(services)
        clock.now += timedelta(hours=1)
    assert receiver.received == [] and receiver.attempts == 5
    receiver.status = 200
    clock.now += timedelta(hours=7)  # past the longest backoff so far
    assert deliver(services).delivered == 4
    assert headlines(receiver) == [f"Headline {n}" for n in range(4)]
    clock.now += timedelta(days=1)
    assert deliver(services).delivered == 0
    services.close()


def test_after_its_attempts_an_alert_fails_once_and_retry_queues_it_again(tmp_path, receiver, caplog):
    services, clock, path = make(tmp_path, receiver, extra="[delivery]\nattempts = 2\n")
    report(services, 1)
    receiver.status = 500
    deliver(services)
    clock.now += timedelta(hours=1)
    result = deliver(services)
    assert result.failed == 1
    assert sum("giving up" in r.getMessage() for r in caplog.records) == 1
    clock.now += timedelta(days=1)
    assert deliver(services).delivered == 0  # failed rows are not retried on their own

    out = CliRunner().invoke(cli, ["outbox", "--config", str(path)], obj=Runtime(clock=clock))
    assert "hook: 0 pending, 1 failed, 0 delivered" in out.output and "after 2 attempts" in out.output
    assert "1 failed alert queued again" in CliRunner().invoke(cli, ["retry", "--config", str(path)], obj=Runtime(clock=clock)).output
    receiver.status = 200
    assert deliver(services).delivered == 1
    assert "hook: 0 pending, 0 failed, 1 delivered" in CliRunner().invoke(cli, ["outbox", "--config", str(path)], obj=Runtime(clock=clock)).output
    services.close()


def test_a_channel_template_replaces_the_message(tmp_path, receiver):
    services, _, _ = make(tmp_path, receiver, 'title_template = "[{franchise}] {label}"\n'
                                               'body_template = "{headline} -> {url} ({when})"\n')
    report(services, 7, "release_date", "2027-05-19")
    deliver(services)
    assert receiver.received[0]["title"] == "[Blame!] release date set"
    assert receiver.received[0]["message"] == "Headline 7 -> https://news.example/7 (May 19, 2027)"
    services.close()


@pytest.mark.parametrize("rules", ['quiet_hours = "07:00-06:00"\n', ""])
def test_without_rules_or_outside_quiet_hours_alerts_go_at_once(tmp_path, receiver, rules):
    services, clock, _ = make(tmp_path, receiver, rules)
    clock.to("2026-11-24 06:30")
    report(services, 1)
    assert deliver(services).delivered == 1
    services.close()


def test_events_says_for_each_channel_whether_an_alert_was_delivered_held_queued_or_failed(tmp_path, receiver):
    services, clock, path = make(tmp_path, receiver, 'quiet_hours = "23:00-07:30"\n', "[delivery]\nattempts = 1\n")
    clock.to("2026-11-24 23:10")
    report(services, 1)

    def events() -> str:
        return CliRunner().invoke(cli, ["events", "--config", str(path)], obj=Runtime(clock=clock)).output

    deliver(services)
    assert "    hook: held (quiet hours until 07:30)" in events()
    held = CliRunner().invoke(cli, ["outbox", "--config", str(path)], obj=Runtime(clock=clock)).output
    assert "hook  Blame!: announcement  held (quiet hours until 07:30)" in held, held
    status = CliRunner().invoke(cli, ["status", "--config", str(path)], obj=Runtime(clock=clock)).output
    assert "facts: 1 alerted" in status and "outbox: 1 pending, 1 held (quiet hours until 07:30), 0 failed" in status
    clock.to("2026-11-25 08:00")
    receiver.status = 500
    deliver(services)
    assert "    hook: failed (after 1 attempts: Failed to send JSON POST notification" in events()
    CliRunner().invoke(cli, ["retry", "--config", str(path)], obj=Runtime(clock=clock))
    assert "    hook: queued\n" in events()
    receiver.status = 200
    deliver(services)
    as_json = json.loads(CliRunner().invoke(cli, ["events", "--config", str(path), "--json"],
                                            obj=Runtime(clock=clock)).output)
    assert as_json["alert"] == {"state": "alerted", "why": None}
    assert as_json["channels"]["hook"]["state"] == "delivered"
    services.close()


def test_alerts_of_a_removed_channel_are_reported_once_and_can_be_ended(tmp_path, receiver, caplog):
    services, clock, path = make(tmp_path, receiver)
    report(services, 1)
    services.close()
    path.write_text(path.read_text().replace('name = "hook"', 'name = "new-hook"'))  # the channel renamed
    services = open_services(load(path, {}), clock=clock)
    for _ in range(3):
        assert deliver(services).waiting == 1
    warnings = [r.getMessage() for r in caplog.records if "no longer in the configuration" in r.getMessage()]
    assert warnings == ["1 alerts for channel hook wait: it is no longer in the configuration "
                        "(`sequelwatch outbox --drop-channel hook` ends them)"]
    kept = CliRunner().invoke(cli, ["outbox", "--config", str(path), "--drop-channel", "new-hook"])
    assert kept.exit_code == 2 and "is in" in kept.output
    dropped = CliRunner().invoke(cli, ["outbox", "--config", str(path), "--drop-channel", "hook"], obj=Runtime(clock=clock))
    assert dropped.exit_code == 0 and dropped.output.startswith("1 pending alert of hook ended")
    assert deliver(services).waiting == 0
    services.close()


def test_a_slow_channel_is_an_unknown_outcome_sent_again_only_after_a_deliberate_wait(tmp_path, receiver):
    class Slow:  # the same receiver, asked to answer within half a second (Apprise's rto)
        apprise_url = receiver.apprise_url + "?rto=0.5"

    services, clock, _ = make(tmp_path, Slow())
    receiver.delay = 1.5  # it takes the message, then answers after the channel stopped waiting
    report(services, 1)
    first = deliver(services)
    assert (first.delivered, first.retrying) == (0, 1) and len(receiver.received) == 1
    assert "Read timed out" in first.errors["hook"]
    receiver.delay = 0.0
    clock.now += timedelta(minutes=5)  # an ordinary failure would have been retried by now; this one waits
    assert deliver(services).delivered == 0 and len(receiver.received) == 1
    clock.now += timedelta(minutes=11)
    assert deliver(services).delivered == 1 and len(receiver.received) == 2  # one duplicate for the one fault


def test_after_an_outage_waiting_alerts_go_out_oldest_first(tmp_path, receiver):
    services, clock, _ = make(tmp_path, receiver)
    receiver.status = 500
    for n in range(4):
        report(services, n)
    for _ in range(8):  # each run tries one row and fails: the backoff pushes the oldest furthest
        deliver(services)
        clock.now += timedelta(seconds=40)
    receiver.status = 200
    report(services, 9)
    deliver(services)  # whichever is due first goes out: the channel is back, and all that waits becomes due
    deliver(services)
    sent = headlines(receiver)
    assert sorted(sent) == ["Headline 0", "Headline 1", "Headline 2", "Headline 3", "Headline 9"], sent
    assert sent[1:] == sorted(sent[1:], key=lambda h: int(h.split()[-1]))  # then oldest first


def test_a_hung_channel_delays_no_other(tmp_path, receiver):
    with Receiver() as other:
        path = tmp_path / "config.toml"
        path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n[[franchise]]\nname = "Blame!"\n'
                        f'[[channel]]\nname = "slow"\nurl = "{receiver.apprise_url}"\n'
                        f'[[channel]]\nname = "quick"\nurl = "{other.apprise_url}"\n')
        clock = Clock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
        services = open_services(load(path, {}), clock=clock)
        receiver.delay = 8.0  # past both runs' patience (3 s each), however slow the machine

        async def scenario():
            runs = []
            for n in range(2):
                document = Document("Wire", f"https://news.example/{n}", f"Headline {n}", "Text.", clock())
                routes = {("Blame!", "announcement"): ("slow", "quick")}
                services.store.save_document(document, [], [Event("Blame!", "announcement", f"a:{n}", None, "E.")],
                                             AlertPolicy(routes), clock())
                runs.append(await deliver_outbox(services, patience=3.0))
                assert runs[-1].sends["quick", "delivered"] == 1, runs[-1].summary()
                assert len(other.received) == n + 1  # within the patience, while "slow" still sends
            assert "still sending" in runs[0].errors["slow"] and services.sending  # its send goes on
            assert runs[1].waiting == 2  # the second run leaves the busy channel out
            await asyncio.wait(services.sending)

        asyncio.run(scenario())
        assert len(receiver.received) == 1  # the slow channel's first alert; its second waits for the next run
        assert len(asyncio.run(deliver_outbox(services)).sends) == 1 and len(receiver.received) == 2


@pytest.mark.parametrize("body, pause", [(b'{"message": "slow down", "retry_after": 300}', 300), (None, 120)])
def test_a_429_pauses_the_whole_channel_as_long_as_it_says_or_its_documented_window(tmp_path, receiver, body, pause):
    services, clock, _ = make(tmp_path, receiver)
    receiver.status, receiver.error_body = 429, body
    report(services, 1)
    report(services, 2)
    result = deliver(services)
    assert result.retrying == 1 and f"paused {pause} s as the service asked" in services.failing_channels["hook"]
    receiver.status = 200
    clock.now += timedelta(seconds=pause - 5)
    assert deliver(services).delivered == 0 and receiver.attempts == 1  # neither alert before the pause ends
    clock.now += timedelta(seconds=10)
    assert deliver(services).delivered == 2 and headlines(receiver) == ["Headline 1", "Headline 2"]
