"""A made-up AniList: 8 franchises, 30 entries on one user's list, linked by relations as AniList links them."""

from __future__ import annotations

from tests.anilist import AniListStandIn, media

USER = "mirrorfan"
# (English title, romaji, native, first id, seasons on the list, synonyms of the first season)
SERIES = (
    ("Lumen Drift", "Lumen Drift", "ルーメンドリフト", 100, 4, ("LD",)),
    ("Harbor of Echoes", "Kodama no Minato", "木霊の港", 200, 5, ("Ghost Harbor",)),
    ("Velvet Circuit", "Berubetto Saakitto", "ベルベット・サーキット", 300, 4, ()),
    ("Paper Moth Society", "Kami no Ga Kyoukai", "紙の蛾協会", 400, 4, ("Ghost Harbor",)),
    ("Ironbloom", "Tetsu no Hana", "鉄の花", 500, 4, ("Iron Bloom",)),
    ("Starfall Canteen", "Hoshifuri Shokudou", "星降り食堂", 600, 3, ()),
    ("Quiet Ember", "Shizuka na Oki", "静かな熾", 700, 3, ()),
    ("Tidewright", "Shiokaze Shokunin", "潮風職人", 800, 2, ()),
)
NAMES = tuple(s[0] for s in SERIES)


def season_title(english: str, number: int) -> str:
    return english if number == 1 else f"{english} Season {number}"


def fill(api: AniListStandIn) -> None:
    """The catalogue and the user's list: seasons linked SEQUEL/PREQUEL, one side story (an OVA), and in
    Velvet Circuit a second season missing from the list (its first and third are linked through it)."""
    listed: list[tuple[str, int]] = []
    for english, romaji, native, first, seasons, synonyms in SERIES:
        chain = [first + n for n in range(1, seasons + 1 + (english == "Velvet Circuit"))]
        for n, media_id in enumerate(chain, start=1):
            relations = []
            if n > 1:
                relations.append(("PREQUEL", chain[n - 2]))
            if n < len(chain):
                relations.append(("SEQUEL", chain[n]))
            relations.append(("ADAPTATION", first + 90))  # the manga: another medium, never grouped
            api.media[media_id] = media(
                media_id, season_title(english, n), romaji if n == 1 else f"{romaji} {n}{'nd' if n == 2 else 'rd' if n == 3 else 'th'} Season",
                native if n == 1 else f"{native} 第{n}期", synonyms=synonyms if n == 1 else (),
                start=(2014 + n, 4, 1), relations=tuple(relations))
            if not (english == "Velvet Circuit" and n == 2):
                listed.append(("COMPLETED" if n < len(chain) else "CURRENT", media_id))
    # Lumen Drift has an OVA besides its seasons: 4 + 1 entries.
    api.media[150] = media(150, "Lumen Drift: Afterglow", "Lumen Drift: Afterglow", None, fmt="OVA",
                           start=(2017, 8, 1), relations=(("SIDE_STORY", 101),))
    api.media[101]["relations"] = (*api.media[101]["relations"], ("SIDE_STORY", 150))
    listed.append(("COMPLETED", 150))
    api.lists[USER] = listed
