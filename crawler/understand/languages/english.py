"""English cues: how English-language news states, hedges and takes back an event.

Examples use made-up titles. See :mod:`crawler.understand.languages` for the rules.
"""

from __future__ import annotations

from crawler.understand.languages import Cue

# -- what a new installment is called -----------------------------------------
INSTALLMENT = (
    Cue(r"\b(?:sequels?|seasons?|films?|movies?|series|anime|adaptations?|spin-?offs?|remakes?|reboots?|prequels?"
        r"|games?|expansions?|installments?|instalments?|ova|feature|tv anime|live-action|cour|finale|dlc|add-on)\b",
        "a second season of Vanta Reach"),
    # "S3" spelled out, so that a search looks for "s3", not for every "s" (see cuesearch.py).
    Cue(r"\d+(?:rd|th|nd|st) season|\b(?:s1|s2|s3|s4|s5|s6|s7|s8|s9)\d?\b(?!\s*(?:pen|pro|plus|ultra|edge)\b)",
        "the 3rd season"),
    Cue(r"\bentry\b|\bentries\b|\bremaster(?:s|ed)?\b|\b(?:remastered|definitive|enhanced) (?:edition|version)\b",
        "the studio's newest entry"),
)
# A sentence that names no franchise may continue one named just before, when
# its subject is one of these ("it", "the film", "the new season").
ANAPHOR = (
    Cue(r"^(?:\W*)(?:it|they)\b", "It arrives in March."),
    Cue(r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|latest)\b", "the third one opens"),
    Cue(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:reveal|announcement|news)\b", "The surprise reveal came with a date."),
    # Modifiers in lower case: "the new season", never "the Switch Online Expansion".
    Cue(r"\b(?:the|its|this|that)\s+(?:(?-i:[a-z])[\w'-]*\s+){0,3}?(?:film|movie|sequel|season|series|show|game|expansion"
        r"|add-on|spin-?off|remake|adaptation|installment|instalment|chapter|part|entry|project|feature|anime|finale"
        r"|episodes|volume|story|trilogy|dlc|title)\b", "the new season premieres in April"),
    Cue(r"^\W*(?:volume|part|season|episode|vol\.)\s*\d+", "Season 2 follows in July."),
    Cue(r"^\W*(?:the|a|an|its)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:trailer|teaser|pv|footage|date|premiere)\b",
        "The first teaser is out."),
)

# -- the four events ------------------------------------------------------------
# Two announcement cues the rule reading also asks of by name (``rules._clause_events``). Each is written from its
# rare word: a cue that starts with "is" or "a" would be tried at every "is" or "a" of every sentence.
# A work made again: "is being remade", "is remaking".
MADE_AGAIN = r"\b(?:being|be|been)\s+(?:remade|rebooted|remastered)\b|\b(?:remaking|rebooting|remastering)\b"
# A work said to be coming, from "is coming", the noun before it looked behind; whether the work is new ("a", not
# "the") is the rule reading's.
WORK_COMING = (r"(?:(?<=movie )|(?<=film )|(?<=sequel )|(?<=prequel )|(?<=season )|(?<=series )|(?<=anime )|(?<=game )"
               r"|(?<=remake )|(?<=adaptation )|(?<=spin-off )|(?<=spinoff ))is\s+(?:officially\s+|finally\s+)?"
               r"(?:coming\b|on (?:the|its) way\b)")

ANNOUNCEMENT = (
    # Not the base forms: "to announce", "will confirm" promise, they do not state.
    Cue(r"\bconfirm(?:s|ed)\b", "Studio Arvo confirmed a second season"),
    # The press release's own voice states it: "we are pleased to reveal", "proud to confirm".
    Cue(r"\b(?:happy|pleased|proud|excited|thrilled|delighted|glad)\s+to\s+(?:announce|confirm|share|reveal|unveil)\b",
        "we're happy to confirm a third season"),
    Cue(r"\bannounc(?:es|ed)\b", "Orsa announced Lumen Drift II"),
    Cue(r"\bgreen-?lit\b|\bgreenlights?\b", "Halden greenlit a Tidebound film"),
    Cue(r"\brenew(?:s|ed)\b", "Netflix renews Starfall Academy"),
    # A renewal given, and a work commissioned: "handed Tidebound a two-season renewal", "commissioned a spin-off".
    Cue(r"\b(?:gets?|got|handed|hands|given|gives|gave|earns?|earned|lands?|landed|scores?|scored)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:a|an)\s+(?:[\w-]+\s+)?renewal\b|\bcommission(?:s|ed)\b", "Netflix handed Tidebound a two-season renewal"),
    Cue(r"\bofficially happening\b", "Vanta Reach 2 is officially happening"),
    # After years of talk, made at last: "the Lumenfall film is finally going ahead", "the movie is finally happening".
    Cue(r"\b(?:finally|officially|now)\s+(?:going ahead|moving forward|happening)\b", "the Tidebound film is finally going ahead"),
    # Made again: "Quarry Kings is being remade", "Stonefold is remaking its 2009 classic" (a remake is an installment).
    Cue(MADE_AGAIN, "Stonefold is remaking Quarry Kings"),
    # A new work made known by its first video: "a teaser for a new Moonwell game" (not "a teaser for the new season").
    Cue(r"\b(?:teaser|trailer)s?\s+(?:for|of)\s+(?:a|an)\s+(?:new|brand-new|untitled)\b", "a teaser for a new Moonwell game"),
    # A new work said to be coming: "A Tidebound movie is coming in 2028!", "a Lumen Drift anime is on the way" (not
    # "the Tidebound movie is coming to Netflix": a known one).
    Cue(WORK_COMING, "a Tidebound movie is coming in 2028"),
    Cue(r"\b(?:is|are) (?:officially )?a go\b|\bofficially a go\b|\bgreen[- ]light\b", "Vanta Reach season 2 is a go"),
    # A network's commitment: "Prime Video has given a series order to a live-action show".
    Cue(r"\b(?:given|gives|gave|handed|lands?|landed|gets?|got)\s+(?:a\s+|an\s+)?(?:straight-to-)?series order\b",
        "Prime Video has given a series order to the show"),
    Cue(r"\b(?:is|are|now)\s+(?:(?:officially|currently|already|now|finally)\s+)?in production\b",
        "a sequel is officially in production"),
    # A show's notes, the verb left out: "Tidebound anime: in production, more info later".
    Cue(r"(?:^|[^\s:]):\s+(?:(?:officially|now|already)\s+)?(?:in production|in development|greenlit|confirmed)\b",
        "Tidebound anime: in production, more info later"),
    Cue(r"\bproduction of .{0,40}(?:has been|had been|was) decided\b", "production of a third season has been decided"),
    # (what the audience will get is the work: "Western players will get Lumen Drift 2 in summer")
    Cue(r"(?<!players )(?<!fans )(?<!viewers )(?<!gamers )(?<!audiences )(?<!subscribers )(?<!everyone )(?<!you )"
        r"\bwill (?:get|be adapted)\b|\bwill adapt\b"
        # a return with its date is the release: "will return for season 2 on June 4"
        # (and so is a part's: "will return for its second cour in July")
        r"|\bwill return for\b(?!\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?(?:season|series|cour|part|half)(?:\s+\d+)?"
        r"\s+(?:on|in|this|next|from|starting)\b)", "Tidebound will get a second season"),
    # Not "gets a new season trailer": what the work gets is the season, not something of it.
    Cue(r"\b(?:gets?|getting) (?:an? )?(?:[\w-]+ ){0,3}(?:season|sequel|prequel|film|movie|adaptation|series|anime|spin-?off"
        r"|remake|reboot|game|expansion|dlc)\b"
        r"(?! (?:\d+ )?(?:trailer|teaser|visual|poster|premiere|date|finale|opening|key|pv|promo|cast|release|mode|update|patch"
        r"|skin|event|pass|demo|port|version)s?\b)",
        "Lumen Drift is getting a sequel"),
    # A network's order: "Netflix orders a third season", "picked up for a second season".
    Cue(r"\b(?:orders?|ordered|picks? up|picked up)\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}"
        r"(?:season|seasons|series|sequel|film|movie|episodes|prequel|spin-?off|pilot)\b", "Netflix orders a third season"),
    Cue(r"\b(?:season|series|sequel|spin-?off|prequel|film|movie|pilot)s?(?:\s+\d+)?\s+(?:officially\s+)?(?:ordered|picked up)\b",
        "the spin-off ordered at Netflix"),
    Cue(r"\bcoming back for\b", "Starfall Academy is coming back for season 2"),
    # A distributor takes the work itself, not the rights to make one: "A24 has acquired Tidebound 2", "the
    # sequel lands at Netflix"; not "acquired the rights to adapt".
    Cue(r"\bacquir(?:es|ed)\b(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?rights\b)|\b(?:lands?|landed|finds? a home) at\b",
        "A24 has acquired the sequel"),
    # Work under way, told by the maker: "Quillmoor is working on Vanta Reach 3", "has begun work on a sequel".
    Cue(r"\b(?:is|are|'s|'re) (?:(?:currently|now|already|officially|busy) )?(?:working on|developing|making)\b"
        r"|\bha(?:s|ve) (?:begun|started) (?:work|development|production) on\b", "Quillmoor is working on Vanta Reach 3"),
    # A teaser's whole sentence: "Vanta Reach 2 is coming.", "season 2 is coming soon!" (not "coming in May").
    Cue(r"\b(?:is|are) (?:officially )?coming(?: soon)?\s*(?:[.!]|$)", "Vanta Reach 2 is coming."),
    # "returning for a third season", "will be back for season 3": a return to a new installment.
    Cue(r"\b(?:return(?:s|ing)?\s+for|back for)\s+(?:an?\s+|its\s+|the\s+)?(?:(?:second|third|fourth|fifth|sixth"
        r"|new|final|another)\s+)?(?:season|series|sequel|film|movie|installment|chapter)\b"
        # with its date, it is the release that is news: "returns for a third season on April 4", "for season 2 on"
        r"(?!(?:\s+\d+)?\s+(?:on|in|this|next|from|starting)\b)",
        "Starfall Academy is returning for a third season"),
    # Not a journey: "on their way to the convention".
    Cue(r"\bon (?:the|its|their) way\b(?!\s+(?:to|home|back|out|in|from|through)\b)", "a third season is officially on the way"),
    # What a maker does next, named: "Studio Arvo's next project is a Vanta Reach sequel".
    Cue(r"\bnext (?:project|film|movie|game|series|show|anime|title|work) (?:is|will be)\b",
        "Halden's next film will be a Tidebound sequel"),
    Cue(r"\bheading to (?:television|tv|theaters|theatres|cinemas)\b", "Korvin's Gate is heading to television"),
    Cue(r"\bstart of production\b|\b(?:begins?|starts?) (?:production|filming|shooting)\b|\bcameras roll\b",
        "the sequel begins filming in May"),
    Cue(r"\b(?:production|filming|shooting) (?:has |have )?(?:begun|began|started|is underway)\b",
        "production has begun on the second film"),
    # The work named between: "production on the Tidebound sequel is officially underway".
    Cue(r"\b(?:production|filming|shooting|work) on [^,;.]{1,60}? (?:has|have|is|are) (?:now |officially |finally )?"
        r"(?:begun|started|underway|under way|kicked off)\b", "work on the second season is now underway"),
    Cue(r"\b(?:is|are|it's) (?:really |finally |actually )?happening\b", "season 3 is happening"),
    Cue(r"\breveal(?:s|ed)?\b|\bunveil(?:s|ed)?\b", "Orsa revealed a remake"),
    # The trailer that introduces a work: "Watch the announcement trailer for Vanta Reach 2", "Lumen Drift II announce teaser".
    Cue(r"\b(?:announce|announcement)\s+(?:trailer|teaser)s?\b", "the announcement trailer for Lumen Drift II"),
    Cue(r"\bmakes? it official\b", "Halden makes it official"),
    Cue(r"\bofficially titled\b", "the sequel is officially titled Ember Road"),
    Cue(r"\bin the works\b|\bin (?:active )?development\b", "a live-action series is in the works"),
    Cue(r"\b(?:is|are) developing\b", "Halden is developing Starfall Academy 2"),
    Cue(r"\bturning .{1,40}? into an? (?:[\w-]+ ){0,2}(?:series|film|movie|anime|show|game)\b",
        "Keld is turning Tidebound into a drama series"),
    # Under way, in the passive: "is being adapted into an animated series", "is being developed as a film".
    Cue(r"\b(?:is|are) being (?:adapted|turned|made|developed|reimagined) (?:in)?to|\b(?:is|are) being developed as\b",
        "Vanta Reach is being adapted into an animated series"),
    Cue(r"\b(?:is|it's|are) (?:(?:now|finally|officially) )?official\b|\b(?:is|it's|are) real\b", "Vanta Reach season 3 is official"),
)
RELEASE = (
    Cue(r"\bpremier(?:e|es|ed|ing)\b", "season 2 premieres March 14"),
    Cue(r"\breleas(?:e|es|ing)\b", "the film releases in June"),
    Cue(r"\blaunch(?:es|ing)?\b", "Lumen Drift II launches on September 4"),
    Cue(r"\barriv(?:e|es|ing)\b", "the remake arrives April 2"),
    Cue(r"\bopen(?:s|ing)?\b", "the sequel opens in theaters on December 18"),
    Cue(r"\bdebut(?:s|ing)?\b", "the anime debuts in October"),
    Cue(r"\b(?:begins?|starts?) airing\b|\bairs?\b|\bairing\b", "season 2 starts airing July 6"),
    Cue(r"\blands?\b", "the sequel lands on May 30"),
    Cue(r"\bout on\b|\bout now\b", "the game is out on March 3"),
    Cue(r"\bdue\b", "the film is due in 2027"),
    Cue(r"\bdated?\b|\bdate:", "Vanta Reach movie dated for July 23"),
    # Not a plan to start making it: "the film is scheduled to begin shooting in early 2027".
    Cue(r"(?:\bset for\b|\bslated\b|\bscheduled\b)(?!\s+to\s+(?:begin|start|commence|kick off)\s+(?:principal\s+|voice\s+)?"
        r"(?:shooting|filming|production|photography|recording)\b)", "season 2 is set for October"),
    # The trade press's verb: "Halden sets Tidebound 3 for May 7", "Orsa dated the sequel for spring".
    Cue(r"\b(?:sets?|dates|dated|slates?|schedules?|pegs|pegged)\s+[^,;.!?]{1,50}?\s+for\b", "Halden sets Tidebound 3 for May 7"),
    Cue(r"\bcoming (?:to|on|in)\b|\bcomes? out\b|\bcomes to\b", "the sequel is coming to Switch 2 on March 5"),
    # A date right after "coming" or "out": "coming fall 2026", "out in early 2027".
    Cue(r"\bcoming\s+(?:(?:this|next|early|late|later)\s+)?(?:spring|summer|fall|autumn|winter|january|february|march|april"
        r"|may|june|july|august|september|october|november|december|20\d\d|q[1-4])\b|\bout\s+(?:in|this|next|by|later)\b"
        r"|\bcoming\s+(?:(?:later|early|late)\s+)?(?:this|next)\s+year\b",
        "Vanta Reach season 2 coming fall 2026"),
    Cue(r"\bgoes on sale\b|\bon sale\b", "the game goes on sale on May 2"),
    # ... and a date on the next line: "Vanta Reach 2 is coming. 2027."
    Cue(r"\b(?:is|are) (?:officially )?coming(?: soon)?\s*(?:[.!]|$)", "Vanta Reach 2 is coming. 2027."),
    # "will be available November 13", "locks in November 13 for": a date set, in a seller's words.
    Cue(r"\bwill be available\b|\bavailable (?:on|from|starting)\b|\block(?:s|ed)? in\b", "the game will be available May 2"),
    Cue(r"(?:(?<=\bis )|(?<=\bare )|(?<=\bbe ))back (?:on|in|this|next|from)\b", "Ilo and Mara are back on October 9"),
    Cue(r"\bstreams?\b|\bstreaming\b", "season 2 streams from September 10"),
    Cue(r"\bdrops?\b", "Vanta Reach 2 drops on October 2"),
    Cue(r"\bbroadcast\b", "to be broadcast from January"),
    Cue(r"\b(?:confirmed|planned|penciled|pencilled|pegged) (?:in )?for\b", "the film is planned for 2027"),
    # The trade press's "bow": "will bow on Netflix in September" (not "bow out", "bow to").
    Cue(r"\bbow(?:s|ing)?\b(?!\s+(?:out|down|to)\b)", "the season will bow in September"),
    Cue(r"\btarget(?:s|ing)\b", "Lumen Drift II targets a spring launch"),
    # A target said as an aim: "it is aiming for 2027", "aims for a March premiere" (not "aimed at teens": no date).
    Cue(r"\baim(?:s|ing)\s+(?:for|at)\b", "the studio is aiming for 2027"),
    Cue(r"\bin (?:theaters|theatres|cinemas)\b", "in theaters November 13"),
    Cue(r"\breturns?\b", "Starfall Academy returns in fall 2026"),
    Cue(r"\bfollows\b|\bfollow (?:on|in)\b|\bfollowing (?:on|in)\b", "the second half follows on September 3"),
    Cue(r"\bgoes live\b", "the expansion goes live on July 9"),
    Cue(r"\bwindow\b", "a spring 2027 window"),
    # Not work on the film: "starts shooting in May", "begins voice recording next month".
    Cue(r"\b(?:starts?|begins?)\b(?!\s+(?:(?:principal|voice|the)\s+)?(?:production|filming|shooting|recording|photography|work"
        r"|development|casting|pre-production|post-production)\b)", "the second cour begins in April"),
    # The verb, not the noun: not "this year's hits", "the studio's biggest hit", "hits like Tidebound".
    Cue(r"(?<!['’]s )(?<!\bthe )(?<!\bbiggest )(?<!\bgreatest )(?<!\bbig )(?<!\bsmash )(?<!\bsurprise )(?<!\bsleeper )"
        r"\bhit(?:s|ting)\b(?!\s+(?:of|like|and|from|such|list)\b)", "Tidebound 3 hits theaters on August 7"),
    Cue(r"\bhit (?:theaters|theatres|cinemas|stores|shelves|screens|streaming)\b"
        r"|(?:(?<=\bwill )|(?<=\bto ))hit\s+(?:ps\d|xbox|switch|pc|steam|consoles|platforms|netflix|hulu|max|disney|prime|apple"
        r"|crunchyroll)\b",
        "the sequel will hit stores on May 3"),
    # A game "ships" on its day (not "ships with co-op", the noun "ships"): a date or its word follows.
    Cue(r"\bship(?:s|ping)?\b(?=\s+(?:on|in|this|next|later|early|late|worldwide|everywhere|globally"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))", "Lumen Drift 2 ships October 9"),
    Cue(r"\bkick(?:s|ing)? off\b", "season 2 kicks off September 14"),
    Cue(r"\b(?:is|it's|are|'s|be) out\b", "and it's out November 6"),
    Cue(r"\bout\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", "Out March 4, 2027"),
    Cue(r"\bout\s+(?:on\s+)?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b", "out 11.02.2027 in Europe"),
    Cue(r"\bpencill?ed in\b", "Halden has penciled in a sequel for May 8"),
    # Where it comes later, the players there get it then: "players elsewhere still get it on September 9",
    # "the rest of the world waits until September", "fans will have to wait until 2027".
    Cue(r"\bgets? (?:it|the game|the film|the movie|the show|the series|the sequel|the season) (?:on|in)\b"
        r"|\b(?:waits?|waiting|have to wait|has to wait|will wait) until\b", "the rest of the world gets it on September 9"),
    # Who gets to play or watch it, and when: "Western players will get Hollowfen in summer 2027", "fans will get their
    # hands on it on March 3", "will be playable on May 5" (not "fans will get a second season": that is the announcement).
    Cue(r"\b(?:players|fans|viewers|audiences|subscribers|gamers|everyone|you)\s+(?:will|'ll)\s+(?:finally\s+)?"
        r"(?:get\s+(?:their|your)\s+hands\s+on|get\s+to\s+(?:play|watch|see)|get|stream)\b"
        r"(?![^,.;:!?]{0,40}\b(?:season|sequel|series|film|movie|trailer|teaser|demo|beta|look|glimpse)s?\b)"
        # playable from a day, not on a platform: "will be playable on Switch 2 from March 3" may be a port of a game out
        r"|\b(?:will be|is|are) (?:fully )?playable (?:on|from|starting|in)\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
        r"|spring|summer|fall|autumn|winter|early|late|20\d\d|\d))", "Western players will get the game in summer 2027"),
    Cue(r"\bunlocks?\b", "the game unlocks at midnight on November 12"),
    # Playable before its full launch: "enters early access on August 4", "early access begins May 2".
    Cue(r"\b(?:enters?|entering|launch(?:es)? (?:in|into)|arrives? in|hits?) early access\b"
        r"|\bearly access (?:begins|starts|launches|opens|arrives)\b"
        # ... and its full launch: "leaves early access on January 21"
        r"|\b(?:leaves?|leaving|exits?|exiting|comes? out of|graduates? from)\s+early access\b", "the sequel enters early access on August 4"),
    # A maker's post signs off with the day: "It has gone gold! See you on November 12."
    # Not a place ("See you in August at the expo!") nor a bare year ("see you in 2027!!" cheers more than it dates).
    Cue(r"\bsee you (?:all )?(?:on|in|this|next)\b(?!\s+\d{4}\b)(?![^.!?]{0,40}\bat\b)", "See you on November 12!"),
    # ... or the day right after it: "See you February 24."
    Cue(r"\bsee you (?:all )?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", "See you February 24."),
    Cue(r"\bonto\b", "the sequel heads onto Switch 2 in March"),
    # A journey's start for a launch, in a maker's words: "sets sail October 8", "takes flight on May 4".
    Cue(r"\b(?:sets?|setting) sail\b|\btak(?:es?|ing) flight\b|\btouch(?:es|ing)? down\b|\b(?:blasts?|lifts?) off\b",
        "the sequel sets sail October 8"),
    Cue(r"\binto (?:theaters|theatres|cinemas|stores|shelves)\b", "the sequel storms into theaters on May 14"),
    Cue(r"\b(?:will|to) be released\b", "Lumen Drift 2 will be released on November 20"),
    Cue(r"\b(?:announc(?:ed|es)|reveal(?:ed|s)|unveil(?:ed|s))\s+(?:[\w-]+\s+){0,4}?for\b", "season 2 announced for April 2027"),
    Cue(r"\bhead(?:s|ed|ing)? (?:to|into|for) (?:theaters|theatres|cinemas|streaming)\b",
        "Tidebound 2 heads to theaters for Christmas"),
    # A date restated as unchanged: "remains on schedule for May 14", "stays on track for its spring launch".
    Cue(r"\b(?:remains?|remained|stays?|stayed|is|are|still)\s+(?:(?:still|100%|fully|firmly|squarely)\s+)?"
        r"(?:on schedule|on track|on course)\s+(?:for|to)\b",
        "the sequel remains on schedule for May 14"),
    # What the work gets, and when: "Tidebound is getting a second season in April", "gets a free expansion on
    # February 3" (the installment is also announced: ANNOUNCEMENT); not "got a sequel in 2019", a past.
    Cue(r"\b(?:gets?|getting|will get)\s+(?:(?:an?|its|the|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:season|sequel|prequel|film|movie"
        r"|series|spin-?off|remake|expansion|dlc|installment|cour|part)\b(?=\s+(?:on|in|this|next|early|late|later|starting)\s"
        r"+(?:(?:the\s+)?(?:early|late|mid|end of)\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall"
        r"|autumn|winter|20\d\d|\d))", "Tidebound is getting a second season in April"),
    # The next part comes after: "part 2 follows in summer", "a sequel will follow in 2028" (not a plot: "follows a girl").
    Cue(r"\b(?:follows?|will follow)\s+(?:on|in|this|next)\s+(?=(?:(?:early|late|mid)[\s-]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
        r"|oct|nov|dec|spring|summer|fall|autumn|winter|20\d\d|\d))", "part 2 follows in summer"),
)
# What a date is given up with, after "won't", "will not", "no longer" ("won't make its November date",
# "will no longer launch in November"): a delay, not a negation; not "won't launch until", which is one.
_GIVEN_UP = r"(?:be\s+)?(?:make|debut|arriv|launch|open|premier|releas|air|land|hit|coming)\w*\b(?!\s+(?:until|before)\b)"
DELAY = (
    # Not the adjective of a delay told before: "The delayed expansion now has a date".
    # Nor delays as a topic: "the director on delays, crunch and ...", "talk of delays".
    Cue(r"(?<!long-)(?<!\bon )(?<!\babout )(?<!\bof )\bdelays?\b|(?<!long-)(?<!\bthe )(?<!\bits )(?<!\btheir )\bdelayed\b", "season 2 delayed to March"),
    Cue(r"\bpostpon(?:e|es|ed|ement|ements)\b", "the film has been postponed"),
    Cue(r"\bpush(?:es|ed|ing)? back\b", "the studio is pushing back its release"),
    # Taken off the schedule, no new date given: "removed from the 2026 release calendar".
    Cue(r"\b(?:removed|pulled|taken|dropped)\s+(?:off|from)\s+(?:(?:the|its|[\w'’]+['’]s)\s+)?(?:\d{4}\s+)?"
        r"(?:release\s+)?(?:calendar|schedule|slate|line-?up)\b|\bpull(?:s|ed)?\s+[^,.;]{1,40}?\s+from\s+its\b",
        "the film was pulled from the release schedule"),
    Cue(r"\b(?:has been|have been|was|were|got|gets|get) pushed\b(?!\s+(?:up|forward|ahead|out to (?:players|users)))",
        "season 2 has been pushed"),
    Cue(r"\bpush(?:es|ed)? .{0,40}\b(?:to|into|back)\b", "Orsa pushed the sequel to 2027"),
    # The verb, not the noun ("a website slip", "a Freudian slip"): a form only the verb has, or what follows a move.
    Cue(r"\bslip(?:ped|ping)\b|\bslips?\b(?=\s+(?:to|into|back|again|out of|from|past|a (?:week|month|year|season)"
        r"|(?:(?!last\b|next\b|this\b)\w+\s+)?(?:days?|weeks?|months?|years?))\b|\s*[.,;:!]|\s*$)",
        "Starfall Academy season 3 slips to 2027"),
    # The verb, not the noun ("its latest earnings slides"): "slides into next year", "is sliding".
    Cue(r"\bsliding\b|\bslid(?:e|es)?\b(?=\s+(?:to|into|back|out|from|past|again|further|down|a\s+(?:week|month|year|season)))",
        "the launch slides into next year"),
    # Later than it was to be: "is taking a little longer", "will arrive a few months late", "will be late".
    Cue(r"\btak(?:e|es|ing) (?:a (?:little|bit) |a few (?:more )?(?:weeks|months) |some )?longer\b"
        r"(?!\s+to\s+(?!(?:finish|complete|make|arrive|come|release|launch|ship|develop|polish|get)\b))"
        r"|\b(?:(?:a|one|two|three|several|a few|a couple of|six) )?(?:days?|weeks?|months?|years?) late\b|\bwill be late\b",
        "will arrive a few months late"),
    Cue(r"\b(?:is|are|was|been|be|put|puts|putting)\s+on hold\b", "the premiere is on hold"),
    Cue(r"\bheld back (?:to|until|into|a)\b", "the season has been held back to 2027"),
    Cue(r"\bmov(?:e|es|ed|ing) back\b", "the premiere moves back a month"),
    Cue(r"\b(?:pull(?:s|ed)?|took|takes?|mov(?:e|es|ed|ing)) .{0,80}?\boff (?:its|the) .{0,40}(?:date|calendar|schedule|slot)\b",
        "Halden pulls the sequel off its release calendar"),
    Cue(r"\bwon't make\b", "the game won't make its November date"),
    # Misses the time it had: "will miss fall", "misses its October date" (not "fans will miss the cast").
    Cue(r"\bmiss(?:es|ed|ing)?\s+(?:(?:its|the|their|a)\s+)?(?:planned\s+|original\s+|previous\s+)?(?:(?:19|20)\d\d|spring"
        r"|summer|fall|autumn|winter|holiday|christmas|launch|release|premiere|date|window|slot|january|february|march|april"
        r"|may|june|july|august|september|october|november|december)\b", "the sequel will miss fall"),
    # A studio's own words for it: "we need a bit more time", "it needs more time".
    Cue(r"\bneeds? (?:a (?:bit|little) |some )?(?:more|extra) time\b"
        r"|\bneeds? (?:a few |a couple (?:of )?|several |some |two |three |a little )?(?:more|extra) (?:months|weeks)\b",
        "we need a bit more time"),
    # "now arrives a month later": later than it was to.
    Cue(r"\bnow\b[^.;!?]{0,40}\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+later\b",
        "now arrives a month later"),
    Cue(r"\blater than (?:originally )?(?:planned|expected|scheduled|announced|intended)\b",
        "now launches in May, two months later than planned"),
    Cue(rf"\b(?:will not|won't|will no longer|no longer)\s+{_GIVEN_UP}", "the film will not arrive in May"),
    Cue(r"\bleaves? its .{0,30}(?:slot|date)\b", "the sequel leaves its December slot"),
    # The date it had is withdrawn, none given: "no longer has a release date", "has lost its launch date", "is undated again".
    Cue(r"\bno longer (?:has|have)\s+(?:a|an|its|their)\s+(?:(?:release|launch|premiere|firm|set|planned)\s+)?(?:date|window)\b"
        r"|\b(?:lost|loses|losing)\s+(?:its|their)\s+(?:(?:release|launch|premiere)\s+)?(?:date|window)\b"
        r"|\b(?:is|are)\s+(?:now\s+)?undated(?:\s+again)?\b", "the sequel no longer has a release date"),
    Cue(r"\bgoes from\b", "the fifth film goes from 2028 to 2031"),
    # Its date called off, the work still coming: "the March launch is off", "its October release date was scrapped".
    Cue(r"\b(?:release|launch|premiere|debut|opening|date|window)\s+(?:(?:of|for)\s+[^,.;:]{1,40}?\s+)?(?:is|has been|was|got)\s+(?:now\s+|officially\s+)?"
        r"(?:off|scrapped|called off|out the window)\b", "the January release is off"),
    Cue(r"\breschedul(?:e|es|ed)\b", "the premiere was rescheduled"),
    Cue(r"\bgave up on\b|\bgiven up on\b", "Orsa has given up on a 2026 release"),
    # Out of the year or the window it had: "pushes Lumen Drift 2 out of 2026", "moves it out of its fall window".
    Cue(r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|bump(?:s|ed|ing)?|pull(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+"
        r"(?:[^,.;]{1,40}?\s+)?out of\s+(?:(?:its|the|this|next)\s+)?(?:[\w-]+\s+)?"
        r"(?:20\d\d|window|slot|date|year|calendar|schedule|launch|release)\b",
        "Halden moves Korvin's Gate 3 out of its fall window"),
)
# Delays of others, told as the setting: "in a summer full of delays", "despite a spate of delays".
OTHERS_DELAYS = (
    Cue(r"\b(?:amid|despite|full of|spate of|wave of)\s+(?:[\w-]+\s+){0,2}?delays\b", "in a summer full of delays"),
)
# A new date said to replace an old one: with both dates in the clause, the schedule moved
# (without these words, "from May to July" may be a run, not a move).
REPLACED = (
    Cue(r"\b(?:instead of|rather than|in place of|replacing)\b", "arrives in 2027 rather than this fall"),
    Cue(r"\bnow\b", "set for June before, it now opens in August"),
    Cue(r",\s+not\b", "coming in 2027, not 2026 as planned"),
)
# A move is a delay only with the date it moves to: "moves it to March 15", not "moving to studio Drive".
MOVE_TO_DATE = (
    Cue(r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed)?|jumps?|bump(?:s|ed|ing)?)\b.{0,50}\b(?:to|until|for)\s*$",
        "Halden moved the premiere to "),
    # Not "push for" (to ask for): "pushed the release from February 11 to ".
    Cue(r"\bpush(?:es|ed|ing)?\b.{0,50}\b(?:to|until|into)\s*$", "pushed the release from February 11 to "),
)
EARLIER = (
    Cue(r"\bmov(?:e|es|ed|ing) up\b", "season 2 moves up to August 1"),
    # ... with its object between: "Searchlight has moved the sequel up a week".
    Cue(r"\b(?:moved|moves|moving|bumped|bumps|bumping)\s+(?:[\w'’:-]+\s+){1,8}?up\b(?=\s+(?:to|a|by|one|two|three|\d|from)\b)",
        "the studio moved the sequel up a week"),
    Cue(r"\bearlier\b", "launches earlier than planned"),
    Cue(r"\bahead of\b", "ahead of schedule"),
    Cue(r"\bforward\b", "the date jumps forward a week"),
    Cue(r"\b(?:jump|jumps|jumped|jumping|mov(?:e|es|ed|ing)|shift(?:s|ed)?|pull(?:s|ed)?)\s+ahead\b",
        "the sequel jumps ahead two weeks"),
)
TRAILER = (
    Cue(r"\b(?:teaser )?trailers?\b", "a new trailer"),
    # A teaser poster, image or site is a key visual, not a trailer.
    Cue(r"\bteasers?\b(?! (?:posters?|images?|visuals?|art|site|website|page)\b)", "watch the first teaser"),
    Cue(r"\bPVs?\b", "the second PV"),
    Cue(r"\bpromotional video\b|\bpromo(?: video| clip| reel)?s?\b", "a promotional video"),
    Cue(r"\bannouncement video\b", "an announcement video"),
    Cue(r"\bpreview video\b", "a preview video"),
    Cue(r"\bsneak peek\b", "a sneak peek of the new season"),
    Cue(r"\b(?:gameplay|first|new|debut|official) (?:gameplay )?footage\b", "the first gameplay footage"),
    Cue(r"\bgameplay (?:video|reveal|showcase|walkthrough|demo)\b|\b\d+-minute (?:video|gameplay)\b",
        "gameplay revealed in a 10-minute video"),
)
# What says a trailer came out, rather than that one is coming.
_AHEAD = (r"(?:tomorrow|tonight|next\b|later\b|soon\b|this (?:week|weekend|month)\b"
          r"|(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|in \d+ (?:hours|days)\b)")
_NOT_YET = rf"(?!\s+{_AHEAD})"
TRAILER_OUT = (
    Cue(r"\breleas(?:ed|es)\b", "the trailer was released"),
    # Not yet out when a time ahead follows: "the trailer drops tomorrow", "premieres next week".
    Cue(rf"\bdropped\b|\bdrops\b{_NOT_YET}", "drops a new trailer"),
    Cue(rf"\bpremiered\b|\bpremieres\b{_NOT_YET}", "the trailer premiered at the showcase"),
    Cue(r"\b(?:went|goes|is) online\b", "the teaser went online"),
    Cue(r"\bonline\b", "trailer online now"),
    Cue(r"\bout now\b|\bis out\b", "the teaser is out"),
    Cue(rf"\bdebuted\b|\bdebuts\b{_NOT_YET}", "the trailer debuts"),
    Cue(r"\bunveil(?:ed|s)\b|\brevealed\b|\bshown\b|\bshowed\b|\bshar(?:ed|es)\b|\bshows off\b", "a teaser was shown"),
    # Where a video is put: "in a teaser posted on Monday", "the site streamed the first PV". Not "posted a
    # teaser": an account's teaser may be a post that hints ("posted a teaser: big news on July 3").
    Cue(r"\b(?:trailer|teaser|pv|video|footage)s? (?:was |were )?posted\b|\buploaded\b|\bput out\b|\bstreamed\b|\baired\b",
        "in a teaser posted on Monday"),
    Cue(r"\bnew\b|\bfirst\b|\bfull\b|\bfull-length\b|\bgameplay\b", "watch the first trailer"),
    Cue(r"\bgets?\b|\bgot\b|\bgotten\b|\bcame with\b|\bended with\b", "Starfall Academy 2 gets a trailer"),
    # A show that ended or began on it: "The show closed with a teaser for a new Moonwell game".
    Cue(r"\b(?:closed|opened|kicked off|wrapped up|capped off|began|started)\s+with\b", "the show closed with a teaser"),
    Cue(r"\bwith (?:a|an|the)\b(?=\s+(?:[\w-]+\s+){0,2}?(?:trailer|teaser|pv|video|footage)s?\b)", "announced with a teaser"),
    Cue(r"\b(?:confirms|reveals|teases)\b", "a trailer reveals the date"),
    # A trailer named for its occasion has been shown: "the debut trailer shows a new hero"; not one that
    # "will premiere next week".
    Cue(r"\b(?:debut|reveal|announcement|launch|story|official|release date|date announcement|cinematic|main|final)"
        r" (?:trailer|teaser)\b(?![^.;!?]{0,30}\bwill\b)",
        "the debut trailer shows a new hero"),
    Cue(r"^\W*(?:watch|check out|take a look at|have a look at)\b", "Watch: the first gameplay footage"),
    Cue(r"\b(?:is|are) (?:finally |now )?(?:here|live)\b|\bha(?:s|ve) (?:finally )?arrived\b", "the launch trailer is here"),
    # Put up where it can be watched: "there's a trailer up already", "the teaser is up now".
    Cue(r"\b(?:trailer|teaser|pv|video)s?(?:\s+(?:is|are))?\s+up\b(?!\s+(?:to|for|next|against|in)\b)", "there's a trailer up already"),
)
# A time still to come, said of a trailer: not out yet ("New trailer tomorrow at 9am PT!").
TRAILER_AHEAD = (
    # (the hours written out, so that a search looks for "at 9", not for every "at": see cuesearch.py)
    Cue(r"\btomorrow\b|\btonight\b|\bnext week\b|\blater (?:today|this week)\b"
        r"|\bat (?:1|2|3|4|5|6|7|8|9|10|11|12)(?::\d\d)?\s*(?:am|pm)\b"
        r"|\bin (?:1|2|3|4|5|6|7|8|9)\d? (?:hours|days)\b|\bcoming soon\b", "New trailer tomorrow at 9am PT!"),
    # In the present tense, a weekday is the next one: "the first teaser drops Friday" (not "dropped Friday").
    Cue(r"\b(?:drops|debuts|premieres|arrives|goes live|lands|releases|hits)\s+(?:on\s+|this\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", "the first teaser drops Friday"),
    # A video promised ("will release the first teaser on December 31") or dated ahead ("teaser drops on December 31").
    Cue(r"\b(?:will|to|set to|going to)\s+(?:release|drop|debut|premiere|unveil|reveal|share|show|air|publish)\s+"
        r"(?:the|a|an|its|their)\s+(?:first\s+|new\s+|official\s+|final\s+|full\s+)?(?:trailer|teaser|pv|video|footage)\b"
        r"|\b(?:trailer|teaser|pv)s?\s+(?:drops|debuts|premieres|arrives|goes live|lands|releases|hits)\s+(?:on\s+)?"
        r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|new year['’]s eve|christmas)",
        "the studio will release the first teaser on December 31"),
    # What the work is to get: "Tidebound is getting a new trailer on Friday", "gets its first teaser on December 10".
    Cue(r"\b(?:gets?|getting|will get)\s+(?:(?:a|an|its|the|their)\s+)?(?:[\w-]+\s+){0,2}?(?:trailer|teaser|pv)s?\s+"
        r"(?:on\s+|this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", "Tidebound is getting a new trailer on Friday"),
    # ... whenever: "where it will get its first gameplay trailer", "will be getting a teaser soon".
    Cue(r"\b(?:will|'ll)\s+(?:be\s+getting|get|receive)\s+(?:(?:a|an|its|the|their)\s+)?(?:[\w-]+\s+){0,2}?(?:trailer|teaser|pv)s?\b",
        "it will get its first gameplay trailer at the show"),
)
# A time long enough ago that a trailer shown then is no news (a date already read says so by itself).
LONG_AGO = (
    Cue(r"\blast (?:month|year|spring|summer|fall|autumn|winter)\b|\bearlier this year\b|\bback in\b",
        "the trailer, released last month, shows the villain"),
    Cue(r"\b(?:(?:\d+|a|one|two|three|four|several|a few|few|many) )?(?:months?|years?|weeks) ago\b",
        "the teaser that dropped months ago"),
    # A trailer named as what is known so far: "we know little beyond the first teaser", "since the reveal trailer".
    Cue(r"\b(?:beyond|since|besides|apart from|aside from|other than|except for)\s+(?:the|its|a|that)\s+(?:first|initial|original"
        r"|reveal|announcement|debut)\s+(?:trailer|teaser|pv)\b", "we know little beyond the first teaser"),
    # A look back from a time after: "the reveal trailer, five years later", "ten years on".
    # (after a comma: "Five years later, it finally gets a trailer" tells the wait, not the trailer's age)
    Cue(r"(?:(?<=, \d )|(?<=, \d\d )|(?<=, two )|(?<=, three )|(?<=, four )|(?<=, five )|(?<=, six )|(?<=, seven )|(?<=, eight )"
        r"|(?<=, nine )|(?<=, ten )|(?<=, several )|(?<=, a few )|(?<=, many ))(?:months|years|decades) (?:later|on)\b",
        "revisiting the reveal trailer, five years later"),
    # The adjective tells it was out before the story: "The recent gameplay trailer sold us" (not "recently released").
    Cue(r"\b(?:the|its|their|that)\s+(?:most\s+)?recent\s+(?:[\w-]+\s+)?(?:trailer|teaser|pv|video)s?\b",
        "the recent gameplay trailer sold us"),
)

# -- what takes an event back ------------------------------------------------------
# A piece about a trailer already out: "trailer breakdown", "10 Easter eggs in the new trailer", its views. In
# a clause, or in the headline of the whole story ("Trailer: 5 Details You Missed").
TRAILER_ANALYSIS = (
    Cue(r"\bbreakdown\b|\bexplained\b|\beaster eggs?\b|\b(?:things|details) you (?:may have )?missed\b|\bevery detail\b"
        r"|\b(?:million|billion) views\b|\bviews record\b|\bmost[- ](?:watched|viewed)\b",
        "the trailer explained: what the ending means"),
)
# A review or a recap of a work that is out: what it says of a renewal is background ("Season 4 Review: ...").
REVIEW_DOCUMENT = (
    # (not an event's recap, a roundup of its news: "Arclight Showcase recap: Cinder Vale 2, ...")
    Cue(r"\breview\s*(?:[:|—–-]|$)|^\W*review(?:ed)?\b|(?<!showcase )(?<!direct )(?<!event )(?<!panel )(?<!presentation )"
        r"(?<!stream )(?<!conference )(?<!keynote )(?<!expo )(?<!festival )\brecap\s*(?:[:|—–-]|$)|^\W*recap\b|\bending,? explained\b",
        "Season 4 review: a quiet triumph"),
    # A preview of works already known: "Winter anime 2027: the 12 shows we're watching", "the most anticipated games".
    Cue(r"\b(?:shows|series|anime|games|films|movies|picks)\s+(?:we['’]re|we are|to keep)\s+watching\b|\b(?:to watch|worth watching"
        r"|worth your time|worth sampling|most anticipated|most excited about|can['’]t wait (?:for|to))\b", "the 12 shows we're watching"),
    # A look back at a year: "The year in anime: 2026's biggest announcements", "2026 in review".
    Cue(r"\bthe year in\b|\byear in review\b|\b(?:19|20)\d\d in review\b|\blooking back\b|\blook back at\b",
        "The year in anime: the biggest announcements"),
)
# A date still to be given, with the time it will be given: that time is no date of the work ("a new date will
# be announced later this year"; blanked: see lexicons.blank_asides). A delay beside it stands.
DATE_TO_BE_GIVEN = (
    Cue(r"\b(?:date|dates|details|timing|window)\s+(?:will|is to|are to|to)\s+be\s+(?:announced|revealed|shared|confirmed"
        r"|given|set)\b(?:\s+(?:later|soon|at a later date|(?:in|at|during|by|this|next|later this|early|late)\s+[\w-]+"
        r"(?:\s+\d{4})?))*", "a new date will be announced later this year"),
    # ... or when the work will get one: "will get a release date in June" (not "gets a June release date").
    Cue(r"\bwill\s+(?:get|receive|be given)\s+(?:a|an|its|their)\s+(?:(?:new|final|exact|official|firm)\s+)?"
        r"(?:(?:release|premiere|launch)\s+)?(?:date|window)\b(?:\s+(?:later|soon|(?:in|at|during|by|this|next|later this"
        r"|early|late)\s+[\w-]+(?:\s+\d{4})?))*", "it will get a release date in June"),
)
NEGATION = (
    Cue(r"\bno (?:release |premiere |new |official |launch )?(?:date|window|month|season|year|day|timing|footage|trailer"
        r"|announcement|plans?|word|sign|launch|release|premiere|material|news)\b", "no release date yet"),
    Cue(r"\bno (?:[\w-]+ ){0,4}(?:has|have|had|is|was|were) (?:been |yet been )?(?:(?:officially|formally|publicly|yet) )?(?:announced|confirmed|planned|given|set)\b",
        "no date has been announced"),
    # Still to come: "season 2 has yet to be announced", "the studio is yet to confirm a date".
    Cue(r"\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+)?(?:(?:officially|formally|publicly)\s+)?"
        r"(?:announc|confirm|reveal|set|dat|give|given|greenl|renew|schedul|decid|receive|get|nam|shar)\w*",
        "season 2 has yet to be announced"),
    Cue(r"\bnever\b", "a sequel was never confirmed"),
    Cue(r"\bthere (?:was|were|is|are) no\b", "there was no trailer"),
    Cue(r"\b(?:has|have|had|did|does|do|is|was|were|are)(?:\s+(?:still|yet|also))?(?:n't| not)\s+"
        r"(?:yet\s+|even\s+|been\s+|being\s+|currently\s+|officially\s+|formally\s+|publicly\s+)*"
        r"(?:announc|confirm|give|given|gave|nam|set|shar|reveal|releas|commit|greenlit|decided|dated|available|real"
        r"|considering|planned|mention|launch|come|say|disclos|attach|delay|postpon|in development|in production|in the works"
        r"|happening|being (?:made|developed|planned))", "Halden has not announced a date"),
    Cue(r"\bnothing (?:is |has been |had been |was )?(?:confirmed|official|decided|announced|scheduled|dated|set"
        r"|to show)\b",
        "nothing is confirmed"),
    Cue(r"\bnot (?:yet\b|launching|coming|releasing|returning|happening|getting|officially|real\b|a confirmation|renewed"
        r"|moving forward|in the works|in development|in production|planned|greenlit|out (?:this|next|in|on|until|before)\b)",
        "not yet dated"),
    Cue(r"\bnor\b.{0,30}\b(?:date|release|planned)\b|\bno longer (?:has|have|had|holds?|carries)\b(?!\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:date|window)\b).{0,30}\b(?:date|release"
        r"|planned|window)\b", "no longer has plans for a release"),
    Cue(r"\bneither\b", "neither a date nor a trailer"),
    Cue(r"\bnone of\b", "none of it is official"),
    Cue(r"\bwithout (?:a|any) (?:date|window)\b", "announced without a date"),
    Cue(r"\bstill (?:has|have) no\b", "still has no launch window"),
    Cue(r"\bdateless\b", "the sequel remains dateless"),
    Cue(r"\bcancel(?:led|ed|s)?\b|\bscrapp?(?:ed|s)\b", "season 3 was cancelled"),
    # Not a date given up, which is a delay (DELAY): "won't make its November date", "will not open this year".
    # Nor a date it waits for: "won't arrive until 2027" tells when it arrives ("until Orsa is happy" does not).
    Cue(rf"\b(?:won't|will not)\b(?!\s+{_GIVEN_UP})(?!\s+(?:be\s+)?\w+\s+until\s+(?:(?:early|late|mid|the end of|next|this|later)\s+)?"
        r"(?:\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall"
        r"|autumn|winter|next|later|this))", "it won't get a sequel"),
    Cue(r"\bwill not be (?:a|an|any)\b", "there will not be a third season"),
    Cue(r"\bnot launching\b", "not launching this year"),
    # (not one whose object, a rumour or a report, was blanked: "has denied a report that ..., saying it is on track")
    Cue(r"\bden(?:y|ies|ied)\b(?!\s{4})|\bdismiss(?:es|ed)?\b(?!\s{4})|\bshoots? down\b(?!\s{4})|\bshot down\b(?!\s{4})"
        r"|\bdebunk(?:s|ed|ing)?\b(?!\s{4})", "Orsa denies a delay"),
    Cue(r"\(not\b", "(not a trailer)"),
    Cue(r"\bthere is no\b|\bthere's no\b", "there's no date"),
    Cue(r"\bisn't\b|\baren't\b", "the sequel isn't dated"),
)
SPECULATION = (
    Cue(r"\brumou?r(?:s|ed)?\b", "Rumor: a sequel in 2027"),
    Cue(r"\breportedly\b", "reportedly delayed"),
    Cue(r"\bleak(?:s|ed|er|ers)?\b", "according to a leak"),
    Cue(r"\binsider\b", "an insider says"),
    # Another's claim, told as such: "responding to a report that the game had been delayed", "reports claiming".
    Cue(r"\b(?:a|an|the|recent|new|earlier|unconfirmed|online)\s+(?:[\w-]+\s+)?reports?\s+(?:that|claiming|suggesting|saying)\b",
        "a report that the game had been delayed"),
    Cue(r"\b(?:fans?|players?|viewers?|many|some)\s+(?:fear|fears|feared|worry|worries|worried|are worried)\b",
        "fans fear a delay"),
    # What others believe of it, or how it looks: "is believed to be in development", "looks doubtful".
    Cue(r"\b(?:is|are|was|were)\s+(?:widely\s+|now\s+)?(?:believed|thought|understood|tipped)\s+to\b", "is believed to be in development"),
    # ... said as a belief of others: "Insiders believe Orsa is remaking it", "many suspect a delay".
    Cue(r"(?:(?<=insiders )|(?<=sources )|(?<=fans )|(?<=analysts )|(?<=observers )|(?<=many )|(?<=some )|(?<=others )"
        r"|(?<=people )|(?<=critics )|(?<=players )|(?<=viewers ))(?:believe|suspect|speculate|think|reckon|assume)\b",
        "Insiders believe Orsa is remaking it"),
    Cue(r"\b(?:looks?|seems?|appears?)\s+(?:increasingly\s+|very\s+|highly\s+)?(?:doubtful|unlikely|uncertain|in doubt)\b",
        "a 2027 release looks doubtful"),
    # The word others would use, not what happened: "some will call it a delay, but no date was ever set".
    Cue(r"\b(?:call|calls|calling)\s+(?:this|it|that)\s+an?\b", "some will call it a delay"),
    Cue(r"\bcould\b", "it could be announced"),
    Cue(r"\bmight\b", "it might arrive in fall"),
    # The modal, not the month: the month follows a preposition, "this", "late"..., or ends a range ("between
    # March and May"); the modal has a verb after it.
    Cue(r"(?<!\bin )(?<!\bthis )(?<!\bnext )(?<!\blate )(?<!\bearly )(?<!\bmid-)(?<!\bmid )(?<!\bof )(?<!\bby )"
        r"(?<!\buntil )(?<!\bfor )(?<!\bto )(?<!\bfrom )(?<!\bsince )(?<!\bthrough )(?<!\blast )(?<!\bin early )"
        r"(?<!\bin late )\bmay\b(?! (?:next|this) year\b)(?=,|\s+[^\W\d])", "it may slip to 2027"),
    Cue(r"\bwould\b", "it would launch in 2027"),
    Cue(r"\bif\b", "if the schedule holds"),
    Cue(r"\bunless\b", "unless plans change"),
    Cue(r"\bwhether\b", "whether a sequel happens"),
    Cue(r"\bhop(?:e|es|ed|ing)\b", "fans hope for a sequel"),
    # What a maker wants is no date: "we want it out in 2027", "they want the game to launch next year".
    Cue(r"\bwant(?:s|ed)?\s+(?:(?:it|them|this|that|the\s+[\w-]+)\s+)?(?:out|to\s+(?:release|launch|ship|have|get|put|bring"
        r"|finish|open|premiere|come))\b|\bwould (?:like|love) (?:it|them|the\s+[\w-]+|to)\b", "we want it out in 2027"),
    Cue(r"\bwish(?:es|ing)?\b", "fans wish for a season 2"),
    Cue(r"\bprobabl[ey]\b", "probably in October"),
    Cue(r"\bunlikely\b", "a 2026 date looks unlikely"),
    Cue(r"\bguess(?:es|work)?\b", "my guess is spring"),
    Cue(r"\bspeculat", "speculation about a sequel"),
    Cue(r"\bpredict", "analysts predict a delay"),
    Cue(r"\bcalling it\b", "I'm calling it: spring"),
    Cue(r"\bi'd bet\b", "I'd bet on a summer date"),
    Cue(r"\bclaim(?:s|ed)?\b", "an insider claims a delay"),
    Cue(r"\bunconfirmed\b", "the date is unconfirmed"),
    Cue(r"\bsupposedly\b", "supposedly in production"),
    Cue(r"\balleged(?:ly)?\b|\bpurported(?:ly)?\b", "alleged proof of a sequel"),
    Cue(r"\bfake\b", "a fake poster"),
    Cue(r"\bdreaming\b", "we're all dreaming of a sequel"),
    Cue(r"\bassum(?:e|ed|ing|ption)\b", "assuming it launches in fall"),
    Cue(r"\bmused\b|\bideal\b", "the director mused about a sequel"),
    Cue(r"\bsome (?:reports|sites)\b", "some reports say March"),
    # An outlet's report as the source: "according to a report from a trade outlet", "report says".
    Cue(r"\baccording to (?:a |one |the |another )?(?:new |recent |fresh )?report\b"
        r"|\b(?:per|citing) (?:a |the )?(?:new |recent )?report\b|\ba (?:new |recent )?report (?:from|by|in|at)\b"
        r"|\breports? (?:says?|claims?)\b", "according to a report from a trade outlet"),
    Cue(r"\bsuggest(?:s|ed)?\b", "a listing suggests a June date"),
    Cue(r"\bpointed to\b", "a retailer pointed to June"),
    Cue(r"\bhint(?:s|ed|ing)?\s+(?:at|that)\b", "the director hints at a 2027 release"),
    Cue(r"\bfloated\b|\bmulling\b|\bconsidering\b", "a 2027 release has been floated internally"),
    Cue(r"\bexpect(?:s|ed|ing|ations?)?\b", "the sequel is expected to launch in March"),
    Cue(r"\bsources?\s+(?:say|says|said|claim|claims|familiar|close|tell|told)\b"
        r"|\baccording to (?:sources?|people|insiders?|a person|someone)\b", "sources say a sequel is in development"),
    Cue(r"\b(?:appears?|seems?) to\b|\bapparently\b|\blooks like\b", "the sequel appears to be delayed"),
    Cue(r"\bi (?:think|bet|guess|feel like|reckon|suspect|hope)\b|\bimo\b|\bimho\b", "I think it gets delayed again"),
    Cue(r"^\W*reports?\s*:", "Report: the sequel slips to 2027"),
    # What job ads, listings and résumés show is what a studio has not said.
    Cue(r"\bjob (?:ads?|listings?|postings?|openings?)\b|\blinkedin\b|\br[ée]sum[ée]s?\b",
        "a job listing reveals an open-world sequel"),
)
# A retelling of what happened before: announcements and trailers in such a
# sentence are background, not news.
HISTORY = (
    Cue(r"\bfirst (?:announced|revealed|confirmed|teased|surfaced|unveiled|delayed|postponed)\b", "the film was first announced in 2022"),
    Cue(r"\boriginally\b", "originally set for May"),
    Cue(r"\blook(?:s|ing)? back\b|\bretrospective\b", "a look back at the Lumen Drift delay saga"),
    Cue(r"\bback in\b", "back in 2024"),
    Cue(r"\byears? ago\b", "announced two years ago"),
    # Not the possessive that describes a work: "the follow-up to last year's hit".
    Cue(r"\blast (?:year|summer|spring|fall|autumn|winter|december|july|september)\b(?!['’]s\b)", "revealed last year"),
    # Not what it was told in: "the date was revealed in a new story trailer on Thursday" is the news.
    Cue(r"\bwas (?:first )?(?:announced|revealed|unveiled|confirmed) (?:in|at|back|last)\b(?!\s+(?:a|an|its|their|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:trailer|teaser|pv|video|clip|post|tweet|statement|press release|livestream|stream)s?\b)",
        "was announced in March"),
    # Dated by what came before it: "season 2 was confirmed just a month later", "was renewed weeks after its debut".
    Cue(r"\b(?:was|were) (?:first |officially |quickly )?(?:announced|revealed|unveiled|confirmed|greenlit|renewed|ordered)"
        r"\s+(?:just |only |barely |almost )?(?:(?:a|an|one|two|three|four|five|six|a few|several|\d+)\s+"
        r"(?:days?|weeks?|months?|years?)\s+(?:later|after|earlier|before)|(?:days|weeks|months|years)\s+(?:later|after)"
        r"|shortly (?:after|before)|soon after|right after|earlier)\b", "season 2 was confirmed just a month later"),
    Cue(r"\bwere revealed at\b", "the sequels were revealed at the event"),
    Cue(r"\bhad (?:only )?teased\b", "the studio had teased a sequel"),
    Cue(r"\bsince then\b", "since then, nothing"),
    Cue(r"\bgoes back to\b", "the project goes back to 2019"),
    # Known before this news: "a sizzle reel of games already announced", "the already-revealed sequel".
    Cue(r"\balready(?:\s+been|\s+|-)(?:announced|revealed|confirmed|unveiled|shown)\b", "a reel of games already announced"),
)
# Releases that are not an installment: re-runs, recaps, music, events, merchandise.
NOT_AN_INSTALLMENT = (
    Cue(r"\b(?:highlight|recap|rerun|re-run|re-air|rebroadcast|re-stream|marathon|encore)s?\b", "a rerun from July 1"),
    Cue(r"\b(?:\d+(?:st|nd|rd|th) )?anniversar(?:y|ies)\b", "the series' 20th anniversary arrives in December"),
    # Work on the film starting is no release: "filming only starts this summer", "voice recording begins in April".
    # ... with the words of a plan between: "production is set to begin in the spring", "shooting will start in May".
    Cue(r"\b(?:filming|shooting|principal photography|recording|production)\b(?=\s+(?:[a-z0-9'’-]+\s+){0,10}?(?:starts?|begins?"
        r"|kicks? off|commences?)\b)",
        "filming only starts this summer"),
    # A printed volume: "the final volume goes on sale in February" (the manga's, not a season's part).
    Cue(r"\b(?:final|last|next|latest|new)\s+volume\b", "the final volume goes on sale in February"),
    Cue(r"\b(?:soundtrack|album|single|song|concert|tour|exhibition|blu-ray|dvd|box set|merchandise|figure|art book"
        r"|stage play|musical|patch|update|beta|network test|playtest|tickets?|poster|livestream|panel|artbook|vinyl|ost"
        r"|tournament|championship|esports league|complete series|complete collection)s?\b",
        "the soundtrack album is out July 10"),
    # The music of a work, not the verb: "the film's score is coming to vinyl", not "scores a March date".
    # (the word before looked back at, so that a search looks for "score", not for every "the")
    Cue(r"(?:(?<=['’]s )|(?<=\bthe )|(?<=\bits )|(?<=\boriginal ))scores?\b", "the film's score is coming to vinyl on May 14"),
    Cue(r"\b(?:in-game|limited-time|seasonal|summer|winter|spring|fall|autumn|holiday|anniversary|collab(?:oration)?"
        r"|crossover)\s+events?\b", "the summer event starts July 3"),
    # A work about the work: "a documentary about the making of Tidebound premieres July 3".
    Cue(r"\b(?:documentar(?:y|ies)|docuseries|docu-series|making-of|retrospectives?|reunion specials?)\b",
        "a documentary about the making of the show premieres July 3"),
    # Pictures and games of a work that are not the work: "reveals a new visual", "The Board Game".
    Cue(r"\b(?:key |main |new |teaser |character )?visuals?\b|\bkey art\b|\b(?:board|card|tabletop|trading card) games?\b"
        r"|\btabletop (?:version|edition|adaptation|rpg)s?\b"
        r"|\bkickstarter\b|\bcrowdfunding\b", "the board game launches in March"),
    # One episode of a season, not the season: "the season 2 finale airs Sunday", "episode 5 delayed a week"
    # (a trilogy's "finale" is a film).
    Cue(r"\b(?:season|series|mid-?season)\s+(?:\d+\s+)?finale\b|\bfinale episode\b|\bepisode (?:[2-9]|\d\d+)\b",
        "the season finale airs this Sunday"),
    # ... by its place, past the first (a season's first episode is its premiere): "the fifth episode will now air".
    Cue(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:[2-9]|\d\d)(?:nd|rd|th))"
        r"\s+episode\b|\bepisode (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        "the fifth episode will now air a week later"),
    # Gatherings around a work: "a signing event", "a fan screening", "a stage event".
    Cue(r"\b(?:signing|fan|stage|launch|premiere|screening|preview|community|press|celebration|viewing|talk|collab(?:oration)?"
        r"|promotional|promo)"
        r"\s+(?:events?|part(?:y|ies)|meetups?|screenings?)\b|\bscreenings?\b|\bmeet-and-greets?\b"
        r"|\bpop-up (?:shops?|stores?|caf[eé]s?)\b|\bcaf[eé] collab(?:oration)?s?\b"
        # a show about the work: "Quillmoor's Vanta Reach showcase airs June 10"
        r"|\bshowcases?\b|\bpresentations?\b|\blivestreams?\b|\bkeynotes?\b", "a signing event on July 3"),
    # A game's content update is a "drop" too: "the summer game drop lands June 17".
    Cue(r"\b(?:content|game|feature|seasonal|summer|winter|spring|fall|autumn|holiday)\s+drops?\b"
        r"|\bdrop\s+(?:lands|arrives|launches|goes live|is out|hits|starts|begins|releases)\b",
        "the summer game drop lands June 17"),
    # The printed source, not an installment of the adaptation: "the manga's volume 12 is out July 3".
    Cue(r"\b(?:manga|light novel|novel|comic|graphic novel|webtoon)(?:'s|’s)?\s+(?:volumes?|vol\.?|chapters?|editions?|omnibus"
        r"|issues?)\b|\b(?:volume|chapter) \d+ of the (?:manga|light novel|novel|comic)\b", "manga volume 12 is out July 3"),
    # A live game's season is a stretch of content, not an installment: "the second ranked season starts
    # July 3", "Season 4 kicks off with a new battle pass".
    Cue(r"\b(?:ranked|competitive|battle pass|live|content)\s+seasons?\b|\bseason\s+\d+(?=[^.!?]{0,80}\b(?:battle pass"
        r"|ranked|patch|balance (?:changes|update)|new (?:operators?|fighters?|skins|maps?))\b)",
        "Season 4 kicks off with a new battle pass"),
    # A work of its own, new to the world: "its first game is an original fantasy RPG due in 2028" (not "the original
    # Moonwell", the first installment).
    Cue(r"(?:(?<=\ba )|(?<=\ban )|(?<=\bits )|(?<=\btheir )|(?<=\bnew ))original\s+(?:[\w-]+\s+){0,2}?(?:game|rpg|series|anime|film"
        r"|movie|ip|project|title|story|shooter|show|drama)s?\b", "its first game is an original fantasy RPG due in 2028"),
    # What comes later may be word of it, not the work: "More news coming in 2027", "details will arrive in spring".
    Cue(r"\b(?:news|details|info|information)\b", "More news coming in 2027"),
    # ... nor is its pass: "The seventh season of Ninefold Crown's battle pass goes live on December 10".
    Cue(r"\b(?:battle|season|premium) pass(?:es)?\b", "the battle pass goes live on December 10"),
    # One episode, a demo or a trial is not the installment: "the episode will now air on October 11",
    # "a free demo goes live on June 8" (a season's first episode is its premiere).
    Cue(r"\b(?:the|this|next|that|latest|upcoming|last|final|this week's|next week's|sunday's|tonight's) episode\b"
        r"(?!\s+(?:count|order)\b)"
        r"|\b(?:free |playable )?demos?\b|\bfree trial\b|\btrial version\b", "a free demo goes live on June 8"),
    # A work shown again is no new one: "re-releasing its horror hit in theaters", "returns to theaters for Halloween".
    Cue(r"\b(?:re-releas|rereleas)(?:e|es|ed|ing)\b|\b(?:re-issue|reissue)[sd]?\b"
        r"|\b(?:back in|returns to|return to|returning to) (?:theaters|theatres|cinemas)\b",
        "the film returns to theaters for Halloween"),
    # A boxed copy of a game already out is no new one, nor a digital one of a board game: "a physical edition ships
    # January 14", "is getting a boxed release", "a digital edition trailer".
    Cue(r"\b(?:physical|boxed|retail|disc|cartridge)\s+(?:release|edition|version|copies|copy|run)s?\b"
        r"|\bdigital\s+(?:edition|version)s?\b",
        "a physical edition ships January 14"),
    # A port is not an installment: "the Switch 2 version is delayed to November", "a PC port of the game".
    Cue(r"\b(?:switch(?: 2)?|ps5|ps4|playstation(?: [45])?|xbox(?: series x(?:\|s)?| one)?|pc|steam|mobile|ios|android"
        r"|console)\s+(?:port|version)s?\b|\bported\b"
        # a port named after its work, before its verb: "A Lumen Drift port is coming" (spelled out, so that a search
        # looks for "port is", not for the "port" of every "report" and "support")
        r"|\bports? (?:is|are|of|to|for|arrives|arrive|comes|come|launches|launch|will|has|have|hits|lands|drops)\b",
        "the Switch 2 version is delayed to November"),
)
# Dates that a delay moves away from: the text before the date ...
OLD_DATE_BEFORE = (
    Cue(r"\bfrom\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", "moves from "),
    Cue(r"\blast\s+(?:scheduled|set|dated|slated|planned|targeted|due)\s+(?:for|to|on|in)\s+(?:[\w-]+\s+){0,3}$",
        "last dated for "),
    Cue(r"\b(?:had been|was|were|originally|previously|first)\s+(?:[\w-]+\s+){0,3}"
        r"(?:scheduled|set|dated|slated|planned|meant|supposed|targeted|due(?:\s+out)?)\s+(?:for|to|on|in)\s+(?:[\w-]+\s+){0,3}$",
        "which had been scheduled for "),
    # "due" needs no preposition before a date said from now: "originally due this fall", "first due next year".
    Cue(r"\b(?:had been|was|were|originally|previously|first)\s+(?:[\w-]+\s+){0,2}?due\s+$", "originally due "),
    # A target told in the past: "The game had been targeting 2027", "was originally aiming for a fall launch".
    Cue(r"\b(?:had been|was|were|originally|previously|first)\s+(?:[\w-]+\s+){0,2}?(?:targeting|targeted|aiming for|aimed at"
        r"|eyeing)\s+(?:(?:an?|the|its|their)\s+)?$", "the game had been targeting "),
    # Not the date it still has: "remains scheduled for", "is scheduled for".
    Cue(r"(?<!\bis )(?<!\bare )(?<!\bremains )(?<!\bremain )(?<!\bstill )(?<!\bnow )(?<!\bcurrently )(?<!\bofficially )"
        r"(?<!\bbe )(?<!\bstays )(?<!\bstay )\bscheduled for\s+$", "the release scheduled for "),
    # "its" alone is no old date ("ahead of its March 4 launch"): what leaves it, or what it was, says so.
    Cue(r"\b(?:off|from|than|leaves?|leaving|left|abandons?|abandoned|vacates?|vacated|drops?|dropped|loses?|lost|skips?"
        r"|skipped|miss(?:es|ed)?|make|makes|moves?|moved|shifts?|shifted)\s+its\s+(?:[\w-]+\s+)?$"
        r"|\bits\s+(?:previous|previously|original|originally|former|old|initial|earlier|planned)\s+(?:[\w-]+\s+)?$",
        "leaves its previous "),
    Cue(r"\bout of\s+(?:(?:its|the|their|this)\s+)?$", "pulled the game out of its "),
    Cue(r"\bmiss(?:es|ed|ing)?\s+(?:(?:its|the|their)\s+)?(?:planned\s+|original\s+|previous\s+)?$", "will miss "),
    Cue(r"\boff\s+(?:its|the)\s+$", "took the film off its "),
    # Not "won't arrive until 2027": that is when it arrives.
    Cue(r"\b(?:will not|won't|not|no longer) (?:be )?(?:make|debut|arriv|launch|premier|open|releas|coming)\w*\s+(?:[\w-]+\s+){0,3}"
        r"(?<!\buntil )(?<!\bbefore )$", "won't make its "),
    Cue(r"\bg(?:iven|ive|ives|iving|ave) up on an?\s+$", "gave up on a "),
    Cue(r"\b(?:instead of|rather than|in place of|replacing)\s+(?:(?:the|its|in|on|for)\s+){0,2}"
        # what that date was: "instead of the previously announced November 2027 date"
        r"(?:(?:previously|originally|initially|first)\s+)?(?:(?:announced|planned|scheduled|set|targeted|given)\s+)?$",
        "now opens in May rather than in "),
    Cue(r",\s+not\s+(?:in\s+|on\s+)?$", "coming in 2027, not "),
)
# The text just before an announcement cue that makes it background, a time clause: "arrived a year
# after it was announced", "since the sequel was greenlit".
TIME_CLAUSE_BEFORE = (
    Cue(r"\b(?:after|since|before|when|once|until)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:was|were|had been|has been|got)\s+)?"
        r"(?:first\s+|officially\s+)?$", "a year after it was "),
)
# ... and the text after it.
OLD_DATE_AFTER = (
    Cue(r"^\s*(?:slot|date|opening|release date)\b", " slot"),
    Cue(r"^,?\s+as (?:previously |originally |first )?(?:planned|announced|scheduled|expected)\b", " as previously planned"),
    Cue(r"^\s*(?:target|window)\b", " window"),
)
# ... and the text after a date that says the release on it is called off: "The January 2027 release is off".
DATE_CALLED_OFF = (
    Cue(r"^\s*(?:(?:release|launch|premiere|debut|opening|air)\s+)?(?:date|window|slot|release|launch|premiere|debut"
        r"|opening)\s+(?:(?:of|for)\s+[^,.;:]{1,40}?\s+)?(?:is|has been|was|got|gets)\s+(?:now\s+|officially\s+)?(?:off|scrapped|called off|cancell?ed"
        r"|dropped|abandoned|out the window|no longer happening)\b", " release is off"),
)
# A document that calls itself a joke or a fan work: nothing in it is a fact.
DEBUNKED_DOCUMENT = (
    Cue(r"\bapril fools?\b", "it was an April Fools' joke"),
    Cue(r"\bfan[- ]art\b", "a piece of fan art"),
    Cue(r"\bfan-made\b", "the poster is fan-made"),
    Cue(r"\bhoax\b", "the listing was a hoax"),
)
# A line below the headline that confirms what the headline only reported or asked: the headline's
# doubt ("Rumor: ...", "Is ... getting a sequel?") no longer frames the story. Negated or hedged
# lines ("Update: the studio has not confirmed it") are left out by the reading, not here.
CONFIRMING_UPDATE = (
    Cue(r"(?:^|(?<=\n))\W*(?:update|updated|edit)\b[^:\n]{0,40}:[^\n]{0,200}?"
        r"\b(?:confirm(?:s|ed)?|made it official|makes it official|officially (?:announced|revealed))\b",
        "Update: the studio has since confirmed the sequel."),
    # The story answers its headline's question: "Will X get a season 3?" then "Yes. Studio Kagero confirmed ...".
    Cue(r"(?:^|(?<=\n))\W*(?:yes|yep)\b\s*[.!,:—–-][^\n]{0,200}?\b(?:confirm(?:s|ed)|announc(?:es|ed)|officially"
        r"|renew(?:s|ed)|greenlit|revealed)\b", "Yes. The studio confirmed a third season on Saturday."),
    # The maker confirms what the sources reported: "Paramount confirmed the deal on Thursday" (not "Sources confirmed").
    Cue(r"\b(?:studio|network|publisher|developer|streamer|company|distributor|broadcaster"
        r"|(?!(?-i:Sources|Insiders|People|Reports)\b)(?-i:[A-Z][\w&'’-]+))\s+(?:has\s+(?:since\s+)?|have\s+|later\s+|since\s+"
        r"|also\s+|officially\s+)?confirmed\s+(?:the|this|its|their)\s+(?:deal|news|report|reports|project|plans?|adaptation|sequel"
        r"|film|movie|series|season|acquisition)\b", "Paramount confirmed the deal on Thursday"),
)
# An aside between commas that tells when the work was announced, beside the news the sentence states:
# "Its adaptation, announced last year, premieres in October", "the second season, which was renewed last week."
# (blanked: see lexicons.blank_asides).
PAST_ASIDE = (
    Cue(r",\s+(?:(?:which|that)\s+(?:was|were|had been)\s+)?(?:first\s+|originally\s+|officially\s+)?"
        r"(?:announced|revealed|unveiled|confirmed|teased|renewed|greenlit|ordered)\s+(?:[\w-]+\s+){0,3}?(?:last\s+\w+"
        r"|(?:a|one|two|three|several)\s+(?:years?|months?|weeks?)\s+ago|back in\s+\w+|earlier this\s+\w+|in\s+(?:19|20)\d\d"
        r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
        # ... with the date it was announced for: ", announced in March for fall 2026, will now arrive in 2027".
        r"(?:\s+(?:19|20)\d\d)?)(?:\s+for\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*(?:,|(?=[.!?]\s*$))",
        "Its adaptation, announced last year, premieres in October."),
    # ... or where: "The remake, announced at the Summer Showcase, has no date yet."
    Cue(r",\s+(?:first\s+)?(?:announced|revealed|unveiled)\s+(?:at|during)\s+[^,;]{3,60},",
        "The remake, announced at the Summer Showcase, has no date yet."),
    # ... or an earlier delay told as known where the sentence tells its own: ", which was already pushed from April to
    # October 2027, has been delayed again" (not "..., which was previously delayed to May, is now due in August": the aside
    # gives the date the news moves from).
    Cue(r",\s+(?:which|that)\s+(?:was|were|had been|has been|have been)\s+(?:already|previously|once|first)\s+(?:delayed|pushed"
        r"|postponed|moved|bumped)\b[^,;]{0,60}(?:,\s*(?:19|20)\d\d)?,(?=\s*(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?"
        r"(?:now\s+)?(?:delayed|pushed|postponed|slipped|moved|bumped)\b)",
        "The anime, which was already pushed from April to October 2027, has been delayed again."),
)
# The story's lead gives its news as others' report, not the makers' word: "Pellucid is developing a
# film, according to a report from a trade outlet". The headline then states what the report said.
SECONDHAND = (
    Cue(r"\baccording to (?:a |one |the |another )?(?:new |recent |fresh )?(?:(?:multiple|several|two|three|unnamed|anonymous)\s+)?"
        r"(?:report|sources?|insiders?|people familiar)\b|\bpeople familiar with\b|\bsources close to\b"
        r"|\b(?:per|citing) (?:a |the )?(?:new |recent )?report\b|\bciting (?:two |three |several )?(?:people|sources|insiders)\b",
        "Halden is developing a film, according to a report from a trade outlet"),
    Cue(r"\bsources?\s+(?:say|says|said|claim|claims|tell|told)\b|\breportedly\b|\bis said to be\b|\bare said to be\b",
        "a sequel is in the works, sources say"),
    Cue(r"\b(?-i:[A-Z])[\w'’]*\s+reports?\b(?=\s*(?:[.,;]|$))|\breport (?:says|claims)\b",
        "the film is in development, Variety reports."),
)
# The story says the work was announced before: a step of making it (filming, a cast) is then no announcement.
ANNOUNCED_BEFORE = (
    Cue(r"\b(?:was|were|had been|been)\s+(?:first\s+|originally\s+|officially\s+|initially\s+)?"
        r"(?:announced|revealed|unveiled|confirmed|greenlit)\s+(?:[\w-]+\s+){0,3}?(?:last|back|ago|earlier|previously"
        r"|in\s+(?:19|20)\d\d)\b", "The series was announced last year."),
    Cue(r"\b(?:first|previously|originally)\s+(?:announced|revealed|unveiled)\b", "the film, first announced in 2024,"),
    Cue(r"\b(?:announced|revealed|unveiled)\s+(?:[\w-]+\s+){0,3}?(?:back in|last (?:year|month|week|spring|summer|fall"
        r"|autumn|winter)|(?:a|one|two|three|several) (?:years?|months?) ago)\b",
        "Netflix announced the movie back in February."),
)
# A step of making a work: told of a work announced before, it is no announcement (see ANNOUNCED_BEFORE).
PRODUCTION_STEP = (
    Cue(r"\b(?:filming|shooting|production|cameras?|casting)\b", "the series begins filming next month"),
)
# A call to the reader, then the date, in a post's line after a release promised without one.
CALL_TO_DATE = (
    Cue(r"^\W*(?:set sail|mark (?:your|the) calendars?|save the date|get ready|gear up|suit up|tune in|join us)\b"
        r"(?:\s+(?:for|on))?\s*[:,\-!]?\s*", "Mark your calendars: October 9!"),
)
# A headline's question answered in the headline itself: "Delayed? No, Orsa says", "Cancelled? Not so fast".
HEADLINE_ANSWER = (
    Cue(r"^\W*(?:no|yes|nope|not so fast|not quite|think again)\b|\bsays? (?:no|yes)\b", "No, Orsa says"),
)
# A headline of a calendar of many works: its "April 10: Title." lines are release dates.
CALENDAR_DOCUMENT = (
    Cue(r"\bcalendar\b|\bschedule\b|\bpremiere dates\b|\bthe dates\b|\blineup\b|\bguide\b",
        "Spring 2027 anime premiere dates"),
    # A streamer's month: "Everything coming to Netflix in November", "What's new on Max this week".
    Cue(r"\b(?:everything|what['’]s|what is)\s+(?:coming|new|arriving|launching|premiering|releasing)\b",
        "Everything coming to Netflix in November"),
)
# A headline about several works at once, none named: "Every game delayed to 2027 so far", "All the shows
# returning in 2027", "10 sequels coming next year". What it says is of all of them, not of the first one below.
ROUNDUP_DOCUMENT = (
    Cue(r"\b(?:all(?:\s+the)?|these|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:games|shows|films|movies|anime|titles|sequels|seasons|releases|dramas|series)\b"
        r"|\bevery\s+(?:[\w'’-]+\s+){0,2}?(?:game|show|film|movie|anime|title|sequel|season|release|drama|series)\b",
        "Every game delayed to 2027 so far"),
)
# What a clause says is still to come: a month named without a year that has just passed means next year's.
UPCOMING = (
    Cue(r"\bwill\b|\bwon't\b|['’]ll\b", "the sequel will open in May"),
    Cue(r"\b(?:premieres|debuts|launches|arrives|opens|starts|begins|returns|airs|hits|lands|comes|drops)\b",
        "season 2 premieres in May"),
    # Where a move goes is ahead: "moves up seven days to March 5".
    Cue(r"\b(?:moves?|moving|shifts?|jumps?|slips?)\s+(?:up\s+|back\s+|forward\s+|ahead\s+)?(?:[\w-]+\s+){0,4}?"
        r"(?:to|until|into)\b", "the sequel moves up seven days to March 5"),
    Cue(r"\b(?:is|are|now|currently)\s+(?:set|slated|scheduled|due|dated|planned|expected|coming|targeting)\b",
        "the film is slated for April"),
    Cue(r"\b(?:set|slated|scheduled|penciled|pencilled|planned|dated|due)\s+(?:for|out|in)\b", "the game, set for March"),
    Cue(r"\bupcoming\b|\bcoming\s+(?:in|this|next)\b", "the upcoming May release"),
    # A date given as the release date is the next such day: "gets a March 18 release date" said in June.
    Cue(r"\b(?:release|premiere|launch|air|debut|opening|street)\s+date\b|\bgets?\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?date\b",
        "Vanta Reach 2 gets a March 18 release date"),
    Cue(r"\bgets? (?:it|the game|the film|the movie|the show|the series|the sequel|the season) (?:on|in)\b"
        r"|\b(?:waits?|waiting|have to wait|has to wait|will wait) until\b", "North America gets it on March 5"),
    Cue(r"\bahead of\b|\bpre-?orders?\b|\bcountdown\b", "pre-orders open ahead of its March launch"),
    # where a delay or a move goes is ahead: "delayed to April" in June is next April
    Cue(r"\b(?:delay(?:s|ed)?|postpone[sd]?|push(?:es|ed)?(?: back)?|mov(?:es|ed)|slips?|slipped|shift(?:s|ed)?)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:to|until|into)\b", "season 2 delayed to April"),
)
# What a clause tells as past: the month it names is the one that has been.
PAST = (
    Cue(r"\b(?:premiered|debuted|launched|arrived|opened|started|began|returned|aired|landed|ended|concluded"
        r"|wrapped|came out|sold)\b", "the film premiered in May"),
    Cue(r"\b(?:was|were|had been)\b", "the sequel was released in April"),
)

# -- who speaks in quotes ------------------------------------------------------------
# Quoted words are someone's claim, blanked, unless those who make the work speak them: "'We start
# shooting season two in January,' Ada Pell said", "Orsa said in a statement: '...'". The verbs that
# give a quote its speaker, and the speakers whose word confirms nothing ("one fan wrote").
SPEECH_VERBS = ("said", "says", "told", "tells", "wrote", "writes", "added", "adds", "announced", "confirmed",
                "stated", "explained", "posted", "tweeted", "shared")
MAKERS = frozenset("""
studio studios director directors showrunner showrunners producer producers creator creators developer developers
publisher company network team author writer writers ceo president head spokesperson spokesman spokeswoman
statement channel account
""".split())
NOT_MAKERS = frozenset("""
fan fans leaker leakers insider insiders source sources user users rumor rumour someone commenter commenters
poster posters viewer viewers player players reader readers critic critics analyst analysts reporter reporters
""".split())

# -- the calendar -----------------------------------------------------------------
# Month words, whole and cut short, by number: dates read them, and a capital on them says nothing of a name.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# -- the words news is written with ---------------------------------------------
# Beside the words of the examples above, the words the learned weights may see next to a cue, a
# date or a name ("has <cue>", "<date> for"); any other word there is a name or a subject of one
# story and reads as "<w>", so that the weights learn how news is written, not what it was about.
FUNCTION_WORDS = frozenset("""
a about above across after again against ago ahead all almost along already also although always am among an and
another any anyone anything are aren't around as at away back be became because become been before being below
between both but by can can't cannot come comes could couldn't did didn't do does doesn't doing done don't down
during each early earlier either else enough even ever every finally first for four from further get gets got had
hadn't has hasn't have haven't having he her here hers him his how however i if in including into is isn't it it's
its itself just last late later least less let like little made make many may me might more most much must my
near nearly never new next no nor not now of off often on once one only onto or other our out over own per
perhaps quite rather really recently same second several she should shouldn't since so some soon still such than
that that's the their them then there these they third this those though three through thus till to today
together tomorrow tonight too toward towards two under until up upon us very via was wasn't we well were weren't
what when where whether which while who whom whose why will with within without won't would wouldn't yesterday
yet you your week weeks month months year years day days
weekend morning evening night officially finally currently reportedly originally previously initially
""".split()) | frozenset(WEEKDAYS)
