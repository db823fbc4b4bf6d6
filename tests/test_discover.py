"""`sequelwatch discover`: the feeds and sitemaps a site offers, and what a feed source given a web page says."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from scheduler.cli import cli
from tests.conftest import sequelwatch, write_config
from tests.servers import FIXTURES, FixtureSite

HOME = ('<html><head><title>Wire</title><link rel="alternate" type="application/rss+xml" href="/feeds/news.rss">'
        '<link rel="stylesheet" href="/style.css"></head><body><p>News.</p></body></html>')


def site_root(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(FIXTURES / "site", root)
    (root / "index.html").write_text(HOME)
    (root / "robots.txt").write_text("User-agent: *\nDisallow:\nSitemap: /maps/news.xml\n")
    (root / "maps").mkdir()
    (root / "maps" / "news.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>{base}/articles/blame-sequel.html</loc></url></urlset>")
    return root


def test_discover_lists_what_the_page_and_robots_txt_offer_each_checked(tmp_path):
    with FixtureSite() as site:
        site.root = site_root(tmp_path).resolve()
        result = CliRunner().invoke(cli, ["discover", f"{site.base_url}/index.html"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"feed     {site.base_url}/feeds/news.rss  (4 entries; found by the page)" in lines
    assert f"sitemap  {site.base_url}/maps/news.xml  (1 pages; found by robots.txt)" in lines
    assert f'url = "{site.base_url}/feeds/news.rss"' in result.output


def test_discover_says_when_a_site_offers_nothing_and_what_to_do(tmp_path):
    with FixtureSite() as site:
        site.root = tmp_path
        (tmp_path / "index.html").write_text("<html><body>No feeds here.</body></html>")
        result = CliRunner().invoke(cli, ["discover", f"{site.base_url}/index.html", "--all"])
    assert result.exit_code == 1
    assert "no feed or sitemap found" in result.output and 'type = "html"' in result.output
    assert f"-        {site.base_url}/feed  (HTTP 404; found by a common path)" in result.output


def test_a_feed_source_given_a_web_page_names_the_feed_it_advertises(tmp_path):
    with FixtureSite() as site:
        site.root = site_root(tmp_path).resolve()
        config = write_config(tmp_path / "config.toml", (
            f'[database]\nurl = "sqlite:///{tmp_path / "sw.db"}"\n[crawl]\nrobots = false\ndownload_delay = "0s"\n'
            f'[[franchise]]\nname = "Blame!"\n[[source]]\nname = "Wire"\nurl = "{site.base_url}/index.html"\n'))
        result = sequelwatch("run", "--once", "--config", str(config))
    assert f"failed: not a feed; the page names the feed {site.base_url}/feeds/news.rss: use it as the url" \
           in result.stdout, result.stdout
