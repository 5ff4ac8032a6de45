"""The two value types every stage passes along: a cleaned page and a figure (fact)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class CleanedPage:
    """What the cleaner keeps of one page: enough to parse figures and to cite them."""

    title: str | None
    published: date | None
    lang: str  # "en" | "ko"
    paragraphs: tuple[str, ...]
    encoding: str | None = None
    url: str | None = None
    source: str | None = None  # profile name that matched the URL host, None for the generic path
    truncated: bool = False  # the markup nested past the parser's limit even flattened: text after the cut is lost

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Fact:
    """One figure about Korea's ICT trade, keyed by (period, flow, item, region)."""

    period: str  # "YYYY-MM" or "YYYY-MM/YYYY-MM"
    flow: str  # export | import | balance
    item: str  # canonical item code, "ict" for the total
    region: str  # canonical region code, "world" when no partner is named
    value_usd: float | None = None
    yoy_pct: float | None = None
    prior_usd: float | None = None
    evidence: str = ""

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.period, self.flow, self.item, self.region)

    def to_dict(self) -> dict[str, Any]:
        # a shallow copy: dataclasses.asdict deep-copies every field and cost a tenth of extraction time
        return dict(self.__dict__)


@dataclass
class ParseResult:
    is_ict_trade_report: bool
    facts: list[Fact] = field(default_factory=list)
