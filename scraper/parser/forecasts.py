"""Forecasts, targets and outlooks: where a sentence stops stating what happened.

A projection, a target or an outlook states no figure that happened: the reader mutes a sentence's figures from
`forecast_start` on. What a forecast compares with may still be a fact of the past, marked by words of its own
(`own_past_year`). The classifier asks `forecast_throughout` of a story's figure sentences (an outlook is no report).
"""

from __future__ import annotations

import re

from scraper.parser.casefold import folded_sentence
from scraper.parser.prefilter import folded_twin, word_tree

_YEAR = re.compile(r"(?:19|20)\d\d")

FORECAST = re.compile(
    r"\b(?:expects?|expected\sto|forecasts?|forecasted\sto|projects?\s(?:that\s)?(?:(?:annual|full-year|yearly|its|this\syear's)\s)?(?:ICT|exports?|imports?|the)|"
    r"projected\sto|projections?|outlook|anticipates?|is\sset\sto\s(?:grow|rise|reach|fall)|"
    r"(?:will|would)\s(?:likely\s)?(?:grow|rise|increase|reach|fall|decline|expand|climb|drop|top|hit|recover"
    r"|slow|rebound))\b"
    r"|[가-힣]\s?것으로\s?(?:전망|예상|보인|관측|내다|추정|추산|기대)|전망치|목표치|(?:을|를)\s?목표로"
    r"|(?:할|날|될|갈|줄|늘)\s(?:전망|예정)(?:이다|이며|이고|이어서|이라)"  # "1.5% 증가할 전망이다"
    r"|(?:ㄹ|을|할|날|들|길|칠|설|될|를)\s?것(?:이라고|이라는|이란)"  # "…에 이를 것이라고 밝혔다"
    # an institute's words: a figure its quote closes on before "이라고"/"이라며" ("…5% 안팎 증가할 것"이라고
    # 전망했다; not "디스플레이(…)의 부진은 … 완화될 것"이라고: a figure of what happened), or "…수준으로 예측했다"
    r"|(?:%|달러|불)\s?(?:로|으로|에)?\s?(?:안팎|내외|가량|정도|수준|대)?\s?(?:[가-힣]{1,6}\s){0,2}?[가-힣]{0,4}"
    r"(?:ㄹ|을|할|날|들|길|칠|설|될|를)\s?것[\"'”’」』]?\s?이라(?:고|며|면서|는)"
    r"|(?:으로|로|을|를)\s?예측(?:했|한다|하고|하며|됐|된다|되며|되고|돼)|것으로\s?예측"
    r"|(?:으로|로)\s?(?:예상|전망)(?:했|됐|된다|한다|하고|하며|되)"  # "…수준으로 예상했다", "…안팎으로 전망하며"
    r"|(?:으로|로)\s?내다(?:봤|본다|보고|보며|보았|봐|봅)"  # "…안팎으로 내다봤다": what someone foresees
    r"|(?:증가|감소|성장|확대|축소|회복|반등|둔화)\s?(?:전망|예상)(?![치을를])"  # a headline's "3.4% 증가 전망"
    # "반도체는 6% 감소가 예상된다": the expectation in the passive
    r"|(?:증가|감소|성장|확대|축소|회복|반등|둔화)[가이]\s?(?:전망|예상)(?:된다|됐다|되며|되고|돼)"
    r"|\bprojected\s(?:[A-Z][a-z]+\s)?(?:ICT\s|IT\s)?exports\b"  # "It projected May IT exports at …"
    r"|\b(?:export\s)?(?:targets?|goals?)\sof\b"  # "set an export target of $610 billion", "a goal of …"
    r"|(?:전망|예상|outlook|forecast)\s?[:：]|\s(?:예상|전망|추정)(?:됨|임)?\.?\s*$"  # "□ 4월 전망 : … 내외 예상"
    # a headline's "올해 ICT 수출 2,350억달러 전망", a quoted "'반도체 수출 2,000억 달러' 목표"
    r"|\d\s?(?:억|조)\s?(?:달러|불)['’\"”」』]?\s?(?:전망|예상|목표)"
    r"|목표(?:액|치)?\s?(?:인\s?|는\s?)?\d"  # a target's amount: "올해 수출 목표 1,780억 달러는"
    r"|불가피(?:하다|할|하겠)"  # "11월에도 5% 안팎의 감소는 불가피하다"
    # what someone reckons, not what was counted: "…이어질 것으로 본다", "…의 수출을 예상했다", "…로 추정했다",
    # "올해 추정치는"; "expected at around $N", "(office estimate)", "on course to", "could reach", "consensus for"
    r"|것으로\s?(?:본다|봤다|보았다|보고\s?있다|봅니다|보입니다)"
    # what someone holds possible: "1천500억 달러는 가능하다고 봅니다", "…도 무난할 것"
    r"|(?:가능|충분|무난)(?:하다고|하리라고)\s?(?:봅니다|본다|봤다|보았다|보고\s?있|전망|예상|기대)"
    r"|것\s?같(?:다|습니다|아요|네요|은데)"  # a guess that seems: "…억달러 안팎에 머물 것 같다"
    r"|(?:을|를)\s?(?:예상|전망|추정|추산)(?:했|한다|하고|하며|하더|하던|해요|합니다|하네)"  # "…을 예상하더라구요"
    r"|(?:으로|로)\s?추(?:정|산)(?:했|한다|하고|하며|됐|된다|되며|되고)|추(?:정|산)치(?:는|가|보다|로|를)"
    r"|\b(?:my|our)\s(?:guess|bet|hunch)\b|\bI\s(?:guess|reckon|bet)\b"  # "My guess is that Q4 comes in around $X"
    r"|(?:다|라)(?:더라|던데)"  # a rumour passed on in a blog or a comment: "대만도 9월 수출 -11% 났다더라고요"
    r"|\bI\s(?:think|suspect)\s(?:[\w'’-]+\s){1,4}?(?:will|would|could|might)\b"  # "I think May will be even stronger"
    r"|\bexpected\sat\b|\((?:[\w-]+\s){0,2}(?:estimates?|projections?)\)|\bon\s(?:course|track|pace)\sto\b"
    # the unfinished year estimated: "It estimated this year's ICT exports at around $X, down 4.6 percent",
    # "Full-year exports are estimated at $X", "This year's ICT exports are estimated to reach about $X"
    r"|\bestimat(?:ed|es|ing)\s(?:that\s)?(?:this\syear's|this\syear’s|the\syear's|full-year|annual|its\sfull-year)"
    r"|\b(?:this\syear's|this\syear’s|full-year|annual)\s(?:[\w-]+\s){1,3}(?:is|are)\s(?:estimated|seen)\s(?:at\b|to\s"
    r"(?:reach|total|record|top|hit|come|stand|amount|exceed|be)\b)"
    r"|\bcould\s(?:reach|climb|top|rise|grow|hit|exceed|surpass)\b|\b(?:consensus|expectations)\s(?:for|of)\b"
    # analysts' consensus written right before its figure: "October exports, consensus ~$16bn"
    r"|\bconsensus[:,]?\s(?:(?:at|is|of|sees|around|about|near)\s)?[~≈]?\s?(?:US)?\$?\d"
    r"|(?:시장\s?)?(?:컨센서스|예상치)\s?(?:는|은|가|이|:)?\s?(?:약\s?)?[+\-−△]?\s?\d"  # "시장 컨센서스 +9% 안팎"
    # a target: "The ministry aims to lift ICT exports to $190 billion next year", "hopes to", "Its target is to …"
    r"|\b(?:aim|hope|plan|seek|intend|vow)(?:s|ed|ing)?\sto\s(?:raise|lift|boost|increase|expand|push|achieve|reach"
    r"|attain|grow|bring|double|keep|maintain|sustain|hold)\b|\btargets?\s(?:is|was|are)\b"
    # what is reckoned, not counted: "are estimated to have come to about $X", "are seen easing to $X", a model's
    # "baseline has ICT exports slipping by 4 to 6 per cent"
    r"|\b(?:is|are|was|were)\s(?:estimated|seen|projected|forecast)\sto\shave\b"
    r"|\b(?:is|are|was|were)\sseen\s(?:[a-z]+ing|at)\b|\b(?:baseline|base[-\s]case)\b"
    r"|\bwill\sbe\s(?:[a-z]+ly\s)?[a-z]+(?:ed|en)\b"  # a measure in the future passive: "will be expanded by 20%"
    # a wish with its object, or help towards a goal: "wants ICT exports to reach $250 billion by 2027", "aims to
    # help 300 ventures reach a combined $1 billion"
    r"|\b(?:want|aim|hope|plan|seek|intend|vow|pledge|urge|push)(?:s|ed|ing)?\s(?:for\s)?(?:[\w'’-]+\s){1,5}?to\s"
    r"(?:raise|lift|boost|increase|expand|achieve|reach|attain|grow|double|top|hit|exceed|surpass)\b"
    r"|\bto\shelp\s(?:[\w'’$.,-]+\s){0,5}?(?:raise|lift|boost|increase|expand|achieve|reach|attain|grow|double|top"
    r"|hit|exceed|surpass)\b",
    re.I,
)
_FORECAST_WORDS = (
    "expect",
    "forecast",
    "project",
    "outlook",
    "anticipat",
    "set to",
    "will ",
    "would ",
    "것으로",
    "것 같",
    "것같",
    "것이라",
    "것이란",
    "예상",
    "예측",
    "내다",
    "이라",
    "target",
    "goal",
    "전망",
    "예정",
    "목표",
    "불가피",
    "하다고",
    "하리라고",
    "추정",
    "추산",
    "estimate",
    "seen ",
    "baseline",
    "base case",
    "base-case",
    "on course",
    "on track",
    "on pace",
    "could ",
    "consensus",
    "컨센서스",
    "aim",
    "want",
    "to help",
    "pledge",
    "urge",
    "push",
    "hope",
    "plan",
    "seek",
    "intend",
    "vow",
    "guess",
    "think",
    "더라",
    "던데",
    "suspect",
    "reckon",
    "bet ",
    "hunch",
    "may ",  # (the modals of `_EN_MODAL`)
    "might ",
    "should ",
    "likely to",
    "poised to",
    "slated to",
    "tipped to",
)
# one search for any of them, the words as a tree of shared prefixes: an alternation of some fifty words is tried
# word by word at every position, the tree a few characters per position
FORECAST_WORD = re.compile(word_tree(_FORECAST_WORDS))
# An English modal before the figure's verb ("OLED exports may climb 7.3 percent", "are likely to reach $X", "is
# poised to slip"): what may happen, from the modal on (the figures before it happened); "in May rise" is the month
_NO_MODAL_AFTER = ("in", "of", "for", "since", "from", "to", "than", "last", "this", "next", "by", "until", "during")
_MODAL_VERB = (
    r"(?:rise|fall|grow|reach|climb|drop|decline|increase|decrease|gain|slip|slide|top|hit|exceed|surpass|expand"
    r"|shrink|contract|recover|rebound|slow|ease|jump|surge|soar|plunge|tumble|dip|sink|total|come|stay|remain"
    r"|hover|amount|stand|edge|return|turn|swing|widen|narrow|improve|weaken|near|approach|double|post|log)\b"
)
_EN_MODAL = re.compile(
    r"\b(?:(?:" + "".join(rf"(?<!\b{word}\s)" for word in _NO_MODAL_AFTER) + r")may|might|could|would|should|will)"
    rf"\s(?:well\s|likely\s|also\s|still\s|even\s|further\s)?{_MODAL_VERB}"
    rf"|\b(?:is|are|was|were|seems?|appears?)\s(?:likely|set|poised|slated|tipped)\sto\s{_MODAL_VERB}",
    re.I,
)
# "…19.5% 감소하였으며, 연간 수출은 …를 밑돌 것으로 예상된다": a clause closed in the past tense happened
# and so did a figure whose "…로" hands the rest of the sentence to a later period ("1~10월 누적 수출은 X(+21.5%)로
# 연간 최대 실적 달성 전망": the record is the forecast, not the running total)
_KO_PAST_CLAUSE_END = re.compile(
    r"(?:었|였|했|됐|았)(?:으며|고),?\s|(?:\)|달러|불)로\s(?=(?:연간|올해|올\s?한\s?해|연말|내년)\s)"
    # "1~9월 누적 휴대폰 수출은 …로 3.3% 줄어 연간 감소가 불가피하다": the change counted, the year's fall foreseen
    r"|(?:줄어|늘어|감소해|증가해|줄며|늘며),?\s(?=(?:연간|올해|올\s?한\s?해|연말|내년)(?:으로는|에는|엔|도|은|는|으로도)?\s)"
    # '"…실적을 넘어설 것"이라며 "내년에는 … 목표로"': a quote said before the target's
    r"|[\"”’'](?:이라|라)?(?:며|면서),?\s"
)


# searched as a twin on the folded sentence: under IGNORECASE `re` tries every branch of `FORECAST` at every
# position; the twin keeps its scan for first characters (the same matches at the same offsets)
_FORECAST_FOLDED = folded_twin(FORECAST)
# The amount a forecast compares with, marked as past by words of its own: "last year's record of $X", "2018's peak
# of US$X", "지난해 기록한 X", "2021년의 X"; or a comparison before it and its year after it ("compared with $X in
# 2008", "to beat the $X of 2021"); whether the year is over is the period's test
_EN_PAST_OWNER = re.compile(
    r"\b(?:last\syear's|(?:19|20)\d\d's)\s(?:(?:all-time|previous|annual|full-year|record|peak|high|total|level"
    r"|figure|tally|exports|shipments|imports|surplus)\s){0,3}(?:of\s)?(?:about\s|around\s|some\s)?(?:US)?\Z",
    re.I,
)
_EN_PAST_AFTER = re.compile(
    r"\s(?:(?:set|recorded|posted|logged|reached|booked)\s)?(?:in|of)\s(?:(?:19|20)\d\d\b|last\syear\b)", re.I
)
_EN_COMPARED_WITH = re.compile(
    r"\b(?:compared\s(?:with|to)|versus|vs\.?|against|than|exceed|surpass|top|beat|match|above|below|short\sof)"
    r"\s(?:the\s)?(?:US)?\Z",
    re.I,
)
_KO_PAST_OWNER = re.compile(
    r"(?:지난해|작년|(?:19|20)\d\d년)(?:에\s?(?:기록한|달성한|세운|올린|거둔)|\s?(?:기록|달성)한|\s?(?:세운|올린|거둔)|의)"
    r"\s?(?:역대\s?최대(?:치)?(?:인)?\s?|사상\s?최대(?:치)?(?:인)?\s?)?\Z"
)


_EN_CLAUSE_BREAK = re.compile(r",\s(?:and|but|while|though|although|yet)\s|;\s")
_EN_COUNTED = re.compile(
    r"\b(?:was|were|rose|fell|grew|climbed|dropped|declined|increased|decreased|came|stood|reached|totall?ed|amounted"
    r"|posted|recorded|jumped|slipped|gained|slid|shrank|expanded|advanced|edged)\b",
    re.I,
)


# an outlook that is the reason for a figure, not a forecast of one: "dropped 29.4 percent on a weak demand
# outlook", "amid a murky global outlook", "as the economic outlook darkened"
_OUTLOOK_AS_A_CAUSE = re.compile(
    r"\b(?:on|amid|amidst|despite|given|over|as|with)\s(?:an?\s|the\s)?(?:[a-z-]+\s){0,3}outlook$"
    r"|\bas\s(?:the\s)?(?:[a-z-]+\s){0,3}outlook\s(?:darkened|dimmed|worsened|soured|weakened|improved|brightened)"
)


def forecast_start(sentence: str, ko: bool) -> int:
    """Where a sentence's forecast begins: its start, or in Korean the end of the last past-tense clause
    before the forecast's words (the figures of that clause were counted); no forecast, its end."""
    folded = folded_sentence(sentence)
    found = _FORECAST_FOLDED.search(folded)
    while found is not None and _OUTLOOK_AS_A_CAUSE.search(folded, max(0, found.start() - 40), found.end()):
        found = _FORECAST_FOLDED.search(folded, found.end())  # "… on a weak demand outlook": why, not what next
    if found is None:
        modal = None if ko else _EN_MODAL.search(sentence)
        return len(sentence) if modal is None else modal.start()
    if not ko:
        # "March's surplus was $7.94 billion, and few expect a quick recovery": a counted clause before the forecast's
        breaks = [m for m in _EN_CLAUSE_BREAK.finditer(sentence, 0, found.start())]
        if breaks and _EN_COUNTED.search(sentence, 0, breaks[-1].start()):
            return breaks[-1].end()
        return 0
    closed = [m.end() for m in _KO_PAST_CLAUSE_END.finditer(sentence, 0, found.start())]
    return closed[-1] if closed else 0


def forecast_throughout(sentence: str, ko: bool) -> bool:
    """Is the whole sentence a forecast (its words tried first through the cheap gate)?"""
    return FORECAST_WORD.search(sentence.lower()) is not None and forecast_start(sentence, ko) == 0


def own_past_year(sentence: str, start: int, end: int, ko: bool, last_year: int | None) -> int | None:
    """The year an amount (at `start`-`end`) a forecast compares with is marked with by its own words: "last year's
    record of $X", "the $X of 2021" or "against $X in 2019" after the forecast's word; "지난해 기록한 X", "2021년의
    X". `last_year` is the year before publication, what "last year's" and "지난해" mean."""
    if ko:
        marker = _KO_PAST_OWNER.search(sentence, max(0, start - 24), start)
    else:
        marker = _EN_PAST_OWNER.search(sentence, max(0, start - 60), start)
        if marker is None and _EN_COMPARED_WITH.search(sentence, max(0, start - 30), start):
            marker = _EN_PAST_AFTER.match(sentence, end)
        if marker is not None and FORECAST.search(sentence, 0, start) is None:
            return None  # (the restated amount follows the forecast's word)
    if marker is None:
        return None
    year = _YEAR.search(marker.group())
    return int(year.group()) if year is not None else last_year
