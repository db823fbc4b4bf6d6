"""What a cue governs: whether the thing it announces, releases or moves is the watched work.

"confirmed a signing event", "the soundtrack album is out July 10", "Sony set the
third Venom film for July", "revealed the premiere date for season 2": a cue
counts for a franchise only when its subject or its object is that work, or a
new installment of it, and not another title, a thing of the work (its date, its
cast, a trailer), or something that is no installment at all. The rule reading
(:mod:`crawler.understand.rules`) asks these of each cue it finds in a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crawler.model import EventKind
from crawler.understand import lexicons
from crawler.understand.cuesearch import Span
from crawler.understand.dates import WEEKDAYS
from crawler.understand.resolve import lead_in, names_in, subject_titles, titles_in

# The object of a release verb: up to five words before its date's preposition ("moves Skyreach to").
_OBJECT_OF_THE_CUE = re.compile(r"\W*(?:\w+\s+){0,5}?(?=for\b|to\b|on\b|in\b|from\b|$)")


# A work the object of a move says is another: "and moved its untitled monster movie to August 6".
ANOTHER_WORK = re.compile(r"\b(?:untitled|another|other)\b", re.IGNORECASE)
# ... right before the date it is moved or set to: "and pushed another game to 2027".
_ANOTHER_WORK_TO = re.compile(r"\b(?:another|an? untitled|its untitled|their untitled|its other|their other)\b[^,;.]{0,30}"
                              r"\b(?:to|for|into|until)\s+$", re.IGNORECASE)


def another_works_date(clause: str, at: int, names: list[tuple[int, int, str]]) -> bool:
    """The date at ``at`` is one another work is set or moved to ("pushed another game to 2027"), not one
    of the work named in between ("dated its untitled Harrowgate sequel for July 14")."""
    found = _ANOTHER_WORK_TO.search(clause[:at])
    return found is not None and not any(found.start() <= a < found.end() for a, _, _ in names)


def foreign(clause: str, found: Span, kind: EventKind) -> bool:
    """The clause's subject, or the object of its release verb, is another title.

    "Deadpool 3 jumps forward", "Kraven the Hunter shifts", "Sony set the third
    Venom film for July": the event belongs to that title. A name followed by a
    transitive verb is an agent, not a title ("Khara released a teaser").
    """
    if subject_titles(clause, found.start()):
        return True
    if kind.dated:
        # The object, inside the cue ("set the third Skyreach film for") or after it ("moves Skyreach to").
        inside = found.group().split(None, 1)[1:]
        obj = _OBJECT_OF_THE_CUE.match(clause[found.end():])
        return bool((inside and names_in(inside[0])) or (obj and (names_in(obj.group()) or ANOTHER_WORK.search(obj.group()))))
    return False


def cue(family: str, text: str) -> Span | None:
    """The first match of a cue of ``family`` that is an ordinary word, not part of a name."""
    return first_ordinary(text, lexicons.spans(family, text))


def first_ordinary(text: str, spans: list[Span]) -> Span | None:
    return next(ordinary(text, spans), None)


def ordinary(text: str, spans: list[Span]) -> Iterator[Span]:
    """The ``spans`` of cues in ``text`` that are ordinary words, not part of a name.

    Cues match regardless of case ("HAS A DATE" in a shouting post), but a
    Title Case word inside a sentence is a name ("Land of Embers", "Date Night Drift").
    """
    for match in spans:
        word = match.group()
        title_case = word[:1].isupper() and word[1:2].islower()
        if title_case and match.start() > 0 and not _AFTER_A_BREAK.search(text[:match.start()]):
            continue
        yield match


# What may stand before a capital that starts a statement: a stop, a colon, a separator ("X | In theaters May 3").
_AFTER_A_BREAK = re.compile(r"[.!?:|•–—]\s*$|^\W*$")


def not_the_work(clause: str, found: Span | None, subject_only: bool = False) -> bool:
    """What comes out or moves is no installment: "the soundtrack album is out July 10", "the summer
    event starts July 3". Next to the cue ``found``, with no comma between ("reveals a new visual,
    April 2027 premiere" is still a premiere); without a cue, anywhere after an opening phrase
    ("After the panel, ...": where the news was told is not what it is about). ``subject_only``: only what
    stands before the cue (an announcement's object is read by ``announces_something_else``)."""
    start = lead_in(clause)
    if found is None:
        return lexicons.has("NOT_AN_INSTALLMENT", clause[start:])
    if _VIDEO_BEFORE.search(clause, max(0, found.start() - 30), found.start()) or _VIDEO_AFTER.match(clause, found.end()):
        return True  # "the trailer debuts Thursday", "will release the first teaser on ...": a video of the work
    for span in lexicons.spans("NOT_AN_INSTALLMENT", clause):
        if span.first < start:
            continue
        if span.first < found.end() and span.last > found.start():
            return True  # the cue is inside it: "上映会", "the summer game drop lands"
        if span.last <= found.start():
            # Its subject: close before the cue, no separator between. ", out July 1" right after it is said
            # of it, an apposition ("the next patch, out July 1").
            # An aside between the thing and its verb tells of it: "the 1.5 update, adding co-op, arrives July 15".
            # So does one set off by two commas: "the PS5 version of Emberline, out on PC since April, is pushed".
            between = _ASIDE_AFTER_SUBJECT.sub("", _COMMA_ASIDE.sub("", clause[span.last:found.start()]).rstrip(", "))
            if (len(between) <= _SUBJECT_REACH or _OF_A_WORK.fullmatch(between)) and not _SEPARATOR.search(between) \
                    and not (subject_only and lexicons.has("INSTALLMENT", clause[span.last:found.end()])):
                return True  # (not "10周年プロジェクト始動、新作アニメ制作決定": the new anime is what is decided)
        elif not subject_only and not _SEPARATOR.search(clause[found.end():span.first][:_OBJECT_REACH]) \
                and not _ALONGSIDE.search(clause, found.end(), span.first):
            return True  # its object: after the cue, the clause not moving on soon after it
    return False


def trailer_of_a_thing(clause: str, trailer: Span) -> bool:
    """The trailer is a thing's that is no installment, named right before it: "a digital edition trailer", "the
    Switch 2 version's trailer", "the demo trailer" (not "The news arrived with a new trailer")."""
    return any(_BEFORE_ITS_NOUN.fullmatch(clause, span.last, trailer.start())
               for span in lexicons.spans("NOT_AN_INSTALLMENT", clause[:trailer.start()]))


# What may stand between a name, or a thing, and its noun: "Korvin's Gate sequel", "the demo's trailer".
_BEFORE_ITS_NOUN = re.compile(r"(?:['’]s?)?\s+")


def said_of_another_title(clause: str, found: Span | None, names: list[tuple[int, int, str]]) -> bool:
    """The cue stands in apposition to another title: "Tidebound fans will love Nightjar Coast, out May 5"
    (``names``: where the clause names watched franchises; their subtitles are theirs)."""
    if found is None:
        return False
    titles = titles_in(clause, found.start())
    if not titles or clause[titles[-1].end():found.start()].strip() not in (",", "—", "–", "-"):
        return False
    start = titles[-1].start()
    for earlier in reversed(titles[:-1]):  # a title of several words starts at its first: "Lumen Drift: Night Shift, coming ..."
        if clause[earlier.end():start] != " ":
            break
        start = earlier.start()
    return not any(a <= start <= b + 2 for a, b, _ in names) and not _titles_its_installment(clause, start, names)


_CAPITALISED_WORDS_AT_END = re.compile(r"(?:(?<![\w'’])[A-Z][\w'’-]*\s+)+$")


def _titles_its_installment(clause: str, start: int, names: list[tuple[int, int, str]]) -> bool:
    """The title at ``start`` is set off by a comma after an installment of a watched work: its own
    title ("Lumen Drift's first expansion, Ashen Tide, launches ...")."""
    head = _CAPITALISED_WORDS_AT_END.sub("", clause[:start]).rstrip()  # the title's first words ("Ashen Tide")
    if not head.endswith(","):
        return False
    head = head[:-1].rstrip()
    installments = lexicons.spans("INSTALLMENT", head)
    return bool(installments) and installments[-1].last == len(head) and any(
        b <= installments[-1].first for _, b, _ in names)


# How close before its cue a thing that is no installment is the cue's subject; how soon after the cue a
# separator ends its object (after it, the rest of the clause is the object, however long).
_SUBJECT_REACH, _OBJECT_REACH = 40, 25
_ASIDE_AFTER_SUBJECT = re.compile(r"^,\s+(?:which|that|adding|featuring|including|bringing|covering|containing|with)\b"
                                  r"[^,;:]{1,60}$", re.IGNORECASE)
# What the thing is of, however long: "An exhibition of original drawings from Tidebound opens next month".
# ... or what work on it is: "Filming on the long-awaited Tidebound film is scheduled to start in March"; the
# subject's own verb may end it.
_OF_A_WORK = re.compile(r"\s+(?:of|from|for|about|celebrating|featuring|based on|on)\s+"
                        # (a phrase, not a clause: no conjunction and no verb of its own)
                        r"(?:(?!\b(?:and|or|but|before|after|ahead|when|while|as|then|is|are|was|were|has|have|had|will"
                        r"|would)\b)[^,;:]){1,60}?\s*(?:\b(?:is|are|will be|has been|have been)"
                        r"(?:\s+(?:set|scheduled|slated|due|expected|planned|going)\s+to)?\s*)?")
_COMMA_ASIDE = re.compile(r",\s+(?!(?:and|or|but|then)\b)[^,;:]{1,60},")
# Where a clause moves on to another thing; not 、, which in a Japanese headline parts the subject from its
# predicate ("Blu-ray BOX、9月発売").
_SEPARATOR = re.compile(r"[,;:。]")
# A video as the subject right before the cue: "the trailer debuts Thursday", "the first teaser drops Friday".
_VIDEO_BEFORE = re.compile(r"\b(?:trailer|teaser|pv|video|footage|clip)s?\s+(?:(?!(?:and|or|but|then)\b)[\w-]+\s+)?$",
                           re.IGNORECASE)
_VIDEO_AFTER = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:first\s+|new\s+|official\s+|final\s+|full\s+|next\s+)?"
                          r"(?:trailer|teaser|pv|video|footage|clip)s?\b", re.IGNORECASE)
# What comes with the work is not the work: "launches November 12 with a demo out today".
_ALONGSIDE = re.compile(r"\b(?:with|alongside|plus|after|following|before)\b", re.IGNORECASE)


# The trailer that made a work known. Not "the reveal trailer": as often the first trailer of a work already
# known ("season 3: the reveal trailer sets up ...").
_ANNOUNCEMENT_TRAILER = re.compile(r"(?:announce|announcement)\s+(?:trailer|teaser)s?\b", re.IGNORECASE)
# What "revealed", "unveiled" and 決定 govern, when it is not a new installment: "season 2 PV unveiled",
# "a teaser was revealed", "再放送が決定".
_SHOWN = re.compile(r"\b(?:reveal|unveil)", re.IGNORECASE)
_WITH_IT = re.compile(r"\s+(?:with|alongside|via|through)\b", re.IGNORECASE)  # what came with the news, not what it is


# "announced that <the work> will open ...": the announcement's object is a release, not a work.
_TOLD_VERB = r"(?:open|premiere|launch|arrive|release|be released|debut|air|hit|land|come out|stream)"
_TOLD_AUX = r"(?:will|is set to|is scheduled to|is slated to|is due to)"
# ... or where the work stands: "confirmed that the remaster is still coming on March 18", "remains on track for fall"
# (a known work's: "is coming" alone may be a new one's)
_TOLD_STATE = (r"(?:(?:is|are)\s+(?:still|now)\s+(?:coming|arriving|launching|releasing|premiering|opening)"
               r"|(?:is|are|remains?)\s+(?:still\s+)?on track|remains?\s+(?:due|set|scheduled|slated))\b")
_TOLD_DATE = re.compile(r"^\s*(?:(?:on|late|early|last)\s+\w+\s+|today\s+|yesterday\s+|this\s+(?:week|morning)\s+"
                        r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
                        rf"(?:that\s+(?P<subject>[^,;]{{1,80}}?)\s+(?:(?:{_TOLD_AUX}\s+)?(?:now\s+)?{_TOLD_VERB}(?:s|es)?\b"
                        rf"|{_TOLD_STATE})"
                        # "that" left out, or the statement after a colon ("confirmed it: season 3 premieres ..."): then
                        # a verb that is one by its form ("will premiere", "premieres"; not "a launch event")
                        rf"|(?:it\s*[:—–-]\s*)?(?P<bare>[^,;:]{{1,80}}?)\s+(?:{_TOLD_AUX}\s+(?:now\s+)?{_TOLD_VERB}\b"
                        rf"|(?:now\s+)?{_TOLD_VERB}(?:s|es)\b))",
                        re.IGNORECASE)
_DETAILS = re.compile(r"^\s+(?:(?:(?:more|new|fresh|further|additional|first)\s+)?(?:details|information|info|more)\s+"
                      r"(?:about|on|of|for)\b|(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:slate|line-?up|schedule)\b)",
                      re.IGNORECASE)
_JA_DATE_NOUN = r"(?:発売|公開|放送|配信)(?:日時|日程|日|時期|開始日)"  # 発売日, 放送時期, 放送日時: when, not what
# What a work has that may be revealed without the work being new: its date, its cast, its pictures.
_THINGS_OF_A_WORK = ("date|window|time|trailer|teaser|cast|title|logo|poster|visual|plot|opening|art|artwork|image|still|screenshot"
                     "|episode count|episode order|runtime|run time|length|rating|price|platforms|soundtrack|theme song"
                     # what a game or a show holds: "reveals new combat system", "Collector's Edition revealed"
                     "|system|mode|feature|character|class|boss|map|area|region|weapon|mechanic|combat|setting|villain"
                     "|companion|ending|edition|bonus|cover|box art|cover art|staff|crew")
# "A new key visual for Tidebound season 2 was revealed": the thing, then whose it is, then the verb.
_THING_BEFORE = re.compile(rf"\b(?:{_THINGS_OF_A_WORK}|details)s?\s+(?:(?:for|of)\s+[^,;.!?]{{1,60}}?\s+)?"
                           r"(?:(?:is|are|has been|have been|was|were|officially|finally|now)\s+)*(?:\w+ly\s+)?$"
                           rf"|{_JA_DATE_NOUN}(?:が|は)?$|日程(?:が|は)?$", re.IGNORECASE)
_DATE_DECIDED = re.compile(rf"{_JA_DATE_NOUN}(?:が|は|(?=決定|発表))")  # 発売日が決定, 発売日決定
# 第2期が10月より放送開始となることが発表された: what was announced is that it starts, on a date.
_START_ANNOUNCED = re.compile(r"(?:公開|放送|発売|配信|上映)(?:開始)?(?:と(?:なる|なった)|される|する)?ことが(?:発表|決定|明らかにな)"
                              # 放送が2027年7月に始まることが発表: the start, told with its own verb
                              r"|(?:始まる|始まった|スタートする|開始される)ことが(?:発表|決定|明らかにな)"
                              # 発売日を2027年3月18日に決定: what was decided is the date
                              rf"|{_JA_DATE_NOUN}を.{{0,20}}に決定")
_INDEFINITE = re.compile(r"(?:a|an|another|new|two|three|four)\b", re.IGNORECASE)  # "that a sequel will open": new


# A trailing attribution: ", Keld confirmed." / ", the studio announced on Friday." (its verb tells; not
# "Finally, Vanta Reach 3 is official", an opening word and the statement).
_TELLING = re.compile(r"confirm|announc|reveal|unveil", re.IGNORECASE)
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[\w'’.&-]+\s+){1,4}$")
_NOTHING_AFTER = re.compile(r"(?:\s*(?:(?:on|this|last)\s+\w+|today|yesterday|tonight"
                            rf"|{'|'.join(WEEKDAYS)}"  # "..., Max announced Wednesday."
                            # where it was told: "during its June showcase", "at a fan event in Tokyo", "in a
                            # Nintendo Direct" (not "... that ...")
                            r"|(?:during|at|via|through|in)\s+(?:(?!that\b)[^,.;!?]){1,40}?))*"
                            # ... and what else happened there: ", where it also premiered a new trailer"
                            # (a comma left where what it came after was blanked: ", following a listing that ...")
                            r"(?:,\s+(?:where|when)\b[^.;!?]*)?,?\s*[.!]?\s*$", re.IGNORECASE)


_THING_AFTER = re.compile(r"^\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:first|new|official|final|full|exact|key)\s+)?"
                          # an installment's number before the thing: "announces season 3 premiere date"
                          r"(?:(?:season|part|volume|series|chapter)\s+(?:\d+|[ivx]{1,4})\s+)?"
                          r"(?:(?!(?:via|with|alongside|through|in|on|at|for|by|from|to|and|of)\b)[a-z-]+\s+)?"
                          # the day itself: "gets a June 9 release date"
                          r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+(?:\d{4}\s+)?)?"
                          rf"(?:(?:release|premiere|launch|air|debut)\s+)?(?:{_THINGS_OF_A_WORK}|schedule)s?\b"
                          # more things of it: "revealed its main staff and a new key visual"
                          r"(?:\s*(?:,|and|&)\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:first|new|official|main|key)\s+)?"
                          rf"(?:[a-z-]+\s+)?(?:{_THINGS_OF_A_WORK})s?\b)*"
                          r"(?!\s+(?:and|with|plus)\b)", re.IGNORECASE)
# What may follow a name before a thing of its work: "'s", a number, "season 2" ("Korvin's Gate 3 box art").
_INSTALLMENT_AFTER_NAME = re.compile(r"(?:['’]s)?(?:\s+(?:(?:season|part|volume|chapter)\s+)?(?:\d+|[IVX]{1,4})\b)?",
                                     re.IGNORECASE)
_ADVERBIAL = re.compile(r"^\s+(?:ahead of|after|before|during|following|amid|at|by|as|via|through|in|on)\b", re.IGNORECASE)
_OBJECT_END = re.compile(r"\s+(?:and|with|plus|alongside|as well as|at|during|after|before|following|ahead of)\s+|[,;:]")


def announces_something_else(clause: str, announced: Span, names: list[tuple[int, int, str]]) -> bool:
    """The announcement cue's object is a trailer, another title or something that is no installment,
    or the cue is the verb of a time clause ("arrived a year after it was announced"); ``names``: where
    the clause names watched franchises."""
    if _another_title_after(clause, announced, names):
        return True  # "It also revealed Nightjar Coast, a new survival game": that title is what is new
    # Where a watched name right after the cue ends, if one stands there: the work the cue is about.
    named_next = next((b for a, b, _ in names if 0 <= a - announced.end() <= 5), None)
    if not_the_work(clause, announced, subject_only=True) and named_next is None:
        # "Hollow Lantern Tactics 2 Switch 2 Port Announced": what is announced is no installment (but "the
        # anniversary stream reveals Korvin's Gate 4": the work named right after the cue is what is revealed)
        return True
    if lexicons.has("TIME_CLAUSE_BEFORE", clause[max(0, announced.start() - 60):announced.start()]):
        return True
    if _TELLING.match(announced.group()) and _ATTRIBUTION_BEFORE.search(clause[:announced.start()]) \
            and _NOTHING_AFTER.match(clause[announced.end():]):
        return True  # "Season 2 premieres on October 3, Keld confirmed.": it says who told the statement
    told = _TOLD_DATE.match(clause[announced.end():])
    if told and not _INDEFINITE.match(told.group("subject") or told.group("bare")):
        return True  # "announced that Lumen Drift II will open on March 8": what it announced is the date
    if _DETAILS.match(clause[announced.end():]):
        return True  # "revealed more about", "confirmed its 2027 slate": about works already known
    if _ANNOUNCEMENT_TRAILER.match(clause, announced.start()):
        return False  # "the announcement trailer for Vanta Reach 2": the trailer that made the work known
    if _THING_AFTER.match(clause[announced.end():]):
        return True  # "revealed the premiere date for Tidebound season 2": what it revealed is the date
    if named_next is not None and (number := _INSTALLMENT_AFTER_NAME.match(clause, named_next)) is not None \
            and _THING_AFTER.match(clause[number.end():]):
        return True  # "Halden Reveals Korvin's Gate 3 Box Art": a thing of the work named, not the work
    if _THING_BEFORE.search(clause[:announced.start()]) or _DATE_DECIDED.search(announced.group()) \
            or _START_ANNOUNCED.search(announced.group()):
        return True  # "Lumen Drift II release date revealed", 新作の発売日が決定: what was revealed is the date
    if _SHOWN.match(announced.group()) and cue("TRAILER", clause) and not _WITH_IT.match(clause, announced.end()):
        return True  # the trailer is what was revealed (not "Lumen Drift 3 revealed with a first trailer")
    around = clause[max(0, announced.start() - 6):announced.end()]
    if lexicons.has("NOT_AN_INSTALLMENT", around):
        return True  # "再放送が決定", "Blu-ray発売決定"
    # Its object: "confirmed a signing event for ...", not "announced Tidebound 3 and a launch event", nor
    # what follows a passive one ("Tidebound 3 confirmed ahead of the season 2 finale", "... at a fan event").
    after = clause[announced.end():]
    return not _ADVERBIAL.match(after) and lexicons.has("NOT_AN_INSTALLMENT", _OBJECT_END.split(after, 1)[0][:60])


_ARTICLE_AFTER = re.compile(r"\s+(?:the\s+)?")
# What a new work of its own is called beside its title: ", a new survival game", ", its first strategy game".
_NEW_WORK_APPOSITION = re.compile(r"(?:[^,;.]{1,40}),\s+(?:a|an|its|their|the studio's)\s+(?:brand-new|new|first|original)\b"
                                  r"(?![^,;.]*\b(?:sequel|remake|remaster|spin-?off|prequel|season|installment|entry|chapter"
                                  r"|expansion|dlc|follow-up|reboot|adaptation|part)\b)")


def _another_title_after(clause: str, announced: Span, names: list[tuple[int, int, str]]) -> bool:
    """The cue's object, right after it, is a title that is not watched, told as a new work of its own:
    "revealed Nightjar Coast, a new survival game" (not "announced Tidebound 3", nor "announced Tidebound
    Kiwami, a full remake": a name may hold a watched one that a longer name hid)."""
    lead = _ARTICLE_AFTER.match(clause, announced.end())
    if lead is None or any(a <= lead.end() < b for a, b, _ in names):
        return False
    found = names_in(clause[lead.end():lead.end() + 40])
    return bool(found) and found[0].start() == 0 and _NEW_WORK_APPOSITION.match(clause, lead.end()) is not None


def new_installment(clause: str, numbered: bool, names: list[tuple[int, int, str]], reported: bool = False) -> bool:
    """An installment introduced as new ("a third season", "a sequel", "Lumen Drift 4 Revival"),
    not a known one ("the final season"). ``numbered``: the clause names a numbered installment;
    ``names``: where it names watched franchises; ``reported``: the headline reported or asked and a
    line below confirms it, so "the sequel" there is the one reported."""
    if numbered:
        return True
    for match in lexicons.spans("INSTALLMENT", clause):
        if reported or any(_BEFORE_ITS_NOUN.fullmatch(clause[end:match.start()]) for _, end, _ in names):
            # "the Korvin's Gate sequel", "Tidebound's movie": the name says which sequel, and a
            # determiner before a name says nothing of whether the sequel is known.
            return True
        # The determiner nearest the noun decides: "confirmed that a sequel" is new, "the final season" is not.
        determiners = re.findall(r"\b(the|its|this|that|these|those|a|an|another|new|two|three|four|five|more)\s+(?=(?:[\w'-]+\s+){0,3}$)",
                                 clause[max(0, match.start() - 40):match.start()], re.IGNORECASE)
        if not determiners or determiners[-1].lower() not in ("the", "its", "this", "that", "these", "those"):
            return True
    return False


