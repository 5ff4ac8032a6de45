"""What a sentence leaves to the rest of its paragraph: the flow section and the period it is about.

A sentence moves the paragraph's topic to a period it opens with ("In the first half of 2017, ...",
"6월 ICT 수출은 ..."), or to the one period all its figures share; never to a historical comparison, a
"since" anchor, a lone year named in passing, or a period older than the report's own.
"""

from __future__ import annotations

import re

from scraper.parser.binding import ResolvedPeriod
from scraper.parser.casefold import folded_sentence
from scraper.parser.periods import Period, shift_month
from scraper.parser.prefilter import guarded
from scraper.parser.scanner import Mention
from scraper.parser.scopes import DocumentScope, ParagraphScope, SentenceState, closing_month_of, reads_as_lead
from scraper.parser.sentences import DATELINE, bullet_mark

SECTION_RESET = re.compile(r"\bBy\s(?:item|product|region|destination|country|segment)\b", re.I)


def may_reset_section(sentence: str) -> bool:
    """Can SECTION_RESET match? It needs "by" in some case (under IGNORECASE only B and Y fold to b and y)."""
    return "by" in sentence or "By" in sentence or "BY" in sentence or "bY" in sentence


_FOR_THE_MONTH = re.compile(r"for\sthe\smonth\sof\s$", re.I)
_TITLED_BY_A_PERIOD = re.compile(r":\s?[^:\d]{0,30}(?:19|20)\d{2}\s*$|\(\s?(?:19|20)\d{2}[^()]{0,12}\)\s*$")
_TITLE_PARTS = re.compile(r"[;|…]|\.\.\.|\s[-–—/]\s")
_TITLE_PARTS = guarded(_TITLE_PARTS)  # (`re` tried it at every position)
# "SEOUL, Oct 15 - ", "SEOUL, July 15 (Yonhap) -- "
_DATELINE_DASH = re.compile(
    r"[A-Z][A-Za-z .]{1,30},\s[A-Z][a-z]{2,8}\.?\s\d{1,2}\s(?:\([A-Za-z ]{2,20}\)\s)?(?:--|[-–—])\s"
)
# "By segment, chip exports last month rose ...": a lead-in before the subject, not a clause of its own
_LEAD_IN = re.compile(
    r"\s*(?:By\s[a-z]+|Among\s(?:the\s)?(?:[a-z]+\s){0,2}(?:items|products|categories)"  # "Among major items,"
    r"|Meanwhile|In\sparticular|Separately|However|Also|In\saddition|On\sthe\sother\shand"
    r"|[가-힣]+별로(?:는|도)?|특히|한편|또한|반면|다만),\s?",
    re.I,
)


_ICT_TRADE = re.compile(r"\b(?:ICT|IT)\s(?:goods\s)?trade\b", re.I)


def names_ict_trade(sentence: str) -> bool:
    """'ICT trade in 2025', '2009 ICT Trade Review': a title that names ICT trade, not a flow, names the report."""
    return "trade" in folded_sentence(sentence) and bool(_ICT_TRADE.search(sentence))  # (the pattern ignores case)


_SAID_THAT = re.compile(r"\b(?:said|says|announced|reported|showed|noted|revealed)\b[^.;]{0,40}?\bthat\s")
# ", which had held up through 2015,": a non-restrictive relative clause is background, its period none of the frame's
_ASIDE_CLAUSE = re.compile(r",\s(?:which|who)\s[^,;.]{0,80},")


# a release's bullets by level: "□" over "○" over "-"; a line of a higher level closes the lower ones
_BULLET_LEVELS = {**dict.fromkeys("□■◆◇▶▷", 0), **dict.fromkeys("○◦ㅇ●•", 1), **dict.fromkeys("-*·", 2)}


def close_bullet_scopes(paragraph: ParagraphScope, sentence: str) -> None:
    """A flow a sub-bullet named ("  - 수입은 2.2% 감소") is its own: the next bullet above its level goes back to
    the flow before it ("○ 품목별로는 반도체(…)"); a partner that labels a line ("- 중국 : 반도체 …") is that line's.
    (Before the sentence is read.)"""
    mark = bullet_mark(sentence)
    if paragraph.flow_level is not None and 0 <= _BULLET_LEVELS.get(mark, -1) < paragraph.flow_level:
        paragraph.flow, paragraph.flow_level = paragraph.flow_above, None
    if paragraph.period_level is not None and 0 <= _BULLET_LEVELS.get(mark, -1) < paragraph.period_level:
        paragraph.topic_period, paragraph.period_level = paragraph.period_above, None  # "○ 수입 : …" after "- 4분기 …"
    if paragraph.partner_labels_line and mark:
        paragraph.partner, paragraph.partner_labels_line = None, False


# "…, as imports of camera modules rose.", "…, with imports at $6.9 billion.": imports named in a trailing aside
_TRAILING_ASIDE = re.compile(
    r"(?:,\s|(?<!such|much|well|same|long|soon)\s)(?:with|as|while|whereas|amid|even\sas)\s(?:[\w'’-]+\s){0,3}?$"
)


def note_sub_bullet_period(paragraph: ParagraphScope, sentence: str, before: Period | None) -> None:
    """A period a "-" sub-bullet turned the topic to ("- 4분기 수출은 …" under "○ 수출 : …" of the year) is that
    sub-bullet's: the next bullet above its level goes back to the period before it."""
    if paragraph.topic_period != before and _BULLET_LEVELS.get(bullet_mark(sentence), -1) == 2:
        paragraph.period_above, paragraph.period_level = before, 2


def carry_flow(paragraph: ParagraphScope, sentence: str, mentions: list[Mention]) -> None:
    """'For imports, ...': the section that follows is about the flow the sentence named (a balance too); imports
    named only in a trailing aside of a sentence about something else open no section of their own."""
    named = [
        m.kind[5:]
        for m in mentions
        if m.kind.startswith("flow:") and not (m.kind == "flow:import" and _TRAILING_ASIDE.search(sentence, 0, m.start))
    ]
    before = paragraph.flow
    _carry_named_flow(paragraph, sentence, named, set(named))
    if paragraph.flow != before:
        level = _BULLET_LEVELS.get(bullet_mark(sentence), -1)
        paragraph.flow_above, paragraph.flow_level = before, (level if level == 2 else None)


def _carry_named_flow(paragraph: ParagraphScope, sentence: str, named: list[str], flows: set[str]) -> None:
    if "export" in flows:
        paragraph.flow = "export"
    elif "import" in flows:
        # "수입은 … 감소해 63억 달러의 흑자를 냈다": a summary that ends on the balance closes the imports
        paragraph.flow = "export" if named[-1] == "balance" else "import"
    elif "balance" in flows:
        paragraph.flow = "balance"  # "무역흑자는 … 2007년(603억달러)에 이어": the balance section goes on
    elif may_reset_section(sentence) and SECTION_RESET.search(sentence):
        paragraph.flow = paragraph.section_flow  # "By item, ...": a release's item section is about exports


def bracketed_after_figures(sentence: str, start: int, first_number_at: int | None) -> bool:
    """'ICT exports: $13.46bn, -4.3% YoY (Aug: -2.1% YoY)': a period opening brackets after the line's
    figures dates what the brackets hold, not the line."""
    return first_number_at is not None and start > first_number_at and sentence[:start].rstrip().endswith("(")


def _note_title_period(
    document: DocumentScope, sentence: str, candidates: list[ResolvedPeriod], first_number_at: int | None
) -> None:
    """The title's own period is the report's; a title's second part ("…; March figure revised up", "… /
    반도체는 …") is another story's, and a month in brackets after its figures dates only them."""
    opening = _DATELINE_DASH.match(sentence)  # (the dash after "SEOUL, Oct 15" parts no title)
    cut = _TITLE_PARTS.search(sentence, opening.end() if opening else 0)
    if (
        cut is not None
        and candidates
        and not sentence[cut.end() : candidates[0].mention.start].strip()
        and not sentence[candidates[0].mention.end :].strip()
    ):
        cut = None  # "ICT Trade Scorecard — October 2015": a second part that is only the title's period
    own = [
        r
        for r in candidates
        if (cut is None or r.mention.start < cut.start())
        and not bracketed_after_figures(sentence, r.mention.start, first_number_at)
    ]
    if not own:
        return
    lead = reads_as_lead(sentence)
    if (
        lead
        and first_number_at is None
        and document.paragraphs_read > 1
        and document.report_locked
        and closing_month_of(own[0].period, document.report_period)
    ):
        # "… hit a new monthly high, first-half record" over "… surged to a new high last month, bringing the
        # first-half total to a record": the figureless lead's month is the report's, the title's span its close
        document.report_period = own[0].period
        return
    # (a long title with no figure, "KITA: ICT exports shrank … but Q4 turnaround …", is no lead that gave the total)
    in_lead = lead and first_number_at is not None
    document.note_headline(own[0].period, in_title=True, in_lead=in_lead)  # type: ignore[arg-type]


_LEAD_PARAGRAPHS = 4  # the title, a byline or a host's line, and the lead
_EXPORTS_WORD = re.compile(r"(?i:export|shipment|outbound)|수출")


def _note_figureless_lead(
    document: DocumentScope, sentence: str, candidates: list[ResolvedPeriod], state: SentenceState
) -> None:
    """'ICT exports fell for a thirteenth straight month in July.' over 'They were down 25.6 percent …': a lead that
    names the report's subject and one period, without a figure, names the report's period (the page's date may be
    a later one: a feature, a repost), as a total's period would (`note_headline`, `note_partner_total`)."""
    period = candidates[0].period
    if period is None or any(r.period != period for r in candidates) or document.reference_period == period:
        return
    if document.report_period is not None or document.partner_period is not None:
        return
    if state.named_ict_trade or names_ict_trade(sentence):
        document.note_headline(period, in_lead=True)
    elif (state.named_item or state.named_region) and _EXPORTS_WORD.search(sentence):
        document.note_partner_total(period, in_lead=True)


def carry_period(
    document: DocumentScope,
    paragraph: ParagraphScope,
    sentence: str,
    resolved: dict[int, ResolvedPeriod],
    state: SentenceState,
) -> None:
    """Move the paragraph's topic period when the sentence is framed by one."""
    reference = document.reference_period
    paragraph.figures_bound = paragraph.figures_bound or bool(state.bound)
    if reference is not None and reference.is_month and reference in state.bound:
        paragraph.stated_month = True
    if not resolved:
        return  # a sentence that names no period moves none (most sentences)
    paragraph.named_the_report_span = paragraph.named_the_report_span or _names_the_report_span(
        document, resolved, state
    )
    candidates = [
        r
        for _, r in sorted(resolved.items())
        if r.period is not None
        and not r.anchor
        and not _WHEN_IT_WAS.match(sentence, r.mention.end)  # "… a sharp turn from March, when they had still risen"
    ]
    first_number_at = state.first_number_at
    if document.paragraphs_read <= 2 and (state.named_ict_trade or names_ict_trade(sentence)):
        _note_title_period(document, sentence, candidates, first_number_at)
    elif document.paragraphs_read == 1 and state.first_number_at is None and _TITLED_BY_A_PERIOD.search(sentence):
        # "Tech Trade Monitor: Third quarter 2025": a bulletin's title that is its name and its period
        _note_title_period(document, sentence, candidates, None)
    elif document.paragraphs_read <= _LEAD_PARAGRAPHS and first_number_at is None and candidates:
        _note_figureless_lead(document, sentence, candidates, state)
    if not state.bound:
        _open_on_a_period(document, paragraph, sentence, candidates, first_number_at)
        return
    dateline = DATELINE.match(sentence)
    clause_start = dateline.end() if dateline else 0
    lead_in = _LEAD_IN.match(sentence, clause_start)
    clause_start = lead_in.end() if lead_in else clause_start
    if candidates and (said := _SAID_THAT.search(sentence, clause_start, candidates[0].mention.start)):
        clause_start = said.end()  # "The Ministry of Trade, Industry and Energy said … that exports in June …"
    if (
        candidates
        and first_number_at is not None
        and candidates[0].mention.start < first_number_at
        and "," not in _ASIDE_CLAUSE.sub("", sentence[clause_start : candidates[0].mention.start])
    ):
        if candidates[0].period not in state.bound and _crossing_a_threshold(sentence):
            return  # "연간 기준으로 2018년(2203억달러) 이후 … 2000억달러를 돌파한 셈이다": no figure is the year's
        if _frames_what_follows(document, paragraph, candidates[0].period, sentence) and not lists_parts(
            paragraph.topic_period or document.reference_period, state.bound, sentence
        ):
            paragraph.topic_period = candidates[0].period
        return
    trailing = {r.period for r in candidates if first_number_at is None or r.mention.start > first_number_at}
    bound = state.bound[0] if len(set(state.bound)) == 1 else None
    if bound in trailing and _frames_what_follows(document, paragraph, bound, sentence):
        paragraph.topic_period = bound


def _names_the_report_span(document: DocumentScope, resolved: dict[int, ResolvedPeriod], state: SentenceState) -> bool:
    """Are the sentence's figures all the report's span, which it names ("… with first-half shipments edging up
    0.8 percent to $X")?"""
    report = document.report_period
    return (
        report is not None
        and bool(state.bound)
        and all(period == report for period in state.bound)
        and any(r.period == report for r in resolved.values())
    )


# a time recalled by a when-clause: its figures are its own, and it frames nothing after the sentence
_WHEN_IT_WAS = re.compile(r",?\s(?:when|at\swhich\stime)\b", re.I)
# a Korean sentence ends on its verb; a heading has none (an English sentence that short frames what follows as a
# heading does: "The picture was less rosy in December.")
_KO_SENTENCE_ENDS = ("다", "요", "음", "함")
# a record or a streak's remark: "… 이후 처음이다", "… 만에 최대", "the first rise since March 2019"
_FIRST_SINCE = re.compile(r"(?:이후|만에)\s?(?:처음|최대|최고|최저)|\bfirst\b[^.]{0,60}\bsince\b", re.I)


def _open_on_a_period(
    document: DocumentScope,
    paragraph: ParagraphScope,
    sentence: str,
    candidates: list[ResolvedPeriod],
    first_number_at: int | None,
) -> None:
    """A sentence with no figure recorded frames the figures after it with the period it opens on (or, with no
    figure at all, the one period it names), when that period is the report's own."""
    if first_number_at is None and _FIRST_SINCE.search(sentence):
        return  # "분기 수출이 늘어난 것은 2018년 3분기 이후 처음이다": a remark on the figure before, no frame
    # "□ 품목별 (1/4분기)", "Product detail (2030, yoy)"; no short Korean sentence ("설 연휴가 2월로 … 영향이 컸다")
    heading = (
        first_number_at is None
        and (len(sentence) <= 40 or (len(sentence) <= 70 and sentence.lstrip()[:1] in "[<【〈"))  # "[… 2024] (USD …)"
        and not sentence.rstrip().rstrip(".").endswith(_KO_SENTENCE_ENDS)
    )
    opening = [
        r
        for r in candidates
        if (heading or not r.mention.value.bare_year)
        and (
            r.mention.start <= 4
            or _FOR_THE_MONTH.search(sentence, max(0, r.mention.start - 18), r.mention.start)
            or heading
            or _opens_the_paragraph(paragraph, candidates, first_number_at)
        )
    ]
    if (
        opening
        and (recent(document, opening[0].period) or _month_of_the_report(document, opening[0].period))
        # a heading with no figure ("□ 1~9월 누적") heads the bullets under it, running total or not
        and (first_number_at is None or not running_total(document, opening[0].period, sentence))
    ):
        paragraph.topic_period = opening[0].period
        paragraph.topic_in_passing = sentence.rstrip().endswith("?")  # "Q: And March alone?": its answer's


def _opens_the_paragraph(
    paragraph: ParagraphScope, candidates: list[ResolvedPeriod], first_number_at: int | None
) -> bool:
    """'Every major product line shrank in May. Chips …': a figure-free sentence that opens a paragraph and names
    one period frames the figures after it, wherever in it the period stands."""
    return first_number_at is None and len(candidates) == 1 and paragraph.last_frame is None


def _crossing_a_threshold(sentence: str) -> bool:
    """Does the sentence tell of a threshold crossed ("2000억달러를 돌파한 셈이다", "넘어섰다")? Its figures are another
    period's and the mark: the period it opens with is a comment's, not the frame of the sentences after it."""
    return "돌파" in sentence or "넘어" in sentence or "넘었" in sentence


def _frames_what_follows(
    document: DocumentScope, paragraph: ParagraphScope, period: Period | None, sentence: str
) -> bool:
    """A period the sentence's figures were bound to becomes the paragraph's topic unless it is a comparison,
    a running total in a bullet of its own, or a span named in passing after the month it closes."""
    return (
        recent(document, period)
        and not running_total(document, period, sentence)
        and not side_total(document, paragraph, period)
    )


_BULLET = re.compile(r"^\s*(?:[-–·•▪*ㅇᄋ○◦□■▶]|\d[.)])\s")
# a release's block that opens with its period in brackets ("□ ('15년 연간) ICT 수출은 …", "□ (12월) …"): a heading
# over the bullets under it, whatever span it names
_PERIOD_BOX = re.compile(r"\s*[□■]\s?\((?:'|‘|’)?\d")


def running_total(document: DocumentScope, period: Period | None, sentence: str = "") -> bool:
    """'- 1~5월 누적 수출은 …' in a report on May: a running total in a bullet of its own, beside the month's
    bullets, is no topic for the bullets after it."""
    reference = document.reference_period
    return (
        bool(_BULLET.match(sentence))
        and not _PERIOD_BOX.match(sentence)
        and period is not None
        and reference is not None
        and reference.is_month
        and reference.start[1] > 1
        and period.start == (reference.end[0], 1)
        and period.end == reference.end
        # the first quarter, the first half, the year: a report's own spans, unless its title named the month
        and (reference.end[1] not in (3, 6, 12) or document.report_locked)
    )


def side_total(document: DocumentScope, paragraph: ParagraphScope, period: Period | None) -> bool:
    """'9월 ICT 수출은 151억달러로 … 이로써 3분기 수출은 437억달러로 … 수입은 78억달러로 …': in a paragraph that
    opened with the report's month, the quarter, half or running total that month closes is an aside on the
    way; the sentences after it are the month's again. So it is after the month's figures stated with no period
    of their own ("ICT exports came to $X, up 4% from May last year. For the first five months, they …")."""
    topic = paragraph.topic_period
    if topic is None and paragraph.stated_month:
        topic = document.reference_period
    return (
        period is not None
        and topic is not None
        and topic.is_month
        and not period.is_month
        and period.end == topic.end
        and topic == document.reference_period
    )


def lists_parts(topic: Period | None, bound: list[Period], sentence: str) -> bool:
    """'- 하반기 수출은 X(…), 4분기 수출은 Y(…)' under a year: a bullet that lists figures for two parts of the
    topic's span frames none of the bullets after it ("- 반도체 Z" is the year's again)."""
    if topic is None or not _BULLET.match(sentence):
        return False
    parts = set(bound)
    return len(parts) > 1 and all(topic.start <= p.start and p.end <= topic.end and p != topic for p in parts)


def _month_of_the_report(document: DocumentScope, period: Period | None) -> bool:
    """'August was the weakest month of the quarter.': a sentence with no figure that opens with a month of the
    report's quarter, half or year makes that month the subject of the sentences after it."""
    report = document.report_period
    return (
        period is not None
        and period.is_month
        and report is not None
        and not report.is_month
        and report.start <= period.start
        and period.end <= report.end
    )


def recent(document: DocumentScope, period: Period | None) -> bool:
    """What a report is about, not what it compares with: a period that ends no earlier than the report's
    own ("In the first half, ..." of a June release, "10월까지 누적" of an October one). "Growth had stalled
    in June" in a September report stays with its own figure."""
    if period is None:
        return False
    reference = document.reference_period
    if reference is None:
        return True
    if period.end >= reference.end:
        return True
    if (
        document.report_period is None
        and document.partner_period is None
        and not period.is_month
        and period.end == shift_month(reference.end, -1)
    ):
        return True  # "in the first eight months" of a release out on 20 October: no report period yet, August's
    # a year just ended, in a report on January of the next: the annual figures are current too
    return period.start == (period.end[0], 1) and period.end == (reference.end[0] - 1, 12) and reference.end[1] == 1
