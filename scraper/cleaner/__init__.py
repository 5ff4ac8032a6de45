"""Cleaner: raw page bytes (or plain text) -> CleanedPage (title, publication date, language, paragraphs).

HTML goes through the source's profile (chosen by URL host): embedded JSON first when the site has it,
then the body container chain, then generic containers; pages from unknown hosts go to trafilatura.
Every path ends with the same line-level boilerplate filter, which is also all that plain text needs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from lxml.html import HtmlElement

from scraper.cleaner import embedded, generic
from scraper.cleaner.boilerplate import strip_boilerplate
from scraper.cleaner.columns import read_columns
from scraper.cleaner.dates import (
    DATE_IN_LINE,
    DATE_LABEL,
    DATE_ONLY_LINE,
    GLUED_TITLE_DATE,
    markup_date,
    parse_date,
)
from scraper.cleaner.decode import decode_html
from scraper.cleaner.html import block_lines, element_value, first, parse_html, parse_page, remove, select
from scraper.language import detect_language
from scraper.models import CleanedPage
from scraper.profiles import SourceProfile, profile_for_url

__all__ = ["clean", "clean_text"]

MIN_BODY_CHARS = 80  # a "body" shorter than this is a layout miss, not an article
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _substantial(lines: list[str]) -> bool:
    """Long enough to be an article body. A Hangul syllable counts twice: a two-sentence Korean brief
    carries as much as 80 Latin letters, and sending it to the generic extractor only loses time."""
    text = "".join(lines)
    if len(text) >= MIN_BODY_CHARS:
        return True  # long enough before a syllable is counted
    return len(text) + len(_HANGUL.findall(text)) >= MIN_BODY_CHARS


def clean(body: bytes, url: str | None = None, headers: Mapping[str, str] | None = None) -> CleanedPage:
    """Decode and clean one HTML page."""
    text, encoding = decode_html(body, headers)
    parsed = parse_page(text)
    root = parsed.root
    profile = profile_for_url(url)
    if root is None:
        return _page(None, None, [], encoding, url, profile)
    title = _title(root, profile)
    published = _published(root, profile)
    # A source's page its date selectors no longer find (a redesign): read the markup before _body prunes
    # the tree, used only if neither the body nor embedded data has a date. Not for unknown hosts, where
    # it would cost more than the extraction (their pages keep the caller's date, as before).
    fallback_date = markup_date(root, url) if published is None and profile is not None else None
    lines, found = _body(root, profile, text, url)
    if found is not None:
        title = title or found.title
        published = published or parse_date(found.published)
    lines = strip_boilerplate(lines)
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]
    if published is None:
        published = _date_in_lines(lines) or fallback_date
    return _page(title, published, lines, encoding, url, profile, truncated=parsed.truncated)


# a site's name over the headline ("The Korea Herald", "연합뉴스"): a short line with no figure and no trade word
_MASTHEAD = re.compile(r"^[^\d.]{2,30}$")
_HEADLINE_WORDS = re.compile(
    r"ICT|IT\b|정보통신|export|import|shipment|trade|surplus|deficit|수출|수입|무역|흑자|적자", re.I
)


# a release's letterhead over its headline: "PRESS RELEASE | For immediate release: October 15, 2012", "보도자료"
_LETTERHEAD = re.compile(r"press\srelease|for\simmediate\srelease|보도\s?자료|보도\s?참고\s?자료", re.I)
_MINISTRY_NAME = re.compile(r"(?:the\s)?ministry\sof\s[a-z,&\s]{4,60}$|[가-힣·]{2,16}부$", re.I)
_MAX_MASTHEAD_LINES = 3


def _is_masthead(line: str) -> bool:
    """A site's name ("The Korea Herald") or a release's letterhead: no trade word, and no figure but a date;
    a ministry's name may hold "ICT" ("MINISTRY OF SCIENCE AND ICT", "과학기술정보통신부")."""
    if _MINISTRY_NAME.match(line):
        return True
    if _HEADLINE_WORDS.search(line):
        return False
    undated = DATE_IN_LINE.sub("", line).strip(" |·/-")
    if undated and _MASTHEAD.match(undated) and len(undated.split()) <= 4:
        return True  # "The Korea Herald", "Markets | 15/11/2023"
    return bool(_LETTERHEAD.search(line)) and len(line) < 100 and not re.search(r"\d", undated)


def _after_masthead(lines: list[str]) -> list[str]:
    """The lines from the headline on, when the lines above it are the site's name or a letterhead."""
    for skipped in range(1, min(_MAX_MASTHEAD_LINES, len(lines) - 1) + 1):
        if not _is_masthead(lines[skipped - 1]):
            break
        headline = lines[skipped]
        if _HEADLINE_WORDS.search(headline) and len(headline) < 160 and not headline.rstrip().endswith((".", "다.")):
            return lines[skipped:]
    return lines


# A title with its date glued on is the page's own only near its top: further down such lines are a list of
# other articles ("ICT Exports Drop 13.6% in January 2016-02-11" under "Related Articles")
_TITLE_WITHIN = 8


def clean_text(text: str, url: str | None = None) -> CleanedPage:
    """Clean text already extracted from a page (boilerplate included): drop furniture lines, find the
    title (the first real line; a glued date is split off it) and a labelled date."""
    lines = [line.strip() for line in read_columns(text).splitlines() if line.strip()]
    published = None
    title = None
    kept: list[str] = []
    for position, line in enumerate(lines):
        label = DATE_LABEL.match(line) or DATE_ONLY_LINE.match(line)
        if label:
            published = published or parse_date(label.group("date"))
            line = line[label.end() :].strip()
            if not line:
                continue
        glued = GLUED_TITLE_DATE.match(line)
        if glued and title is None and len(line) < 160 and position < _TITLE_WITHIN:
            title = glued.group("title").strip()
            published = published or parse_date(glued.group("date"))
            continue
        kept.append(line)
    kept = _after_masthead(strip_boilerplate(kept))
    if title is None and kept and len(kept[0]) < 160 and not kept[0].rstrip().endswith((".", "다.")):
        title = kept[0]
    paragraphs = [title, *kept] if title and (not kept or kept[0] != title) else kept
    return _page(title, published, paragraphs, None, url, profile_for_url(url))


# -- pieces -----------------------------------------------------------------------------------------


def _page(
    title: str | None,
    published: date | None,
    lines: list[str],
    encoding: str | None,
    url: str | None,
    profile: SourceProfile | None,
    truncated: bool = False,
) -> CleanedPage:
    text = "\n".join(lines)
    lang = profile.lang if profile is not None else detect_language(f"{title or ''}\n{text}")
    return CleanedPage(
        title=title,
        published=published,
        lang=lang,
        paragraphs=tuple(lines),
        encoding=encoding,
        url=url,
        source=profile.name if profile else None,
        truncated=truncated,
    )


def _title(root: HtmlElement, profile: SourceProfile | None) -> str | None:
    if profile is not None:
        found = first(root, profile.title)
        if found is not None and (title := element_value(found)):  # (its text is read once)
            return title
    for selector in ('meta[property="og:title"]', "title", "h1"):
        found = first(root, (selector,))
        if found is not None and (title := element_value(found)):
            for suffix in profile.title_suffixes if profile else ():
                title = title.removesuffix(suffix)
            return re.split(r"\s[|:]\s(?=[^|:]*$)", title)[0].strip() if selector == "title" else title
    return None


def _published(root: HtmlElement, profile: SourceProfile | None) -> date | None:
    selectors = (
        *(profile.date if profile else ()),
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[itemprop="datePublished"]',
        "time[datetime]",
        "[class*=date]",
        "[class*=Date]",
    )
    for selector in selectors:
        for element in select(root, selector):
            found = parse_date(element_value(element))
            if found:
                return found
    return None


def _body(
    root: HtmlElement, profile: SourceProfile | None, text: str, url: str | None
) -> tuple[list[str], embedded.Embedded | None]:
    if profile is not None:
        for reader in profile.embedded:
            found = embedded.READERS[reader](root)
            if found is not None and _substantial(found.paragraphs):
                return found.paragraphs, found
        remove(root, profile.drop)  # pruned in place: the tree is not read again unless this path fails
        container = first(root, profile.body)
        if container is not None:
            lines = block_lines(container)
            if _substantial(lines):
                return lines, None
        unpruned = parse_html(text)  # the same page as it came, for the generic paths
        if unpruned is not None:
            root = unpruned
    found = embedded.from_jsonld(root)
    if profile is not None and found is not None:
        return found.paragraphs, found
    generic.drop_non_text(root)  # the last use of `root` but for the JSON-LD trafilatura reads from it
    lines = generic.trafilatura_lines(root, url)
    if found is not None and _substantial(found.paragraphs) and sum(map(len, found.paragraphs)) > sum(map(len, lines)):
        return found.paragraphs, found  # an app shell: the text is only in the page's JSON-LD
    if _substantial(lines):
        return lines, None
    fresh = parse_html(text)
    return (generic.container_lines(fresh) if fresh is not None else []), None


def _date_in_lines(lines: list[str]) -> date | None:
    for line in lines[:8]:
        label = DATE_LABEL.match(line)
        if label:
            return parse_date(label.group("date"))
    return None
