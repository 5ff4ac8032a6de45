"""A document, paragraph by paragraph and sentence by sentence, into facts.

The assembler owns the scopes (`scopes.py`) and the draft book; `reader.SentenceReader` reads each
sentence against them and `carry` decides what a sentence leaves to the next one. A paragraph break ends
everything a paragraph carries (its topic period, flow section, partner), so a month or partner named
in one paragraph never leaks into the next.
"""

from __future__ import annotations

import re
from datetime import date

from scraper.models import Fact
from scraper.parser import numbers
from scraper.parser.carry import carry_flow, carry_period, close_bullet_scopes, note_sub_bullet_period
from scraper.parser.casefold import case_folded
from scraper.parser.corrections import without_withdrawn_figures
from scraper.parser.drafts import DraftBook, Evidence
from scraper.parser.figure_first import label_figure_first_rows
from scraper.parser.figures import stated_trend
from scraper.parser.item_matrices import spell_out_item_matrices
from scraper.parser.measure_tables import (
    header_the_declared_columns,
    header_the_trend_rows,
    spell_out_flow_tables,
    spell_out_measure_tables,
)
from scraper.parser.parallel_rows import pair_changes_with_amounts
from scraper.parser.periods import (
    Period,
    label_trend_months,
    label_trend_years,
    mark_year_earlier_arrows,
    quarters_beside_running_totals,
)
from scraper.parser.prefilter import folded_twin
from scraper.parser.reader import SentenceReader, opens_on_the_last_figure
from scraper.parser.references import former_and_latter
from scraper.parser.scanner import Mention, ScanPlan, patterns_for, scan
from scraper.parser.scopes import DocumentScope, ParagraphScope, closing_month_of
from scraper.parser.sections import (
    captions_over_trend_lines,
    flow_heading,
    flow_lead_in,
    foreign_headlines,
    numbered_heading,
    other_subject_sections,
)
from scraper.parser.sentences import split_paragraphs, split_sentences
from scraper.parser.table_facts import record_tables
from scraper.parser.tables import (
    bracket_bare_unit_lines,
    decreases_in_parentheses,
    find_tables,
    join_wrapped_labels,
    slashes_as_cells,
    without_dot_leaders,
    without_tables,
)

_SECTION_MARK = re.compile(r"\s*[■□▶◆●◇▷]")
# "지역별로는 중국이 …", "3분기 품목별로는 …": a line that opens a breakdown opens a new topic
_BREAKDOWN_OPENING = re.compile(r"(?:\S+\s){0,2}?(?:지역|품목|국가|제품|부문|시장)\s?별로")
# "이 가운데 반도체가 …", "Of that, …": a line that names a part of the last sentence's figure
_PART_OF_LAST = re.compile(r"(?:이\s|그\s?)(?:중|가운데)(?:에서)?[\s,]|Of\s(?:this|that|these|the\stotal),")
# ... or, with its contrast ("반면 디스플레이는 …"), a line that opens on the sentence before it
_GOES_ON_FROM_LAST = re.compile(_PART_OF_LAST.pattern + r"|반면(?:\s|,)")
# "작년 같은 기간 …보다 5.0% 늘었다", "In the same period a year earlier, …": a line that opens on the period of the
# line before it
_SAME_PERIOD_OPENING = re.compile(
    r"\s*(?:(?:작년|지난해|전년)\s?)?(?:같은|동)\s?기간|\s*(?:In|During|Over|For)\s(?:the\s)?same\speriod\b"
)
# "They came to $2.19 billion" after "Exports to Vietnam … fell for a ninth month in July."
_PRONOUN_OPENING = re.compile(r"\s*(?:They|These|Those|It)\s(?!is\s|was\s)")
# "작년 동월 대비 6.5% 상승했다." after "반도체 수출액은 81억5000만달러다.": a line that opens on the comparison goes on
# with the subject of the figure before it (its own is left out)
_CHANGE_OPENING = re.compile(
    r"\s*(?:(?:작년|지난해|전년)\s?(?:동월|동기|같은\s?(?:달|기간))|전년|1년\s?전)\s?(?:대비|보다|에\s?비해|과\s?비교해)\s"
)
# what ends a dated list: a line naming a period or another flow ("1~9월 누적으로는 …", "수입은 …"), or English;
# a partner the scanner knows ends it too
_NAMES_OWN_PERIOD_OR_FLOW = re.compile(
    r"\d\s?(?:월|분기|년)|상반기|하반기|누적|연간|올해|지난해|작년|수입|무역수지|흑자|적자|[A-Za-z]{4}"
)
# a card-news text's card opens on its number ("#3 상반기 반도체 수출 …", "3/ …"); its lines are short
_CARD_OPENER = re.compile(r"\s*(?:#\s?\d{1,2}|\d{1,2}\s?/)\s")
_CARD_LINE_MAX = 100
# a short line of no sentence and no figure: a card's or a list's label ("2/ 일등 공신은 반도체", "Semiconductors")
_LABEL_LINE = re.compile(  # (not a title: "ICT 수출, 반도체가 버텼지만 휴대전화 '구멍'" names the trade)
    r"(?:\d{1,2}[/.)]\s)?(?![^\n]*(?:수출|수입|무역|[Ee]xport|[Ii]mport|[Tt]rade))[^\d.!?\n]{1,40}(?<![다요.])\s*"
)
_BLANK_LINES = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+")
_EOK_DOLLARS = re.compile(r"억\s?(?:불|달러)")
# an amount in 억 with its currency left out before its change ("OLED 12.8억 ▼3.0%", "37.9억(▲30.2%)")
_BARE_EOK = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?\s?억(?=\s?\(?\s?[▲▼△↑↓]\s?\d)")
# page furniture over a headline: a periodical's masthead with its issue ("산업 소식 제87호 (2020년 1월)", "회보
# 2020년 1월호"), whatever organisation it names, or a short marked label with no trade word ("◆ 숫자로 보는 산업")
_TRADE_WORD = re.compile(
    r"ICT|IT\b|정보통신|수출|수입|무역|흑자|적자|export|import|shipment|trade|surplus|deficit", re.I
)
_ISSUE = re.compile(r"제\s?\d{1,4}\s?호|\d{1,2}\s?월\s?호|\bVol\.?\s?\d|\bNo\.\s?\d|\bissue\b", re.I)
_ISSUE_OR_DATE = re.compile(
    r"(?:19|20)\d{2}\s?[년./-]?\s?(?:\d{1,2}\s?[월./-]?\s?(?:\d{1,2}\s?일?)?)?"
    r"|제?\s?\d{1,4}\s?호|\b(?:Vol|No)\.?\s?\d{1,4}",
    re.I,
)
# (the same on the line case-folded: case-blind, `re` would try it at every position of the line)
_ISSUE_OR_DATE_FOLDED = folded_twin(_ISSUE_OR_DATE)
_DIGIT = re.compile(r"\d")
_LABEL_MARK = re.compile(r"\s*[■□▶◆●◇▷▣◈【\[]")  # (a headline without a trade word is no label: "Chip slump deepens")
_MAX_FURNITURE = 2


def leading_furniture(paragraphs: list[list[str]]) -> int:
    """How many paragraphs at the top are page furniture, not the title (at most two, and never the last)."""
    count = 0
    for sentences in paragraphs[: min(_MAX_FURNITURE, len(paragraphs) - 1)]:
        line = " ".join(sentences).strip()
        if not _is_furniture(line):
            break
        count += 1
    return count


def _figure_besides_issue_or_date(line: str) -> bool:
    """Is a digit left once the issue numbers and dates are taken out? Taken out of the folded line: the twin
    finds the same spans there (without the case-blind search), and folding moves no digit."""
    if _DIGIT.search(line) is None:
        return False
    return _DIGIT.search(_ISSUE_OR_DATE_FOLDED.sub("", case_folded(line))) is not None


def _is_furniture(line: str) -> bool:
    if len(line) > 60 or line.endswith(("다", ".")) or _figure_besides_issue_or_date(line):
        return False  # a sentence, or a figure
    return bool(_ISSUE.search(line)) or (
        len(line) <= 30 and _LABEL_MARK.match(line) is not None and not _TRADE_WORD.search(line)
    )


Key = tuple[str, str, str, str]


def _names_its_period(mentions: list[Mention]) -> bool:
    """Does the sentence name a period before its first figure ("1~9월 누적 ICT 수출은 …"), not only one its
    figure is compared with after it ("… 6억 달러로 작년 상반기의 두 배")?"""
    for mention in mentions:
        if mention.kind == "period":
            return True
        if mention.kind in ("money", "pct"):
            return False
    return False


def one_sentence_per_line(paragraphs: list[list[str]]) -> bool:
    """Does the text set each sentence on a line of its own (then its lines are not paragraphs)?"""
    body = [sentences for sentences in paragraphs[1:] if sentences]
    return len(body) >= 4 and sum(len(sentences) == 1 for sentences in body) >= 0.8 * len(body)


class Assembler:
    def __init__(self, published: date | None, lang: str) -> None:
        self.document = DocumentScope(published, lang)
        self.paragraph = ParagraphScope()
        self.book = DraftBook()
        self.carried_unit: str | None = None  # a unit a line declared for the next line's bare figures
        self.row_unit: str | None = None  # ... kept down the run of a month's bare rows under it
        self.noted_unit: str | None = None  # a unit note's ("(단위: 억 달러, %)") for the shorthand lines after it
        self.eok_document = False  # amounts are written in 억 dollars (a trend line's bare amounts are too)
        self.patterns: ScanPlan | None = None  # what can match in this document
        self.spells_numbers = True  # some figure is spelled out ("ten-point-six percent"): sentences are rewritten
        self.section_period: Period | None = None  # the period the last numbered heading named, for its section
        self.section_flow = "export"  # the flow the last bare flow heading ("Imports") named, for its section
        self.label_subject: tuple[str, str] | None = None  # the item or partner a short figureless line named
        self.in_card = False  # a card-news text's card ("#3 …", "3/ …") is open: its lines go on from each other
        self.unsigned: list[Key] = []  # last sentence's growth read without a stated sign
        # headline figures without a period: (subject, field, value, text, sentence), settled after the body
        self.headline: list[tuple[tuple[str, str, str], str, float, str, str]] = []

    def feed(self, text: str) -> None:
        # a paragraph is a line: blank lines say nothing more, and a cleaner that sets every line apart
        # ("<tr>" by "<tr>") must not split a table's rows
        text = label_figure_first_rows(without_withdrawn_figures(text))  # (`figure_first.py`, `corrections.py`)
        text = mark_year_earlier_arrows(text)  # (before the tables: "27.3 → 24.1 (△11.7)" as the release's words)
        text = decreases_in_parentheses(text)  # "(단위: …, ( )는 감소)" over "반도체 51.7 (3.9)"
        text = join_wrapped_labels(_BLANK_LINES.sub("\n", text))  # a row's label wrapped: "컴퓨터 및" / "주변기기"
        text = slashes_as_cells(bracket_bare_unit_lines(without_dot_leaders(text)))
        text = spell_out_measure_tables(pair_changes_with_amounts(spell_out_item_matrices(text)))
        text = spell_out_flow_tables(header_the_trend_rows(header_the_declared_columns(text)))
        text = label_trend_years(label_trend_months(quarters_beside_running_totals(text)))
        self.eok_document = _EOK_DOLLARS.search(text) is not None
        if self.eok_document and "억" in text:
            text = _BARE_EOK.sub(r"\g<0> 달러", text)  # "미국 37.9억 ▲30.2%" in a text that counts in 억 달러
        tables = find_tables(text, self.document.published)  # read by column, after the prose and below it
        text = without_tables(text, tables)
        text = captions_over_trend_lines(text)
        spoken = numbers.normalise_spoken_numbers(text)  # mostly the text itself: then once is enough
        self.spells_numbers = spoken != text  # (and no sentence of it needs the rewriting either)
        self.patterns = patterns_for(text if spoken == text else f"{text}\n{spoken}")
        lines = split_paragraphs(text)
        other_subjects = other_subject_sections(lines)  # a newsletter's sections on ship orders, tariffs ...
        other_subjects |= foreign_headlines(lines)  # "中 9월 수출 10.0% 감소" over "중국의 9월 수출이 …"
        paragraphs = [split_sentences(paragraph) for paragraph in lines]
        if "former" in text or "latter" in text:
            paragraphs = former_and_latter(paragraphs)  # "… displays and phones. The former …" (`references.py`)
        self.document.line_per_sentence = one_sentence_per_line(paragraphs)
        furniture = leading_furniture(paragraphs)
        for at, sentences in enumerate(paragraphs):
            if at == furniture:
                self.document.paragraphs_read = 0  # the title is the first paragraph under the furniture
            heading = numbered_heading(lines[at])
            if heading:
                self.section_period = None  # a numbered heading ends the section above it
                self.section_flow = "export"
            if at > furniture and (flow := flow_heading(lines[at]) or flow_lead_in(lines[at])):
                self.section_flow = flow  # "Imports" over "By item, displays rose …": the section's flow
            self.start_paragraph(sentences[0] if sentences else "")
            if at in other_subjects:
                continue
            for sentence in sentences:
                self.read(sentence)
            if heading:
                self.section_period = self.paragraph.topic_period  # "1. 9월 ICT 수출입 동향" dates its section
            label = len(lines[at]) <= 48 and _LABEL_LINE.fullmatch(lines[at]) is not None  # (the length first)
            self.label_subject = self.paragraph.figureless_subject if label else None
        record_tables(self.book, tables)

    def facts(self) -> list[Fact]:
        self.settle_headline()
        self.book.drop_short_names()
        self.book.place_displaced_parts()
        self.book.move_parts_larger_than_their_month()
        self.book.move_figures_too_large_for_a_month()
        self.book.drop_values_a_prior_disputes()
        self.book.drop_parts_restating_their_whole()
        self.book.fill_priors()
        facts = self.book.facts()
        published = self.document.published
        if published is None:
            return facts
        # a period that ends after the month of publication was not counted yet: its figure is a forecast or a
        # target ("Korea's ICT exports are projected to increase 8.1 percent next year")
        last = f"{published.year:04d}-{published.month:02d}"
        return [fact for fact in facts if fact.period[-7:] <= last]

    def settle_headline(self) -> None:
        """A headline figure the body states again (for any period) is that statement; one the body does not
        repeat is about the report's own period."""
        pending, self.headline = self.headline, []
        period = self.document.reference_period
        for subject, field_name, value, text, sentence in pending:
            if period is None or self.book.states(subject, field_name, value):
                continue
            self.book.record((period.label, *subject), field_name, value, text, sentence, False, Evidence.CARRIED)

    def start_paragraph(self, first: str = "") -> None:
        """A new paragraph starts from the report's own period and the export section. Where every line
        is one sentence (pages that put each sentence in its own <p>), the flow section goes on: measured,
        carrying the period or the partner across such lines loses more than it gains. A half-year or annual
        report that turned to its last month ("6월 ICT 수출은 …") stays with it until a paragraph names another."""
        self.document.paragraphs_read += 1
        self.book.paragraph = self.document.paragraphs_read
        old = self.paragraph
        self.paragraph = ParagraphScope(
            previous_subject=old.last_subject,
            topic_period=self.section_period,
            flow=self.section_flow,
            section_flow=self.section_flow,
        )
        if self.document.line_per_sentence and self.document.paragraphs_read > 2:
            self._go_on_across_the_line(old, first)
        self._go_on_within_a_card(old, first)
        if (
            closing_month_of(old.topic_period, self.document.report_period)
            and not _SECTION_MARK.match(first)  # (a "□" heading opens the report's own period again)
            and not _CARD_OPENER.match(first)  # (and so does a card-news text's next card)
            and not (old.topic_in_passing and old.figures_bound)  # "Q: And March alone?" dates its answer only
            and not old.topic_taken_late  # "수입은 …. 6월 ICT 수출은 …": the half's paragraph ended on its month
            and not old.named_the_report_span  # "Phones …, with first-half shipments up 0.8% to $X.": back to the half
        ):
            self.paragraph.topic_period = old.topic_period
            self.paragraph.topic_in_passing = old.topic_in_passing
        elif old.topic_taken_late and closing_month_of(old.opening_topic, self.document.report_period):
            self.paragraph.topic_period = old.opening_topic  # "In June … chips …. For the half, chips …": June again
        self.paragraph.opening_topic = self.paragraph.topic_period

    def _go_on_within_a_card(self, old: ParagraphScope, first: str) -> None:
        """A short label line gives its item to the bare figures of the next ("2/ 일등 공신은 반도체" over "151.1억달러,
        27% 증가"); a card-news text's card ("#3 상반기 반도체 수출 435억 달러" over "지난해 같은 기간보다 51.9%
        증가") goes on from line to line, its subject, period and last figure, until the next card opens."""
        if self.label_subject is not None:
            self.paragraph.figureless_subject, self.paragraph.figureless_periods = (
                self.label_subject,
                old.figureless_periods,
            )
        if _CARD_OPENER.match(first):
            self.in_card = True
        elif len(first) > _CARD_LINE_MAX:
            self.in_card = False  # prose after the cards
        elif self.in_card:
            self.paragraph.last_frame, self.paragraph.topic_period = old.last_frame, old.topic_period
            self.paragraph.figureless_subject = self.paragraph.figureless_subject or old.figureless_subject

    def _go_on_across_the_line(self, old: ParagraphScope, first: str) -> None:
        """Where every line is one sentence, an imports section goes on line after line, not past a "■" heading
        nor into a line that opens a breakdown ("지역별로는 …", "3분기 품목별로는 …"); a partner's breakdown goes on
        into a line that opens on the sentence before it ("이 중 휴대폰이 …", "반면 디스플레이는 …"), and the last
        figure into one that opens on it ("That beat the record of …", "종전 최대였던 …"); the period goes on into a
        line that opens on the same period ("작년 같은 기간 …보다 5.0% 늘었다")."""
        opens_breakdown = "별로" in first and _BREAKDOWN_OPENING.match(first) is not None
        if old.flow != "balance" and not _SECTION_MARK.match(first) and not opens_breakdown:
            self.paragraph.flow = old.flow
        if old.partner is not None and _GOES_ON_FROM_LAST.match(first):
            self.paragraph.partner = old.partner
        self.paragraph.firms_story = old.firms_story  # (its own test ends it: `muting._mute_firms_story`)
        # an all-industry release recalled goes on too ("수입은 …" after "10월 전체 수출액은 …"): its own tests end it
        self.paragraph.recalls_economy = old.recalls_economy
        if old.topic_period is not None and _SAME_PERIOD_OPENING.match(first):
            self.paragraph.topic_period = old.topic_period
        if _PRONOUN_OPENING.match(first):  # "They came to $2.19 billion, …": the subject of the line before
            self.paragraph.partner = old.partner
            self.paragraph.last_frame, self.paragraph.last_subject = old.last_frame, old.last_subject
            self.paragraph.topic_period = old.topic_period
        self._go_on_with_the_dated_list(old, first, opens_breakdown)
        if _CHANGE_OPENING.match(first):
            self.paragraph.last_frame, self.paragraph.last_subject = old.last_frame, old.last_subject
        if old.last_frame is not None and (opens_on_the_last_figure(first) or _PART_OF_LAST.match(first)):
            self.paragraph.last_frame = old.last_frame  # "… a surplus of $X." / "That beat the record of $Y …"

    def _go_on_with_the_dated_list(self, old: ParagraphScope, first: str, opens_breakdown: bool) -> None:
        """'3분기 품목별로는 반도체가 …' / '디스플레이는 …, 휴대폰은 …': a breakdown a line opens with its period goes
        on, with that period, into the lines that name no period, flow or partner of their own."""
        if opens_breakdown:
            self.paragraph.dated_list = True  # (its period is read from the line itself)
            return
        if not old.dated_list or old.topic_period is None or _SECTION_MARK.match(first):
            return
        if _NAMES_OWN_PERIOD_OR_FLOW.search(first) is None and not any(
            mention.kind.startswith("region:") for mention in scan(first, None, self.patterns)
        ):  # (a partner the scanner knows is a scope of its own)
            self.paragraph.topic_period, self.paragraph.dated_list = old.topic_period, True

    def read(self, sentence: str) -> None:
        close_bullet_scopes(self.paragraph, sentence)
        reader = SentenceReader(self, sentence)
        if _names_its_period(reader.mentions):
            self.book.run += 1  # the figures after it whose period is carried are of one run
        reader.read()
        self.paragraph.named_subjects = reader.named
        named = [placed.period for placed in reader.resolved.values() if placed.period and not placed.anchor]
        if named:
            self.document.last_named = named[-1]  # (for "Back then, …", "당시 …" in the sentences after)
        carry_flow(self.paragraph, reader.sentence, reader.mentions)
        if not reader.footnote:
            topic, earlier_figures = self.paragraph.topic_period, self.paragraph.figures_bound
            carry_period(self.document, self.paragraph, reader.sentence, reader.resolved, reader.state)
            if self.paragraph.topic_period != topic:
                self.paragraph.topic_taken_late = earlier_figures
                note_sub_bullet_period(self.paragraph, sentence, topic)

    # -- what the reader asks of the document ------------------------------------------------------
    def settle_unsigned(self, mentions: list[Mention]) -> None:
        """Give the last sentence's unsigned growth figures the direction this sentence states for their flow."""
        unsigned, self.unsigned = self.unsigned, []
        for key in unsigned:
            if stated_trend(mentions, key[1]) < 0:
                draft = self.book.get(key)
                if draft is not None and draft.values.get("yoy_pct", 0) > 0:
                    draft.values["yoy_pct"] = -draft.values["yoy_pct"]

    def awaits(self, field_name: str, period: Period) -> bool:
        """Did the last sentence leave this field of its subject empty for this period?"""
        if self.paragraph.last_frame is None:
            return False
        draft = self.book.get((period.label, *self.paragraph.last_frame))
        return draft is not None and field_name not in draft.values
