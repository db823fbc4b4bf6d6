"""Japanese cues: how Japanese news and official notices state, hedge and take back an event.

Examples use made-up titles. See :mod:`crawler.understand.languages` for the rules.
"""

from __future__ import annotations

from crawler.understand.languages import Cue

# -- what a new installment is called -----------------------------------------
INSTALLMENT = (
    Cue(r"続編|第\d+期|劇場版|劇場アニメ|映画|新作|実写|アニメ化|ドラマ化|映画化|ゲーム化|シリーズ|新シリーズ|リメイク|スピンオフ", "『星屑キッチン』続編"),
    Cue(r"(?<![\d第])\d+期(?!生)|season\s*\d+|シーズン\s*\d+|第\d+シーズン", "『星屑キッチン』2期制作へ"),
)
# "本作" (this work), "同作" (the same work): a sentence that continues the topic.
ANAPHOR = (
    Cue(r"本作|同作|続編|新作|第\d+期|劇場版|最終章", "本作は2027年に公開される。"),
)

# -- the four events ------------------------------------------------------------
ANNOUNCEMENT = (
    Cue(r"(?:制作|製作|続編制作|映画化|アニメ化|実写化|実写映画化|ドラマ化|ゲーム化|続編)(?:が|も)?決定", "『星屑キッチン』続編制作決定"),
    Cue(r"実写映画(?:化|に)", "『ミラージュ戦記』が実写映画化"),
    # A headline's bare adaptation: 「ミラージュ戦記」アニメ化、2027年放送 (not アニメ化された, it was adapted).
    Cue(r"(?:アニメ化|映画化|実写化|ドラマ化|ゲーム化)(?=[、！!\s]|が|$)", "『ミラージュ戦記』アニメ化、2027年放送"),
    Cue(r"(?:アニメ化|映画化|続編|新作|劇場版|劇場アニメ|第?\d+期).{0,20}(?:発表|決定|明らかにな|分かっ|わかっ)", "劇場版の製作が発表された"),
    Cue(r"(?:制作|製作)が決ま", "新作アニメの制作が決まった"),
    # Production under way: 続編制作中, 新作の制作が進行中, 第2期制作始動.
    Cue(r"(?:続編|新作|第?\d+期|劇場版|新シリーズ|新プロジェクト)(?:TV|テレビ)?(?:アニメ|映画|ゲーム|シリーズ)?の?"
        r"(?:制作|製作|開発)(?:が|を)?(?:進行中|中|開始|スタート|始動)",
        "『星屑キッチン』続編制作中"),
    # The plan of a new work under way: アニメ化企画進行中, 続編企画が始動, 劇場版プロジェクト始動.
    Cue(r"(?:アニメ化|映画化|実写化|ドラマ化|ゲーム化|続編|新作|劇場版|第?\d+期)の?(?:企画|プロジェクト)(?:が|も)?(?:進行中|始動|進行して)",
        "『ガラス細工』アニメ化企画進行中"),
    # "公開決定" says a work exists only where the text does not say it was announced before (see rules.py).
    # (or is made known: 劇場版が2027年初夏に公開されることが分かった)
    Cue(r"(?:公開|放送|発売)(?:されること)?が(?:決ま|分かっ|わかっ)|(?<!日)(?:公開|放送|発売)決定", "劇場版、2027年公開決定"),
)
RELEASE = (
    Cue(r"公開|放送|発売|配信|上映|放送開始|発売日|公開日|発売時期|放送時期", "2026年10月放送開始"),
)
DELAY = (
    # The several ways a notice states a change: 延期, 再延期, 〜を…に変更.
    Cue(r"延期|再延期|(?:発売|公開|放送|上映|配信)(?:開始)?(?:時期|日|日時)?(?:を|が|は).{0,40}(?:に|へ)変更",
        "発売日を2027年3月4日へ変更させていただきます"),
    # A notice's title and its new start: 放送時期変更のお知らせ, 10月からの放送に変更.
    Cue(r"(?:発売|公開|放送|上映|配信)(?:開始)?(?:時期|日|日時)の?変更|(?:から|より)の(?:発売|公開|放送|上映|配信)(?:開始)?に変更",
        "2026年10月からの放送に変更させていただくこととなりました"),
)
MOVE_TO_DATE: tuple[Cue, ...] = ()
OTHERS_DELAYS: tuple[Cue, ...] = ()
REPLACED = (
    Cue(r"ではなく", "今秋ではなく2027年に発売"),
)
EARLIER = (
    Cue(r"前倒し", "公開を前倒し"),
)
TRAILER = (
    # ティザービジュアル is a key visual, not a trailer.
    Cue(r"特報|予告|PV|ティザー(?!ビジュアル|サイト|ポスター)|トレーラー|プロモーション映像", "特報映像が解禁"),
)
TRAILER_OUT = (
    Cue(r"公開|解禁|お披露目", "最新PVを公開"),
)

LONG_AGO = (
    Cue(r"先月|昨年|去年|以前|ヶ月前|か月前|カ月前|年前", "先月公開されたPV"),
)

# -- what takes an event back ------------------------------------------------------
NEGATION = (
    Cue(r"未定|示されず|示されていない|発表されていない|明らかにされていない|決まっていない|何の発表も|中止|見送|まだ",
        "放送日は未定"),
    # What will not happen: 延期はないと発表, 変更はありません, 公開を延期しない.
    Cue(r"(?:は|も)ない(?:と|。|$)|しない(?:こと|。|$|と(?:発表|明言|説明|コメント))|されない|ありません|いたしません|変更なし|予定はない",
        "第2期の放送延期はないと発表"),
)
SPECULATION = (
    Cue(r"噂|リーク|かも|らしい|予想|期待|ファンアート", "続編の噂"),
    # A headline that ends in か asks: "第2期は2027年放送か".
    Cue(r"か(?:[。!?！？]|\s*$)", "第2期は2027年放送か"),
    # What others report or expect, not what the makers said: と報じられた, 関係者によると, 見込み.
    Cue(r"と報じ|との報道|と報道|関係者によると|とみられ|と見られ|見込[みま]|可能性|との情報", "第2期は2026年11月放送予定と報じられた"),
)
HISTORY = (
    Cue(r"発表済み|既に発表|すでに発表|正式発表され|告知されていた|発表されていた", "続編は既に発表されていた"),
    # The plan a notice says had been made: 〜とされていた, 〜予定されていた (the pluperfect of a plan).
    Cue(r"とされていた|予定されていた", "第2期は10月放送予定とされていた"),
)
NOT_AN_INSTALLMENT = (
    Cue(r"音楽集|CD|主題歌|サウンドトラック|コンサート|イベント|展示|グッズ|Blu-ray|DVD|舞台|各話|無料配信|再放送|一挙|総集編"
        r"|上映会|周年|ドキュメンタリー|メイキング|チケット|前売券|前売り券|ムビチケ|入場者特典",
        "Blu-ray BOXが発売"),
    # The printed source: 単行本, コミックス, 原作の第12巻.
    Cue(r"単行本|コミックス|最新刊|最新巻|第\d+巻|\d+巻", "原作コミックス第12巻が7月3日発売"),
    # A platform's version, as "the Switch 2 version" is a port: Switch 2版, PS5版, Steam版, スマホ版.
    Cue(r"(?:switch ?2|switch|ps5|ps4|pc|steam|xbox(?: series x\|s)?|スマホ|モバイル|ニンテンドースイッチ(?:2| 2)?)版",
        "Switch 2版の発売日が決定"),
)
TRAILER_AHEAD = (
    Cue(r"明日|今夜|近日公開|公開予定|解禁予定", "新PVは明日公開"),
)
OLD_DATE_BEFORE = (
    Cue(r"これまでの[「『]?$", "発売日を、これまでの『"),
    Cue(r"(?:当初|もともと|元々)(?:は|の)?[、,]?$", "当初は"),
)
TIME_CLAUSE_BEFORE: tuple[Cue, ...] = ()  # Japanese puts the time clause after the verb (発表から1年)
OLD_DATE_AFTER = (
    Cue(r"^(?:ではなく|でなく)", "ではなく2027年に放送"),
    # から and より before another date: the date moved from (a lone から is a start: see dates.moved_from).
    Cue(r"^[」』]?(?:から|に.{0,6}(?:公開|放送|発売|配信)を?予定していた|.{0,6}予定(?:だった|でした|であった)|.{0,6}予定(?:と)?されていた)",
        "に劇場公開を予定していた"),
    # The plan in a notice's humble voice: より放送を予定しておりました.
    Cue(r"^[」』]?(?:に|より|から).{0,6}(?:公開|放送|発売|配信)を?予定(?:しておりました|していました)",
        "より放送を予定しておりました"),
)
DATE_CALLED_OFF: tuple[Cue, ...] = ()  # a notice says 延期 of its old date: see OLD_DATE_AFTER
DEBUNKED_DOCUMENT = (
    Cue(r"ファンアート|エイプリルフール", "エイプリルフールの企画"),
)
CONFIRMING_UPDATE = (
    Cue(r"(?:【追記】|【更新】|追記[:：]|更新[:：])[^\n]{0,80}?(?:正式(?:に)?発表|公式(?:に)?発表|発表され|決定し)",
        "【追記】公式サイトで続編が正式に発表された。"),
)
CALENDAR_DOCUMENT: tuple[Cue, ...] = ()
ROUNDUP_DOCUMENT: tuple[Cue, ...] = ()
ANNOUNCED_BEFORE = (
    Cue(r"発表済み|既に発表|すでに発表|正式発表され", "続編はすでに発表されていた"),
)
PRODUCTION_STEP = (
    Cue(r"撮影|クランクイン|収録", "撮影が始まった"),
)
CALL_TO_DATE: tuple[Cue, ...] = ()
HEADLINE_ANSWER: tuple[Cue, ...] = ()
TRAILER_ANALYSIS: tuple[Cue, ...] = ()
DATE_TO_BE_GIVEN: tuple[Cue, ...] = ()
REVIEW_DOCUMENT = (
    Cue(r"レビュー|感想", "【レビュー】第4期"),
)
PAST_ASIDE: tuple[Cue, ...] = ()  # Japanese tells the past in its own clause (発表済み: ANNOUNCED_BEFORE)
SECONDHAND = (
    Cue(r"と報じ|との報道|と報道|報道によると|関係者によると|によると.{0,20}(?:という|らしい)", "関係者によると、劇場版の制作が進んでいるという。"),
)
# Quotes in 「」 are read as the story's own words (only Latin quotation marks are blanked): no speaker to tell.
SPEECH_VERBS: tuple[str, ...] = ()
MAKERS: frozenset[str] = frozenset()
NOT_MAKERS: frozenset[str] = frozenset()
# A month named without a year, just passed, in a clause about what is to come, is next year's.
UPCOMING = (
    Cue(r"予定|決定|スタート", "5月放送開始予定"),
    # where a change or a delay goes is ahead: 3月12日から4月9日に変更 in June is next April
    Cue(r"(?:に|へ)(?:変更|延期)", "4月9日に変更"),
)
PAST = (
    Cue(r"(?:した|された|でした|だった)", "5月に放送された"),
)

# Japanese is read a character at a time (see candidates.py): no list of words.
FUNCTION_WORDS: frozenset[str] = frozenset()
