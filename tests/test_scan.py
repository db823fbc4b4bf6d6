"""`sequelwatch scan`: JSON lines, HTML files and URLs in, one event per JSON line out."""

from __future__ import annotations

import json

from click.testing import CliRunner

from scheduler.cli import cli
from tests.servers import FIXTURES

WATCHLIST = '[[franchise]]\nname = "Blame!"\naliases = ["BLAME!", "ブラム!"]\n\n[[franchise]]\nname = "Dune"\n'


def run(tmp_path, *args, stdin: str | None = None):
    watchlist = tmp_path / "watch.toml"
    watchlist.write_text(WATCHLIST, encoding="utf-8")
    return CliRunner().invoke(cli, ["scan", "--franchises", str(watchlist), *args], input=stdin)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_json_lines_from_standard_input(tmp_path):
    docs = [
        {"id": "d1", "title": "Dune: Part Four dated for May 1, 2031", "text": "", "published": "2026-11-01T00:00:00Z"},
        {"id": "d2", "title": "Who will take the blame?", "text": "Nobody knows.", "published": "2026-11-01T00:00:00Z"},
    ]
    result = run(tmp_path, stdin="\n".join(json.dumps(d) for d in docs) + "\n")
    assert result.exit_code == 0, result.output
    assert lines(result.output) == [{"doc": "d1", "franchise": "Dune", "event": "release_date", "when": "2031-05-01",
                                     "evidence": "Dune: Part Four dated for May 1, 2031"}]


def test_an_html_file_is_extracted_as_the_crawler_would(tmp_path):
    page = FIXTURES / "site" / "articles" / "blame-sequel.html"
    result = run(tmp_path, str(page))
    assert result.exit_code == 0, result.output
    [event] = lines(result.output)
    assert (event["doc"], event["franchise"], event["event"]) == (str(page), "Blame!", "announcement")


def test_a_url_is_fetched_and_extracted(tmp_path, site):
    result = run(tmp_path, f"{site.base_url}/articles/blame-sequel.html")
    assert result.exit_code == 0, result.output
    assert [e["event"] for e in lines(result.output)] == ["announcement"]


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_scanned(tmp_path):
    good = json.dumps({"id": "ok", "title": "Dune: Part Four dated for May 1, 2031", "published": "2026-11-01T00:00:00Z"})
    result = run(tmp_path, str(tmp_path / "missing.html"), "-", stdin="")
    assert result.exit_code == 1
    assert "missing.html: cannot read" in result.output and "Traceback" not in result.output
    broken = tmp_path / "docs.jsonl"
    broken.write_text(f"not json\n{good}\n[1, 2]\n", encoding="utf-8")
    result = run(tmp_path, str(broken))
    assert result.exit_code == 1
    assert f"{broken}:1: not a usable document" in result.output and f"{broken}:3: not a usable document" in result.output
    assert [e["doc"] for e in lines(result.output)] == ["ok"]
    assert "2 input(s) skipped" in result.output


def test_explain_shows_every_candidate_and_what_decided_it(tmp_path):
    docs = [
        {"id": "q", "title": "Will Dune get a third film?", "text": "", "published": "2026-11-01T00:00:00Z"},
        {"id": "r", "title": "Dune: Part Four dated for May 1, 2031", "text": "", "published": "2026-11-01T00:00:00Z"},
        {"id": "n", "title": "Who will take the blame?", "text": "Nobody knows.", "published": "2026-11-01T00:00:00Z"},
        {"id": "x", "title": "Dune \x1b[31mnews", "text": "The cast met fans.", "published": "2026-11-01T00:00:00Z"},
    ]
    result = run(tmp_path, "--explain", stdin="\n".join(json.dumps(d) for d in docs) + "\n")
    assert result.exit_code == 0, result.output
    out = result.output
    q = out[out.index("q: Will Dune"):out.index("r: Dune")]
    assert "names Dune" in q and "not reported" in q and "0 event(s) reported" in q
    assert "a question" in q or "the headline asks or doubts" in q
    r = out[out.index("r: Dune"):out.index("n: Who")]
    assert "reported     " in r and "Dune release_date 2031-05-01" in r and "1 event(s) reported" in r
    n = out[out.index("n: Who"):out.index("x: Dune")]
    assert "names no watched franchise" in n
    x = out[out.index("x: Dune"):]
    assert "\x1b" not in x and "nothing to weigh" in x
