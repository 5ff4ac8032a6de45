"""Sentences and clauses: where a sentence ends, which parts of it only give background."""

from __future__ import annotations

import re

from scraper.parser.lexicon import KO_CAUSE_AFTER, KO_CAUSE_LATER, KO_EXAMPLE_OF_GROUP
from scraper.parser.prefilter import guarded
from scraper.parser.scanner import Mention

# guarded: every match starts with white space or a full stop, and the look-behinds of the first branch
# would otherwise be tried at every position (half the time of splitting)
SENTENCE_END = guarded(
    re.compile(
        r"(?<=[.!?])(?<!incl\.)(?<!excl\.)(?<!approx\.)(?<!\bvs\.)(?<!\bNo\.)(?<!\bCo\.)(?<!\bMr\.)(?<!\bMs\.)"
        r"(?<!Jan\.)(?<!Feb\.)(?<!Mar\.)(?<!Apr\.)(?<!Jun\.)(?<!Jul\.)(?<!Aug\.)(?<!Sep\.)(?<!Sept\.)(?<!Oct\.)"
        r"(?<!Nov\.)(?<!Dec\.)"  # "Jan.-Nov. ICT exports", "Sept. 2024 exports"
        r"\s+(?=[A-Z“\"‘'\[]|\((?<!U\.S\.\s\()(?<!U\.K\.\s\())"  # English: end mark, space, capital; not after
        # "incl." and the like, nor "the U.S. ($9.66 billion, …)"
        r"|(?<=[.!?][\"”’'])\s+(?=[A-Z“\"‘'\[])"  # a quote that ends its sentence: "… competitiveness." In the …
        r"|(?:(?<=[a-z%)])|(?<=[a-z]\.))\.(?=[A-Z](?:[a-z]|\s|[A-Z]{1,3}\s))"  # glued: "a year earlier.Imports",
        # "Wednesday.A total", "on-year.ICT imports"; a doubled stop after an abbreviation: "in Mar..Exports"
        r"|(?<=[A-Z][A-Z])\.(?=[A-Z][a-z]{2})"  # glued after an acronym: "… and the EU.Exports to China grew"
        r"|(?<=(?:19|20)\d\d)(?<![\d.,]\d{4})\.(?=[A-Z](?:[a-z]|\s|[A-Z]{1,3}\s))"  # after a year: "in 2030.By the …"
        r"|(?<=[다음임함요])\.\s*"  # Korean: verb ending + full stop
        r"|(?<=[가-힣%)])\.\s+(?=[가-힣\d])"  # a verbless Korean fragment: "무역흑자는 81억달러. 반도체가 …",
        # "… 흑자는 42억달러. 5월만 보면 …"; a source after the verb: "… 그쳤다(가트너 집계). 패널은 …"
        r"|(?<=니다)[ \t]+(?=[가-힣])"  # a transcript without full stops: "… 흑자를 냈습니다 품목별로 보면 …"
        r"|\n+"
    )
)
# What each branch of `SENTENCE_END` needs (an end mark before white space, a full stop before a capital, a
# Korean ending's full stop, a line break): most one-sentence paragraphs ("... rose 3.9 percent.") have none,
# and one quick search spares them the look-behinds at every space.
_MAY_END = guarded(re.compile(r"[.!?][\"”’']?\s|\.[A-Z]|[다음임함요]\.|\n|니다[ \t]"))
DATELINE = re.compile(r"^[A-Z][A-Za-z .]+,\s[A-Z][a-z]+\.?\s\d{1,2}\s\([A-Za-z]+\)\s*--\s*")
FOOTNOTE = re.compile(r"^\s*(?:\*+|※|☞|주\s?:|\(\s?주\s?\))")
CONTINUATION = re.compile(r"^\s*(?:[ㅇ○◦•·\-–※*▸▹]|\(\s?[a-z가-하]\s?\))")
# A long line that stops without ending its sentence was wrapped by hand ("... information technology (IT)"
# / "products fell 11.6 percent"): a next line that starts in lower case or with a figure continues it (not a
# numbered heading: "1. ICT EXPORTS" under a contents line "In this issue: ICT trade | Shipbuilding orders | …").
HARD_WRAPPED = re.compile(r"^.{50,}[^.!?:;\"”’\]다요함음임\s]\s*$")
WRAP_CONTINUES = re.compile(r"\s*(?!\d{1,2}\.\s[A-Z])(?:[a-z0-9$%(]|US\$|USD\s?\d)")
# (a determiner of time needs its noun too: "… down 39.2 percent last" / "December, …")
WRAP_OPEN_END = re.compile(
    r"(?:\b(?:in|of|to|the|a|an|and|or|for|at|by|from|with|on|than|as|its|their|last|this|next|since|until)|,)\s*$"
)


_SENTENCE_STOPS = frozenset('.!?:;"”’]다요함음임')  # what a line that ends its sentence ends with


def _hard_wrapped(line: str) -> bool:
    """`HARD_WRAPPED` told by the line's last character that is not white space, without the regex's walk back
    from the line's end: a line of 51 characters or more (and no break) that ends in none of the stops."""
    body = line.rstrip()
    return len(body) > 50 and body[-1] not in _SENTENCE_STOPS and "\n" not in body


MAX_SENTENCE = 2000  # real sentences are far shorter; a cap keeps regex work linear on hostile input


_HANGUL = re.compile(r"[가-힣]")
# "(112.3억 달러, 34.3%↑)" right after a name, or after the word for how it fared ("부분품 호조(6.2억달러, ↑8.4%)에도")
_OWN_FIGURES = re.compile(r"(?:\s?(?:호조|부진|강세|약세))?\s?\([^()]*\d[^()]*\)")
_LEADING_ASIDE = re.compile(r"^\s?\([^()]{0,30}\)")
_MARKED_SUBJECT = re.compile(
    r"\s?(?:수출|수입)?(?:액|실적)?\s?(?:부문|부분|분야|품목|제품|업종)?\s?(?:[은는이가]\s|역시|또한|도\s|의\s?경우)"
)
_CAUSE_AFTER = re.compile(KO_CAUSE_AFTER)
# "ICT 수출의 57%를 차지했으며", "전체 수출의 절반이 넘는 57%를": the whole a share is of, not the subject
_SHARE_BASE = re.compile(
    r"\s?(?:(?:수출|수입)(?:액)?\s?)?(?:의|에서|\s?중)\s?(?:[가-힣 ]{1,12}[인운는한]\s)?"
    r"\d+(?:\.\d+)?\s?%\s?(?:[를을]\s?)?(?:차지|점유|책임|담당)"
)
_CAUSE_LATER = re.compile(KO_CAUSE_LATER)
_EXAMPLE_OF_GROUP = re.compile(KO_EXAMPLE_OF_GROUP)


_POSSESSIVE = re.compile(r"\s?의\s?")
_MADE_IN = re.compile(r"(?:산|발|제)\s?")  # "중국산 LCD 공세 탓에": the partner names where the next noun is from
# "중국 업체와의 경쟁 심화로", "대만 기업들의 증설": a place's firms, rivals or buyers, name no destination
_FIRMS_OF = re.compile(r"\s?계?\s?(?:업체|기업|업계|제조사|회사|브랜드)")
_CO_LISTED = re.compile(r"\s?(?:[·ㆍ,/]|와|과|및|이나|나)\s?")
_EXAMPLE_OF_NEXT = re.compile(r"\)?\s?등\s")


def next_other_name(sentence: str, mentions: list[Mention], mention: Mention) -> int:
    """Where the next item or partner starts that is not listed together with `mention`
    ("반도체·디스플레이 호조로" is one list; in "ICT 수출, 반도체 호조로" 반도체 is another name)."""
    end = mention.end
    for other in mentions:
        if other.start < end or not other.kind.startswith(("item:", "region:")):
            continue
        between = sentence[end : other.start]
        # "SSD 등 보조기억장치 호조로": a name given as an example of the next one goes with it
        if not _CO_LISTED.fullmatch(between) and not ("등" in between and _EXAMPLE_OF_NEXT.fullmatch(between)):
            return other.start
        end = other.end
    return len(sentence)


def last_listed_with(sentence: str, mentions: list[Mention], mention: Mention) -> Mention:
    """The last of the names listed together with `mention` ("미국·멕시코의 …": 멕시코), or `mention` itself."""
    last = mention
    for other in mentions:
        if other.start < last.end or not other.kind.startswith(("item:", "region:")):
            continue
        if not _CO_LISTED.fullmatch(sentence, last.end, other.start):
            break
        last = other
    return last


def marked_with_the_names_after(sentence: str, mentions: list[Mention], mention: Mention) -> bool:
    """Is the name the first of names listed together whose last one is marked as the subject ("반도체와
    디스플레이는 수요 회복으로 …")? The marker closes the whole list."""
    end = mention.end
    for other in mentions:
        if other.start < end or not other.kind.startswith(("item:", "region:")):
            continue
        if not _CO_LISTED.fullmatch(sentence[end : other.start]):
            break
        end = other.end
    return end > mention.end and _MARKED_SUBJECT.match(sentence, end) is not None


def korean_background(sentence: str, mention: Mention, next_name_at: int | None = None) -> bool:
    """A Korean noun named as a cause or an example ("반도체 호조 여파", "반도체 등 주력 품목이") is no subject.
    A cause phrase that only follows another name ("ICT 수출, 반도체 호조로") is that name's, not this one's.
    Hangul never appears in English text, so this is safe to ask of any sentence."""
    after = sentence[mention.end : mention.end + 80]
    if not _HANGUL.search(after):
        return False  # every cause and example pattern is Korean
    if _OWN_FIGURES.match(after):
        return False  # "반도체(112.3억 달러, 34.3%↑)에서 ...": a subject with its own figures
    if after[:1] == ")" and _BULLET_BEFORE.fullmatch(sentence, 0, max(0, mention.start - 1)):
        return False  # "○ (컴퓨터) 수요 둔화로 8.3억불": the bracket that opens a release's line names its subject
    if after[:1] == "," and _BULLET_BEFORE.fullmatch(sentence, 0, mention.start):
        return False  # "SSD, 데이터센터 수요에 103.7%↑": the name that opens a headline, then its cause
    after = _LEADING_ASIDE.sub("", after)  # "인도(남아시아 최대 시장)가": the parenthetical is an aside
    if ("차지" in after or "점유" in after) and _SHARE_BASE.match(after):
        return True  # "ICT 수출의 57%를 차지": what the share is of
    if _MARKED_SUBJECT.match(after):
        return False  # "통신장비 수출 역시 ...": the subject, marked as one
    if mention.kind.startswith("region:") and _FIRMS_OF.match(after):
        return True
    after = after[:50]
    later = _CAUSE_LATER.match(after)
    if (
        later
        and next_name_at is not None
        and mention.end + later.end() > next_name_at
        and not _POSSESSIVE.fullmatch(sentence, mention.end, next_name_at)  # "일본의 가전 보조금 덕분에": one phrase
        and not (mention.kind.startswith("region:") and _MADE_IN.fullmatch(sentence, mention.end, next_name_at))
    ):
        later = None
    if later and mention.kind.startswith("region:") and later.group(0).endswith("등으로"):
        later = None  # "중국·베트남 등으로 수출이 늘었다": a destination, not a cause
    return bool(_CAUSE_AFTER.match(after[:12]) or later or _EXAMPLE_OF_GROUP.match(after[:40]))


# "수요가 늘어나는 가운데" (amid) ends a clause; "베트남 수출 가운데" (of the exports to Vietnam) names a whole, and so
# does "베트남 수출 품목 가운데"
_AMID = r"(?<![출입액]\s)(?<![출입액])(?<!품목\s)(?<!품목)가운데"
KO_CONNECTOR = re.compile(
    r"(?:하|되|늘|줄|나|오|지|이)?(?:며|면서)(?![가-힣])|(?:으로|로)\s?(?:인해|인한)?(?![가-힣])|(?:해지|되|하|늘|줄|지)자(?=\s)|"
    rf"영향|덕분|덕에|힘입어|여파|등지에서|중심으로|속에|탓에|{_AMID}|(?<=[진된한난린른은])\s?결과(?=[,\s])|"
    # "부분품 선적이 감소해 8.9억 달러": a verb's -해/-돼/-어 form ends a reason's clause too
    r"(?:감소|증가|확대|축소|둔화|하락|상승|부진|위축)(?:해|돼|되어|하여)서?(?=\s)|(?:줄|늘)어서?(?=\s)"
    # "부품 수출이 견조해 …", "SSD가 잘 팔려 …": any predicate's -해/-려/-져 form after a marked noun ends a reason
    r"|(?<=[이가도]\s)(?:잘\s|크게\s|많이\s)?[가-힣]{1,3}(?:해|려|져|워)서?(?=\s)"
    # "휴대폰은 부분품 수출이 늘었지만 전체로는 …": a contrast without figures is background too
    r"|지만(?=[\s,])|(?<=[었았였했])으나(?=[\s,])"
    # "메모리·시스템 모두 성장, 112억달러로": a verbal noun closing its clause at a comma ends a reason too
    r"|(?:성장|증가|감소|확대|축소|상승|하락|호조|부진|둔화|개선|급증|급감)(?=,)"
)


# The same without a bare "로": "네덜란드로 SSD 수출액이" is a direction, not a cause
KO_CLAUSE_CONNECTOR = re.compile(  # ("경쟁이 격해지자": the -자 of a reason's time too)
    r"(?:하|되|늘|줄|나|오|지|이)?(?:며|면서)(?![가-힣])|(?:으로|로)\s?(?:인해|인한)|(?:해지|되|하|늘|줄|지)자(?=\s)|"
    rf"영향|덕분|덕에|힘입어|여파|속에|{_AMID}"
)


def korean_aside(sentence: str, mention: Mention, next_figure_at: int) -> bool:
    """After a topic-marked subject ("컴퓨터 수출은 ..."), a noun whose clause ends in a connector before
    the next figure names a cause or an example: "... SSD 출하가 늘며 7.2% 증가한"."""
    # (one character past the figure's start: "부진해 4.7% 감소한" ends its clause on the space before the figure)
    return bool(KO_CONNECTOR.search(sentence, mention.end, next_figure_at + 1))


_PARENTHESES_WITHOUT_DIGITS = re.compile(r"\([^()\d]*\)")
# (a hyphen inside a word is no dash: "-- the logic and image-sensor chips local firms sell --")
_DASHES_WITHOUT_DIGITS = re.compile(r"\s(?:--|—)\s?(?:[^\d\-—]|(?<=\w)-(?=\w)){3,120}?\s?(?:--|—)\s")
_DASH = re.compile(r"\s(?:--|—)(?=\s)")
_LISTS_INSIDE = re.compile(r"[·ㆍ,]|and|및|\s등\)|etc")
_CLAUSE_END = re.compile(r"[,;)]|\bwhich\b")
# "(중국, 홍콩 포함)": one name and what it takes in, no list of examples (a name inside one that follows another
# name, "디지털TV(LCD, OLED 포함)", is what that name includes: `Asides._included`)
_NAME_WITH_WHAT_IT_INCLUDES = re.compile(r"(?:포함|제외|included|excluded)\s?\)$", re.I)


def parentheses_without_figures(sentence: str) -> list[tuple[int, int]]:
    """'(반도체·디스플레이·휴대폰)' lists examples, 'OLED panels -- in demand for phones and TVs -- soared' sets off
    an aside: names inside such parentheses or dashes are not subjects."""
    asides = _dash_asides(sentence) if "-- " in sentence or "—" in sentence else []
    if "(" not in sentence:
        return asides  # most sentences (the search below finds nothing without one, only slower)
    return asides + [
        (m.start(), m.end())
        for m in _PARENTHESES_WITHOUT_DIGITS.finditer(sentence)
        if _LISTS_INSIDE.search(m.group(0))
        and not _labels_the_line(sentence, m.start(), m.end())
        and not _NAME_WITH_WHAT_IT_INCLUDES.search(m.group(0))
    ]


def _dash_asides(sentence: str) -> list[tuple[int, int]]:
    """Dashes pair up in order, the first with the second: "Chips -- $9.9 billion, up 14.8% -- led, followed by
    OLED panels -- $1.05 billion …" sets off the figures, not "led, followed by OLED panels" between two pairs."""
    dashes = [m.start() for m in _DASH.finditer(sentence)]
    found = []
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        aside = _DASHES_WITHOUT_DIGITS.match(sentence, opening)
        if aside is not None and aside.end() >= closing:
            found.append((aside.start(), aside.end()))
    return found


# "○ (컴퓨터 및 주변기기) 9.4억 달러": parentheses that open a bullet line label it, whatever words they join
_BULLET_BEFORE = re.compile(r"\s*(?:[○◦ㅇ□■●•▶▷◆◇※\-*]\s*)?")
_FIGURE_AFTER = re.compile(r"\s?[:：]?\s?[\d△▲▼+\-]")


# "(디스플레이) 13.9억불(△19.6%), (컴퓨터·주변기기) 10.7억불": a label after the figures of the label before
_AFTER_A_LABELLED_FIGURE = re.compile(r"\)\s?,\s?$")


def _labels_the_line(sentence: str, start: int, end: int) -> bool:
    """A bracket that opens a bullet line labels it, before its figure or a reason for it ("○ (컴퓨터 및 주변기기)
    수요 둔화로 8.3억불"), and so does one after the last label's figures in a run of labels."""
    if _FIGURE_AFTER.match(sentence, end):
        return bool(_BULLET_BEFORE.fullmatch(sentence, 0, start) or _AFTER_A_LABELLED_FIGURE.search(sentence, 0, start))
    return sentence[end : end + 1] == " " and bool(_BULLET_BEFORE.fullmatch(sentence, 0, start))


def clause_end(sentence: str, start: int) -> int:
    """Where a subordinate phrase ("thanks to ...", "including ...") stops. A bracket the phrase opened itself
    ("amid demand for light-emitting diodes (LED) used in phones,") closes inside it and ends nothing."""
    match = _CLAUSE_END.search(sentence, start)
    while match and match.group() == ")" and "(" in sentence[start : match.start()]:
        start = match.end()
        match = _CLAUSE_END.search(sentence, start)
    return match.start() if match else len(sentence)


# A photo caption's credit ("… Gyeonggi Province. / Korea Times file", "… / AP-Yonhap") ends the caption: on a page
# that lost its line breaks the lead follows it without a full stop
_CREDIT = (
    r"(?<=[.!?])\s/\s(?:[A-Z][\w.&'-]*\s){0,4}?(?:[A-Z]+-)?(?:file(?:\sphoto)?|photo|Yonhap|AP|AFP|Reuters|EPA"
    r"|Bloomberg|Newsis|News1)"
)
_PHOTO_CREDIT = re.compile(_CREDIT + r"(?=\s[A-Z])")
_CREDIT_END = re.compile(_CREDIT + r"\s*$")


def photo_caption(sentence: str) -> bool:
    """Does the sentence end with a photo credit ("… Gyeonggi Province. / Korea Times file")?"""
    return " / " in sentence and _CREDIT_END.search(sentence) is not None


def split_sentences(text: str) -> list[str]:
    """Lines, then sentence ends in English and Korean (also where a full stop lost its space).
    Anything longer than MAX_SENTENCE characters is cut into pieces of that size."""
    sentences: list[str] = []
    if " / " in text:
        text = _PHOTO_CREDIT.sub("\\g<0>\n", text)
    parts = SENTENCE_END.split(text) if _MAY_END.search(text) else [text]
    for part in _split_after_a_month(_rejoin_abbreviations(parts)):
        part = part.strip() if part else ""
        while len(part) > MAX_SENTENCE:
            cut = part.rfind(" ", 0, MAX_SENTENCE)
            cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
            sentences.append(part[:cut])
            part = part[cut:].strip()
        if part:
            sentences.append(part)
    return sentences


_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_NAME_CONTINUES = re.compile(r"(?:Dollars?|Federal|President|Treasury|Department|Commerce|Census|Government|Customs)\b")


# "… 16 percent in Mar. Exports of chips …": a month shortened with a full stop after a word in lower case ends
# its sentence where a capital follows (not "In Feb. Korea's exports …", not "Jan.-Nov. ICT exports", not "Feb. 3")
_MONTH_STOP = re.compile(r"(?<=\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.[ \t]+(?=[A-Z“\"])")
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Za-z]+),?\s$")


def _split_after_a_month(parts: list[str]) -> list[str]:
    split: list[str] = []
    for part in parts:
        start = 0
        if part and ". " in part:
            for stop in _MONTH_STOP.finditer(part):
                before = _WORD_BEFORE.search(part, max(start, stop.start() - 30), stop.start())
                if before is not None and before.group(1).islower():
                    split.append(part[start : stop.end()])
                    start = stop.end()
        split.append(part[start:] if start else part)
    return split


def _rejoin_abbreviations(parts: list[str]) -> list[str]:
    """'183.6 billion U.S. Dollars' is one sentence: a split after an abbreviation that a name continues."""
    joined: list[str] = []
    for part in parts:
        if joined and part and _NAME_CONTINUES.match(part) and _ABBREVIATION_END.search(joined[-1].rstrip()):
            joined[-1] = f"{joined[-1].rstrip()} {part}"
        else:
            joined.append(part)
    return joined


# A release's bullets flattened onto one line ("… 흑자를 기록했다. ㅇ 수출은 … 증가 □ (품목별) 반도체(…)", "… a surplus
# of $6.8 billion. ○ Chips ($5.4 billion) … - Memory $3.1 billion"): each mark stands for the line break it lost.
# A dash is a bullet only after a sentence's end (not "U.S. - China", nor a dash inside a sentence), or after a
# figure on a line of such bullets ("• Vietnam: $2.9 billion – phones $0.4 billion • Taiwan: …").
_BULLET_MARKS = "□■◆◇▶▷ㅇ○◦•"
_INLINE_BULLET = guarded(re.compile(rf"(?<=\S)[ \t]+(?=[{_BULLET_MARKS}][ \t])"))
_DASH_AFTER_END = guarded(
    re.compile(r"(?:(?<=[a-z0-9%)]\.)|(?<=[다음임함요]\.)|(?<=[다음임함])|(?<=[!?]))[ \t]+(?=-[ \t][A-Za-z가-힣(])")
)
_DASH_AFTER_FIGURE = guarded(re.compile(r"(?<=[\d%)])[ \t]+(?=[-–][ \t][A-Za-z가-힣])"))


# A dateline inside a line ("… shipments to India rise Seoul, May 15 (IBW) South Korea's …", "… worse than first
# SEOUL -- South Korea's …"): the story starts there, and the headline or subtitle run into it is another paragraph
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?"
_DATELINE_INSIDE = guarded(
    re.compile(
        r"(?<=[a-z0-9%)])[ \t]+(?=(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s(?:[A-Z][a-z]+|[A-Z]{3,}))?"
        rf"(?:,\s{_MONTH_DAY}(?:\s\([A-Za-z-]+\))?(?:\s[-–—]{{1,2}}|(?<=\))\s(?=[A-Z]))|\s--)\s?[A-Z])"
    )
)


def _unflattened(text: str) -> str:
    """The text with a line break before each bullet mark inside a line, and before a dateline inside one."""
    if " -" in text or ") " in text:
        text = _DATELINE_INSIDE.sub("\n", text)
    text = _DASH_AFTER_END.sub("\n", text) if "- " in text else text
    if not any(mark in text for mark in _BULLET_MARKS) or not _INLINE_BULLET.search(text):
        return text  # most texts (the marks are looked for as plain strings first: that costs next to nothing)
    lines = text.split("\n")
    return "\n".join(
        _INLINE_BULLET.sub("\n", _DASH_AFTER_FIGURE.sub("\n", line)) if _INLINE_BULLET.search(line) else line
        for line in lines
    )


# An interview's answer goes on from its question: "Q: And imports?" / "A: They fell 2.1% to $X" are imports.
_QUESTION = re.compile(r"\s*(?:Q|질문|문)\s?[:.：]\s")
# a broadcast's anchor asking and its reporter answering ("앵커) 반도체는 얼마나 줄었습니까?" / "기자) 같은 기간 …")
_ANCHOR_ASKS = re.compile(
    r"\s*(?:\[(?:앵커|진행자)\]|(?:앵커|진행자|사회자|ANCHOR|HOST|Anchor|Host)\s?[:：)])\s?.*\?\s*$"
)
_ANSWER = re.compile(r"\s*(?:(?:A|답변|답)\s?[:.：]\s|\[기자\]|(?:기자|REPORTER|Reporter|CORRESPONDENT)\s?[:：)]\s?)")


def _answers(paragraph: str, line: str) -> bool:
    """Is `line` the answer to the question that ends `paragraph`?"""
    if not _ANSWER.match(line):
        return False
    last = paragraph[paragraph.rfind("\n") + 1 :]
    return _QUESTION.match(last) is not None or _ANCHOR_ASKS.match(last) is not None


# A forum's or a mail's quote marks ("> ICT exports in August rose …" / "> increased 17.1 percent …"): the text
# quoted, wrapped as it was, without them
_QUOTE_MARK = re.compile(r"[ \t]*>+[ \t]?")
# a line that stops at an abbreviation's full stop ("Shipments to the U.S.") goes on in lower case on the next
_ENDS_AT_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}\s*$")
# a line of any length that stops at a verb of change or amount ("> Display exports decreased") goes on at a figure
_VERB_END = re.compile(
    r"(?:^|\s)(?:rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped|slipped|gained|was|were|totaled"
    r"|totalled|reached|amounted\sto|came\sto|stood\sat)\s*$"
)
_FIGURE_START = re.compile(r"\s*(?:US\$|USD\s?|\$)?\d[\d,.]*\s?(?:%|percent|per\scent|billion|million|bn\b)")
# Korean copy wrapped at a fixed width ("ㅇ EU는 8.7억 달러로 5.1% 증가, 일본은" / "2.9억 달러로 1.3% 감소"): a
# line that stops on a name or a particle, not on a predicate, goes on when the next starts with the amount
_KO_OPEN_END = re.compile(r"[가-힣,]\s*$")
_KO_PREDICATE_END = re.compile(
    r"(?:[다요함음임됨]|증가|감소|기록|달성|지속|유지|전환|확대|축소|둔화|호조|부진|흑자|적자|최대|최고|전망|예상)\s*$"
)
_KO_AMOUNT_START = re.compile(r"\s*\(?[△▲▼+\-]?\d[\d,.]*\s?(?:억|조|만|천)")
# a release's PDF wrapped inside the amount ("미국(16.3억" / "달러, 8.4%↑)"): the unit goes on with its number
_KO_CUT_AMOUNT = re.compile(r"\d\s?(?:억|조|만|천)\s*$")
# ... or between an amount and its change in brackets ("디스플레이(251.4억 달러," / "△14.7%), …")
_OPEN_PAIR = re.compile(r"\([^()]*\d[^()]*,\s*$")
_CHANGE_CLOSES = re.compile(r"\s*[△▲▼+\-]?\s?\d[\d.]*\s?%?\s?[↑↓]?\s?\)")


# The characters (after white space) a line opens with where each pattern above can match it at its start; a
# prose line opens with none of them (a capital, a Korean word), so it is asked of none of the patterns
_FIGURE_OPENINGS = "U$"  # or a digit
_KO_AMOUNT_OPENINGS = "(△▲▼+-"  # or a digit
_CONTINUATION_OPENINGS = "ㅇ○◦•·-–※*▸▹("
_ANSWER_OPENINGS = "A답기[RC"


LINE_BULLET_MARKS = "○◦ㅇ□■●•▶▷◆◇※-*·"  # the marks a line may open with (not all break a line: `_BULLET_MARKS`)


def bullet_mark(sentence: str) -> str:
    """The bullet mark a line opens with ("○", "-"), if any."""
    stripped = sentence.lstrip()
    return stripped[0] if stripped and stripped[0] in LINE_BULLET_MARKS and stripped[1:2] in (" ", "\t") else ""


def opens_with(opening: str, openings: str, digit: bool = False) -> bool:
    """Is `opening`, a line's first character other than white space, one of `openings` (or a digit)?"""
    return opening != "" and (opening in openings or (digit and opening.isdecimal()))


def _continues(paragraph: str, line: str, wrapped: bool, opening: str) -> bool:
    """Does `line` (which opens with `opening`) go on with the sentence the paragraph's last line left unfinished?"""
    last = paragraph[paragraph.rfind("\n") + 1 :]
    if wrapped and (WRAP_CONTINUES.match(line) or WRAP_OPEN_END.search(paragraph)):
        return True
    if opens_with(opening, _FIGURE_OPENINGS, digit=True) and _FIGURE_START.match(line) and _VERB_END.search(last[-16:]):
        return True
    if "." in last[-4:] and line[:1].islower() and _ENDS_AT_ABBREVIATION.search(last):
        return True
    if opening == "달" and line.lstrip().startswith("달러") and _KO_CUT_AMOUNT.search(last):
        return True
    if opens_with(opening, _KO_AMOUNT_OPENINGS, digit=True) and _CHANGE_CLOSES.match(line) and _OPEN_PAIR.search(last):
        return True  # "디스플레이(251.4억 달러," / "△14.7%), 휴대폰(…)은 부진": the pair's change goes on
    return bool(
        opens_with(opening, _KO_AMOUNT_OPENINGS, digit=True)
        and _KO_AMOUNT_START.match(line)
        and _KO_OPEN_END.search(last)
        and not _KO_PREDICATE_END.search(last)
        and len(last.strip()) >= 20
        and ".." not in last  # (a deck's clauses, "비중 커졌다…수출 44%가 반도체" after NFKC: no wrapped line)
    )


def _rows_under_lead_in(paragraph: str) -> bool:
    """Is the paragraph a lead-in that ends on a colon ("First-half exports by item:"), maybe with table rows
    under it? A row that follows goes on in it: the lead-in's period and flow are the rows'."""
    lead, _, rows = paragraph.partition("\n")
    return lead.rstrip().endswith(":") and all(row.lstrip().startswith("|") for row in rows.split("\n") if rows)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs: lines. A bullet line ("ㅇ", "-", "•") continues the section its heading line opened,
    as release tables and briefings are written; a bullet mark inside a line starts a line of its own."""
    paragraphs: list[str] = []
    wrapped = False  # the last line was cut mid-sentence by a hard wrap
    for line in _unflattened(text).split("\n"):
        if ">" in line:
            line = _QUOTE_MARK.sub("", line, count=1) if _QUOTE_MARK.match(line) else line
        if not line.strip():
            continue
        opening = line.lstrip()[:1]
        if paragraphs and _continues(paragraphs[-1], line, wrapped, opening):
            paragraphs[-1] += " " + line.strip()
        elif paragraphs and (
            (opens_with(opening, _CONTINUATION_OPENINGS) and CONTINUATION.match(line))
            or (opening == "|" and _rows_under_lead_in(paragraphs[-1]))
            or (opens_with(opening, _ANSWER_OPENINGS) and _answers(paragraphs[-1], line))
        ):
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
        wrapped = _hard_wrapped(line) and not _HANGUL.search(line)  # Korean copy is not hand-wrapped
    return paragraphs
