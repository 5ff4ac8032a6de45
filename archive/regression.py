"""Regressions are not revisions: a new capture of an article that is really an error or maintenance page,
or that lost most of its figures or text, must not replace the last good version's facts.

The capture stays in raw/ (it is what the site served) and the run reports it; the article keeps its last
good version, and the next run asks again. The same rules hold for every source: they look only at the
cleaned text and the figures, never at a site's markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Notices that sites put in an article's place while they are down or broken, in English and Korean.
NOTICE = re.compile(
    r"시스템\s*점검|서비스\s*점검|정기\s*점검|점검\s*중|점검\s*시간|일시적으로\s*(?:서비스|이용)|서비스\s*이용에\s*불편|"
    r"페이지를\s*찾을\s*수\s*없|요청하신\s*페이지|오류가\s*발생|"
    r"system\s+maintenance|under\s+maintenance|scheduled\s+maintenance|maintenance\s+(?:work|notice|in progress)|"
    r"temporarily\s+unavailable|service\s+unavailable|page\s+(?:was\s+)?not\s+found|an\s+error\s+(?:has\s+)?occurred|"
    r"internal\s+server\s+error|bad\s+gateway|access\s+denied",
    re.IGNORECASE,
)
NOTICE_MAX_CHARS = 600  # a notice is short; a real article that mentions "maintenance" is not
LOST_SHARE = 0.7  # a version that lost this share of its figures (or more) is a regression
MIN_FACTS = 2  # ... when the good version had at least this many
SHRUNK_TO = 0.3  # a body cut to this share of its length (or less) is a regression
MIN_CHARS = 400  # ... when the good version had at least this many characters


@dataclass(frozen=True)
class Baseline:
    """What the last good version of an article had."""

    text_length: int
    n_facts: int


def notice(title: str | None, text: str) -> bool:
    """A short page whose words are an error or maintenance notice, not an article."""
    return len(text) <= NOTICE_MAX_CHARS and bool(NOTICE.search(f"{title or ''}\n{text}"))


def judge(text: str, n_facts: int, previous: Baseline | None) -> str | None:
    """Why this version must not replace `previous` (the last good one), or None when it may."""
    if previous is None:
        return None
    if previous.n_facts >= MIN_FACTS and n_facts <= previous.n_facts * (1 - LOST_SHARE):
        return f"article lost {previous.n_facts - n_facts} of its {previous.n_facts} figures"
    if previous.text_length >= MIN_CHARS and len(text) <= previous.text_length * SHRUNK_TO:
        return f"article body shrank from {previous.text_length} to {len(text)} characters"
    return None
