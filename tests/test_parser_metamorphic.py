"""Metamorphic tests: one set of figures, written the many ways releases and news write them, must come
back as the same facts; and spacing, non-breaking spaces, full-width digits or sentences glued without a
space must change nothing.

The figures are made up. Each template renders some of them in its own order and phrasing (respectively,
parentheses, cause clauses, a headline and a body, paragraph breaks, 억 and 억불 amounts, △ signs), and
says which facts it rendered; the parser must return exactly those.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from datetime import date

import pytest

from scraper.parser import parse

PUBLISHED = date(2024, 7, 15)
JUNE = "2024-06"
Key = tuple[str, str, str, str]
Numbers = tuple[float | None, float | None, float | None]

# name: (flow, item, region, value_usd, yoy_pct)
FIGURES: dict[str, tuple[str, str, str, float, float]] = {
    "e": ("export", "ict", "world", 19.84e9, 8.7),
    "i": ("import", "ict", "world", 11.26e9, 3.1),
    "b": ("balance", "ict", "world", 8.58e9, 0.0),
    "s": ("export", "semiconductors", "world", 11.02e9, 14.3),
    "d": ("export", "displays", "world", 1.61e9, -6.2),
    "p": ("export", "mobile_phones", "world", 0.93e9, 2.4),
    "c": ("export", "ict", "china", 8.31e9, 5.5),
    "u": ("export", "ict", "us", 2.47e9, 12.9),
    "v": ("export", "ict", "vietnam", 2.66e9, -1.8),
}


def usd(name: str) -> str:
    value = FIGURES[name][3]
    return f"${value / 1e9:.2f} billion" if value >= 1e9 else f"${value / 1e6:.0f} million"


def pct(name: str) -> str:
    return f"{abs(FIGURES[name][4])}"


def won(name: str) -> str:
    """Korean amount: 198억4000만달러."""
    hundred_millions, rest = divmod(round(FIGURES[name][3] / 1e4), 10_000)
    return f"{hundred_millions}억{rest}만달러" if rest else f"{hundred_millions}억달러"


def eok(name: str) -> str:
    """Korean release style: 198.4억불."""
    return f"{FIGURES[name][3] / 1e8:.1f}억불"


Template = tuple[str, Callable[[], str], dict[str, tuple[bool, bool]]]  # id, text, name -> (value?, yoy?)
V, Y, VY = (True, False), (False, True), (True, True)

ENGLISH: list[Template] = [
    (
        "en-lead",
        lambda: (
            f"South Korea's ICT exports rose {pct('e')}% on-year to {usd('e')} in June, while imports "
            f"increased {pct('i')}% to {usd('i')}, leaving a surplus of {usd('b')}."
        ),
        {"e": VY, "i": VY, "b": V},
    ),
    (
        "en-two-sentences",
        lambda: (
            f"ICT exports in June totaled {usd('e')}, up {pct('e')} percent from a year earlier. "
            f"Imports came to {usd('i')}, up {pct('i')} percent."
        ),
        {"e": VY, "i": VY},
    ),
    (
        "en-headline-body",
        lambda: (
            f"ICT exports up {pct('e')}% in June\nOutbound shipments of ICT goods reached "
            f"{usd('e')} last month, the ministry said."
        ),
        {"e": VY},
    ),
    (
        "en-respectively",
        lambda: f"ICT exports and imports stood at {usd('e')} and {usd('i')}, respectively, in June.",
        {"e": V, "i": V},
    ),
    (
        "en-parentheses",
        lambda: (
            f"ICT exports grew {pct('e')}% to {usd('e')} in June. By item, semiconductors "
            f"({usd('s')}, up {pct('s')}%) and mobile phones ({usd('p')}, up {pct('p')}%) rose, while displays "
            f"({usd('d')}, down {pct('d')}%) fell."
        ),
        {"e": VY, "s": VY, "p": VY, "d": VY},
    ),
    (
        "en-cause-clauses",
        lambda: (
            f"Chip exports climbed {pct('s')} percent to {usd('s')} in June on robust demand for "
            f"servers, while display exports slid {pct('d')} percent to {usd('d')} due to weak TV sales."
        ),
        {"s": VY, "d": VY},
    ),
    (
        "en-destinations",
        lambda: (
            f"By destination, exports to China gained {pct('c')}% to {usd('c')} and those to the "
            f"U.S. jumped {pct('u')}% to {usd('u')}."
        ),
        {"c": VY, "u": VY},
    ),
    ("en-vietnam", lambda: f"Shipments to Vietnam edged down {pct('v')} percent to {usd('v')}.", {"v": VY}),
    ("en-period-first", lambda: f"In June, ICT exports advanced {pct('e')}% year-on-year to {usd('e')}.", {"e": VY}),
    (
        "en-balance-first",
        lambda: f"The ICT trade surplus reached {usd('b')} in June as exports rose {pct('e')}% to {usd('e')}.",
        {"b": V, "e": VY},
    ),
    (
        "en-dateline",
        lambda: (
            f"SEOUL, July 15 (Yonhap) -- South Korea's exports of information and communications "
            f"technology (ICT) products rose {pct('e')} percent in June from a year earlier to {usd('e')}, data showed "
            "Monday."
        ),
        {"e": VY},
    ),
    ("en-million", lambda: f"Mobile phone exports rose {pct('p')} percent to {usd('p')}.", {"p": VY}),
    (
        "en-paragraphs",
        lambda: f"ICT exports grew {pct('e')}% to {usd('e')} in June.\n\nImports were up {pct('i')}% at {usd('i')}.",
        {"e": VY, "i": VY},
    ),
    (
        "en-apposition",
        lambda: f"Exports of semiconductors, the country's biggest ICT item, rose {pct('s')}% to {usd('s')}.",
        {"s": VY},
    ),
    (
        "en-comma-before-value",
        lambda: f"Outbound shipments of displays fell {pct('d')} percent, to {usd('d')}.",
        {"d": VY},
    ),
    ("en-imports", lambda: f"Imports of ICT goods rose {pct('i')}% to {usd('i')} in June.", {"i": VY}),
    (
        "en-partner-us",
        lambda: f"ICT exports to the United States increased {pct('u')} percent to {usd('u')}.",
        {"u": VY},
    ),
    (
        "en-value-of",
        lambda: (
            f"The value of ICT exports was {usd('e')} in June, a {pct('e')} percent increase over "
            "the same month last year."
        ),
        {"e": VY},
    ),
    (
        "en-respectively-partners",
        lambda: (
            f"Exports to China and the U.S. rose {pct('c')}% and {pct('u')}%, "
            f"respectively, to {usd('c')} and {usd('u')}."
        ),
        {"c": VY, "u": VY},
    ),
    (
        "en-lines",
        lambda: f"ICT exports: {usd('e')} (up {pct('e')}%)\nICT imports: {usd('i')} (up {pct('i')}%)",
        {"e": VY, "i": VY},
    ),
    ("en-verb-first", lambda: f"Semiconductors led the gains, with exports up {pct('s')}% at {usd('s')}.", {"s": VY}),
]

KOREAN: list[Template] = [
    (
        "ko-lead",
        lambda: (
            f"6월 ICT 수출은 {won('e')}로 전년 동월 대비 {pct('e')}% 증가했다. 수입은 {won('i')}로 {pct('i')}% 늘었다."
        ),
        {"e": VY, "i": VY},
    ),
    (
        "ko-totals",
        lambda: (
            f"6월 정보통신산업(ICT) 수출액은 {won('e')}, 수입액은 {won('i')}, 무역수지는 {won('b')} 흑자로 집계됐다."
        ),
        {"e": V, "i": V, "b": V},
    ),
    ("ko-cause", lambda: f"ICT 수출은 반도체 호조에 힘입어 {pct('e')}% 증가한 {won('e')}를 기록했다.", {"e": VY}),
    (
        "ko-item-parentheses",
        lambda: (
            f"6월 ICT 수출은 {won('e')}였다. 품목별로는 반도체({won('s')}, {pct('s')}%↑), "
            f"디스플레이({won('d')}, {pct('d')}%↓), 휴대폰({won('p')}, {pct('p')}%↑)이었다."
        ),
        {"e": V, "s": VY, "d": VY, "p": VY},
    ),
    (
        "ko-two-clauses",
        lambda: f"반도체 수출은 {won('s')}로 {pct('s')}% 늘었고, 디스플레이는 {won('d')}로 {pct('d')}% 줄었다.",
        {"s": VY, "d": VY},
    ),
    (
        "ko-partners",
        lambda: (
            f"국가별로는 중국(홍콩 포함)이 {won('c')}로 {pct('c')}% 늘었고 미국은 {won('u')}로 {pct('u')}% 증가했다."
        ),
        {"c": VY, "u": VY},
    ),
    ("ko-vietnam", lambda: f"베트남 수출은 {won('v')}로 {pct('v')}% 감소했다.", {"v": VY}),
    (
        "ko-headline-body",
        lambda: f"6월 ICT 수출 {pct('e')}%↑\n과학기술정보통신부는 15일 6월 ICT 수출이 {won('e')}로 집계됐다고 밝혔다.",
        {"e": VY},
    ),
    (
        "ko-respectively",
        lambda: f"수출과 수입은 {won('e')}와 {won('i')}로 각각 {pct('e')}%, {pct('i')}% 증가했다.",
        {"e": VY, "i": VY},
    ),
    (
        "ko-eok-release",
        lambda: f"ICT 수출은 {eok('e')}({pct('e')}%↑), 수입은 {eok('i')}({pct('i')}%↑), 수지는 {eok('b')} 흑자",
        {"e": VY, "i": VY, "b": V},
    ),
    ("ko-triangle", lambda: f"디스플레이 수출은 {won('d')}(△{pct('d')}%)였다.", {"d": VY}),
    ("ko-demand-cause", lambda: f"반도체는 서버용 수요 확대로 {pct('s')}% 증가한 {won('s')}를 기록했다.", {"s": VY}),
    ("ko-new-model", lambda: f"휴대폰 수출은 신제품 출시 효과로 {pct('p')}% 늘어난 {won('p')}였다.", {"p": VY}),
    (
        "ko-paragraphs",
        lambda: f"6월 ICT 수출은 {won('e')}였다.\n수입은 {won('i')}로 {pct('i')}% 증가했다.",
        {"e": V, "i": VY},
    ),
    ("ko-last-month", lambda: f"지난달 ICT 수출은 전년 같은 달보다 {pct('e')}% 늘어난 {won('e')}였다.", {"e": VY}),
    ("ko-balance", lambda: f"6월 ICT 무역수지는 {won('b')} 흑자를 기록했다.", {"b": V}),
    ("ko-to-us", lambda: f"미국으로의 수출은 {won('u')}로 {pct('u')}% 증가했다.", {"u": VY}),
    ("ko-to-china", lambda: f"대중국 수출은 {won('c')}로 {pct('c')}% 늘었다.", {"c": VY}),
    (
        "ko-import-balance",
        lambda: f"ICT 수입은 {won('i')}로 {pct('i')}% 증가했으며, 무역수지는 {won('b')} 흑자였다.",
        {"i": VY, "b": V},
    ),
    ("ko-reached", lambda: f"반도체 수출액이 {won('s')}에 달해 {pct('s')}% 늘었다.", {"s": VY}),
    ("ko-subject-after", lambda: f"{pct('s')}% 증가한 {won('s')}를 기록한 반도체가 수출을 이끌었다.", {"s": VY}),
]


def expected(rendered: dict[str, tuple[bool, bool]]) -> dict[Key, Numbers]:
    facts: dict[Key, Numbers] = {}
    for name, (has_value, has_yoy) in rendered.items():
        flow, item, region, value, yoy = FIGURES[name]
        facts[(JUNE, flow, item, region)] = (value if has_value else None, yoy if has_yoy else None, None)
    return facts


def read(text: str, lang: str) -> dict[Key, Numbers]:
    title = "ICT exports and imports" if lang == "en" else "ICT 수출입 동향"
    result = parse(text, published=PUBLISHED, title=title)
    return {f.key: (f.value_usd, f.yoy_pct, f.prior_usd) for f in result.facts}


def same(got: dict[Key, Numbers], want: dict[Key, Numbers]) -> bool:
    if got.keys() != want.keys():
        return False
    return all(
        all(
            (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6 * max(1, abs(b)))
            for a, b in zip(got[key], want[key], strict=True)
        )
        for key in want
    )


def spaced(text: str) -> str:
    return text.replace(" ", "  ")


def non_breaking(text: str) -> str:
    return text.replace(" ", "\u00a0")


def full_width(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%"})


def glued(text: str) -> str:
    return re.sub(r"\.\s(?=[A-Z가-힣])", ".", text)


def hard_wrapped(text: str) -> str:
    """Wire copy wrapped by hand at 64 columns, as old news pages are; only Latin script shows where a line
    continues (Korean wraps cannot be told from paragraphs)."""
    if re.search(r"[가-힣]", text):
        return text
    return "\n".join("\n".join(textwrap.wrap(line, 64)) for line in text.split("\n"))


def line_per_sentence(text: str) -> str:
    """Pages that set every sentence in its own <p>: each sentence on a line of its own."""
    return re.sub(r"(?<=[.다])\s+(?=[A-Z가-힣0-9'‘\"“(])", "\n", text)


def one_paragraph(text: str) -> str:
    """Pages whose text arrives as one block: the title, then every paragraph joined."""
    title, _, body = text.partition("\n")
    return f"{title}\n" + " ".join(line.strip() for line in body.split("\n") if line.strip())


def wire_abbreviated(text: str) -> str:
    """Wire copy's abbreviations: "16.7 pct", "US$13.83 bln", "US$220 mln"."""
    text = re.sub(r"(\d) percent\b", r"\1 pct", text)
    text = re.sub(r"\$(\d[\d.,]*) billion\b", r"US$\1 bln", text)
    return re.sub(r"\$(\d[\d.,]*) million\b", r"US$\1 mln", text)


PERTURBATIONS: list[Callable[[str], str]] = [
    lambda t: t,
    wire_abbreviated,
    spaced,
    non_breaking,
    full_width,
    glued,
    hard_wrapped,
    line_per_sentence,
    one_paragraph,
]
NOT_YET: dict[str, str] = {}


def cases() -> list[object]:
    params = []
    for lang, templates in (("en", ENGLISH), ("ko", KOREAN)):
        for name, render, rendered in templates:
            for perturb in PERTURBATIONS:
                marks = [pytest.mark.xfail(reason=NOT_YET[name], strict=True)] if name in NOT_YET else []
                label = getattr(perturb, "__name__", "plain").replace("<lambda>", "plain")
                params.append(pytest.param(lang, render, rendered, perturb, id=f"{name}-{label}", marks=marks))
    return params


def test_enough_templates() -> None:
    assert len(ENGLISH) >= 20 and len(KOREAN) >= 20


@pytest.mark.parametrize("perturb", PERTURBATIONS[1:], ids=lambda f: f.__name__)
def test_each_perturbation_changes_some_templates(perturb: Callable[[str], str]) -> None:
    texts = [render() for _, render, _ in ENGLISH + KOREAN]
    assert sum(perturb(text) != text for text in texts) >= 5


@pytest.mark.parametrize(("lang", "render", "rendered", "perturb"), cases())
def test_template_gives_the_same_facts(
    lang: str, render: Callable[[], str], rendered: dict[str, tuple[bool, bool]], perturb: Callable[[str], str]
) -> None:
    text = perturb(render())
    got = read(text, lang)
    want = expected(rendered)
    assert same(got, want), f"{text!r}\n got  {got}\n want {want}"
