"""A corpus of pages in many site styles, each with its known main text, for measuring the generic extractor
on layouts it was not written against (benchmarks/generic_extraction.py --corpus sites).

Every article of generic_texts.py is dressed in two or more site styles (modern news page with cookie
banner, share bar and related teasers; WordPress blog with sidebar widgets and comments; forum thread;
government board in a table layout; JavaScript app shell whose text is only in JSON-LD; two-column page
with long opinion teasers; article drowned in reader replies; Korean daily; EUC-KR legacy table page;
magazine with pull quotes and a newsletter box; press-wire release with a media contact; AMP-style page
with a recommendation widget). The furniture text is drawn from invented pools with a per-page seed, so the
corpus is the same on every run. The truth is the article's blocks only: no title, byline, captions,
teasers, comments (on a forum thread the posts are the content).

The pages split into two halves by a hash of their name: develop on "dev", check on "check".
"""

from __future__ import annotations

import html
import itertools
import json
import random
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.generic_texts import ARTICLES

HEADLINES = [
    "Night trains return to the eastern line after three years",
    "Council approves new cycle lanes downtown",
    "Shipbuilders report strongest order intake since 2011",
    "Why coffee prices keep climbing",
    "Five things to know before the tax filing deadline",
    "Rookie pitcher signs a record contract",
    "Tech giant delays smart glasses launch",
    "Fishermen protest new quota rules",
    "Opinion: the four-day week deserves a fair trial",
    "Airport adds self-service bag drop in terminal two",
    "Central bank holds rates, signals patience",
    "Streaming service raises prices for the second time",
    "Heat wave pushes power demand to a summer high",
    "University hospitals extend evening clinics",
    "How a village saved its last bakery",
    "Subway fares to rise by 150 won in autumn",
    "Gaming studio cuts staff after weak sales",
    "Farmers turn to drones for rice planting",
    "Chip stocks slip after a weak forecast",
    "Museum night tours sell out in minutes",
    "Electric bus fleet doubles in two years",
    "Exchange rate nears a two-year low",
]
TEASERS = [
    "The change will affect more than two million commuters who use the line every week, officials said, "
    "adding that timetables would be published online before the end of the month.",
    "Critics say the plan moves too fast and leaves small businesses without enough time to adapt to the "
    "new rules, while supporters argue that any delay would only raise the final cost.",
    "Analysts had expected a slower recovery, but strong demand from overseas buyers lifted results in every "
    "division, the company said in a statement on Friday.",
    "Residents gathered outside the district office on Tuesday morning, holding signs and asking for a public "
    "hearing before the construction permit is granted.",
    "The report, the first of its kind, followed 3,000 households for six years and tracked how their "
    "spending changed as prices rose faster than wages.",
    "After a long career abroad, she returned home last spring and has since rebuilt the team around young "
    "players from the local academy.",
]
COMMENTS = [
    "I have been saying this for years and nobody listened. Glad someone finally wrote it down properly, "
    "although I think the real problem is the lack of planning at the top.",
    "Great article, but you forgot to mention that the same thing happened in 2015 and nothing changed "
    "afterwards. Why would it be different this time?",
    "Does anyone know where the original numbers come from? I could not find the report on the official site.",
    "This is exactly what my neighbourhood needs. Thanks for covering local news that the big outlets ignore.",
    "Respectfully disagree. The costs are underestimated and somebody will have to pay for the difference later.",
    "My brother works there and says the staff found out about it from the news, not from management.",
]
KO_HEADLINES = [
    "지하철 심야 운행 다시 늘린다",
    "올해 김장 비용 지난해보다 낮아",
    "중소기업 수출 바우처 신청 시작",
    "도서관 주말 운영 시간 연장",
    "공공자전거 이용 100만 건 돌파",
    "겨울철 난방비 지원 대상 확대",
    "전통시장 온라인 배송 서비스 개시",
    "청년 월세 지원 두 배로",
]
KO_COMMENTS = [
    "좋은 기사 감사합니다. 다음 달 수치도 궁금하네요.",
    "작년과 비교한 표가 있으면 더 좋겠어요.",
    "현장 이야기가 더 있었으면 합니다.",
]
NAMES = ["Mina Seo", "Daniel Park", "Aiko Tanabe", "Jonas Weber", "Priya Nair", "Chris Holloway"]
KO_NAMES = ["김하늘", "박서준", "이도윤", "정예린"]


@dataclass(frozen=True)
class SitePage:
    name: str
    url: str
    html: bytes
    truth: str
    half: str  # "dev" | "check"


# -- the article's own blocks ------------------------------------------------------------------------


def truth_lines(article: dict) -> list[str]:
    lines: list[str] = []
    for block in article["blocks"]:
        if isinstance(block, str):
            lines.append(block)
        elif block[0] == "h":
            lines.append(block[1])
        elif block[0] == "ul":
            lines.extend(block[1])
        elif block[0] == "table":
            lines.extend(" ".join(row) for row in block[1])
    return lines


def blocks_html(article: dict, paragraph: str = "<p>{}</p>", extra: Callable[[int], str] | None = None) -> str:
    """The article's blocks as HTML; `extra(i)` is inserted after paragraph i (ads, read-more links)."""
    out = []
    for i, block in enumerate(article["blocks"]):
        if isinstance(block, str):
            out.append(paragraph.format(html.escape(block)))
        elif block[0] == "h":
            out.append(f"<h2>{html.escape(block[1])}</h2>")
        elif block[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in block[1]) + "</ul>")
        elif block[0] == "table":
            rows = block[1]
            head = "".join(f"<th>{html.escape(cell)}</th>" for cell in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
            out.append(f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
        if extra is not None:
            out.append(extra(i))
    return "\n".join(out)


def plain_text(article: dict) -> str:
    return "\n\n".join(truth_lines(article))


# -- furniture ----------------------------------------------------------------------------------------


def nav(rng: random.Random, ko: bool = False) -> str:
    """A site menu: sections with their sub-sections, as news sites' mega menus have (30-80 links)."""
    words = (
        ["정치", "경제", "사회", "국제", "IT·과학", "문화", "스포츠", "오피니언", "포토", "영상"]
        if ko
        else ["Politics", "Business", "Tech", "World", "Culture", "Sports", "Opinion", "Video", "Podcasts", "Markets"]
    )
    subs = (
        ["전체", "정책", "산업", "금융", "부동산", "증권", "해설"]
        if ko
        else ["Latest", "Analysis", "Economy", "Companies", "Startups", "Explainers", "Data"]
    )
    rng.shuffle(words)
    items = []
    for i, word in enumerate(words[: rng.randint(5, 10)]):
        children = "".join(f'<li><a href="/{i}/{j}">{sub}</a></li>' for j, sub in enumerate(rng.sample(subs, 5)))
        items.append(f'<li><a href="/{i}">{word}</a><ul class="sub">{children}</ul></li>')
    return f'<ul class="menu">{"".join(items)}</ul>'


def teaser_cards(rng: random.Random, count: int, with_text: bool = True, ko: bool = False) -> str:
    pool = KO_HEADLINES if ko else HEADLINES
    cards = []
    for title in rng.sample(pool, min(count, len(pool))):
        text = f"<p>{rng.choice(TEASERS)}</p>" if with_text and not ko else ""
        cards.append(f'<div class="card"><a href="/story/{rng.randrange(10**6)}"><h3>{title}</h3></a>{text}</div>')
    return "".join(cards)


def comment_list(rng: random.Random, count: int, css: str = "comment", ko: bool = False) -> str:
    pool = KO_COMMENTS if ko else COMMENTS
    items = []
    for text in rng.sample(pool, min(count, len(pool))):
        items.append(
            f'<li class="{css}"><div class="{css}-author">{rng.choice(KO_NAMES if ko else NAMES)}</div>'
            f'<div class="{css}-date">3 days ago</div><div class="{css}-body"><p>{text}</p></div>'
            '<a class="reply" href="#">Reply</a></li>'
        )
    return "".join(items)


def footer(rng: random.Random, ko: bool = False) -> str:
    if ko:
        return (
            "<footer><p>주소: 서울특별시 중구 예시로 12 | 등록번호: 서울 아 00000 | 발행인: 홍길동</p>"
            "<p>Copyright © 예시일보. All rights reserved.</p></footer>"
        )
    cols = "".join(
        f'<div class="col"><h4>{h}</h4><ul>' + "".join(f"<li><a href='#'>{w}</a></li>" for w in ws) + "</ul></div>"
        for h, ws in (
            ("About", ["Our team", "Careers", "Ethics policy"]),
            ("Help", ["Contact us", "Subscribe", "Manage account"]),
            ("Legal", ["Terms of use", "Privacy", "Cookie settings"]),
        )
    )
    return f'<footer class="site-footer">{cols}<p>© 2024 Example Media Group. All rights reserved.</p></footer>'


def scripts(rng: random.Random) -> str:
    """The weight real pages carry besides text: inline CSS, an app-state JSON blob, SVG icons, a tracker
    comment; sizes vary per page (real article pages are mostly markup, 100-500 KB for 5 KB of text)."""
    css = "".join(
        f".c{i}{{margin:{i % 7}px {i % 5}em;color:#{rng.randrange(16**6):06x}}}" for i in range(rng.randint(50, 400))
    )
    state = json.dumps(
        {
            "items": [
                {
                    "id": rng.randrange(10**8),
                    "slug": f"story-{i}",
                    "title": rng.choice(HEADLINES),
                    "tags": ["news", "economy"],
                    "views": rng.randrange(10**5),
                }
                for i in range(rng.randint(20, 150))
            ]
        }
    )
    icon = (
        '<svg viewBox="0 0 24 24" class="icon"><path d="M12 2L2 7l10 5 10-5-10-5zm0 7.5L4.5 6 12 2.5 '
        '19.5 6 12 9.5zM2 17l10 5 10-5M2 12l10 5 10-5"/></svg>'
    )
    return (
        f"<style>{css}</style><script>window.__STATE__={state};</script>"
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'page':'article','id':"
        f"{rng.randrange(10**6)}}});</script><script src='/static/app.{rng.randrange(10**4)}.js'></script>"
        f"<!-- cache node {rng.randrange(100)} -->" + icon * rng.randint(5, 30)
    )


def head(title: str, extra: str = "", charset: str = "utf-8", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{html.escape(title)} | Example'
        f'</title><meta property="og:title" content="{html.escape(title)}">{extra}</head>'
    )


# -- site styles -------------------------------------------------------------------------------------


def news_modern(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    more = rng.choice(KO_HEADLINES if ko else HEADLINES)

    def extra(i: int) -> str:
        if i == 1:
            return '<div class="ad-slot"><span>Advertisement</span></div>'
        if i == 2:
            return f'<p class="read-more"><strong>Read more:</strong> <a href="/x">{more}</a></p>'
        return ""

    return (
        head(article["title"], lang=article["lang"])
        + '<body class="article-page">'
        + scripts(rng)
        + '<div id="cookie-banner"><p>We use cookies to improve your experience, to show you personalised '
        "content and to analyse our traffic. By clicking accept you agree to our use of cookies.</p>"
        "<button>Accept all</button><button>Settings</button></div>"
        f'<header><a class="logo" href="/">The Example Times</a><nav>{nav(rng, ko)}</nav></header>'
        '<div class="breadcrumb"><a href="/">Home</a> › <a href="/business">Business</a></div>'
        f"<main><article><h1>{html.escape(article['title'])}</h1>"
        f'<div class="byline">By {rng.choice(NAMES)} · <time datetime="2024-10-14">October 14, 2024</time></div>'
        '<figure><img src="/img/lead.jpg" alt=""><figcaption>A file photo from last year. (Example Photo '
        "Agency)</figcaption></figure>"
        f'<div class="article-body">{blocks_html(article, extra=extra)}</div>'
        '<div class="share-tools"><a>Facebook</a><a>X</a><a>Copy link</a></div>'
        '<div class="tags"><a href="#">economy</a><a href="#">industry</a></div></article>'
        f'<section class="related"><h2>Related stories</h2>{teaser_cards(rng, 4, ko=ko)}</section></main>'
        f"{footer(rng, ko)}</body></html>"
    )


def blog_wordpress(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    widgets = "".join(f"<li><a href='#'>{t}</a></li>" for t in rng.sample(KO_HEADLINES if ko else HEADLINES, 5))
    return (
        head(article["title"], lang=article["lang"])
        + '<body class="post-template single has-sidebar">'
        + scripts(rng)
        + '<div id="page" class="site"><header id="masthead"><p class="site-title">Notes from the '
        'Workbench</p><p class="site-description">Small projects, long explanations</p>'
        f'<nav id="site-navigation">{nav(rng, ko)}</nav></header><div id="content" class="site-content">'
        f'<div id="primary"><main id="main"><article class="post hentry"><header class="entry-header">'
        f'<h1 class="entry-title">{html.escape(article["title"])}</h1><div class="entry-meta">Posted on '
        "March 3, 2024 by admin</div></header>"
        f'<div class="entry-content">{blocks_html(article)}</div>'
        '<footer class="entry-footer">Filed under <a href="#">Notes</a></footer></article>'
        '<div class="author-bio"><h2>About the author</h2><p>Writes about tools, food and the occasional '
        "gadget from a small flat with a big balcony.</p></div>"
        f'<div id="comments" class="comments-area"><h2>{rng.randint(2, 9)} thoughts</h2>'
        f'<ol class="comment-list">{comment_list(rng, 3, ko=ko)}</ol><div id="respond"><h3>Leave a reply</h3>'
        "<form><textarea></textarea><p>Your email address will not be published.</p></form></div></div>"
        '</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2>'
        f'<ul>{widgets}</ul></section><section class="widget"><h2>Archives</h2><ul><li>April 2024</li>'
        "<li>March 2024</li><li>February 2024</li></ul></section></aside></div>"
        f"{footer(rng, ko)}</div></body></html>"
    )


def forum_thread(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    posts = []
    for i, text in enumerate(article["blocks"]):
        user = rng.choice(KO_NAMES if ko else NAMES)
        posts.append(
            f'<div class="post" id="post{i}"><div class="postauthor"><b>{user}</b><br>Joined: 2019'
            f'<br>Posts: {rng.randint(3, 900)}</div><div class="postbody"><div class="content">'
            f'{html.escape(text)}</div><div class="signature">-- sent from my desk</div></div>'
            '<div class="postfoot"><a>Quote</a> <a>Reply</a> <a>Report</a></div></div>'
        )
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": article["title"],
            "author": {"@type": "Person", "name": "member"},
        },
        ensure_ascii=False,
    )
    return (
        head(article["title"], f'<script type="application/ld+json">{jsonld}</script>', lang=article["lang"])
        + "<body>"
        + scripts(rng)
        + f'<div id="header"><a href="/">Home Network Forum</a>{nav(rng, ko)}</div>'
        '<div class="navbar">Board index » Hardware » Routers</div>'
        f'<h2 class="topic-title">{html.escape(article["title"])}</h2><div class="pagination">Page 1 of 1</div>'
        f'<div id="posts">{"".join(posts)}</div><div class="quick-reply"><textarea></textarea>'
        '<button>Post reply</button></div><div class="stats">Who is online: 3 members and 41 guests</div>'
        '<div id="footer">Powered by an example board engine</div></body></html>'
    )


def gov_board(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    labels = (
        ("제목", "작성일", "조회수", "첨부파일", "이전글", "다음글", "목록")
        if ko
        else ("Title", "Date", "Views", "Attachment", "Previous", "Next", "List")
    )
    menu = "".join(
        f"<li><a href='#'>{w}</a></li>"
        for w in (
            ["인사말", "조직도", "보도자료", "공지사항", "정책브리핑", "자료실"]
            if ko
            else ["Greetings", "Organization", "Press releases", "Notices", "Policy briefing", "Library"]
        )
    )
    body = blocks_html(article, paragraph="{}<br><br>")
    return (
        head(article["title"], lang=article["lang"])
        + "<body>"
        + scripts(rng)
        + f'<div id="skip"><a href="#content">{"본문 바로가기" if ko else "Skip to content"}</a></div>'
        '<div class="gov-banner">This is an official website of the government.</div>'
        f'<div id="gnb">{nav(rng, ko)}</div><div id="wrap"><div id="lnb"><h2>News</h2><ul>{menu}</ul></div>'
        '<div id="content"><h3 class="sub_title">Press Releases</h3><table class="board_view">'
        f'<tr><th>{labels[0]}</th><td colspan="3">{html.escape(article["title"])}</td></tr>'
        f"<tr><th>{labels[1]}</th><td>2024-10-14</td><th>{labels[2]}</th><td>{rng.randint(100, 5000)}</td></tr>"
        f'<tr><th>{labels[3]}</th><td colspan="3"><a href="#">release_{rng.randint(1, 99)}.hwp</a> '
        f'<a href="#">release.pdf</a></td></tr><tr><td colspan="4" class="view_cont">{body}</td></tr></table>'
        f'<table class="board_nav"><tr><th>{labels[4]}</th><td><a href="#">{rng.choice(HEADLINES)}</a></td></tr>'
        f'<tr><th>{labels[5]}</th><td><a href="#">{rng.choice(HEADLINES)}</a></td></tr></table>'
        f'<div class="btn"><a href="#">{labels[6]}</a></div></div></div>'
        '<div id="footer"><p>(30121) 477 Galmae-ro, Sejong-si · Tel 044-000-0000</p></div></body></html>'
    )


def app_shell(article: dict, rng: random.Random) -> str:
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article["title"],
            "datePublished": "2024-10-14T09:00:00+09:00",
            "articleBody": plain_text(article),
        },
        ensure_ascii=False,
    )
    return (
        head(article["title"], f'<script type="application/ld+json">{jsonld}</script>', lang=article["lang"])
        + '<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>'
        + scripts(rng)
        + '<div class="app-footer">Download our app for the best experience.</div></body></html>'
    )


def two_columns(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    opinions = "".join(
        f'<div class="opinion"><h3>{h}</h3><p>{t} {u}</p><span class="author">{n}</span></div>'
        for h, t, u, n in zip(
            rng.sample(HEADLINES, 3), rng.sample(TEASERS, 3), rng.sample(TEASERS, 3), rng.sample(NAMES, 3), strict=True
        )
    )
    most = "".join(f"<li><a href='#'>{h}</a></li>" for h in rng.sample(KO_HEADLINES if ko else HEADLINES, 5))
    return (
        head(article["title"], lang=article["lang"])
        + "<body>"
        + scripts(rng)
        + f'<div class="top-bar">{nav(rng, ko)}</div><div class="container"><div class="row">'
        f'<div class="col-md-8 main-col"><h1>{html.escape(article["title"])}</h1>'
        f'<p class="meta">{rng.choice(NAMES)} | 14 Oct 2024</p><div class="story">{blocks_html(article)}</div>'
        '</div><div class="col-md-4 right-col"><div class="box"><h2>Opinion</h2>'
        f'{opinions}</div><div class="box"><h2>Most read</h2><ol>{most}</ol></div></div></div></div>'
        f"{footer(rng, ko)}</body></html>"
    )


def reader_replies(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    replies = "".join(
        f'<article class="reply-item"><header>{rng.choice(NAMES)} wrote:</header><p>{text} '
        f"{rng.choice(COMMENTS)}</p></article>"
        for text in rng.sample(COMMENTS, 5)
    )
    return (
        head(article["title"], lang=article["lang"])
        + "<body>"
        + scripts(rng)
        + f'<header>{nav(rng, ko)}</header><div class="wrapper"><div class="post">'
        f'<h1>{html.escape(article["title"])}</h1><div class="post-text">{blocks_html(article)}</div></div>'
        f'<section class="user-replies"><h2>Reader responses ({rng.randint(5, 60)})</h2>{replies}'
        '<a href="#">Load more responses</a></section></div>' + footer(rng, ko) + "</body></html>"
    )


def korean_daily(article: dict, rng: random.Random) -> str:
    reporter = rng.choice(KO_NAMES)
    body = "<br><br>".join(html.escape(line) for line in truth_lines(article))
    related = "".join(f"<li><a href='#'>{h}</a></li>" for h in rng.sample(KO_HEADLINES, 3))
    popular = "".join(f"<li><a href='#'>{h}</a></li>" for h in rng.sample(KO_HEADLINES, 5))
    return (
        head(article["title"], lang="ko")
        + "<body>"
        + scripts(rng)
        + f'<div id="header"><h1 class="logo">예시일보</h1>{nav(rng, True)}</div><div id="container">'
        f'<div class="article-head"><h2>{html.escape(article["title"])}</h2>'
        '<p class="info">입력 2024.10.14 09:12 | 수정 2024.10.14 10:05</p>'
        '<div class="util"><a>글자크기</a><a>인쇄</a><a>공유하기</a></div></div>'
        f'<div id="article-view-content-div" itemprop="articleBody">{body}<br><br>'
        f"{reporter} 기자 reporter{rng.randint(1, 99)}@example.co.kr</div>"
        '<p class="copyright">&lt;저작권자 © 예시일보 무단전재 및 재배포 금지&gt;</p>'
        f'<div class="relation"><h3>관련기사</h3><ul>{related}</ul></div>'
        f'<div class="ranking"><h3>많이 본 뉴스</h3><ol>{popular}</ol></div>'
        f'<div class="comments"><h3>댓글 3</h3><ul>{comment_list(rng, 3, ko=True)}</ul></div></div>'
        f"{footer(rng, True)}</body></html>"
    )


def euc_kr_legacy(article: dict, rng: random.Random) -> str:
    """Encoded as EUC-KR by the caller; a 2000s table layout with <font> everywhere."""
    lines = "<br>\n".join(f'<font size="2" face="굴림">{html.escape(line)}</font><br>' for line in truth_lines(article))
    menu = "".join(
        f'<tr><td><font size="2"><a href="#">{w}</a></font></td></tr>'
        for w in ["회사소개", "뉴스", "자료실", "게시판", "고객센터"]
    )
    return (
        head(article["title"], charset="euc-kr", lang="ko")
        + '<body leftmargin="0" topmargin="0">'
        + '<table width="900" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2">'
        '<img src="/img/top.gif" usemap="#top"><map name="top"><area href="/" alt="홈"></map></td></tr>'
        f'<tr><td width="160" valign="top"><table>{menu}</table></td><td valign="top">'
        f'<table width="100%"><tr><td><font size="4"><b>{html.escape(article["title"])}</b></font></td></tr>'
        '<tr><td><font size="2" color="gray">등록일 : 2009-05-12 조회 : 1023</font></td></tr>'
        f"<tr><td>{lines}</td></tr></table>"
        '<table><tr><td><a href="#">[목록]</a> <a href="#">[이전글]</a> <a href="#">[다음글]</a></td></tr></table>'
        '</td></tr><tr><td colspan="2"><font size="1">Copyright ⓒ 2009 예시정보통신. All rights reserved.</font>'
        "</td></tr></table></body></html>"
    )


def magazine(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    first_sentence = truth_lines(article)[0].split(". ")[0]

    def extra(i: int) -> str:
        if i == 0:
            return f'<blockquote class="pullquote"><p>“{html.escape(first_sentence)}”</p></blockquote>'
        if i == 2:
            return (
                '<div class="newsletter-signup"><h4>Get the weekly briefing</h4><p>Our editors pick the stories '
                'that matter, every Friday in your inbox.</p><form><input type="email"><button>Sign up</button>'
                "</form></div>"
            )
        return ""

    return (
        head(article["title"], lang=article["lang"])
        + "<body>"
        + scripts(rng)
        + f'<div class="masthead">The Example Review {nav(rng, ko)}</div><div class="layout">'
        f'<div class="article-wrapper"><h1 class="headline">{html.escape(article["title"])}</h1>'
        f'<p class="standfirst">{rng.choice(TEASERS)}</p><p class="author">Words: {rng.choice(NAMES)}</p>'
        f'<div class="article-content">{blocks_html(article, extra=extra)}</div>'
        '<p class="continue">Continue reading below</p></div>'
        f'<div class="more-from"><h2>More from the Review</h2>{teaser_cards(rng, 3, ko=ko)}</div></div>'
        f"{footer(rng, ko)}</body></html>"
    )


def press_wire(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    return (
        head(article["title"], lang=article["lang"])
        + "<body>"
        + scripts(rng)
        + f'<div class="wire-header"><a href="/">Example Newswire</a>{nav(rng, ko)}</div>'
        '<div class="release"><p class="release-type">Press release</p>'
        f'<h1>{html.escape(article["title"])}</h1><p class="dateline">NEWS PROVIDED BY Example Corp · '
        f'Oct 14, 2024, 09:00 ET</p><section class="release-body">{blocks_html(article)}</section>'
        f'<div class="media-contact"><p>Media contact: {rng.choice(NAMES)}, press@example-corp.com, '
        '+1 555 0100</p></div><p class="source">SOURCE Example Corp</p></div>'
        f'<div class="also-from"><h3>Also from this source</h3>{teaser_cards(rng, 3, with_text=False)}</div>'
        '<div class="social"><a>LinkedIn</a><a>Facebook</a><a>X</a></div>' + footer(rng, ko) + "</body></html>"
    )


def amp_like(article: dict, rng: random.Random) -> str:
    ko = article["lang"] == "ko"
    recommended = "".join(
        f'<div class="rec"><amp-img src="/r{i}.jpg"></amp-img><a href="#">{h}</a></div>'
        for i, h in enumerate(rng.sample(KO_HEADLINES if ko else HEADLINES, 6))
    )
    return (
        head(article["title"], '<link rel="canonical" href="/x">', lang=article["lang"])
        + "<body>"
        + '<amp-analytics type="gtag"><script type="application/json">{"vars":{"id":"X"}}</script>'
        f'</amp-analytics><div class="amp-header"><a href="/">Example News</a></div><div class="amp-article">'
        f'<h1>{html.escape(article["title"])}</h1><amp-img src="/lead.jpg" layout="responsive"></amp-img>'
        f'<div class="article-content">{blocks_html(article)}</div></div>'
        f'<div class="recommended"><h2>Recommended for you</h2>{recommended}</div>'
        '<div class="sticky-ad">Advertisement</div><div class="amp-footer">Example News · View full site'
        "</div></body></html>"
    )


def aspnet_form(article: dict, rng: random.Random) -> str:
    """A WebForms site: the whole page, article included, sits inside one <form>."""
    ko = article["lang"] == "ko"
    side = "".join(f"<li><a href='#'>{h}</a></li>" for h in rng.sample(KO_HEADLINES if ko else HEADLINES, 4))
    return (
        head(article["title"], lang=article["lang"]) + '<body><form method="post" action="./view.aspx?id=7" '
        'id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzM2Mjk2OTs7Pg==">'
        + scripts(rng)
        + f'<div id="ctl00_header">{nav(rng, ko)}</div><div id="ctl00_body"><div class="left">'
        f'<h3>Latest</h3><ul>{side}</ul></div><div id="ctl00_ContentPlaceHolder1_pnlView" class="view">'
        f'<h1>{html.escape(article["title"])}</h1><span class="date">2024-10-14</span>'
        f'<div class="txt">{blocks_html(article)}</div></div></div>'
        '<div id="ctl00_footer"><p>Customer centre 1588-0000 · Terms · Privacy</p></div></form></body></html>'
    )


def sidebar_layout(article: dict, rng: random.Random) -> str:
    """Utility-class layout: the column holding the article is itself named after the sidebar and the share
    widget it makes room for, and the lead paragraph is styled as a teaser."""
    ko = article["lang"] == "ko"
    lines = blocks_html(article).split("\n")
    lead = lines[0].replace("<p>", '<p class="article-teaser">', 1)
    popular = "".join(f"<li><a href='#'>{h}</a></li>" for h in rng.sample(KO_HEADLINES if ko else HEADLINES, 5))
    return (
        head(article["title"], lang=article["lang"])
        + '<body class="l-page">'
        + scripts(rng)
        + f'<header class="l-header">{nav(rng, ko)}</header><div class="l-container l-container--with-sidebar">'
        '<div class="l-main has-share-rail"><div class="share-rail"><a>Share</a><a>Save</a></div>'
        f'<article class="c-article"><h1 class="c-article__title">{html.escape(article["title"])}</h1>'
        f'<div class="c-article__body">{lead}{"".join(lines[1:])}</div></article></div>'
        f'<div class="l-sidebar"><h2>Popular now</h2><ol>{popular}</ol><div class="c-teaser">'
        f"<h3>{rng.choice(HEADLINES)}</h3><p>{rng.choice(TEASERS)}</p></div></div></div>"
        f"{footer(rng, ko)}</body></html>"
    )


STYLES: dict[str, Callable[[dict, random.Random], str]] = {
    "news_modern": news_modern,
    "blog_wordpress": blog_wordpress,
    "gov_board": gov_board,
    "app_shell": app_shell,
    "two_columns": two_columns,
    "reader_replies": reader_replies,
    "magazine": magazine,
    "press_wire": press_wire,
    "amp_like": amp_like,
    "aspnet_form": aspnet_form,
    "sidebar_layout": sidebar_layout,
    "korean_daily": korean_daily,
    "euc_kr_legacy": euc_kr_legacy,
    "forum_thread": forum_thread,
}
KOREAN_ONLY = {"korean_daily", "euc_kr_legacy"}
EVERY_LANGUAGE = [s for s in STYLES if s not in KOREAN_ONLY and s != "forum_thread"]


STYLES_PER_ARTICLE = 3
# Korean articles meet the Korean layouts twice as often as the others
KOREAN_ROTATION = [style for pair in zip(EVERY_LANGUAGE, [*sorted(KOREAN_ONLY)] * 5, strict=False) for style in pair]


def build_pages() -> list[SitePage]:
    """Each article in the next three styles of its language's rotation; each style's pages alternate
    between the halves, so both halves hold every style and different articles."""
    rotations = {"en": itertools.cycle(EVERY_LANGUAGE), "ko": itertools.cycle(KOREAN_ROTATION)}
    seen: Counter[str] = Counter()
    pages = []
    for article in ARTICLES:
        styles = (
            ["forum_thread"]
            if article.get("forum")
            else [next(rotations[article["lang"]]) for _ in range(STYLES_PER_ARTICLE)]
        )
        for style in styles:
            name = f"{style}__{article['key']}"
            markup = STYLES[style](article, random.Random(zlib.crc32(name.encode())))
            body = markup.encode("euc-kr" if style == "euc_kr_legacy" else "utf-8")
            half = ("dev", "check")[seen[style] % 2]
            seen[style] += 1
            url = f"https://www.example-{style.replace('_', '-')}.com/articles/{article['key']}"
            pages.append(SitePage(name, url, body, plain_text(article), half))
    return pages
