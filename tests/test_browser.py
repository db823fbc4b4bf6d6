"""The page in a real browser: Debian's chromium through chromedriver, against a daemon that crawled a local site.

Skips with the reason where chromium or chromedriver is missing, and fails
instead where SEQUELWATCH_REQUIRE_BROWSER=1 (as in CI, which installs both).
Screenshots of the page and the calendar, at a phone's width and a desktop's,
go to tests/screenshots/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.conftest import write_config
from tests.servers import NEXT_YEAR, FixtureSite

SHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}

ARTICLES = {
    "lumen.html": (f"Lumen Drift season 2 premieres May 19, {NEXT_YEAR}",
                   f"The second season of Lumen Drift premieres on May 19, {NEXT_YEAR}, the studio confirmed."),
    "tide.html": (f"Tidebound II targets a spring {NEXT_YEAR} launch",
                  f"Publisher Orsa said Tidebound II targets a spring {NEXT_YEAR} launch on consoles and PC."),
    "korvin.html": ("Korvin's Gate gets a second season",
                    "Studio Arvo confirmed that Korvin's Gate gets a second season."),
}


@pytest.fixture
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        reason = f"no chromium ({CHROMIUM}) or chromedriver ({CHROMEDRIVER}): apt-get install chromium chromium-driver"
        if os.environ.get("SEQUELWATCH_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def news(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    yesterday = format_datetime(datetime.now(UTC) - timedelta(days=1), usegmt=True)  # the dates are relative to today
    items = "".join(f"<item><title>{title}</title><link>{{base}}/{name}</link><pubDate>{yesterday}</pubDate></item>"
                    for name, (title, _) in ARTICLES.items())
    (root / "feed.rss").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
                                   f"<link>{{base}}/</link>{items}</channel></rss>", encoding="utf-8")
    for name, (title, text) in ARTICLES.items():
        (root / name).write_text(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                                 f"<p>{text} More details will follow later this year, it added.</p>"
                                 f"<p>Fans have waited a long time for this news.</p></article></body></html>",
                                 encoding="utf-8")
    with FixtureSite(root) as server:
        yield server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_page_and_calendar_in_a_browser(tmp_path, news, browser, daemons):
    port = free_port()
    config = write_config(tmp_path / "config.toml", f"""
[database]
url = "sqlite:///{tmp_path / 'sw.db'}"

[crawl]
user_agent = "sequelwatch-test"
download_delay = "0s"
robots = false
start_spread = "0s"

[http]
listen = "127.0.0.1:{port}"

[[franchise]]
name = "Lumen Drift"

[[franchise]]
name = "Tidebound"

[[franchise]]
name = "Korvin's Gate"

[[source]]
name = "Ledger"
url = "{news.base_url}/feed.rss"
backfill = true
""")
    daemon = daemons(config)
    assert daemon.wait_for_log("poll Ledger:", timeout=60), daemon.log
    base = f"http://127.0.0.1:{port}"
    browser.get(base + "/")
    titles = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".fact h2")]
    assert sorted(titles) == ["Korvin's Gate season 2: announced", f"Lumen Drift season 2: release date set: May 19, {NEXT_YEAR}",
                              f"Tidebound 2: release date set: Spring {NEXT_YEAR}"], daemon.log
    links = {a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".sources a")}
    assert links == {f"{news.base_url}/{name}" for name in ARTICLES}
    _shots(browser, base + "/", "page")

    Select(browser.find_element(By.NAME, "franchise")).select_by_visible_text("Tidebound")
    browser.find_element(By.CSS_SELECTOR, ".filters button").click()
    # The click submits the form; the filtered page replaces this one a moment later.
    WebDriverWait(browser, 20).until(lambda b: "franchise=Tidebound" in b.current_url
                                     and b.find_elements(By.CSS_SELECTOR, ".fact h2"))
    filtered = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".fact h2")]
    assert filtered and all(t.startswith("Tidebound") for t in filtered), filtered

    browser.get(f"{base}/calendar?month={NEXT_YEAR}-05")
    day = browser.find_element(By.CSS_SELECTOR, f'td[data-day="{NEXT_YEAR}-05-19"]')
    assert "Lumen Drift" in day.text
    bands = {b.find_element(By.TAG_NAME, "h2").text: b.text for b in browser.find_elements(By.CSS_SELECTOR, ".band")}
    assert "Tidebound" in bands.get(f"Spring {NEXT_YEAR}", ""), bands
    _shots(browser, f"{base}/calendar?month={NEXT_YEAR}-05", "calendar")
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]  # no CSP or load errors


def _shots(browser, url: str, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for label, (width, height) in WIDTHS.items():
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": label == "phone"}
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        browser.get(url)
        full = browser.execute_script("return document.documentElement.scrollHeight")
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": max(height, full)})
        browser.save_screenshot(str(SHOTS / f"{name}-{label}.png"))
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
