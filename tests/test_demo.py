"""`sequelwatch demo` works offline and shows confirmations, not keyword noise."""

from tests.conftest import sequelwatch


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
