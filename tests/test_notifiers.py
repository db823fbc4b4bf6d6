"""Rendering per channel and delivery through Apprise's real plugins, HTTP intercepted below it."""

from __future__ import annotations

import asyncio
import io
import json

import pytest
import responses
from click.testing import CliRunner

from notifiers.channels import kind_for_scheme
from notifiers.dispatch import Channel, Dispatcher, secrets_of
from notifiers.errors import InvalidChannelURL
from notifiers.model import Alert, Message
from notifiers.render import render
from scheduler.cli import cli

DISCORD_URL = "discord://123456789012/WebhookTokenAbc123XYZ"
DISCORD_API = "https://discord.com/api/webhooks/123456789012/WebhookTokenAbc123XYZ"
TELEGRAM_URL = "tgram://123456789:AAbbCCddEEffGGhhIIjjKKllMM/-100123456"
TELEGRAM_API = "https://api.telegram.org/bot123456789:AAbbCCddEEffGGhhIIjjKKllMM/sendMessage"

ALERT = Alert(franchise="Blame!", event="mention", headline="Blame! 2 confirmed",
              url="https://news.example/blame-2", source="Otaku Wire",
              evidence="Polygon Pictures said a sequel to Blame! is in production.")
HOSTILE = Alert(franchise="Blame!", event="mention",
                headline="**Bold** <b>html</b> [link](https://evil.example) @everyone",
                url="https://news.example/a_(b)", source="Evil <script>",
                evidence="@here " + "x" * 10_000)


def send(dispatcher: Dispatcher, channel: str, alert: Alert):
    kind = dispatcher.channels[channel].kind
    return asyncio.run(dispatcher.send(channel, render(alert, kind)))


@responses.activate
def test_discord_payload_through_apprise():
    responses.add(responses.POST, DISCORD_API, status=204)
    result = send(Dispatcher([Channel.from_url("d", DISCORD_URL)]), "d", ALERT)
    assert result.ok
    content = json.loads(responses.calls[0].request.body)["content"]
    assert content == ("Blame!: in the news\r\n**[Blame! 2 confirmed](https://news.example/blame-2)**\n"
                       "> Polygon Pictures said a sequel to Blame! is in production.\nSource: Otaku Wire")


@responses.activate
def test_discord_hostile_text_is_escaped_and_within_2000_characters():
    responses.add(responses.POST, DISCORD_API, status=204)
    assert send(Dispatcher([Channel.from_url("d", DISCORD_URL)]), "d", HOSTILE).ok
    content = json.loads(responses.calls[0].request.body)["content"]
    assert len(content) <= 2000
    assert "@everyone" not in content and "@here" not in content
    assert "\\*\\*Bold\\*\\*" in content and "\\[link\\]" in content
    assert "(https://news.example/a_%28b%29)" in content  # the link survives, its parentheses encoded


@responses.activate
def test_telegram_payload_is_escaped_html_within_4096():
    responses.add(responses.POST, TELEGRAM_API, json={"ok": True, "result": {}})
    assert send(Dispatcher([Channel.from_url("t", TELEGRAM_URL)]), "t", HOSTILE).ok
    payload = json.loads(responses.calls[0].request.body)
    assert payload["parse_mode"] == "HTML" and payload["chat_id"] == -100123456
    text = payload["text"]
    assert len(text) <= 4096
    assert "&lt;b&gt;html&lt;/b&gt;" in text and "Evil &lt;script&gt;" in text
    assert '<a href="https://news.example/a_%28b%29">' in text


@responses.activate
def test_failed_send_is_a_result_with_a_masked_reason():
    responses.add(responses.POST, DISCORD_API, status=500)
    result = send(Dispatcher([Channel.from_url("d", DISCORD_URL)]), "d", ALERT)
    assert not result.ok and result.error
    assert "WebhookTokenAbc123XYZ" not in result.error


def test_unknown_channel_is_a_result_not_an_exception():
    result = asyncio.run(Dispatcher([]).send("nope", Message("t", "b", "text")))
    assert (result.ok, result.error) == (False, "no such channel in the configuration")


def test_console_channel_prints():
    stream = io.StringIO()
    result = asyncio.run(Dispatcher([Channel.console()], stream).send("console", render(ALERT, kind_for_scheme("console"))))
    assert result.ok and "Blame!: in the news" in stream.getvalue() and "https://news.example/blame-2" in stream.getvalue()


@pytest.mark.parametrize(("url", "secret"), [
    (DISCORD_URL, "WebhookTokenAbc123XYZ"),
    (TELEGRAM_URL, "AAbbCCddEEffGGhhIIjjKKllMM"),
    ("mailtos://me:Pa55word!@smtp.example.com?to=x@example.com", "Pa55word!"),
    ("ntfy://user:hunter2hunter2@ntfy.example.com/topic", "hunter2hunter2"),
])
def test_every_secret_is_masked(url, secret):
    channel = Channel.from_url("c", url)
    assert secret not in channel.masked_url
    assert secret in channel.secrets


def test_invalid_url_is_rejected_when_the_channel_is_built_and_never_echoed():
    with pytest.raises(InvalidChannelURL) as caught:
        Channel.from_url("c", "discord://onlyid")
    assert "onlyid" not in str(caught.value)


@pytest.mark.parametrize("scheme", ["discord", "tgram", "mailto", "json", "console"])
def test_every_kind_stays_within_its_limits(scheme):
    kind = kind_for_scheme(scheme)
    message = render(HOSTILE, kind)
    total = len(message.body.replace("\n", "\r\n")) + (len(message.title) + 2 if kind.title_in_body else 0)
    assert total <= kind.max_body
    assert not kind.max_title or len(message.title) <= kind.max_title


def test_evidence_equal_to_the_headline_is_not_repeated():
    alert = Alert("X", "mention", "Same line", "https://a.example", "S", evidence="Same line")
    assert render(alert, kind_for_scheme("json")).body.count("Same line") == 1


def test_secrets_of_keeps_plain_settings_visible():
    found = secrets_of("mailto://u:pw123456@host.example?mode=insecure&format=html", "mailto://u:****@host.example")
    assert found == ("pw123456",)


@responses.activate
def test_notify_test_prints_each_channel_masked_and_fails_when_one_fails(tmp_path):
    responses.add(responses.POST, DISCORD_API, status=204)
    responses.add(responses.POST, TELEGRAM_API, status=401, json={"ok": False, "description": "Unauthorized"})
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/db.sqlite"\n'
                      f'[[channel]]\nname = "discord"\nurl = "{DISCORD_URL}"\n'
                      f'[[channel]]\nname = "telegram"\nurl_env = "SW_TG"\n')
    result = CliRunner().invoke(cli, ["notify-test", "--config", str(config)], env={"SW_TG": TELEGRAM_URL})
    assert result.exit_code == 1
    assert "ok     discord discord://1...2/W...Z/" in result.output
    assert "FAILED telegram tgram://1...M/-100123456/" in result.output
    assert "WebhookTokenAbc123XYZ" not in result.output and "AAbbCCddEEffGGhhIIjjKKllMM" not in result.output


def test_email_payload_is_escaped_html_with_a_plain_text_part_and_a_clear_subject(smtp):
    dispatcher = Dispatcher([Channel.from_url("mail", smtp.apprise_url)])
    assert send(dispatcher, "mail", HOSTILE).ok
    [message] = smtp.messages
    assert message["Subject"] == "Blame!: in the news"
    parts = {part.get_content_type(): part.get_payload(decode=True).decode() for part in message.walk()
             if not part.is_multipart()}
    html_part, text_part = parts["text/html"], parts["text/plain"]
    assert "&lt;b&gt;html&lt;/b&gt;" in html_part and "<b>html</b>" not in html_part.replace("<b><a", "")
    assert "Evil &lt;script&gt;" in html_part and "<script>" not in html_part
    assert 'href="https://news.example/a_%28b%29"' in html_part
    assert "Bold" in text_part and "<p>" not in text_part
    assert "https://news.example/a_%28b%29" in text_part  # the plain-text reader gets the link too


PINGS = Alert(franchise="Blame!", event="mention", headline="Blame! <@123456789012345678> <@&987654321098765432> @everyone",
              url="https://news.example/@everyone/<@&123>/a", source="Otaku Wire",
              evidence="Blame! fans: @here, <@!555555555555555555> and <!channel> @moderators")


@pytest.mark.parametrize("url", [DISCORD_URL, DISCORD_URL + "?format=markdown", DISCORD_URL + "?format=text"])
@responses.activate
def test_page_text_never_pings_on_discord_in_any_format(url):
    responses.add(responses.POST, DISCORD_API, status=204)
    assert send(Dispatcher([Channel.from_url("d", url)]), "d", PINGS).ok
    payload = json.loads(responses.calls[0].request.body)
    assert not payload.get("allow_mentions", {}).get("parse") and not payload.get("allow_mentions", {}).get("users")
    assert not payload.get("allow_mentions", {}).get("roles")
    text = json.dumps([payload.get("content"), payload.get("embeds")], ensure_ascii=False)  # markdown: embeds
    for ping in ("@everyone", "@here", "<@123456789012345678>", "<@&987654321098765432>", "<@!555", "<!channel>",
                 "@moderators"):
        assert ping not in text.replace("\\<", "<")
    assert "news.example/%40everyone/" in text  # the link still leads to the page


@responses.activate
def test_page_text_never_pings_on_telegram():
    responses.add(responses.POST, TELEGRAM_API, json={"ok": True, "result": {}})
    assert send(Dispatcher([Channel.from_url("t", TELEGRAM_URL)]), "t", PINGS).ok
    text = json.loads(responses.calls[0].request.body)["text"]
    assert "@everyone" not in text and "@moderators" not in text and "@here" not in text


def test_console_output_has_no_control_or_invisible_characters_and_a_long_headline_keeps_link_and_source():
    sneaky = Alert(franchise="Blame!", event="mention", url="https://news.example/a", source="Otaku Wire",
                   headline="Blame! \x1b[2K\x1b[1A2026-12-01 INFO sequelwatch: forged\u202egnp.exe\u200b" + "y" * 5000,
                   evidence="Blame! \x07\x9b31m text\u2066 here\u2069")
    stream = io.StringIO()
    kind = kind_for_scheme("console")
    assert asyncio.run(Dispatcher([Channel.console()], stream).send("console", render(sneaky, kind))).ok
    printed = stream.getvalue()
    for character in ("\x1b", "\x07", "\x9b", "\u202e", "\u200b", "\u2066", "\u2069"):
        assert character not in printed
    short = render(sneaky, kind_for_scheme("discord"))
    assert short.body.endswith("Source: Otaku Wire") and "(https://news.example/a)" in short.body
    assert len(short.body) + len(short.title) + 2 <= 2000


@responses.activate
def test_a_discord_webhook_url_as_discord_shows_it_is_a_discord_channel():
    responses.add(responses.POST, DISCORD_API, status=204)
    channel = Channel.from_url("d", DISCORD_API)  # https://discord.com/api/webhooks/ID/TOKEN, pasted as is
    assert channel.kind.name == "discord" and channel.masked_url.startswith("discord://")
    assert send(Dispatcher([channel]), "d", HOSTILE).ok
    content = json.loads(responses.calls[0].request.body)["content"]
    assert len(content) <= 2000 and "\\*\\*Bold\\*\\*" in content  # Discord's markdown and limits, not plain text


def test_notify_test_names_the_cause_apprise_only_logs_and_can_test_one_channel(tmp_path, smtp):
    config = tmp_path / "config.toml"
    authenticated = smtp.apprise_url.replace("mailto://", "mailto://fan:secretpw@")  # this server has no AUTH
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/db.sqlite"\n'
                      f'[[channel]]\nname = "mail"\nurl = "{authenticated}"\n'
                      f'[[channel]]\nname = "discord"\nurl = "{DISCORD_URL}"\n')
    result = CliRunner().invoke(cli, ["notify-test", "--config", str(config), "--channel", "mail"])
    assert result.exit_code == 1, result.output
    assert "FAILED mail" in result.output and "discord" not in result.output  # only the channel asked for
    assert "SMTP AUTH extension not supported by server" in result.output
    assert "secretpw" not in result.output
    unknown = CliRunner().invoke(cli, ["notify-test", "--config", str(config), "--channel", "mial"])
    assert unknown.exit_code == 2 and "no channel named 'mial'" in unknown.output and "mail, discord" in unknown.output


def test_secrets_in_custom_headers_and_named_settings_are_masked_wherever_the_url_is_shown(tmp_path):
    url = "json://127.0.0.1:9/hook?+X-Api-Key=hunter&-token=qwertyuiop12&-priority=high"  # port 9: nothing listens
    channel = Channel.from_url("hook", url)
    assert "hunter" not in channel.masked_url and "qwertyuiop12" not in channel.masked_url
    assert "priority=high" in channel.masked_url  # a plain setting stays readable
    assert {"hunter", "qwertyuiop12"} <= set(channel.secrets)
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path}/db.sqlite"\n[[channel]]\nname = "hook"\nurl = "{url}"\n')
    for command in ("check-config", "notify-test"):
        output = CliRunner().invoke(cli, [command, "--config", str(config)]).output
        assert "hunter" not in output and "qwertyuiop12" not in output, output
