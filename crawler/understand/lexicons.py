"""The words that signal events, and the words that take them back.

Each pattern names a way news states something (English and Japanese). The
detector combines them: a cue only counts in a sentence that is stated as fact,
about a watched franchise, and, for dated events, near an upcoming date.
"""

from __future__ import annotations

import re

#: Every alternative of every pattern built with _any, by pattern: tests check them one by one.
ALTERNATIVES: dict[int, tuple[str, ...]] = {}


def _any(*patterns: str, flags: int = re.IGNORECASE) -> re.Pattern:
    compiled = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    ALTERNATIVES[id(compiled)] = patterns
    return compiled


# -- what a new installment is called -----------------------------------------
INSTALLMENT = _any(
    r"\b(?:sequels?|seasons?|films?|movies?|series|anime|adaptations?|spin-?offs?|remakes?|reboots?|prequels?"
    r"|games?|expansions?|installments?|instalments?|ova|feature|tv anime|live-action|cour|finale|dlc|add-on)\b",
    r"続編|第\d+期|\d+(?:rd|th|nd|st) season|劇場版|映画|新作|実写|アニメ化|シリーズ|新シリーズ|リメイク|スピンオフ",
)
# A sentence that names no franchise may continue one named just before, when
# its subject is one of these ("it", "the film", "the new season", "本作").
ANAPHOR = _any(
    r"^(?:\W*)(?:it|they)\b",
    r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|latest)\b",
    r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:reveal|announcement|news)\b",
    # Modifiers in lower case: "the new season", never "the Switch Online Expansion".
    r"\b(?:the|its|this|that)\s+(?:(?-i:[a-z])[\w'-]*\s+){0,3}?(?:film|movie|sequel|season|series|show|game|expansion|add-on"
    r"|spin-?off|remake|adaptation|installment|instalment|chapter|part|entry|project|feature|anime|finale"
    r"|episodes|volume|story|trilogy|dlc|title)\b",
    r"^\W*(?:volume|part|season|episode|vol\.)\s*\d+",
    r"^\W*(?:the|a|an|its)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:trailer|teaser|pv|footage|date|premiere)\b",
    r"本作|同作|続編|新作|第\d+期|劇場版|最終章",
)

# -- the four events ------------------------------------------------------------
ANNOUNCEMENT = _any(
    # Not the base forms: "to announce", "will confirm" promise, they do not state.
    r"\bconfirm(?:s|ed)\b", r"\bannounc(?:es|ed)\b", r"\bgreen-?lit\b|\bgreenlights?\b", r"\brenew(?:s|ed)\b",
    r"\bofficially happening\b", r"\bis in production\b|\bnow in production\b|\bare in production\b",
    r"\bproduction of .{0,40}(?:has been|had been|was) decided\b", r"\bwill (?:get|return for|be adapted)\b",
    r"\b(?:gets?|getting) an? (?:[\w-]+ ){0,3}(?:season|sequel|film|movie|adaptation|series|anime|spin-?off|remake)\b",
    r"\bcoming back for\b", r"\bheading to (?:television|tv|theaters|theatres|cinemas)\b",
    r"\bstart of production\b|\bbegins? (?:production|filming|shooting)\b|\bcameras roll\b",
    r"\b(?:production|filming|shooting) (?:has |have )?(?:begun|began|started|is underway)\b",
    r"\breveal(?:s|ed)?\b|\bunveil(?:s|ed)?\b", r"\bmakes? it official\b",
    r"\bofficially titled\b", r"\bin the works\b|\bin (?:active )?development\b", r"\b(?:is|are) developing\b",
    r"\bturning .{1,40}? into an? (?:[\w-]+ ){0,2}(?:series|film|movie|anime|show|game)\b",
    r"\b(?:is|it's|are) (?:now )?official\b|\b(?:is|it's|are) real\b",
    r"(?:制作|製作|続編制作|映画化|アニメ化|実写化|実写映画化|ドラマ化|続編)(?:が|も)?決定", r"実写映画(?:化|に)",
    r"(?:アニメ化|映画化|続編|新作|劇場版|第?\d+期).{0,20}(?:発表|決定)", r"(?:制作|製作)が決ま",
    r"(?:公開|放送|発売)(?:されること)?が決ま|(?<!日)(?:公開|放送|発売)決定",
)
RELEASE = _any(
    r"\bpremier(?:e|es|ed|ing)\b", r"\breleas(?:e|es|ing)\b", r"\blaunch(?:es|ing)?\b", r"\barriv(?:e|es|ing)\b",
    r"\bopen(?:s|ing)?\b", r"\bdebut(?:s|ing)?\b", r"\b(?:begins?|starts?) airing\b|\bairs?\b|\bairing\b",
    r"\blands?\b", r"\bout on\b|\bout now\b", r"\bdue\b", r"\bdated?\b|\bdate:", r"\bset for\b|\bslated\b|\bscheduled\b",
    r"\bcoming (?:to|on|in)\b|\bcomes out\b", r"\bgoes on sale\b|\bon sale\b", r"\bstreams?\b|\bstreaming\b",
    r"\bdrops?\b", r"\bbroadcast\b", r"\b(?:confirmed|planned|penciled|pencilled) (?:in )?for\b", r"\btarget(?:s|ing)\b", r"\bin (?:theaters|theatres|cinemas)\b", r"\breturns?\b", r"\bfollows\b",
    r"\bgoes live\b", r"\bwindow\b", r"\bstarts?\b|\bbegins?\b", r"\bhit(?:s|ting)\b",
    r"\b(?:is|it's|are|'s) out\b", r"\bpencill?ed in\b", r"\bonto\b",
    r"\b(?:will|to) be released\b", r"\bannounced for\b",
    r"公開|放送|発売|配信|上映|放送開始|発売日|公開日|発売時期|放送時期",
)
DELAY = _any(
    r"(?<!long-)\bdelay(?:s|ed)?\b", r"\bpostpon(?:e|es|ed|ement|ements)\b", r"\bpush(?:es|ed|ing)? back\b",
    r"\bpush(?:es|ed)? .{0,40}\b(?:to|into|back)\b", r"\bslip(?:s|ped)?\b", r"\bslides?\b",
    r"\bmov(?:e|es|ed|ing) back\b",
    r"\b(?:pull(?:s|ed)?|took|takes?) .{0,80}\boff (?:its|the) .{0,40}(?:date|calendar|schedule|slot)\b",
    r"\bwon't make\b", r"\bwill not (?:make|debut|arrive|launch)\b", r"\bleaves? its .{0,30}(?:slot|date)\b",
    r"\bgoes from\b", r"\breschedul(?:e|es|ed)\b", r"\bgave up on\b|\bgiven up on\b",
    r"延期|再延期|(?:発売|公開|放送)(?:時期|日)?を.{0,30}に変更",
)
# A move is a delay only with the date it moves to: "moves it to March 15", not "moving to studio Drive".
MOVE_TO_DATE = _any(r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed)?|jumps?)\b.{0,50}\b(?:to|until|for)\s*$")
EARLIER = _any(r"\bmov(?:e|es|ed|ing) up\b", r"\bearlier\b", r"\bahead of\b", r"\bforward\b", r"前倒し")
TRAILER = _any(
    r"\b(?:teaser )?trailers?\b", r"\bteasers?\b(?! (?:posters?|images?|visuals?|art|site|website|page)\b)", r"\bPVs?\b", r"\bpromotional video\b", r"\bannouncement video\b",
    r"\bpreview video\b",
    r"特報|予告|PV|ティザー(?!ビジュアル|サイト|ポスター)|トレーラー|プロモーション映像",
)
TRAILER_OUT = _any(
    r"\breleas(?:ed|es)\b", r"\bdrop(?:s|ped)\b", r"\bpremiered\b|\bpremieres\b", r"\b(?:went|goes|is) online\b",
    r"\bonline\b", r"\bout now\b|\bis out\b", r"\bdebut(?:ed|s)\b", r"\bunveiled\b|\brevealed\b|\bshown\b|\bshared\b",
    r"\bnew\b|\bfirst\b|\bfull\b|\bfull-length\b|\bgameplay\b", r"\bgets?\b|\bcame with\b|\bended with\b",
    r"\bwith (?:a|an|the)\b", r"\b(?:confirms|reveals|teases)\b",
    r"公開|解禁|お披露目",
)

# -- what takes an event back ------------------------------------------------------
NEGATION = _any(
    r"\bno (?:release |premiere |new |official |launch )?(?:date|window|month|season|year|day|timing|footage|trailer"
    r"|announcement|plans?|word|sign|launch|release|premiere|material|news)\b",
    r"\bno (?:[\w-]+ ){0,4}(?:has|have|had|is|was|were) (?:been |yet been )?(?:announced|confirmed|planned|given|set)\b",
    r"\bnever\b", r"\bthere (?:was|were|is|are) no\b",
    r"\b(?:has|have|had|did|does|do|is|was|were|are)(?:n't| not)\s+(?:yet\s+|even\s+|been\s+|currently\s+|officially\s+)*"
    r"(?:announc|confirm|give|given|gave|nam|set|shar|reveal|releas|commit|greenlit|decided|dated|available|real"
    r"|considering|planned|mention|launch|come|say|disclos|attach|delay|postpon)",
    r"\bnothing (?:is |has been |had been |was )?(?:confirmed|official|decided|announced|to show)\b",
    r"\bnot (?:yet\b|launching|coming|releasing|officially|real\b|a confirmation)",
    r"\bno(?:r| longer)\b.{0,30}\b(?:date|release|planned)\b", r"\bneither\b", r"\bnone of\b", r"\bwithout (?:a|any) (?:date|window)\b",
    r"\bstill (?:has|have) no\b", r"\bdateless\b", r"\bcancel(?:led|ed|s)?\b|\bscrapp?(?:ed|s)\b",
    r"\bwon't\b(?! make)", r"\bwill not\b(?! (?:make|debut|arrive|launch))", r"\bnot launching\b",
    r"\(not\b", r"\bthere is no\b|\bthere's no\b", r"\bisn't\b|\baren't\b",
    r"未定|示されず|示されていない|発表されていない|明らかにされていない|決まっていない|何の発表も|中止|見送|まだ",
)
SPECULATION = _any(
    r"\brumou?r(?:s|ed)?\b", r"\breportedly\b", r"\bleak(?:s|ed|er|ers)?\b", r"\binsider\b", r"\bcould\b",
    r"\bmight\b", r"\bmay\b(?! \d)", r"\bwould\b", r"\bif\b", r"\bunless\b", r"\bwhether\b", r"\bhop(?:e|es|ed|ing)\b",
    r"\bwish(?:es|ing)?\b", r"\bprobabl[ey]\b", r"\bunlikely\b", r"\bguess(?:es|work)?\b", r"\bspeculat", r"\bpredict",
    r"\bcalling it\b", r"\bi'd bet\b", r"\bclaim(?:s|ed)?\b", r"\bunconfirmed\b", r"\bsupposedly\b", r"\ballegedly\b",
    r"\bfake\b", r"\bdreaming\b", r"\bassum(?:e|ed|ing|ption)\b", r"\bmused\b|\bideal\b",
    r"\bsome (?:reports|sites)\b", r"\bsuggests?\b", r"\bpointed to\b",
    r"噂|リーク|かも|らしい|予想|期待|ファンアート", r"か(?:[。!?！？]|\s*$)",
)
# A retelling of what happened before: announcements and trailers in such a
# sentence are background, not news.
HISTORY = _any(
    r"\bfirst (?:announced|revealed|confirmed|teased|surfaced|unveiled)\b", r"\boriginally\b", r"\bback in\b",
    r"\byears? ago\b", r"\blast (?:year|summer|spring|fall|autumn|winter|december|july|september)\b",
    r"\bwas (?:first )?(?:announced|revealed|unveiled|confirmed) (?:in|at|back|last)\b", r"\bwere revealed at\b",
    r"\bhad (?:only )?teased\b", r"\bsince then\b", r"\bgoes back to\b",
    r"発表済み|既に発表|すでに発表|正式発表され|告知されていた|発表されていた",
)
# Releases that are not an installment: re-runs, recaps, music, events, merchandise.
NOT_AN_INSTALLMENT = _any(
    r"\b(?:highlight|recap|rerun|re-run|re-air|rebroadcast|re-stream|marathon|encore)s?\b",
    r"\b(?:soundtrack|album|single|song|concert|exhibition|blu-ray|dvd|box set|merchandise|figure|art book"
    r"|stage play|musical|patch|update|beta|network test|playtest|tickets?|poster|livestream|panel)s?\b",
    r"音楽集|CD|主題歌|サウンドトラック|コンサート|イベント|展示|グッズ|Blu-ray|DVD|舞台|各話|無料配信|再放送|一挙|総集編",
)
# "X creator", "X fans": the franchise qualifies someone else, it is not the topic.
MODIFIER_AFTER_TITLE = re.compile(
    r"^['’]?s?\s*(?:creator|director|studio|producer|author|writer|star|actor|actress|composer|fans?|team|maker"
    r"|developer|publisher|franchise's creator|veteran|alum)s?\b", re.IGNORECASE,
)
# Dates that a delay moves away from ("from", "had been set for", "its ... slot", "予定していた").
OLD_DATE_BEFORE = _any(
    r"\bfrom\s+(?:the\s+)?$", r"\b(?:had been|was|were|originally|previously|first)\s+(?:[\w-]+\s+){0,3}"
    r"(?:scheduled|set|dated|slated|planned|meant|targeted|due)\s+(?:for|to|on)\s+(?:[\w-]+\s+){0,3}$",
    r"\bscheduled for\s+$", r"\bits\s+(?:previous\s+)?$", r"\boff\s+(?:its|the)\s+$", r"これまでの[「『]?$",
    r"\b(?:will not|won't|not) (?:make|debut|arrive|launch|premiere|open|release)\s+(?:[\w-]+\s+){0,3}$",
    r"\bgi(?:ven|ve|ves|ving|ave) up on an?\s+$",
)
OLD_DATE_AFTER = _any(
    r"^\s*(?:slot|date|opening|release date)\b",
    r"^[」』]?(?:から|に.{0,6}(?:公開|放送|発売|配信)を?予定していた|予定だった)",
    r"^\s*(?:target|window)\b",
)
DEBUNKED_DOCUMENT = _any(r"\bapril fools?\b", r"\bfan[- ]art\b", r"\bfan-made\b", r"\bhoax\b", r"ファンアート|エイプリルフール")
CALENDAR_DOCUMENT = _any(r"\bcalendar\b|\bschedule\b|\bpremiere dates\b|\bthe dates\b|\blineup\b|\bguide\b")
QUOTED = re.compile(r"(?<![\w])'[^'\n]{3,80}'(?![\w])|\"[^\"\n]{3,200}\"|“[^”\n]{3,200}”|‘[^’\n]{3,80}’")

# A cheap first look before the detailed patterns: every text that any event cue (or a
# move, MOVE_TO_DATE) matches contains one of these stems; tests/test_cues.py checks it.
ANY_EVENT = re.compile(
    r"premier|releas|launch|arriv|open|debut|air|land|out|due|date|set for|slated|schedul|coming|sale|stream|drop"
    r"|broadcast|theat|cinema|return|follow|live|window|start|begin|hit|delay|postpon|push|slip|slid|mov|shift|jump"
    r"|pull|took|take|make|leave|goes from|gave up|given up|trailer|teaser|pv|promotional|video|confirm|announc"
    r"|greenl|green-l|renew|happening|production|decided|will get|get|heading|camera|reveal|unveil|official|titled"
    r"|planned|pencil|target|adapt|earlier|ahead|forward|works|develop|turning|real|onto|film|shoot|期|公開|放送|発売|配信|上映|延期|変更|特報|予告|ティザー|トレーラー"
    r"|プロモーション|決定|決ま|化|制作|製作|前倒し|発表|映画",
    re.IGNORECASE,
)
