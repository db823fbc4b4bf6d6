"""`sequelwatch demo` works offline and shows confirmations, not keyword noise."""

import os
import signal
import subprocess
import urllib.request

from tests.conftest import SEQUELWATCH, sequelwatch


def test_demo_prints_the_confirmations_and_nothing_else(tmp_path):
    result = sequelwatch("demo", env={"XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Blame! 2: announced" in out
    assert "Polygon Pictures has confirmed that a sequel to its Netflix anime film Blame! is in production" in out
    assert "Elden Ring: release date set: Spring " in out and "Elden Ring: new trailer" in out
    # A mention that confirms nothing (an exhibition) and an ordinary word ("take the blame") do not alert.
    assert "Attack on Titan" not in out.split("watching", 1)[1].split("\n", 1)[1]
    assert "take the blame" not in out
    assert "Demo Wire: 5 listed, 5 fetched, 5 new, 3 hits, 3 new facts" in out
    assert "delivery: 3 delivered, 0 to retry, 0 failed" in out
    assert not list(tmp_path.iterdir())  # the demo leaves nothing behind in the user's directories


def test_demo_serve_shows_its_page_until_ctrl_c(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    demo = subprocess.Popen([str(SEQUELWATCH), "demo", "--serve"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    try:
        address = None
        for line in demo.stdout:
            if line.startswith("the page of what it found: "):
                address = line.split(": ", 1)[1].split()[0]
                break
        assert address and address.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(address, timeout=10) as page:
            body = page.read().decode()
        assert "Blame! 2: announced" in body and "Elden Ring: new trailer" in body
        demo.send_signal(signal.SIGINT)
        assert demo.wait(30) == 0
    finally:
        if demo.poll() is None:
            demo.kill()
    assert not list(tmp_path.iterdir())
