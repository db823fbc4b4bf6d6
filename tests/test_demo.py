"""`sequelwatch demo` works offline and shows alerts, not keyword noise."""

from tests.conftest import sequelwatch


def test_demo_prints_the_alerts_and_skips_the_ordinary_word(tmp_path):
    result = sequelwatch("demo", env={"XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Blame!: in the news" in out and "Attack on Titan: in the news" in out
    assert "Polygon Pictures has confirmed that a sequel to its Netflix anime film Blame! is in production" in out
    assert "take the blame" not in out
    assert "Demo Wire: 4 listed, 4 fetched, 4 new, 2 hits, 2 new facts" in out
    assert "delivery: 2 delivered, 0 to retry, 0 failed" in out
    assert not list(tmp_path.iterdir())  # the demo leaves nothing behind in the user's directories
