"""The sections of a multi-topic newsletter: a heading starts a section about its own subject.

A trade newsletter or a weekly business brief carries ICT as one item among several, each under a heading of
the same kind ("■ 8월 ICT 수출 …", "■ 한·캐나다 FTA 정식 서명"; "1. ICT EXPORTS", "2. SHIPBUILDING: ORDERS HOLD UP").
A heading's section lasts until the next heading of its kind. Where one heading names ICT, a sibling that names
neither ICT nor an ICT item heads another subject's section, whose figures are not ICT trade, when the heading
names bare the flow and the period an ICT heading names with ICT ("■ 8월 수출 462.4억 달러" beside "■ 8월 ICT 수출
142억 달러": the country's whole trade), or when the heading has no figure and its section names no trade flow at
all (ship orders, a tariff, the won).
"""

from __future__ import annotations

import re

from scraper.parser.scanner import Mention, scan
from scraper.parser.subjects import OWN_TRADE

_MARKED = re.compile(r"\s*([■□▶◆●◇▷])")
# "1. …", or a Roman numeral ("Ⅱ. 품목별 동향", which NFKC spells "II.")
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})\.\s(?=\S)")
_NUMBER_OPENS = "0123456789IVX"
_MAX_HEADING = 80
_SENTENCE_END = re.compile(r"(?:[.!?]|다)\s*$")
# a heading that labels a breakdown of the trade ("□ 지역별 동향", "2. Exports by region") is the ICT report's
_BREAKDOWN = re.compile(
    r"별|국가|지역|품목|수출국|수입국|교역국|상대국|\b(?:by|breakdown|regions?|destinations?|items?|products?|markets?)\b",
    re.I,
)
_ICT_WORDS = ("ICT", "IT", "정보", "information", "Information", "INFORMATION", "digital", "Digital", "DIGITAL")


def numbered_heading(paragraph: str) -> bool:
    """Is the paragraph's first line a numbered heading ("1. 9월 ICT 수출입 동향", "2. Third quarter")?"""
    opening = paragraph.lstrip()[:1]
    if not opening or opening not in _NUMBER_OPENS:
        return False  # (most paragraphs: a numbered heading opens with its number)
    return _heading_kind(paragraph) == "1."


def _heading_kind(paragraph: str) -> str | None:
    """The kind of heading the paragraph's first line is ("■", or "1." for a numbered one), if it is one."""
    line = paragraph.split("\n", 1)[0]
    if len(line) > _MAX_HEADING or _SENTENCE_END.search(line):
        return None
    marked = _MARKED.match(line)
    if marked:
        return marked.group(1)
    return "1." if _NUMBERED.match(line) else None


_NAMES = ("item:", "ctxitem:", "region:", "flow:", "period", "money", "pct")


def _names(text: str) -> list[Mention]:
    return [m for m in scan(text) if m.kind.startswith(_NAMES)]


def _names_ict_or_item(names: list[Mention]) -> bool:
    return any(m.kind.startswith(("item:", "ctxitem:")) for m in names)


def _flows(names: list[Mention]) -> set[str]:
    return {m.kind for m in names if m.kind.startswith("flow:")}


def _dated_flows(names: list[Mention]) -> set[tuple[str, str]]:
    """The flows a heading names with the periods it names ("8월 수출": ("8월", "flow:export"))."""
    periods = {m.text.replace(" ", "") for m in names if m.kind == "period"}
    return {(period, flow) for period in periods for flow in _flows(names)}


def other_subject_sections(paragraphs: list[str]) -> set[int]:
    """The paragraphs (by index) in sections that a heading gives to a subject other than ICT trade."""
    headings = [(at, kind) for at, paragraph in enumerate(paragraphs) if at and (kind := _heading_kind(paragraph))]
    if len(headings) < 2:
        return set()  # (most texts)
    muted: set[int] = set()
    for kind in {kind for _, kind in headings}:
        starts = [at for at, of_kind in headings if of_kind == kind]
        lines = {at: paragraphs[at].split("\n", 1)[0] for at in starts}
        if len(starts) < 2 or not any(word in lines[at] for at in starts for word in _ICT_WORDS):
            continue
        named = {at: _names(lines[at]) for at in starts}
        ict = [n for n in named.values() if any(m.kind == "item:ict" for m in n)]
        if not ict:
            continue
        ict_flows = set().union(*(_dated_flows(n) for n in ict))
        for at, end in zip(starts, [*starts[1:], len(paragraphs)], strict=True):
            if _another_subject(named[at], ict_flows, lines[at], paragraphs[at:end]):
                muted.update(range(at, end))
    return muted


def _another_subject(heading: list[Mention], ict_flows: set[tuple[str, str]], line: str, section: list[str]) -> bool:
    """Is the section under this heading about another subject than ICT trade?"""
    if _names_ict_or_item(heading) or _BREAKDOWN.search(line):
        return False
    flows = _dated_flows(heading)
    whole = bool(flows) and flows <= ict_flows and not any(m.kind.startswith("region:") for m in heading)
    if not whole and (_flows(heading) or any(m.kind in ("money", "pct") for m in heading)):
        return False  # (a heading of figures is a summary's line)
    body = [m for paragraph in section for text in paragraph.split("\n") for m in _names(text)]
    return not _names_ict_or_item(body) and (whole or not _flows(body))  # ship orders, a tariff: no trade at all


_LOOK_AHEAD = 2  # the story's lead is the next paragraph, or the one after a dateline ("Thu, 08 Sep 2016 …")


def foreign_headlines(paragraphs: list[str]) -> set[int]:
    """Headlines (by index) over a story of another country's own trade: "中 9월 수출 10.0% 감소" over "중국의 9월
    수출이 … 10.0% 줄었다" is China's exports, not Korea's exports to China (the lead restates its figure)."""
    muted: set[int] = set()
    for at, paragraph in enumerate(paragraphs[:-1]):
        if "%" not in paragraph or len(paragraph) > _MAX_HEADING or _SENTENCE_END.search(paragraph):
            continue
        heading = scan(paragraph)
        changes = {m.value for m in heading if m.kind == "pct"}
        if not changes or not any(m.kind.startswith("region:") for m in heading):
            continue
        for lead in paragraphs[at + 1 : at + 1 + _LOOK_AHEAD]:
            names = [m for m in scan(lead[:200]) if m.kind.startswith(("region:", "item:", "pct"))]
            if names and names[0].kind.startswith("region:") and OWN_TRADE.match(lead, names[0].end):
                if changes & {m.value for m in names if m.kind == "pct"}:
                    muted.add(at)
                break
            if names:
                break
    return muted


# A line of steps that opens on its first period ("2031년 11월 ▲4.2% → 12월 ▲7.5% → …", "Nov 2031 +4.2% → Dec …")
_STEPS_LINE = re.compile(
    r"[ \t]*(?:[-•·*][ \t]*)?\(?[ \t]?(?:(?:'?\d{2}|(?:19|20)\d{2})(?:년|\.)[ \t]?)?(?:1[0-2]|0?[1-9])[ \t]?월"
    r"|[ \t]*(?:[-•·*][ \t]*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]"
)


def captions_over_trend_lines(text: str) -> str:
    """A key-figure box: a caption with no figure that names an item or a partner ("■ 디스플레이 수출 증가율(전년 동월
    대비)") over a line of steps that names none ("2031년 11월 ▲4.2% → 12월 ▲7.5% → …") is that line's subject,
    as the one line "caption : steps" reads."""
    if "→" not in text:
        return text  # (most texts)
    lines = text.split("\n")
    for at in range(len(lines) - 1, 0, -1):
        steps, caption = lines[at], lines[at - 1]
        if steps.count("→") < 2 or "→" in caption or not _STEPS_LINE.match(steps):
            continue
        if len(caption) > _MAX_HEADING or _SENTENCE_END.search(caption):
            continue
        if _caption_subject(caption) and not any(
            m.kind.startswith(("item:", "ctxitem:", "region:")) for m in scan(steps)
        ):
            lines[at - 1 : at + 1] = [f"{caption.rstrip().removesuffix(':').rstrip()} : {steps.strip()}"]
    return "\n".join(lines)


def _caption_subject(caption: str) -> bool:
    """Does a caption without figures name an item other than the ICT total, or a partner?"""
    names = scan(caption)
    if any(m.kind in ("money", "pct") for m in names):
        return False
    return any(m.kind.startswith(("item:", "ctxitem:", "region:")) and m.kind != "item:ict" for m in names)


_MAX_FLOW_HEADING = 40
_HEADING_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[IVX]{1,4}\.|[ⅠⅡⅢⅣⅤⅥ]\.?|[가-하]\.)\s")
# a bracketed heading's year and the unit note after it: "[Imports by region, 2024] (USD billion, y-o-y)"
_BRACKETED_HEADING_DRESS = re.compile(r"^\[|(?:,\s?(?:19|20)\d{2})?\]\s*(?:\([^()]{0,40}\))?\s*$")
_FLOW_HEADING_EXTRAS = ("period", "item:", "ctxitem:", "region:", "money", "pct")


def flow_heading(paragraph: str) -> str | None:
    """'Imports', 'Imports by item', '□ 수입 동향': a short line without a figure or a sentence's end that names one
    flow and no item, partner or period heads that flow's section; the flow-less figures under it are its own."""
    line = _HEADING_NUMBER.sub("", paragraph.strip())  # "2. Imports by partner", "Ⅱ. 수입": the section's number
    if line.startswith("["):  # "[Imports by region, 2024] (USD billion, y-o-y)": the heading in the brackets
        line = _BRACKETED_HEADING_DRESS.sub("", line)
    if len(line) > _MAX_FLOW_HEADING or "\n" in line or any(c.isdigit() for c in line):
        return None  # (most paragraphs: a heading is short and has no figure)
    if _SENTENCE_END.search(line) or line.endswith(":"):
        return None
    mentions = scan(line)
    flows = {m.kind for m in mentions if m.kind.startswith("flow:")}
    if len(flows) != 1 or any(m.kind.startswith(_FLOW_HEADING_EXTRAS) for m in mentions):
        return None
    flow = flows.pop()[5:]
    return flow if flow in ("export", "import") else None


# "For imports, chips fell while displays advanced.": a lead-in that opens on one flow
_FLOW_LEAD_IN = re.compile(
    r"\s*(?:For|As\sfor|On\sthe|Turning\sto|In\sterms\sof)\s(?:the\s)?(?P<flow>imports?|exports?)(?:\sside)?,\s"
)


def flow_lead_in(paragraph: str) -> str | None:
    """'For imports, chips and phones contracted while displays advanced.': a paragraph of one sentence without a
    figure that opens on one flow leads into that flow's section, as a heading does; the flow-less figures of the
    paragraphs after it are that flow's."""
    if not paragraph[:14].lstrip().startswith(("For", "As", "On", "Turning", "In")):
        return None  # (most paragraphs open otherwise)
    lead = _FLOW_LEAD_IN.match(paragraph)
    line = paragraph.strip()
    if lead is None or "\n" in line or ". " in line or any(c.isdigit() for c in line):
        return None  # (one sentence, no figure)
    return "import" if lead.group("flow").startswith("import") else "export"
