"""Which watched franchise a mention really means, in the context of its document.

The matcher finds every alias with the right boundaries and capitals; this
module decides which of those name the franchise itself (not "Vanta Reach
creator Ilo Mar", "Brine Hollis", "Brine shrimp" at a sentence start, or
"Quietly Cruel: The Seven Lanterns Illustrated"), learns the document's own
names for installments ("Orbit: Ember Road" makes "Ember Road" a name of
Orbit in that document), and gives each sentence the topic it continues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from crawler.model import Hit
from crawler.understand import lexicons
from crawler.understand.casing import Casing, casing_of
from crawler.understand.cuesearch import Span
from crawler.understand.dates import MONTHS_IN_FULL, WEEKDAYS, find_dates
from crawler.understand.sentences import NUMBERED_ITEM, Sentence

CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*")
# Capitalised words that are never the name of another work.
# Days and months are written with a capital: a name of the calendar, or of a work called after one ("Tuesday").
_CALENDAR_WORDS = frozenset({word.capitalize() for word in (*WEEKDAYS, *MONTHS_IN_FULL)} | {"Christmas", "Halloween"})
PLAIN_CAPITALS = frozenset(
    "The A An It Its This That These Those They He She We I You Our Their His Her And But Or So Yet For To In On At "
    "After Before With Without By From Of As Once When While Since Until Now Then Today Tonight Tomorrow Also Still "
    "Meanwhile However Instead Here There What Which Who Whose Why How Both Each Every Neither Either No Not Nor "
    # how many: "All ten episodes arrive on March 20", "Two new seasons ..."
    "All Some Many Most Several Few Any One Two Three Four Five Six Seven Eight Nine Ten Twelve "
    "Volume Part Season Episode Chapter Vol Vols Episodes Seasons Parts Finale Final Official Update "
    "Christmas Eve Day Year's New Halloween Thanksgiving Japan Japanese US U.S. UK Europe Worldwide "
    # where and for whom it comes out: "North America gets it on March 5", "Players elsewhere still get it"
    "North South America American Americans European Asia Western West Australia Korea China Fans Players Viewers "
    "Gamers Audiences Readers RPG JRPG MMO MMORPG DLC FPS PV PVs CM MV OVA ONA OST "
    "PC PS4 PS5 Xbox Switch Series X|S Steam Netflix Crunchyroll Funimation Disney+ Prime Video Hulu Max HBO NHK TV "
    "IMAX Pacific Eastern GMT JST PT ET Q1 Q2 Q3 Q4 "
    # words that open a sentence: "Later that day, ...", "Earlier today the studio ..."
    "Later Earlier Elsewhere Last Next Following Ahead Despite Although Though Because Just Only Even Again Soon "
    "Yesterday Tonight's Today's Afterwards Overall Plus Sadly "
    # what a post tells its readers to do: "Watch the teaser", "Stay tuned"
    "Watch Stay See Check Read Wishlist Follow Join Don't Thank Thanks "
    # what names an edition or a form of the work itself: "The Definitive Edition launches ..."
    "Edition Definitive Remastered Remaster Remake Complete Deluxe Ultimate Collection Trilogy Cut Director Extended "
    "Special Anniversary Standard Premium Collector Digital Sequel Prequel Movie Film Game Show Anime".split()
) | _CALENDAR_WORDS

# After a name, a verb that makes it someone who acts or speaks, not a work: "Halden set the date",
# "Orsa tweeted that", "Keld also released a teaser".
_AGENT_VERB = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:has |have |had |will |just |also |later |then |\w+ly )*(?P<verb>set|sets|moved|moves|pushed|pushes|dated"
    r"|dates|gave|gives|took|takes|pulled|pulls|put|puts|released|releases|dropped|drops|announced|announces|confirmed"
    r"|confirms|revealed|reveals|delayed|delays|postponed|postpones|scheduled|schedules|shared|shares|showed|shows"
    r"|premiered|unveiled|used|marked|said|says|told|tells|debuted|posted|posts|tweeted|tweets|wrote|writes|noted|notes"
    r"|stated|states|added|adds|explained|explains|teased|teases|published|publishes|uploaded|uploads"
    # who makes the work: "Studio Arvo will produce the series, which premieres in 2027"
    r"|produce|produces|producing|animate|animates|animating|develop|develops|developing|direct|directs|directing"
    r"|publish|publishing|distribute|distributes|distributing|plans|planned"
    # after "will", with an object: "Orsa will release the remaster" (not "will release in May"; "will show a
    # trailer" is no agent of one yet)
    r"|release(?!\s+(?:on|in|this|next|later|early|late|worldwide|globally"
    r"|exclusively|digitally|physically|simultaneously|day)\b))\b"
)


# A headline's label before a colon is no title: "Watch: Lumen Drift II's first footage".
_HEADLINE_LABELS = frozenset(
    "watch video trailer exclusive report reports review preview breaking update updated rumor rumour opinion interview "
    "analysis recap explainer official confirmed news feature listen poll deal spoilers".split())
# A schedule's label of when, before a colon: "Monday: Tidebound gets a new PV", "Day 2: ...", "Tonight: ...".
_TIME_LABEL = re.compile(rf"(?:(?:this|next|last)\s+)?(?:{'|'.join(WEEKDAYS)}|today|tonight|tomorrow|yesterday|weekend"
                         r"|week|day\s+\d+|morning|afternoon|evening)", re.IGNORECASE)
_TIME_BEFORE = re.compile(r"\b(?:on|during|last|next|this|since|until|till|by|every|from|before|after|each|late|early"
                          r"|through|see you)\s+$", re.IGNORECASE)
# News says when it was told right after the verb of telling: "the network said Tuesday", "Orsa
# announced Friday that ...". A verb of telling takes a day; a verb of revealing takes one when what
# follows ends the clause or says more of the telling ("confirmed Tuesday that", "revealed Friday at").
_TOLD_BEFORE = re.compile(r"\b(?:said|says|told|wrote|added|noted|stated|explained|reported|tweeted|posted)\s+$")
_REVEALED_BEFORE = re.compile(r"\b(?:announced|confirmed|revealed|unveiled|shared)\s+$")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:that|in|at|via|during|with|on|morning|night|evening|afternoon)\b")
# A part of the day, or what happened on it: "Tuesday night", "the Tuesday stream", "Tuesday's showcase".
_PART_OF_THE_DAY = re.compile(r"(?:['’]s)?\s+(?:morning|night|evening|afternoon|stream|livestream|showcase|show|broadcast"
                              r"|presentation|event|direct|panel|keynote|briefing)\b", re.IGNORECASE)


def _stylised(alias: str) -> bool:
    """An alias the user wrote with capitals inside it ("DOOM", "NieR"), matched as written: the work's
    own styling, which no person's or company's name shares, so a capitalised word after it is a subtitle."""
    return sum(c.isupper() for c in alias) >= 2


def _inside_a_longer_name(before: str) -> str | None:
    """The capitalised word that a one-word alias right after it inside a sentence belongs to:
    "Lake" of "Lake Tidebound", "Paper" of "Paper Lantern"; None when there is none.

    Not after a sentence start, a possessive ("Halden's Tidebound"), a word that is
    never a name ("The", "New"), or a date.
    """
    word = _WORD_BEFORE.search(before)
    if word is None or word.group(1) in PLAIN_CAPITALS:
        return None
    preceding = before[:word.start()]
    inside = bool(preceding.strip()) and not re.search(r"(?:[.!?:;\n\"“(]|^)\s*$", preceding)
    return word.group(1) if inside else None


# On the same line: a word that ends the line above (a breadcrumb's "News", a heading) is no part of a name.
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)[^\S\n]+$")


@dataclass(frozen=True, slots=True)
class Mention:
    franchise: str
    start: int
    end: int
    in_title: bool


# Subtitles that number an installment rather than name another work.
_GENERIC_SUBTITLE = re.compile(
    r"(?:Part|Season|Chapter|Volume|Vol\.|Episode|Book|Act|Phase)\b|The (?:Movie|Series|Final Season|Animation)\b|\d|[IVX]+\b"
)


def _another_work(alias: str, after: str, colon_titles: dict[str, set[str]]) -> bool:
    """"Orbit: The Last Courier" when the user watches "Orbit: Ember Road".

    A user who lists colon titles for a name has said which "Name: ..." works
    they mean; another distinctive subtitle of that name is a different work.
    """
    subtitle = re.match(r":\s+([A-Z][^,.;!?]*)", after)
    return bool(subtitle and alias in colon_titles and not _GENERIC_SUBTITLE.match(subtitle.group(1)))


def resolve_mentions(title: str, body: str, hits: list[Hit], colon_titles: dict[str, set[str]]) -> list[Mention]:
    """Hits that name the franchise itself, plus the names of its installments.

    Left out: "Vanta Reach creator Ilo Mar" (the title qualifies someone else),
    "Orbit: The Last Courier" when the user listed other "Orbit: ..." titles,
    "Quietly Cruel: The Seven Lanterns Illustrated" and "Brine Hollis" (the
    alias is part of a longer name). An installment named once with its
    franchise ("Orbit: Ember Road") is recognised on its own later in the
    same document ("Ember Road opens ...").
    """
    casings: dict[tuple[bool, int], Casing] = {}
    found = []
    longer: set[tuple[str, str]] = set()  # (word, franchise): "Lake" before "Tidebound" makes another name
    for hit in hits:
        text = title if hit.in_title else body
        after, before = text[hit.end:hit.end + 30], text[max(0, hit.start - 60):hit.start]
        if ((lexicons.MODIFIER_AFTER_TITLE.match(after) or lexicons.MODIFIER_BEFORE_TITLE.search(before)
             or lexicons.something_else_before(before)
             or (_WHO_BEFORE.search(before) and _ASIDE_ENDS_AFTER.match(after)))
                and not _its_maker_on_its_sequel(text, hit.end, _line_casing(text, hit, hits, casings) is Casing.SENTENCE)) \
                or _another_work(hit.alias, after, colon_titles):
            continue  # "Vanta Reach creator ...", "the studio best known for Vanta Reach"
        if hit.alias in _CALENDAR_WORDS and (
                _TIME_BEFORE.search(before) or _TOLD_BEFORE.search(before) or _PART_OF_THE_DAY.match(after)
                or (_REVEALED_BEFORE.search(before) and _CLAUSE_GOES_ON.match(after))):
            continue  # "during Tuesday's showcase", "on Tuesday", "the network said Tuesday": a day, not the series
        if _line_casing(text, hit, hits, casings) is not Casing.SENTENCE:
            # In a Title Case or ALL CAPS line every word has a capital: none of it tells a longer name.
            found.append(Mention(hit.franchise, hit.start, hit.end, hit.in_title))
            continue
        # "Quietly Cruel: The Seven Lanterns Illustrated"; not "Orsa makes it official: Lumen Drift 4".
        prefix = None if ":" not in before else _TITLE_BEFORE_A_COLON.search(before)
        label = prefix.group().rstrip().rstrip(":") if prefix else ""
        if prefix and label.lower() not in _HEADLINE_LABELS and not _TIME_LABEL.fullmatch(label) \
                and not find_dates(prefix.group(), date(2000, 1, 1)) and not _CLOCK_TIME_BEFORE.search(before) and not any(
                h.in_title == hit.in_title and h.end >= hit.start - 60 and h.end <= hit.start and h is not hit for h in hits):
            continue  # the subtitle of another title
        if " " not in hit.alias and (following := _CAPITALISED_AFTER.match(after)) and following.group(1) not in _ITS_PARTS \
                and not _stylised(hit.alias):
            continue  # "Brine Hollis", "Orbit Studios": a longer name; not "GRIMHOLD Reborn"
        if " " not in hit.alias and _qualifies_a_noun(after):
            continue  # "Brine shrimp are", "Tuesday mornings were": the word qualifies a common noun
        if " " not in hit.alias and (word := _inside_a_longer_name(before)):
            longer.add((word, hit.franchise))
            continue  # "Lake Tidebound" when the user watches "Tidebound"
        found.append(Mention(hit.franchise, hit.start, hit.end, hit.in_title))
    # The longer name the document uses inside its sentences is that name at a sentence start too:
    # "Lake Tidebound sets June premiere" where the story speaks of "the fourth season of Lake Tidebound".
    found = [m for m in found if not longer or not (
        (preceding := _WORD_BEFORE.search((title if m.in_title else body)[max(0, m.start - 30):m.start]))
        and (preceding.group(1), m.franchise) in longer)]
    found = _without_unproven(found, title, body, hits)
    subtitles = {}
    for mention in found:
        text = title if mention.in_title else body
        named = text[mention.start:mention.end]
        if ": " in named:
            subtitles[named.split(": ", 1)[1]] = mention.franchise
        if _line_casing(text, mention, hits, casings) is not Casing.SENTENCE:
            continue  # capitals after the name are the headline's style, not a subtitle
        # (on its line: a heading's next line is no subtitle of it)
        match = re.match(r"(?::[ \t]*|[ \t]+)((?:[A-Z][\w'’.+-]*|\d+\.\d[\w.+]*)(?:[ \t]+(?:[A-Z][\w'’+-]*|of|the|and|from|'\d\d|’\d\d))*)",
                         text[mention.end:mention.end + 60])
        if match and len(match.group(1)) >= 4 and match.group(1).split()[0] not in PLAIN_CAPITALS:
            subtitles[match.group(1)] = mention.franchise
    for subtitle, franchise in subtitles.items():
        for in_title, text in ((True, title), (False, body)):
            for match in re.finditer(rf"(?<![\w]){re.escape(subtitle)}(?![\w])", text):
                # Not the subtitle right after (or inside) its own franchise name.
                if not any(m.in_title == in_title and m.start <= match.start() <= m.end + 2 for m in found):
                    found.append(Mention(franchise, match.start(), match.end(), in_title))
    return sorted(found, key=lambda m: (not m.in_title, m.start))


# "Quietly Cruel: " right before the name, on its line: another title whose subtitle the name is. Not
# "Highlights:" ending the line above: a label of what follows.
_TITLE_BEFORE_A_COLON = re.compile(r"(?<![\w'’])[A-Z][\w'’!?-]*(?:[ \t]+(?:[A-Z0-9][\w'’!?-]*|of|the|and|a|an|to|in|on|x))*:[ \t]+$")
# A person's credit in a relative clause set off by commas: "Aiko Mori, who wrote the music for Vanta
# Reach, will score ...": the work names who she is, it is not the subject;
# ... or a credit of theirs: "Ada Voss, whose novels inspired the Tidebound series, has announced ..." (not "Orsa,
# whose Lumen Drift 2 launches in May, ...": the work itself right after "whose").
_WHO_BEFORE = re.compile(r",\s+(?:who|whose(?=\s+[a-z]))\s+[^,;.!?]{0,50}$")
_ASIDE_ENDS_AFTER = re.compile(r"[^,;.!?]{0,25},")


# A capitalised word right after a one-word name makes a longer name ("Brine Hollis", "Orbit Studios"),
# unless it names a part of the work itself ("Tidebound Season 2", "Tidebound Movie").
_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")  # on its line: not "Copperline" above "Release date: ..."
#: The words a spin-off's title adds to its franchise's name: "Tidebound Tactics", "Vanta Reach Origins".
SPIN_OFF_WORDS = frozenset("Tactics Origins Online Legends Chronicles Stories Rivals Arena Heroes Kart Party Mobile Gaiden "
                           "Survivors Unleashed".split())
_ITS_PARTS = frozenset("Season Seasons Part Volume Vol Chapter Episode Episodes Movie Film Game Anime Series Trailer Teaser "
                       "Sequel Prequel Remake Remaster Remastered Redux Finale".split()) | SPIN_OFF_WORDS


def _its_maker_on_its_sequel(text: str, end: int, sentence_case: bool) -> bool:
    """"Vanta Reach creator confirms a sequel", "Lumen Drift studio Orsa announces a second season", "the
    studio behind Vanta Reach said its sequel opens in March": the
    maker of the work speaks of a sequel of nothing else, so of the work's. Not the maker's own works
    ("Vanta Reach creator's new series") nor another's sequel ("confirms a sequel to Nightjar Coast",
    "the Nightjar Coast sequel": told by its capitals, so only in a line in sentence case)."""
    rest = text[end:end + 160]
    stop = _CLAUSE_END.search(rest)
    rest = rest[:stop.start()] if stop else rest
    return (not re.match(r"\s*\w+['’]s\b", rest) and _ITS_SEQUEL.search(rest) is not None
            and _SEQUEL_TO.search(rest) is None and not (sentence_case and _SEQUEL_OF_ANOTHER.search(rest)))


_CLAUSE_END = re.compile(r"[.;!?:\n]|\s[-–—]\s")
# A sequel of the work spoken of: the nouns of a continuation, not of any new work ("a new series").
# (whose, said as the work's kind: "the show's second season", "the series' next season")
_ITS_SEQUEL = re.compile(r"\b(?:a|the|its|their|the\s+(?:show|series|film|movie|game|anime)['’]s?)\s+"
                         r"(?:(?:second|third|fourth|fifth|next|new|brand-new|official)\s+)?"
                         r"(?:sequel|prequel|follow-up|season|installment|instalment|movie sequel|film sequel)\b"
                         r"|\bseason\s+\d+\b|\bpart\s+(?:\d+|two|three)\b", re.IGNORECASE)
_SEQUEL_TO = re.compile(r"\b(?:sequel|prequel|follow-up|season(?:\s+\d+)?)\s+(?:to|of)\b"
                        r"|\b(?:her|his|their|my)\s+(?:own\s+)?(?:album|book|novel|game|film|show|series)\b", re.IGNORECASE)
_SEQUEL_OF_ANOTHER = re.compile(r"\b(?:to|of|for)\s+(?:the\s+)?[A-Z]|\b[A-Z][\w'’-]+\s+(?:[Ss]equel|[Ss]eason)\b")


# A one-word name, then a word in lower case, then the verb whose subject they are together.
# A common noun (after an adjective, maybe) that the name qualifies, then its verb, a relative pronoun or a
# place: "Brine shrimp are", "Echo smart speaker, which launches", "Ironbark forests in the north".
_BEFORE_A_NOUN_AND_VERB = re.compile(r"\s+(?:([a-z][a-z-]+)\s+)?([a-z][a-z-]+)(?:\s+(?:is|are|was|were|has|have|had|can|could"
                                     r"|will|would)\b|\s*,\s+(?:which|that|who)\b|\s+(?:in|across|along|around|near)\s)")


def _qualifies_a_noun(after: str) -> bool:
    """What follows a one-word name makes it a modifier of a common noun ("Brine shrimp are popular"),
    unless that noun is something of a work ("Tidebound sequel is", "Tidebound trailer is", "Tidebound
    release is") or the people who follow it ("Tidebound fans are")."""
    noun = _BEFORE_A_NOUN_AND_VERB.match(after)
    if noun is None:
        return False
    words = [word for word in noun.groups() if word]
    return not any(word in lexicons.FUNCTION_WORDS or lexicons.any_event(word) or lexicons.has("INSTALLMENT", word)
                   or lexicons.has("TRAILER", word) or lexicons.AUDIENCE.match(word) for word in words)


def _line_casing(text: str, at: Hit | Mention, hits: list[Hit], known: dict[tuple[bool, int], Casing]) -> Casing:
    """The casing of the line that holds ``at``, judged outside the watch list's names on it
    (``known``: the lines already judged, by title or body and start)."""
    start = text.rfind("\n", 0, at.start) + 1
    if (at.in_title, start) not in known:
        end = text.find("\n", at.end)
        end = len(text) if end < 0 else end
        names = [(h.start - start, h.end - start) for h in hits if h.in_title == at.in_title and start <= h.start < end]
        known[(at.in_title, start)] = casing_of(text[start:end], names)
    return known[(at.in_title, start)]


# A live blog's time of an entry: "2:14 PM: Glasswing 2 is real!" ("PM" is no title with a subtitle).
_CLOCK_TIME_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?:\s+$")
_AT_A_SENTENCE_START = re.compile(r"(?:^|[.!?。]\s+|\n)[\W_]*$")  # what stands before a name there
_SUBTITLE_OR_NUMBER_AFTER = re.compile(r":\s+[A-Z0-9]|\s+(?:\d+|[IVX]{1,4})\b")  # "Tidebound: Ashfall", "Tidebound 2"


_HANDLE_OR_TAG = re.compile(r"[@#][\w./]+|(?<![\w/])[ur]/[\w-]+")  # "@polar_official", "#anime", "u/tallgrassfan"


def _without_unproven(found: list[Mention], title: str, body: str, hits: list[Hit]) -> list[Mention]:
    """Drop a franchise whose one-word name is an ordinary word in this document ("Brine shrimp").

    That is: every mention stands at a sentence start or in a Title Case line,
    where a capital letter is grammar rather than a title, and the same word also appears in lower
    case or inflected ("dunes", "Dunes"). A mention inside a sentence, a longer
    alias, or a subtitle or number after it ("Brine: Part Four") keeps them all.
    """
    single = {(h.in_title, h.start): h.alias for h in hits
              if re.fullmatch(r"[A-Za-z][a-z]+", h.alias)}
    everything = ""  # read when a one-word name at a sentence start asks
    ordinary: dict[str, bool] = {}
    casings: dict[tuple[bool, int], Casing] = {}
    proven = set()
    for m in found:
        text = title if m.in_title else body
        alias = single.get((m.in_title, m.start))
        if alias is None or _SUBTITLE_OR_NUMBER_AFTER.match(text[m.end:m.end + 6]):
            proven.add(m.franchise)  # a longer alias, or "Brine: Part Four", "Brine 2"
            continue
        if alias not in ordinary:
            # A post's account and tags are spelled by their owners ("@polar_official"): no sign of an ordinary word.
            everything = everything or _HANDLE_OR_TAG.sub(" ", f"{title}\n{body}")
            ordinary[alias] = re.search(rf"\b(?:{alias.lower()}\b|{alias}\w+|{alias.lower()}\w+)", everything) is not None
        if not ordinary[alias] or not (
                _AT_A_SENTENCE_START.search(text[max(0, m.start - 10):m.start]) is not None
                # in a Title Case or ALL CAPS line every word has its capital: "Why Every Sailor Needed a Brine"
                or _line_casing(text, m, hits, casings) is not Casing.SENTENCE):
            proven.add(m.franchise)
    return [m for m in found if m.franchise in proven]


def colon_titles(franchises) -> dict[str, set[str]]:
    """Name -> the subtitles the user listed for it: {"Orbit": {"Ember Road"}}."""
    titles: dict[str, set[str]] = {}
    for franchise in franchises:
        for alias in franchise.names:
            if ": " in alias:
                name, subtitle = alias.split(": ", 1)
                titles.setdefault(name, set()).add(subtitle)
    return titles


# in lower-cased text: "on NHK", "in Japanese theaters", "as a Netflix original"
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|via|as an?|with|by|across)\s+(?:the\s+)?$")


def names_in(text: str) -> list[re.Match]:
    """Capitalised words that may name something: not month names, function words, places after "on"/"in"."""
    names = []
    maker_end = -1  # where the maker's name after "by" ends so far: "by Studio Kirin" is one name
    for word in CAPITALISED.finditer(text):
        token = _CONTRACTION.sub("", word.group().rstrip(".,'’"))  # "We're", "It's": a pronoun and a verb
        if token in PLAIN_CAPITALS or token.rstrip("s'’") in PLAIN_CAPITALS:
            continue
        if token.endswith("ly") and _AT_A_START.search(text[:word.start()]):
            continue  # "Shortly after the panel, ...", "Finally, ...": an adverb opens the sentence
        if (token.endswith(("ed", "ing")) or token.lower() in lexicons.GENERAL_WORDS) \
                and _GOES_ON_PLAINLY.match(text, word.end()) and _AT_A_START.search(text[:word.start()]):
            continue  # "Announced tonight, coming 2027.", "Due in 2027, Keld says.": a participle or a plain word opens it
        before = text[max(0, word.start() - 12):word.start()].lower()
        if _PLACE_PREPOSITION_BEFORE.search(before) or (maker_end >= 0 and text[maker_end:word.start()] == " "):
            # a place, a platform or a maker: "on NHK", "in Japanese theaters", "produced by Studio Kirin" (a maker's
            # name may be long; after "at" or "with" the second word may be a title's: "look at Ashen Tide")
            maker_end = word.end() if maker_end >= 0 or before.endswith(("by ", "by the ")) else -1
            continue
        maker_end = -1
        names.append(word)
    return names


_CONTRACTION = re.compile(r"['’](?:re|ve|ll|d|m)$")
_AT_A_START = re.compile(r"(?:^|[.!?:]\s+)\W*$")
# What follows a word that is no name: a comma, or a word in lower case or in figures.
_GOES_ON_PLAINLY = re.compile(r",|\s+[a-z0-9]")


def cast_before(text: str, cue_start: int) -> bool:
    """Whether the sentence ``text`` opens with a subject that may be the cast of the work rather than
    another title, right before the cue at ``cue_start``: one to three capitalised words, or two names
    joined by "and" ("The Harlows return ...", "Ilo and Mara are back ...")."""
    subject = _CAST_SUBJECT.match(text)
    return subject is not None and subject.end() == cue_start


_CAST_SUBJECT = re.compile(r"(?:The\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?\s+"
                           r"(?:(?:is|are|will be)\s+(?=back\b))?")


def titles_in(text: str, end: int | None = None) -> list[re.Match[str]]:
    """The names of ``names_in`` before ``end`` that may be other works: not who acts or speaks
    ("Orsa tweeted that"; the verb may stand after ``end``), not the occasion of an opening phrase
    ("During Sunday's Orsa Direct, ...")."""
    scene = lead_in(text)
    return [word for word in names_in(text[:end]) if word.start() >= scene and not _acts(text, word.end())
            and not _SPEAKER_BEFORE.search(text, max(0, word.start() - 50), word.start())
            and not (word.group().endswith(("'s", "’s")) and _ITS_WORK_AFTER.match(text, word.end()))]


@lru_cache(maxsize=256)  # the rules and the candidates ask of the same clauses
def _anaphors(text: str) -> list[Span]:
    return lexicons.spans("ANAPHOR", text)


def subject_titles(text: str, end: int) -> list[re.Match]:
    """The titles of ``titles_in`` before ``end`` that may be the subject of what stands there: not one
    that a word for the work itself follows ("Orsa detailed the sequel's combat ahead of its March 12
    launch": the launch is the sequel's)."""
    titles = titles_in(text, end)
    if not titles:
        return titles
    anaphors = [span for span in _anaphors(text[:end]) if " other " not in span.group()]
    # Not the title's own apposition: "Nightjar Coast, the studio's other show, returns ...".
    return [title for title in titles if not any(
        span.first >= title.end() and text[title.end():span.first].strip() not in ("", ",") for span in anaphors)]


# A maker's possessive before the work, which a sentence may call by its kind: "Keld's survival sequel
# enters early access", "Orsa's sequel arrives on March 12" (a kind of work, in lower case, after it).
_ITS_WORK_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:sequel|prequel|game|film|movie|series|show|season|anime"
                             r"|remake|remaster|adaptation|follow-up|spin-?off|drama|rpg|shooter|expansion|dlc|DLC|installment|entry)s?\b")


# Who a quote is given to, after it: '"...," said Halden president Mae Ito'.
_SPEAKER_BEFORE = re.compile(r"[,\"'”’]\s*(?:said|says|told|wrote|writes|added|adds|explained|stated)\s+"
                             r"(?:[\w'’-]+\s+){0,3}$")


# A move with no object moves its subject: "the Nightjar Coast film moves to May", not "Halden moves it to May".
_MOVES_ITSELF = re.compile(r"(?:moved|moves|pushed|pushes|shifted|shifts)\s+(?:from|to|up|into|forward|ahead)\b")


def _acts(text: str, end: int) -> bool:
    """The name ending at ``end`` is who acts or speaks: a verb of doing follows it, with an object."""
    verb = _AGENT_VERB.match(text[end:end + 40])
    return verb is not None and not _MOVES_ITSELF.match(text, end + verb.start("verb"))


# An opening phrase that sets the scene: "After the panel, ", "Shortly after the panel, ", "During Sunday's Orsa Direct, ".
_LEAD_IN = re.compile(r"^\W*(?:\w+ly\s+)?(?:after|during|at|following|before|ahead of|in|on)\b[^,;:]{1,60},\s"
                      # ... or a word that labels the news: "Good news: Orsa announced ...", "Yes: ..."
                      r"|^\W*(?:yes|yep|(?:good|great|big|bad|some)\s+news|breaking|official|confirmed|finally"
                      r"|it['’]s official|heads up|reminder"
                      # a note's own label: "Quick update: we're moving the launch", "Update: ..."
                      r"|(?:(?:quick|small|short|brief|important|an?)\s+)?(?:update|announcement|note|psa))\s*[:!—–-]\s",
                      re.IGNORECASE)


def lead_in(text: str) -> int:
    """Where ``text`` starts after an opening phrase that tells where or when the news came, or labels it
    (0: none)."""
    match = _LEAD_IN.match(text)
    return match.end() if match else 0


def named_in(sentence: Sentence, mentions: list[Mention], lo: int = 0, hi: int | None = None) -> list[str]:
    start, end = sentence.start + lo, sentence.start + (len(sentence.text) if hi is None else hi)
    in_title = sentence.paragraph == -1
    return list(dict.fromkeys(m.franchise for m in mentions if m.in_title == in_title and start <= m.start < end))


_LEAD_LINES = 2  # the lines of a story without a named headline that may give its lead


def with_topics(sentences: list[Sentence], mentions: list[Mention]):
    """Each sentence with the topic a sentence that names nothing would continue.

    The headline's franchise leads the document (when it names one); a section heading sets the
    topic of its section (none, when it names another title); within a
    paragraph, the last franchise named carries on. An item of a numbered list
    led by a title ("3. Nightjar Coast - ...") is about that title, not the topic.
    """
    in_title = list(dict.fromkeys(m.franchise for m in mentions if m.in_title))
    # A headline of several works ("Summer lineup: Tidebound, Lumen Drift and more") leads with none of them.
    lead = in_title[0] if len(in_title) == 1 else None
    if not in_title:
        # The story's first line that names a work, of its first two: a post's shout above it may name none
        # ("＼TVアニメ第2期 放送決定／"); a heading is no line of the story.
        lines = list(dict.fromkeys(s.paragraph for s in sentences if s.paragraph >= 0 and not s.heading))[:_LEAD_LINES]
        named = next((found for line in lines if (found := list(dict.fromkeys(
            f for s in sentences if s.paragraph == line for f in named_in(s, mentions))))), [])
        lead = named[0] if len(named) == 1 else None
    section: str | None = lead
    paragraph, topic = None, lead
    item = False  # a bare number ("3.") opened an item: its text is the next sentence
    begun = False  # a body sentence that is no heading has been read: the story has begun
    for sentence in sentences:
        named = named_in(sentence, mentions)
        if sentence.heading:
            if not named and not begun:
                continue  # a label above the story ("ゲームニュース", a channel's name) is no section of it
            if not named and _FIELD_LINE.match(sentence.text):
                continue  # a field of a work's fact box ("Platforms: PS5, PC") is no section either
            section = named[0] if len(named) == 1 else None
            topic = section
            continue
        begun = begun or sentence.paragraph >= 0
        if sentence.paragraph != paragraph:
            paragraph, topic, item = sentence.paragraph, section, False
        marker = NUMBERED_ITEM.match(sentence.text)
        if marker or item:
            rest = sentence.text[marker.end():].lstrip() if marker else sentence.text
            item = not rest
            if rest and (word := CAPITALISED.match(rest)) and word.group().rstrip(".,:'’") not in PLAIN_CAPITALS:
                topic = None  # "3. Nightjar Coast - Release date: March 2027": a ranked item led by its own title
        yield sentence, topic
        if len(named) == 1:
            topic = named[0]
            if len(sentence.text) <= _ENTRY_HEADING_MAX and _entry_heading(sentence, mentions):
                section = topic  # a line of only the work's name heads its entry: "Thimble Knights: The Game"


_STATED_TITLE = re.compile(
    r"\b(?:film|movie|game|series|season|show|sequel|project|feature)\b,?\s+(?:is\s+)?(?:currently |officially |now |"
    r"tentatively |provisionally )?(?:titled|called)\s+(?P<title>[A-Z][\w'’!?-]*(?:\s+[\w'’!?-]+){0,3}:\s+[A-Z][^,;.]{1,50})"
)


def titled_otherwise(sentence: Sentence, topic: str | None, mentions: list[Mention]) -> set[str]:
    """"The film, currently titled Aang: The Last Airbender": a full title of another series.

    The franchise the sentence would be about is then another one that shares
    its name ("Orbit"); its events in this document are not the watched one's.
    """
    stated = _STATED_TITLE.search(sentence.text) if "titled" in sentence.text or "called" in sentence.text else None
    if stated is None:
        return set()
    lo, hi = stated.start("title"), stated.end("title")
    if named_in(sentence, mentions, lo, hi):
        return set()
    named = named_in(sentence, mentions, 0, lo)
    return set(named[:1]) if named else ({topic} if topic else set())




_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_SEASON = re.compile(r"\bseason\s+(\d+|[IVX]+\b)|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                     r"|\d+(?:st|nd|rd|th))\s+(?:tv\s+)?season\b|第\s*(\d+)\s*期|(\d+)(?:st|nd|rd|th) season", re.IGNORECASE)
_PART = re.compile(r"\bpart\s+(\d+|one|two|three|four|five|six|[IVX]+)\b", re.IGNORECASE)


def _number(word: str) -> int | None:
    """3, "3rd", "III", "third", "three" -> 3."""
    word = word.strip()
    if word.upper() in _ROMAN:
        return _ROMAN[word.upper()]
    if word.lower() in _ORDINALS:
        return _ORDINALS[word.lower()]
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", word.lower())
    return int(digits.group(1)) if digits else None


_INSTALLMENT_NUMBER_AFTER = re.compile(r"\s+(\d{1,2}|[IVX]{1,4})\b(?![.,]\d)")  # "Tidebound 4", not "4.5"


# A line that is nothing but a new installment's name, as a poster or a post sets it apart ("Tidebound
# Season 2.", "@orsa Lumen Drift II."), once the watched names are cut out of it.
_NAME_ALONE = re.compile(r"^\W*(?:@\w+\s+)?\W*$")
_INSTALLMENT_ALONE = re.compile(r"^\W*(?:@\w+\s+)?\W*(?:(?:season|part|volume|chapter)\s+(?:\d+|[ivx]{1,4}|two|three|four|five)"
                                r"|\d+|[ivx]{1,4})\W*$", re.IGNORECASE)


def installment_alone(sentence: Sentence, mentions: list[Mention], continued: str | None = None) -> str | None:
    """The franchise whose name or numbered installment is all a line says, if it is one: a poster's
    lines ("Tidebound Season 2.", "Tidebound."); ``continued``: the franchise the line before said
    alone, which a line of only an installment goes on with ("Tidebound." then "Season 2.")."""
    in_title = sentence.paragraph == -1
    inside = [m for m in mentions if m.in_title == in_title and sentence.start <= m.start and m.end <= sentence.end]
    if not inside:
        return continued if continued and _INSTALLMENT_ALONE.match(sentence.text) else None
    if len({m.franchise for m in inside}) != 1:
        return None
    rest = sentence.text
    for m in reversed(inside):
        rest = rest[:m.start - sentence.start] + " " + rest[m.end - sentence.start:]
    return inside[0].franchise if _INSTALLMENT_ALONE.match(rest) or _NAME_ALONE.match(rest) else None


def work_heading_above(sentence: Sentence, line_before: dict[tuple[int, int], Sentence], mentions: list[Mention]) -> str | None:
    """The franchise whose name (or numbered installment, or subtitle) alone heads the lines above ``sentence``, with
    no more than a few fields of a fact box between: a list's entry ("Lumen Drift 2", "Platforms: PC",
    then "Release date: April 22, 2027"). ``line_before``: ``sentences.lines_before``."""
    above = line_before.get((sentence.paragraph, sentence.start))
    for _ in range(_FIELDS_ABOVE_A_DATE):
        if above is None or above.paragraph < 0:
            return None
        if (named := _entry_heading(above, mentions)) is not None:
            return named
        if not _FIELD_LINE.match(above.text):
            return None
        above = line_before.get((above.paragraph, above.start))
    return None


def _entry_heading(line: Sentence, mentions: list[Mention]) -> str | None:
    """The franchise a line of only its name, its numbered installment or its subtitle names: a list's entry."""
    return installment_alone(line, mentions) or _subtitled_alone(line, mentions)


def _subtitled_alone(line: Sentence, mentions: list[Mention]) -> str | None:
    """The franchise a line names first, then only a subtitle: "Thimble Knights: The Game"."""
    in_title = line.paragraph == -1
    first = next((m for m in mentions if m.in_title == in_title and m.start == line.start), None)
    if first is None or not _SUBTITLE_ALONE.match(line.text, first.end - line.start):
        return None
    return first.franchise


# (in any case: a Title Case line reaches the rules in sentence case)
_SUBTITLE_ALONE = re.compile(r"\s*[:\-–—]\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}[!?]?$")
_ENTRY_HEADING_MAX = 80  # characters: a line of only a name and a subtitle is short

# A field of a fact box under a work's heading ("Platforms: PS5, PC", "Developer: Orsa"), and how many
# may stand between the heading and the date's field.
_FIELD_LINE = re.compile(r"^[A-Za-z][\w ]{1,24}:\s+\S[^.!?]{0,60}$")
_FIELDS_ABOVE_A_DATE = 4


def installment_of(text: str, mentions_after: list[str]) -> str | None:
    """Which installment a clause is about, when it says: "season 3", "part 2", "#2", or a subtitle.

    ``mentions_after``: the text right after each mention of the franchise in
    the clause ("2: Polygon Pictures ...", " III is officially ...").
    """
    lowered = text.lower()  # every match holds one of these words: most clauses need no search
    if ("season" in lowered or "期" in text) and (match := _SEASON.search(text)):
        number = _number(next(g for g in match.groups() if g))
        if number:
            return f"season {number}"
    if "part" in lowered and (match := _PART.search(text)):
        number = _number(match.group(1))
        if number:
            return f"part {number}"
    for after in mentions_after:
        if match := _INSTALLMENT_NUMBER_AFTER.match(after):
            number = _number(match.group(1))
            if number:
                return f"#{number}"
    return None


def owns_the_trailer(franchise: str, clause: str, start: int, end: int, names: list[tuple[int, int, str]]) -> bool:
    """Whether the trailer noun at ``start:end`` of ``clause`` is ``franchise``'s, when ``names`` (start,
    end, franchise) hold several works: the one named right before the noun ("the new Vanta Reach season
    2 trailer") or right after it ("a trailer for Vanta Reach"), and those joined to it by "and"; not the
    one the trailer shows or teases ("...trailer teases a Lumen Drift crossover"). When none is named
    so, every one counts, unless another title stands right before the noun ("New Nightjar Coast trailer
    teases a Vanta Reach crossover": a capitalised name in a sentence-cased ``clause``)."""
    owners = {f for name_start, name_end, f in names
              if _OWNS_BEFORE.fullmatch(clause[name_end:start]) or _OWNS_AFTER.fullmatch(clause[end:name_start])}
    if not owners:  # (after the noun, "a trailer for Ridley Scott's ...", "for The New Empire" may be the work's)
        return not any(_OTHER_OWNS_BEFORE.fullmatch(_possessive(other.group()) + clause[other.end():start])
                       and not _OCCASION.search(other.group().removesuffix(_possessive(other.group())))
                       and not any(a <= other.start() < _title_end(clause, b) for a, b, _ in names)
                       for other in names_in(clause))
    if len({f for _, _, f in names}) < 2:
        return True
    # Names joined by "and" or a comma share it: "Vanta Reach and Lumen Drift both got new trailers".
    runs: list[set[str]] = []
    previous_end = None
    for name_start, name_end, f in sorted(names):
        if previous_end is not None and _JOINED.fullmatch(clause[previous_end:name_start]):
            runs[-1].add(f)
        else:
            runs.append({f})
        previous_end = name_end
    while (grown := owners.union(*(run for run in runs if run & owners))) != owners:
        owners = grown
    return not owners or franchise in owners


# What stands between a work's name and its trailer noun: an installment, a possessive ("Vanta Reach's
# new season 2"); and between the noun and the name after it ("trailer for the").
_OWNS_BEFORE = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+", re.IGNORECASE)
# ... and between another title and the noun: nothing, or a possessive ("Nightjar Coast's new trailer").
_OTHER_OWNS_BEFORE = re.compile(r"(?:['’]s?(?:\s+[a-z][\w-]*){0,2})?\s+")


def _title_end(text: str, end: int) -> int:
    """Where the title that a watched name at ``text[:end]`` begins ends: its numeral or subtitle in
    capitals ("Dune: Part Three", "Lumen Drift II") is the work's, not another title."""
    return end + len(_TITLE_TAIL.match(text, end).group())  # type: ignore[union-attr]


_TITLE_TAIL = re.compile(r"(?:(?:\s*[:–—-])?\s+(?:[A-Z0-9][\w'’.]*|of|the|and)(?![\w'’]))*")


def _possessive(name: str) -> str:
    """The "'s" a capitalised word carries with it ("Coast's"), to read after it."""
    return name[-2:] if name.endswith(("'s", "’s")) else ""


# Where a trailer is shown, not whose it is: "the Anime Expo trailer", "a Summer Showcase trailer".
_OCCASION = re.compile(r"\b(?:Expo|Fest|Festa|Festival|Direct|Showcase|Live|Con|Summit|Awards|Panel|Presents|Stream|Night"
                       r"|Day|Week|Event)$")
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)", re.IGNORECASE)
_OWNS_AFTER = re.compile(r"\s+(?:for|of|from)\s+(?:the\s+|an?\s+)?(?:new\s+|upcoming\s+)?", re.IGNORECASE)
