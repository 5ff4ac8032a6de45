"""The context a figure is read in, one class per lifetime.

A reader of a trade release keeps several things in mind, and each lasts a different time:

- `DocumentScope` lives for the whole text: the publication date, the month a release is about by default,
  the report's own period once the first headline figure names it, and what the last month named was.
- `ParagraphScope` ends at a paragraph break: the period the paragraph opened with, the flow section
  ("For imports, ..."), the partner a breakdown is about, the item and partner the last sentence named.
- `SentenceState` ends with its sentence: the subject frame names change as they appear, which parts of
  the sentence are asides, figures waiting for a Korean subject.

Keeping them apart is what stops a month named in passing from becoming the topic of the rest of a text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from scraper.parser import periods
from scraper.parser.periods import Period
from scraper.parser.scanner import Mention

if TYPE_CHECKING:
    from scraper.parser.lists import NamedSubjects


class Frame:
    """The subject a figure attaches to: what moves, what, where to. (Read and written for every name and figure,
    one per sentence: not a dataclass, for the reason `SentenceState` gives.)"""

    flow: str = "export"
    item: str = "ict"
    region: str = "world"
    dirty: bool = False  # a number attached since the subject last changed

    def __init__(self, flow: str = "export", item: str = "ict", region: str = "world") -> None:
        self.flow, self.item, self.region = flow, item, region

    @property
    def subject(self) -> tuple[str, str, str]:
        return (self.flow, self.item, self.region)


def reads_as_lead(line: str) -> bool:
    """A sentence of body prose rather than a headline or subtitle: long, or a Korean one that ends on its verb
    ("9월 ICT 수출은 151억달러로 5.4% 늘었다" against "ICT 수출 3분기 437억달러…휴대폰은 부진")."""
    stripped = line.strip()
    return len(stripped) >= 60 or stripped.endswith("다")


@dataclass(slots=True)
class DocumentScope:
    """What holds from the first line to the last."""

    published: date | None
    lang: str
    last_month: tuple[int, int] | None = None  # the month last named, for "the following month"
    last_period: Period | None = None  # the period the last figure was about, for "during this period"
    last_named: Period | None = None  # the period the text named last, figures or not, for "back then", "당시"
    last_subject: tuple[str, str, str] | None = None  # ... and its flow, item and partner
    parent_item: str | None = None  # "parts" after mobile phones names phone parts
    report_period: Period | None = None  # the period the report is about, from its first headline figure
    report_locked: bool = False  # the title named the report's period
    body_total_named: bool = False  # the body has named an ICT total with its period
    partner_period: Period | None = None  # a partner's (or item's) total's period: the report's, until an ICT total's
    paragraphs_read: int = 0
    line_per_sentence: bool = False  # every line one sentence: line breaks are not paragraph breaks
    local_story: bool = False  # a city's or province's trade is being told (`locales.py`)
    last_bloc: str | None = None  # the trade bloc (EU, ASEAN) last named as a partner, for "the bloc"
    default_total_read: bool = False  # the ICT total was given with no period: the default month's

    default_period: Period | None = field(init=False)

    def __post_init__(self) -> None:
        # a release published in July is about June unless it says otherwise
        self.default_period = Period.month(*periods.previous_month(self.published)) if self.published else None

    def note_headline(self, period: Period, in_title: bool = False, in_lead: bool = False) -> None:
        """An ICT total named with its period may name the report's own period, when it is current (a
        release is about the month or span that just ended, not a historical comparison). The title's
        period settles it; in the body a month outranks a quarter, half or year; a running total ("the
        first 11 months") never is one."""
        default = self.default_period
        if self.report_locked and in_lead:
            self._note_body_total(period)
            return
        if self.report_locked or (
            default is not None
            and period.end not in (default.end, periods.shift_month(default.end, -1))
            # the year before named by a title, or by the first total (a lead-in line above it: "보고서의 주요 내용은
            # 다음과 같다. / ▶ 2012년 ICT 수입 …")
            and not ((in_title or self.report_period is None) and self._last_year(period))
        ):
            return
        if self.default_total_read and not in_title and period != default:
            # the lead gave the month's total with no period ("… rose 6.2% to $16.48 billion."): the release is on
            # the default month, and "Growth eased from 11.7% in March", "For January-April, …" name other periods
            return
        running = not period.is_month and not periods.is_calendar_span(period)
        if running and not ((in_title or in_lead) and self._year_to_date(period)):
            return
        if in_title:
            self.report_period, self.report_locked = period, True
            self.body_total_named = in_lead  # a first line that is the lead itself, not a headline over it
        elif self._before_the_partners_month(period):
            return  # "… to Taiwan fell … in September. Total IT exports …, from a 5.1 percent drop in August"
        elif self.report_period is None or (period.is_month and not self.report_period.is_month):
            self.report_period = period

    def _before_the_partners_month(self, period: Period) -> bool:
        """A month before the one a partner's total already named is what the story compares with."""
        partner = self.partner_period
        return (
            self.report_period is None
            and partner is not None
            and partner.is_month
            and period.is_month
            and period.end < partner.end
        )

    def _year_to_date(self, period: Period) -> bool:
        """'올해 1~7월 IT 수출은 …' in the title or the lead of a story no month's total has led: the running total to
        the release's month is the report's period (a month named after it still outranks it)."""
        default = self.default_period
        return default is not None and period.end == default.end and period.start == (default.end[0], 1)

    def _last_year(self, period: Period) -> bool:
        """'2009 ICT Trade Review' published in March 2010: a title names the year before as the report's own."""
        year = self.published.year - 1 if self.published else None
        return period.start == (year, 1) and period.end == (year, 12)

    def _note_body_total(self, period: Period) -> None:
        """'ICT 수출 3분기 437억달러' over a lead '9월 ICT 수출은 151억달러로 …': a monthly release led in its title
        by the quarter (half, year) the month closes. When the body's first ICT total is that closing month, the
        month is the report's period, and what names no period is the month's. (`in_lead`: body prose, not a
        subtitle or bullet under the title: "-6월 수출 165억달러" under a half-year title is the half's aside.)"""
        locked = self.report_period
        if (
            not self.body_total_named
            and locked is not None
            and not locked.is_month
            and period.end == locked.end
            and (period.is_month or period.start < locked.start)
        ):
            # (and "… a fourth-quarter turnaround" over "ICT exports fell 4.3 percent … in 2015": the year's review,
            # its title on the quarter that closes it)
            self.report_period = period
        self.body_total_named = True

    def note_partner_total(self, period: Period, in_lead: bool = False) -> None:
        """A story about one partner ("ICT exports to Taiwan rose … in 2016") or one item ("Korea's chip exports rose
        … in the second quarter") names its period with that total; it stands for the report's period until an ICT
        world total names one."""
        default = self.default_period
        if self.partner_period is not None or self.report_period is not None:
            return
        if default is not None and period.end not in (default.end, periods.shift_month(default.end, -1)):
            return
        if period.is_month or periods.is_calendar_span(period) or (in_lead and self._year_to_date(period)):
            self.partner_period = period

    @property
    def reference_period(self) -> Period | None:
        return self.report_period or self.partner_period or self.default_period


def closing_month_of(topic: Period | None, report: Period | None) -> bool:
    """Is the topic the last month of the span the report is about (June of a first half)?"""
    return (
        topic is not None
        and report is not None
        and topic.is_month
        and not report.is_month
        and report.start <= topic.start
        and topic.end == report.end
    )


class ParagraphScope:
    """What a paragraph break ends. (Not a dataclass, for the reason `SentenceState` gives.)"""

    topic_period: Period | None = None  # a period the paragraph opened with
    last_item_names: tuple[tuple[str, str], ...] = ()  # items the last sentence named (asides too): code, words
    stated_month: bool = False  # a figure of the report's month was stated ("ICT exports came to $X, up 4%")
    flow: str = "export"  # the flow section: "For imports, ..." makes later flow-less figures imports
    section_flow: str = "export"  # the flow a bare heading gave the paragraphs under it ("Imports")
    last_frame: tuple[str, str, str] | None = None  # flow, item, partner the last sentence ended on
    last_subject: tuple[str, str] | None = None  # item and partner the last sentence named
    previous_subject: tuple[str, str] | None = None  # the last paragraph's, for a line that only adds periods
    item_and_partner: tuple[str, str] | None = None  # both named by the last sentence ("반도체 대미 수출")
    item_and_partner_mark: str = ""  # the bullet mark of that sentence's line ("-" under "○")
    partner: str | None = None  # the partner a breakdown is about ("Exports to Vietnam ... chips ...")
    partner_total: float | None = None  # that total's amount: an item's larger amount is no part of it
    partner_flow: str = "export"  # the flow of that partner's total ("Imports from Japan …" opens no export items)
    partner_labels_line: bool = False  # that partner labels its line ("- 중국 : 반도체 …"): the scope ends with it
    partner_item: str | None = None  # the item a breakdown by partner is of ("지역별 반도체 수출은 대만이 …")
    figureless_subject: tuple[str, str] | None = None  # "휴대폰은 호조다.": named, its figures in the next sentence
    figureless_periods: tuple[Period, ...] = ()  # the periods that sentence dated its subject to ("4~5월 …")
    named_subjects: NamedSubjects | None = None  # the last sentence's, for "각각" after it
    recalls_economy: bool = False  # the all-industry release is being recalled ("앞서 … 전체 수출은 …", `locales.py`)
    foreign_story: bool = False  # another country's own trade is being told ("중국의 9월 수출이 …. 수입은 …")
    economy_story: bool = False  # the whole economy's trade is being told ("Overall exports slid …. Imports +4.3%.")
    tally_story: bool = False  # the customs' early count is being told ("이달 1~10일 수출이 …. 반도체(21.4%)와 …")
    firms_story: bool = False  # a kind of firm's exports are being told ("중소기업 ICT 수출은 …. 반도체(…)가 …")
    market_story: bool = False  # the stock market is being told ("The KOSPI rose 0.5%. LG Electronics climbed 1.2%.")
    dated_list: bool = False  # a line opened a breakdown with its period ("3분기 품목별로는 …"), or went on with one
    topic_in_passing: bool = False  # the topic is a question's ("Q: And March alone?"): it dates the answer only
    figures_bound: bool = False  # a figure of the paragraph was recorded
    flow_level: int | None = None  # the bullet level of the sub-bullet that named the flow (`carry_flow`)
    flow_above: str = "export"  # the flow before it
    period_level: int | None = None  # the bullet level of the sub-bullet that named the topic period
    period_above: Period | None = None  # the topic period before it
    named_the_report_span: bool = False  # a figure was bound to the report's span, named in its sentence
    topic_taken_late: bool = False  # the topic was taken after figures of the paragraph were recorded
    opening_topic: Period | None = None  # the period the paragraph started from, before any sentence was read

    def __init__(
        self,
        topic_period: Period | None = None,
        flow: str = "export",
        section_flow: str = "export",
        previous_subject: tuple[str, str] | None = None,
    ) -> None:
        self.topic_period = topic_period
        self.flow = flow
        self.section_flow = section_flow
        self.previous_subject = previous_subject


class SentenceState:
    """What a sentence accumulates while it is read left to right. (One per sentence, its fields read for every
    mention: not a dataclass, whose generated `__init__` mypyc leaves interpreted; a compiled class sets the
    defaults below natively and runs its own `__init__` compiled.)"""

    frame: Frame
    listed: dict[int, tuple[str, str]]  # number index -> subject given by a list ("respectively")
    quiet_parens: list[tuple[int, int]]  # parentheses that only list examples
    subordinate_until: int = -1  # end of a "due to ..." aside
    noise_from: int = 1 << 30  # a clause about something other than ICT trade ("전체 수출은 ...")
    noise_until: int = 1 << 30
    local_from: int = 1 << 30  # figures of a district's trade, not the country's (`locales.py`)
    local_until: int = 1 << 30
    seen_import: bool = False
    named_subject: bool = False  # an item or partner was named since the subject last changed
    named_any: bool = False
    deferred: list[tuple[int, Period, bool]]  # Korean figures before their subject
    bound: list[Period]  # periods figures were recorded for
    first_number_at: int | None = None
    last_number: Mention | None = None
    last_pct: Mention | None = None
    last_sign: int = 0
    last_region_end: int = -10
    last_subject_end: int = -100
    last_aside_name: Mention | None = None  # the last name skipped as part of an aside
    named_only_flows: bool = False  # the only names so far are flows ("8월 수출액은 ...")
    topic_end: int = -1  # where a 은/는-marked subject of the main clause ends (Korean)
    named_world: bool = False  # the sentence speaks of the whole ("overall", "total", "전체")
    named_ict_trade: bool = False  # the sentence names ICT and a flow ("ICT exports"): a headline's words
    named_item: bool = False  # the sentence names an item (ICT included)
    named_region: bool = False  # the sentence names a partner
    recorded_subject: tuple[str, str] | None = None  # item and partner of the last figure recorded
    first_recorded: tuple[str, str] | None = None  # ... and of the first: the main clause's, mostly
    partner_total: str | None = None  # the partner whose ICT total a figure was recorded for
    topic_subject: tuple[str, str] | None = None  # item and partner of the 은/는-marked subject (Korean)
    own_figures_end: int = 0  # where a clause of cause that gave the last name its own figure ends
    own_figures_named: bool = False  # the last name came with its own figures in parentheses ("메모리(-33.7%)")
    before_aside: tuple[str, str] | None = None  # item and partner before an aside's name with its own figures

    def __init__(self, frame: Frame, listed: dict[int, tuple[str, str]], quiet_parens: list[tuple[int, int]]) -> None:
        self.frame = frame
        self.listed = listed
        self.quiet_parens = quiet_parens
        self.deferred = []
        self.bound = []

    def note_recorded(self) -> None:
        """A figure was recorded for the frame's subject; a partner's total is kept apart, since an item after
        it breaks it down ("Exports to Taiwan rose … to $1.2 billion, most of it chips ($1.1 billion)")."""
        self.recorded_subject = (self.frame.item, self.frame.region)
        self.first_recorded = self.first_recorded or self.recorded_subject
        if self.frame.item == "ict" and self.frame.region != "world":
            self.partner_total = self.frame.region

    def in_aside(self, position: int) -> bool:
        return position < self.subordinate_until or (  # mostly no parentheses: no generator then
            bool(self.quiet_parens) and any(start <= position < end for start, end in self.quiet_parens)
        )

    def in_noise(self, position: int) -> bool:
        return self.noise_from <= position < self.noise_until or self.local_from <= position < self.local_until
