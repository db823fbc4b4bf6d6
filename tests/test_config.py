"""check-config and the config loader: every problem at once, with file, line and key."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from scheduler.cli import cli
from scheduler.config import load, local_zone
from scheduler.errors import EXIT_CONFIG, ConfigError

ROOT = Path(__file__).parent.parent


def check(tmp_path: Path, text: str, env: dict | None = None):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["check-config", "--config", str(path)], env=env), path


def problems(tmp_path: Path, text: str, environ: dict | None = None) -> list[str]:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load(path, environ or {})
    return [str(p).removeprefix(f"{path}:") for p in caught.value.problems]


BROKEN = [
    ('[[source]]\nname = "A"\nurl = "https://a.example/feed"\nintervall = "15m"\n',
     "4: [[source]] 1 ('A'), key 'intervall': unknown key; did you mean 'interval'?"),
    ('[[source]]\nname = "A"\nurl = "https://a.example/feed"\ninterval = "15"\n',
     "4: [[source]] 1 ('A'), key 'interval': '15' is not a duration"),
    ('[[source]]\nname = "A"\nurl = "https://a.example/feed"\ninterval = "0s"\n',
     "4: [[source]] 1 ('A'), key 'interval': must be at least 1s"),
    ('[[source]]\nname = "A"\ntype = "rss"\nurl = "https://a.example/feed"\n',
     "3: [[source]] 1 ('A'), key 'type': 'rss' is not one of feed"),
    ('[[source]]\nname = "A"\nurl = "feed.xml"\n',
     "3: [[source]] 1 ('A'), key 'url': 'feed.xml' is not an http(s) URL"),
    ('[[source]]\nurl = "https://a.example/feed"\n',
     "1: [[source]] 1, key 'name': is required"),
    ('[[franchise]]\nname = "Xeno"\n\n[[franchise]]\nname = "Xeno"\n',
     "5: [[franchise]] 2 ('Xeno'), key 'name': duplicate name 'Xeno'"),
    ('[[franchise]]\nname = "Xeno"\naliases = "Y"\n',
     "3: [[franchise]] 1 ('Xeno'), key 'aliases': must be a list, not 'Y'"),
    ('[[franchise]]\nname = "Xeno"\nalert_on = ["trailers"]\n',
     "3: [[franchise]] 1 ('Xeno'), key 'alert_on': 'trailers' is not one of"),
    ('[[franchise]]\nname = "Xeno"\nchannels = ["discrod"]\n\n[[channel]]\nname = "discord"\nurl = "json://localhost/x"\n',
     "3: [[franchise]] 1 ('Xeno'), key 'channels': 'discrod' is not one of discord; did you mean 'discord'?"),
    ('[[channel]]\nname = "d"\nurl = "discord://"\n',
     "3: [[channel]] 1 ('d'), key 'url': not a usable Apprise URL: An invalid Discord Webhook ID"),
    ('[[channel]]\nname = "d"\nurl = "nosuchservice://x"\n',
     "3: [[channel]] 1 ('d'), key 'url': not a usable Apprise URL"),
    ('[[channel]]\nname = "d"\nurl_env = "SW_TEST_UNSET"\n',
     "3: [[channel]] 1 ('d'), key 'url_env': environment variable SW_TEST_UNSET is not set"),
    ('[[channel]]\nname = "d"\nurl = "json://localhost/x"\nurl_env = "X"\n',
     "1: [[channel]] 1 ('d'): give exactly one of 'url', 'url_env' or 'url_file' (found url, url_env)"),
    ('[[channel]]\nname = "d"\nurl = "json://localhost/x"\n\n[[channel]]\nname = "d"\nurl = "json://localhost/y"\n',
     "6: [[channel]] 2 ('d'), key 'name': duplicate name 'd'"),
    ('[crawl]\nrobots = "yes"\n', "2: [crawl], key 'robots': must be true or false, not 'yes'"),
    ('[crawl]\nper_host_concurrency = 0\n', "2: [crawl], key 'per_host_concurrency': must be between 1 and 16"),
    ('[crawl]\nmax_response_size = "lots"\n', "2: [crawl], key 'max_response_size': 'lots' is not a size"),
    ('[databse]\nurl = "sqlite://"\n', "1: key 'databse': unknown key; did you mean 'database'?"),
    ('[[source]]\nname = "A"\nurl = "https://a.example/f"\ntrust = "oficial"\n',
     "4: [[source]] 1 ('A'), key 'trust': 'oficial' is not one of official, press, community; did you mean 'official'?"),
    ('[[franchise]]\nname = "Xeno"\nconfirm = "two"\n',
     "3: [[franchise]] 1 ('Xeno'), key 'confirm': 'two' is not one of any, official-or-2"),
    ('[[source]]\nname = "A"\ntype = "html"\nurl = "https://a.example/"\n',
     "1: [[source]] 1 ('A'), key 'links': an html source needs a CSS selector"),
    ('[[source]]\nname = "A"\nurl = "https://a.example/feed"\n[[source]]\nname = "A"\nurl = "https://b.example/feed"\n',
     "5: [[source]] 2 ('A'), key 'name': duplicate name 'A'"),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN, ids=[e.split(":", 2)[1].strip()[:50] for _, e in BROKEN])
def test_each_broken_config_names_line_table_and_key(tmp_path, text, expected):
    found = problems(tmp_path, text)
    assert any(p.startswith(expected) for p in found), found


def test_every_problem_is_reported_at_once_in_file_order(tmp_path):
    text = ('[crawl]\nuser_agnet = "x"\n\n[[source]]\nname = "A"\nurl = "ftp://a"\ninterval = "often"\n\n'
            '[[channel]]\nname = "c"\nurl = "discord://"\n')
    found = problems(tmp_path, text)
    assert [p.split(":")[0] for p in found] == ["2", "6", "7", "11"]


def test_check_config_exits_78_with_the_message_and_a_hint(tmp_path):
    result, path = check(tmp_path, '[[source]]\nname = "A"\nurl = "https://a.example/f"\nintervall = "1m"\n')
    assert result.exit_code == EXIT_CONFIG
    assert f"{path}:4: [[source]] 1 ('A'), key 'intervall': unknown key; did you mean 'interval'?" in result.output
    assert "hint: fix these and check with `sequelwatch check-config`" in result.output
    assert "Traceback" not in result.output


def test_other_commands_refuse_a_broken_config_with_the_same_message(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[crawl]\nrobots = "yes"\n')
    for command in (["run", "--once"], ["run"], ["notify-test"], ["hits"]):
        result = CliRunner().invoke(cli, [*command, "--config", str(path)])
        assert result.exit_code == EXIT_CONFIG, command
        assert f"{path}:2: [crawl], key 'robots': must be true or false" in result.output


def test_toml_syntax_error_names_the_line(tmp_path):
    result, path = check(tmp_path, '[crawl]\nrobots = true\nuser_agent = "unterminated\n')
    assert result.exit_code == EXIT_CONFIG
    assert f"{path}:3: not valid TOML" in result.output


def test_missing_config_file_is_a_config_error(tmp_path):
    result = CliRunner().invoke(cli, ["check-config", "--config", str(tmp_path / "nope.toml")])
    assert result.exit_code == EXIT_CONFIG
    assert "no configuration file found" in result.output


def test_secret_from_environment_is_never_printed(tmp_path):
    url = "discord://123456789012/SuperSecretWebhookToken42"
    result, _ = check(tmp_path, '[[channel]]\nname = "d"\nurl_env = "SW_DISCORD"\n', env={"SW_DISCORD": url})
    assert result.exit_code == 0, result.output
    assert "channel d (discord): discord://1...2/S...2/" in result.output
    assert "SuperSecretWebhookToken42" not in result.output and "123456789012" not in result.output


def test_url_file_is_read_relative_to_the_credentials_directory(tmp_path):
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "hook").write_text("json://127.0.0.1:9/x\n")
    config = load(_write(tmp_path, '[[channel]]\nname = "h"\nurl_file = "hook"\n'),
                  {"CREDENTIALS_DIRECTORY": str(creds)})
    assert config.channels[0].masked_url.startswith("json://127.0.0.1:9/x")


def test_defaults_route_every_franchise_to_every_channel_or_the_console(tmp_path):
    config = load(_write(tmp_path, '[[franchise]]\nname = "Xeno"\n'), {})
    assert config.routes() == {("Xeno", kind): ("console",) for kind in ("announcement", "release_date", "delay", "trailer")}
    assert config.sources == () and config.crawl.obey_robots is True


def test_the_shipped_config_is_valid(tmp_path):
    result = CliRunner().invoke(cli, ["check-config", "--config", str(ROOT / "config.toml")],
                                env={"XDG_DATA_HOME": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert "Blame!" in result.output
    assert "no channels: alerts are printed to the console" in result.output
    config = load(ROOT / "config.toml", {})
    blame = next(f for f in config.franchises if f.franchise.name == "Blame!")
    assert set(blame.franchise.aliases) >= {"BLAME!", "ブラム!"}
    assert len(config.sources) >= 4


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "expected"), [
    ('[[source]]\nname = "S"\ntype = "rss"\nurl = "https://a.example/feed"\n',
     "key 'type': 'rss' is not one of feed, sitemap, html, reddit, mastodon, bluesky, anilist; RSS, Atom, RDF and JSON "
     'feeds (YouTube\'s and Mastodon\'s too) are all type = "feed"'),
    ('[database]\nurl = "postgres://me@db.example/sw"\n',
     "key 'url': postgres:// needs a driver this version does not use; write postgresql+psycopg://me@db.example/sw"),
    ('[[source]]\nname = "S"\nurl = "https://a.example/feed"\ninterval = 90\n',
     "key 'interval': 90 has no unit; write it like \"90s\" or \"90m\""),
    ('[[source]]\nname = "S"\nurl = "https://a.example:99999/feed"\n',
     "key 'url': 'https://a.example:99999/feed' is not an http(s) URL"),
])
def test_common_mistakes_get_a_hint_that_says_what_to_write(tmp_path, body, expected):
    with pytest.raises(ConfigError) as error:
        load(_write(tmp_path, '[[franchise]]\nname = "Xeno"\n' + body), {})
    assert any(expected in str(p) for p in error.value.problems), str(error.value)


def test_a_config_that_watches_or_polls_nothing_is_valid_with_a_warning(tmp_path):
    config = load(_write(tmp_path, "[crawl]\nrobots = true\n"), {})
    assert [w.message for w in config.warnings] == ["no [[franchise]]: nothing is watched, so nothing can alert",
                                                    "no [[source]]: nothing is polled"]


def test_the_local_time_zone_keeps_its_summer_time_rules(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    zone = local_zone()
    winter, summer = datetime(2027, 1, 15, 12, tzinfo=zone), datetime(2027, 7, 15, 12, tzinfo=zone)
    assert (winter.utcoffset(), summer.utcoffset()) == (timedelta(hours=1), timedelta(hours=2))
