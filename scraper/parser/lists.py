"""Figures listed against subjects listed: "respectively", "각각", and rows of partners or items."""

from __future__ import annotations

import re
from itertools import pairwise

from scraper.parser.casefold import folded_sentence
from scraper.parser.prefilter import guarded_ignoring_case
from scraper.parser.scanner import Mention
from scraper.parser.sentences import korean_background, marked_with_the_names_after
from scraper.parser.subjects import PARENTS

_LIST_WORD = re.compile(r"respectively|각각|차례로|\beach\b(?!\sother)", re.I)


def _may_list(sentence: str) -> bool:
    """Can `_LIST_WORD` match? Its words, looked for in the sentence folded as IGNORECASE folds it (most
    sentences have none, and the plain tests are cheaper than the case-blind search)."""
    if "각각" in sentence or "차례로" in sentence:
        return True
    folded = folded_sentence(sentence)
    return "respectively" in folded or "each" in folded


def _has_list_word(sentence: str) -> bool:
    return _may_list(sentence) and bool(_LIST_WORD.search(sentence))


_ENDED = re.compile(r"[.!?다\")]\s*$")
SUBJECT_BLOCKERS = re.compile(r"(?:including|excluding|incl\.|excl\.|포함|제외)[\s,]*$", re.I)
SUBJECT_BLOCKERS = guarded_ignoring_case(SUBJECT_BLOCKERS)  # (`re` tried it at every position)
EXAMPLES_AFTER_NAME = re.compile(r"(?:such\sas|like)[\s,]*$", re.I)


# Compound names that are also a list of their parts when figures are given "respectively".
COMPOUND_PARTS = {"computers_peripherals": ("computers", "peripherals")}
# ... and those that are a list only when they join two names ("finished handsets and parts", "휴대폰 완제품 및 부분품")
_JOINED_PARTS = {"mobile_phones": ("finished_phones", "mobile_phone_parts")}
_JOINS = re.compile(r"\sand\s|및|[와과]\s")
Subject = tuple[str, str]  # (dimension, code): ("region", "vietnam")
# "컴퓨터·주변기기 수출은 SSD가 9억2000만달러로 … 8억달러를 넘겼다": a name marked as the topic or the subject ends
# its own phrase; the next name is no second entry of a list with it
_KO_MARKED_BETWEEN = re.compile(r"(?:^|[가-힣])[은는이가]\s")
_KO_MODIFIER = re.compile(r"\s?[가-힣]{0,4}\s?(?:증가|감소|늘어|줄어|상승|하락|급증|급감|성장)[가-힣]{0,2}[한난된]\s")


def list_assignments(
    sentence: str,
    mentions: list[Mention],
    context_item: str | None = None,
    previous: NamedSubjects | list[Subject] | None = None,
    counted: tuple[int, int] | None = None,
) -> tuple[dict[int, Subject], NamedSubjects]:
    """Figures listed in the order of their subjects: "to Vietnam, the U.S. and Japan fell 1.3 percent,
    13.9 percent and 5.3 percent, respectively". Returns number index -> (dimension, code), and the
    subjects the sentence named, in order (a next sentence may list their figures).

    With "respectively"/"각각", a run of k figures of one kind goes to the last k subjects named; without
    it, only a run that matches, kind by kind, a row of subjects named just before it. A sentence that
    names no subject of its own lists the figures of the `previous` sentence's subjects ("Chips and
    displays led. They rose 14.2% and 11.7%, respectively", "두 품목은 각각 …"). `counted`: the number of figures
    and of names (items, partners, context items), when the caller has counted them already."""
    figures, names = counted if counted is not None else _count_figures_and_names(mentions)
    # most sentences list nothing: fewer than two figures, or (without a list word) fewer than two names to
    # make a row of; the subjects they named are seldom asked for
    if figures < 2 or (names < 2 and not _has_list_word(sentence)):
        return {}, NamedSubjects(sentence, mentions, context_item)
    reader = _ListReader(sentence, mentions, context_item, previous)
    assignments = reader.read()
    return assignments, NamedSubjects.of(reader)


def _count_figures_and_names(mentions: list[Mention]) -> tuple[int, int]:
    figures = names = 0
    for mention in mentions:
        if mention.kind == "money" or mention.kind == "pct":
            figures += 1
        elif mention.kind.startswith(("item:", "region:", "ctxitem:")):
            names += 1
    return figures, names


def _both_flows(sentence: str, mention: Mention) -> bool:
    """Is the flow word "수출입" (exports and imports, not "수출입 수지", the balance), which a "각각" list reads as
    two flows in that order?"""
    return (
        mention.kind == "flow:export"
        and sentence.startswith("수출입", mention.start)
        and _BALANCE_WORD.match(sentence, mention.start + 3) is None
    )


_BALANCE_WORD = re.compile(r"\s?수지")


class NamedSubjects:
    """The subjects a sentence named, in order, for a next sentence that lists their figures ("두 품목은
    각각 …"). Worked out when first asked (few sentences ask), by the same reading as `list_assignments`."""

    __slots__ = ("_context_item", "_mentions", "_sentence", "_subjects")

    def __init__(self, sentence: str, mentions: list[Mention], context_item: str | None) -> None:
        self._sentence, self._mentions, self._context_item = sentence, mentions, context_item
        self._subjects: list[Subject] | None = None

    @classmethod
    def of(cls, reader: _ListReader) -> NamedSubjects:
        named = cls(reader.sentence, reader.mentions, None)
        named._subjects = reader.named()
        return named

    def get(self) -> list[Subject]:
        if self._subjects is None:
            reader = _ListReader(self._sentence, self._mentions, self._context_item, None)
            reader.read()
            self._subjects = reader.named()
        return self._subjects

    def flows(self) -> list[Subject]:
        """The flows the sentence named one after another, each with its own amount ("수출은 A, 수입은 B였다"),
        for "각각 X%, Y%" after it; none when it names another item or partner too."""
        if subjects_named_other(self._mentions):
            return []
        flows: list[Subject] = []
        for mention, after in pairwise(self._mentions):
            if mention.kind.startswith("flow:") and after.kind == "money":
                flows.append(("flow", mention.kind.split(":", 1)[1]))
        return flows if len(set(flows)) == len(flows) else []


class _ListReader:
    def __init__(
        self,
        sentence: str,
        mentions: list[Mention],
        context_item: str | None,
        previous: NamedSubjects | list[Subject] | None,
    ) -> None:
        self.sentence, self.mentions, self.context_item = sentence, mentions, context_item
        self._previous = previous
        self.keyword = _has_list_word(sentence)
        self.respectively_at = sentence.find("respectively") if self.keyword else -1
        self.truncated = not _ENDED.search(sentence[-8:])
        self.flows_listed = (  # "수출과 수입은 ... 각각" (one flow, "Exports to the three …", lists nothing)
            self.keyword
            and not subjects_named_other(mentions)
            and sum(m.kind.startswith("flow:") + _both_flows(sentence, m) for m in mentions) >= 2
        )
        self.subjects: list[tuple[int, str, str]] = []  # (index, dimension, code)
        self.assignments: dict[int, Subject] = {}
        self.run: list[int] = []  # the figures since the last subject
        self.row: list[tuple[int, str, str]] = []  # subjects since the last figure

    def read(self) -> dict[int, Subject]:
        for index, mention in enumerate(self.mentions):
            # a figure, a period, a marker is no subject: decided here, the most common case
            kind = self._subject_kind(mention) if ":" in mention.kind or mention.kind in PARENTS else None
            if kind is not None:
                self._subject(index, mention, kind)
            elif self.run and mention.kind.startswith(("item:", "region:")) and (named := self._modified_names(index)):
                self._close_run(named)  # "… 증가한 메모리와 시스템반도체의 호조로": names of a cause, listed
                self.run, self.row = [], []
            elif mention.kind in ("money", "pct"):
                if self.run and self.mentions[self.run[-1]].end < self.respectively_at < mention.start:
                    if len(self.run) >= 2:  # "… by 7.1 percent and 0.8 percent, respectively, though a 180
                        self._close_run()  # percent jump in …": the list ends at its word
                    self.run, self.row = [], []
                self.run.append(index)
        if len(self.run) >= 2:  # (a shorter run lists nothing)
            self._close_run(self._modified_names(len(self.mentions)))
        return self.assignments

    def named(self) -> list[Subject]:
        """The subjects read, in order, without flows."""
        return list(dict.fromkeys((d, c) for _, d, c in self.subjects if d != "flow"))

    @property
    def previous(self) -> list[Subject]:
        previous = self._previous
        if previous is None:
            return []
        return previous.get() if isinstance(previous, NamedSubjects) else previous

    def _subject_kind(self, mention: Mention) -> str | None:
        """The mention as a listed subject ("item:dram"), or None when it is none."""
        kind = mention.kind
        if ":" not in kind and kind not in PARENTS:
            return None  # a figure, a period, a marker: no subject
        if kind.split(":", 1)[-1] in PARENTS:
            self.context_item = kind.split(":", 1)[1]  # "휴대폰은 완제품과 부분품이 각각 ..."
        if kind.startswith("flow:") and not self.flows_listed:
            return None
        if kind.startswith("ctxitem:"):
            parent, child = kind.split(":", 1)[1].split(">")
            kind = f"item:{child}" if parent == self.context_item else "other"
        if not kind.startswith(("item:", "region:", "flow:")):
            return None
        before = self.sentence[max(0, mention.start - 14) : mention.start]
        examples = (
            EXAMPLES_AFTER_NAME.search(before)
            and self.subjects
            and mention.start - self.mentions[self.subjects[-1][0]].end <= 35
        )
        if SUBJECT_BLOCKERS.search(before) or examples:
            return None
        if korean_background(self.sentence, mention) and not marked_with_the_names_after(
            self.sentence, self.mentions, mention
        ):
            return None  # "반도체와 디스플레이는 수요 회복으로 …" lists both
        return kind

    def _subject(self, index: int, mention: Mention, kind: str) -> None:
        dimension, code = kind.split(":", 1)
        if code == "hong_kong" and self.subjects and self.subjects[-1][2] == "china" and not self.run:
            return
        if self.run:
            if len(self.run) >= 2:  # (a shorter run lists nothing)
                self._close_run(self._modified_names(index))
            self.run, self.row = [], []
        self.subjects.append((index, dimension, code))
        self.row.append((index, dimension, code))
        if _both_flows(self.sentence, mention):  # "수출입이 각각 A, B로": exports, then imports
            self.subjects.append((index, "flow", "import"))
            self.row.append((index, "flow", "import"))

    def _modified_names(self, index: int) -> list[Subject] | None:
        """The names right after the run that its figures belong to: any, when no subject came before; else
        the names a Korean modifier clause joins to them ("각각 67.7%·25.3% 증가한 메모리와 시스템반도체"),
        cause-marked or not."""
        if not self.run:
            return None
        after = self.mentions[self.run[-1]].end
        if self.subjects:
            name = next((m for m in self.mentions[self.run[-1] + 1 :] if m.kind.startswith(("item:", "region:"))), None)
            if name is None or not _KO_MODIFIER.fullmatch(self.sentence[after : name.start]):
                return None
        return _subjects_until_next_figure(self.sentence, self.mentions, min(index, self.run[-1] + 1))

    def _listed_together(self, run: list[int]) -> bool:
        """Figures of a list sit close together ("3.8%, 10.9%"), not in clauses of their own, and all inside or
        all outside parentheses ("OLED 수출(14억 달러, 23.6%↑) 덕에 19억 달러로 10.5%" is no list of two)."""
        inside = {self._in_parentheses(self.mentions[i].start) for i in run}
        return len(inside) == 1 and all(self.mentions[b].start - self.mentions[a].end <= 24 for a, b in pairwise(run))

    def _in_parentheses(self, position: int) -> bool:
        return self.sentence.count("(", 0, position) > self.sentence.count(")", 0, position)

    def _compound_parts(self, code: str) -> tuple[str, ...]:
        """The items a compound name lists: "computers and peripherals", "finished handsets and parts"."""
        if code in COMPOUND_PARTS:
            return COMPOUND_PARTS[code]
        named = next((self.mentions[i].text for i, _, c in self.subjects if c == code), "")
        return _JOINED_PARTS.get(code, ()) if _JOINS.search(named) else ()

    def _close_run(self, following: list[Subject] | None = None) -> None:
        run = self._listed_part(self.run) if self.keyword else self.run
        if len(run) < 2 or (not self.keyword and self._paired_changes(run)):
            return
        dimension = self.subjects[-1][1] if self.subjects else ""
        ordered = list(dict.fromkeys((d, c) for _, d, c in self.subjects if d == dimension))
        if self.keyword and following and len(following) >= len(run) and len(ordered) < len(run):
            self.assignments.update(zip(run, following, strict=False))  # the names come after the figures
            return
        if not self.subjects:
            self._list_previous(run)
            return
        if len(ordered) == 1 and self.keyword:
            dimension = self._listed_dimension(len(run)) or dimension  # "중국, 미국 반도체 수출은 각각 …"
            ordered = list(dict.fromkeys((d, c) for _, d, c in self.subjects if d == dimension))
        if self.keyword and len(ordered) == 1 and (parts := self._compound_parts(ordered[0][1])):
            ordered = [("item", part) for part in parts]  # "computers and peripherals ... rose 8.9% and 5.4%,
            # respectively": the compound name lists two items
        row_subjects = list(dict.fromkeys((d, c) for _, d, c in self.row if d == dimension))
        by_kind: dict[str, list[int]] = {}
        for index in run:
            by_kind.setdefault(self.mentions[index].kind, []).append(index)
        row_matches = (
            len(row_subjects) >= 2
            and self._listed_together(run)
            and self._row_is_a_list()
            and (
                all(len(v) == len(row_subjects) for v in by_kind.values())
                or (self.truncated and len(by_kind) == 1 and len(run) <= len(row_subjects))
            )
        )  # a cut-off list
        for indices in by_kind.values():
            if row_matches:
                self.assignments.update(zip(indices, row_subjects, strict=False))
            elif self.keyword and 2 <= len(indices) <= len(ordered):
                self.assignments.update(zip(indices, ordered[-len(indices) :], strict=False))

    def _row_is_a_list(self) -> bool:
        """Are the names of the row listed together, none marked as a topic or subject before the next?"""
        return not any(
            _KO_MARKED_BETWEEN.search(self.sentence[self.mentions[a].end : self.mentions[b].start])
            for (a, _, _), (b, _, _) in pairwise(self.row)
        )

    def _paired_changes(self, run: list[int]) -> bool:
        """Names each with its amount in brackets, then as many changes listed together: "대만(5억2000만 달러)과
        인도(2억8000만 달러)는 7.3%, 12.6% 줄었다" pairs them in order without "각각". Assigned here: True."""
        changes = [i for i in run if self.mentions[i].kind == "pct"]
        if len(changes) < 2 or len(self.subjects) < len(changes) or not self._listed_together(changes):
            return False
        named = self.subjects[-len(changes) :]
        first_change = self.mentions[changes[0]]
        if len({d for _, d, _ in named}) != 1 or named[0][1] == "flow" or self._in_parentheses(first_change.start):
            return False
        for (index, _, _), after in zip(named, [*(i for i, _, _ in named[1:]), changes[0]], strict=True):
            amount = self.mentions[index + 1]
            if amount.kind != "money" or index + 2 != after or self.sentence[self.mentions[index].end] != "(":
                return False  # each name, its amount in brackets, and the next name or the changes
        self.assignments.update(zip(changes, [(d, c) for _, d, c in named], strict=True))
        return True

    def _listed_part(self, run: list[int]) -> list[int]:
        """The figures "각각" lists: a figure alone of its kind before it is its own subject's ("수입은 92.1억
        달러로 각각 16.8%, 3.1%"); an amount of a balance ("70.3억 달러의 흑자") is not listed, unless it ends a list
        of amounts the balance word closes ("각각 4억4천만달러, 6억7천만달러 적자")."""
        listed = [
            i for i in run if not _BALANCE_AFTER.match(self.sentence, self.mentions[i].end) or self._ends_a_list(i, run)
        ]
        at = self.sentence.find("각각")
        if at >= 0 and any(self.mentions[i].start > at for i in listed):
            before = [i for i in listed if self.mentions[i].start < at]
            alone = {
                kind
                for kind in {self.mentions[i].kind for i in before}
                if sum(self.mentions[i].kind == kind for i in before) == 1
            }
            listed = [i for i in listed if i not in before or self.mentions[i].kind not in alone]
        return listed

    def _ends_a_list(self, index: int, run: list[int]) -> bool:
        """Is the figure at `index` the last of amounts listed one after another ("4억4천만달러, 6억7천만달러")?"""
        if index - 1 not in run:
            return False
        before, figure = self.mentions[index - 1], self.mentions[index]
        return before.kind == figure.kind and self.sentence[before.end : figure.start].strip() in (",", "·", "및")

    def _listed_dimension(self, figures: int) -> str | None:
        """The dimension of which as many subjects were named as there are figures: in "중국, 미국, 베트남 반도체
        수출은 각각 …" the partners are listed and the one item is what each partner's figure is of."""
        for names in (self.row, self.subjects):  # the clause's own names first: "미국은 …% 늘었고, 중국·EU는 각각 …"
            for dimension in ("region", "item"):
                named = {c for _, d, c in names if d == dimension}
                if len(named) >= 2 and figures % len(named) == 0:
                    return dimension
        return None

    def _list_previous(self, run: list[int]) -> None:
        """'두 품목은 각각 95억달러, 25억달러': k figures of each kind for the k subjects the last sentence named."""
        if not self.keyword:
            return
        previous = self.previous
        if len(previous) < 2 and isinstance(self._previous, NamedSubjects):
            previous = self._previous.flows()  # "수출은 A, 수입은 B였다. 각각 X%, Y% 늘었다"
        if len(previous) < 2 or len({d for d, _ in previous}) != 1:
            return
        by_kind: dict[str, list[int]] = {}
        for index in run:
            by_kind.setdefault(self.mentions[index].kind, []).append(index)
        if all(len(indices) == len(previous) for indices in by_kind.values()):
            for indices in by_kind.values():
                self.assignments.update(zip(indices, previous, strict=True))


_BALANCE_AFTER = re.compile(r"\s?(?:의\s?)?(?:흑자|적자)|\s(?:trade\s)?(?:surplus|deficit)\b", re.I)


def subjects_named_other(mentions: list[Mention]) -> bool:
    """Does the sentence name items or partners? Then its flows are the frame, not a list."""
    return any(m.kind.startswith(("item:", "region:", "ctxitem:")) and m.kind != "item:ict" for m in mentions)


def _subjects_until_next_figure(sentence: str, mentions: list[Mention], start: int) -> list[tuple[str, str]]:
    """Korean may name the subjects after the figures: "각각 67.7%·25.3% 증가한 메모리와 시스템반도체"."""
    found: list[tuple[str, str]] = []
    for mention in mentions[start:]:
        if mention.kind in ("money", "pct"):
            break
        if mention.kind.startswith(("item:", "region:")):
            dimension, code = mention.kind.split(":", 1)
            if not found or found[-1][0] == dimension:
                found.append((dimension, code))
        elif mention.kind.startswith("ctxitem:"):
            found.append(("item", mention.kind.split(">")[1]))
    return found
