"""Probe phrasings for the detector: how outlets write each event and each trap, with made-up names.

Every probe is a headline and an optional body, published on PUBLISHED, about
franchises of WATCHLIST that exist nowhere. None of it comes from the labelled
corpus: these are the kinds of writing the corpus showed, phrased anew. The
table is data; tests/test_probes.py runs it, and lists the kinds the detector
still gets wrong as strict expected failures (they fail the suite the day they pass).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from crawler.model import Franchise

PUBLISHED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)

WATCHLIST = [
    Franchise("Vanta Reach", ()),
    Franchise("Lumen Drift", ()),
    Franchise("Korvin's Gate", ("Korvins Gate",)),
    Franchise("Starfall Academy", ()),
    Franchise("Tidebound", ()),
    Franchise("Brine", ()),  # an ordinary word too
    Franchise("Tuesday", ()),  # a weekday too
    Franchise("Hollow Lantern", ("Hollow Lantern: Ember Road",)),
    Franchise("Hollow Lantern Tactics", ()),  # a spin-off with its own name, watched apart
    Franchise("星屑キッチン", ("Stardust Kitchen",)),
    Franchise("ミラージュ戦記", ("Mirage Chronicle",)),
    Franchise("Grimhold", ("GRIMHOLD",)),  # a name its makers write in capitals
]

Expected = tuple[tuple[str, str, str | None], ...]


@dataclass(frozen=True)
class Probe:
    kind: str  # the kind of writing: "announce", "hedge", "casing", ...
    title: str
    text: str
    expected: Expected

    @property
    def post(self) -> bool:
        """A post on a social platform, written as "@account" with its text."""
        return self.title.startswith("@")

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.title[:48]}"


def announce(f: str) -> Expected:
    return ((f, "announcement", None),)


def release(f: str, *whens: str) -> Expected:
    return tuple((f, "release_date", w) for w in whens)


def delay(f: str, when: str | None) -> Expected:
    """A delay that names its new date is a release date of that date too."""
    return ((f, "delay", when),) + (((f, "release_date", when),) if when else ())


def trailer(f: str) -> Expected:
    return ((f, "trailer", None),)


NOTHING: Expected = ()
V, L, K, S, T = "Vanta Reach", "Lumen Drift", "Korvin's Gate", "Starfall Academy", "Tidebound"
H, HT, JK, JM = "Hollow Lantern", "Hollow Lantern Tactics", "星屑キッチン", "ミラージュ戦記"
G = "Grimhold"


def _p(kind: str, title: str, text: str, expected: Expected) -> Probe:
    return Probe(kind, title, text, expected)


ANNOUNCEMENTS = [
    _p("announce", "Vanta Reach season 2 officially announced", "", announce(V)),
    _p("announce", "Lumen Drift is getting a sequel", "", announce(L)),
    _p("announce", "Studio Arvo confirms a third season of Tidebound", "", announce(T)),
    _p("announce", "Netflix renews Starfall Academy for season 3", "", announce(S)),
    _p("announce", "A Korvin's Gate movie is in the works", "", announce(K)),
    _p("announce", "Vanta Reach anime adaptation greenlit", "", announce(V)),
    _p("announce", "Lumen Drift 2 is officially happening", "", announce(L)),
    _p("announce", "Tidebound gets a second season", "", announce(T)),
    _p("announce", "Starfall Academy will return for a fourth season", "", announce(S)),
    _p("announce", "A live-action Korvin's Gate series is in development at Halden", "", announce(K)),
    _p("announce", "Vanta Reach sequel confirmed", "", announce(V)),
    _p("announce", "Publisher Orsa announced Lumen Drift II at its showcase on Sunday", "", announce(L)),
    _p("announce", "Tidebound: a new film has been announced", "", announce(T)),
    _p("announce", "Orsa revealed a remake of Korvin's Gate", "", announce(K)),
    _p("announce", "Halden is developing Starfall Academy 2, a sequel to its hit", "", announce(S)),
    _p("announce", "It's official: Vanta Reach season 3 is in production", "", announce(V)),
    _p("announce", "Keld Studios is turning Tidebound into a drama series", "", announce(T)),
    _p("announce", "Lumen Drift spin-off unveiled", "", announce(L)),
    _p("announce", "Production has begun on the Korvin's Gate sequel", "", announce(K)),
    _p("announce", "Starfall Academy is coming back for season 2", "", announce(S)),
    _p("announce", "Vanta Reach", "The studio confirmed on Friday that a second season of Vanta Reach is in production.",
       announce(V)),
    _p("announce", "Big news for Tidebound fans",
       "Tidebound is getting a sequel. The studio confirmed it on Friday.", announce(T)),
    _p("announce", "『星屑キッチン』続編制作決定", "", announce(JK)),
    _p("announce", "TVアニメ『星屑キッチン』第2期の制作が決定しました!", "", announce(JK)),
    _p("announce", "『ミラージュ戦記』アニメ化決定", "", announce(JM)),
    _p("announce", "『ミラージュ戦記』劇場版の製作が発表された", "", announce(JM)),
    _p("announce", "『星屑キッチン』実写映画化が決定", "", announce(JK)),
    _p("announce", "『ミラージュ戦記』新作アニメの制作が決まった", "", announce(JM)),
]

RELEASES = [
    _p("release", "Vanta Reach season 2 premieres March 14, 2027", "", release(V, "2027-03-14")),
    _p("release", "Lumen Drift II launches on September 4, 2026", "", release(L, "2026-09-04")),
    _p("release", "Tidebound season 2 is set for October 2026", "", release(T, "2026-10")),
    _p("release", "Starfall Academy returns in fall 2026", "", release(S, "2026-fall")),
    _p("release", "Korvin's Gate remake arrives April 2, 2027", "", release(K, "2027-04-02")),
    _p("release", "Vanta Reach movie dated for July 23, 2027", "", release(V, "2027-07-23")),
    _p("release", "Lumen Drift 2 will be released on November 20, 2026", "", release(L, "2026-11-20")),
    _p("release", "Tidebound season 3 hits theaters on August 7, 2026", "", release(T, "2026-08-07")),
    _p("release", "Starfall Academy season 2 slated for 2027", "", release(S, "2027")),
    _p("release", "The Korvin's Gate sequel opens in theaters on December 18, 2026", "", release(K, "2026-12-18")),
    _p("release", "Vanta Reach 2 drops on October 2", "", release(V, "2026-10-02")),
    _p("release", "Lumen Drift sequel coming to Switch 2 on March 5, 2027", "", release(L, "2027-03-05")),
    _p("release", "Tidebound season 2 will premiere in January 2027", "", release(T, "2027-01")),
    _p("release", "Starfall Academy 3 gets a release date: April 9, 2027", "", release(S, "2027-04-09")),
    _p("release", "Korvin's Gate II is out November 6, 2026", "", release(K, "2026-11-06")),
    _p("release", "Vanta Reach season 2 starts airing July 6", "", release(V, "2026-07-06")),
    _p("release", "Lumen Drift II targets a spring 2027 launch", "", release(L, "2027-spring")),
    _p("release", "Halden has penciled in Tidebound 2 for May 8, 2027", "", release(T, "2027-05-08")),
    _p("release", "Starfall Academy season 2",
       "The second season of Starfall Academy will premiere on October 3, 2026 on Halden TV.", release(S, "2026-10-03")),
    _p("release", "Korvin's Gate news",
       "Orsa said that Korvin's Gate II launches on January 22, 2027 for PC and consoles.", release(K, "2027-01-22")),
    _p("release", "Vanta Reach: The Movie in cinemas November 13", "", release(V, "2026-11-13")),
    _p("release", "Lumen Drift season 2 streams on Netflix from September 10", "", release(L, "2026-09-10")),
    _p("release", "『星屑キッチン』第2期、2026年10月放送開始", "", release(JK, "2026-10")),
    _p("release", "『ミラージュ戦記』劇場版、2027年3月12日公開", "", release(JM, "2027-03-12")),
    _p("release", "『星屑キッチン』の発売日が2026年11月19日に決定", "", release(JK, "2026-11-19")),
    _p("release", "『ミラージュ戦記』第3期は2027年1月から放送", "", release(JM, "2027-01")),
    _p("release", "TVアニメ『星屑キッチン』は2026年夏に放送予定", "", release(JK, "2026-summer")),
]

DELAYS = [
    _p("delay", "Vanta Reach season 2 delayed to March 2027", "", delay(V, "2027-03")),
    _p("delay", "Lumen Drift II has been postponed", "", delay(L, None)),
    _p("delay", "Tidebound 2 pushed back to October 9, 2026", "", delay(T, "2026-10-09")),
    _p("delay", "Starfall Academy season 3 slips to 2027", "", delay(S, "2027")),
    _p("delay", "Korvin's Gate II moves from September to November 12, 2026",
       "", ((K, "delay", "2026-11-12"), (K, "release_date", "2026-11-12"))),
    _p("delay", "Orsa delays Lumen Drift II to spring 2027", "", delay(L, "2027-spring")),
    _p("delay", "The Vanta Reach movie is pushing back its release", "", delay(V, None)),
    _p("delay", "Tidebound season 2 has been delayed indefinitely", "", delay(T, None)),
    _p("delay", "Starfall Academy 2 postponed to January 15, 2027", "", delay(S, "2027-01-15")),
    _p("delay", "Korvin's Gate news",
       "The Korvin's Gate sequel, previously dated for August 7, 2026, will now open on May 14, 2027.",
       delay(K, "2027-05-14")),
    _p("delay", "Lumen Drift II news",
       "Orsa has delayed Lumen Drift II to February 2027 to give the team more time.", delay(L, "2027-02")),
    _p("delay", "『星屑キッチン』劇場版、公開延期", "", delay(JK, None)),
    _p("delay", "『ミラージュ戦記』の発売日が2027年2月18日に延期", "", delay(JM, "2027-02-18")),
    _p("delay", "『星屑キッチン』第2期、放送を2027年1月に延期", "", delay(JK, "2027-01")),
]

EARLIER = [
    _p("earlier", "Vanta Reach season 2 moves up to August 1, 2026", "", release(V, "2026-08-01")),
    _p("earlier", "Lumen Drift II launches earlier: now out September 3, 2026", "", release(L, "2026-09-03")),
    _p("earlier", "Starfall Academy season 2 moves up two weeks to September 18", "", release(S, "2026-09-18")),
    _p("earlier", "Korvin's Gate II jumps forward to March 1, 2027", "", release(K, "2027-03-01")),
    _p("earlier", "Tidebound 2 moved up to October 9", "", release(T, "2026-10-09")),
]

TRAILERS = [
    _p("trailer", "Vanta Reach season 2 trailer released", "", trailer(V)),
    _p("trailer", "Watch the first teaser for Lumen Drift II", "", trailer(L)),
    _p("trailer", "Tidebound season 3 drops a new trailer", "", trailer(T)),
    _p("trailer", "Starfall Academy 2 gets a full trailer", "", trailer(S)),
    _p("trailer", "Orsa shared a gameplay trailer for Korvin's Gate II", "", trailer(K)),
    _p("trailer", "New Vanta Reach teaser is out now", "", trailer(V)),
    _p("trailer", "The Lumen Drift sequel's official trailer premiered at the showcase", "", trailer(L)),
    _p("trailer", "Tidebound season 2 teaser trailer debuts", "", trailer(T)),
    _p("trailer", "『星屑キッチン』第2期、特報映像が解禁", "", trailer(JK)),
    _p("trailer", "『ミラージュ戦記』劇場版のPVが公開された", "", trailer(JM)),
    _p("trailer", "『星屑キッチン』新作ティザーPV公開", "", trailer(JK)),
]

COMBINED = [
    _p("combined", "Vanta Reach season 2 announced for April 2027 with a teaser", "",
       announce(V) + release(V, "2027-04") + trailer(V)),
    _p("combined", "Lumen Drift II revealed, launching March 5, 2027", "",
       announce(L) + release(L, "2027-03-05")),
    _p("combined", "Tidebound season 2 gets a trailer and an October 2026 premiere", "",
       release(T, "2026-10") + trailer(T)),
]

HEDGES = [
    _p("hedge", "Vanta Reach season 2 could be announced soon", "", NOTHING),
    _p("hedge", "Rumor: Lumen Drift II may launch in March 2027", "", NOTHING),
    _p("hedge", "Insider claims Tidebound 2 is in production", "", NOTHING),
    _p("hedge", "Starfall Academy season 3 reportedly delayed to 2027", "", NOTHING),
    _p("hedge", "Fans hope Korvin's Gate gets a sequel", "", NOTHING),
    _p("hedge", "Vanta Reach 2 might arrive in fall 2026, according to a leak", "", NOTHING),
    _p("hedge", "Lumen Drift II would launch in 2027 if the schedule holds", "", NOTHING),
    _p("hedge", "Tidebound season 2 is probably coming in October", "", NOTHING),
    _p("hedge", "Leaked listing points to a Starfall Academy sequel", "", NOTHING),
    _p("hedge", "Analysts predict Korvin's Gate II will slip to 2027", "", NOTHING),
    _p("hedge", "Vanta Reach season 2 is unconfirmed, but the studio is hiring", "", NOTHING),
    _p("hedge", "Fans expect a Lumen Drift sequel announcement at the showcase", "", NOTHING),
    _p("hedge", "Alleged proof that Tidebound season 2 is in production surfaces", "", NOTHING),
    _p("hedge", "A 2027 release for Lumen Drift II has been floated internally", "", NOTHING),
    _p("hedge", "Halden is mulling a Tidebound sequel", "", NOTHING),
    _p("hedge", "Orsa is considering a Korvin's Gate remake", "", NOTHING),
    _p("hedge", "『星屑キッチン』続編の噂", "", NOTHING),
    _p("hedge", "『ミラージュ戦記』第2期は2027年放送か", "", NOTHING),
]

NEGATIONS = [
    _p("negation", "Vanta Reach season 2 has no release date yet", "", NOTHING),
    _p("negation", "No Lumen Drift II trailer at the showcase", "", NOTHING),
    _p("negation", "Tidebound 2 has not been confirmed, the studio says", "", NOTHING),
    _p("negation", "Orsa: Korvin's Gate II is not delayed", "", NOTHING),
    _p("negation", "There are no plans for a Starfall Academy sequel", "", NOTHING),
    _p("negation", "Vanta Reach season 3 was cancelled", "", NOTHING),
    _p("negation", "Lumen Drift II still has no launch window", "", NOTHING),
    _p("negation", "Halden has not announced a date for Tidebound season 2", "", NOTHING),
    _p("negation", "A second Tidebound season has still not been announced", "", NOTHING),
    _p("negation", "Orsa has still not confirmed a Vanta Reach sequel", "", NOTHING),
    _p("negation", "Lumen Drift II is still not dated, and nothing has been scheduled", "", NOTHING),
    _p("negation", "『星屑キッチン』第2期の放送日は未定", "", NOTHING),
    _p("negation", "『ミラージュ戦記』続編の発表はまだない", "", NOTHING),
]

QUESTIONS = [
    _p("question", "Will Vanta Reach get a season 2?", "", NOTHING),
    _p("question", "When does Lumen Drift II come out?", "", NOTHING),
    _p("question", "Is Tidebound season 2 delayed?", "", NOTHING),
    _p("question", "Starfall Academy season 3: everything we know so far", "", NOTHING),
    _p("question", "Is a Korvin's Gate trailer coming this week?", "", NOTHING),
]

RECAPS = [
    _p("recap", "Vanta Reach season 1 premiered on April 5, 2024", "", NOTHING),
    _p("recap", "Lumen Drift sold five million copies since its 2023 launch", "", NOTHING),
    _p("recap", "Tidebound returns to streaming as a rerun on July 1", "", NOTHING),
    _p("recap", "Starfall Academy review: a strong finale", "", NOTHING),
    _p("recap", "Korvin's Gate", "The original Korvin's Gate was first announced back in 2019 and released in 2021.",
       NOTHING),
    _p("recap", "Vanta Reach soundtrack album out July 10", "", NOTHING),
    _p("recap", "Lumen Drift patch 1.4 launches June 20", "", NOTHING),
    _p("recap", "Tidebound concert tickets go on sale July 2", "", NOTHING),
    _p("recap", "Vanta Reach's 10th anniversary arrives in December", "", NOTHING),
    _p("recap", "Tidebound celebrates its anniversary with a concert on July 4", "", NOTHING),
    _p("recap", "Every Vanta Reach Movie in Release Order (2026 Edition)", "", NOTHING),
    _p("recap", "Lumen Drift: the complete guide (2027 update)", "", NOTHING),
    _p("recap", "『星屑キッチン』5周年記念イベントを2026年8月に開催", "", NOTHING),
    _p("recap", "『星屑キッチン』第1期は2024年4月に放送された", "", NOTHING),
    _p("recap", "『ミラージュ戦記』Blu-ray BOX、2026年9月発売", "", NOTHING),
]

COLLISIONS = [
    _p("collision", "Brine shrimp farms expand on the coast", "", NOTHING),
    _p("collision", "The city salts its roads with brine before the storm", "", NOTHING),
    _p("collision", "Orsa will announce its next game on Tuesday", "", NOTHING),
    _p("collision", "During Tuesday's showcase, Orsa revealed a new racing game", "", NOTHING),
    _p("collision", "Hollow Lantern Tactics gets a sequel",
       "", announce(HT)),
    _p("collision", "Tidebound creator starts a new series", "", NOTHING),
    _p("collision", "Vanta Reach director's next film dated for 2027", "", NOTHING),
]

CONTINUATION = [
    _p("continuation", "Starfall Academy update",
       "Starfall Academy ended its first season last week. The second season premieres on October 3, 2026.",
       release(S, "2026-10-03")),
    _p("continuation", "Vanta Reach news",
       "Studio Arvo shared news about Vanta Reach on Friday. It returns with a second season in January 2027.",
       release(V, "2027-01")),
    _p("continuation", "Lumen Drift II",
       "Orsa held its showcase on Sunday. Lumen Drift II was the last game shown. The sequel launches March 5, 2027.",
       release(L, "2027-03-05")),
]

DATES = [
    _p("dates", "Vanta Reach 2 is set for the first half of 2027", "", release(V, "2027")),
    _p("dates", "Lumen Drift II arrives mid-2027", "", release(L, "2027")),
    _p("dates", "Tidebound season 2 premieres next spring", "", release(T, "2027-spring")),
    _p("dates", "Starfall Academy season 3 premieres this October", "", release(S, "2026-10")),
    _p("dates", "Korvin's Gate II launches in early 2027", "", release(K, "2027")),
    _p("dates", "『星屑キッチン』劇場版は来春公開", "", release(JK, "2027-spring")),
]

JAPANESE_FORMS = [
    _p("ja-forms", "『星屑キッチン』第2期、2026年10月2日(金)より放送開始", "", release(JK, "2026-10-02")),
    _p("ja-forms", "『ミラージュ戦記』劇場版は2027年4月9日(金)公開", "", release(JM, "2027-04-09")),
    _p("ja-forms", "TVアニメ『星屑キッチン』第2期の制作決定をお知らせいたします", "", announce(JK)),
    _p("ja-forms", "『ミラージュ戦記』の発売日を2027年3月4日に変更いたします", "",
       delay(JM, "2027-03-04")),
    _p("ja-forms", "『星屑キッチン』劇場版、公開日が2027年2月に延期となりました", "", delay(JK, "2027-02")),
    _p("ja-forms", "『ミラージュ戦記』最新PVを公開しました", "", trailer(JM)),
    _p("ja-forms", "『星屑キッチン』第2期のティザービジュアルを公開", "", NOTHING),
    _p("ja-forms", "『ミラージュ戦記』第1期は2024年に放送されていた", "", NOTHING),
    _p("ja-forms", "『星屑キッチン』続編の制作は発表されていない", "", NOTHING),
    _p("ja-forms", "『ミラージュ戦記』新作の発売時期は未定", "", NOTHING),
]

MORE_ANNOUNCEMENTS = [
    _p("announce", "Orsa confirms Lumen Drift III is in development", "", announce(L)),
    _p("announce", "Tidebound season 2 announced at Anime Expo", "", announce(T)),
    _p("announce", "Halden greenlights a Starfall Academy prequel series", "", announce(S)),
    _p("announce", "Vanta Reach is getting an anime adaptation", "", announce(V)),
    _p("announce", "Korvin's Gate remake officially announced for PC and consoles", "", announce(K)),
    _p("announce", "Studio Arvo renews Tidebound for a third season", "", announce(T)),
    _p("announce", "Lumen Drift film adaptation in the works at Keld", "", announce(L)),
    _p("announce", "Starfall Academy returns: season 4 confirmed", "", announce(S)),
    _p("announce", "Vanta Reach season 2 has been greenlit", "", announce(V)),
    _p("announce", "The Korvin's Gate series will get a spin-off", "", announce(K)),
    _p("announce", "Tidebound news",
       "Keld confirmed on Monday that a Tidebound sequel is in production, with the original team returning.",
       announce(T)),
    _p("announce", "Starfall Academy",
       "Halden announced a new Starfall Academy film during its investor briefing on Thursday.", announce(S)),
    _p("announce", "『ミラージュ戦記』TVアニメ第2期の制作が決定", "", announce(JM)),
    _p("announce", "『星屑キッチン』ドラマ化決定", "", announce(JK)),
    _p("announce", "『ミラージュ戦記』続編の制作が発表されました", "", announce(JM)),
]

MORE_RELEASES = [
    _p("release", "Tidebound season 2 premieres October 4 on Halden TV", "", release(T, "2026-10-04")),
    _p("release", "Lumen Drift II release date set for February 18, 2027", "", release(L, "2027-02-18")),
    _p("release", "Starfall Academy season 3 debuts January 9, 2027", "", release(S, "2027-01-09")),
    _p("release", "Vanta Reach: The Movie opens August 14", "", release(V, "2026-08-14")),
    _p("release", "Korvin's Gate II arrives in fall 2026", "", release(K, "2026-fall")),
    _p("release", "Tidebound 2 launches this September", "", release(T, "2026-09")),
    _p("release", "Lumen Drift season 2 will stream from July 12", "", release(L, "2026-07-12")),
    _p("release", "Vanta Reach season 3 is slated for a January 2027 premiere", "", release(V, "2027-01")),
    _p("release", "Starfall Academy 2 hits cinemas on November 27", "", release(S, "2026-11-27")),
    _p("release", "Korvin's Gate II comes out March 26, 2027", "", release(K, "2027-03-26")),
    _p("release", "Tidebound season 2",
       "The new season of Tidebound begins airing on October 4, the broadcaster said.", release(T, "2026-10-04")),
    _p("release", "Lumen Drift II",
       "Orsa said Lumen Drift II will launch worldwide on February 18, 2027.", release(L, "2027-02-18")),
    _p("release", "Vanta Reach movie",
       "The Vanta Reach film is set to open in Japanese theaters on December 4, 2026.", release(V, "2026-12-04")),
    _p("release", "『ミラージュ戦記』第2期、2026年10月4日より放送", "", release(JM, "2026-10-04")),
    _p("release", "『星屑キッチン』劇場版、2027年春公開", "", release(JK, "2027-spring")),
    # A new work whose release is decided is announced by it (公開決定 of a 新作).
    _p("release", "『ミラージュ戦記』新作ゲーム、2027年2月18日発売決定", "", announce(JM) + release(JM, "2027-02-18")),
]

MORE_DELAYS = [
    _p("delay", "Lumen Drift II slips to 2027", "", delay(L, "2027")),
    _p("delay", "Tidebound season 2 delayed to January 2027", "", delay(T, "2027-01")),
    _p("delay", "Orsa postpones Korvin's Gate II indefinitely", "", delay(K, None)),
    _p("delay", "Starfall Academy film pushed back to May 7, 2027", "", delay(S, "2027-05-07")),
    _p("delay", "Vanta Reach season 2 delayed", "The studio said production needs more time.", delay(V, None)),
    _p("delay", "Lumen Drift II moves again",
       "Lumen Drift II has been delayed from November 2026 to March 2027, Orsa said.", delay(L, "2027-03")),
    _p("delay", "『ミラージュ戦記』第2期、放送延期", "", delay(JM, None)),
    _p("delay", "『星屑キッチン』ゲーム、発売を2027年5月に延期", "", delay(JK, "2027-05")),
]

MORE_TRAILERS = [
    _p("trailer", "Korvin's Gate II gets a new gameplay trailer", "", trailer(K)),
    _p("trailer", "Lumen Drift season 2 teaser released", "", trailer(L)),
    _p("trailer", "Watch the new Starfall Academy season 3 trailer", "", trailer(S)),
    _p("trailer", "Tidebound movie trailer premiered at the festival", "", trailer(T)),
    _p("trailer", "Vanta Reach season 2 PV unveiled", "", trailer(V)),
    _p("trailer", "『星屑キッチン』第2期、PV第2弾が公開", "", trailer(JK)),
    _p("trailer", "『ミラージュ戦記』特報が解禁", "", trailer(JM)),
]

MORE_TRAPS = [
    _p("hedge", "Lumen Drift II may be delayed, sources say", "", NOTHING),
    _p("hedge", "Tidebound season 2 could premiere in October", "", NOTHING),
    _p("hedge", "Starfall Academy 3 rumored for 2027", "", NOTHING),
    _p("hedge", "Is a Vanta Reach sequel happening? Fans think so", "", NOTHING),
    _p("hedge", "A Korvin's Gate remake would be a dream", "", NOTHING),
    _p("hedge", "Leakers say Tidebound 2 arrives in March", "", NOTHING),
    _p("hedge", "Vanta Reach season 2 might be announced this week", "", NOTHING),
    _p("hedge", "『星屑キッチン』第2期の制作か", "", NOTHING),
    _p("negation", "Tidebound season 2 has not been dated", "", NOTHING),
    _p("negation", "Halden: no Starfall Academy sequel is planned", "", NOTHING),
    _p("negation", "Lumen Drift II will not be delayed, Orsa says", "", NOTHING),
    _p("negation", "There is no Vanta Reach movie in the works", "", NOTHING),
    _p("negation", "『ミラージュ戦記』続編の予定はまだない", "", NOTHING),
    _p("question", "When is Tidebound season 2 coming out?", "", NOTHING),
    _p("question", "Will Lumen Drift II be delayed again?", "", NOTHING),
    _p("question", "Does Starfall Academy have a season 3?", "", NOTHING),
    _p("recap", "Tidebound season 1 ended in March 2025", "", NOTHING),
    _p("recap", "Lumen Drift was released in 2024 to strong reviews", "", NOTHING),
    _p("recap", "Vanta Reach season 1 aired from April to June 2025", "", NOTHING),
    _p("recap", "Starfall Academy marathon airs on July 4", "", NOTHING),
    _p("recap", "Korvin's Gate art book goes on sale August 1", "", NOTHING),
    _p("recap", "『ミラージュ戦記』第1期の再放送が決定", "", NOTHING),
    _p("collision", "The brine pools of the north coast", "", NOTHING),
    _p("collision", "Orsa's next showcase is on Tuesday, June 9", "", NOTHING),
    _p("collision", "Lumen Drift developer Orsa is hiring", "", NOTHING),
    _p("collision", "Orsa, the studio best known for Lumen Drift, dates its new game for May 2027", "", NOTHING),
    _p("collision", "From the makers of Tidebound: a new series premieres October 3", "", NOTHING),
    _p("collision", "The team behind Vanta Reach announced a new film", "", NOTHING),
    _p("recap", "Vanta Reach has been on sale since August", "", NOTHING),
    _p("recap", "The Tidebound pop-up shop stays open until September 30", "", NOTHING),
    _p("recap", "『星屑キッチン』展示は2026年8月末まで", "", NOTHING),
    _p("delay", "Korvin's Gate II now launches May 6, 2027 instead of March 4", "",
       delay(K, "2027-05-06")),
    _p("delay", "Tidebound 2 moves to November 13, replacing its September 4 date", "", delay(T, "2026-11-13")),
    _p("delay", "Lumen Drift II arrives in 2027 rather than this fall", "", delay(L, "2027")),
]

# "May" the month is no "may" the hedge: a headline that names the month doubts nothing.
MONTH_MAY = [
    _p("release", "Lumen Drift II launches in May", "Lumen Drift II launches on May 6, 2027, Orsa said.",
       release(L, "2027-05-06")),
    _p("release", "Tidebound season 2 is set for late May",
       "The second season of Tidebound premieres May 28, 2027, the studio said.", release(T, "2027-05-28")),
    _p("release", "Vanta Reach film opens in theaters in May", "Halden dated the Vanta Reach film for May 14, 2027.",
       release(V, "2027-05-14")),
    _p("hedge", "Vanta Reach season 2 may arrive in 2027", "", NOTHING),
    _p("hedge", "Korvin's Gate II may, however, slip to 2027", "", NOTHING),
]

# A month without a year that has just passed, in a clause about what is to come, is next year's; one told
# in the past tense is the month that has been (a past release is no release date).
MONTH_JUST_PASSED = [
    _p("release", "Tidebound season 2 premieres in May", "", release(T, "2027-05")),
    _p("release", "Vanta Reach film opens in theaters in April", "", release(V, "2027-04")),
    _p("release", "Starfall Academy", "The second season of Starfall Academy will begin airing in May, the studio said.",
       release(S, "2027-05")),
    _p("release", "『星屑キッチン』第2期は5月放送開始予定", "", release(JK, "2027-05")),
    _p("recap", "Lumen Drift II launched in May", "", NOTHING),
    _p("recap", "Korvin's Gate season 2 premiered in April to strong ratings", "", NOTHING),
]

# "the NAME sequel": the work is named by its franchise, so "the" says nothing of whether it is known.
NAMED_BY_FRANCHISE = [
    _p("announce", "Filming has started on the Vanta Reach sequel", "", announce(V)),
    _p("announce", "Halden Pictures has greenlit the Tidebound movie", "", announce(T)),
    _p("announce", "The Starfall Academy anime is officially in production", "", announce(S)),
    _p("announce", "Lumen Drift's sequel is now in production at Orsa", "", announce(L)),
    _p("recap", "Filming on the Korvin's Gate sequel began in 2024", "", NOTHING),
    _p("release", "The Tidebound movie opens in theaters on October 9", "", release(T, "2026-10-09")),
    _p("recap", "Starfall Academy", "The studio renewed the Starfall Academy anime in 2023.", NOTHING),
    # "is officially in production": an adverb between the verb and the state
    _p("announce", "Vanta Reach season 3 is currently in production", "", announce(V)),
    _p("announce", "Tidebound 2 is already in production, Keld says", "", announce(T)),
    # "alleged", "purported": someone else's claim, like "allegedly"
    _p("hedge", "A purported Vanta Reach season 3 announcement is circulating", "", NOTHING),
    _p("hedge", "Starfall Academy season 4 is purportedly in production", "", NOTHING),
    _p("hedge", "An alleged Korvin's Gate sequel script was announced by a fan account", "", NOTHING),
]

# A holiday season as a release window: the month, unless the day is named ("Thanksgiving Day").
HOLIDAY_WINDOWS = [
    _p("release", "Korvin's Gate 3 sets a Thanksgiving 2027 release", "", release(K, "2027-11")),
    _p("release", "Tidebound 2 heads to theaters for Christmas", "", release(T, "2026-12")),
    _p("release", "Vanta Reach: The Movie opens on Thanksgiving Day", "", release(V, "2026-11-26")),
    _p("release", "Halden dates Korvin's Gate 3 for Thanksgiving 2027",
       "Halden has dated Korvin's Gate 3 for November 24, 2027, the day before the holiday.",
       release(K, "2027-11-24")),
]

# An announcement told in a time clause is background: "arrived a year after it was announced".
TIME_CLAUSES = [
    _p("recap", "Vanta Reach season 2 arrived about a year after it was announced.", "", NOTHING),
    _p("recap", "Starfall Academy season 3 premiered months after the season was confirmed.", "", NOTHING),
    _p("recap", "Tidebound season 2 launched two years after the studio announced it.", "", NOTHING),
    _p("announce", "Orsa announced Lumen Drift II after the showcase", "", announce(L)),
]

# A new work named after the franchise and described in apposition: "X: Subtitle, a new entry".
APPOSITIONS = [
    _p("announce", "Vanta Reach: Definitive Edition comes to Switch 2",
       "Orsa announced Vanta Reach: Definitive Edition on Tuesday, with two chapters added to the story.", announce(V)),
    _p("announce", "Tidebound: Saltwind announced",
       "Orsa revealed Tidebound: Saltwind at its showcase, a new entry set a century after the first game.",
       announce(T)),
    _p("announce", "Lumen Drift remaster announced",
       "Orsa is making Lumen Drift Remastered, rebuilt for current consoles from the 2009 original.", announce(L)),
    _p("recap", "Starfall Academy review", "The latest entry in Starfall Academy is its best yet.", NOTHING),
    # a past year as the age of another work ("2009's X") is no retelling
    _p("announce", "Lumen Drift: Ember Tactics announced",
       "Halden greenlit Lumen Drift: Ember Tactics, a reimagining of 2011's Lumen Drift 3.", announce(L)),
    _p("announce", "Korvin's Gate remake", "Halden confirmed a remake of 2004's Korvin's Gate on Friday.", announce(K)),
    _p("announce", "Tidebound 2 in the works", "Keld is making Tidebound 2, a sequel to 2019’s surprise hit.", announce(T)),
    _p("recap", "Korvin's Gate remake news", "Halden announced a remake of Korvin's Gate in 2024.", NOTHING),
]

# A trailer named for its occasion has been shown: "the debut trailer introduces ...".
OCCASION_TRAILERS = [
    _p("trailer", "Korvin's Gate 2 detailed", "The debut trailer for Korvin's Gate 2 introduces a flooded city.",
       trailer(K)),
    _p("trailer", "Starfall Academy season 3: the reveal trailer sets up a new rivalry", "", trailer(S)),
    _p("trailer", "Lumen Drift II story trailer spotlights the villain", "", trailer(L)),
    _p("trailer", "Watch: Lumen Drift II's first gameplay footage", "", trailer(L)),
    _p("trailer", "Korvin's Gate 2 shows new footage at the showcase", "", trailer(K)),
    _p("trailer", "Watch the official footage from Tidebound 3", "", trailer(T)),
    _p("negation", "No Tidebound 3 footage was shown at the showcase", "", NOTHING),
    _p("recap", "The Tidebound 3 trailer will premiere at the showcase next week", "", NOTHING),
]

# A game's events are no installment: "the summer event starts July 3".
GAME_EVENTS = [
    _p("recap", "Tidebound's summer event starts July 3", "", NOTHING),
    _p("recap", "Lumen Drift II crossover event with Orsa's other hit begins August 1", "", NOTHING),
    _p("recap", "Vanta Reach limited-time event returns on July 20", "", NOTHING),
    _p("release", "Lumen Drift II's Ember Road expansion arrives July 17", "", release(L, "2026-07-17")),
]

# A headline's label before a colon is no title: "Watch:", "Exclusive:"; "Report:" is a hedge.
HEADLINE_LABELS = [
    _p("announce", "Exclusive: Tidebound 3 is officially in production", "", announce(T)),
    _p("release", "Official: Starfall Academy season 2 premieres January 8", "", release(S, "2027-01-08")),
    _p("hedge", "Report: Lumen Drift II slated for March 2027", "", NOTHING),
    _p("hedge", "Rumor: Vanta Reach 2 delayed to 2027", "", NOTHING),
]

# A release spoken of without its date, then a line that is the date: the date it got. A date line
# above the story is when it was written.
DATE_LINES = [
    _p("release", "@orbit_fan", "Vanta Reach 2 got its date during the stream and I'm so ready!\n\nFEBRUARY 28 2027.",
       release(V, "2027-02-28")),
    _p("release", "Tidebound season 2 news", "Tidebound season 2 has a premiere date.\nOctober 4.", release(T, "2026-10-04")),
    _p("release", "Starfall Academy 3 is dated", "It finally has a release date.\nDecember 12, 2026.",
       release(S, "2026-12-12")),
    _p("release", "Starfall Academy 3 news", "By Ann Lee | March 3, 2026\nStarfall Academy 3 opens on December 12.",
       release(S, "2026-12-12")),
]

# Others' delays as the setting are no delay of the work; its own earlier delays are background to news.
OTHERS_DELAYS = [
    _p("recap", "Tidebound 3", "In a summer full of delays, Tidebound 3 keeps to its schedule.", NOTHING),
    _p("recap", "Vanta Reach 2", "Amid delays across the industry, Vanta Reach 2 is still on track.", NOTHING),
    _p("recap", "Korvin's Gate II", "Despite a spate of delays elsewhere, Korvin's Gate II arrives on time.", NOTHING),
    _p("delay", "Lumen Drift II", "After two delays, Lumen Drift II finally has a new date: March 4, 2027.",
       delay(L, "2027-03-04")),
    _p("delay", "Tidebound 3 delayed", "Halden has delayed Tidebound 3. The new release date is March 5, 2027.",
       delay(T, "2027-03-05")),
    _p("delay", "劇場版『星屑キッチン』公開延期",
       "劇場版『星屑キッチン』の公開延期を製作委員会が告知。新たな公開日は2027年1月8日に決まった。",
       delay(JK, "2027-01-08")),
]

# "announced that <the work> will open on DATE": what is announced is the date, not the work.
TOLD_DATES = [
    _p("release", "Tidebound 3 dated",
       "Halden has pushed the film back once more. It announced that Tidebound 3 will now open "
       "nationwide on March 8, 2027.", delay(T, "2027-03-08")),
    _p("release", "Lumen Drift II date", "Orsa confirmed that Lumen Drift II will launch on May 2, 2027.",
       release(L, "2027-05-02")),
    _p("release", "Korvin's Gate II dated", "Halden said on Friday that Korvin's Gate II is set to arrive on June 4, 2027.",
       release(K, "2027-06-04")),
    _p("announce", "Starfall Academy renewed",
       "Keld announced that a third season of Starfall Academy will premiere in April 2027.",
       announce(S) + release(S, "2027-04")),
    _p("announce", "Starfall Academy will return", "Keld said Starfall Academy will return for one more "
       "season, its last.", announce(S)),
]

# Everyday phrasings: "is a go", "green light", "will hit stores", a delay's target ahead of a month just past.
EVERYDAY = [
    _p("announce", "Vanta Reach season 2 is a go", "", announce(V)),
    _p("announce", "Lumen Drift 3 is officially a go, Orsa says", "", announce(L)),
    _p("announce", "Tidebound gets sequel green light", "", announce(T)),
    _p("announce", "Korvin's Gate series gets the green light at Halden", "", announce(K)),
    _p("release", "Lumen Drift 2 will hit stores on July 3", "", release(L, "2026-07-03")),
    _p("release", "Starfall Academy: the movie will hit theaters on October 9", "", release(S, "2026-10-09")),
    _p("delay", "Vanta Reach season 2 delayed to April due to production issues", "", delay(V, "2027-04")),
    _p("delay", "Lumen Drift II pushed back to May", "", delay(L, "2027-05")),
    _p("delay", "Tidebound 3 slips to March", "", delay(T, "2027-03")),
    _p("recap", "Vanta Reach season 2 premiered in April", "", NOTHING),
]

# Hedges and denials in everyday words: "is expected to", "sources say", "appears to", "denies".
EVERYDAY_TRAPS = [
    _p("hedge", "Lumen Drift 2 is expected to launch in March", "", NOTHING),
    _p("hedge", "What to expect from Lumen Drift 2's reveal", "", NOTHING),
    _p("hedge", "Sources say Vanta Reach season 3 is in development", "", NOTHING),
    _p("hedge", "According to sources, Tidebound 2 has been greenlit", "", NOTHING),
    _p("hedge", "Lumen Drift 2 appears to be delayed", "", NOTHING),
    _p("hedge", "It looks like Korvin's Gate II is slipping to 2027", "", NOTHING),
    _p("negation", "Orsa denies Lumen Drift 2 delay", "", NOTHING),
    _p("negation", "Halden shoots down rumors of a Korvin's Gate sequel", "", NOTHING),
    _p("negation", "Keld dismissed reports that Tidebound 2 was delayed", "", NOTHING),
    # a hedge in a trailing relative clause is about something else
    _p("trailer", "Starfall Academy 2", "Keld released the first trailer for Starfall Academy 2, which is expected "
       "to adapt the second novel.", trailer(S)),
    _p("release", "Tidebound 3", "Tidebound 3 opens on October 9, 2026, which fans expect to be the last film.",
       release(T, "2026-10-09")),
]

# Details of a known work are no announcement of it: "revealed more about", "shared new details of".
DETAILS = [
    _p("release", "Vanta Reach season 2",
       "Orsa revealed more about Vanta Reach season 2. It premieres on January 9, 2027.", release(V, "2027-01-09")),
    _p("recap", "Korvin's Gate 2 news", "Halden shared new details about Korvin's Gate 2 at the fan event.", NOTHING),
    _p("recap", "Tidebound sequel cast", "Keld announced details of the Tidebound sequel's cast on Monday.", NOTHING),
    _p("announce", "Lumen Drift sequel", "Orsa announced a Lumen Drift sequel and shared details about its story.",
       announce(L)),
    _p("recap", "Orsa's 2027 slate", "Orsa confirmed its 2027 slate on Monday, led by Tidebound 3.", NOTHING),
    _p("recap", "Halden lineup", "Halden unveiled its summer lineup, with Korvin's Gate 2 at the top.", NOTHING),
    # "<work> release date revealed": what was revealed is the date
    _p("recap", "Lumen Drift II release date revealed", "", NOTHING),
    _p("release", "Starfall Academy season 2 premiere date confirmed for January 8", "", release(S, "2027-01-08")),
    _p("trailer", "Tidebound 3 teaser trailer officially unveiled", "", trailer(T)),
    _p("release", "Lumen Drift II will be out in early 2027", "", release(L, "2027")),
    _p("release", "『ミラージュ戦記』最新作の発売日が決定！2027年2月12日(金)発売", "", release(JM, "2027-02-12")),
    _p("release", "『星屑キッチン』第2期の放送開始日が2027年1月10日に決定", "", release(JK, "2027-01-10")),
]

# Posts: a separator starts a statement; a fan's opinion is no fact.
POSTS = [
    _p("release", "@halden", "Korvin's Gate 2 | In theaters December 17, 2027", release(K, "2027-12-17")),
    _p("release", "@orsa", "Lumen Drift II • Out March 4, 2027 • Wishlist now", release(L, "2027-03-04")),
    _p("hedge", "@fan", "not gonna lie I think Tidebound 3 gets delayed again lol", NOTHING),
    _p("hedge", "@fan2", "imo Vanta Reach season 2 drops in October", NOTHING),
]

# A weekday ahead for sure is a date ("opens Friday", "this Sunday"); "on Friday" alone is the news day.
WEEKDAYS = [
    _p("release", "Tidebound 3 opens nationwide Friday", "", release(T, "2026-06-05")),
    _p("release", "Starfall Academy season 2's first episode airs next Sunday", "", release(S, "2026-06-07")),
    _p("release", "Lumen Drift II launches this Thursday", "", release(L, "2026-06-04")),
    _p("announce", "Korvin's Gate 2", "On Friday, Halden confirmed a sequel to Korvin's Gate.", announce(K)),
    _p("release", "Vanta Reach 2 dated", "Orsa announced on Friday that Vanta Reach 2 opens May 3, 2027.",
       release(V, "2027-05-03")),
    _p("recap", "Tidebound 3 reviews", "Tidebound 3 opened on Friday to strong reviews.", NOTHING),
]

# A new date said to replace the old one, the old one last: "in 2027 rather than this fall".
REPLACED_DATES = [
    _p("delay", "Vanta Reach season 3 lands in 2027 instead of this spring", "", delay(V, "2027")),
    _p("delay", "Tidebound 2 now opens on March 5, 2027 rather than in December", "", delay(T, "2027-03-05")),
    _p("delay", "Korvin's Gate II now launches October 2 in place of its August date", "", delay(K, "2026-10-02")),
    _p("earlier", "Starfall Academy season 4 arrives in August instead of October", "", release(S, "2026-08")),
    _p("delay", "『星屑キッチン』第2期は今秋ではなく2027年に放送", "", delay(JK, "2027")),
]

# Who speaks is no other title: a company that posts, tweets or notes something, or that released
# the trailer, leaves the topic where it was ("Orsa wrote that the sequel opens ...").
AGENTS = [
    _p("continuation", "Tidebound 2 after the panel", "After the panel, Halden tweeted that the new film is due in 2027.",
       release(T, "2027")),
    _p("continuation", "Lumen Drift II blog post", "Orsa wrote on its blog that the game will launch on March 4, 2027.",
       release(L, "2027-03-04")),
    _p("continuation", "Vanta Reach season 2 statement",
       "In a statement, Keld noted that the new season premieres on January 9, 2027.", release(V, "2027-01-09")),
    _p("trailer", "Starfall Academy season 2 gets key art", "Keld also released a new trailer along with the key art.",
       trailer(S)),
    _p("trailer", "Tidebound 3 wraps filming", "The film wrapped in May. Halden shared a teaser on Friday.", trailer(T)),
    _p("trailer", "Lumen Drift II shown at Orsa Direct", "Orsa debuted the first gameplay trailer during its showcase.",
       trailer(L)),
    # another title as the subject still takes the sentence
    _p("collision", "Lumen Drift II at the show", "Lumen Drift II was shown on Sunday. Skyreach Saga launches on March 4, 2027.",
       NOTHING),
]

# A colourful verb of motion onto a platform or into theaters is a release: "zooms onto consoles on May 3".
ONTO = [
    _p("release", "Lumen Drift II races onto consoles on March 4, 2027", "", release(L, "2027-03-04")),
    _p("release", "Tidebound 3 storms into theaters May 14, 2027", "", release(T, "2027-05-14")),
    _p("release", "Korvin's Gate 2 swings onto PC and consoles on November 20", "", release(K, "2026-11-20")),
    _p("recap", "Tidebound 2 stormed into theaters last weekend with $40 million", "", NOTHING),
]

# A release in parts, each with its date: "episodes 1-6 stream from July 9, the other six follow on August 6".
SPLIT_RELEASES = [
    _p("release", "Vanta Reach season 2 in two parts",
       "Vanta Reach season 2 streams its first half on July 9, with the back half following on August 6.",
       release(V, "2026-07-09", "2026-08-06")),
    _p("release", "Starfall Academy season 3 part 1 premieres January 8, 2027, with part 2 following in April", "",
       release(S, "2027-01-08", "2027-04")),
    _p("release", "Tidebound season 2 in halves", "The first half of Tidebound season 2 streams on July 1. The second half "
       "follows on July 29.", release(T, "2026-07-01", "2026-07-29")),
    _p("delay", "『星屑キッチン』劇場版が公開延期　前編が2027年1月15日、後編が3月5日に", "",
       delay(JK, "2027-01-15") + release(JK, "2027-03-05")),
]

# A premiere calendar's lines: "July 3 - Title, season 2." as well as "July 3: Title".
CALENDAR_LINES = [
    _p("release", "Summer 2026 premiere calendar: every date so far",
       "Here is what premieres this summer.\n\nJuly 3 - Vanta Reach, season 2. It airs on Thursdays.\n\n"
       "July 19 - Starfall Academy, season 3. The new season picks up where the last left off.",
       release(V, "2026-07-03") + release(S, "2026-07-19")),
    _p("release", "Fall 2026 release calendar",
       "Mark these.\n\nSeptember 4 — Lumen Drift II.\n\nOctober 9 — Tidebound 3.",
       release(L, "2026-09-04") + release(T, "2026-10-09")),
]

# A trailing relative clause (", where ...", ", whose ...") is background, its hedges too.
RELATIVE_CLAUSES = [
    _p("trailer", "Starfall Academy 2 trailer",
       "The debut trailer for Starfall Academy 2 introduces a floating city, where rival guilds may fight for a crown.",
       trailer(S)),
    _p("release", "Tidebound 3 opening day", "Tidebound 3 opens on October 9, 2026, whose director might return for a fourth.",
       release(T, "2026-10-09")),
    _p("hedge", "Lumen Drift II may launch on March 4, 2027, where it could face stiff competition", "", NOTHING),
]

# A name its makers write in capitals (the user wrote it so too) is the title, even before a subtitle.
STYLISED_NAMES = [
    _p("delay", "@grimhold_fan", "Ugh. Halden has delayed GRIMHOLD Reborn again, now to March 20, 2027.",
       delay(G, "2027-03-20")),
    _p("release", "Grimhold news", "Halden says GRIMHOLD Ascent launches on May 5, 2027 for consoles.",
       release(G, "2027-05-05")),
    _p("trailer", "Watch the first GRIMHOLD Ascent trailer", "", trailer(G)),
    _p("collision", "Grimhold Smith joins Orsa", "Grimhold Smith will lead Orsa's new studio from March 4, 2027.",
       NOTHING),
]

# Japanese notices of production in their several forms.
PRODUCTION_NOTICES = [
    _p("announce", "『星屑キッチン』SEASON3、制作決定のお知らせ", "", announce(JK)),
    _p("announce", "アニメ『ミラージュ戦記』2期制作が決定！スタッフも続投", "", announce(JM)),
    _p("announce", "【お知らせ】", "TVアニメ『星屑キッチン』2期の制作が発表されました。", announce(JK)),
]


# The old plan told as the past, then the new date: a move ("originally set for May, now opens ...").
OLD_PLANS = [
    _p("delay", "Tidebound 3 new date", "Tidebound 3, originally set for May, now opens on July 9, 2027.",
       delay(T, "2027-07-09")),
    _p("delay", "Lumen Drift II was first slated for March but now launches on June 5, 2027", "",
       delay(L, "2027-06-05")),
    _p("delay", "Vanta Reach season 2 schedule",
       "Vanta Reach season 2, which was planned for October, now premieres in January 2027.", delay(V, "2027-01")),
    # the whole history of a date, every step in the past, is no news
    _p("recap", "Korvin's Gate 2: a long road",
       "Korvin's Gate 2 was first meant to open on March 6, 2025, was pulled in July 2025, and then slipped to "
       "May 2 in August.", NOTHING),
]

# A post that opens with the date, then says what it is ("MARCH 4 2027. We have a date at last!").
DATE_FIRST = [
    _p("release", "@lumen_fan", "MARCH 4 2027. Lumen Drift II has a launch date at last and I can't wait!",
       release(L, "2027-03-04")),
    _p("release", "@keld_anime", "January 9, 2027\nVanta Reach season 2 has its premiere date. See you then!",
       release(V, "2027-01-09")),
    _p("release", "@tide_news", "OCT 9!! Tidebound 3 finally got a release date.", release(T, "2026-10-09")),
    # an article's date line stays the day it was written
    _p("recap", "Lumen Drift II has a release date at last", "June 1, 2026\n\nOrsa has dated Lumen Drift II, and "
       "we will tell you when we know more.", NOTHING),
]

# A sentence may open with an adverb or a time phrase; its capital is grammar, not another title.
OPENERS = [
    _p("continuation", "Tidebound 2 dated", "Shortly after the panel, Halden said the sequel is due in 2028.",
       release(T, "2028")),
    _p("continuation", "Lumen Drift II dated", "Later that day, Orsa confirmed the game arrives on March 4, 2027.",
       release(L, "2027-03-04")),
    _p("continuation", "Vanta Reach season 2 dated", "Finally, the new season premieres on January 9, 2027.",
       release(V, "2027-01-09")),
    _p("continuation", "Starfall Academy 3 dated", "Earlier today the studio confirmed the film opens on May 7, 2027.",
       release(S, "2027-05-07")),
]

# "Slip" the noun is no delay: "a store-page slip", "a Freudian slip".
SLIPS = [
    _p("recap", "@tide_fan", "That Tidebound 3 store-page slip last week was no accident: the cast is out today.",
       NOTHING),
    _p("recap", "A Freudian slip by Orsa's CEO named Lumen Drift II's platforms", "", NOTHING),
    _p("delay", "Starfall Academy season 3 slips a month, now premieres May 7, 2027", "", delay(S, "2027-05-07")),
    _p("delay", "Vanta Reach 2 has slipped again", "", delay(V, None)),
]

# A one-word name inside a longer name is another work, at a sentence start too, where the capital
# could be grammar: the document's own sentences tell ("the fourth season of Lake Tidebound").
LONGER_NAMES = [
    _p("collision", "Lake Tidebound dates its fourth season, shares a teaser",
       "The fourth season of Lake Tidebound premieres on June 6. A new trailer came with the date.", NOTHING),
    _p("collision", "Paper Brine renewed for a second season",
       "Keld has renewed Paper Brine. The second season of Paper Brine arrives in 2027.", NOTHING),
    _p("release", "Tidebound 3 opens May 7, 2027",
       "Tidebound 3 opens on May 7, 2027. Lake Tidebound, a different show, returns in June.",
       release(T, "2027-05-07")),
]

# A game's content update ("drop") is no installment; what job ads show is no announcement.
DROPS_AND_LISTINGS = [
    _p("recap", "Lumen Drift II's Frostfall drop lands July 9 with new gear and a boss", "", NOTHING),
    _p("recap", "Lumen Drift", "Lumen Drift's summer content drop arrives on July 9.", NOTHING),
    _p("recap", "The Vanta Reach game drop goes live on July 9", "", NOTHING),
    _p("hedge", "Halden's next Tidebound game is an open-world RPG, job listings reveal", "", NOTHING),
    _p("hedge", "A LinkedIn profile reveals a Lumen Drift remake", "", NOTHING),
    _p("hedge", "Korvin's Gate", "Job ads at Halden point to a Korvin's Gate sequel in development.", NOTHING),
]

# A post's "We're", "It's", and its imperatives ("Watch the teaser") are no other titles.
POST_VOICE = [
    _p("announce", "@halden_anime", "Thank you for watching Tidebound season 2! We're thrilled to share that a third "
       "season is in production 🎉 Watch our teaser and stay tuned.", announce(T) + trailer(T)),
    _p("announce", "@keld_games", "Lumen Drift turns ten today. It's official: we've started work on a sequel!",
       announce(L)),
    _p("announce", "@orsa_tv", "Big news about Vanta Reach. We're happy to confirm a third season!", announce(V)),
]

# An edition named in capitals ("The Definitive Edition launches ...") is the topic's, not another title.
EDITIONS = [
    _p("release", "Korvin's Gate remaster dated", "The Remastered Collection launches on March 4, 2027.",
       release(K, "2027-03-04")),
    _p("release", "Lumen Drift II editions", "The Ultimate Edition of the game arrives on March 3, 2027.",
       release(L, "2027-03-03")),
    _p("release", "Tidebound 3 on disc", "The Director's Cut opens in theaters on October 9, 2026.",
       release(T, "2026-10-09")),
]

# What an announcement cue governs: "confirmed a signing event" announces no work.
EVENTS_CONFIRMED = [
    _p("recap", "Tidebound 2 news", "Keld confirmed a signing event for Tidebound 2 on July 3.", NOTHING),
    _p("recap", "Orsa announces a Lumen Drift II fan screening in Osaka", "", NOTHING),
    _p("recap", "Halden reveals a Korvin's Gate 2 stage event for August", "", NOTHING),
    _p("announce", "Halden announces Korvin's Gate 2 and a launch event", "", announce(K)),
]

# "The studio behind X and Y": neither is the topic, the list included.
MAKERS_OF_SEVERAL = [
    _p("collision", "The studio behind Tidebound and Lumen Drift unveiled a new series", "", NOTHING),
    _p("collision", "From the makers of Vanta Reach, Tidebound and Korvin's Gate: a new anime", "", NOTHING),
    _p("collision", "Creators of Lumen Drift and Starfall Academy announce a new studio", "", NOTHING),
]

# A rumour or leak as the cause or the background of the news is no hedge on it: "after months of speculation".
DOUBT_AS_BACKGROUND = [
    _p("delay", "Lumen Drift II delayed to 2027 after a leak", "", delay(L, "2027")),
    _p("announce", "After months of speculation, Halden confirms Korvin's Gate 2", "", announce(K)),
    _p("release", "Tidebound 3 gets its date", "Confirming last week's leak, Keld set Tidebound 3 for May 7, 2027.",
       release(T, "2027-05-07")),
    _p("announce", "Orsa announces Vanta Reach season 3 amid rumors of a film", "", announce(V)),
    # the rumour still is a rumour
    _p("hedge", "Leak: Lumen Drift II delayed to 2027", "", NOTHING),
]

# A trailer dated weeks ago is no news; "is here" says it has come out.
TRAILER_AGE = [
    _p("recap", "Vanta Reach season 2 trailer", "The trailer, which was shown in March, teased the new arc.", NOTHING),
    _p("recap", "Tidebound 3 promo", "The first teaser, released on April 2, is still the best look at the film.",
       NOTHING),
    _p("trailer", "The Tidebound 3 trailer is here", "", trailer(T)),
    _p("trailer", "Lumen Drift II's launch trailer has arrived", "", trailer(L)),
    _p("trailer", "Korvin's Gate 2", "The new Korvin's Gate 2 trailer is live now.", trailer(K)),
]

# Japanese: a year in two digits, and the plan a notice says had been made (〜とされていた).
JAPANESE_YEARS_AND_PLANS = [
    _p("release", "『ミラージュ戦記』新作は27年春に発売予定", "", release(JM, "2027-spring")),
    _p("release", "『星屑キッチン』第2期、27年1月より放送", "", release(JK, "2027-01")),
    _p("recap", "『星屑キッチン』第2期は10月放送予定とされていた", "", NOTHING),
    _p("delay", "『ミラージュ戦記』は11月発売予定とされていたが、2027年2月に延期", "", delay(JM, "2027-02")),
    _p("recap", "『星屑キッチン』完結から27年ぶりの新作アニメ", "", NOTHING),
]

# The trade press's verb with its object: "Halden sets Tidebound 3 for May 7, 2027".
SETS_FOR = [
    _p("release", "Halden sets Tidebound 3 for May 7, 2027", "", release(T, "2027-05-07")),
    _p("release", "Orsa Slates Lumen Drift II for Summer 2027 Release", "", release(L, "2027-summer")),
    _p("release", "Keld schedules Vanta Reach season 2 for January 2027", "", release(V, "2027-01")),
    _p("recap", "Halden set the stage for Tidebound 3 with a teaser poster", "", NOTHING),
    # the object is another title: its date, not the topic's
    _p("release", "Halden's summer slate", "Tidebound 3 opens on May 7, 2027, and Halden set the next Skyreach film "
       "for July 12, 2027.", release(T, "2027-05-07")),
]

# Everyday headline shapes: a network's order, "announced for", "later than planned", "out of 2026",
# a month before a release noun ("gets October release date"), "its" date that stays.
HEADLINE_SHAPES = [
    _p("announce", "Netflix orders a third season of Vanta Reach", "", announce(V)),
    _p("announce", "Keld picks up Tidebound for a second season", "", announce(T)),
    _p("announce", "Vanta Reach anime gets second season, premieres in 2027", "", announce(V) + release(V, "2027")),
    _p("trailer", "Vanta Reach gets new season 2 trailer", "", trailer(V)),
    _p("announce", "Tidebound announces sequel film for 2027", "", announce(T) + release(T, "2027")),
    _p("delay", "Lumen Drift II gets a new release date",
       "Lumen Drift II now launches on May 5, 2027, two months later than planned.", delay(L, "2027-05-05")),
    _p("delay", "Lumen Drift II delayed out of 2026", "", delay(L, None)),
    _p("delay", "Korvin's Gate 2 moves off its October release date", "", delay(K, None)),
    _p("release", "Pre-orders for Lumen Drift II are now live ahead of its March 4 launch", "",
       release(L, "2027-03-04")),
    _p("release", "Lumen Drift II gets October release date", "", release(L, "2026-10")),
    _p("release", "Tidebound 2 lands December 2027 release date", "", release(T, "2027-12")),
    _p("release", "Korvin's Gate 2 gets new trailer and March 2027 release date", "",
       trailer(K) + release(K, "2027-03")),
    # "may" before a release noun is the modal, in capitals too
    _p("hedge", "Lumen Drift II may release in 2027, says analyst", "", NOTHING),
]

# What comes out is the work unless the thing next to the cue is not: "a new visual, April 2027
# premiere" is a premiere; "the series' anniversary arriving in December" is not.
NEXT_TO_THE_CUE = [
    _p("release", "Vanta Reach season 2 reveals new visual, April 2027 premiere", "", release(V, "2027-04")),
    _p("recap", "Lumen Drift: The Board Game launches on Kickstarter in March", "", NOTHING),
    _p("release", "Tidebound 3 opening", "Tidebound 3 opens on May 7, 2027, with the series' tenth anniversary "
       "arriving in December.", release(T, "2027-05-07")),
    _p("release", "Tidebound 3 holiday date", "Tidebound 3 opens on November 24, 2027, in the Thanksgiving window.",
       release(T, "2027-11-24")),
]

# A web page around the story: a breadcrumb, a byline, share buttons, and other stories' headlines
# under "More from ..." are not the story.
PAGES = [
    _p("release", "Tidebound 3 gets a May 2027 release date",
       "Home > News > Movies\nBy Rina Ocampo\nPublished June 1, 2026 10:04 a.m.\nShare on X\n"
       "Halden has dated Tidebound 3.\nThe third film opens in theaters on May 7, 2027, the studio said.\n"
       "Advertisement\nDirector Ilo Mar returns.\nMore from Movies\nSkyreach Saga 2 sets Christmas release\n"
       "Lumen Drift movie in the works", release(T, "2027-05-07")),
    _p("recap", "Tidebound 3 review roundup",
       "Critics are split on Tidebound 3.\nYou may also like\nVanta Reach season 3 officially announced\n"
       "Korvin's Gate 2 delayed to 2028", NOTHING),
    _p("release", "Lumen Drift II dated", "News › Games › Lumen Drift II\nLumen Drift II launches on March 4, 2027.",
       release(L, "2027-03-04")),
]

# A trailing attribution says who told the statement; it announces nothing of its own.
ATTRIBUTIONS = [
    _p("release", "Vanta Reach update", "Season 2 of Vanta Reach premieres on October 3, 2026, Keld confirmed.",
       release(V, "2026-10-03")),
    _p("release", "Lumen Drift II gets its day", "Lumen Drift II launches March 4, 2027, Orsa announced on Friday.",
       release(L, "2027-03-04")),
    _p("announce", "Vanta Reach season 3", "A third season of Vanta Reach is in production, Keld confirmed.",
       announce(V)),
]

# Japanese notices: a change with the weekday after the old date (〜(木)から…へ変更), 再来年, production under way.
JAPANESE_NOTICES = [
    _p("delay", "『ミラージュ戦記』発売日変更のお知らせ",
       "『ミラージュ戦記』の発売日を2027年3月18日(木)から2027年5月20日(木)へ変更させていただきます。",
       delay(JM, "2027-05-20")),
    _p("release", "『ミラージュ戦記』は再来年発売予定", "", release(JM, "2028")),
    _p("announce", "『星屑キッチン』続編制作中！", "", announce(JK)),
    _p("announce", "『ミラージュ戦記』新作の制作が進行中であることが明らかに", "", announce(JM)),
    _p("announce", "『星屑キッチン』第3期制作始動", "", announce(JK)),
]

# A post written all in lower case: its distinctive names match whatever their case; a one-word name
# still needs its capital.
LOWER_CASE_POSTS = [
    _p("delay", "@drift_fan", "lumen drift 2 got delayed to 2027 ugh", delay(L, "2027")),
    _p("trailer", "@reach_fan", "the vanta reach season 2 trailer just dropped!!", trailer(V)),
    _p("recap", "@ferry_fan", "the tidebound ferry got delayed to friday lol", NOTHING),
]

# A thing inside another work that bears the name ("the Brine class", "a Tidebound skin") is not the
# franchise; a patch in apposition ("the next patch, out July 1") is what comes out.
NAMED_THINGS = [
    _p("recap", "The Brine class gets a rework in the next patch, out July 1", "", NOTHING),
    _p("recap", "A Tidebound skin arrives in Skyreach Saga on July 9", "", NOTHING),
    _p("recap", "Lumen Drift II's next patch, out July 1, fixes the crashes", "", NOTHING),
]

# A subtitle after the name introduces an installment: "Tidebound: Ashfall announced".
SUBTITLED = [
    _p("announce", "Tidebound: Ashfall announced", "", announce(T)),
    _p("announce", "Lumen Drift: Afterglow revealed for 2027", "", announce(L) + release(L, "2027")),
    _p("announce", "Halden confirms Korvin's Gate: Ironvale", "", announce(K)),
]

# More everyday traps and shapes: "hints at", one episode or the finale, an attribution with its
# occasion, "2027, not 2026 as previously planned".
MORE_SHAPES = [
    _p("hedge", "Tidebound 3 director hints at a 2027 release", "", NOTHING),
    _p("recap", "Starfall Academy season 2 finale airs this Sunday", "", NOTHING),
    _p("release", "Tidebound trilogy finale set for December 17, 2027", "", release(T, "2027-12-17")),
    _p("recap", "Vanta Reach season 2 episode 5 delayed a week", "", NOTHING),
    _p("release", "Vanta Reach season 2 episode 1 airs October 3", "", release(V, "2026-10-03")),
    _p("release", "Tidebound 3 will be released on May 7, 2027, Halden confirmed in a press release today", "",
       release(T, "2027-05-07")),
    _p("delay", "Lumen Drift II is coming in 2027, not 2026 as previously planned", "", delay(L, "2027")),
]

# How a delay is said without the word: "we need a bit more time", "now arrives a month later",
# "moved to holiday 2026"; a delay then its date on the next line; "coming fall 2026", "out in early 2027".
DELAY_SHAPES = [
    _p("delay", "@halden", "We need a bit more time. Korvin's Gate 2 will now launch on March 4, 2027. Thank you "
       "for your patience.", delay(K, "2027-03-04")),
    _p("delay", "Tidebound 3 now arrives a month later, on June 4, 2027", "", delay(T, "2027-06-04")),
    _p("delay", "Korvin's Gate 2 launch moved to holiday 2026", "", delay(K, "2026")),
    _p("delay", "@gamer", "lumen drift 2 delayed AGAIN. 2027 now. i'm so tired", delay(L, "2027")),
    _p("recap", "Tidebound 2 arrived a year later than planned, in 2025", "", NOTHING),
    _p("release", "Vanta Reach season 2 coming fall 2026", "", release(V, "2026-fall")),
    _p("release", "Lumen Drift II out in early 2027", "", release(L, "2027")),
]

# Japanese headlines: a bare adaptation (アニメ化、), 放送日時が決定 (the date, not the work), が…に変更.
JAPANESE_HEADLINES = [
    _p("announce", "「ミラージュ戦記」アニメ化、2027年に放送開始", "", announce(JM) + release(JM, "2027")),
    _p("release", "「星屑キッチン」第2期の放送日時が決定！1月9日（土）24時より放送スタート", "",
       release(JK, "2027-01-09")),
    _p("delay", "「ミラージュ戦記」完結編の上映開始日が3月12日から4月9日に変更", "", delay(JM, "2027-04-09")),
    _p("recap", "「星屑キッチン」は2019年にアニメ化された", "", NOTHING),
]

# A hedge, a negation or a question takes back its own clause and those after it, not those before.
DOUBT_SCOPE = [
    _p("release", "Tidebound 3: the date, and what may follow",
       "Tidebound 3 opens May 7, 2027, and if reviews are good, a fourth film could follow.", release(T, "2027-05-07")),
    _p("release", "Lumen Drift II: date set, Switch unclear",
       "Lumen Drift II launches March 4, 2027, though Orsa would not say whether a Switch version is planned.",
       release(L, "2027-03-04")),
    _p("release", "Vanta Reach season 2: the date", "Vanta Reach season 2 premieres October 3, 2026; the studio may "
       "announce a third season later.", release(V, "2026-10-03")),
    _p("release", "Tidebound 3: dated, again", "Tidebound 3 opens May 7, 2027, but will it be delayed again?",
       release(T, "2027-05-07")),
    _p("hedge", "Spring slate", "Sources say Tidebound 3 opens May 7, 2027, and Lumen Drift II follows in June 2027.",
       NOTHING),    # a headline doubts the document from its first clause, not from a later one
    _p("release", "Lumen Drift II dated for March 4, 2027, but could a Switch version follow?", "",
       release(L, "2027-03-04")),
    _p("hedge", "Will Lumen Drift II slip to 2028?", "Orsa has said little. The game is set for March 4, 2027.", NOTHING),
]

# Gameplay shown is a trailer, not an announcement; a season before a release noun is a date; a
# trailer still to come is no trailer.
TRAILER_SHAPES = [
    _p("trailer", "Lumen Drift II gameplay revealed in 10-minute video", "", trailer(L)),
    _p("trailer", "Vanta Reach season 2 teaser confirms fall premiere", "", trailer(V) + release(V, "2026-fall")),
    _p("release", "Starfall Academy season 3 gets a spring premiere", "", release(S, "2027-spring")),
    _p("recap", "Tidebound 3 trailer coming tomorrow", "", NOTHING),
    _p("recap", "Orsa will reveal the Lumen Drift II trailer next week", "", NOTHING),
]

# A story whose headline reports or asks, and whose update line below confirms: the body counts.
# The headline itself stays unread (the update may confirm another date than the rumour's).
CONFIRMED_UPDATES = [
    _p("update", "Rumor: Lumen Drift 4 delayed to 2027",
       "Update: Orsa has since confirmed the delay. The game now launches March 12, 2027.", delay(L, "2027-03-12")),
    _p("update", "Report: Tidebound season 2 in the works",
       "UPDATE: Keld Studios confirmed the news in a statement on Tuesday. A second season of Tidebound is in production.",
       announce(T)),
    _p("update", "Is Vanta Reach getting a sequel?",
       "Updated June 2: Halden has officially announced it. Vanta Reach 2 is in development.", announce(V)),
    _p("update", "『星屑キッチン』続編制作か", "【追記】公式サイトで続編の制作が正式に発表されました。", announce(JK)),
    _p("update/hedge", "Rumor: Starfall Academy season 3 in the works", "Update: Halden has not confirmed the report.",
       NOTHING),
    # An update that confirms without a date of its own: what the headline reported or asked is confirmed.
    _p("update", "Is Tidebound getting a movie?", "Update: Keld confirmed the news on Friday.", announce(T)),
    _p("update", "Rumor: Lumen Drift 4 pushed to 2027", "Update: Orsa has since confirmed the delay.", delay(L, "2027")),
    _p("update", "Report: Korvin's Gate sequel in development", "Update: Halden confirmed it on Friday.", announce(K)),
    _p("update", "Rumor: Starfall Academy delayed", "UPDATE: Halden has now confirmed it.", delay(S, None)),
    # ... but not its date when the story holds one it could not place: that may be the confirmed one.
    _p("update/hedge", "Rumor: Vanta Reach 2 slips to June",
       "Update: Halden has confirmed it.\n\nThe statement lists August 6, 2027 as the new day.", NOTHING),
    # ... and not when the update gives another date: the rumour's date was wrong.
    _p("update", "Report: Vanta Reach 2 may slip to June", "Update: Halden has confirmed a delay to August 6, 2027.",
       delay(V, "2027-08-06")),
    # A doubting headline with no update below: "the final season" is still a known one.
    _p("update/collision", "Rumor mill: what is next for anime?",
       "Halden confirmed the final season of Tidebound will air in October 2026.", release(T, "2026-10")),
    _p("update/hedge", "Korvin's Gate film reportedly set for 2027",
       "Update: asked about the report, the studio would neither confirm nor deny it.", NOTHING),
    # The update confirms "the sequel" the headline only reported: that one, new.
    _p("update", "Vanta Reach 2 reportedly in development", "Update: Halden confirmed the sequel on Twitter.",
       announce(V)),
]
# A delay to a year in the headline, the day below: the delay is to that day.
DELAY_DAY_BELOW = [
    _p("delay", "Lumen Drift 4 delayed to 2027", "Orsa said the game now launches March 12, 2027.",
       delay(L, "2027-03-12")),
    _p("delay", "Tidebound season 2 pushed to 2027",
       "Keld Studios said the new season will premiere on January 8, 2027.", delay(T, "2027-01-08")),
    _p("delay", "Vanta Reach 2 slips into next year", "The sequel now opens on February 19, 2027, Halden said.",
       delay(V, "2027-02-19")),
    # two days below: which one the delay goes to is not said
    _p("delay", "Lumen Drift 4 delayed into 2027",
       "Orsa said the game now launches March 12, 2027. The deluxe edition follows on May 7, 2027.",
       delay(L, "2027")[:1] + release(L, "2027-03-12", "2027-05-07")),
]

# A schedule that names each work, then its date ("Title: October 4", "Title - July 17", "Title | Oct. 4").
SCHEDULE_LINES = [
    _p("release", "Fall 2026 anime lineup",
       "Vanta Reach: October 4\nStarfall Academy season 2: October 10\nTidebound: October 12",
       release(V, "2026-10-04") + release(S, "2026-10-10") + release(T, "2026-10-12")),
    _p("release", "Summer 2026 release calendar", "Lumen Drift 4 — July 17\nKorvin's Gate — July 24",
       release(L, "2026-07-17") + release(K, "2026-07-24")),
    _p("release", "Fall anime guide",
       "Here is what to watch.\n\nVanta Reach season 2 | October 4\nTidebound | October 12",
       release(V, "2026-10-04") + release(T, "2026-10-12")),
    _p("release/negation", "Winter 2027 anime lineup", "Vanta Reach: TBA\nTidebound: to be announced", NOTHING),
    _p("release/recap", "Spring 2026 anime lineup", "Vanta Reach: May 4\nTidebound: May 12", NOTHING),
]
# A past year beside a date still to come: background, unless what follows it is told in the past.
PAST_BESIDE_AHEAD = [
    _p("release", "The Tidebound sequel we were promised in 2024 is finally dated for July 2027", "",
       release(T, "2027-07")),
    _p("release", "Vanta Reach season 1 aired in 2024; season 2 premieres in July 2027", "", release(V, "2027-07")),
    _p("release", "Starfall Academy, which debuted in 2019, returns for a third season on April 4, 2027", "",
       release(S, "2027-04-04")),
    _p("release", "Lumen Drift 3 came out in 2023, and Lumen Drift 4 launches March 12, 2027", "",
       release(L, "2027-03-12")),
    _p("recap", "Tidebound premiered in 2019", "", NOTHING),
    _p("recap", "Korvin's Gate was released in July 2025", "", NOTHING),
]
# Production under way, said of the work named in between; "is happening"; a labelled date after a delay.
UNDER_WAY = [
    _p("announce", "『星屑キッチン』新作アニメ制作中！続報をお楽しみに", "", announce(JK)),
    _p("announce", "『ミラージュ戦記』新作映画の制作がスタート", "", announce(JM)),
    _p("announce", "『星屑キッチン』新作TVアニメの制作が進行中", "", announce(JK)),
    _p("announce", "@halden_official", "VANTA REACH SEASON 3 IS HAPPENING 🎉 see you in 2027!!", announce(V)),
    _p("announce", "Tidebound season 2 is really happening", "", announce(T)),
    _p("question", "What's happening with Vanta Reach season 3?", "", NOTHING),
    _p("announce", "Korvin's Gate",
       "Production on the Korvin's Gate sequel is officially underway, Halden confirmed on Monday.", announce(K)),
    _p("announce", "Filming on Vanta Reach 2 has begun in Vancouver", "", announce(V)),
    _p("announce", "Work on a second season of Tidebound is now underway", "", announce(T)),
    _p("announce/not-installment", "Work on the Tidebound anniversary event is underway", "", NOTHING),
    _p("recap", "Lumen Drift: the studio looks back", "Orsa said the team had begun work on an expansion and had even started on a sequel "
       "before the studio closed.", NOTHING),
    _p("delay", "@orsa_games", "Lumen Drift 4 needs a little more time. New date: Feb 4, 2027. Thank you for your patience.",
       delay(L, "2027-02-04")),
    _p("delay", "@keldstudios", "Tidebound season 2 has been pushed. New premiere date: January 8, 2027.",
       delay(T, "2027-01-08")),
    _p("release", "@halden_official", "Vanta Reach 2 finally has a date! Release date: March 3, 2027.",
       release(V, "2027-03-03")),
    _p("release/negation", "@halden_official", "Vanta Reach 2 finally has a date! Release date: to be announced.",
       NOTHING),
]
# A move earlier by some time "to" a day; a work taken off the schedule (a delay with no new date, the
# date it leaves is old).
OFF_AND_UP = [
    _p("earlier", "Vanta Reach 2 moves up by a few days to March 5", "", release(V, "2027-03-05")),
    _p("earlier", "Lumen Drift 4 jumps ahead two weeks to February 18", "", release(L, "2027-02-18")),
    _p("delay", "Tidebound movie removed from 2026 release calendar", "", delay(T, None)),
    _p("delay", "Tidebound movie pulled from the release schedule", "", delay(T, None)),
    _p("delay", "Halden pulls Tidebound movie from its November 2026 date", "", delay(T, None)),
    _p("delay", "Lumen Drift 4 taken off Orsa's 2026 slate", "", delay(L, None)),
    _p("release", "Tidebound season 2 streams from September 10", "", release(T, "2026-09-10")),
    _p("collision", "Vanta Reach 2 pulled from theaters after one week", "", NOTHING),
]
# Japanese notices: a move within "the same year" (同年), a game adaptation (ゲーム化).
SAME_YEAR_AND_GAMES = [
    _p("delay", "『ミラージュ戦記』劇場版の公開が2027年2月から同年夏に延期", "", delay(JM, "2027-summer")),
    _p("delay", "『星屑キッチン』第2期、放送を2027年1月から同年4月に変更", "", delay(JK, "2027-04")),
    _p("announce", "『星屑キッチン』ゲーム化決定、2027年発売予定", "", announce(JK) + release(JK, "2027")),
    _p("announce", "『ミラージュ戦記』のゲーム化が決定", "", announce(JM)),
    _p("collision", "『星屑キッチン』第1期の再放送が決定", "", NOTHING),
]
# A date restated as unchanged; an old date "originally due in" a month beside the new one.
ON_SCHEDULE = [
    _p("release", "Korvin's Gate", "Korvin's Gate 2 remains on schedule for May 14, 2027, Halden said.",
       release(K, "2027-05-14")),
    _p("release", "Lumen Drift 4 stays on track for February 2027", "", release(L, "2027-02")),
    _p("release", "Tidebound season 2 is still on course for an October premiere", "", release(T, "2026-10")),
    _p("delay", "Tidebound", "Tidebound's second season, originally due in October, will now arrive in January 2027.",
       delay(T, "2027-01")),
    _p("delay", "Vanta Reach 2, first due in March, now opens May 8, 2027", "", delay(V, "2027-05-08")),
    _p("negation", "Lumen Drift 4 is no longer on track for February", "", NOTHING),
]
# A one-word name that qualifies a common noun ("Brine shrimp are") names no work; one before a noun of
# a work ("Brine sequel is", "Tidebound release is") does.
NAME_BEFORE_A_NOUN = [
    _p("collision", "Ocean life", "Brine shrimp are popular pets. A documentary about them premieres in May.", NOTHING),
    _p("collision", "Tuesday mornings are for anime", "The new season premieres in October.", NOTHING),
    _p("announce", "Brine sequel is official", "", announce("Brine")),
    _p("release", "Tidebound release is set for March 3, 2027", "", release(T, "2027-03-03")),
    _p("trailer", "Tidebound teaser is out now", "", trailer(T)),
    _p("release", "Grimhold servers were down", "Grimhold 2 launches March 5, 2027, Orsa said.", release(G, "2027-03-05")),
]
# Whose trailer it is when a headline names two works: the one named by the trailer noun, and those
# joined to it by "and".
WHOSE_TRAILER = [
    _p("trailer", "New Vanta Reach trailer teases Lumen Drift crossover", "", trailer(V)),
    _p("trailer", "Vanta Reach and Lumen Drift both got new trailers today", "", trailer(V) + trailer(L)),
    _p("trailer", "Watch the new trailers for Vanta Reach and Tidebound", "", trailer(V) + trailer(T)),
    _p("trailer", "Vanta Reach's season 2 trailer is out", "", trailer(V)),
    _p("trailer", "Vanta Reach season 2: the new trailer", "A new trailer for Vanta Reach season 2 shows a Tidebound cameo.",
       trailer(V)),
]
# "X fans" names the people who follow the work: what the headline says after it is about the work.
# A cue in apposition to another title (", out May 5") is that title's.
AUDIENCES = [
    _p("release", "Tidebound fans are thrilled: season 2 premieres October 9", "", release(T, "2026-10-09")),
    _p("release", "Good news for Tidebound fans",
       "Tidebound fans can relax: the second season premieres October 9.", release(T, "2026-10-09")),
    _p("release", "Brine players, mark your calendars: the expansion lands August 21", "", release("Brine", "2026-08-21")),
    _p("announce", "Starfall Academy viewers have a reason to cheer: a third season is officially in production", "",
       announce(S)),
    _p("collision", "Brine fans are still waiting for news of a sequel", "", NOTHING),
    _p("collision", "Tidebound fans petition for a second season", "", NOTHING),
    _p("collision", "Tidebound fans will love Nightjar Coast, out May 5 from a rival studio", "", NOTHING),
    _p("collision", "If you liked Lumen Drift, try Quill Harbor, arriving September 3", "", NOTHING),
    _p("collision", "Vanta Reach", "Fans of Vanta Reach should look at Ashen Tide, due in stores on October 2.", NOTHING),
]
# A live game's season is a stretch of content (a battle pass, a ranked ladder, a patch), not an installment;
# a show's season stays one.
GAME_SEASONS = [
    _p("collision", "Grimhold kicks off Season 2 on July 3 with a new ranked mode",
       "Grimhold's second competitive season starts July 3, adding a battle pass and a balance patch.", NOTHING),
    _p("collision", "Grimhold Season 3 battle pass begins August 12", "", NOTHING),
    _p("collision", "Grimhold Season 2 starts July 3: patch 2.0, new fighters and a ranked reset", "", NOTHING),
    _p("collision", "Grimhold's next ranked season begins July 3", "", NOTHING),
    _p("release", "Vanta Reach season 2 starts July 3", "", release(V, "2026-07-03")),
    _p("release", "Vanta Reach season 2 starts July 3 with new characters and a new studio", "",
       release(V, "2026-07-03")),
]
# Links to other stories after a label on one line: their headlines are not this page's news.
LINKED_STORIES = [
    _p("collision", "Weekly anime roundup", "Vanta Reach season 1 finished last week.\n"
       "More from Anime: Lumen Drift 2 launches November 13 | Tidebound season 2 premieres October 9", NOTHING),
    _p("collision", "This week in anime", "Vanta Reach season 1 finished last week.\n"
       "Read more: Tidebound season 3 is happening", NOTHING),
    _p("collision", "Anime news roundup", "Vanta Reach season 1 finished last week.\n"
       "Related Articles: Lumen Drift 2 launches November 13 • Tidebound season 2 premieres October 9", NOTHING),
    _p("release", "Tidebound season 2 premieres October 9",
       "The second season premieres October 9.\nRelated: Vanta Reach season 2 review", release(T, "2026-10-09")),
    _p("trailer", "Tidebound season 2", "Watch: the new Tidebound season 2 trailer", trailer(T)),
]
# The maker of a work on a sequel of nothing else speaks of the work's; a maker's next work, named, is announced.
MAKERS_ON_SEQUELS = [
    _p("announce", "Vanta Reach creator confirms a sequel is in production", "", announce(V)),
    _p("announce", "Tidebound director says season 2 is officially in production", "", announce(T)),
    _p("announce", "Lumen Drift studio Orsa announces a sequel", "", announce(L)),
    _p("collision", "Vanta Reach creator announces a new anime series", "", NOTHING),
    _p("collision", "Vanta Reach director confirms a sequel to Nightjar Coast", "", NOTHING),
    _p("collision", "Vanta Reach director to helm the Nightjar Coast sequel", "", NOTHING),
    _p("collision", "Tidebound composer confirms a sequel to her album", "", NOTHING),
    _p("hedge", "Vanta Reach creator says a sequel could happen", "", NOTHING),
    _p("announce", "Studio Arvo's next project is a Vanta Reach sequel", "", announce(V)),
    _p("announce", "Halden's next film will be a Tidebound sequel", "", announce(T)),
    _p("announce", "Orsa's next game is Lumen Drift 3", "", announce(L)),
    _p("hedge", "Orsa's next game could be Lumen Drift 3", "", NOTHING),
]
# Dates as news writes them: a month cut short with a period ("Oct. 9", which ends no sentence), in
# figures year first, "coming later this year".
SHORT_AND_FIGURE_DATES = [
    _p("release", "Tidebound season 2 premieres Oct. 9", "", release(T, "2026-10-09")),
    _p("release", "Tidebound's second season", "Tidebound season 2 premieres Sept. 4 on Crunchyroll. The studio confirmed the date.",
       release(T, "2026-09-04")),
    _p("delay", "Lumen Drift 2 slips to Jan. 15, 2027", "", delay(L, "2027-01-15")),
    _p("release", "Vanta Reach season 2 premieres 2026-10-09", "", release(V, "2026-10-09")),
    _p("release", "『ミラージュ戦記』第2期 2026/10/02 放送開始", "", release(JM, "2026-10-02")),
    _p("release", "『星屑キッチン』劇場版 2026.11.20 公開", "", release(JK, "2026-11-20")),
    _p("release", "Lumen Drift 2 is coming later this year, Orsa confirms", "", release(L, "2026")),
    _p("release", "Starfall Academy season 3 is coming next year", "", release(S, "2027")),
    _p("release", "Tidebound: The Movie is coming early next year", "", release(T, "2027")),
]
# Japanese: what others report or expect (と報じられた, 関係者によると, 見込み) and what will not happen
# (延期はない, 変更はありません, 延期しないと発表).
JAPANESE_REPORTS_AND_DENIALS = [
    _p("hedge", "『ミラージュ戦記』第2期は2026年11月放送予定と報じられた", "", NOTHING),
    _p("hedge", "関係者によると、『ミラージュ戦記』第2期は2026年11月放送予定", "", NOTHING),
    _p("hedge", "『ミラージュ戦記』第2期は2026年秋の放送が見込まれている", "", NOTHING),
    _p("hedge", "『星屑キッチン』劇場版、2026年12月公開の見込み", "", NOTHING),
    _p("negation", "『ミラージュ戦記』第2期の放送延期はないと発表", "", NOTHING),
    _p("negation", "『星屑キッチン』劇場版の公開日に変更はありません", "", NOTHING),
    _p("negation", "『星屑キッチン』劇場版、公開を延期しないと発表", "", NOTHING),
    _p("release", "『星屑キッチン』劇場版、10月9日公開。公開日に変更はありません", "", release(JK, "2026-10-09")),
    _p("release", "『ミラージュ戦記』第2期、2026年10月放送！これは絶対チェックしないと", "", release(JM, "2026-10")),
]
# A trailer shown long ago ("released last month", "months ago", 先月公開された) is no news; nor is the
# printed source's volume (manga, light novel, 単行本) an installment.
OLD_TRAILERS_AND_VOLUMES = [
    _p("recap", "Vanta Reach season 2 trailer breakdown: 10 details you missed",
       "The trailer, released last month, shows the new villain.", NOTHING),
    _p("recap", "Vanta Reach season 2 news", "The teaser that dropped months ago is still the only footage.", NOTHING),
    _p("trailer", "Vanta Reach season 2 news",
       "A new trailer for Vanta Reach season 2 was released on Friday. The first teaser came out last year.", trailer(V)),
    _p("trailer", "Vanta Reach season 2 trailer", "Studio Arvo released a new trailer today, a year after the first teaser.",
       trailer(V)),
    _p("recap", "『ミラージュ戦記』第2期", "先月公開されたPVでは新キャラクターが登場した。", NOTHING),
    _p("collision", "Korvin's Gate manga volume 12 release date set for July 3", "", NOTHING),
    _p("collision", "Korvin's Gate light novel volume 9 arrives in September", "", NOTHING),
    _p("collision", "『星屑キッチン』原作コミックス第12巻が7月3日発売", "", NOTHING),
    _p("release", "Korvin's Gate season 2 premieres July 3", "", release(K, "2026-07-03")),
]
# A date given up is a delay, not a negation: "will no longer launch in November", "won't open this year".
DATES_GIVEN_UP = [
    _p("delay", "Lumen Drift 2 will no longer launch in November", "It now arrives in January 2027.", delay(L, "2027-01")),
    _p("delay", "Lumen Drift 2 is no longer coming this year: the new date is March 5, 2027", "", delay(L, "2027-03-05")),
    _p("delay", "Tidebound: The Movie won't open this year", "", delay(T, None)),
    _p("delay", "Tidebound: The Movie slides from October into November", "", delay(T, "2026-11")),
    _p("negation", "Lumen Drift 2 won't launch until Orsa is happy with it", "", NOTHING),
    _p("negation", "There will not be a Tidebound season 3, Halden says", "", NOTHING),
    _p("negation", "Tidebound won't get a third season", "", NOTHING),
    _p("negation", "Lumen Drift 2 will not be a launch title for the new console", "", NOTHING),
]
# "Delayed until 2027" moves the date (not the end of a period); "shares a teaser" is one out.
UNTIL_AND_SHARES = [
    _p("delay", "Tidebound: The Movie Delayed Until 2027", "", delay(T, "2027")),
    _p("delay", "Lumen Drift 2 pushed back until March 2027", "", delay(L, "2027-03")),
    _p("collision", "Lumen Drift 2 beta runs until March 2027", "", NOTHING),
    _p("collision", "Tidebound season 1 streams free until October 9", "", NOTHING),
    _p("trailer", "Tidebound Season 2 Shares Teaser Ahead of October Premiere", "", trailer(T) + release(T, "2026-10")),
    _p("trailer", "Halden shares a new teaser for Tidebound: The Movie", "", trailer(T)),
    _p("trailer", "Tidebound season 2 shows off its first trailer", "", trailer(T)),
    _p("collision", "Fans share their favourite moments from the Tidebound trailer", "", NOTHING),
]
# Right after the story promises the topic's date, the cast returning on a date is the topic's release:
# characters have capitals too. A turn to other news, or another show named as such, is not.
CAST_RETURNS = [
    _p("release", "Vanta Reach season 2 gets a date", "The Harlows return on October 9, the studio said.",
       release(V, "2026-10-09")),
    _p("release", "Vanta Reach season 2 has a premiere date", "Ilo and Mara are back on October 9.", release(V, "2026-10-09")),
    _p("release", "Vanta Reach season 2 is dated",
       "Studio Arvo has finally set a date for the second season. The Harlows return on October 9, the studio said.",
       release(V, "2026-10-09")),
    _p("collision", "Vanta Reach season 2 gets a date at last", "Meanwhile, Skyreach Saga returns on October 9.", NOTHING),
    _p("collision", "Vanta Reach season 2 sets a date",
       "Nightjar Coast, the studio's other show, returns on October 9.", NOTHING),
    _p("collision", "Vanta Reach season 2 still has no date", "The Harlows return on October 9 in the stage play.", NOTHING),
]
# What a cue governs: the rights to adapt are no adaptation until it is said one will be made; a name
# before "and will ..." is no word qualifying a noun; an artbook is no installment; "comes to" releases.
GOVERNED = [
    _p("announce", "Halden has acquired the rights to Tidebound and will adapt it as a film", "", announce(T)),
    _p("collision", "Halden bought the rights to adapt Tidebound", "", NOTHING),
    _p("release", "Tidebound season 2 comes to Netflix on July 3", "", release(T, "2026-07-03")),
    _p("collision", "Lumen Drift 2 artbook launches September 1", "", NOTHING),
    _p("collision", "Vanta Reach voice cast starts recording in spring", "", NOTHING),
]
# Whose trailer: another title right before the noun owns it, not the watched work it teases; an
# occasion ("Anime Expo trailer") owns nothing; a director's possessive after "for" qualifies the work.
OTHERS_TRAILERS = [
    _p("collision", "New Nightjar Coast trailer teases a Vanta Reach crossover", "", NOTHING),
    _p("collision", "Nightjar Coast's new trailer has a Tidebound cameo", "", NOTHING),
    _p("collision", "Watch the first trailer for Nightjar Coast, featuring a Vanta Reach cameo", "", NOTHING),
    _p("trailer", "Crunchyroll shares the Vanta Reach season 2 trailer", "", trailer(V)),
    _p("trailer", "Vanta Reach season 2: from the expo", "Anime Expo trailer shows the new villain.", trailer(V)),
    _p("trailer", "Vanta Reach season 2: at the awards", "The Game Awards trailer shows the new villain.", trailer(V)),
    _p("trailer", "Vanta Reach season 2: the festival", "The Anime Fest's trailer shows the new villain.", trailer(V)),
    _p("trailer", "Vanta Reach: a first look", "Studio Arvo put out a first teaser of the second season on Friday.",
       trailer(V)),
    _p("trailer", "Halden drops a debut teaser for Ilo Mar's Tidebound 2", "", trailer(T)),
    # The watched name's own subtitle or numeral, in capitals, is no other title.
    _p("trailer", "New Lumen Drift: Ashfall trailer is out now", "", trailer(L)),
    _p("trailer", "New Tidebound: Part Two trailer shows the flooded city", "", trailer(T)),
    # A past year in the clause is the old work's, not when the trailer was shown.
    _p("trailer", "Lumen Drift remaster revealed",
       "Orsa today announced a remaster of the 2009 game Lumen Drift, and its reveal trailer aired at the showcase.",
       announce(L) + trailer(L)),
]
# A return to a new installment, and "on the way"; "S3" for season 3. Not a return to a chart or a stage.
RETURNS = [
    _p("announce", "Starfall Academy will be back for season 3", "", announce(S)),
    _p("announce", "Starfall Academy is returning for a third season", "", announce(S)),
    _p("announce", "A third season of Starfall Academy is officially on the way", "", announce(S)),
    _p("announce", "Starfall Academy S3 confirmed!", "", announce(S)),
    _p("release", "Starfall Academy S3 premieres October 9", "", release(S, "2026-10-09")),
    _p("negation", "Starfall Academy is not returning for a third season", "", NOTHING),
    _p("question", "Is Starfall Academy returning for a third season?", "", NOTHING),
    _p("collision", "Starfall Academy returns for one night only at the festival", "", NOTHING),
    _p("collision", "Our reporter is on the way to the Tidebound panel", "", NOTHING),
    _p("collision", "Starfall Academy returns to Netflix's top 10", "", NOTHING),
]
# A date set in a seller's words ("will be available November 13", "locks in November 13"); a trailer
# named for its occasion that "will premiere next week" is not out yet.
SELLERS_WORDS = [
    _p("release", "Lumen Drift 2 will be available November 13", "", release(L, "2026-11-13")),
    _p("release", "Orsa locks in November 13 for Lumen Drift 2", "", release(L, "2026-11-13")),
    _p("release", "Orsa has locked in November 13 as the Lumen Drift 2 launch date", "", release(L, "2026-11-13")),
    _p("collision", "Lumen Drift 2 is now available on all platforms", "", NOTHING),
    _p("collision", "Tidebound season 2 tickets are available from July 3", "", NOTHING),
    _p("collision", "Orsa locks in a partnership with Halden for Lumen Drift 2 marketing", "", NOTHING),
    _p("trailer", "Lumen Drift 2 launch trailer is here", "", trailer(L)),
    _p("recap", "Lumen Drift 2 launch trailer will premiere next week", "", NOTHING),
]

# The day the news was told, right after the verb of telling ("the network said Tuesday"): no series
# named like the weekday.
TOLD_ON_A_DAY = [
    _p("release", "Tidebound season 2 premieres August 14",
       "The second season of Tidebound will premiere on August 14, the network said Tuesday.", release(T, "2026-08-14")),
    _p("announce", "Orsa confirms Lumen Drift 2", "Orsa confirmed Tuesday that Lumen Drift 2 is in development.",
       announce(L)),
    _p("delay", "Vanta Reach 2 delayed", "Quillmoor delayed Vanta Reach 2 late Tuesday night, without a new date.",
       delay(V, None)),
    _p("collision", "See you Tuesday: new trailer schedule for summer films",
       "Studios will release trailers for Nightjar Coast and others on Tuesday.", NOTHING),
]
# A year said in words after the day, month or season: "January 8 next year" is one date.
YEAR_IN_WORDS = [
    _p("release", "Tidebound season 2 premieres on January 8 next year", "", release(T, "2027-01-08")),
    _p("release", "Lumen Drift 2 launches March 3 next year, Orsa says", "", release(L, "2027-03-03")),
    _p("release", "Korvin's Gate 3 is coming in February next year", "", release(K, "2027-02")),
    _p("release", "Vanta Reach 2 arrives in spring next year", "", release(V, "2027-spring")),
    _p("delay", "Tidebound season 2 pushed back to January",
       "The second season, which was set to premiere in October, will now debut on January 8 next year.",
       delay(T, "2027-01-08")),
]
# A window told by its ends or as a choice is the year they share; a run starts on its first day.
RANGES = [
    _p("release", "Korvin's Gate 3 will launch between March and May next year", "", release(K, "2027")),
    _p("release", "Lumen Drift 2 arrives in April or May 2027", "", release(L, "2027")),
    _p("release", "Vanta Reach 2 is due in the March-May 2027 window", "", release(V, "2027")),
    _p("release", "Tidebound season 2 airs July 10 through August 28", "", release(T, "2026-07-10")),
]
# The maker named by its work speaks of "its sequel": the work's. Not the maker's new work.
MAKERS_BEHIND = [
    _p("release", "Quillmoor's next game dated",
       "The studio behind Vanta Reach said its sequel will launch on March 2, 2027.", release(V, "2027-03-02")),
    _p("announce", "A sequel is coming", "The makers of Lumen Drift confirmed a sequel on Friday.", announce(L)),
    _p("collision", "A new series from a famous studio", "The studio behind Vanta Reach and Tidebound unveiled a new series.",
       NOTHING),
    _p("collision", "The Lumen Drift team's next game",
       "The team behind Lumen Drift is back with a new game, Nightjar Coast, out in May.", NOTHING),
]
# 〜ことが発表された whose content is the start of a broadcast or a sale: the date was announced.
JAPANESE_STARTS_ANNOUNCED = [
    _p("release", "『星屑キッチン』第2期が10月より放送開始となることが発表された", "", release(JK, "2026-10")),
    _p("release", "劇場版『星屑キッチン』は2027年に公開されることが発表された", "", release(JK, "2027")),
    _p("release", "『ミラージュ戦記』続編が2027年3月18日に発売されることが決定した", "", release(JM, "2027-03-18")),
    _p("announce", "『星屑キッチン』第2期の制作が発表された", "", announce(JK)),
]
# A post set like a poster: the installment on a line, its date on the next, or both parted by a dash.
POSTER_POSTS = [
    _p("release", "@netflix Tidebound Season 2. July 24. Only on Netflix.", "", release(T, "2026-07-24")),
    _p("release", "@orsa Lumen Drift 2. March 12, 2027. Pre-order now.", "", release(L, "2027-03-12")),
    _p("release", "@orsa Lumen Drift 2 — March 12, 2027", "", release(L, "2027-03-12")),
    _p("release", "@keld Tidebound Season 2: July 24", "", release(T, "2026-07-24")),
    _p("recap", "@fan Tidebound season 1. March 4. What a night.", "", NOTHING),
    _p("question", "@fan Tidebound season 2. July 24?", "", NOTHING),
]

# Whole stories, headline and body, as outlets and accounts write them: page noise, attributions,
# background paragraphs. Written in one go, before the fixes of the round that added them.
ARTICLES = [
    # announcements
    _p("announce", "Vanta Reach is getting a sequel",
       "Developer Quillmoor has confirmed that a follow-up to last year's hit is in development. "
       "The studio shared the news during its annual showcase on Friday. No platforms or release window were given.",
       announce(V)),
    _p("announce", "Netflix renews Tidebound for a second season",
       "The streamer announced the renewal on Thursday, two weeks after the first season debuted. "
       "Showrunner Ada Pell will return. Production is expected to begin later this year.",
       announce(T)),
    _p("announce", "It's official: Korvin's Gate 3 is happening",
       "Publisher Halden Interactive made it official at its investor briefing. "
       "'We are hard at work on the next chapter,' CEO Mara Dunn said.",
       announce(K)),
    _p("announce", "Starfall Academy anime gets second season",
       "The official website for the television anime of Ren Oda's manga announced on Saturday that the series is getting a second season. "
       "The first season aired from January to March.",
       announce(S)),
    _p("announce", "A new Hollow Lantern game is in the works",
       "Emberlight Studio posted a job listing last month, and today the studio confirmed the project is a new Hollow Lantern title. "
       "It is being built in a new engine.",
       announce(H)),
    _p("announce", "Grimhold film adaptation greenlit at Pellucid Pictures",
       "Pellucid Pictures has greenlit a live-action adaptation of the horror game, with Tomas Reyes attached to direct. "
       "Filming starts in the autumn.",
       announce(G)),
    # release dates in article shape
    _p("release", "Lumen Drift 2 release date revealed",
       "Lumen Drift 2 will launch on September 17 for PC and consoles, publisher Orsa announced today. "
       "Pre-orders open next week.",
       release(L, "2026-09-17")),
    _p("release", "Tidebound season 2 premiere date set",
       "The second season of Tidebound will premiere on August 14, the network said Tuesday. "
       "All eight episodes will drop at once.",
       release(T, "2026-08-14")),
    _p("release", "Korvin's Gate 3 arrives this November",
       "Halden Interactive has dated its sequel: the game comes out November 5. "
       "A collector's edition will also be available.",
       release(K, "2026-11-05")),
    _p("release", "Starfall Academy Season 2 Set for October Premiere",
       "The anime's second season will begin airing in October, according to a new visual posted on the official site.",
       release(S, "2026-10")),
    _p("release", "Mirage Chronicle anime to air in January 2027",
       "The television anime adaptation of the light novel series will premiere in January 2027 on Tokyo MX.",
       release(JM, "2027-01")),
    # delays
    _p("delay", "Lumen Drift 2 has been delayed",
       "Orsa has pushed Lumen Drift 2 back to early next year. The game was originally due out in October. "
       "'We need a little more time to polish it,' the studio wrote on social media.",
       delay(L, "2027")),
    _p("delay", "Korvin's Gate 3 slips to 2027",
       "In its quarterly earnings report, Halden Interactive said the sequel will now release in fiscal 2027 rather than this year.",
       delay(K, "2027")),
    # trailers
    _p("trailer", "Watch the new Vanta Reach 2 trailer",
       "Quillmoor released a new trailer for Vanta Reach 2 on Wednesday, showing off the game's open world. "
       "The sequel is still without a release date.",
       trailer(V)),
    _p("trailer", "Tidebound season 2 teaser reveals first look",
       "Netflix dropped a teaser for the second season on Friday.",
       trailer(T)),
    _p("trailer", "First Grimhold movie trailer is terrifying",
       "Pellucid Pictures has released the first trailer for its Grimhold adaptation, and it looks every bit as grim as the games.",
       trailer(G)),
    # combined
    _p("release", "Hollow Lantern Tactics launches March 3 with new trailer",
       "Emberlight Studio announced a March 3, 2027 release date for the strategy spin-off alongside a new gameplay trailer.",
       release(HT, "2027-03-03") + trailer(HT)),
    # traps: rumours, leaks, hopes
    _p("hedge", "Vanta Reach sequel reportedly in development",
       "According to sources familiar with the project, Quillmoor has begun early work on a sequel. "
       "The studio did not respond to a request for comment.",
       NOTHING),
    _p("hedge", "Insider claims Lumen Drift 2 will launch in September",
       "A well-known leaker says the game is set for September. Orsa has not announced a date.",
       NOTHING),
    _p("hedge", "Tidebound creator hopes to make a second season",
       "'I would love to come back to this world,' Ada Pell told us. Netflix has not renewed the show.",
       NOTHING),
    _p("hedge", "Korvin's Gate 3 could be revealed next month, fans think",
       "A cryptic post from the studio has fans convinced a reveal is near.",
       NOTHING),
    # negations
    _p("negation", "Starfall Academy season 2 still has no release date",
       "Six months after the announcement, the studio has yet to share when the new season will air.",
       NOTHING),
    _p("negation", "Orsa denies Lumen Drift 2 delay rumours",
       "The publisher says the game remains on track, without giving a date.",
       NOTHING),
    # recaps / past
    _p("recap", "Tidebound season 1 review: a bold debut",
       "Tidebound premiered on Netflix on March 4. The show was announced in 2024 and stars Lena Ross.",
       NOTHING),
    _p("recap", "Vanta Reach sold 3 million copies in its first week",
       "The game launched on May 21 and has already become Quillmoor's biggest release.",
       NOTHING),
    # collisions
    _p("collision", "Brine shrimp farms face heat wave losses",
       "Farmers across the coast reported losses as water temperatures rose.",
       NOTHING),
    # franchise in body only, continuation
    _p("announce", "Quillmoor confirms sequel to its breakout hit",
       "Vanta Reach, the studio's open-world adventure, is getting a sequel. The studio confirmed it on Friday.",
       announce(V)),
    _p("release", "Netflix sets summer dates for returning shows",
       "Tidebound season 2 arrives on July 10. Other returning shows will be announced later.",
       release(T, "2026-07-10")),
    # Japanese articles
    _p("announce", "『星屑キッチン』TVアニメ第2期の制作が決定",
       "人気漫画を原作とするTVアニメ『星屑キッチン』の第2期制作決定が発表された。放送時期は未定。",
       announce(JK)),
    _p("release", "『ミラージュ戦記』アニメ、2027年4月より放送開始",
       "TVアニメ『ミラージュ戦記』が2027年4月より放送されることが決定した。あわせてキービジュアルが公開された。",
       release(JM, "2027-04")),
    _p("delay", "『星屑キッチン』第2期、放送延期を発表",
       "TVアニメ『星屑キッチン』第2期の放送が、2026年7月から2026年10月に延期されることが発表された。制作スケジュールの都合によるもの。",
       delay(JK, "2026-10")),
    _p("trailer", "『ミラージュ戦記』第2弾PV公開",
       "TVアニメ『ミラージュ戦記』の第2弾PVが公開された。",
       trailer(JM)),
    _p("hedge", "『星屑キッチン』第3期はあるのか？",
       "ファンの間で第3期を期待する声が高まっている。",
       NOTHING),
    # page noise around the story
    _p("page", "Vanta Reach 2 Gets a Release Date",
       "By Jo Marsh | May 30, 2026\n\nAdvertisement\n\nQuillmoor has announced that Vanta Reach 2 will release on February 11, 2027.\n\n"
       "Related: The best open-world games of 2025\n\nShare this article",
       release(V, "2027-02-11")),
    _p("page", "Tidebound Season 2 Trailer Teases A Darker Story",
       "Posted 2 hours ago\n\nNetflix has released the first full trailer for Tidebound season 2.\n\n"
       "Image: Netflix\n\nThe season premieres on July 24.",
       trailer(T) + release(T, "2026-07-24")),
    _p("page", "Korvin's Gate 3 Delayed Into 2027",
       "Halden Interactive has delayed Korvin's Gate 3, which was due this fall, into 2027.\n\n"
       "Sign up for our newsletter\n\nKorvin's Gate 2 launched in 2023 to strong reviews.",
       delay(K, "2027")),
    _p("page", "Everything We Know About Starfall Academy Season 2",
       "Starfall Academy season 2 was announced in March 2025. It premieres on October 3, the studio confirmed last week.\n\n"
       "The first season is streaming on Crunchyroll.",
       release(S, "2026-10-03")),
    # title case / caps
    _p("casing", "Lumen Drift 2 Is Officially In Development At Orsa", "", announce(L)),
    _p("casing", "GRIMHOLD MOVIE CONFIRMED FOR 2027", "", announce(G) + release(G, "2027")),
    _p("casing", "Hollow Lantern Tactics Will Launch On Switch In The First Half Of 2027", "", release(HT, "2027")),
    _p("casing", "@orsa_games LUMEN DRIFT 2 LAUNCHES SEPTEMBER 17. SEE YOU THERE!", "", release(L, "2026-09-17")),
    _p("casing", "Tidebound Creator Says Season 3 Is 'Possible' But Not Confirmed", "", NOTHING),
    # dates
    _p("dates", "Vanta Reach 2 is coming in mid-2027", "", release(V, "2027")),
    _p("dates", "Korvin's Gate 3 will launch between March and May next year", "", release(K, "2027")),
    _p("dates", "Tidebound season 2 lands in the fourth quarter of 2026", "", release(T, "2026")),
    _p("dates", "Starfall Academy season 2 premieres this fall", "", release(S, "2026-fall")),
    _p("dates", "Lumen Drift 2 hits stores on 17 September", "", release(L, "2026-09-17")),
    # hedges etc in bodies
    _p("hedge", "Lumen Drift 2 release date may have leaked",
       "A listing on a retailer's site suggests the game could launch on September 17. Orsa has not confirmed the date.",
       NOTHING),
    _p("hedge", "Tidebound season 2 rumored for August",
       "If the rumor is true, the season would premiere on August 14.", NOTHING),
    _p("negation", "Starfall Academy will not get a third season",
       "The studio said there are no plans to continue the series.", NOTHING),
    _p("negation", "Korvin's Gate 3 isn't coming this year",
       "Halden said on Friday that the game won't launch in 2026, but gave no new date.", delay(K, None)),
    _p("question", "When does Vanta Reach 2 come out?",
       "Quillmoor has not announced a release date for the sequel yet.", NOTHING),
    _p("recap", "Vanta Reach 2 review",
       "Vanta Reach 2, which launched on May 14, improves on the original in every way.", NOTHING),
    _p("recap", "Looking back at the Tidebound season 1 premiere",
       "When Tidebound premiered on March 4, 2025, few expected it to be a hit.", NOTHING),
    # which franchise
    _p("which", "Hollow Lantern Tactics gets a sequel",
       "Emberlight confirmed a follow-up to its strategy spin-off.", announce(HT)),
    _p("which", "Hollow Lantern 4 announced",
       "Emberlight also said Hollow Lantern Tactics will get a free update.", announce(H)),
    _p("which", "Brine Studios announces new game",
       "The Brine Studios team revealed a racing game on Friday.", NOTHING),
    _p("which", "Tidebound director's next film gets a trailer",
       "Ada Pell, who directed Tidebound, is back with a thriller, Nightjar Coast.", NOTHING),
    # continuation
    _p("continue", "Netflix renews its hit fantasy series",
       "Tidebound has been renewed for a second season. The new episodes arrive in 2027.",
       announce(T) + release(T, "2027")),
    _p("continue", "Quillmoor's next game dated",
       "The studio behind Vanta Reach said its sequel will launch on March 2, 2027. A trailer is also out now.",
       release(V, "2027-03-02") + trailer(V)),
    # Japanese
    _p("ja", "『ミラージュ戦記』TVアニメ化決定！2027年放送",
       "ライトノベル『ミラージュ戦記』のTVアニメ化が決定した。2027年に放送予定。",
       announce(JM) + release(JM, "2027")),
    _p("ja", "『星屑キッチン』第2期、10月より放送開始　ティザーPVも公開",
       "TVアニメ『星屑キッチン』第2期が10月より放送開始となることが発表された。あわせてティザーPVが公開された。",
       release(JK, "2026-10") + trailer(JK)),
    _p("ja", "『ミラージュ戦記』発売日が2027年3月18日に決定",
       "", release(JM, "2027-03-18")),
    _p("ja", "『星屑キッチン』第2期の放送は未定",
       "公式サイトによると、第2期の放送時期は現在のところ未定とのこと。", NOTHING),
    _p("ja", "『ミラージュ戦記』続編の噂",
       "続編が制作されているとの噂がネット上で広がっている。", NOTHING),
    _p("ja", "『星屑キッチン』2026年春に放送された第1期を振り返る",
       "", NOTHING),
    # posts
    _p("post", "@quillmoor We're excited to announce Vanta Reach 2! More soon.", "", announce(V)),
    _p("post", "@fan_account vanta reach 2 in 2027?? please quillmoor", "", NOTHING),
]

# Video put out in other words: "in a teaser posted on Monday", "uploaded a trailer", "streamed the PV".
VIDEO_PUT_OUT = [
    _p("trailer", "Tidebound season 2 news",
       "Netflix confirmed in a teaser posted on Monday that the season premieres on September 18.",
       trailer(T) + release(T, "2026-09-18")),
    _p("trailer", "Lumen Drift 2 footage", "Orsa uploaded a new trailer for Lumen Drift 2 to its channel.", trailer(L)),
    _p("trailer", "Starfall Academy season 2 PV", "The official site streamed the second PV on Saturday.", trailer(S)),
    _p("recap", "Vanta Reach 2 trailer", "The trailer, posted last month, has 10 million views.", NOTHING),
]
# A ranked list: an item led by its own title is about that title, not the item before; points under
# a story's topic stay the topic's.
RANKED_LISTS = [
    _p("release", "The 20 Most Anticipated Games of 2027",
       "1. Vanta Reach 2 (Quillmoor) - Release date: February 11, 2027\n\n2. Lumen Drift 2 (Orsa) - Release date: TBA\n\n"
       "3. Nightjar Coast (Halden) - Release date: March 2027", release(V, "2027-02-11")),
    _p("release", "Ten sequels to watch this fall",
       "1. Tidebound season 2 premieres on September 18.\n\n2. Nightjar Coast 2 follows on October 9.", release(T, "2026-09-18")),
    _p("release", "Tidebound season 2: the details",
       "Here is what Netflix announced:\n\n1. The season premieres on September 18.\n\n2. A teaser is out now.",
       release(T, "2026-09-18") + trailer(T)),
]
# "The fiscal year ending March 2027" bounds a company's year: no month of release.
FISCAL_YEARS = [
    _p("recap", "Vanta Reach 2 is planned for the fiscal year ending March 2027", "", NOTHING),
    _p("recap", "Halden: Korvin's Gate 3 launches in the fiscal year ending in March 2027", "", NOTHING),
    _p("recap", "Quillmoor results", "Vanta Reach 2 will ship within the financial year ending March 2027, the company said.",
       NOTHING),
]
# A headline gives each work its own verb after a comma: "delays A, dates B".
TWO_PREDICATES = [
    _p("delay", "Halden dates Vanta Reach 2, delays Lumen Drift 2 to 2027", "", delay(L, "2027")),
    _p("announce", "Netflix renews Tidebound, cancels Nightjar Coast", "", announce(T)),
    _p("release", "Orsa delays Nightjar Coast, sets Lumen Drift 2 for September 5", "", release(L, "2026-09-05")),
]
# A series renewed has a new season, whether or not the season is named.
RENEWALS = [
    _p("announce", "Netflix renews Tidebound", "", announce(T)),
    _p("announce", "Tidebound renewed at Netflix", "", announce(T)),
    _p("announce", "Netflix has renewed Starfall Academy", "", announce(S)),
    _p("collision", "Fans show renewed interest in Tidebound", "", NOTHING),
    _p("negation", "Netflix has not renewed Tidebound", "", NOTHING),
]
# A teaser's whole sentence: "Vanta Reach 2 is coming." (and a date on the next line).
IS_COMING = [
    _p("announce", "@quillmoor Vanta Reach 2 is coming. 2027.", "", announce(V) + release(V, "2027")),
    _p("announce", "@quillmoor Vanta Reach 2 is coming soon!", "", announce(V)),
    _p("announce", "Lumen Drift 2 is officially coming", "", announce(L)),
    _p("collision", "Winter is coming for Tidebound fans", "", NOTHING),
    _p("question", "Is Lumen Drift 2 coming?", "", NOTHING),
]
# A notice's humble voice: 放送を予定しておりました (the old date), 放送時期変更, 〜からの放送に変更.
JAPANESE_HUMBLE_NOTICES = [
    _p("delay", "TVアニメ『ミラージュ戦記』放送時期変更のお知らせ",
       "2026年7月より放送を予定しておりましたTVアニメ『ミラージュ戦記』は、制作上の都合により、2026年10月からの放送に変更させていただくこととなりました。",
       delay(JM, "2026-10")),
    _p("delay", "『ミラージュ戦記』",
       "2026年7月より放送を予定しておりましたTVアニメ『ミラージュ戦記』は、2026年10月からの放送に変更となりました。",
       delay(JM, "2026-10")),
    _p("delay", "『星屑キッチン』発売日変更のお知らせ", "『星屑キッチン』の発売日を2026年11月5日に変更いたします。",
       delay(JK, "2026-11-05")),
]
# Looking back: a retrospective tells of old delays and announcements.
RETROSPECTIVES = [  # and "A look back at the Lumen Drift delay saga" below
    _p("recap", "Vanta Reach retrospective: the road to the sequel", "Quillmoor first announced the sequel in 2024.",
       NOTHING),
    _p("recap", "Looking back at the Tidebound delays", "The series was delayed twice before its 2025 premiere.", NOTHING),
]
# More whole stories, written in one go before the fixes of the round that added them.
MORE_ARTICLES = [
    # long pages with several paragraphs
    _p("page", "Korvin's Gate 3 Preview: Hands-On With Halden's Ambitious Sequel",
       "I played three hours of Korvin's Gate 3 last week at Halden's offices.\n\n"
       "The sequel, which launches on October 22, builds on the combat of the first two games.\n\n"
       "Korvin's Gate 3 is coming to PC, PS5 and Xbox Series X|S.",
       release(K, "2026-10-22")),
    _p("page", "The 20 Most Anticipated Games of 2027",
       "1. Vanta Reach 2 (Quillmoor) - Release date: February 11, 2027\n\n"
       "2. Lumen Drift 2 (Orsa) - Release date: TBA\n\n"
       "3. Nightjar Coast (Halden) - Release date: March 2027",
       release(V, "2027-02-11")),
    _p("page", "Quillmoor earnings: Vanta Reach 2 on track for fiscal year",
       "In its earnings call on Thursday, Quillmoor reiterated that Vanta Reach 2 will launch in the fiscal year ending March 2027. "
       "The company also announced a new mobile title.",
       NOTHING),
    # multiple franchises in one story
    _p("multi", "Netflix reveals its fall lineup",
       "Tidebound season 2 premieres September 18. Starfall Academy season 2 follows on October 2. "
       "A third season of Vanta Reach is in development.",
       release(T, "2026-09-18") + release(S, "2026-10-02") + announce(V)),
    _p("multi", "Orsa delays Lumen Drift 2, dates Korvin's Gate remaster",
       "Lumen Drift 2 is now slated for 2027. Meanwhile, the Korvin's Gate remaster arrives on August 6.",
       delay(L, "2027") + release(K, "2026-08-06")),
    # quotes
    _p("quote", "Vanta Reach director teases sequel",
       "'I'd love to make a sequel someday,' director Ilo Mar told us. 'But nothing is planned.'",
       NOTHING),
    # rumour with confirmation later
    _p("update", "Lumen Drift 2 may be delayed, report says",
       "A report on Tuesday said Orsa was considering a delay.\n\nUpdate: Orsa has confirmed Lumen Drift 2 is delayed to March 2027.",
       delay(L, "2027-03")),
    # negated trailer
    _p("negation", "No Tidebound season 2 trailer at Netflix event",
       "Fans hoping for a first look at the new season left disappointed.", NOTHING),
    _p("negation", "Korvin's Gate 3 won't be at the showcase",
       "Halden said the sequel will not appear at next week's show.", NOTHING),
    # earlier date
    _p("earlier", "Vanta Reach 2 moved up to January",
       "Good news: Quillmoor has moved Vanta Reach 2 up from March to January 21, 2027.",
       release(V, "2027-01-21")),
    # trailers various
    _p("trailer", "Lumen Drift 2 Launch Trailer Shows Off New Worlds", "", trailer(L)),
    _p("trailer", "Starfall Academy season 2 gets first PV",
       "The anime's official site streamed the first promotional video on Saturday.", trailer(S)),
    _p("trailer", "Tidebound: Season 2 | Official Teaser | Netflix", "", trailer(T)),
    _p("recap", "Korvin's Gate 3 trailer coming at Summer Showcase",
       "Halden will show a new trailer at the June 8 event.", NOTHING),
    # announcements
    _p("announce", "Grimhold Is Getting a TV Series",
       "A television adaptation of the horror game is in the works at Pellucid, with the game's creator producing.",
       announce(G)),
    _p("announce", "Hollow Lantern remake revealed",
       "Emberlight unveiled a full remake of the original Hollow Lantern during its showcase.", announce(H)),
    _p("announce", "Starfall Academy creator's new manga gets anime",
       "Ren Oda's new series, Paper Comet, will get a television anime.", NOTHING),
    _p("announce", "Tidebound spin-off in the works",
       "Netflix is developing a prequel series set 300 years before the events of Tidebound.", announce(T)),
    # old dates / recaps
    _p("recap", "Tidebound season 2 review: the wait was worth it",
       "Tidebound season 2 premiered on May 22 on Netflix. All eight episodes are streaming now.", NOTHING),
    _p("recap", "A look back at the Lumen Drift delay saga",
       "Lumen Drift was first delayed in 2023, then again in 2024, before finally launching in March 2025.", NOTHING),
    # Japanese notices
    _p("ja", "TVアニメ『ミラージュ戦記』放送時期変更のお知らせ",
       "2026年7月より放送を予定しておりましたTVアニメ『ミラージュ戦記』は、制作上の都合により、2026年10月からの放送に変更させていただくこととなりました。",
       delay(JM, "2026-10")),
    _p("ja", "『星屑キッチン』劇場版、2027年公開決定",
       "TVアニメ『星屑キッチン』の劇場版の制作が決定し、2027年に公開されることが発表された。",
       announce(JK) + release(JK, "2027")),
    _p("ja", "『ミラージュ戦記』第2期ティザーPV公開、2027年1月放送開始",
       "", trailer(JM) + release(JM, "2027-01")),
    _p("ja", "『星屑キッチン』第1期、2026年4月に放送",
       "2026年4月に放送された第1期は大きな話題となった。", NOTHING),
    _p("ja", "『ミラージュ戦記』新作ゲーム、発売延期へ",
       "新作ゲーム『ミラージュ戦記 外伝』の発売が、2026年11月から2027年春に延期される。",
       delay(JM, "2027-spring")),
    # posts
    _p("post", "@orsa_games Lumen Drift 2 has been delayed to March 2027. Thank you for your patience.", "",
       delay(L, "2027-03")),
    _p("post", "@keld_studios The wait is over. Watch the official Tidebound season 2 trailer now.", "", trailer(T)),
    _p("post", "@gamer42 lumen drift 2 delayed AGAIN?? i'm done", "", NOTHING),
    _p("post", "@quillmoor Vanta Reach 2 is coming. 2027.", "", announce(V) + release(V, "2027")),
    # Title case tricky
    _p("casing", "Starfall Academy Season 2 Release Date, Trailer, Cast And Everything We Know", "", NOTHING),
    _p("casing", "Vanta Reach 2 Release Date Set For February 11, 2027", "", release(V, "2027-02-11")),
    _p("casing", "Why Tidebound Season 2 Needs To Fix Its Pacing", "", NOTHING),
    _p("casing", "Lumen Drift 2 Delay Confirmed: New Date Is March 12, 2027", "", delay(L, "2027-03-12")),
    # collisions
    _p("collision", "The Brine pools of the deep ocean", "Scientists mapped brine pools on the sea floor.", NOTHING),
    _p("collision", "Tuesday's box office: Nightjar Coast leads", "The film earned $5 million on Tuesday.", NOTHING),
    _p("collision", "Grim hold on the market", "Analysts say the company keeps a grim hold on prices.", NOTHING),
]
# A maker's own words in quotes confirm ("..., the studio wrote", "Orsa said: ..."); quoted words
# given to nobody, to a fan, a leaker or a pronoun stay a claim; a hedge inside the quote still hedges.
QUOTED_MAKERS = [
    _p("quote", "Tidebound showrunner on season 2",
       "'We start shooting season two in January,' Ada Pell said. 'It's going to be bigger.'", announce(T)),
    _p("quote", "Lumen Drift: the director on what comes next",
       '"We are making a sequel," director Jun Sato told reporters at the festival.', announce(L)),
    _p("quote", "Orsa on Vanta Reach 2",
       'In a statement, Orsa said: "Vanta Reach 2 launches worldwide on March 4, 2027."', release(V, "2027-03-04")),
    _p("quote", "Starfall Academy: the studio's word on season 3",
       "“Season 3 is in production,” the studio wrote on its blog.", announce(S)),
    _p("quote", "Korvin's Gate: what's next for the series",
       "“A sequel is in development,” said Halden president Mae Ito in an interview.", announce(K)),
    _p("quote", "Tidebound fans are restless", 'A fan account posted "Tidebound season 2 confirmed!!" on Sunday.',
       NOTHING),
    _p("quote", "Lumen Drift: the director dreams big",
       "\"I'd love to make a sequel someday,\" director Jun Sato said.", NOTHING),
    _p("quote", "Tidebound fans can't wait", '"Season 2 is coming," one Reddit user wrote.', NOTHING),
    _p("quote", "Vanta Reach: the producer on a second season", '"A second season? We\'ll see," the producer said.',
       NOTHING),
    _p("quote", "Starfall Academy: a leaker on season 3", '"Season 3 is in production," a leaker claimed on Sunday.',
       NOTHING),
    _p("quote", "Korvin's Gate poster spotted", 'Fans spotted a "Korvin\'s Gate 3 announced" banner at the expo.', NOTHING),
]
# A delay told as leaving its year or window: "pushes Lumen Drift 2 out of 2026", with the new date below or none.
OUT_OF_THE_YEAR = [
    _p("delay", "Orsa pushes Lumen Drift 2 out of 2026",
       "The publisher told investors on Thursday that the sequel is now planned for spring 2027.", delay(L, "2027-spring")),
    _p("delay", "Tidebound season 2 slips out of 2026", "", delay(T, None)),
    _p("delay", "Halden moves Korvin's Gate 3 out of its fall window", "The game will now launch in February 2027.",
       delay(K, "2027-02")),
    _p("delay", "Quillmoor bumps Vanta Reach 2 out of this year", "", delay(V, None)),
    _p("negation", "Korvin's Gate 2 sold out of its first print run in a day", "", NOTHING),
]
# Adapted or developed, in the passive: "is being adapted into an animated series".
BEING_ADAPTED = [
    _p("announce", "Vanta Reach is being adapted into an animated series",
       "Quillmoor has partnered with Studio Arvo on the show. No platform has been attached.", announce(V)),
    _p("announce", "Starfall Academy is being turned into a live-action film", "", announce(S)),
    _p("announce", "Korvin's Gate is being developed as a TV series at Keld", "", announce(K)),
    _p("recap", "Tidebound was adapted into a stage play in 2019", "", NOTHING),
    _p("question", "Could Lumen Drift be adapted into a movie?", "", NOTHING),
]
# An announcement dated by what came before it is background: "season 2 was confirmed just a month later".
CONFIRMED_LATER_ON = [
    _p("release", "Tidebound Season 2 Gets A Premiere Date",
       "Netflix set the second season for October 16. The show was renewed just weeks after its debut in 2025.",
       release(T, "2026-10-16")),
    _p("release", "Vanta Reach 2 gets a release date",
       "Vanta Reach 2 launches on March 18, 2027. The sequel was announced two years after the first game came out.",
       release(V, "2027-03-18")),
    _p("trailer", "Starfall Academy season 3 trailer is here",
       "Studio Arvo released the first trailer today. The season was confirmed shortly after the season 2 finale.",
       trailer(S)),
    _p("announce", "Lumen Drift 3 confirmed", "Orsa confirmed the sequel today, a week after the second game's launch.",
       announce(L)),
]
# What a maker revealed is another title, named right after the cue: not the topic's announcement.
REVEALED_ANOTHER = [
    _p("release", "Halden Showcase: All The Biggest Announcements",
       "The studio opened with a new trailer for Korvin's Gate 3, which is still on track for November 12. It also revealed "
       "Nightjar Coast, a new survival game from the team behind Brine.", trailer(K) + release(K, "2026-11-12")),
    _p("collision", "Halden's showcase recap", "Halden showed Korvin's Gate 3 again. It also announced Skyreach Saga, a new racing game.",
       NOTHING),
    _p("release", "Quillmoor's big night",
       "Vanta Reach 2 got a new date: March 18, 2027. Quillmoor then unveiled Ember Tactics, its first strategy game.",
       release(V, "2027-03-18")),
    _p("announce", "Orsa's showcase", "Lumen Drift was the star of the show. Orsa announced Lumen Drift 3 for PC and consoles.",
       announce(L)),
    _p("announce", "Netflix confirms Season 3 of Tidebound", "", announce(T)),
    _p("announce", "Orsa's big reveal", "Orsa announced Lumen Drift Zero, a full remake of the first game.", announce(L)),
]
# More things of a work a cue may reveal: its episode count, its runtime, its price.
MORE_THINGS_REVEALED = [
    _p("release", "Tidebound Season 2 Episode Count Revealed",
       "The second season of Tidebound will have ten episodes, Netflix confirmed. It premieres October 16.",
       release(T, "2026-10-16")),
    _p("negation", "Grimhold 2 runtime revealed", "Pellucid's sequel runs two hours and forty minutes.", NOTHING),
    _p("negation", "Vanta Reach 2 price and platforms confirmed", "The sequel costs $70 on PS5, Xbox and PC.", NOTHING),
    _p("announce", "Lumen Drift 3 revealed with first trailer", "", announce(L) + trailer(L)),
    _p("announce", "Vanta Reach season 2 unveiled alongside a teaser", "", announce(V) + trailer(V)),
    _p("announce", "Starfall Academy movie revealed via teaser trailer", "", announce(S) + trailer(S)),
    _p("trailer", "Korvin's Gate 3 reveals new trailer", "", trailer(K)),
]
# An outlet's report as the source of the news is no confirmation: "according to a report from ...".
REPORTED_BY_OUTLETS = [
    _p("hedge", "Lumen Drift Movie In The Works At Pellucid",
       "Pellucid is developing a film adaptation of Orsa's Lumen Drift, according to a report from The Wrap. Neither company "
       "has commented.", NOTHING),
    _p("hedge", "Tidebound spin-off in development at Netflix",
       "The streamer is developing a prequel series, per a report from Deadline.", NOTHING),
    _p("hedge", "Vanta Reach 2 delayed to 2027, report says", "", NOTHING),
    _p("hedge", "Grimhold 2 in the works", "Pellucid is developing a sequel, sources say.", NOTHING),
    _p("hedge", "Vanta Reach 2 delayed to 2027",
       "The sequel has slipped to 2027, Bloomberg reports, citing people familiar with the matter.", NOTHING),
    _p("delay", "Vanta Reach 2 delayed to 2027 by Quillmoor",
       "Quillmoor confirmed the delay on Monday, ending weeks of reports.", delay(V, "2027")),
    _p("announce", "Tidebound season 3 confirmed", "Netflix renewed the show on Monday, confirming a report from Deadline.",
       announce(T)),
    _p("ja", "『星屑キッチン』劇場版制作へ", "関係者によると、劇場版の制作が進んでいるという。", NOTHING),
    _p("announce", "Starfall Academy season 3 announced", "Studio Arvo confirmed the season in a report to shareholders.",
       announce(S)),
    _p("delay", "Korvin's Gate 3 delay confirmed",
       "Halden confirmed the report on Monday: the game now launches on March 3, 2027.", delay(K, "2027-03-03")),
]
# Who makes the work, as the subject: "Studio Arvo will produce the series, which premieres in 2027".
MAKERS_AS_SUBJECT = [
    _p("announce", "Korvin's Gate Anime Adaptation Announced",
       "Korvin's Gate is getting an anime. Studio Arvo will produce the series, which is set to premiere in 2027.",
       announce(K) + release(K, "2027")),
    _p("announce", "Tidebound prequel film announced",
       "Keld Pictures is producing the film, which opens in theaters in May 2027.", announce(T) + release(T, "2027-05")),
    _p("release", "Vanta Reach anime gets a date", "Studio Arvo will animate the show, which premieres in April 2027.",
       release(V, "2027-04")),
    _p("collision", "Skyreach Saga opens in May 2027", "Skyreach Saga, produced by Keld, opens in May 2027; Tidebound fans "
       "will recognise its cast.", NOTHING),
]
# The old plan told in the past, a verb between it and its date: 当初は2026年8月発売予定だったが.
JAPANESE_OLD_PLANS = [
    _p("ja", "『ミラージュ戦記』最新作の発売が延期に",
       "当初は2026年8月発売予定だったが、開発期間を延長し、2026年12月に発売する。", delay(JM, "2026-12")),
    _p("ja", "『星屑キッチン』劇場版の公開日変更", "2026年9月公開予定でしたが、2027年2月に公開いたします。",
       delay(JK, "2027-02")),
    _p("ja", "『星屑キッチン』第2期の放送延期", "もともと2026年7月放送予定だったが、2026年10月放送に変更となった。",
       delay(JK, "2026-10")),
    _p("ja", "『ミラージュ戦記』新作の発売日決定", "新作は2026年12月3日に発売予定。", release(JM, "2026-12-03")),
]
# A maker's post signs off with the release day: "See you on November 12."
SEE_YOU_ON = [
    _p("post", "@halden_games Korvin's Gate 3 has gone gold! See you on November 12.", "", release(K, "2026-11-12")),
    _p("post", "@quillmoor Vanta Reach 2 is done. See you all on March 18, 2027!", "", release(V, "2027-03-18")),
    _p("post", "@keld_studios Tidebound season 2: see you in October.", "", release(T, "2026-10")),
    _p("post", "@orsa_games See you in August at Gamescom! Lumen Drift 2 will be playable on the show floor.", "", NOTHING),
]
# A video's title names the trailer by its occasion: "Official Release Date Trailer", "Cinematic Trailer".
VIDEO_TITLES = [
    _p("trailer", "Vanta Reach 2 - Official Release Date Trailer",
       "Quillmoor\n\n1.2M views · 3 hours ago\n\nVanta Reach 2 launches February 11, 2027 on PS5, Xbox Series X|S and PC. "
       "Wishlist now!", trailer(V) + release(V, "2027-02-11")),
    _p("trailer", "Korvin's Gate 3 | Release Date Trailer", "", trailer(K)),
    _p("trailer", "Lumen Drift 2 - Cinematic Trailer", "", trailer(L)),
    _p("trailer", "Starfall Academy Season 3 - Main Trailer", "", trailer(S)),
    _p("trailer", "Tidebound season 2 release date trailer will premiere Friday", "", NOTHING),
]
# The maker as the subject, in its possessive ("Keld's survival sequel ...") or before "will release
# the remaster": who makes the work, not another title.
MAKERS_WORK = [
    _p("release", "Brine 2 gets an early access date", "Keld's survival sequel enters early access on August 4.",
       release("Brine", "2026-08-04")),
    _p("release", "Lumen Drift 2 dated", "Orsa's sequel arrives on March 12, 2027.", release(L, "2027-03-12")),
    _p("release", "Tidebound season 2 date news", "Netflix's fantasy drama returns on October 16.", release(T, "2026-10-16")),
    _p("collision", "Vanta Reach 2 news", "Quillmoor's other game, Nightjar Coast, arrives on May 5.", NOTHING),
    _p("announce", "Lumen Drift Remastered Announced For PS5 And Switch 2",
       "Orsa will release the remaster of the 2019 original later this year.", announce(L) + release(L, "2026")),
    _p("collision", "Vanta Reach 2 showcase", "Nightjar Coast will release in May, Quillmoor said.", NOTHING),
    _p("release", "Brine 2 Early Access Begins August 4",
       "Keld's survival sequel enters early access on Steam on August 4, with a full launch planned for 2027.",
       release("Brine", "2026-08-04", "2027")),
    _p("release", "Vanta Reach 2 hits early access in March", "", release(V, "2027-03")),
]
# A later regional release, told by who still waits for it: "the rest of the world gets it on September 9".
LATER_ELSEWHERE = [
    _p("release", "Lumen Drift 2 Is Out In Japan, Rest Of World Waits Until September",
       "Orsa's sequel launched in Japan on Thursday. Players elsewhere still get it on September 9, the publisher said.",
       release(L, "2026-09-09")),
    _p("release", "Starfall Academy film: North America gets it on March 5", "", release(S, "2027-03-05")),
    _p("release", "Tidebound season 2: fans will have to wait until 2027", "", release(T, "2027")),
    _p("negation", "Vanta Reach 2 owners get it on sale until May 3", "", NOTHING),
]
# A port is no installment: its date or its delay is no event of the work.
PORTS = [
    _p("delay", "Hollow Lantern: Ember Road Switch 2 Version Delayed",
       "Emberlight says the Switch 2 port needs more time and will now arrive in November.", NOTHING),
    _p("release", "Lumen Drift PC port arrives March 3", "", NOTHING),
    _p("release", "Korvin's Gate 2 Switch version out May 4", "", NOTHING),
    _p("release", "Vanta Reach 2 launches on PS5 and PC on February 11, 2027", "", release(V, "2027-02-11")),
]
# A date a work still has, after "remains" or "is": "remains scheduled for November 12" is no old date.
STILL_SCHEDULED = [
    _p("release", "Korvin's Gate 3 Director Leaves Halden Months Before Launch",
       "Game director Sam Otto has left the studio, Halden confirmed. Korvin's Gate 3 remains scheduled for November 12, "
       "and the company said the departure will not affect the launch.", release(K, "2026-11-12")),
    _p("release", "Vanta Reach 2 remains scheduled for February 11, 2027", "", release(V, "2027-02-11")),
    _p("release", "Lumen Drift 2 is still scheduled for March 12, 2027, Orsa says", "", release(L, "2027-03-12")),
    _p("delay", "Tidebound premiere moves",
       "The Tidebound premiere scheduled for October 16 has been pushed to December 4.", delay(T, "2026-12-04")),
]
# A weekday named for what happened on it: "the Tuesday stream", "Tuesday's showcase" (a watched title too).
DAYS_OF_SHOWS = [
    _p("release", "Tuesday Showcase Recap",
       "The Tuesday stream opened with a release date for Brine 2: October 20. Keld also showed a trailer.",
       release("Brine", "2026-10-20") + trailer("Brine")),
    _p("release", "Vanta Reach 2 gets March 18 date at Tuesday broadcast", "", release(V, "2027-03-18")),
    _p("announce", "Korvin's Gate 4 revealed", "The Tuesday presentation revealed Korvin's Gate 4.", announce(K)),
    _p("trailer", "Lumen Drift 2 trailer shown", "Orsa showed a new trailer for Lumen Drift 2 at its event.", trailer(L)),
]
# A day that has passed this year, given as the release date, is next year's: "gets a March 18 release date".
RELEASE_DATE_AHEAD = [
    _p("release", "Vanta Reach 2 gets a March 18 release date", "", release(V, "2027-03-18")),
    _p("release", "Lumen Drift 2 gets February 3 launch date", "", release(L, "2027-02-03")),
    _p("release", "Tidebound season 2 gets April 9 premiere date", "", release(T, "2027-04-09")),
    _p("recap", "Korvin's Gate 2 launched on its March 18 release date", "", NOTHING),
]
# A trailer still to come: "drops tomorrow", "premieres next week", "teased the trailer with a clip".
TRAILERS_TO_COME = [
    _p("trailer", "Tidebound Season 2 Trailer Drops Tomorrow", "Netflix teased the trailer with a short clip.", NOTHING),
    _p("trailer", "Lumen Drift 3 trailer premieres next week", "", NOTHING),
    _p("trailer", "Vanta Reach season 2 teaser debuts on Friday", "", NOTHING),
    _p("trailer", "Grimhold 2 trailer dropped today", "", trailer(G)),
    _p("announce", "Korvin's Gate 4 announced with a short teaser", "", announce(K) + trailer(K)),
]
# What a game or a show holds, revealed, is no new installment: "reveals new combat system", "Collector's Edition".
FEATURES_REVEALED = [
    _p("release", "Lumen Drift 2 Dev Diary Reveals New Combat System",
       "In the latest developer diary, Orsa detailed the sequel's combat ahead of its March 12, 2027 launch.",
       release(L, "2027-03-12")),
    _p("negation", "Korvin's Gate 3 Collector's Edition Revealed", "It includes a statue and an art book.", NOTHING),
    _p("negation", "Vanta Reach 2 unveils new game mode", "", NOTHING),
    _p("negation", "Starfall Academy season 3 reveals its villain", "", NOTHING),
    _p("release", "Vanta Reach 2 preview", "Quillmoor outlined the game's story ahead of its February 11, 2027 release.",
       release(V, "2027-02-11")),
    _p("release", "Tidebound season 2 villain news",
       "Netflix teased the new season's villain ahead of its October 16 premiere.", release(T, "2026-10-16")),
    _p("collision", "Vanta Reach 2 chart news", "Skyreach Saga topped the charts ahead of its May 3 launch.", NOTHING),
]
# A network's commitment in other words, and a delay in months: "officially a go", "needs a few more months".
COMMITMENTS_AND_MONTHS = [
    _p("announce", "Vanta Reach Live-Action Series Officially A Go At Prime Video",
       "Prime Video has given a series order to a live-action Vanta Reach show.", announce(V)),
    _p("announce", "Tidebound prequel lands a series order at Netflix", "", announce(T)),
    _p("post", "@halden_games We're sorry: Korvin's Gate 3 needs a few more months. New date coming soon.", "", delay(K, None)),
    _p("delay", "Lumen Drift 2 needs two more months", "Orsa now plans a May 2027 launch.", delay(L, "2027-05")),
]
# Who told it and where, after the statement: "..., Quillmoor confirmed during its June showcase."
TOLD_WHERE_AFTER = [
    _p("release", "Vanta Reach 2 release date confirmed",
       "Vanta Reach 2 launches on February 11, 2027, Quillmoor confirmed during its June showcase. The sequel was first "
       "announced in 2024.", release(V, "2027-02-11")),
    _p("release", "Lumen Drift 2 date news", "Lumen Drift 2 arrives March 12, 2027, Orsa announced at a fan event in Tokyo.",
       release(L, "2027-03-12")),
    _p("release", "Tidebound season 2 date", "Season 2 premieres October 16, Netflix revealed via its social channels.",
       release(T, "2026-10-16")),
    _p("announce", "Korvin's Gate news", "Halden confirmed at the event that Korvin's Gate 4 is in development.", announce(K)),
]
# A rumour answered, as the setting: "Responding to rumors, Halden said it is on track".
RUMOURS_ANSWERED = [
    _p("release", "Halden Confirms Korvin's Gate 3 Won't Be Delayed Again",
       "Responding to rumors, Halden said Korvin's Gate 3 is on track for its November 12 launch.", release(K, "2026-11-12")),
    _p("release", "Orsa denies Lumen Drift 2 delay",
       "Denying reports of a delay, Orsa said the sequel still launches March 12, 2027.", release(L, "2027-03-12")),
    _p("release", "Netflix on Tidebound season 2",
       "In response to speculation, Netflix said season 2 premieres October 16.", release(T, "2026-10-16")),
]
# Not in the works, headline style without "is": "Sequel Not In The Works, Studio Says".
NOT_IN_THE_WORKS = [
    _p("negation", "Starfall Academy Movie Sequel Not In The Works, Studio Says", "", NOTHING),
    _p("negation", "Tidebound season 3 not in development, Netflix says", "", NOTHING),
    _p("negation", "Vanta Reach 3 not planned for now", "", NOTHING),
]
# A game, a prequel or a reboot a franchise gets; a mode, a demo or a port it gets is none.
GETS_A_GAME = [
    _p("announce", "Hollow Lantern Gets A Prequel Game From Emberlight", "", announce(H)),
    _p("announce", "Korvin's Gate is getting a reboot", "", announce(K)),
    _p("negation", "Vanta Reach 2 gets a new game mode next week", "", NOTHING),
    _p("negation", "Lumen Drift 2 gets a game demo on Friday", "", NOTHING),
]
# What is announced is no installment when it is the subject before the cue: "Switch 2 Port Announced".
PORT_ANNOUNCED = [
    _p("negation", "Hollow Lantern Tactics 2 Switch 2 Port Announced", "", NOTHING),
    _p("negation", "Korvin's Gate 3 soundtrack album announced", "", NOTHING),
    _p("announce", "Tidebound season 3 announced at a fan event", "", announce(T)),
]
# Launch times and unlocks: "The game unlocks at midnight on November 12"; re-releases are none.
UNLOCKS_AND_RERELEASES = [
    _p("release", "Korvin's Gate 3 Launch Times Revealed", "The game unlocks at midnight local time on November 12.",
       release(K, "2026-11-12")),
    _p("release", "Vanta Reach 2 unlocks February 11, 2027 worldwide", "", release(V, "2027-02-11")),
    _p("release", "Grimhold Returns To Theaters For Halloween",
       "Pellucid is re-releasing its horror hit in theaters on October 30 for one week.", NOTHING),
    _p("release", "Starfall Academy film back in theaters August 7", "", NOTHING),
    _p("release", "Lumen Drift re-release set for May 2027 on Switch 2", "", NOTHING),
]
# A new installment named inside an anniversary's news: 10周年プロジェクト始動、新作アニメ制作決定.
ANNIVERSARY_NEWS = [
    _p("ja", "『星屑キッチン』10周年プロジェクト始動、新作アニメ制作決定", "記念イベントで発表された。", announce(JK)),
    _p("ja", "『ミラージュ戦記』20周年記念、シリーズ新作の開発が決定", "", announce(JM)),
    _p("announce", "Korvin's Gate 10th anniversary stream reveals Korvin's Gate 4", "", announce(K)),
    _p("ja", "『星屑キッチン』10周年記念イベント開催決定", "", NOTHING),
]
# Shows about a work, its last episode: no installment. "Quillmoor's Vanta Reach showcase airs June 10".
SHOWS_AND_FINALES = [
    _p("release", "Quillmoor Teases 'One More Thing' For Vanta Reach Showcase",
       "Quillmoor's Vanta Reach showcase airs June 10, and the studio promises a surprise.", NOTHING),
    _p("release", "Lumen Drift presentation set for June 20", "", NOTHING),
    _p("release", "Vanta Reach Season 2 Finale Date Announced", "The last episode of the season airs March 12, 2027.", NOTHING),
    _p("release", "Tidebound's final episode airs December 18", "", NOTHING),
    _p("announce", "Orsa Announced Lumen Drift III at Its Summer Showcase", "", announce(L)),
]
# The maker's expansion, a genre in capitals: "Emberlight's first expansion for the action RPG arrives on ...".
EXPANSIONS_OF_MAKERS = [
    _p("release", "Hollow Lantern: Ember Road DLC 'The Sunken Bell' Launches In September",
       "Emberlight's first expansion for the action RPG arrives on September 17.", release(H, "2026-09-17")),
    _p("release", "Korvin's Gate 3 expansion dated", "Halden's second expansion for the RPG launches on May 6, 2027.",
       release(K, "2027-05-06")),
    _p("release", "Vanta Reach 2 DLC news", "Quillmoor's story DLC for the MMO arrives on April 2, 2027.",
       release(V, "2027-04-02")),
]
# A trailer still to come at a time of day, or soon: "New trailer tomorrow at 9am PT!", 新PVは明日公開.
TRAILERS_AT_A_TIME = [
    _p("post", "@emberlight New trailer for Hollow Lantern Tactics 2 tomorrow at 9am PT!", "", NOTHING),
    _p("trailer", "Lumen Drift 3 teaser coming soon", "", NOTHING),
    _p("ja", "『星屑キッチン』第2期、新PVは明日公開", "", NOTHING),
    _p("trailer", "Vanta Reach 2 trailer out now", "Watch it below and stay tuned for more.", trailer(V)),
    _p("post", "@grimhold_movie Grimhold 2 first teaser drops Friday. 👁", "", NOTHING),
    _p("trailer", "Lumen Drift 3 trailer debuts Thursday", "", NOTHING),
    _p("trailer", "Starfall Academy season 3 teaser dropped Friday", "", trailer(S)),
    _p("trailer", "Tidebound film drops its first trailer and opens March 5, 2027", "",
       trailer(T) + release(T, "2027-03-05")),
]
# A move told from where it started: "moved the launch up from November 12".
MOVED_FROM_A_DATE = [
    _p("release", "Korvin's Gate 3 Arrives A Week Early On November 5", "Halden moved the launch up from November 12.",
       release(K, "2026-11-05")),
    _p("delay", "Lumen Drift 2 slips to May", "Orsa pushed the game back from March 12 to May 7, 2027.",
       delay(L, "2027-05-07")),
    _p("release", "Tidebound season 2 moved forward", "Netflix brought the premiere forward from November 6 to October 16.",
       release(T, "2026-10-16")),
]
# A label above the story (a category, a channel's name) and a credit line are no sections of it.
LABELS_ABOVE_THE_STORY = [
    _p("page", "『ミラージュ戦記』最新作、発売延期を発表",
       "2026年6月1日 ゲームニュース\n\n発売日は2026年11月19日から2027年2月18日に変更される。", delay(JM, "2027-02-18")),
    _p("page", "Vanta Reach 2 - Release Date Trailer",
       "Quillmoor\n\n1.2M views\n\nThe sequel launches February 11, 2027 on PS5, Xbox and PC.",
       trailer(V) + release(V, "2027-02-11")),
    _p("page", "Starfall Academy Season 3 Premiere Date Set",
       "Image credit: Studio Arvo\n\nThe third season premieres January 8, 2027, Studio Arvo announced.",
       release(S, "2027-01-08")),
    _p("page", "Tidebound season 2 news",
       "(Source: Netflix)\n\nThe new season premieres October 16.", release(T, "2026-10-16")),
    _p("page", "Lumen Drift 2 news",
       "Lumen Drift 2 launches March 12, 2027.\n\nOther news\n\nThe publisher also posted record profits.",
       release(L, "2027-03-12")),
]
# A thing of the work named right after the work: "Reveals Korvin's Gate 3 Box Art".
THINGS_AFTER_THE_NAME = [
    _p("release", "Halden Reveals Korvin's Gate 3 Box Art", "The cover shows the three heroes. The game is out November 12.",
       release(K, "2026-11-12")),
    _p("negation", "Orsa shows Lumen Drift 3 key art", "", NOTHING),
    _p("release", "Netflix reveals Tidebound season 2 premiere date", "It premieres October 16.", release(T, "2026-10-16")),
    _p("announce", "Quillmoor reveals Vanta Reach 3", "", announce(V)),
]
# A post's line of only an installment, then its news: "Season 3. It's happening. #Tidebound".
INSTALLMENT_LINES = [
    _p("post", "@netflix Season 3. It's happening. #Tidebound", "", announce(T)),
    _p("post", "@orsa_games 🎉 LUMEN DRIFT 3 🎉 Officially in development!", "", announce(L)),
    _p("post", "@keld_studios Tidebound Season 2. Officially confirmed.", "", announce(T)),
    _p("post", "@netflix Season 2. Streaming now. #Tidebound", "", NOTHING),
    _p("post", "@keld_studios Tidebound Season 2. Thank you for watching!", "", NOTHING),
]
# A numbered list of works to come, each with its date: "1. Starfall Academy Season 3 - January 2027".
LISTED_WITH_DATES = [
    _p("page", "10 Anime Sequels We Can't Wait For",
       "1. Starfall Academy Season 3 - January 2027\n2. Mirage Chronicle Season 2 - October 2026\n3. Skyreach Saga - TBA",
       release(S, "2027-01") + release(JM, "2026-10")),
    _p("page", "Most anticipated games of 2027",
       "1. Vanta Reach 2 - February 11, 2027\n2. Lumen Drift 2 - March 12, 2027",
       release(V, "2027-02-11") + release(L, "2027-03-12")),
    _p("page", "Best games of the decade", "1. Vanta Reach - 2021\n2. Korvin's Gate 2 - 2023", NOTHING),
    _p("page", "Our favourite moments", "1. Tidebound - the finale\n2. Lumen Drift - the first boss", NOTHING),
]
# A list of dates one a line, each heading its work, whatever the headline: "January 22: Tidebound season 3".
LINES_OF_DATES = [
    _p("page", "Netflix's fall slate so far",
       "Netflix has shared its first titles of the fall.\n\nSeptember 10: Quiet Hours (film)\n\n"
       "October 1: Tidebound season 3\n\nNovember 5: Starfall Academy season 2",
       release(T, "2026-10-01") + release(S, "2026-11-05")),
    _p("page", "What to play this autumn",
       "Here is what is coming.\n\nSeptember 9 - Vanta Reach 2\n\nOctober 14 - Lumen Drift: Nightfall",
       release(V, "2026-09-09") + release(L, "2026-10-14")),
    _p("page", "Korvin's Gate: a timeline",
       "How the series got here.\n\nMarch 2019: Korvin's Gate\n\nJune 2022: Korvin's Gate 2", NOTHING),
    _p("page", "Tidebound season 3 cast announced",
       "Netflix shared the cast list.\n\nMara Ode: Captain Ilse\n\nJun Sato: the Ferryman", NOTHING),
]
# A call to the reader, then the date, after a release promised without one: "Set sail February 11, 2027".
CALLS_WITH_A_DATE = [
    _p("post", "@orsa_games The Lumen Drift 2 release date trailer is here. Set sail February 11, 2027 \u2693", "",
       trailer(L) + release(L, "2027-02-11")),
    _p("post", "@quillmoor Vanta Reach 2 finally has a release date. Mark your calendars: October 9!", "",
       release(V, "2026-10-09")),
    _p("post", "@keld_studios Tidebound season 2 has a premiere date! Save the date: September 4.", "",
       release(T, "2026-09-04")),
    _p("post", "@keld_studios Tidebound season 2 has a date! Pre-orders for the box set open July 3.", "",
       NOTHING),
]
# A production step of a work the story says was announced before: casting news, not an announcement.
ANNOUNCED_BEFORE = [
    _p("announce", "Mara Ode joins the Vanta Reach series",
       "Mara Ode has joined the cast of the Vanta Reach live-action series, which begins filming in Lisbon next month. "
       "The series was announced last year.", NOTHING),
    _p("announce", "Lumen Drift movie starts shooting",
       "The Lumen Drift movie, first announced in 2024, begins shooting in Vancouver next month.", NOTHING),
    _p("announce", "Cameras roll on the Tidebound film",
       "Cameras are rolling on the Tidebound film in Iceland. Netflix announced the movie back in February.", NOTHING),
    _p("announce", "Starfall Academy season 3 begins production",
       "Production has begun on a third season of Starfall Academy, the studio announced today.", announce(S)),
]
# A one-word name opening a line under a line that ends with a capitalised word (a breadcrumb, a
# heading, a label): the word above is no part of the name ("News Tidebound").
UNDER_A_LINE = [
    _p("page", "Tidebound season 2 release date set",
       "Home > TV > News\n\nTidebound season 2 premieres on October 16, Netflix announced.", release(T, "2026-10-16")),
    _p("page", "Brine 2 dated for November",
       "Latest from Games\n\nBrine 2 launches November 5 on PC and consoles, publisher Keld said.", release("Brine", "2026-11-05")),
    _p("page", "Grimhold sequel in the works",
       "Posted in Anime\nGrimhold is getting a second season, the studio confirmed on Monday.", announce(G)),
    _p("page", "Lake Tidebound gets a sequel",
       "The horror film Lake Tidebound is getting a sequel, its studio said.", NOTHING),
]
# A port named after its work, and the music of a work: no installment comes out.
PORTS_AND_SCORES = [
    _p("release", "A Lumen Drift port is coming to Switch 2 on September 3", "", NOTHING),
    _p("release", "The Vanta Reach port arrives on phones October 1", "", NOTHING),
    _p("release", "Tidebound's score is coming to vinyl on August 8", "", NOTHING),
    _p("release", "The Korvin's Gate OST hits streaming services July 9", "", NOTHING),
    _p("release", "Lumen Drift 2 scores a September 3 release date", "", release(L, "2026-09-03")),
]
# A title after "beyond", "besides", "other than": what is told is something else.
BEYOND_A_TITLE = [
    _p("release", "Orsa teases a surprise for 2027",
       "Orsa has 'something special' planned for 2027 beyond Lumen Drift 2, its CEO said.", NOTHING),
    _p("release", "Netflix's fall dramas", "Besides Tidebound, Netflix has three new dramas premiering this fall.", NOTHING),
    _p("release", "Quillmoor's quiet year", "Other than Vanta Reach 2, Quillmoor has two smaller games scheduled for 2027.",
       NOTHING),
    _p("release", "Lumen Drift 2 adds co-op",
       "Beyond the main story, Lumen Drift 2 adds a co-op mode when it launches March 12, 2027.", release(L, "2027-03-12")),
]
# Its announcement told as an aside between commas, the news beside it: "Its adaptation, announced last year,
# premieres in October."
ASIDES_OF_THE_PAST = [
    _p("release", "The Tidebound manga ends its run",
       "The Tidebound manga wrapped up this week. Its anime adaptation, announced last year, premieres in October.",
       release(T, "2026-10")),
    _p("release", "Vanta Reach season 2 gets a month",
       "Vanta Reach season 2, which was announced in January, premieres in September.", release(V, "2026-09")),
    _p("release", "Lumen Drift 2 dated for the fall",
       "The sequel to Lumen Drift, first revealed in 2024, launches in November.", release(L, "2026-11")),
    _p("release", "Tidebound season 2 review",
       "Tidebound season 2, announced last year, premiered in May to strong reviews.", NOTHING),
]
# A post's hashtag names its work with the words run together: "#VantaReach".
HASHTAGS = [
    _p("post", "@keld_studios Season 2 is officially in production 🎬 #LumenDrift", "", announce(L)),
    _p("post", "@netflix Season 3. It's happening. #VantaReach", "", announce(V)),
    _p("post", "@orsa_games The new trailer is out now! #KorvinsGate", "", trailer(K)),
    _p("post", "@fanclub Season 2 when?? #VantaReachFanArt", "", NOTHING),
]
# The installment's own title set off by commas after it: "Lumen Drift's first expansion, Ashen Tide, launches ...".
TITLE_IN_APPOSITION = [
    _p("release", "Lumen Drift DLC dated", "Lumen Drift's first expansion, Ashen Tide, launches on September 22.",
       release(L, "2026-09-22")),
    _p("release", "Vanta Reach 2 story DLC date", "Vanta Reach 2's story DLC, The Quiet Bell, arrives October 8.",
       release(V, "2026-10-08")),
    _p("release", "Korvin's Gate season news", "Korvin's Gate's next season, Frostbite, premieres in November.",
       release(K, "2026-11")),
    _p("release", "Lumen Drift composer's album", "Lumen Drift's composer, Ada Pell, releases a new album on July 9.", NOTHING),
]
# A trailer told in the past tense of "gets": "Vanta Reach season 2 got a trailer."
GOT_A_TRAILER = [
    _p("trailer", "This week in trailers", "Vanta Reach season 2 got a trailer.", trailer(V)),
    _p("trailer", "Korvin's Gate 3 has gotten a teaser", "", trailer(K)),
    _p("trailer", "Tidebound season 2 finally got its teaser", "", trailer(T)),
    _p("trailer", "Tidebound season 1 got a trailer back in 2024", "", NOTHING),
]
# A post in lower case writes its months so too: "arrives october 16".
LOWER_CASE_MONTHS = [
    _p("post", "@keld_studios one more month. #Tidebound season 2 arrives october 16 on netflix", "",
       release(T, "2026-10-16")),
    _p("post", "@quillmoor", "vanta reach 2 is out march 12, 2027 🎉", release(V, "2027-03-12")),
    _p("post", "@orsa_games", "lumen drift 2 launches sept 9. see you there", release(L, "2026-09-09")),
    _p("post", "@vanta_fan", "replaying vanta reach, march 12 2024 was the best day", NOTHING),
]
# A remaster named after its work: "Brine Remastered" is Brine's, not a longer name.
REMASTERED = [
    _p("release", "Brine Remastered Release Date Announced",
       "Brine Remastered will launch on October 6, Keld announced today.", release("Brine", "2026-10-06")),
    _p("release", "Tidebound Remastered arrives this fall", "", release(T, "2026-fall")),
    _p("announce", "Grimhold Remastered announced for PS5 and PC", "", announce(G)),
]
# Who told it, after the statement: "Lumen Drift 2 launches September 3, publisher Orsa confirmed" dates the
# work; the confirmation's object is the date, not a new work.
TOLD_AFTER_THE_DATE = [
    _p("release", "Lumen Drift 2 launches September 3",
       "Lumen Drift 2 launches September 3 on PS5, publisher Orsa confirmed today.", release(L, "2026-09-03")),
    _p("release", "Vanta Reach season 2 premiere date",
       "Vanta Reach season 2 premieres October 9, Netflix announced on Monday.", release(V, "2026-10-09")),
    _p("release", "Tidebound 3 window", "Tidebound 3 arrives in 2027, the studio revealed at its showcase.",
       release(T, "2027")),
    _p("release", "Lumen Drift 2 launches September 3 on Switch 2",
       "Lumen Drift 2 launches September 3 on Switch 2, publisher Orsa confirmed in a Nintendo Direct today.",
       release(L, "2026-09-03")),
    _p("release", "Tidebound season 2 premiere set",
       "Tidebound season 2 premieres October 16, showrunner Ada Pell revealed in an interview.", release(T, "2026-10-16")),
    _p("announce", "Korvin's Gate 3 in development", "Korvin's Gate 3 is in development, Halden confirmed today.",
       announce(K)),
    _p("announce", "Vanta Reach 3 confirmed", "Vanta Reach 3 is happening, Quillmoor announced in a livestream.",
       announce(V)),
    _p("release", "Tidebound Season 2 Will Premiere in 2027, Netflix Confirms",
       "Netflix confirmed Tuesday that Tidebound season 2 will premiere in 2027.", release(T, "2027")),
    _p("release", "Lumen Drift 2 launch window",
       "Orsa announced this week that Lumen Drift 2 will launch in early 2027.", release(L, "2027")),
]
# A headline that asks and answers at once ("Delayed? No, ..."): no doubt on the story below it.
ANSWERED_HEADLINES = [
    _p("release", "Lumen Drift 2 Delayed? No, Orsa Says",
       "Orsa denied reports of a delay. The game remains on track for September 3.", release(L, "2026-09-03")),
    _p("release", "Is Tidebound Season 2 Delayed? Netflix Says No",
       "Netflix says season 2 still premieres October 16.", release(T, "2026-10-16")),
    _p("release", "Vanta Reach 2 Cancelled? Not So Fast",
       "Quillmoor says the game is still in development and launches in 2027.", release(V, "2027")),
    _p("hedge", "Is Korvin's Gate 3 Delayed?", "Fans think Korvin's Gate 3 will slip to 2027.", NOTHING),
    _p("hedge", "Tidebound Season 3? Netflix Won't Say", "Netflix declined to comment on a third season.", NOTHING),
]
# A piece about a trailer already out (a breakdown, what you missed): no trailer is released.
ABOUT_A_TRAILER = [
    _p("trailer", "Vanta Reach 2 Trailer Breakdown: Every Detail You Missed", "", NOTHING),
    _p("trailer", "Lumen Drift 2 trailer explained: what the ending means", "", NOTHING),
    _p("trailer", "10 Easter eggs in the new Tidebound season 2 trailer", "", NOTHING),
    _p("trailer", "Vanta Reach 2 gets a new trailer ahead of launch", "", trailer(V)),
]
# What is no installment, an aside between it and its verb: "Lumen Drift 2's 1.5 patch, adding co-op, arrives July 15".
ASIDE_AFTER_THE_THING = [
    _p("release", "Lumen Drift 2 patch 1.5 next week", "Lumen Drift 2's 1.5 patch, adding online co-op, arrives July 15.",
       NOTHING),
    _p("release", "Tidebound soundtrack dated", "The Tidebound soundtrack, featuring 30 tracks, is out August 3.", NOTHING),
    _p("release", "Vanta Reach 2 demo date", "Vanta Reach 2's free demo, which covers the first chapter, goes live on June 20.",
       NOTHING),
    _p("release", "Lumen Drift 2 gets a summer date", "Lumen Drift 2, the sequel to the 2021 hit, arrives July 15.",
       release(L, "2026-07-15")),
]
# What is announced is a date of an installment named by its number: "Netflix Announces Season 3 Premiere Date".
DATE_OF_A_NUMBERED_INSTALLMENT = [
    _p("release", "Tidebound Is Back: Netflix Announces Season 2 Premiere Date", "", NOTHING),
    _p("release", "Netflix reveals season 3 premiere date for Tidebound: October 16", "", release(T, "2026-10-16")),
    _p("release", "Quillmoor confirms Vanta Reach part 2 release date", "", NOTHING),
    _p("announce", "Netflix announces Tidebound season 3", "", announce(T)),
]
# 放送が…に始まることが発表: what was announced is the start, told with its own verb.
JAPANESE_STARTS_TOLD = [
    _p("release", "『星屑キッチン』第2期、2027年1月より放送",
       "TVアニメ『星屑キッチン』第2期の放送が2027年1月に始まることが発表された。", release(JK, "2027-01")),
    _p("release", "『ミラージュ戦記』劇場版、2027年春公開",
       "劇場版『ミラージュ戦記』の公開が2027年春にスタートすることが決定した。", release(JM, "2027-spring")),
    _p("announce", "『星屑キッチン』第3期制作決定", "TVアニメ『星屑キッチン』第3期の制作が決定したことが発表された。",
       announce(JK)),
]
# A start the notice says was planned is the old date, even with no new one: 1月からの放送を予定しておりましたが.
JAPANESE_PLANNED_STARTS = [
    _p("delay", "『星屑キッチン』第2期、放送延期",
       "TVアニメ『星屑キッチン』第2期は、2027年1月からの放送を予定しておりましたが、制作上の都合により放送を延期いたします。",
       delay(JK, None)),
    _p("delay", "『ミラージュ戦記』劇場版、公開延期",
       "2027年3月より公開を予定していた劇場版『ミラージュ戦記』は、公開を延期することになった。", delay(JM, None)),
    _p("release", "『星屑キッチン』第2期、2027年1月から放送", "TVアニメ『星屑キッチン』第2期は2027年1月から放送される。",
       release(JK, "2027-01")),
]
# A post's account spells a one-word name as its owner likes ("@brine_official"): no sign of an ordinary word.
ACCOUNTS_OF_ONE_WORD_NAMES = [
    _p("post", "@brine_official", "BRINE returns in January 2027.", release("Brine", "2027-01")),
    _p("post", "@grimhold_game", "Grimhold 2 launches March 3, 2027.", release(G, "2027-03-03")),
    _p("post", "@brine_fan", "brine shrimp are the best pets. got mine in january", NOTHING),
]
# A post's short lines between the promise of a date and the date: "POLAR returns." "Season 2, only on Netflix." "January 2027."
LINES_BETWEEN = [
    _p("post", "@netflix", "TIDEBOUND returns. Season 2, only on Netflix. October 2026.", release(T, "2026-10")),
    _p("post", "@quillmoor Vanta Reach 2 has a release date. Get ready. March 18, 2027.", "", release(V, "2027-03-18")),
    _p("post", "@keld_studios Tidebound is back. Season 2. Only on Netflix. October 16.", "", release(T, "2026-10-16")),
    _p("post", "@orsa_games Lumen Drift 2 has a release date. More news soon. Our studio turns 10 on May 3, 2027.", "",
       NOTHING),
]
# A maker's sign-off with the day right after "see you": "See you February 24."
SEE_YOU_THE_DAY = [
    _p("post", "@halden_games Korvin's Gate 3 has gone gold! Thank you all. See you November 24.", "",
       release(K, "2026-11-24")),
    _p("post", "@quillmoor Vanta Reach 2 is done. See you all October 9!", "", release(V, "2026-10-09")),
    _p("post", "@orsa_games See you at the expo in August!", "", NOTHING),
]
# Unnamed sources in the lead: "according to multiple sources", "people familiar with the plans".
UNNAMED_SOURCES = [
    _p("announce", "Tidebound prequel series in development",
       "Netflix is developing a prequel to Tidebound, according to multiple sources. Netflix declined to comment.", NOTHING),
    _p("announce", "Vanta Reach film in the works",
       "Quillmoor is working on a Vanta Reach film, people familiar with the plans said.", NOTHING),
    _p("announce", "Lumen Drift 3 in early development",
       "Lumen Drift 3 is in early development at Orsa, sources close to the studio say.", NOTHING),
]
# A printed volume is no installment: "the final volume goes on sale in February".
PRINTED_VOLUMES = [
    _p("release", "Tidebound manga ending in December",
       "The Tidebound manga will end in December. The final volume goes on sale in February.", NOTHING),
    _p("release", "Korvin's Gate novels", "The next volume of the Korvin's Gate novels arrives March 3.", NOTHING),
    _p("release", "Tidebound: Volume 2 premieres on Netflix October 16", "", release(T, "2026-10-16")),
]
# A rumour denied in the headline or the lead ("Delay Rumors Are False", "shot down rumors of a delay"): the
# story states the date.
RUMOURS_DENIED = [
    _p("release", "Lumen Drift 2 Delay Rumors Are False, Orsa Says",
       "Orsa has shot down rumors of a delay. The game still launches on September 3.", release(L, "2026-09-03")),
    _p("release", "Orsa Denies Lumen Drift 2 Delay Rumors", "The game is still on track for September 3, Orsa said.",
       release(L, "2026-09-03")),
    _p("negation", "Quillmoor shoots down Vanta Reach 3 rumors", "Quillmoor says it is not working on Vanta Reach 3.",
       NOTHING),
    _p("hedge", "Lumen Drift 2 delay rumors grow", "Fans think Lumen Drift 2 will slip to 2027.", NOTHING),
]
# Work on the film starting is no release: "filming only starts this summer".
WORK_STARTS = [
    _p("release", "Vanta Reach season 2 won't arrive until 2027",
       "Netflix says season 2 will not premiere until 2027, as filming only starts this summer.", release(V, "2027")),
    _p("release", "Korvin's Gate season 2: recording starts in April",
       "Voice recording starts in April, the studio said.", NOTHING),
    _p("release", "Starfall Academy season 3 won't premiere until next year",
       "Keld's Starfall Academy will not return until 2027, the network said, as production starts in May.",
       release(S, "2027")),
]
# A return with its date is the release, not the renewal: "will return for season 2 on June 4".
RETURNS_DATED = [
    _p("release", "Tidebound season 2 bows October 16", "Tidebound will return for season 2 on October 16.",
       release(T, "2026-10-16")),
    _p("release", "Vanta Reach is back in September", "Vanta Reach returns for season 2 in September.",
       release(V, "2026-09")),
    _p("announce", "Tidebound renewed", "Tidebound will return for a second season, Netflix announced.", announce(T)),
]
# Things of a work revealed, several at once or named before whose they are: "revealed its main staff and a new
# key visual", "A new key visual for Tidebound season 2 was revealed".
THINGS_OF_IT_REVEALED = [
    _p("announce", "Vanta Reach anime reveals staff",
       "The upcoming Vanta Reach TV anime revealed its main staff and a new key visual on Saturday.", NOTHING),
    _p("release", "Tidebound season 2 key visual",
       "A new key visual for Tidebound season 2 was revealed ahead of its October premiere.", release(T, "2026-10")),
    _p("announce", "Lumen Drift season 2 cast", "The cast for Lumen Drift season 2 was announced on Friday.", NOTHING),
    _p("announce", "Korvin's Gate season 2 revealed with a key visual", "", announce(K)),
]
# The date a work was last given is its old date: "last dated for September".
LAST_DATED = [
    _p("delay", "Lumen Drift 2 delayed again",
       "Lumen Drift 2, last dated for September, has been delayed again. No new date was given.", delay(L, None)),
    _p("delay", "Vanta Reach 2 slips", "Vanta Reach 2, last scheduled for October 9, has slipped to 2027.",
       delay(V, "2027")),
]
# "The delayed expansion now has a date": the delay was told before; the date is the news.
THE_DELAYED_WORK = [
    _p("release", "Lumen Drift 2 has a date", "The delayed Lumen Drift 2 now has a date: March 12, 2027.",
       release(L, "2027-03-12")),
    _p("release", "Vanta Reach 2 dated at last", "Vanta Reach 2, its delayed sequel, finally has a date: October 9.",
       release(V, "2026-10-09")),
    _p("delay", "Lumen Drift 2 delayed to March 12, 2027", "", delay(L, "2027-03-12")),
]
# A trailer's views are no new trailer: "the reveal trailer passed 20 million views".
TRAILER_VIEWS = [
    _p("trailer", "Vanta Reach 2 trailer passes 20 million views", "", NOTHING),
    _p("trailer", "Lumen Drift 2's reveal trailer is the most-watched of the show", "", NOTHING),
    _p("trailer", "Vanta Reach 2 Trailer: 5 Details You Missed",
       "The Vanta Reach 2 reveal trailer from the showcase hides more than it shows.", NOTHING),
    _p("trailer", "Tidebound season 2 trailer breakdown",
       "Netflix's first trailer for Tidebound season 2 packs in a lot. Here is what it shows.", NOTHING),
]
# Where the work was announced, told aside: "The remake, announced at the Summer Showcase, has no date yet."
ANNOUNCED_WHERE_ASIDE = [
    _p("announce", "Vanta Reach remake: what we know",
       "The Vanta Reach remake, announced at the Summer Showcase, does not have a release date yet.", NOTHING),
    _p("release", "Tidebound season 2 details",
       "Tidebound season 2, revealed during Netflix's Tudum event, premieres October 16.", release(T, "2026-10-16")),
    _p("announce", "Tidebound star teases season 2",
       "Tidebound lead Ada Pell promised surprises in the second season, which was renewed last week.", NOTHING),
    _p("release", "Vanta Reach season 2 premiere month",
       "Vanta Reach season 2, which was greenlit in January, premieres in September.", release(V, "2026-09")),
]
# A rumour put to rest after the news is its setting: ", putting an end to delay rumors".
RUMOURS_PUT_TO_REST = [
    _p("release", "Lumen Drift 2 date holds",
       "Orsa has confirmed that Lumen Drift 2 will launch on September 3, putting an end to delay rumors.",
       release(L, "2026-09-03")),
    _p("release", "Tidebound season 2 date holds",
       "Netflix says Tidebound season 2 still premieres October 16, laying to rest rumours of a delay.",
       release(T, "2026-10-16")),
]
# A colon, then a pronoun and its verb: a new clause ("isn't on this list: it arrives in October").
COLON_THEN_IT = [
    _p("release", "Five games out in June", "Vanta Reach 2 isn't on our June list: it arrives in October.",
       release(V, "2026-10")),
    _p("release", "Not out this month", "Lumen Drift 2 is not out this month: it launches September 3.",
       release(L, "2026-09-03")),
    _p("negation", "Tidebound season 2 update", "Tidebound season 2: it is not coming this year.", NOTHING),
]
# A season after "in the" is the coming one: "now premieres in the spring".
IN_THE_SEASON = [
    _p("release", "Vanta Reach season 2 this fall", "Vanta Reach season 2 premieres in the fall, Netflix says.",
       release(V, "2026-fall")),
    _p("release", "Lumen Drift 2 arrives in the spring", "", release(L, "2027-spring")),
    _p("recap", "Tidebound season 1 look back", "Tidebound season 1 premiered in the spring to strong reviews.", NOTHING),
]
# A leak or a rumour called true is the setting too: "Release Date Leak Was Real".
RUMOURS_CONFIRMED = [
    _p("release", "Lumen Drift 2 Release Date Leak Was Real",
       "Orsa has confirmed that Lumen Drift 2 launches September 3, the date that leaked last week.",
       release(L, "2026-09-03")),
    _p("announce", "The Vanta Reach 2 Rumors Were True", "Quillmoor confirmed Vanta Reach 2 is in development.",
       announce(V)),
    _p("release", "Tidebound season 2 date leak confirmed",
       "Netflix confirmed that Tidebound season 2 premieres October 16, the same date that leaked on Friday.",
       release(T, "2026-10-16")),
]
# A poster's lines, each a word: "Tidebound. Season 2. October 16."
POSTER_WORDS = [
    _p("post", "@netflix Tidebound. Season 2. October 16.", "", release(T, "2026-10-16")),
    _p("post", "@quillmoor Vanta Reach. Part 2. March 18, 2027.", "", release(V, "2027-03-18")),
    _p("post", "@keld_studios Tidebound. Coming soon.", "", NOTHING),
    _p("post", "@orsa_games Lumen Drift. 10 years ago today.", "", NOTHING),
]
# One episode, a demo or a trial is no installment; a season's first episode is its premiere.
EPISODES_AND_DEMOS = [
    _p("delay", "Starfall Academy Season 2 Episode 5 Delayed A Week", "The episode will now air on October 11.", NOTHING),
    _p("release", "Tidebound's next episode airs Sunday", "", NOTHING),
    _p("delay", "Vanta Reach season 2 delays this week's episode", "", NOTHING),
    _p("release", "Tidebound season 2's first episode airs October 16", "", release(T, "2026-10-16")),
    _p("release", "Hollow Lantern Tactics 2 Demo Arrives Next Week",
       "A free demo of the strategy sequel goes live on June 8. The full game launches February 25, 2027.",
       release(HT, "2027-02-25")),
    _p("release", "Lumen Drift 2 demo out now on PS5", "", NOTHING),
    _p("release", "Vanta Reach 2 free trial begins March 1", "", NOTHING),
    _p("release", "Korvin's Gate 3 launches November 12 with a demo out today", "", release(K, "2026-11-12")),
]
# A network's order, the work first: "Tidebound Spin-Off Ordered At Netflix", "ordered eight episodes of".
ORDERED = [
    _p("announce", "Tidebound Spin-Off Ordered At Netflix",
       "The streamer ordered eight episodes of the prequel, Tidebound: Origins.", announce(T)),
    _p("announce", "Netflix orders eight episodes of a Vanta Reach prequel", "", announce(V)),
    _p("announce", "Starfall Academy season 3 officially ordered", "", announce(S)),
    _p("announce", "Tidebound prequel series ordered at Netflix", "", announce(T)),
    _p("negation", "Fans ordered Korvin's Gate 3 preorders in record numbers", "", NOTHING),
]
# Work on the film starting is no release: "starts shooting in May" announces, it does not date a release.
PRODUCTION_STARTS = [
    _p("announce", "Starfall Academy season 3 starts shooting in May", "Keld confirmed the date on Monday.",
       announce(S)),
    _p("announce", "Tidebound 2 starts filming next month", "Halden shared a photo from the set.", announce(T)),
    _p("announce", "Vanta Reach season 2 begins production in January", "Quillmoor posted the news on Friday.",
       announce(V)),
    _p("announce", "Lumen Drift 2 starts voice recording in spring", "The voice cast was revealed on Friday.", NOTHING),
    _p("release", "Korvin's Gate season 2 starts in July", "Halden confirmed the date on Monday.",
       release(K, "2026-07")),
]

# What the cue revealed is a thing of the work (its date, its cast), not the work: no announcement.
THINGS_REVEALED = [
    _p("release", "Tidebound Season 2 Premiere Date Revealed By Netflix",
       "Netflix has revealed the premiere date for Tidebound season 2: the show returns on Friday, September 18.",
       release(T, "2026-09-18")),
    _p("release", "Orsa announced the release window of Lumen Drift 2: spring 2027", "", release(L, "2027-spring")),
    _p("collision", "Keld unveiled the cast of Tidebound season 2", "", NOTHING),
]
# After a passive cue comes no object but when or where it was told.
TOLD_WHERE = [
    _p("announce", "Starfall Academy season 3 confirmed ahead of season 2 finale", "", announce(S)),
    _p("announce", "Tidebound season 2 announced at a fan event", "", announce(T)),
    _p("announce", "Lumen Drift 2 revealed during anniversary stream", "", announce(L)),
    _p("collision", "Orsa confirmed a signing event for Lumen Drift 2", "", NOTHING),
]
# A move told of the work spoken of: "The season has been moved to January 8, 2027."
MOVES_CONTINUED = [
    _p("delay", "Korvin's Gate 3 needs more time", "Halden has moved the sequel from October 22 to February 4, 2027.",
       delay(K, "2027-02-04")),
    _p("delay", "Tidebound season 2 update", "The season has been moved to January 8, 2027.", delay(T, "2027-01-08")),
    _p("collision", "Vanta Reach 2 studio news", "Quillmoor is moving to a new office in May.", NOTHING),
]
# Another title that moves itself ("the Nightjar Coast film moves to May") is no move of the topic's.
OTHERS_MOVES = [
    _p("release", "Tidebound season 2 keeps its date",
       "Tidebound season 2 still premieres on September 18. Meanwhile, the Nightjar Coast film moves from December 2026 "
       "to May 2027.", release(T, "2026-09-18")),
    _p("release", "Tidebound season 2 holds its date",
       "Tidebound season 2 still premieres on September 18. A Nightjar Coast sequel shifts from March to August.",
       release(T, "2026-09-18")),
    _p("release", "Tidebound season 2 stays put",
       "Tidebound season 2 still premieres on September 18. The Brightwater series moves up to July 3.",
       release(T, "2026-09-18")),
]
# A person's credit names a work that is not the subject: "Mira Lund, who starred in Vanta Reach, ...".
CREDITS = [
    _p("collision", "Vanta Reach actor joins Nightjar Coast sequel",
       "Mira Lund, who starred in Vanta Reach, will appear in Nightjar Coast 2, out in May 2027.", NOTHING),
    _p("collision", "Tidebound director's new film",
       "The director of Tidebound has a new film, Nightjar Coast, opening March 5.", NOTHING),
    _p("release", "Lumen Drift 2 news", "Ilo Mar, who directed Lumen Drift, returns for Lumen Drift 2, out in May 2027.",
       release(L, "2027-05")),
]
# Work under way, in the maker's words: "is working on", "is developing", "has begun work on".
WORK_UNDER_WAY = [
    _p("announce", "Quillmoor is working on Vanta Reach 3, CEO says", "", announce(V)),
    _p("announce", "Halden has begun work on a Korvin's Gate sequel", "", announce(K)),
    _p("announce", "Keld is developing a Tidebound spin-off", "", announce(T)),
    _p("collision", "Quillmoor is working on a patch for Vanta Reach 2", "", NOTHING),
    _p("hedge", "Quillmoor is reportedly working on Vanta Reach 3", "", NOTHING),
]
# A part of a season without its year is the coming one; Europe writes a day first, with dots.
SEASON_PARTS_AND_DOTS = [
    _p("release", "Tidebound season 2 arrives late summer", "", release(T, "2026-summer")),
    _p("release", "Lumen Drift 2 launches in early fall", "", release(L, "2026-fall")),
    _p("release", "Vanta Reach 2 is due mid-spring", "", release(V, "2027-spring")),
    _p("release", "Vanta Reach 2 out 11.02.2027 in Europe", "", release(V, "2027-02-11")),
    _p("release", "@orsa_eu Lumen Drift 2 launches across Europe on 17.09.2026", "", release(L, "2026-09-17")),
]
# A game of the work that is not its installment: a board game, a tabletop version.
TABLETOP = [
    _p("collision", "Korvin's Gate board game coming in November",
       "A tabletop version of the series arrives from Quarry Games on November 10.", NOTHING),
    _p("collision", "A Grimhold tabletop RPG launches on Kickstarter in July", "", NOTHING),
]
# Whole stories of a third round, written in one go before its fixes.
THIRD_ROUND_ARTICLES = [
    # real-page furniture
    _p("page", "Lumen Drift 2 gets September release date - GameWire",
       "Home > News > Games\n\nJo Marsh\n\nJune 1, 2026 10:04 am\n\nLumen Drift 2 will be released on September 17, Orsa announced this morning.\n\n"
       "Tags: Orsa, Lumen Drift 2, RPG\n\nYou may also like: Lumen Drift review",
       release(L, "2026-09-17")),
    _p("page", "Starfall Academy Season 2 Announced",
       "Updated June 1, 2026\n\nThe official Starfall Academy account announced a second season on Sunday.\n\n"
       "(Image credit: Studio Arvo)\n\nThe first season ended in March.",
       announce(S)),
    _p("page", "Tidebound Season 2 Premiere Date Revealed By Netflix",
       "Netflix has revealed the premiere date for Tidebound season 2: the show returns on Friday, September 18.\n\n"
       "Read next: Tidebound season 1 ending explained",
       release(T, "2026-09-18")),
    # which franchise
    _p("which", "Hollow Lantern Tactics 2 announced",
       "Emberlight confirmed a sequel to its strategy game during the showcase.", announce(HT)),
    _p("which", "Hollow Lantern creator's next game is a racer",
       "Emberlight's new project, Neon Rally, launches on August 20.", NOTHING),
    _p("which", "Brine, the indie hit, gets a sequel",
       "The developers of Brine confirmed Brine 2 is in development.", announce("Brine")),
    _p("which", "Vanta Reach actor joins Nightjar Coast sequel",
       "Mira Lund, who starred in Vanta Reach, will appear in Nightjar Coast 2, out in May 2027.", NOTHING),
    # dates
    _p("dates", "Korvin's Gate 3 launches in early 2027", "", release(K, "2027")),
    _p("dates", "Tidebound season 2 arrives late summer", "", release(T, "2026-summer")),
    _p("dates", "Vanta Reach 2 out 11.02.2027 in Europe", "", release(V, "2027-02-11")),
    _p("dates", "Lumen Drift 2 arrives this Friday", "", release(L, "2026-06-05")),
    _p("dates", "Starfall Academy season 2 premieres in two weeks", "", NOTHING),
    _p("dates", "Lumen Drift 2 launches a week from today", "", NOTHING),
    # delay phrasing
    _p("delay", "Tidebound season 2 won't make its fall window",
       "Netflix said the season now premieres in early 2027.", delay(T, "2027")),
    _p("delay", "Lumen Drift 2 slides into next year", "", delay(L, "2027")),
    _p("delay", "Starfall Academy season 2 postponed indefinitely",
       "The studio cited production issues and gave no new date.", delay(S, None)),
    # trailer phrasing
    _p("trailer", "Here's your first look at Grimhold the movie",
       "Pellucid Pictures dropped the first teaser for the Grimhold film this morning.", trailer(G)),
    _p("trailer", "Lumen Drift 2 shows off new boss in gameplay video", "", trailer(L)),
    _p("trailer", "Watch: Korvin's Gate 3 story trailer", "", trailer(K)),
    _p("recap", "Korvin's Gate 3 trailer to debut at next week's showcase", "", NOTHING),
    # announcements phrasing
    _p("announce", "Vanta Reach is officially getting a live-action series", "", announce(V)),
    _p("announce", "Lumen Drift 2 DLC announced", "Orsa announced a story expansion for Lumen Drift 2.", announce(L)),
    # traps
    _p("hedge", "Is Vanta Reach 3 already in development?", "", NOTHING),
    _p("hedge", "Tidebound season 3 'likely', says star", "", NOTHING),
    _p("hedge", "Lumen Drift 2 listing hints at September 17 release", "", NOTHING),
    _p("negation", "Korvin's Gate 3 isn't delayed, Halden says", "The game still launches on October 22.", release(K, "2026-10-22")),
    _p("negation", "Grimhold movie not happening, director says", "", NOTHING),
    _p("recap", "Tidebound season 1 premiered a year ago today", "", NOTHING),
    _p("recap", "Vanta Reach launched in 2024 and sold 5 million copies", "", NOTHING),
    # Japanese
    _p("ja", "『ミラージュ戦記』劇場版、公開日が2027年2月19日に決定",
       "", release(JM, "2027-02-19")),
    _p("ja", "『星屑キッチン』の続編は？",
       "第1期の最終回が放送され、続編を望む声が多い。", NOTHING),
    _p("ja", "『ミラージュ戦記』新作PVが解禁",
       "TVアニメ『ミラージュ戦記』第2期の新作PVが解禁された。放送は2027年1月から。",
       trailer(JM) + release(JM, "2027-01")),
    _p("ja", "『星屑キッチン』ゲーム化決定",
       "人気作『星屑キッチン』のゲーム化が決定した。発売時期は後日発表。", announce(JK)),
]

# The trade press's verbs of dating: "will bow in September", "pegged the season for September 18".
TRADE_VERBS = [
    _p("release", "Tidebound season 2 will bow on Netflix in September",
       "The streamer pegged the season for September 18.", release(T, "2026-09-18")),
    _p("release", "Grimhold movie bows October 15, 2027", "", release(G, "2027-10-15")),
    _p("release", "Halden pegs Korvin's Gate 3 for November 5", "", release(K, "2026-11-05")),
    _p("collision", "Vanta Reach 2 bows out of the summer showcase", "", NOTHING),
]
# A push from one date to another is a move ("pushed the release from February 11 to April 22"); "push
# for" is to ask for.
PUSHES = [
    _p("delay", "Vanta Reach 2 release date pushed",
       "Quillmoor has pushed the release of Vanta Reach 2 from February 11 to April 22, 2027.", delay(V, "2027-04-22")),
    _p("delay", "Orsa pushes Lumen Drift 2 to March 12, 2027", "", delay(L, "2027-03-12")),
    _p("collision", "Fans push for a Tidebound season 3", "", NOTHING),
]
# "Won't arrive until 2027" tells when it arrives; "until Orsa is happy" does not.
UNTIL_A_DATE = [
    _p("delay", "Lumen Drift 2 has slipped", "The sequel won't arrive until 2027, Orsa said.", delay(L, "2027")),
    _p("release", "Lumen Drift 2 won't launch until 2027", "", release(L, "2027")),
    _p("release", "Tidebound season 2 will not premiere until next spring", "", release(T, "2027-spring")),
]
# A sneak peek is footage; key art and screenshots are pictures, and their reveal announces nothing.
PEEKS_AND_PICTURES = [
    _p("trailer", "Tidebound season 2 sneak peek", "Netflix released a sneak peek of the new season on Friday.", trailer(T)),
    _p("collision", "Tidebound season 2 key art revealed", "Netflix revealed new key art for the season.", NOTHING),
    _p("collision", "Orsa revealed new screenshots of Lumen Drift 2", "", NOTHING),
]
# "This winter" in June is the coming one (a winter is January to March of its year); 年内 is this year.
COMING_WINTERS = [
    _p("release", "『ミラージュ戦記』第2期は今冬放送予定", "", release(JM, "2027-winter")),
    _p("release", "Vanta Reach 2 launches this winter", "", release(V, "2027-winter")),
    _p("release", "『ミラージュ戦記』新作は年内発売予定", "", release(JM, "2026")),
]
# Whole stories of a fourth round, written in one go before its fixes.
FOURTH_ROUND_ARTICLES = [
    _p("release", "Lumen Drift 2 eyes a spring 2027 release", "", release(L, "2027-spring")),
    _p("release", "Korvin's Gate 3 officially dated",
       "Halden Interactive has officially dated Korvin's Gate 3 for November 5.", release(K, "2026-11-05")),
    _p("release", "Starfall Academy Season 2 Lands On Crunchyroll This October", "", release(S, "2026-10")),
    _p("delay", "Tidebound season 2 delayed by a month",
       "Netflix has delayed the second season by a month; it now premieres on October 16.", delay(T, "2026-10-16")),
    _p("trailer", "First look at Grimhold the movie",
       "Pellucid shared a first-look teaser for Grimhold this morning.", trailer(G)),
    _p("announce", "A Korvin's Gate anime is in the works", "", announce(K)),
    _p("announce", "Netflix orders Vanta Reach series", "Netflix has ordered a live-action Vanta Reach series.", announce(V)),
    _p("announce", "Starfall Academy season 3 is happening", "", announce(S)),
    _p("announce", "Grimhold 2 greenlit after box office success", "", announce(G)),
    _p("hedge", "Tidebound season 3 could happen, says Netflix exec", "", NOTHING),
    _p("hedge", "Vanta Reach 2 might slip to 2027, analyst warns", "", NOTHING),
    _p("hedge", "Lumen Drift 2 may be revealed at the Game Awards", "", NOTHING),
    _p("negation", "No, Starfall Academy season 2 is not delayed", "", NOTHING),
    _p("negation", "Korvin's Gate 3 has no trailer yet", "", NOTHING),
    _p("question", "Will Grimhold 2 happen?", "", NOTHING),
    _p("recap", "Tidebound season 1 recap before season 2",
       "Season 2 premieres September 18. Here's what happened in season 1.", release(T, "2026-09-18")),
    _p("recap", "Vanta Reach was announced five years ago today", "", NOTHING),
    _p("collision", "Brine levels rise in coastal wells", "", NOTHING),
    _p("collision", "Tuesday night football returns", "", NOTHING),
    _p("which", "Hollow Lantern Tactics dated", "The strategy spin-off arrives on March 3, 2027.", release(HT, "2027-03-03")),
    _p("which", "Hollow Lantern 4 trailer",
       "Emberlight released a trailer for Hollow Lantern 4. Hollow Lantern Tactics, meanwhile, gets a patch.", trailer(H)),
    # Japanese
    _p("ja", "劇場版『星屑キッチン』製作決定", "", announce(JK)),
    _p("ja", "『ミラージュ戦記』公開日決定、2027年3月12日", "", release(JM, "2027-03-12")),
    _p("ja", "『星屑キッチン』第2期、放送開始日が10月2日に決定", "", release(JK, "2026-10-02")),
    _p("ja", "『ミラージュ戦記』第2期は来春放送", "", release(JM, "2027-spring")),
    _p("ja", "『星屑キッチン』新作ゲーム、今冬発売予定", "", release(JK, "2027-winter")),  # a winter is January to March: this one is 2027's
    _p("ja", "『ミラージュ戦記』PV第2弾公開", "", trailer(JM)),
    _p("ja", "『星屑キッチン』ティザービジュアル公開", "", NOTHING),
    _p("ja", "『ミラージュ戦記』ゲーム、発売延期となりました",
       "発売日は2027年2月4日となります。", delay(JM, "2027-02-04")),
    _p("ja", "『星屑キッチン』第2期は年内放送予定", "", release(JK, "2026")),
    _p("ja", "『ミラージュ戦記』の映画化を希望する声", "", NOTHING),
    _p("collision", "Lumen Drift 2 clip shows new boss", "A short clip posted by Orsa shows a new boss fight.", NOTHING),
    _p("announce", "Lumen Drift 2 confirmed to be in development", "", announce(L)),
]

# A season's window above and its day below say one date: "for Summer 2027" holds July 23, 2027.
SEASON_WINDOWS_HOLD = [
    _p("release", "Pellucid Dates 'Grimhold' Adaptation For Summer 2027",
       "EXCLUSIVE: Pellucid Pictures has set a July 23, 2027 theatrical release for Grimhold, its big-screen take on the horror "
       "game, insiders tell us. The studio declined to comment.", release(G, "2027-07-23")),
    _p("release", "Tidebound season 2 set for fall", "It premieres on October 2.", release(T, "2026-10-02")),
    _p("release", "Lumen Drift 2 launches in spring 2027", "Orsa says the sequel launches on April 8, 2027.",
       release(L, "2027-04-08")),
]
# A promo is footage; a promotional event is a gathering.
PROMOS = [
    _p("trailer", "Mirage Chronicle Anime's 2nd Season Reveals Promo Video, January 2027 Premiere",
       "The official website for the television anime of the Mirage Chronicle light novels began streaming a promotional video "
       "for the anime's second season on Saturday. The video reveals that the season will premiere in January 2027.",
       release(JM, "2027-01") + trailer(JM)),
    _p("trailer", "Tidebound season 2 promo teases a darker story", "", trailer(T)),
    _p("trailer", "Watch the new Starfall Academy season 2 promo", "", trailer(S)),
    _p("collision", "Tidebound season 2 promotional event set for July", "", NOTHING),
]
# An opening word or phrase, then the statement ("Finally, ..."): no trailing attribution.
OPENING_WORDS = [
    _p("announce", "Finally, Vanta Reach 3 is official", "", announce(V)),
    _p("announce", "After years of rumors, Vanta Reach 3 is finally official", "Quillmoor confirmed the sequel on Thursday.",
       announce(V)),
    _p("announce", "At last, Tidebound season 2 is official", "", announce(T)),
    _p("release", "Season 2 of Tidebound premieres on October 3, Keld confirmed", "", release(T, "2026-10-03")),
]
# A date restated as unchanged, with a word of certainty: "is 100% on track for October 22".
ON_TRACK = [
    _p("release", "@halden Korvin's Gate 3 is 100% on track for October 22. See you there!", "", release(K, "2026-10-22")),
    _p("release", "Lumen Drift 2 is firmly on schedule for September 17", "", release(L, "2026-09-17")),
]
# A full past day is history ("premiered on March 4, 2025"); a relative clause set off by commas is an aside.
PAST_DAYS = [
    _p("recap", "Tidebound's first season was Netflix's biggest debut of 2025",
       "The series premiered on March 4, 2025 and was renewed a month later.", NOTHING),
    _p("recap", "Vanta Reach news", "The game was announced on May 2, 2024 and launched a year later.", NOTHING),
    _p("announce", "Tidebound renewal news", "Tidebound, which premiered in March 2025, has been renewed for a second season.",
       announce(T)),
]
# 発売日決定, 公開日を…に決定: what was decided is the date, not the work.
JAPANESE_DATES_DECIDED = [
    _p("release", "『ミラージュ戦記』新作ゲーム、発売日決定のお知らせ",
       "株式会社オルサは、『ミラージュ戦記』シリーズ最新作の発売日を2027年3月18日に決定いたしました。", release(JM, "2027-03-18")),
    _p("release", "『星屑キッチン』劇場版、公開日決定", "劇場版の公開日を2027年2月19日に決定した。", release(JK, "2027-02-19")),
]
# Whole stories of a fifth round, written in one go before its fixes.
FIFTH_ROUND_ARTICLES = [
    # trade press (film/TV)
    _p("announce", "'Tidebound' Renewed For Season 2 At Netflix",
       "Netflix has given a second-season order to Tidebound, the fantasy drama from Ada Pell. The renewal comes two weeks after the "
       "series debuted to strong viewership.",
       announce(T)),
    _p("delay", "'Grimhold' Moves Off 2026 Calendar",
       "Pellucid has pulled Grimhold from its December 11 date. No new date was given.",
       delay(G, None)),
    _p("release", "Pellucid Shuffles Slate: 'Grimhold' Lands Christmas 2027, 'Nightjar Coast' Moves Up",
       "Grimhold will now open on December 22, 2027, while Nightjar Coast moves up to August 6, 2027.",
       release(G, "2027-12-22")),
    # anime news
    _p("announce", "Starfall Academy Anime Gets 2nd Season",
       "The official X account for the television anime of Ren Oda's Starfall Academy manga announced on Sunday that the anime is "
       "getting a second season. The staff will return from the first season.",
       announce(S)),
    _p("delay", "Stardust Kitchen Anime Season 2 Delayed to 2027",
       "The staff of the Stardust Kitchen anime announced on Friday that the anime's second season has been delayed from its planned "
       "October premiere to 2027 due to production circumstances.",
       delay(JK, "2027")),
    _p("collision", "Starfall Academy Manga Ends in 4 Chapters",
       "Ren Oda's Starfall Academy manga will end in four chapters, this week's issue of the magazine revealed.", NOTHING),
    # game press
    _p("trailer", "Lumen Drift 2 Gets Gorgeous New Trailer At Summer Showcase",
       "Orsa closed out its Summer Showcase on Sunday with a new look at Lumen Drift 2. The trailer showed off the game's new "
       "co-op mode.",
       trailer(L)),
    _p("release", "Korvin's Gate 3 Release Date Leaks Ahead Of Showcase",
       "A store listing spotted by fans suggests Korvin's Gate 3 will launch on October 22. Halden has not commented.",
       NOTHING),
    _p("release", "Korvin's Gate 3 Release Date Confirmed",
       "Following last week's leak, Halden has confirmed that Korvin's Gate 3 launches on October 22.",
       release(K, "2026-10-22")),
    _p("announce", "Hollow Lantern Remake Announced For PS5 And PC", "", announce(H)),
    _p("collision", "Hollow Lantern Is Free On Steam This Weekend", "", NOTHING),
    _p("collision", "Vanta Reach 2 Patch 1.2 Arrives Tomorrow",
       "The update adds photo mode and fixes several crashes.", NOTHING),
    _p("recap", "Vanta Reach 2 Review - A Worthy Sequel",
       "Vanta Reach 2, out now on all platforms, builds on everything that made the original great.", NOTHING),
    # Japanese press release
    _p("ja", "『星屑キッチン』展示会、7月3日から開催",
       "人気作『星屑キッチン』の展示会が7月3日から東京で開催される。", NOTHING),
    _p("ja", "『ミラージュ戦記』第1期、再放送決定",
       "TVアニメ『ミラージュ戦記』第1期の再放送が7月から決定した。", NOTHING),
    # posts
    _p("post", "@pellucid GRIMHOLD. In theaters July 23, 2027. #Grimhold", "", release(G, "2027-07-23")),
    _p("post", "@orsa_games We hear you. Lumen Drift 2 needs a bit more time to be the game you deserve. "
       "New release date: March 12, 2027.", "", delay(L, "2027-03-12")),
    _p("post", "@tidebound_fan OMG TIDEBOUND SEASON 2 TRAILER IS OUT!!! go watch it now", "", trailer(T)),
    _p("post", "@vanta_news rumor: vanta reach 3 reveal next week? take it with a grain of salt", "", NOTHING),
    # tricky
    _p("hedge", "Tidebound season 2 premiere date teased by star",
       "Lena Ross hinted that the new season could arrive in September, though Netflix has yet to confirm.", NOTHING),
    _p("release", "Lumen Drift 2 comes to Switch 2 next March",
       "The port of last year's RPG lands on Nintendo's console on March 4, 2027.", NOTHING),
    _p("trailer", "Vanta Reach 2: new trailer, same date",
       "Quillmoor released a new story trailer on Tuesday. Vanta Reach 2 still launches on February 11, 2027.",
       trailer(V) + release(V, "2027-02-11")),
]

# Work said not to be under way: "is not in development", "isn't in the works", "is not happening".
NOT_UNDER_WAY = [
    _p("negation", "Grimhold 2 is not in development, Pellucid says", "", NOTHING),
    _p("negation", "Vanta Reach 3 isn't in the works, Quillmoor says", "", NOTHING),
    _p("negation", "A Tidebound movie is not happening", "", NOTHING),
]
# A word of history, then what holds now: "was announced last June and is due on February 11, 2027".
HISTORY_THEN_NOW = [
    _p("release", "What we know about Vanta Reach 2 so far",
       "Vanta Reach 2 was announced last June and is due on February 11, 2027.", release(V, "2027-02-11")),
    _p("release", "Vanta Reach sequel news", "The sequel, first announced in 2024, finally has a date: February 11, 2027.",
       release(V, "2027-02-11")),
    _p("recap", "Vanta Reach 2 looking back", "Vanta Reach 2 was announced last June and launched on February 11, 2026.",
       NOTHING),
]
# Who someone is, in a relative clause: "Aiko Mori, who wrote the music for Vanta Reach, ...".
WHO_CREDITS = [
    _p("release", "Vanta Reach composer scores Lumen Drift 2",
       "Aiko Mori, who wrote the music for Vanta Reach, will score Lumen Drift 2, out March 12, 2027.",
       release(L, "2027-03-12")),
    _p("collision", "Tidebound star joins Nightjar Coast 2",
       "Lena Ross, who plays Ilse in Tidebound, joins Nightjar Coast 2, out in May 2027.", NOTHING),
    _p("announce", "Lumen Drift director news", "Ilo Mar, who directed Lumen Drift, confirmed a sequel.", announce(L)),
]
# "This coming October": the next one to come.
COMING_MONTHS = [
    _p("release", "Starfall Academy season 2 premieres this coming October", "", release(S, "2026-10")),
    _p("release", "Lumen Drift 2 launches this coming March", "", release(L, "2027-03")),
]
# Whole stories of a sixth round, written in one go before its fixes.
SIXTH_ROUND_ARTICLES = [
    _p("announce", "Quillmoor Announces Vanta Reach 2 With Cinematic Reveal",
       "Quillmoor opened its showcase with the announcement of Vanta Reach 2, the sequel to its 2024 open-world hit. "
       "The reveal trailer showed a flooded version of the first game's city.", announce(V) + trailer(V)),
    _p("release", "Korvin's Gate 3 Preorders Go Live Alongside October 22 Release Date", "", release(K, "2026-10-22")),
    _p("delay", "Lumen Drift 2 Won't Make Its September Date",
       "Orsa said the sequel needs more polish and will now arrive in early 2027.", delay(L, "2027")),
    _p("trailer", "Grimhold Movie Teaser Trailer Released",
       "The first footage from Pellucid's adaptation arrived online Thursday.", trailer(G)),
    _p("release", "Starfall Academy Season 2 Premieres October 2 On Crunchyroll",
       "Crunchyroll will stream the second season as it airs in Japan.", release(S, "2026-10-02")),
    _p("collision", "Tidebound star lands lead role in Nightjar Coast",
       "Lena Ross, best known for Tidebound, will lead Nightjar Coast, which starts filming in August.", NOTHING),
    _p("hedge", "Tidebound Season 2 Release Date: When Could It Arrive?",
       "Netflix hasn't announced a date yet, but based on the first season's schedule, a late 2026 premiere seems likely.",
       NOTHING),
    _p("recap", "Korvin's Gate 2 is 50% off this week", "The 2023 sequel is on sale until Sunday.", NOTHING),
    _p("announce", "Hollow Lantern Tactics Is Getting A Sequel",
       "Emberlight confirmed Hollow Lantern Tactics 2 at its anniversary stream.", announce(HT)),
    _p("delay", "Vanta Reach 2 has been delayed to 2027",
       "Quillmoor announced the delay in a short statement, apologising to fans.", delay(V, "2027")),
    _p("release", "Lumen Drift 2 is coming March 12, 2027", "", release(L, "2027-03-12")),
    _p("trailer", "Here's The First Trailer For Starfall Academy Season 2", "", trailer(S)),
    _p("negation", "No Korvin's Gate 3 at Summer Showcase", "", NOTHING),
    _p("ja", "『星屑キッチン』第2期制作決定！", "", announce(JK)),
    _p("ja", "『ミラージュ戦記』最新作、2027年春発売へ", "", release(JM, "2027-spring")),
    _p("ja", "『星屑キッチン』劇場版、公開延期", "当初2026年12月公開予定だったが、2027年夏に延期となった。", delay(JK, "2027-summer")),
    _p("ja", "『ミラージュ戦記』第2期、ティザーPV解禁", "", trailer(JM)),
    _p("ja", "『星屑キッチン』第2期、放送開始は未定", "", NOTHING),
    _p("ja", "『ミラージュ戦記』第3期の可能性は？", "", NOTHING),
    _p("post", "@orsa_games Lumen Drift 2 – March 12, 2027. Wishlist now!", "", release(L, "2027-03-12")),
    _p("post", "@netflix you asked, we listened: Tidebound is coming back for season 2", "", announce(T)),
    _p("post", "@grimholdfan i really hope the grimhold movie gets a trailer soon", "", NOTHING),
    _p("page", "Vanta Reach 2 Release Date",
       "Published 3 hours ago\n\nBy Jo Marsh\n\nVanta Reach 2 arrives on February 11, 2027, Quillmoor confirmed today.\n\n"
       "Advertisement\n\nMore: Vanta Reach 2 preview",
       release(V, "2027-02-11")),
    _p("page", "Netflix Renews Tidebound",
       "Photo: Netflix\n\nTidebound will return for a second season, Netflix announced Monday.\n\nThe show premiered in March.",
       announce(T)),
    _p("dates", "Korvin's Gate 3 is due in the second half of 2027", "", release(K, "2027")),
    _p("dates", "Tidebound season 2 arrives Sept. 18", "", release(T, "2026-09-18")),
]

# A list line that dates its work by a month, a season or a quarter of a year heads no section.
LISTED_BY_MONTH = [
    _p("release", "Summer 2026 anime lineup: what is on",
       "Here is the list.\n\nTidebound season 2 — July 2026\nStarfall Academy season 3 — August 12, 2026\nQuiet Hours — August 2026",
       release(T, "2026-07") + release(S, "2026-08-12")),
    _p("release", "The games still to come this year",
       "Our picks, by month.\n\nLumen Drift 2 | September 2026\nVanta Reach 2 | Fall 2026\nNightjar Coast | October 2026",
       release(L, "2026-09") + release(V, "2026-fall")),
    _p("release", "What Netflix has dated so far",
       "The streamer's dated shows.\n\nKorvin's Gate season 2: late July 2026\nTidebound season 2: August 14, 2026",
       release(K, "2026-07") + release(T, "2026-08-14")),
]
# A headline of several works leads with none of them: a sentence that names none is about none.
ROUNDUP_HEADLINES = [
    _p("release", "Summer 2026 anime: Tidebound, Starfall Academy and more", "Here is what is airing this summer.", NOTHING),
    _p("release", "Fall games: Lumen Drift 2, Vanta Reach 2 and the rest", "Here's everything launching this fall.",
       NOTHING),
    _p("release", "Lumen Drift 2, Tidebound 3 headline a busy October", "Several big releases arrive on October 9.",
       NOTHING),
]
# A one-word name in a Title Case line is no proof of a title when the text writes the word in lower case.
ORDINARY_IN_TITLE_CASE = [
    _p("collision", "Why Every Fisherman Needed a Brine",
       "Long before fridges, the brine was how crews kept their catch. A new documentary, premiering on PBS on "
       "June 12, tells the story of the sailors who salted it.", NOTHING),
    _p("collision", "The Science of a Perfect Brine Explained",
       "A good brine needs salt, sugar and time. The show's new season starts June 20 with a whole episode on it.",
       NOTHING),
    _p("collision", "BRINE: THE OLDEST TRICK IN THE KITCHEN",
       "Cooks have used brine for centuries. The exhibition opens July 2 at the food museum.", NOTHING),
]
# A work about the work: a documentary, a making-of, a retrospective is no installment.
WORKS_ABOUT_THE_WORK = [
    _p("release", "Tidebound crew tell all", "A documentary about the making of Tidebound premieres on Hulu on July 3.",
       NOTHING),
    _p("release", "A look back at Lumen Drift", "Orsa's Lumen Drift retrospective arrives on YouTube on June 20.",
       NOTHING),
    _p("release", "Vanta Reach cast reunite", "A Vanta Reach reunion special streams on Max on July 9.", NOTHING),
]
# A journey's start for a launch, in a maker's words.
JOURNEY_STARTS = [
    _p("release", "The wait is over", "Tidebound II sets sail October 8, 2026 on PC, PS5 and Xbox. Wishlist now.",
       release(T, "2026-10-08")),
    _p("release", "Lift-off", "Vanta Reach 2 takes flight on October 8.", release(V, "2026-10-08")),
    _p("release", "Landing soon", "Lumen Drift 2 touches down on consoles October 8.", release(L, "2026-10-08")),
    _p("recap", "Where the story left off", "The crew of Tidebound set sail for the outer islands in 2024.", NOTHING),
]

# Work on the film planned to start is no release: "production is set to begin in the spring".
PLANNED_WORK = [
    _p("release", "Lumen Drift 2 finds its lead", "Production is set to begin in the spring in Ireland.", NOTHING),
    _p("release", "Tidebound movie update", "Shooting on the Tidebound film will start in May in Prague.", NOTHING),
    _p("release", "Vanta Reach season 2 casts its villain", "Filming is expected to kick off in January.", NOTHING),
    _p("release", "Tidebound season 2 airs soon", "Tidebound season 2 is set to begin airing in October.", release(T, "2026-10")),
    # ... its verb first, after a plan: the date is the shoot's (the step still tells the work exists, unless
    # the story says it was announced before)
    _p("release", "Tidebound film news", "The Tidebound film is scheduled to begin shooting in early 2027.", announce(T)),
    _p("release", "Vanta Reach season 2 casting", "Vanta Reach season 2 is slated to start filming in March.",
       announce(V)),
    _p("release", "Lumen Drift movie", "The Lumen Drift movie, first announced in 2025, is scheduled to begin principal "
       "photography in May.", NOTHING),
]
# A distributor takes the work itself: an announcement; the rights to make one are not.
ACQUIRED = [
    _p("announce", "A24 buys a sequel", "A24 has acquired 'Lumen Drift 2', the follow-up to last year's hit.", announce(L)),
    _p("announce", "Tidebound sequel lands at Netflix", "", announce(T)),
    _p("announce", "Vanta Reach 2 finds a home at Hulu", "", announce(V)),
    _p("announce", "Neon eyes an adaptation", "Neon has acquired the rights to adapt Vanta Reach.", NOTHING),
]
# A review or a recap: a renewal it tells is background; a date still to come is still a date.
REVIEWS = [
    _p("announce", "Tidebound Season 2 Review: A Quiet Triumph",
       "The show has already been renewed for a third season.", NOTHING),
    _p("announce", "Review: Lumen Drift 2 is the sequel fans wanted",
       "Orsa has confirmed a third game is in development.", NOTHING),
    _p("release", "Starfall Academy season 3 recap: what happened", "Season 4 premieres on September 9.",
       release(S, "2026-09-09")),
]
# The story answers its headline's question: "Yes." and a confirmation.
ANSWERED_BELOW = [
    _p("announce", "Will Tidebound get a season 3?",
       "Yes. Netflix confirmed on Monday that Tidebound will return for a third season.", announce(T)),
    _p("announce", "Is Lumen Drift 3 happening?", "Yes: Orsa announced today that a third game is in development.",
       announce(L)),
    _p("hedge", "Will Vanta Reach get a movie?", "Yes, maybe one day, but nothing is confirmed.", NOTHING),
]
# A streamer's month: a line that is only a day, then the works of that day one a line.
DAYS_ABOVE_TITLES = [
    _p("release", "Everything coming to Netflix in June 2026",
       "Jun. 5\nTidebound: Season 2\n\nJun. 12\nQuiet Hours\nStarfall Academy: Season 3",
       release(T, "2026-06-05") + release(S, "2026-06-12")),
    _p("release", "The June 2026 streaming schedule", "June 20\nVanta Reach (Season 2)\nJune 27\nThe Long Field",
       release(V, "2026-06-20")),
    _p("release", "Everything coming to Hulu in June",
       "June 3\nThe Long Field\n\nTidebound fans will have to wait: the show's second season has no date yet.", NOTHING),
]

# A word that labels the news before a colon is no title: "Good news: Orsa announced ...".
LABELLED_NEWS = [
    _p("announce", "Lumen Drift 3 news", "Good news: Orsa announced today that a third game is in development.",
       announce(L)),
    _p("announce", "Tidebound film", "Big news! Halden confirmed a Tidebound film this morning.", announce(T)),
    _p("release", "Starfall Academy season 3", "Finally: Keld has dated the third season for October 2.",
       release(S, "2026-10-02")),
]
# A past year's work in the possessive describes it, and tells no time of the news: "last year's hit".
LAST_YEARS_WORK = [
    _p("announce", "Sequel picked up", "Neon has picked up a sequel to last year's hit Vanta Reach.", announce(V)),
    _p("announce", "Tidebound 2 confirmed", "Halden confirmed Tidebound 2, the follow-up to last summer's surprise hit.",
       announce(T)),
    _p("recap", "Tidebound's year", "Halden confirmed Tidebound 2 last year.", NOTHING),
]

# A live blog's time of an entry before a colon is no title with a subtitle.
LIVE_BLOG_TIMES = [
    _p("announce", "Showcase live: every reveal",
       "2:14 PM: Lumen Drift 3 is real! The sequel was just revealed with a trailer.", announce(L) + trailer(L)),
    _p("release", "Direct live blog", "10:05 a.m. PT: Vanta Reach 2 launches on October 9.", release(V, "2026-10-09")),
    _p("release", "Live updates from the upfronts", "14:32: Tidebound season 2 premieres on August 14.",
       release(T, "2026-08-14")),
]
# A calendar's headline that names no work is about none of them alone, not about the first one listed.
CALENDAR_HEADLINES = [
    _p("release", "Fall 2026 TV Premiere Dates: The Complete Calendar",
       "Sept. 13: Tidebound season 2\nOct. 2: Starfall Academy season 3",
       release(T, "2026-09-13") + release(S, "2026-10-02")),
    _p("release", "Summer 2026 anime schedule", "July 5: Vanta Reach season 2", release(V, "2026-07-05")),
    # ... and the year it names is the year of the days listed without one
    _p("release", "The 2027 game release calendar", "March 4: Lumen Drift 3", release(L, "2027-03-04")),
    _p("release", "The 2026 game release calendar", "March 4: Lumen Drift 3\nAugust 9: Vanta Reach 2",
       release(V, "2026-08-09")),
]

# A word of how many opening a sentence is no title: "All ten episodes ... arrive on June 20".
HOW_MANY_OPENS = [
    _p("release", "Tidebound Season 3: Sweeter, Sadder, Better", "All ten episodes of season 3 arrive on June 20.",
       release(T, "2026-06-20")),
    _p("release", "Lumen Drift 2 in two parts", "Both parts of Lumen Drift 2 arrive on September 3.",
       release(L, "2026-09-03")),
    _p("release", "Vanta Reach season 2 gets its date", "Eight episodes of Vanta Reach season 2 premiere on October 1.",
       release(V, "2026-10-01")),
]
# One episode by its place is no installment, past the first (a season's first episode is its premiere).
EPISODES_BY_PLACE = [
    _p("delay", "Tidebound Episode 5 Delayed a Week",
       "The fifth episode of Tidebound will now air on June 17 instead of June 10.", NOTHING),
    _p("delay", "Vanta Reach off air next week", "Vanta Reach's third episode has been postponed to July 2.", NOTHING),
    _p("release", "Starfall Academy season 3 starts", "The first episode of Starfall Academy season 3 airs on July 8.",
       release(S, "2026-07-08")),
]

# The word others would use for it is no statement of it: "some will call it a delay".
CALLED_IT = [
    _p("hedge", "Lumen Drift 2 has no date", "Some fans will call this a delay, but Orsa never announced a date.", NOTHING),
    _p("hedge", "Tidebound 3 slips off the radar", "Call it a delay if you like, but the film never had a release date.",
       NOTHING),
    _p("delay", "Vanta Reach 2 delayed to October", "Quillmoor has delayed Vanta Reach 2 to October 8; fans were quick to call it a letdown.",
       delay(V, "2026-10-08")),
]

# A forum's account ("u/brinefan") is spelled by its owner: no sign that a one-word name is an ordinary word.
FORUM_ACCOUNTS = [
    _p("trailer", "@u/brinefan", "Brine S2 trailer just dropped!!! link in comments", trailer("Brine")),
    _p("release", "@u/brine_addict", "Brine season 2 premieres July 9, Netflix just confirmed", release("Brine", "2026-07-09")),
    _p("collision", "@u/saltcook", "Brine is the secret. my brine recipe drops July 9", NOTHING),
]
# A post's shout line above its news ("＼TVアニメ第2期 放送決定／") is its news, and no heading above the story.
SHOUT_LINES = [
    _p("announce", "@hoshikuzu_pr",
       "＼TVアニメ第2期 放送決定／\n『星屑キッチン』第2期が2027年1月より放送開始！\nティザーPVも公開しました",
       announce(JK) + release(JK, "2027-01") + trailer(JK)),
    _p("announce", "@mirage_pr", "＼新作ゲーム発表／\n『ミラージュ戦記』最新作が2027年春に発売！",
       announce(JM) + release(JM, "2027-spring")),
    _p("recap", "@hoshikuzu_rerun", "＼本日放送／\n『星屑キッチン』第1期の再放送は今夜23時から！", NOTHING),
]
# A work the object of a move says is another one ("its untitled monster movie") is not the one named before.
THEIR_OTHER_WORK = [
    _p("release", "Universal sets summer 2027 slate",
       "Universal has set Lumen Drift 2 for June 11, 2027, and moved its untitled monster movie to August 6, 2027.",
       release(L, "2027-06-11")),
    _p("release", "Orsa's release plans", "Orsa dated Vanta Reach 2 for October 9 and pushed another game to 2027.",
       release(V, "2026-10-09")),
    _p("release", "Halden's slate", "Halden dated Tidebound 3 for May 7, 2027, and moved an untitled thriller to March 5, 2027.",
       release(T, "2027-05-07")),
]
# A date still to be given: the time named is when it will be given, not a release.
DATE_TO_BE_GIVEN = [
    _p("delay", "Tidebound season 3 will no longer premiere in June",
       "Netflix said Tuesday that Tidebound season 3 will no longer premiere on June 7. A new date will be announced "
       "later this year.", delay(T, None)),
    _p("negation", "Lumen Drift 2 update", "Release details will be shared in the fall, Orsa said.", NOTHING),
    _p("release", "Vanta Reach 2 launch day", "Vanta Reach 2 launches October 9; more details will be revealed in August.",
       release(V, "2026-10-09")),
]

# A look back at a year tells its announcements as background; a date still to come is still a date.
YEAR_IN_REVIEW = [
    _p("announce", "The year in anime: 2026's biggest announcements",
       "In March, Tidebound was renewed for a third season.", NOTHING),
    _p("announce", "2026 in review: the games that got sequels", "Orsa confirmed Lumen Drift 3 in the spring.", NOTHING),
    _p("release", "Looking back at a big year for Starfall Academy", "Starfall Academy season 4 premieres on January 9.",
       release(S, "2027-01-09")),
]
# A trailing phrase that hedges states no date of its own; the statement before it stands.
HEDGED_TRAILING = [
    _p("announce", "Tidebound season 3 ordered",
       "Netflix has ordered a third season of Tidebound, which is expected to return in 2027.", announce(T)),
    _p("announce", "Lumen Drift 3 is confirmed",
       "Orsa has confirmed Lumen Drift 3, which could arrive as soon as next spring.", announce(L)),
    _p("release", "Vanta Reach 2 gets its day", "Vanta Reach 2 launches October 9, which fans expected to be later.",
       release(V, "2026-10-09")),
]
# A trailer promised or dated ahead is not out, and its day is no release of the work.
TRAILERS_PROMISED = [
    _p("trailer", "Tidebound 2 teaser news", "Halden will release the first teaser for Tidebound 2 on December 31.", NOTHING),
    _p("trailer", "Lumen Drift 3 trailer date", "The first Lumen Drift 3 trailer drops on July 2.", NOTHING),
    _p("trailer", "Vanta Reach 2 trailer", "Quillmoor released the first trailer for Vanta Reach 2, which launches on October 9.",
       trailer(V) + release(V, "2026-10-09")),
]
# A ranked list gives an item's date in brackets after it.
BRACKETED_DATES = [
    _p("release", "Most anticipated games", "Our list.\n\n1. Lumen Drift 2 (October 9)\n2. Vanta Reach 2 (TBA)\n3. Nightjar Coast (March)",
       release(L, "2026-10-09")),
    _p("release", "Fall TV picks", "Our picks.\n\n1. Tidebound season 2 (September 14)\n2. Quiet Hours (October 2)",
       release(T, "2026-09-14")),
    _p("recap", "Best games so far", "Our list.\n\n1. Lumen Drift (2024)\n2. Tidebound (March 2025)", NOTHING),
]

# A move up with its object between ("moved the sequel up a week") is earlier, not a delay.
MOVED_UP_WITH_OBJECT = [
    _p("release", "Lumen Drift 2 moves up a week", "Orsa has moved Lumen Drift 2 up a week, to September 3.",
       release(L, "2026-09-03")),
    _p("release", "Tidebound season 2 comes sooner", "Netflix bumped Tidebound season 2 up to August 14.",
       release(T, "2026-08-14")),
    _p("delay", "Vanta Reach 2 slips a month", "Quillmoor moved Vanta Reach 2 back a month, to November 6.",
       delay(V, "2026-11-06")),
]
# A post's new target under its label, after it says it needs more time.
NEW_TARGET_LINES = [
    _p("delay", "@lumen_game", "Lumen Drift 2 update: we need a bit more time. new target: early 2027. thank you for your patience",
       delay(L, "2027")),
    _p("delay", "@tidebound_show", "Tidebound season 2 needs more time. New target: March 2027.", delay(T, "2027-03")),
    _p("delay", "@vanta_news", "Vanta Reach 2 needs a bit more time. New target: spring 2027. Thanks for waiting!",
       delay(V, "2027-spring")),
]

# A date the story says is called off is the old date: "The October 2026 launch is off".
DATES_CALLED_OFF = [
    _p("delay", "Lumen Drift 2 won't make it", "Orsa says Lumen Drift 2 needs more time. The October 2026 launch is off, "
       "and no new date was given.", delay(L, None)),
    _p("delay", "Tidebound season 2 premiere off", "The September 14 premiere of Tidebound season 2 has been called off while "
       "effects work continues.", delay(T, None)),
    _p("delay", "Vanta Reach 2 moves", "The November release is off: Vanta Reach 2 now arrives on February 5, 2027.",
       delay(V, "2027-02-05")),
]
# What a work is taken out of is its old date: "pulled Lumen Drift 2 out of its 2026 lineup".
OUT_OF_ITS_DATE = [
    _p("delay", "Orsa results", "Orsa has pulled Lumen Drift 2 out of its 2026 lineup.", delay(L, None)),
    _p("delay", "Netflix schedule", "Netflix moved Tidebound season 2 out of the 2026 schedule.", delay(T, None)),
    _p("delay", "Vanta Reach 2 update", "Quillmoor bumped Vanta Reach 2 out of its fall 2026 window; it now targets spring 2027.",
       delay(V, "2027-spring")),
]
# A window whose ends lie in two years gives no date of its own; one inside a year dates the year.
WINDOWS_OVER_TWO_YEARS = [
    _p("release", "Orsa results", "Orsa's results list Lumen Drift 2 for the next fiscal year, meaning it will launch "
       "between April 2027 and March 2028.", NOTHING),
    _p("release", "Tidebound season 2 window", "Tidebound season 2 will premiere between December 2026 and February 2027, "
       "Netflix said.", NOTHING),
    _p("release", "Vanta Reach 2 window", "Vanta Reach 2 will launch between March and May 2027.", release(V, "2027")),
]

# A line that ends with a colon labels what follows ("Highlights:"): no title whose subtitle the next name is.
LABEL_LINES_ABOVE = [
    _p("release", "Showcase recap", "Highlights:\n\nLumen Drift 2 - a bigger sequel, due October 9.", release(L, "2026-10-09")),
    _p("release", "Fall TV news", "Also announced:\n\nTidebound season 2, premiering September 14.", release(T, "2026-09-14")),
    _p("collision", "Showcase recap", "Dawn Harbor: Lumen Drift Stories opens on October 9.", NOTHING),
]
# A headline question the story is there to answer ("When does it launch?", "Is it on Netflix?") doubts
# nothing it states; a yes-or-no question about the event itself still does.
QUESTIONS_THE_STORY_ANSWERS = [
    _p("release", "When does Lumen Drift 2 launch?", "Lumen Drift 2 launches on October 9 on PC and Switch.",
       release(L, "2026-10-09")),
    _p("release", "Is Tidebound season 2 on Netflix?", "Yes. Tidebound season 2 premieres on Netflix on September 14.",
       release(T, "2026-09-14")),
    _p("question", "Will Vanta Reach 2 be delayed?", "Vanta Reach 2 launches on October 9, but insiders say a delay is possible.",
       NOTHING),
]
# A work that misses its time is delayed ("will miss fall"); the time it misses is the old one.
MISSES_ITS_DATE = [
    _p("delay", "Lumen Drift 2 will miss fall, now due early 2027", "", delay(L, "2027")),
    _p("delay", "Tidebound season 2 misses its October date", "Netflix said the season needs more work.", delay(T, None)),
    _p("collision", "Fans will miss the Tidebound crew", "Tidebound ends its run in October.", NOTHING),
]
# An aside that tells when the work was announced, and for when, is background: the old date is in it.
ASIDES_WITH_THE_OLD_DATE = [
    _p("delay", "Lumen Drift 2 slips", "Orsa has delayed Lumen Drift 2. The sequel, announced in March for fall 2026, will now "
       "arrive in early 2027.", delay(L, "2027")),
    _p("delay", "Tidebound season 2 moves", "Netflix has pushed back Tidebound season 2. The season, revealed last year for a "
       "fall premiere, now arrives in March 2027.", delay(T, "2027-03")),
    _p("release", "Vanta Reach 2 has a day at last", "Vanta Reach 2, announced in 2025 for a 2026 launch, arrives on October 9.",
       release(V, "2026-10-09")),
]
# Tickets on sale are no release of the work (前売券, ムビチケ).
TICKETS_ON_SALE = [
    _p("release", "劇場版「星屑キッチン」", "劇場版「星屑キッチン」は8月14日公開。前売券は3月20日より発売。", release(JK, "2026-08-14")),
    _p("release", "劇場版「ミラージュ戦記」公開日決定", "劇場版「ミラージュ戦記」は9月4日公開。ムビチケ前売券（カード）が7月3日に発売される。",
       release(JM, "2026-09-04")),
    _p("release", "Tidebound movie dated", "Tickets for the Tidebound movie go on sale July 3; the film opens August 14.",
       release(T, "2026-08-14")),
]

# A promotional video's abbreviation is no title: "new PV, premieres January 2027" is the work's premiere.
VIDEO_ABBREVIATIONS = [
    _p("release", "Everything announced at the expo", "Tidebound season 2: new PV, premieres January 2027.",
       trailer(T) + release(T, "2027-01")),
    _p("release", "Anime news roundup", "Starfall Academy season 3: second PV out now, airs October 2026.",
       trailer(S) + release(S, "2026-10")),
    _p("release", "Lumen Drift 2 commercial", "Lumen Drift 2 got a new CM, out October 9.", release(L, "2026-10-09")),
]
# A show's notes leave the verb out: "Tidebound anime: in production".
NOTES_WITHOUT_A_VERB = [
    _p("announce", "Everything announced at the expo", "Tidebound anime: in production, more info later.", announce(T)),
    _p("announce", "Panel notes", "Vanta Reach season 2: confirmed. No date yet.", announce(V)),
    _p("collision", "Panel notes", "Lumen Drift: the first game, still great. Nothing new to share.", NOTHING),
]
# 企画進行中: the plan of a new work is under way, an announcement.
PLANS_UNDER_WAY = [
    _p("announce", "「星屑キッチン」アニメ化企画進行中", "ゲーム『星屑キッチン』のアニメ化企画が進行中であることが発表された。", announce(JK)),
    _p("announce", "『ミラージュ戦記』続編企画始動", "『ミラージュ戦記』の続編企画が始動した。詳細は後日。", announce(JM)),
    _p("announce", "「星屑キッチン」劇場版プロジェクト始動", "「星屑キッチン」劇場版プロジェクト始動！", announce(JK)),
]

# A month and a day with a slash, month first, where a release is told ("launches 11/14"); not a score.
SLASHED_DAYS = [
    _p("release", "Lumen Drift 2 date in figures", "Lumen Drift 2 launches 10/9 on PC and Switch.", release(L, "2026-10-09")),
    _p("release", "@tidebound_show", "Tidebound season 2 drops on 9/14!! set your reminders", release(T, "2026-09-14")),
    _p("collision", "Lumen Drift 2 review", "Lumen Drift 2 is out now, and we rated it 8/10.", NOTHING),
]
# A participle that opens a sentence is no title: "Announced tonight, coming 2027."
PARTICIPLES_FIRST = [
    _p("release", "@vanta_fans", "Vanta Reach 3 is official! Announced tonight, coming 2027.", announce(V) + release(V, "2027")),
    _p("release", "Tidebound news", "Tidebound season 2 is confirmed. Revealed at the panel, it premieres in March 2027.",
       announce(T) + release(T, "2027-03")),
    _p("collision", "Lumen Drift news", "Lumen Drift 2 is out now. Starling Games, its maker, launches Nightjar Coast on October 9.",
       NOTHING),
]

# A list's entry: a line of only the work's name, then its fact box ("Release date: ...", "Platforms: ..."), as
# real pages come out of extraction, a line each.
FACT_BOX_ENTRIES = [
    _p("release", "The most anticipated games of 2026", "Here are the games we can't wait for.\nLumen Drift 2\n"
       "Release date: October 9, 2026\nPlatforms: PS5, PC\nThe sequel adds co-op and a bigger world.", release(L, "2026-10-09")),
    _p("release", "Our most wanted games", "Our picks.\nVanta Reach 2\nPlatforms: Switch\nRelease date: TBA 2027\n"
       "Still no firm date, but the studio insists it is coming.", release(V, "2027")),
    _p("release", "Upcoming tie-in games", "The list.\nTidebound: The Game\nRelease date: Summer 2027\n"
       "A tie-in action game based on the series.", release(T, "2027-summer")),
    _p("release", "Shows to watch", "Our picks.\nTidebound\nRelease date: September 14, 2026\n"
       "The second season picks up where the first left off.", release(T, "2026-09-14")),
    _p("recap", "Games that still hold up", "Our list.\nLumen Drift\nRelease date: March 3, 2024\n"
       "The original still holds up today.", NOTHING),
]

# A page's list of other stories under its Japanese label (関連記事, あわせて読みたい) is not this story's news.
OTHER_STORIES_IN_JAPANESE = [
    _p("delay", "劇場版「星屑キッチン」公開延期", "劇場版「星屑キッチン」は2027年夏に公開を延期する。\n関連記事\n"
       "劇場版「星屑キッチン」2027年2月公開決定、特報解禁", delay(JK, "2027-summer")),
    _p("release", "『ミラージュ戦記』第2期、10月放送", "TVアニメ『ミラージュ戦記』第2期は10月より放送。\nあわせて読みたい\n"
       "『ミラージュ戦記』劇場版が製作決定", release(JM, "2026-10")),
    _p("collision", "アニメニュース", "今週のニュースまとめ。\n人気記事\n『星屑キッチン』第3期制作決定！", NOTHING),
]
# "Hits" is a release verb, not the noun: "this year's hits", "the studio's biggest hit".
HITS_AS_A_NOUN = [
    _p("recap", "The year so far", "Orsa looked back at this year's hits, including Lumen Drift 2.", NOTHING),
    _p("recap", "Tidebound's success", "Tidebound was the streamer's biggest hit of 2025, and season 2 is still undated.",
       NOTHING),
    _p("release", "Lumen Drift 2 dated at last", "Lumen Drift 2 hits stores on October 9.", release(L, "2026-10-09")),
]
# A trailer put up is out ("there's a trailer up already"); one the story calls recent was out before it.
TRAILERS_UP_AND_RECENT = [
    _p("trailer", "Korvin's Gate remake", "Korvin's Gate is getting a remake! It launches in spring 2027, and there's a "
       "trailer up already.", announce(K) + release(K, "2027-spring") + trailer(K)),
    _p("trailer", "Tidebound season 2 teaser", "The first Tidebound season 2 teaser is up now.", trailer(T)),
    _p("trailer", "Lumen Drift 2 preview", "Lumen Drift 2 launches October 9. The recent gameplay trailer sold us.",
       release(L, "2026-10-09")),
    _p("trailer", "Tidebound talk", "Fans are still talking about the most recent Tidebound teaser.", NOTHING),
    _p("trailer", "Lumen Drift 2 trailer news", "Orsa recently released a new Lumen Drift 2 trailer.", trailer(L)),
]

# An apposition that tells the work's past (", a hit on PC since its release last year,") is background: the
# date after it stands.
APPOSITIONS_OF_THE_PAST = [
    _p("release", "Lumen Drift on Switch", "Lumen Drift, a hit on PC since its release last year, will arrive on Switch "
       "on July 9.", release(L, "2026-07-09")),
    _p("release", "Tidebound is back", "Tidebound, the drama that premiered back in 2024, returns for season 2 on "
       "September 14.", release(T, "2026-09-14")),
    _p("recap", "Vanta Reach on Switch", "Vanta Reach, a hit since last year, was released on Switch in March.", NOTHING),
]
# A one-word name that qualifies a noun phrase ("Brine smart speaker, which", "Brine forests in the north") is
# that thing's, not the work's.
NAMES_QUALIFYING_PHRASES = [
    _p("collision", "A new speaker", "Acme unveiled a redesigned Brine smart speaker, which launches on May 6.", NOTHING),
    _p("collision", "Forests at risk", "Brine forests in the north are under pressure; a new survey will be released in "
       "November.", NOTHING),
    _p("release", "Brine season 2 dated", "Brine season 2, which premieres on July 3, adds two new leads.",
       release("Brine", "2026-07-03")),
]

# Who told a date may say only the day after it ("..., the streamer announced Wednesday."): the news is the date.
TOLD_ON_A_WEEKDAY = [
    _p("release", "Tidebound season 2 sets June premiere", "Netflix has set a June 12 premiere date for season 2 of "
       "Tidebound, the streamer announced Wednesday.", release(T, "2026-06-12")),
    _p("release", "Lumen Drift 2 date told on Tuesday", "Lumen Drift 2 launches September 3, Orsa confirmed Tuesday.",
       release(L, "2026-09-03")),
    _p("announce", "Vanta Reach 3 in development", "Vanta Reach 3 is in development, Quillmoor announced Friday.",
       announce(V)),
]

# A target told in the past is the old date: "The game had been targeting 2027."
TARGETS_OF_THE_PAST = [
    _p("delay", "Lumen Drift 2 delayed into 2028", "Orsa has delayed Lumen Drift 2 into 2028. The game had been targeting "
       "2027.", delay(L, "2028")),
    _p("delay", "Tidebound season 2 slips", "Tidebound season 2 now premieres in January 2027. The show was originally "
       "aiming for a fall premiere.", delay(T, "2027-01")),
    _p("release", "Vanta Reach 2 on track", "Vanta Reach 2 is still targeting 2027.", release(V, "2027")),
]

# What the news was told in is no time of the past: "The date was revealed in a new story trailer on Thursday."
TOLD_IN_A_VIDEO = [
    _p("trailer", "Lumen Drift 2 dated", "Lumen Drift 2 launches October 9. The date was revealed in a new story trailer "
       "on Thursday.", release(L, "2026-10-09") + trailer(L)),
    _p("trailer", "Tidebound season 2 premiere", "Tidebound season 2 premieres September 14. The date was revealed in a "
       "teaser on Monday.", release(T, "2026-09-14") + trailer(T)),
    _p("recap", "Vanta Reach 2 preview", "Vanta Reach 2 was announced in March 2025 and still has no date.", NOTHING),
]
# Still to come, and adverbs inside a negation: "has yet to be announced", "has not formally announced".
YET_TO_BE_TOLD = [
    _p("negation", "Tidebound season 2 still unannounced", "Tidebound season 2 has yet to be announced.", NOTHING),
    _p("negation", "Lumen Drift 3 update", "Lumen Drift 3 is yet to be officially confirmed by Orsa.", NOTHING),
    _p("negation", "Vanta Reach film", "Quillmoor has bought the rights to adapt Vanta Reach. No adaptation has been "
       "officially announced yet.", NOTHING),
    _p("negation", "Korvin's Gate 4 rumours", "Halden has not formally announced Korvin's Gate 4.", NOTHING),
]

# What others believe of the work, or how it looks, is no fact of it: "is believed to be", "looks doubtful".
BELIEVED_AND_DOUBTFUL = [
    _p("hedge", "Lumen Drift 3 rumours", "Lumen Drift 3 is believed to be in development.", NOTHING),
    _p("hedge", "Tidebound season 2 outlook", "A Tidebound season 2 premiere in 2026 looks doubtful.", NOTHING),
    _p("hedge", "Vanta Reach 3 rumours", "Vanta Reach 3 is thought to be planned for 2027.", NOTHING),
]
# More everyday release verbs: "ships October 9", "will hit PS5 and PC on", "kicks off September 14".
SHIPS_HITS_KICKS_OFF = [
    _p("release", "Lumen Drift 2 ships in October", "Lumen Drift 2 ships October 9.", release(L, "2026-10-09")),
    _p("release", "Vanta Reach 2 on consoles", "Vanta Reach 2 will hit PS5 and PC on October 9.", release(V, "2026-10-09")),
    _p("release", "Tidebound season 2 start", "Tidebound season 2 kicks off September 14.", release(T, "2026-09-14")),
    _p("collision", "Lumen Drift 2 features", "Lumen Drift 2 ships with co-op and a photo mode.", NOTHING),
    _p("collision", "Tidebound at the convention", "Tidebound fans will hit the convention on June 20.", NOTHING),
    _p("collision", "Orsa on tour", "Orsa's tour kicks off in October in Tokyo, with Lumen Drift 2 playable.", NOTHING),
]

# More ways a delay is told: "is taking a little longer", "a few months late", "on hold", "held back to",
# "sliding into", "bumped ... to"; not "is not being delayed", nor what fans fear.
LATER_THAN_PLANNED = [
    _p("delay", "Lumen Drift 2 update", "Lumen Drift 2 is taking a little longer: it now launches in 2027.", delay(L, "2027")),
    _p("delay", "Lumen Drift 2 comes late", "Lumen Drift 2 will arrive a few months late, in February 2027.",
       delay(L, "2027-02")),
    _p("delay", "Tidebound season 2 on hold", "Tidebound season 2's premiere is on hold.", delay(T, None)),
    _p("delay", "Tidebound season 2 held back", "Tidebound season 2 has been held back to 2027.", delay(T, "2027")),
    _p("delay", "Vanta Reach 2 slides", "Vanta Reach 2 is sliding into 2027.", delay(V, "2027")),
    _p("delay", "Orsa's schedule", "Orsa bumped Lumen Drift 2 to 2027.", delay(L, "2027")),
    _p("negation", "Tidebound season 2 on track", "Tidebound season 2 is not being delayed.", NOTHING),
    _p("hedge", "Tidebound season 2 worries", "Fans fear a Tidebound season 2 delay.", NOTHING),
    _p("collision", "Lumen Drift 2 modes", "The long night takes longer to end in Lumen Drift 2's new mode.", NOTHING),
    _p("collision", "Tidebound panel", "Tidebound star Ana Ruiz held back tears at the panel.", NOTHING),
]

# A renewal given, a work commissioned, a trailer shown to the reader ("Check out the ... teaser").
RENEWALS_GIVEN = [
    _p("announce", "Tidebound gets two more seasons", "Netflix handed Tidebound a two-season renewal.", announce(T)),
    _p("announce", "Tidebound spin-off", "Netflix has commissioned a Tidebound spin-off.", announce(T)),
    _p("trailer", "Watch this: Tidebound season 2", "Check out the Tidebound season 2 teaser.", trailer(T)),
    _p("collision", "Tidebound's pay", "Tidebound's cast got a pay raise ahead of the renewal talks.", NOTHING),
]

# 明らかになった: what a notice makes known, like 発表された.
MADE_KNOWN = [
    _p("announce", "『星屑キッチン』アニメ化", "『星屑キッチン』がアニメ化されることが明らかになった。", announce(JK)),
    _p("announce", "『ミラージュ戦記』続編", "『ミラージュ戦記』の続編が制作中であることが明らかになった。", announce(JM)),
    _p("negation", "『星屑キッチン』第2期", "『星屑キッチン』第2期は制作されないことが明らかになった。", NOTHING),
    # ... and a start made known is the date's news, not the season's announcement.
    _p("release", "『ミラージュ戦記』第2期の放送時期", "『ミラージュ戦記』第2期の放送が、10月に始まることが明らかになった。",
       release(JM, "2026-10")),
]


# A schedule's label of when before a colon is no title: "Monday: Lumen Drift 2 gets a new trailer".
TIME_LABELS = [
    _p("schedule", "This week in games",
       "Monday: Lumen Drift 2 gets a new story trailer.\n\nThursday: Vanta Reach season 3 is announced.", trailer(L) + announce(V)),
    _p("schedule", "Showcase, day by day", "Day 2: Tidebound 3 is dated for March 5, 2027.", release(T, "2027-03-05")),
    _p("schedule", "What to watch for", "Tonight: Korvin's Gate 2 gets its first trailer at 9pm ET.", NOTHING),
]
# The trailer that announces a work: "announcement trailer" (not "the reveal trailer", as often a known work's first).
ANNOUNCEMENT_TRAILERS = [
    _p("announce", "Lumen Drift 3 announcement trailer", "", announce(L) + trailer(L)),
    _p("announce", "Watch the announce teaser for Vanta Reach season 3", "", announce(V) + trailer(V)),
    _p("announce", "Halden's stream", "Halden closed its stream with an announcement trailer for Korvin's Gate 3.",
       announce(K) + trailer(K)),
    _p("recap", "Tidebound 2, a year on", "Tidebound 2's announcement trailer was shown in 2025, and the game is still undated.",
       NOTHING),
]
# A date withdrawn with none in its place is a delay without a date, not a negation.
DATES_WITHDRAWN = [
    _p("delay", "Lumen Drift 2 no longer has a release date", "", delay(L, None)),
    _p("delay", "Tidebound season 3 has lost its premiere date", "", delay(T, None)),
    _p("delay", "Korvin's Gate 2 is undated again", "Halden pulled the March date from the store page on Friday.", delay(K, None)),
    _p("collision", "Vanta Reach 2 no longer has a publisher attached", "", NOTHING),
]
# A target said as an aim, with a date: "is aiming for 2027".
AIMS = [
    _p("release", "Tidebound season 2 is aiming for 2027", "", release(T, "2027")),
    _p("release", "Orsa says Lumen Drift 2 is aiming at spring 2027", "", release(L, "2027-spring")),
    _p("release", "Vanta Reach 2 update", "There is no date yet for Vanta Reach 2, but Quillmoor said it is aiming for 2027.",
       release(V, "2027")),
    _p("recap", "Korvin's Gate 2 history", "Korvin's Gate 2 had been aiming for 2025 before its first delay.", NOTHING),
    _p("collision", "Tidebound season 2 is aiming at a younger audience", "", NOTHING),
]
# A hedge of what the work is takes back its own clause, not the news after it.
DESCRIBED_AS = [
    _p("hedge", "Vanta Reach 2", "Vanta Reach 2 is thought to be Quillmoor's biggest game yet, and it launches on April 9, 2027.",
       release(V, "2027-04-09")),
    _p("hedge", "Tidebound", "Tidebound season 3 is said to be the darkest yet, and it premieres October 2.", release(T, "2026-10-02")),
    _p("hedge", "Lumen Drift 2", "Lumen Drift 2 is believed to be a soft reboot, and Orsa has dated it for May 5, 2027.",
       release(L, "2027-05-05")),
    _p("hedge", "Starfall Academy season 3 is said to be the darkest yet, and it premieres October 2", "",
       release(S, "2026-10-02")),
    _p("hedge", "Lumen Drift 2 launch", "Lumen Drift 2 is thought to be launching on May 5, 2027.", NOTHING),
    _p("hedge", "Vanta Reach 2 rumours", "Vanta Reach 2 is rumored to be a remake, and it may launch in May.", NOTHING),
]
# Delays as the topic of a piece, not an event: "the director on delays", "talk of delays".
DELAYS_AS_A_TOPIC = [
    _p("delay", "Tidebound creator on delays, crunch and the road ahead", "", NOTHING),
    _p("delay", "Lumen Drift 2 director talks about delays", "", NOTHING),
    _p("delay", "Korvin's Gate 2 delayed", "After months of talk of delays, Halden delayed Korvin's Gate 2 to May 2027.",
       delay(K, "2027-05")),
]


# A port's subject with an aside between it and its verb: "the PS5 version of X, out on PC since April, is pushed".
PORT_ASIDES = [
    _p("collision", "Lumen Drift 2 news",
       "The PS5 version of Lumen Drift 2, out on PC since April, has been pushed to summer 2027.", NOTHING),
    _p("collision", "Vanta Reach 2 on Switch", "The Switch version of Vanta Reach 2, a hit on PC, arrives March 3, 2027.", NOTHING),
    _p("delay", "Korvin's Gate 2 slips", "Korvin's Gate 2, once due this fall, has been pushed to summer 2027.",
       delay(K, "2027-summer")),
]
# A spin-off's title is its franchise's name and a word such titles add: "Tidebound Tactics" is Tidebound's.
SPIN_OFFS = [
    _p("announce", "Tidebound Tactics announced for PS5", "", announce(T)),
    _p("announce", "Everything from the showcase", "Grimhold Origins, a spin-off strategy game, was revealed with a 2027 window.",
       announce(G) + release(G, "2027")),
    _p("release", "Tidebound Legends gets a March 2027 date", "", release(T, "2027-03")),
    _p("collision", "Esports", "The Tidebound Legends tournament returns in March.", NOTHING),
]
# Who gets to play or watch it, and when: "Western players will get X in summer 2027".
WHO_GETS_IT = [
    _p("release", "Lumen Drift 2 English release window confirmed",
       "Western players will get Lumen Drift 2 in summer 2027, Orsa confirmed.", release(L, "2027-summer")),
    _p("release", "Vanta Reach 2", "Fans will finally get their hands on Vanta Reach 2 on March 3, 2027.",
       release(V, "2027-03-03")),
    _p("release", "Tidebound 3 playable", "Tidebound 3 will be playable from May 5, 2027.", release(T, "2027-05-05")),
    _p("collision", "Korvin's Gate 2 at PAX", "Players can get their hands on Korvin's Gate 2 at PAX East in March.", NOTHING),
    _p("announce", "Tidebound season 2", "Viewers will get a second season of Tidebound, Keld confirmed.", announce(T)),
]


# A move's word inside a title moves nothing: "Night Shift is announced for 2027".
MOVE_WORDS_IN_TITLES = [
    _p("announce", "Showcase live: a new Tidebound game", "A new Tidebound game! Tidebound: Night Shift is announced for 2027.",
       announce(T) + release(T, "2027")),
    _p("release", "Lumen Drift 2: The Great Shift dated", "Lumen Drift 2: The Great Shift arrives on May 5, 2027.", release(L, "2027-05-05")),
    _p("delay", "Orsa shifts Lumen Drift 2", "Orsa has shifted Lumen Drift 2 to May 5, 2027.", delay(L, "2027-05-05")),
]
# A platform's version in Japanese is a port, as "the Switch 2 version" is.
JAPANESE_PORTS = [
    _p("collision", "『星屑キッチン』Switch 2版の発売が延期に", "『星屑キッチン』Switch 2版の発売を2027年3月から同年6月に延期すると発表した。", NOTHING),
    _p("collision", "『ミラージュ戦記』PS5版、2027年2月4日発売", "", NOTHING),
    _p("release", "『ミラージュ戦記』続編、2027年2月4日発売決定", "", announce(JM) + release(JM, "2027-02-04")),
]
# A headline about the answer to a rumour reports the answer; a report's claim is not stated by the outlet.
A_RUMOUR_ANSWERED = [
    _p("release", "Vanta Reach 2 dev responds to delay rumours",
       "Quillmoor says it is on track, responding to a report that the game had been delayed internally. "
       "Vanta Reach 2 is still planned for 2027.", release(V, "2027")),
    _p("release", "Orsa shoots down Lumen Drift 2 delay reports", "Lumen Drift 2 still launches on March 4, 2027, Orsa said.",
       release(L, "2027-03-04")),
    _p("hedge", "Tidebound season 3 report", "A report that Tidebound season 3 has been delayed to 2028 surfaced on Tuesday.", NOTHING),
]
# The maker confirms what sources reported: the story is confirmed.
MAKER_CONFIRMS = [
    _p("announce", "Tidebound film lands at Keld",
       "Keld has landed a Tidebound film, sources tell us. Keld confirmed the deal on Thursday.", announce(T)),
    _p("announce", "Vanta Reach series in the works",
       "A Vanta Reach series is in development at Keld, according to a report. The studio has since confirmed the project.",
       announce(V)),
    _p("hedge", "Lumen Drift film in the works",
       "Orsa is developing a Lumen Drift film, sources tell us. Sources confirmed the deal on Thursday.", NOTHING),
]


# A note's own label opens it and is not its subject: "Quick update: we're moving Lumen Drift 2 ...".
NOTE_LABELS = [
    _p("delay", "@orsa_news", "Quick update: we're moving Lumen Drift 2 from January 15 to February 26, 2027. Thanks for your patience!",
       delay(L, "2027-02-26")),
    _p("release", "@keld", "Important announcement: Tidebound season 3 premieres March 4, 2027.", release(T, "2027-03-04")),
    _p("collision", "@orsa_games", "Update: the Lumen Drift 2 patch moves from January 15 to February 26.", NOTHING),
]
# A sentence's first word has its capital by grammar, not as a title with a number: "Coming 2027."
FIRST_WORD_BEFORE_A_YEAR = [
    _p("release", "@quillmoor", "Vanta Reach 2. Coming 2027. Wishlist now.", release(V, "2027")),
    _p("release", "Tidebound 3 gets a window", "Tidebound 3 has a window at last. Due in 2027, Keld says.", release(T, "2027")),
    _p("collision", "Lumen Drift 2 look", "Lumen Drift 2 borrows its look from Cyberpunk 2077.", NOTHING),
    # ... and a plain first word continues the topic, which may tell what was known before.
    _p("recap", "Showcase live", "Tidebound 3 opened the show. First up: a sizzle reel of games already announced.", NOTHING),
    _p("recap", "Lumen Drift 2 showcase", "Lumen Drift 2, the already-revealed sequel, got no new footage.", NOTHING),
]


# This month and the next are dates: "opens in theaters next month", "arrives later this month", 来月公開.
RELATIVE_MONTHS = [
    _p("release", "Tidebound: The Movie", "Tidebound: The Movie finally opens in theaters next month.", release(T, "2026-07")),
    _p("release", "Lumen Drift 2 this month", "Lumen Drift 2 arrives later this month, Orsa said.", release(L, "2026-06")),
    _p("release", "劇場版『星屑キッチン』、来月公開", "", release(JK, "2026-07")),
    _p("negation", "Vanta Reach 2 news", "Vanta Reach 2 is not out next month: Quillmoor has not set a date.", NOTHING),
    _p("recap", "Korvin's Gate 2", "Korvin's Gate 2 launched last month to strong sales.", NOTHING),
]
# An untitled work named by its franchise is that franchise's: "dated its untitled Lumen Drift sequel for ...".
UNTITLED_NAMED = [
    _p("release", "Orsa's schedule", "Orsa has dated its untitled Lumen Drift sequel for July 14, 2028.", release(L, "2028-07-14")),
    _p("release", "Keld's schedule", "Keld dated Tidebound 3 for May 5, 2028 and pushed an untitled horror film to 2029.",
       release(T, "2028-05-05")),
]
# A collection of a series already out is no installment: "The Complete Series".
COLLECTIONS = [
    _p("collision", "New on Netflix in July", "July 10: Tidebound: The Complete Series", NOTHING),
    _p("collision", "Vanta Reach box", "Vanta Reach: The Complete Collection arrives on Blu-ray on July 3.", NOTHING),
]


# A relative clause that ends a sentence states its own fact, whatever the clause before it doubts; one set off
# by two commas is background and shields no hedge after it.
LAST_RELATIVE_CLAUSES = [
    _p("release", "Orsa layoffs", "Orsa said the cuts would not affect Lumen Drift 2, which remains scheduled for March 2027.",
       release(L, "2027-03")),
    _p("release", "Vanta Reach 2 news", "Quillmoor would not comment on Vanta Reach 2, which opens on March 4, 2027.",
       release(V, "2027-03-04")),
    _p("hedge", "Lumen Drift 2 rumours", "Sources say Orsa will delay Lumen Drift 2, which is expected to launch in May.", NOTHING),
    _p("hedge", "Tidebound 3 talk", "Two former staff, who asked not to be named, said they expect Tidebound 3 to slip into 2028.",
       NOTHING),
    _p("recap", "Korvin's Gate 2, the story so far", "Korvin's Gate 2 was originally due in late 2025 before a delay announced in January.",
       NOTHING),
]


# The date a delay leaves, said with what it was ("instead of the previously announced November 2027 date",
# "from early 2027"), and an earlier delay retold ("first delayed the game in March") are the past of the news.
DELAYS_RETOLD = [
    _p("delay", "Korvin's Gate 2 delayed again",
       "Halden announced on Friday that Korvin's Gate 2 will now arrive in spring 2028, instead of the previously announced "
       "November 2027 date. The studio first delayed the game in March, from early 2027.",
       delay(K, "2028-spring")),
    _p("delay", "Lumen Drift 2 leaves its March 2027 date", "Lumen Drift 2 now arrives in May 2027, instead of the originally planned March 2027 date.",
       delay(L, "2027-05")),
    _p("recap", "Tidebound 3, a history", "Keld first postponed Tidebound 3 in January, from late 2026.", NOTHING),
]


# Month first with dots where the day tells it, after a release word or "date:": "has a date: 11.19.27".
DOTTED_MONTH_FIRST = [
    _p("release", "@orsa_films", "The wait is over. Lumen Drift 2 has a date: 11.19.27. Only in theaters.", release(L, "2027-11-19")),
    _p("release", "Vanta Reach 2 has its day", "Vanta Reach 2 arrives 11.19.2027, Quillmoor said.", release(V, "2027-11-19")),
    _p("collision", "Tidebound patch notes", "Tidebound version 2.14.27 is live with bug fixes.", NOTHING),
]


# A month without its year after a verb of having come out is the one just gone, not the next: "debuted in June".
CAME_OUT_IN = [
    _p("recap", "Tidebound: The Movie", "The film's first trailer, which debuted in November, was criticised for its effects.", NOTHING),
    _p("recap", "Lumen Drift 2 footage", "The Lumen Drift 2 teaser that was shown in October is now on YouTube in 4K.", NOTHING),
    _p("release", "Vanta Reach 2 in November", "Vanta Reach 2 premieres in November, Quillmoor said.", release(V, "2026-11")),
]


# A noun is no move ("its latest earnings slides"); others' hopes are the measure, no doubt ("later than fans had hoped").
SLIDES_AND_HOPES = [
    _p("release", "Lumen Drift 2 targets holiday 2027",
       "Orsa says Lumen Drift 2 is targeting the 2027 holiday season, according to its latest earnings slides.",
       release(L, "2027")),
    _p("delay", "Vanta Reach 2 slides into 2027", "", delay(V, "2027")),
    _p("release", "Tidebound 3 news", "Tidebound 3 is now set for December 2027, Keld said, a year later than fans had hoped.",
       release(T, "2027-12")),
    _p("hedge", "Korvin's Gate 2 hopes", "Fans hope Korvin's Gate 2 arrives in March.", NOTHING),
]


# What a thing that is no installment is of may be long; it is still the subject of the release verb.
THINGS_OF_A_WORK = [
    _p("collision", "Tidebound exhibition opens in Osaka next month",
       "An exhibition of original drawings from Tidebound opens in Osaka next month, after a run in Tokyo.", NOTHING),
    _p("collision", "Lumen Drift 2 concert", "A concert of music from Lumen Drift 2 arrives in London on May 5, 2027.",
       NOTHING),
    _p("release", "Vanta Reach 2 and a concert", "A concert for fans in Tokyo is planned before Vanta Reach 2 opens on May 5, 2027.",
       release(V, "2027-05-05")),
]


# Who told the date, and where, with what else happened there: no announcement of its own.
TOLD_WHERE_ELSE = [
    _p("release", "Lumen Drift 2 dated at the showcase",
       "Lumen Drift 2 will be released on March 26, 2027, Orsa announced during Thursday's showcase, where it also premiered a "
       "new story trailer.", release(L, "2027-03-26") + trailer(L)),
    _p("announce", "Halden's showcase news",
       "Halden announced Korvin's Gate 3 during Thursday's showcase, where it also premiered a trailer.", announce(K) + trailer(K)),
]
# Leaving early access is the full launch.
EARLY_ACCESS_LEFT = [
    _p("release", "Vanta Reach 2 1.0", "Vanta Reach 2 leaves early access on January 21, 2027, Quillmoor confirmed.",
       release(V, "2027-01-21")),
    _p("release", "Tidebound Tactics full launch", "Tidebound Tactics exits early access on March 3, 2027.", release(T, "2027-03-03")),
]


# A maker or a place after a preposition is one name however many words it has: "produced by Studio Kirin"
# names no other title, and a list entry's sentence stays its heading's.
MAKERS_AFTER_BY = [
    _p("release", "Five anime to watch this fall",
       "Tidebound Season 2\n\nThe sea witch returns on October 4 with a new cour produced by Studio Kirin.",
       release(T, "2026-10-04")),
    _p("release", "Vanta Reach season 2 dated", "The heist crew is back on July 10, animated by Moth House Pictures.",
       release(V, "2026-07-10")),
    _p("collision", "Vanta Reach news", "Nightjar Coast returns on July 10, produced by Studio Kirin.", NOTHING),
]


# Work on the next installment starting, its object long: no release.
PRODUCTION_SLATED = [
    _p("announce", "Starfall Academy renewed, production next",
       "Netflix renewed Starfall Academy for a third season, with production on the third season slated to begin in the spring.",
       announce(S)),
    _p("recap", "Tidebound film update",
       "Filming on the long-awaited live-action Tidebound film is scheduled to start in March 2027.", NOTHING),
    _p("release", "Korvin's Gate 3 dated", "Production wrapped last year; Korvin's Gate 3 opens on March 5, 2027.",
       release(K, "2027-03-05")),
]


# A fiscal year's end told in a clause of its own is when a company's year ends, not a release.
FISCAL_YEAR_ENDS = [
    _p("release", "Lumen Drift 2 on track",
       "Orsa said Lumen Drift 2 remains on track to launch within the current fiscal year, which ends March 31, 2027.", NOTHING),
    _p("release", "Halden's plan", "Korvin's Gate 3 is planned for the fiscal year that runs through March 2028, Halden said.",
       NOTHING),
    _p("release", "Lumen Drift 2 dated for the fiscal year's last day", "Lumen Drift 2 will launch on March 31, 2027, the last day of Orsa's fiscal year.",
       release(L, "2027-03-31")),
]


# The work's coming out named as a noun, in a story told in the past: the month just gone.
RELEASE_NOUN_PAST = [
    _p("recap", "Hollow Lantern sales", "Hollow Lantern sold two million copies after its launch in September.", NOTHING),
    _p("recap", "Tidebound ratings", "Since its premiere in October, Tidebound has drawn 40 million viewers.", NOTHING),
    _p("release", "Vanta Reach season 2 abroad",
       "Vanta Reach season 2 will stream worldwide after its premiere in October on Fuji TV.", release(V, "2026-10")),
]


# A move earlier with a long object between the verb and "up".
MOVED_UP_LONG = [
    _p("release", "Starfall Academy season 3 moves up a week",
       "Netflix has moved the premiere of Starfall Academy season 3 up to September 2.", release(S, "2026-09-02")),
    _p("release", "Lumen Drift 2 jumps the queue", "Orsa moved the launch of its long-awaited sequel Lumen Drift 2 up to October 9.",
       release(L, "2026-10-09")),
    _p("delay", "Lumen Drift 2 slips by its launch", "Orsa moved the launch of Lumen Drift 2 back to October 9.", delay(L, "2026-10-09")),
]


# A Title Case headline's subtitle that the story writes the same, capitals and all, is the work's title: its
# words ("Shift", "Pushback") are no cues.
SUBTITLES_AS_WRITTEN = [
    _p("announce", "Orsa Announces Lumen Drift: Night Shift for 2027",
       "Orsa today announced Lumen Drift: Night Shift, coming to PC and consoles in fall 2027.",
       announce(L) + release(L, "2027-fall")),
    _p("release", "Halden Dates Korvin's Gate: Pushback for May 2027",
       "Halden has dated Korvin's Gate: Pushback, the next game in the series, for May 2027.", release(K, "2027-05")),
    _p("delay", "Lumen Drift 2: Delayed Again to 2027", "Orsa has delayed Lumen Drift 2 again, to March 2027.",
       delay(L, "2027-03")),
]


# What the work gets, and when: the installment and its date (and not a trailer yet to come).
GETS_IT_THEN = [
    _p("announce", "Tidebound is getting a second season in April 2027", "", announce(T) + release(T, "2027-04")),
    _p("announce", "Lumen Drift 2 gets a free expansion on February 3, 2027", "", announce(L) + release(L, "2027-02-03")),
    _p("announce", "Vanta Reach is getting a movie in 2027", "", announce(V) + release(V, "2027")),
    _p("recap", "Korvin's Gate got a sequel in 2019", "", NOTHING),
    _p("trailer", "Tidebound is getting a new trailer on Friday", "", NOTHING),
    _p("trailer", "Lumen Drift 2 gets its first teaser on June 10", "", NOTHING),
]


# A part of a season coming back with its date is the release, as a season's is: no new installment.
PARTS_RETURN = [
    _p("release", "Tidebound will return for its second cour in July", "", release(T, "2026-07")),
    _p("release", "Vanta Reach will return for part 2 in October", "", release(V, "2026-10")),
]


# A new work said to be coming is announced; a known one coming somewhere is a release.
A_NEW_ONE_COMING = [
    _p("announce", "A Tidebound movie is coming in 2028!", "", announce(T) + release(T, "2028")),
    _p("announce", "A Lumen Drift anime is on the way", "", announce(L)),
    _p("release", "The Tidebound movie is coming to Netflix on May 5", "", release(T, "2027-05-05")),
]


# A trailer named as what is known so far is no news of one.
TRAILER_KNOWN_SO_FAR = [
    _p("recap", "Korvin's Gate 3 preview", "We know little about Korvin's Gate 3 beyond the first teaser.", NOTHING),
    _p("recap", "Korvin's Gate 3 silence", "Since the reveal trailer, Halden has shown nothing of Korvin's Gate 3.", NOTHING),
    _p("trailer", "Korvin's Gate 3 trailer 2", "Korvin's Gate 3's second trailer is here, months after the first teaser.",
       trailer(K)),
]


# What the maker confirmed is the date, "that" left out or after a colon; a work introduced there is new.
CONFIRMED_THE_DATE = [
    _p("release", "Lumen Drift 2 date confirmed", "Orsa confirmed Lumen Drift 2 will launch on March 5, 2027.", release(L, "2027-03-05")),
    _p("release", "Tidebound season 2 date confirmed", "Keld just confirmed it: Tidebound season 2 premieres October 4!",
       release(T, "2026-10-04")),
    _p("announce", "Korvin's Gate sequel", "Halden confirmed a Korvin's Gate sequel will launch in 2027.",
       announce(K) + release(K, "2027")),
]


# An explainer's headline, a label and the question it is there to answer, doubts nothing the story states.
EXPLAINER_QUESTIONS = [
    _p("release", "Lumen Drift 2 release date: when is it coming out?", "Lumen Drift 2 launches on March 5, 2027, Orsa confirmed.",
       release(L, "2027-03-05")),
    _p("release", "Tidebound season 2: when does it premiere?", "The second season of Tidebound premieres on October 4 on Crunchyroll.",
       release(T, "2026-10-04")),
    _p("question", "Lumen Drift 2: will it be delayed?", "Orsa has not said whether Lumen Drift 2 will keep its March 5, 2027 date.",
       NOTHING),
]


# Made again: a remake is a new installment.
REMADE = [
    _p("announce", "Korvin's Gate is being remade for modern consoles", "", announce(K)),
    _p("announce", "Halden's classic returns", "Halden is remaking its 2009 cult classic Korvin's Gate from the ground up.",
       announce(K)),
    _p("recap", "Korvin's Gate remake review", "Korvin's Gate was remade in 2019 and holds up well.", NOTHING),
]


# A poster's date standing alone between its separators, month first.
DATES_BETWEEN_SEPARATORS = [
    _p("release", "@tidebound_anime", "SAVE THE DATE 📅 Tidebound Season 2 · 10.24.26 · only on Crunchyroll",
       release(T, "2026-10-24")),
    _p("release", "@lumendrift", "Lumen Drift 2 | 3.14.27 | PS5 · PC", release(L, "2027-03-14")),
    _p("collision", "@orsa_patches", "Lumen Drift 2 · patch 3.14.27 · out now", NOTHING),
]


# A live game's pass is no installment; a theatrical anime (劇場アニメ) whose release is decided is announced by it.
PASSES_AND_FILMS = [
    _p("collision", "Lumen Drift 2 battle pass", "The seventh season of Lumen Drift 2's battle pass goes live on July 10.", NOTHING),
    _p("collision", "Vanta Reach season pass dated", "Vanta Reach's season pass arrives on August 4 with three story chapters.",
       NOTHING),
    _p("ja", "劇場アニメ『星屑キッチン』2027年夏公開決定", "劇場アニメ『星屑キッチン』が2027年夏に公開されることが決定した。",
       announce(JK) + release(JK, "2027-summer")),
]


# Earlier delays as background: told in order ("It was then delayed to ..."), or in an aside the sentence's own delay
# follows; the date moved to, and then left, is no date ("first from 2025 to 2026 and then out of 2026 entirely").
DELAYS_AS_BACKGROUND = [
    _p("release", "Lumen Drift 2 explainer",
       "Lumen Drift 2 was first set for spring 2026. It was then delayed to fall 2027, and Orsa says it is on track.",
       release(L, "2027-fall")),
    _p("release", "Vanta Reach season 2 history", "Season 2 of Vanta Reach was later pushed to October 2026.",
       release(V, "2026-10")),
    _p("delay", "Tidebound 3 delayed to March", "Tidebound 3 was delayed to March 2027, Keld said on Friday.",
       delay(T, "2027-03")),
    _p("delay", "Vanta Reach season 2 delayed again",
       "Vanta Reach season 2, which was already pushed from April to October 2026, has been delayed again. The new premiere "
       "is January 2027.", delay(V, "2027-01")),
    _p("delay", "Lumen Drift 2 slips again", "Lumen Drift 2, which was previously delayed to May 2027, is now due in August 2027.",
       delay(L, "2027-08")),
    _p("recap", "Halden's hard year",
       "Halden delayed Korvin's Gate 3 twice, first from 2025 to 2026 and then out of 2026 entirely, before cutting staff.",
       NOTHING),
]


# A new work made known by its first video; the gap since the last one is no time told; a work of its own is no
# installment of the one its maker is known for.
NEW_GAME_TEASED = [
    _p("announce", "Halden's showcase", "The show closed with a teaser for a new Korvin's Gate game, the first in the series "
       "since 2019.", announce(K) + trailer(K)),
    _p("trailer", "Tidebound season 2 teaser at the panel", "The panel closed with a teaser for the new season of Tidebound.", trailer(T)),
    _p("collision", "Vanta Reach creator's next game", "Vanta Reach creator Ilo Mar founded a new studio, and its first game is an "
       "original fantasy RPG due in 2028.", NOTHING),
    _p("collision", "Tidebound studio's next project", "Keld's next project is an original anime premiering in April 2027, not more "
       "Tidebound.", NOTHING),
    _p("release", "Vanta Reach 2 dated, a sequel", "Vanta Reach 2 is due in 2028, a sequel to the original Vanta Reach.", release(V, "2028")),
    _p("announce", "Halden Showcase recap: every announcement", "The show closed with a teaser for a new Korvin's Gate game.",
       announce(K) + trailer(K)),
    _p("recap", "Tidebound season 1 recap", "In the finale, the crew finally learns that a second voyage is coming.", NOTHING),
    _p("ja", "『星屑キッチン』劇場版、2027年初夏公開", "TVアニメ『星屑キッチン』の劇場版が2027年初夏に公開されることが分かった。",
       announce(JK) + release(JK, "2027")),
]


# A maker's statement in reported speech states it ("said it would launch in March": the tense of the telling); a
# relative clause told with who said it after it states its own fact; work on it that ended in a month is that month gone.
TOLD_AND_REPORTED = [
    _p("release", "Lumen Drift 2 on schedule", "Orsa said Lumen Drift 2 would launch in March 2027 as planned.",
       release(L, "2027-03")),
    _p("release", "Tidebound 3 after layoffs", "In a statement, Keld said development of Tidebound 3 would continue and that its "
       "2027 launch window was not affected.", release(T, "2027")),
    _p("hedge", "Lumen Drift 2 rumour", "A source said Lumen Drift 2 would slip to 2028.", NOTHING),
    _p("hedge", "Vanta Reach sequel wish", "Fans said a Vanta Reach sequel would be a dream.", NOTHING),
    _p("release", "Starfall Academy showrunner exits", "The change will not affect the third season of Starfall Academy, which "
       "remains on track to premiere in fall 2026, the network said.", release(S, "2026-fall")),
    _p("release", "Tidebound layoffs", "The cuts will not touch Tidebound 3, which is still set for March 2027, Keld confirmed.",
       release(T, "2027-03")),
    _p("release", "Vanta Reach season 2 update", "Vanta Reach season 2 wrapped filming in April and premieres in fall 2026.",
       release(V, "2026-fall")),
    _p("release", "Tidebound film shoot", "The Tidebound film began shooting in March and opens in December 2026.",
       release(T, "2026-12")),
]


# A preview of works already known: each entry's date (in brackets, where it airs after it) is its release, and
# what it tells of a season is no announcement; a bare season where a move goes is the coming one.
PREVIEWS_AND_MOVES = [
    _p("release", "Winter 2027 anime: the shows we're watching",
       "Tidebound (January 9, TV Tokyo): the sea witch returns for a second season.\n\nVanta Reach (January 12, Tokyo MX): a "
       "heist anime new this season.", release(T, "2027-01-09") + release(V, "2027-01-12")),
    _p("delay", "Vanta Reach season 2 slips", "Vanta Reach season 2 has been pushed to fall.", delay(V, "2026-fall")),
    _p("delay", "Lumen Drift 2 delayed", "Lumen Drift 2 has been delayed to spring, Orsa said.", delay(L, "2027-spring")),
    _p("collision", "Korvin's Gate 3 story", "The story of Korvin's Gate 3 moves from winter to spring.", NOTHING),
]


# A denial of a rumour, the rumour blanked, negates nothing the maker states beside it.
DENIALS_OF_REPORTS = [
    _p("release", "Lumen Drift 2 delay rumour is false, Orsa says", "Orsa has denied a report that Lumen Drift 2 had slipped to "
       "2028, saying the game is on track for March 5, 2027.", release(L, "2027-03-05")),
    _p("release", "Keld shoots down delay rumours: Tidebound 3 still opens May 7, 2027", "", release(T, "2027-05-07")),
    _p("negation", "Halden denies a Korvin's Gate 3 delay", "Halden denied that Korvin's Gate 3 would slip to 2028.", NOTHING),
]


# What comes later may be word of the work, not the work.
WORD_OF_IT_LATER = [
    _p("announce", "@tidebound_anime", "Tidebound season 2 is officially in production! More news coming in 2027.", announce(T)),
    _p("collision", "Vanta Reach 2 details later", "Quillmoor says more details on Vanta Reach 2 will arrive in spring 2027.",
       NOTHING),
    _p("release", "@lumendrift_news", "Big news: Lumen Drift 2 arrives March 5, 2027!", release(L, "2027-03-05")),
]


# A look back from long after: the trailer is old ("five years later"); not the wait before news ("Five years
# later, ... finally gets a trailer").
YEARS_LATER = [
    _p("recap", "Revisiting the Lumen Drift 2 reveal trailer, five years later", "", NOTHING),
    _p("recap", "The first Tidebound teaser, ten years on", "", NOTHING),
    _p("trailer", "Five years later, Korvin's Gate 3 finally gets a trailer", "", trailer(K)),
]


# A headline's season over the story's day near it is the same date, said as the press says seasons.
SEASON_AS_SAID = [
    _p("delay", "Lumen Drift 2 Pushed to Summer 2027", "Orsa has pushed Lumen Drift 2 back to June 9, 2027.",
       delay(L, "2027-06-09")),
    _p("release", "Tidebound season 2 premieres this fall", "The season arrives on September 29 on Crunchyroll.",
       release(T, "2026-09-29")),
    _p("release", "Vanta Reach part 2 comes this summer", "Part 1 premieres June 5; part 2 follows this summer.",
       release(V, "2026-06-05", "2026-summer")),
]


# News of a work told in the past with a month and no year ("was first delayed in October", "was announced in
# September"): the month gone; a date the work "was due out" on, the old one; a headline's month without its year
# ("moves to July") is the story's dated one ("July 9, 2027").
TOLD_BEFORE_WITHOUT_YEAR = [
    _p("recap", "Lumen Drift 2 gets a March date", "Lumen Drift 2 launches on March 3, 2027. The game was first delayed in "
       "October, from its original summer date.", release(L, "2027-03-03")),
    _p("recap", "Tidebound 3 finally has a date", "Tidebound 3 was announced in September and now has a date: it arrives on "
       "February 9, 2027.", release(T, "2027-02-09")),
    _p("recap", "Korvin's Gate 3 dated for April", "Korvin's Gate 3 was first teased in November. Today Halden confirmed it "
       "for April 2027.", release(K, "2027-04")),
    _p("recap", "Vanta Reach 2 gets a March date", "Vanta Reach 2 launches on March 3, 2027. It was delayed out of 2026 in "
       "November.", release(V, "2027-03-03")),
    _p("delay", "Vanta Reach 2 slips to May", "Vanta Reach 2, which was due out on February 12, 2027, will now release on "
       "May 7, 2027.", delay(V, "2027-05-07")),
    _p("delay", "The Starfall Academy film moves to July", "The Starfall Academy film was due out in March 2027 but now opens "
       "on July 9, 2027.", delay(S, "2027-07-09")),
    _p("delay", "Tidebound season 2 moves to April", "Tidebound season 2, due out in January 2027, has moved to April 2027.",
       delay(T, "2027-04")),
]


# A post written in lower case but for a quoted title or a name it capitalises: its names are not told by capitals.
POSTS_OPENING_IN_LOWER_CASE = [
    _p("release", "@driftwatch", "lumen drift 2's 'Ember Road' expansion is out july 17!! new map, free for everyone who owns "
       "the game", release(L, "2026-07-17")),
    _p("release", "@keldfan", "vanta reach season 2 premieres july 9 on Keld+, finally", release(V, "2026-07-09")),
    _p("negation", "@gatewatch", "lol that korvin's gate 3 'delayed to 2027' screenshot is fake, Halden never said that",
       NOTHING),
    _p("announce", "@academy_news", "ok so starfall academy season 3 is officially happening. Keld confirmed it on stream",
       announce(S)),
]


# What a shop's listing showed, after which the maker states its date ("after a retailer listing suggested it had
# slipped"), is background; "confirmed that X is still coming on DATE" confirms the date, not the work.
OTHERS_LISTINGS_AND_STATES = [
    _p("release", "Lumen Drift 2 date unchanged", "Orsa says Lumen Drift 2 is still coming on March 5, 2027, after a retailer "
       "listing suggested it had slipped to June.", release(L, "2027-03-05")),
    _p("release", "Vanta Reach season 2 keeps its date", "Vanta Reach season 2 premieres on October 3, Keld confirmed, following a "
       "store listing that showed a November date.", release(V, "2026-10-03")),
    _p("release", "Tidebound 3 on schedule", "Tidebound 3 opens on May 7, 2027, as planned, despite a leaked retailer listing "
       "that pointed to a delay.", release(T, "2027-05-07")),
    _p("release", "Korvin's Gate 3 still on for April", "Halden confirmed that Korvin's Gate 3 is still coming on April 9, 2027.",
       release(K, "2027-04-09")),
    _p("release", "Lumen Drift 2 remains on track", "Orsa announced that Lumen Drift 2 remains on track for fall 2027.",
       release(L, "2027-fall")),
    _p("release", "Starfall Academy 2 in January", "Keld has confirmed that Starfall Academy 2 is now arriving in January 2027.",
       release(S, "2027-01")),
    _p("announce", "A Tidebound film is coming", "Keld confirmed that a Tidebound film is coming in 2028.",
       announce(T) + release(T, "2028")),
]


# A person of the work (its star, its showrunner) speaking of "the show's second season" speaks of it; a person
# credited in a "whose" aside ("Ada Voss, whose novels inspired the Tidebound series, has announced ...") is the subject.
PEOPLE_OF_THE_WORK = [
    _p("release", "Vanta Reach star teases a darker second season", "Vanta Reach star Mia Lund says the show's second season, "
       "which premieres October 3, is a lot darker than the first.", release(V, "2026-10-03")),
    _p("release", "Tidebound showrunner talks season 3", "Tidebound showrunner Ana Ruiz says the series' third season premieres "
       "on January 8, 2027.", release(T, "2027-01-08")),
    _p("negation", "Lumen Drift actor on the sequel", "Lumen Drift actor Sam Hale says the film's sequel is not happening.",
       NOTHING),
    _p("collision", "Tidebound author announces a new novel", "Ada Voss, whose novels inspired the Tidebound series, has "
       "announced a new standalone book, out in May 2027.", NOTHING),
    _p("collision", "The Vanta Reach creator's new game", "Ilo Mar, whose studio made Vanta Reach, announced a new game on Friday.",
       NOTHING),
    _p("release", "Orsa's spring", "Orsa, whose Lumen Drift 2 launches on March 5, 2027, also showed two smaller games.",
       release(L, "2027-03-05")),
]


# A roundup's headline that names no work ("Every game delayed to 2027 so far") is about all of them, none alone.
HEADLINES_OF_MANY_WORKS = [
    _p("delay", "Every game delayed to 2027 so far", "The list keeps growing. Tidebound 3, which has no date at all, was "
       "pushed out of 2026.", delay(T, None)),
    _p("release", "All the shows returning in 2027", "Vanta Reach season 2 premieres on January 8, 2027.",
       release(V, "2027-01-08")),
    _p("announce", "10 sequels coming next year", "Korvin's Gate 3 is the big one: Halden announced it on "
       "Friday.", announce(K)),
]


# A boxed copy of a game already out is no new one; a post's short lines are lines, not section headings
# ("Vanta Reach: Encore" / "Coming to Switch" / "03.18.2027").
BOXED_COPIES_AND_POSTERS_LINES = [
    _p("collision", "Lumen Drift is getting a physical release", "A boxed edition of Lumen Drift for Switch and PS5 ships on "
       "July 14, publisher Orsa said.", NOTHING),
    _p("collision", "Vanta Reach physical edition dated", "Vanta Reach, out digitally since March, gets a physical edition on "
       "August 8.", NOTHING),
    _p("release", "Lumen Drift 2 dated, physical copies too", "Lumen Drift 2 launches on March 5, 2027, digitally and in "
       "stores.", release(L, "2027-03-05")),
    _p("release", "@vanta_official", "Vanta Reach: Encore\nComing to Switch, PS5 and PC\n03.18.2027\nWishlist now!",
       release(V, "2027-03-18")),
    _p("release", "@tidebound_keld", "Tidebound Season 2\nPremieres on Keld+\nOctober 9\nSee you there", release(T, "2026-10-09")),
    _p("trailer", "@lumendrift", "Lumen Drift 2\nOfficial Trailer\nOut now", trailer(L)),
]


# A date in figures with slashes and its year in full, wherever the day tells the order: "03/18/2027", "24/10/2026".
SLASHED_DATES_IN_FULL = [
    _p("release", "@lumendrift_dates", "Lumen Drift 2 has a release date! 03/18/2027", release(L, "2027-03-18")),
    _p("release", "Tidebound season 2 premiere set for 24/10", "Tidebound season 2 premiere: 24/10/2026, on Keld+.", release(T, "2026-10-24")),
    _p("release", "@korvins_gate", "Korvin's Gate 3\nPS5 / Xbox / PC\n11/19/2026", release(K, "2026-11-19")),
]


# A work's own account names it ("@korvinsgate_official"; not a fan's "@tideboundfan"); a trailer of an edition
# or a port is none of the work; what a maker wants is no date; a film "finally going ahead" is announced; what fans
# worried about, answered, is background.
OWN_ACCOUNTS_AND_EDITIONS = [
    _p("trailer", "Every trailer from the showcase", "Lumen Drift, the board game, got a digital edition trailer.", NOTHING),
    _p("trailer", "Vanta Reach port trailer", "Quillmoor released a Switch 2 version trailer for Vanta Reach on Friday.", NOTHING),
    _p("trailer", "Tidebound 3 trailer", "Keld released a new trailer for Tidebound 3, and its anniversary event starts July 3.",
       trailer(T)),
    _p("release", "@korvinsgate_official", "Season 2 premieres on October 9. See you there!", release(K, "2026-10-09")),
    _p("announce", "@vantareach_en", "It's official: a second season is in production!", announce(V)),
    _p("collision", "@tideboundfan", "season 2 premieres october 9 i'm told, can't wait", NOTHING),
    _p("hedge", "Lumen Drift 2 studio on the date", "'We want it out in 2027,' Orsa's director said, 'but I won't promise a "
       "date.'", NOTHING),
    _p("hedge", "Korvin's Gate 3 target", "Halden would like the sequel to launch next year, its CEO told investors.", NOTHING),
    _p("announce", "The Tidebound film is finally going ahead", "After years of false starts, the Tidebound film is finally going "
       "ahead at Keld.", announce(T)),
    _p("release", "Vanta Reach 2 still on for March", "Vanta Reach 2 will launch on March 5, 2027 as planned, Quillmoor said in "
       "response to fan worries after a quiet few months.", release(V, "2027-03-05")),
]


# A trailer the work will get, whenever, is none yet: "will get its first gameplay trailer at the June showcase".
TRAILERS_TO_COME_WHENEVER = [
    _p("trailer", "Vanta Reach 2 at the June showcase", "Quillmoor says Vanta Reach 2 will get its first gameplay trailer at the "
       "June showcase.", NOTHING),
    _p("trailer", "Tidebound season 2 teaser soon", "Tidebound season 2 will be getting a teaser soon, Keld says.", NOTHING),
    _p("trailer", "Lumen Drift 2 gameplay", "Lumen Drift 2 got its first gameplay trailer today.", trailer(L)),
]


# When a work will get its date is no date of it: "will get a release date in June" (but "will get a June 9 release
# date" is that date, and no new work).
DATES_TO_COME = [
    _p("release", "Lumen Drift 2 date in June", "Lumen Drift 2 will get a release date in June, Orsa says.", NOTHING),
    _p("release", "Tidebound 3 date at the fan event", "Tidebound 3 will receive its premiere date at the fan event next month.",
       NOTHING),
    _p("release", "Quillmoor on the Vanta Reach 2 date", "Vanta Reach 2 will get a June 9 release date, Quillmoor says.",
       release(V, "2026-06-09")),
]


# A table's row as extraction writes it ("| Lumen Drift 2 | PS5, PC | June 10 |") is a schedule line, never a heading;
# a dated label opening a line ("Update, June 3: ...") dates the line's writing, not the work.
TABLE_ROWS_AND_DATED_LABELS = [
    _p("release", "June release schedule: every game out this month", "Everything launching this month.\n| Game | Platforms "
       "| Date |\n|---|---|---|\n| Lumen Drift 2 | PS5, PC | June 10 |\n| Nightjar Coast | Switch | June 12 |\n"
       "| Vanta Reach 2 | PC | June 17 |", release(L, "2026-06-10") + release(V, "2026-06-17")),
    _p("recap", "Tidebound: a season guide", "| Season | Premiered |\n|---|---|\n| Tidebound season 1 | April 2025 |\n"
       "| Tidebound season 2 | March 2026 |", NOTHING),
    _p("delay", "Korvin's Gate 3 delayed to February", "Update, June 3: Halden has since confirmed the new date: February 11, "
       "2027.\nKorvin's Gate 3 will not make its June 17 launch. Halden said it needs more time and will arrive in February "
       "instead.", delay(K, "2027-02-11")),
    _p("release", "Vanta Reach 2 dated, update", "UPDATE (6/3): Quillmoor has confirmed the date of Vanta Reach 2, July 9.",
       release(V, "2026-07-09")),
]


BASE = (ANNOUNCEMENTS + RELEASES + DELAYS + EARLIER + TRAILERS + COMBINED + HEDGES + NEGATIONS + QUESTIONS
        + RECAPS + COLLISIONS + CONTINUATION + DATES + JAPANESE_FORMS + MORE_ANNOUNCEMENTS + MORE_RELEASES
        + MORE_DELAYS + MORE_TRAILERS + MORE_TRAPS + MONTH_MAY + MONTH_JUST_PASSED + NAMED_BY_FRANCHISE
        + REPLACED_DATES + HOLIDAY_WINDOWS + TIME_CLAUSES
        + APPOSITIONS + OCCASION_TRAILERS + DATE_LINES + OTHERS_DELAYS + TOLD_DATES + EVERYDAY + EVERYDAY_TRAPS + DETAILS + WEEKDAYS + POSTS
        + HEADLINE_LABELS + GAME_EVENTS + AGENTS + ONTO + SPLIT_RELEASES + CALENDAR_LINES
        + RELATIVE_CLAUSES + STYLISED_NAMES + PRODUCTION_NOTICES + OLD_PLANS
        + DATE_FIRST + OPENERS + SLIPS + LONGER_NAMES + DROPS_AND_LISTINGS
        + POST_VOICE + EDITIONS + EVENTS_CONFIRMED + MAKERS_OF_SEVERAL + DOUBT_AS_BACKGROUND + TRAILER_AGE
        + JAPANESE_YEARS_AND_PLANS + SETS_FOR + HEADLINE_SHAPES + NEXT_TO_THE_CUE
        + PAGES + ATTRIBUTIONS + JAPANESE_NOTICES + LOWER_CASE_POSTS
        + NAMED_THINGS + SUBTITLED + MORE_SHAPES + DELAY_SHAPES + JAPANESE_HEADLINES + DOUBT_SCOPE + TRAILER_SHAPES
        + CONFIRMED_UPDATES + DELAY_DAY_BELOW + SCHEDULE_LINES + PAST_BESIDE_AHEAD + UNDER_WAY
        + OFF_AND_UP + SAME_YEAR_AND_GAMES + ON_SCHEDULE + NAME_BEFORE_A_NOUN
        + WHOSE_TRAILER + AUDIENCES + GAME_SEASONS + LINKED_STORIES
        + MAKERS_ON_SEQUELS + SHORT_AND_FIGURE_DATES + JAPANESE_REPORTS_AND_DENIALS
        + OLD_TRAILERS_AND_VOLUMES + DATES_GIVEN_UP + UNTIL_AND_SHARES + CAST_RETURNS + GOVERNED
        + OTHERS_TRAILERS + RETURNS + SELLERS_WORDS + TOLD_ON_A_DAY + YEAR_IN_WORDS + RANGES + MAKERS_BEHIND
        + JAPANESE_STARTS_ANNOUNCED + POSTER_POSTS + ARTICLES + VIDEO_PUT_OUT + RANKED_LISTS + FISCAL_YEARS
        + TWO_PREDICATES + RENEWALS + IS_COMING + JAPANESE_HUMBLE_NOTICES + RETROSPECTIVES + MORE_ARTICLES + QUOTED_MAKERS
        + THINGS_REVEALED + TOLD_WHERE + MOVES_CONTINUED + OTHERS_MOVES + CREDITS + WORK_UNDER_WAY + SEASON_PARTS_AND_DOTS + TABLETOP
        + THIRD_ROUND_ARTICLES + TRADE_VERBS + PUSHES + UNTIL_A_DATE + PEEKS_AND_PICTURES + COMING_WINTERS
        + FOURTH_ROUND_ARTICLES + SEASON_WINDOWS_HOLD + PROMOS + OPENING_WORDS + ON_TRACK + PAST_DAYS + JAPANESE_DATES_DECIDED
        + FIFTH_ROUND_ARTICLES + NOT_UNDER_WAY + HISTORY_THEN_NOW + WHO_CREDITS + COMING_MONTHS + SIXTH_ROUND_ARTICLES
        + PRODUCTION_STARTS + OUT_OF_THE_YEAR + BEING_ADAPTED + CONFIRMED_LATER_ON
        + REVEALED_ANOTHER + MORE_THINGS_REVEALED + REPORTED_BY_OUTLETS + MAKERS_AS_SUBJECT
        + JAPANESE_OLD_PLANS + SEE_YOU_ON + VIDEO_TITLES + MAKERS_WORK + LATER_ELSEWHERE + PORTS
        + STILL_SCHEDULED + DAYS_OF_SHOWS + POSTER_WORDS + EPISODES_AND_DEMOS + ORDERED
        + RELEASE_DATE_AHEAD + TRAILERS_TO_COME + FEATURES_REVEALED + COMMITMENTS_AND_MONTHS
        + TOLD_WHERE_AFTER + RUMOURS_ANSWERED + NOT_IN_THE_WORKS + GETS_A_GAME + PORT_ANNOUNCED + UNLOCKS_AND_RERELEASES
        + ANNIVERSARY_NEWS + SHOWS_AND_FINALES + EXPANSIONS_OF_MAKERS + TRAILERS_AT_A_TIME + MOVED_FROM_A_DATE
        + LABELS_ABOVE_THE_STORY + THINGS_AFTER_THE_NAME + INSTALLMENT_LINES
        + LISTED_WITH_DATES + LINES_OF_DATES + CALLS_WITH_A_DATE + ANNOUNCED_BEFORE
        + UNDER_A_LINE + PORTS_AND_SCORES + BEYOND_A_TITLE + ASIDES_OF_THE_PAST + HASHTAGS
        + TITLE_IN_APPOSITION + GOT_A_TRAILER + LOWER_CASE_MONTHS
        + REMASTERED + TOLD_AFTER_THE_DATE + ANSWERED_HEADLINES + ABOUT_A_TRAILER
        + ASIDE_AFTER_THE_THING + DATE_OF_A_NUMBERED_INSTALLMENT + JAPANESE_STARTS_TOLD
        + JAPANESE_PLANNED_STARTS + ACCOUNTS_OF_ONE_WORD_NAMES + LINES_BETWEEN + SEE_YOU_THE_DAY + UNNAMED_SOURCES
        + PRINTED_VOLUMES + RUMOURS_DENIED + WORK_STARTS + THINGS_OF_IT_REVEALED + RETURNS_DATED
        + LAST_DATED + THE_DELAYED_WORK + TRAILER_VIEWS + ANNOUNCED_WHERE_ASIDE + COLON_THEN_IT
        + IN_THE_SEASON + RUMOURS_CONFIRMED + RUMOURS_PUT_TO_REST
        + LISTED_BY_MONTH + ROUNDUP_HEADLINES + ORDINARY_IN_TITLE_CASE + WORKS_ABOUT_THE_WORK + JOURNEY_STARTS
        + PLANNED_WORK + ACQUIRED + REVIEWS + ANSWERED_BELOW + DAYS_ABOVE_TITLES + LABELLED_NEWS + LAST_YEARS_WORK
        + LIVE_BLOG_TIMES + CALENDAR_HEADLINES + HOW_MANY_OPENS + EPISODES_BY_PLACE + CALLED_IT
        + FORUM_ACCOUNTS + SHOUT_LINES + THEIR_OTHER_WORK + DATE_TO_BE_GIVEN
        + YEAR_IN_REVIEW + HEDGED_TRAILING + TRAILERS_PROMISED + BRACKETED_DATES
        + MOVED_UP_WITH_OBJECT + NEW_TARGET_LINES + DATES_CALLED_OFF + OUT_OF_ITS_DATE + WINDOWS_OVER_TWO_YEARS
        + LABEL_LINES_ABOVE + QUESTIONS_THE_STORY_ANSWERS + MISSES_ITS_DATE + ASIDES_WITH_THE_OLD_DATE + TICKETS_ON_SALE
        + VIDEO_ABBREVIATIONS + NOTES_WITHOUT_A_VERB + PLANS_UNDER_WAY + SLASHED_DAYS + PARTICIPLES_FIRST + FACT_BOX_ENTRIES
        + OTHER_STORIES_IN_JAPANESE + HITS_AS_A_NOUN + TRAILERS_UP_AND_RECENT
        + APPOSITIONS_OF_THE_PAST + NAMES_QUALIFYING_PHRASES + TOLD_ON_A_WEEKDAY + TARGETS_OF_THE_PAST
        + TOLD_IN_A_VIDEO + YET_TO_BE_TOLD + BELIEVED_AND_DOUBTFUL + SHIPS_HITS_KICKS_OFF
        + LATER_THAN_PLANNED + RENEWALS_GIVEN + MADE_KNOWN
        + TIME_LABELS + ANNOUNCEMENT_TRAILERS + DATES_WITHDRAWN + AIMS + DESCRIBED_AS + DELAYS_AS_A_TOPIC
        + PORT_ASIDES + SPIN_OFFS + WHO_GETS_IT + MOVE_WORDS_IN_TITLES + JAPANESE_PORTS
        + A_RUMOUR_ANSWERED + MAKER_CONFIRMS + NOTE_LABELS
        + FIRST_WORD_BEFORE_A_YEAR + RELATIVE_MONTHS + UNTITLED_NAMED + COLLECTIONS
        + LAST_RELATIVE_CLAUSES + DELAYS_RETOLD + DOTTED_MONTH_FIRST + CAME_OUT_IN + SLIDES_AND_HOPES + THINGS_OF_A_WORK + TOLD_WHERE_ELSE
        + EARLY_ACCESS_LEFT + MAKERS_AFTER_BY + PRODUCTION_SLATED + FISCAL_YEAR_ENDS + RELEASE_NOUN_PAST + MOVED_UP_LONG
        + SUBTITLES_AS_WRITTEN + GETS_IT_THEN + PARTS_RETURN + A_NEW_ONE_COMING + TRAILER_KNOWN_SO_FAR + YEARS_LATER
        + SEASON_AS_SAID + CONFIRMED_THE_DATE + EXPLAINER_QUESTIONS + REMADE + DATES_BETWEEN_SEPARATORS + PASSES_AND_FILMS
        + DELAYS_AS_BACKGROUND + NEW_GAME_TEASED + TOLD_AND_REPORTED + PREVIEWS_AND_MOVES
        + WORD_OF_IT_LATER + DENIALS_OF_REPORTS + TOLD_BEFORE_WITHOUT_YEAR + POSTS_OPENING_IN_LOWER_CASE
        + OTHERS_LISTINGS_AND_STATES + PEOPLE_OF_THE_WORK + HEADLINES_OF_MANY_WORKS
        + BOXED_COPIES_AND_POSTERS_LINES + SLASHED_DATES_IN_FULL + OWN_ACCOUNTS_AND_EDITIONS
        + TRAILERS_TO_COME_WHENEVER + DATES_TO_COME + TABLE_ROWS_AND_DATED_LABELS)


_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from"}


def title_case(text: str) -> str:
    """As headline writers do: every word capitalised but the small ones."""
    words = text.split(" ")
    return " ".join(w if (i and w.lower() in _SMALL) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def casing_variants(probes: list[Probe]) -> list[Probe]:
    """Every English headline-only probe again in Title Case, and in ALL CAPS as a shouting post."""
    variants = []
    for probe in probes:
        if probe.text or not probe.title.isascii():
            continue
        variants.append(Probe(f"title-case/{probe.kind}", title_case(probe.title), "", probe.expected))
        variants.append(Probe(f"all-caps/{probe.kind}", probe.title.upper(), "", probe.expected))
    return variants


PROBES = BASE + casing_variants(BASE)
