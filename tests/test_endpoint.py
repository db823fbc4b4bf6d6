"""The optional [http] endpoint: /healthz and Prometheus /metrics of a running daemon."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from scheduler.cli import cli
from scheduler.web.server import Response, WebServer
from tests.conftest import SEQUELWATCH, write_config
from tests.servers import FreezableProxy
from tests.test_operations import base_config, wait_for


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()
    except OSError:
        return 0, "", ""


def sample(metrics: str, name: str) -> float:
    """The value of one sample line (name with labels), 0 when absent."""
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_the_server_answers_its_routes_and_refuses_the_rest():
    async def scenario() -> list:
        async def ok() -> Response:
            return Response(200, "text/plain", b"fine\n")

        async def broken() -> Response:
            raise RuntimeError("boom")

        server = WebServer("127.0.0.1", 0, {"/healthz": ok, "/broken": broken})
        await server.start()
        results = []
        for request in (b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                        b"GET /healthz?x=1 HTTP/1.0\r\n\r\n",
                        b"POST /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
                        b"GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                        b"GET /broken HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                        b"HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                        b"garbage\r\n\r\n"):
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(request)
            await writer.drain()
            results.append(await asyncio.wait_for(reader.read(), 5))
            writer.close()
        await server.close()
        return results

    ok, query, post, missing, broken, head, garbage = asyncio.run(scenario())
    assert ok.startswith(b"HTTP/1.1 200 OK\r\n") and ok.endswith(b"\r\n\r\nfine\n") and b"Content-Length: 5" in ok
    assert b"Content-Security-Policy: default-src 'none'" in ok and b"Cache-Control: no-store" in ok
    assert query.startswith(b"HTTP/1.0 200") or query.startswith(b"HTTP/1.1 200")
    assert post.startswith(b"HTTP/1.1 405") and missing.startswith(b"HTTP/1.1 404")
    assert broken.startswith(b"HTTP/1.1 500") and b"boom" not in broken
    assert head.startswith(b"HTTP/1.1 200") and head.endswith(b"\r\n\r\n")
    assert garbage.split(b" ")[1] == b"400"  # aiohttp refuses it, in plain text


def test_a_running_daemon_serves_health_and_metrics(tmp_path, site):
    port = free_port()
    config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss"])
                          .replace("[crawl]", f'[http]\nlisten = "127.0.0.1:{port}"\n[crawl]'))
    daemon = subprocess.Popen([str(SEQUELWATCH), "run", "--config", str(config)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: get(f"{base}/healthz")[0] == 200)
        assert wait_for(lambda: sample(get(f"{base}/metrics")[2], 'sequelwatch_polls_total{outcome="new",source="news.rss"}') == 1)
        status, content_type, health = get(f"{base}/healthz")
        assert content_type == "application/json" and json.loads(health)["status"] == "ok"
        assert json.loads(health)["polls"] == 1
        _, content_type, metrics = get(f"{base}/metrics")
        assert content_type.startswith("text/plain; version=0.0.4")
        assert sample(metrics, 'sequelwatch_documents_total{source="news.rss"}') >= 3
        assert sample(metrics, 'sequelwatch_poll_duration_seconds_count{source="news.rss"}') == 1
        assert sample(metrics, 'sequelwatch_stored{table="documents"}') >= 3
        assert sample(metrics, 'sequelwatch_source_consecutive_failures{source="news.rss"}') == 0
        assert sample(metrics, 'sequelwatch_source_last_success_timestamp_seconds{source="news.rss"}') > 1.7e9
        assert "sequelwatch_outbox_rows{status=\"pending\"}" in metrics
        assert get(f"{base}/nothing")[0] == 404
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(30) == 0
    finally:
        daemon.kill()


def test_a_port_in_use_stops_the_start_with_the_address(tmp_path, site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss"])
                              .replace("[crawl]", f'[http]\nlisten = "127.0.0.1:{port}"\n[crawl]'))
        result = subprocess.run([str(SEQUELWATCH), "run", "--config", str(config)], capture_output=True, text=True,
                                timeout=60)
    assert result.returncode == 1
    assert f"[http] cannot listen on 127.0.0.1:{port}" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("listen", ["localhost", "127.0.0.1:0", "127.0.0.1:99999", ":9780"])
def test_a_bad_listen_address_is_a_config_error_with_its_line(tmp_path, listen):
    config = write_config(tmp_path / "config.toml", f'[http]\nlisten = "{listen}"\n')
    result = CliRunner().invoke(cli, ["check-config", "--config", str(config)])
    assert result.exit_code == 78
    assert f"{config}:2" in result.output and "listen" in result.output and "host:port" in result.output


def test_a_hung_database_gets_a_503_from_healthz_within_a_second(tmp_path, site, postgres_url, daemons):
    proxy = FreezableProxy(("127.0.0.1", 5432))
    try:
        port = free_port()
        database = postgres_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        config = write_config(tmp_path / "config.toml", base_config(tmp_path, site, ["news.rss"])
                              .replace(f'url = "sqlite:///{tmp_path / "sw.db"}"', f'url = "{database}"')
                              .replace("[crawl]", f'[http]\nlisten = "127.0.0.1:{port}"\n[crawl]'))
        daemon = daemons(config)
        base = f"http://127.0.0.1:{port}"
        assert wait_for(lambda: get(f"{base}/healthz")[0] == 200), daemon.log
        proxy.frozen.set()
        began = time.monotonic()
        status, _, body = get(f"{base}/healthz")
        assert status == 503 and time.monotonic() - began < 3
        assert "did not answer within 1 s" in json.loads(body)["database"]
        proxy.frozen.clear()
        assert wait_for(lambda: get(f"{base}/healthz")[0] == 200)
        code, log = daemon.stop()
        assert code == 0, log
    finally:
        proxy.close()
