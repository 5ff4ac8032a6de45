"""Lines that are page furniture, not article text: the filter every extraction path ends with.

Inside a body container (and in text already extracted from a page) menus, share bars, captions,
bylines and copyright notices survive; these patterns drop them line by line. A line that states a
figure about trade is never dropped, however it starts.
"""

from __future__ import annotations

import re

_WHOLE_LINE = [
    # skip links, menus, breadcrumbs
    r"skip\s(?:menu|navigation|to\s(?:main\s)?content)",
    r"(?:main\s)?content\smenu",
    r"go\sto\s(?:contents|navigation)",
    r"shortcut\sto\sbody",
    r"search\sarea",
    r"본문\s?바로\s?가기",
    r"(?:주|메인)\s?메뉴\s?바로\s?가기",
    r"주메뉴바로가기",
    r"home\s?(?:>|›|»|PRESS\sCENTER).*",
    r"home",
    r"press\scenter.*",
    r"press\sreleases?",
    r"news\s&\snotice",
    r"news",
    r"뉴스",
    r"브리핑룸",
    r"콘텐츠\s영역",
    r"통계\s간행물",
    # print, share, font size, list/prev/next
    r"print",
    r"facebook",
    r"twitter",
    r"kakao(?:talk|story)?",
    r"line",
    r"linkedin",
    r"e-?mail",
    r"share",
    r"(?:facebook|twitter|카카오(?:톡|스토리)?|네이버|밴드)\s?공유하기",
    r"공유하기",
    r"이\s기사를\s공유합니다",
    r"sns\s기사보내기",
    r"기사\s?보내기",
    r"글자\s?크기(?:\s?설정)?",
    r"(?:font\s)?size\s?[+-]?",
    r"목록",
    r"list",
    r"prev(?:ious)?",
    r"next",
    r"이전\s?글",
    r"다음\s?글",
    r"스크랩",
    r"인쇄",
    r"url\s?복사",
    r"top",
    r"이\s기사를\s스크랩\s하시겠습니까\??",
    r"\*?short\sversion",
    r"원문\s?(?:정보|바로\s?가기)",
    r"첨부\s?파일.*",
    # end marks, comments, related lists
    r"\(end\)",
    r"댓글\s?\d*",
    r"comments?\s?\(?\d*\)?",
    r"관련\s?기사",
    r"related\s(?:articles?|news|stories)",
    r"많이\s본\s기사",
    r"most\s(?:read|viewed|popular)",
    r"오늘의\s뉴스",
    r"hot\sphoto\snews",
    r"photo\s?:?.*yonhap.*",
    r"all\snews",
    r"[|•·▶>\-–—]+",
    # a PDF's page number ("- 2 -", "– 2 –", "Page 2 of 5"; a leading hyphen is stripped as a bullet first)
    r"[\-–—]?\s?\d{1,3}(?:\s?/\s?\d{1,3})?\s?[\-–—]",
    r"page\s\d{1,3}(?:\s(?:of|/)\s?\d{1,3})?",
    # government banners
    r"이\s누리집은\s대한민국\s공식\s전자정부\s누리집입니다\.?",
    r"전자정부.*누리집입니다\.?",
    r"담당\s?부서",
    r"작성자",
    r"연락처",
    r"제목",
    r"출처",
    r"발행일",
]
_LINE_PATTERNS = [
    # copyright and disclaimers anywhere on the line
    r"copyright\s?(?:©|\(c\)|ⓒ)?.*(?:all\srights\sreserved|무단|reserved)",
    r"all\srights\sreserved",
    r"저작권자\s?(?:©|\(c\)|ⓒ)",
    r"무단\s?전재.*(?:재배포|금지)",
    r"ⓒ\s?\S+",
    r"©\s?\S+",
    r"이\s자료는\s.*보도자료를\s전재하여\s제공함",
    # reporter lines: an e-mail address with little else
    r"^[^.]{0,60}[\w.-]+@[\w-]+\.[\w.]+[^.]{0,30}$",
    # photo captions and credits
    r"/\s?(?:courtesy\sof|yonhap|연합뉴스|뉴스1|news1|getty|afp|reuters)\b.*$",
    r"^\(?(?:yonhap|연합뉴스)\)?$",
    r"^\(사진=.*\)$",
    r"^\[(?:사진|그래픽|이미지|표)\s?[=:][^\]]*\]$",
    # a caption that ends on its credit ("… 살펴보고 있다. [사진=연합뉴스]", "… (사진=산업부 제공)")
    r"[.다]\s?[\[(<](?:사진|그래픽|이미지)\s?(?:[=:]|제공)[^\])>]{0,30}[\])>]\s*$",
    r"^\d{4}/\d{2}/\d{2}\s.*(?:yonhap|연합)",
    r"^(?:photo|사진)\s?[:=]",
    r"제공\s?$",
    r"^source\s?:\s?\w+$",
    r"\((?:yonhap|news1|afp|reuters|ap|연합뉴스|뉴스1)\)\s*$",
    # market strips anywhere on a line: an index or an exchange rate and its level
    r"\b(?:KOSPI|KOSDAQ|Nikkei|Sensex|Nasdaq|Hang\sSeng|Dow\sJones|S&P\s?500|USD/KRW)\s[\d,]+|(?:코스피|코스닥|원/달러)\s?[\d,]+",
    # bylines
    r"^(?:by\s)?[A-Z][a-z]+\s[A-Z][a-z]+\s(?:reporter|기자)$",
    r"^[가-힣]{2,4}\s?기자(?:\s?=)?$",
    r"^(?:입력|수정|승인|등록)\s?\d{4}[.-]\d{1,2}[.-]\d{1,2}.*$",
    # a byline with its time stamp ("머니투데이 김철수기자 | 입력 : 2016.07.13 11:00", "[이데일리 김철수 기자] 입력 …")
    r"^[^.]{0,40}(?:기자|reporter)\]?\s?(?:[|·/]\s?)?(?:입력|수정|승인|등록|posted|updated)\s?:?\s?"
    r"\d{4}[.-]\d{1,2}[.-]\d{1,2}[^.]{0,20}$",
]
# Every _LINE_PATTERNS match contains one of these (lower-cased): lines without any skip the slow scan
_LINE_PATTERN_MARKS = (
    "copyright",
    "rights",
    "저작권자",
    "무단",
    "ⓒ",
    "©",
    "자료는",
    "@",
    "/",
    "yonhap",
    "연합",
    "사진",
    "그래픽",
    "이미지",
    "photo",
    "제공",
    "source",
    "(",
    "reporter",
    "기자",
    "입력",
    "수정",
    "승인",
    "등록",
    "kospi",
    "kosdaq",
    "nikkei",
    "sensex",
    "nasdaq",
    "hang seng",
    "dow jones",
    "s&p",
    "usd/krw",
    "코스피",
    "코스닥",
    "원/달러",
)
_BULLETS = re.compile(r"^[\s•·▪◦‣∙*\-]+(?=\S)")
_WHOLE = re.compile(rf"^\s*(?:{'|'.join(_WHOLE_LINE)})\s*$", re.I)
_ANYWHERE = re.compile("|".join(_LINE_PATTERNS), re.I)
_FIGURE_SENTENCE = re.compile(
    r"(?:export|import|shipment|shipped|outbound|surplus|deficit|수출|수입|흑자|적자|ICT).{0,200}?"
    r"(?:\d[\d,.]*\s?(?:%|percent|per\scent|pct|억|조|billion|million|bln|mln|bn|퍼센트))",
    re.I,
)


_MENU_SEPARATOR = re.compile(r"\s*(?:\||>|›|»)\s*|\s{2,}")
_MENU_WORDS = frozenset(
    {
        *("share", "facebook", "twitter", "x", "kakao", "kakaotalk", "linkedin", "email", "e-mail", "print"),
        *("copy link", "copy url", "sign in", "log in", "login", "sign up", "subscribe", "register", "search"),
        *("menu", "home", "로그인", "회원가입", "구독", "검색", "전체메뉴", "전체 메뉴", "공유", "인쇄"),
    }
)
_TABLE_WORDS = re.compile(
    r"^(?:items?|values?|amounts?|change|yoy|regions?|countr(?:y|ies)|exports?|imports?|balance|total|share"
    r"|months?|periods?|categor(?:y|ies)|classification|division"  # "Month | Jan. | Feb.": a header's label
    r"|구분|품목|금액|증감률?|수출|수입|수지|국가|지역|합계|비중)$",
    re.I,
)


_ANY_DIGIT = re.compile(r"\d")
_MAY_BE_MENU = re.compile(r"[|>›»]|\s\s")
_CAPTION_MARKS = re.compile(r"[<(%]|단위|unit|ICT|\bIT\b|수출|수입|무역|export|import|trade", re.I)


def _menu_line(line: str) -> bool:
    """A line of short menu entries: a share bar ("Share  Facebook  X  Kakao  Copy link"), a menu or a
    breadcrumb ("National | Business | Tech", "Business > Tech"), never a table's header row."""
    if len(line) > 150 or _ANY_DIGIT.search(line) or not _MAY_BE_MENU.search(line):
        return False  # (every menu line has a separator: most lines are spared the split; a digit, the
        # quicker search, rules out most article lines first)
    parts = [part for part in _MENU_SEPARATOR.split(line) if part]
    if len(parts) < 2 or any(len(part) > 25 for part in parts):
        return False
    if any(part.lower() in _MENU_WORDS for part in parts):
        return True
    separated = any(mark in line for mark in ("|", ">", "›", "»"))
    if not separated or _CAPTION_MARKS.search(line):
        return False  # "<ICT 수출입 현황> (단위: 억불, %)" is a table's caption
    return not any(_TABLE_WORDS.match(part) for part in parts)


_BULLET_CHARACTERS = "•·▪◦‣∙*-"  # `_BULLETS` but white space


def without_bullets(line: str) -> str:
    """`_BULLETS.sub("", line)`, asked only of a line that opens with a bullet or white space (as each match does)."""
    first = line[:1]
    if first and (first.isspace() or first in _BULLET_CHARACTERS):
        return _BULLETS.sub("", line)
    return line


def is_boilerplate(line: str, over_cells: bool = False) -> bool:
    """True for a line of page furniture. Lines that state trade figures are always kept, and so is a line of
    short names over a row of cells (`over_cells`): "반도체 | 디스플레이 | 휴대폰" is then a table's header."""
    stripped = without_bullets(line).strip()
    if not stripped:
        return True
    if _WHOLE.match(stripped):
        return not _FIGURE_SENTENCE.search(stripped)
    if _menu_line(stripped):
        return not over_cells
    if not _may_match_anywhere(stripped):  # most article lines: neither slow scan below runs
        return False
    return not _FIGURE_SENTENCE.search(stripped) and bool(_ANYWHERE.search(stripped))


_ANY_MARK = re.compile("|".join(map(re.escape, _LINE_PATTERN_MARKS)))  # one search, not one `in` per mark


def _may_match_anywhere(line: str) -> bool:
    return _ANY_MARK.search(line.lower()) is not None


# The heading of a list of other articles: the headlines under it are links, not this article's text. A Korean
# paper may name itself before it ("아시아경제 관련기사", "아이뉴스24 인기기사"), and it may be a phrase ("이 기사와 관련된
# 기사"); English headings stand alone ("… imported more from China" is prose)
# a wire's running list of its latest stories ("[실시간 뉴스] …", "이 시각 주요뉴스"): headings, or one link's label
_KO_NEWS_LISTS = r"(?:실시간|이\s?시각)\s?(?:주요\s?|인기\s?|많이\s?본\s?)?(?:뉴스|헤드라인|기사)"
_KO_RELATED = (
    r"(?:[^\s\[【<〈(][^\s]{0,15}\s){0,2}?"
    r"(?:(?:이\s?기사와\s)?관련된?\s?(?:기사|뉴스)|많이\s본\s(?:기사|뉴스)|함께\s(?:보면\s좋은|볼만한)\s(?:기사|뉴스)"
    r"|추천\s?기사|주요\s?뉴스|인기\s?기사|최신\s?기사|다른\s?기사|이\s?기자의\s?다른\s?기사|카테고리(?:의\s?다른\s?글)?"
    rf"|{_KO_NEWS_LISTS}|(?:오늘의\s?)?핫\s?클릭|(?:랭킹|인기|추천|포토|헤드라인)\s?뉴스|pick!?)"
)
_EN_RELATED = (
    r"related(?:\s(?:articles?|news|stories|coverage|links|content))?|(?:most\s)?popular(?:\s(?:articles?|news|stories))?"
    r"|most\s(?:read|viewed)|more\s(?:stories|from\b.*)|top\sstories"
    r"|latest\s(?:news|stories)|other\s(?:news|articles|stories)(?:\sby\sthis\sreporter)?|also\sin\sthis\ssection"
    r"|editor'?s\spicks|trending(?:\snow)?|you\smay\salso\slike"
    r"|(?:top\s\d{1,2}\s)?most\s(?:popular|read|viewed)(?:\s(?:articles?|news|stories))?|top\s\d{1,2}(?:\s(?:news|stories))?"
    r"|more\sto\sread|read\smore|more\snews|recent\s(?:posts|articles|news|stories)|recommended(?:\s(?:articles|stories))?"
    r"|what\sto\sread\snext|don'?t\smiss|in\scase\syou\smissed\sit"
)
# one link to another article, labelled on its own line ("Previous article: ICT exports rise 6.4% in March",
# "다음기사 D램 고정거래가 12% 올라"): the headline is that article's
# ... or as a related story set between paragraphs ("Related: Chip exports hit a record", "▶ 관련기사: 반도체 …",
# "[관련기사] …", "See also: …")
_OTHER_ARTICLE_LINK = re.compile(
    r"^\s*(?:[▶▷►☞<>«»‹›]\s?)?(?:(?:previous|next|prev\.?|older|newer)(?:\s(?:article|story|post|news))?\s?:"
    r"|(?:related(?:\s(?:article|story|news|link|coverage))?|see\salso|also\sread|read\s(?:more|also))\s?:"
    r"|(?:이전|다음)\s?(?:기사|글|뉴스)\s?:?\s"
    rf"|[\[【<〈]?\s?(?:관련\s?(?:기사|뉴스)|추천\s?기사|{_KO_NEWS_LISTS})\s?(?:[\]】>〉]\s?|[:：]\s?|\s))",
    re.I,
)
_RELATED_HEADING = re.compile(
    rf"^\s*(?:[▶▷►☞■□◆◇●○]\s?)?[\[【<〈(]?\s*(?:{_KO_RELATED}|{_EN_RELATED})\s*[\]】>〉)]?\s*:?"
    r"(?:\s[^.\d]{0,12}\d{1,2}시[^.]{0,20}(?:기준|집계)[^.]{0,16}\.?)?\s*$",  # "랭킹 뉴스 오전 11시~정오까지 집계한 …"
    re.I,
)
_HEADLINE_LIKE = re.compile(r"^.{4,100}$")
_LIST_MARK = re.compile(r"^(?:[-–·•▶▷►◆■*]|\d{1,2}[.)])\s")  # a listed link may end in "Aug." all the same
# Korean headlines end in a plain "다" with no full stop ("올해 15% 늘어난다"); body sentences have one
_SENTENCE_END_UNDER_RELATED = re.compile(r"(?:[.!?。]|[\"”’])\s*$")


# A reader's comment: a handle and a time stamp on a line, the comment on the next; a dateline's label (a wire's
# filing time too, "송고시간 2024-07-12 11:00") is no handle
_COMMENT_AUTHOR = re.compile(
    r"^(?!(?i:updated|posted|published|modified|edited|(?:기사|최초|최종)?\s?(?:입력|수정|등록|승인)|송고(?:\s?시간)?)\b)"
    r"\S{2,30}\s{1,3}\d{4}[.-]\d{1,2}[.-]\d{1,2}\.?\s(?:오[전후]\s)?\d{1,2}:\d{2}(?::\d{2})?\s*$"
)


def comment_author(line: str) -> bool:
    """`_COMMENT_AUTHOR.match(line)`, asked only of a line with a colon (each has its time stamp's, "11:00")."""
    return ":" in line and _COMMENT_AUTHOR.match(line) is not None


# a line of prose: the story has begun, and a "handle  date time" line after it opens a reader's comment
_PROSE_END = re.compile(r"(?:[.!?]|다)[\s\"'”’)]*$")


# a row of a table's cells: "34.6(14.5↑) | 5.7(△9.5) | …"
_ROW_OF_CELLS = re.compile(r"\s*[△▲▼+\-−]?\d[\d,]*(?:\.\d+)?\s?(?:\([^()\n]{1,12}\))?\s*[|¦│┃\t]")


def strip_boilerplate(lines: list[str]) -> list[str]:
    kept: list[str] = []
    in_related = False
    after_author = False
    story_begun = False  # above the story, "누리경제  2024.06.14 08:10" is the outlet's dateline, not a commenter
    for index, line in enumerate(lines):
        if after_author or (story_begun and comment_author(line.strip())):
            after_author = not after_author  # the handle's line, then the comment's
            continue
        if _RELATED_HEADING.match(line):
            in_related = True
            continue
        if _OTHER_ARTICLE_LINK.match(line):
            continue
        if (
            in_related
            and _HEADLINE_LIKE.match(line.strip())
            and (not _SENTENCE_END_UNDER_RELATED.search(line) or _LIST_MARK.match(line.strip()))
        ):
            continue  # a headline listed under "관련기사"
        in_related = False
        over_cells = index + 1 < len(lines) and _ROW_OF_CELLS.match(lines[index + 1]) is not None
        if not is_boilerplate(line, over_cells):
            kept.append(line.strip())
            story_begun = story_begun or _PROSE_END.search(kept[-1]) is not None
    return kept
