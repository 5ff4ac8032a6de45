"""`ictarchive probe`: before the first schedule, check each source's site as it is today.

Per source, politely (one request at a time, `download_delay` apart, robots.txt obeyed, bodies capped): fetch
robots.txt, the first page of every discovery layer (feed, list; the links layer reads the list page again),
and the newest ICT article any layer lists; report what each found (links, titles, dates, body characters,
facts). A source fails when a layer finds nothing (the layer and its selector are named), when a list gives
links without titles or dates, or when the article gives no text. Nothing is archived.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import date
from urllib.parse import urlsplit

from protego import Protego
from scrapy.http import HtmlResponse, Request

from scraper.config import Config
from scraper.settings import USER_AGENT
from spiders import all_spiders
from spiders.base import SourceSpider, is_ict_trade_title
from spiders.discovery import Listed, is_notice_page, read_feed


@dataclass
class Fetched:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    error: str | None = None

    def response(self) -> HtmlResponse:
        return HtmlResponse(
            self.url, status=self.status, headers=self.headers, body=self.body, request=Request(self.url)
        )


class SameSiteRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to a host the source lives on (as the crawl does)."""

    def __init__(self, allowed: set[str]):
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).hostname not in self.allowed:
            raise urllib.error.HTTPError(newurl, code, f"redirect to another host refused: {newurl}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class PoliteFetcher:
    """Sequential GETs: `delay` seconds between two requests to one host, a timeout, a size cap."""

    def __init__(self, user_agent: str, delay: float, timeout: float, max_bytes: int):
        self.user_agent, self.delay, self.timeout, self.max_bytes = user_agent, delay, timeout, max_bytes
        self.last: dict[str, float] = {}
        self.allowed: set[str] = set()  # the hosts of the source being probed

    def get(self, url: str) -> Fetched:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.hostname not in self.allowed:
            return Fetched(url, 0, {}, b"", f"refused: {parts.hostname or url} is not a host of the source")
        host = parts.netloc
        wait = self.last.get(host, 0.0) + self.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            opener = urllib.request.build_opener(SameSiteRedirects(self.allowed))
            with opener.open(request, timeout=self.timeout) as answer:
                body = answer.read(self.max_bytes + 1)
                fetched = Fetched(answer.geturl(), answer.status, dict(answer.headers.items()), body[: self.max_bytes])
                if len(body) > self.max_bytes:
                    fetched.error = "body larger than max_body_bytes"
        except urllib.error.HTTPError as error:
            fetched = Fetched(url, error.code, dict(error.headers.items()), b"", f"HTTP {error.code}")
        except (urllib.error.URLError, OSError) as error:
            fetched = Fetched(url, 0, {}, b"", f"connection failed ({getattr(error, 'reason', error)})")
        self.last[host] = time.monotonic()
        return fetched


@dataclass
class LayerReport:
    layer: str
    url: str
    selector: str
    links: int = 0
    titles: int = 0
    dates: int = 0
    problem: str | None = None


@dataclass
class ArticleReport:
    url: str
    title: str
    published: str | None
    body_chars: int = 0
    facts: int = 0
    problem: str | None = None


@dataclass
class SourceProbe:
    source: str
    robots: str = ""
    layers: list[LayerReport] = field(default_factory=list)
    article: ArticleReport | None = None
    note: str | None = None

    @property
    def problems(self) -> list[str]:
        found = [f"{r.layer} layer: {r.problem}" for r in self.layers if r.problem]
        if self.article is not None and self.article.problem:
            found.append(f"article {self.article.url}: {self.article.problem}")
        return found

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {**asdict(self), "ok": self.ok, "problems": self.problems}


def probe_source(spider: SourceSpider, fetcher: PoliteFetcher) -> SourceProbe:
    spec = spider.spec
    report = SourceProbe(spider.name)
    fetcher.allowed = {host for host in spider.allowed_hosts if host}
    base = urlsplit(spider.base_url)
    robots_url = f"{base.scheme}://{base.netloc}/robots.txt"
    robots = fetcher.get(robots_url)
    rules = Protego.parse(robots.body.decode("utf-8", "replace")) if robots.status == 200 else None
    report.robots = "read" if rules else f"none ({robots.error or robots.status}): everything allowed"
    candidates: list[Listed] = []
    list_page: Fetched | None = None
    for layer in spec.layers:
        if layer == "feed":
            url, selector = spider.feed_url(), spec.feed_path
        elif layer == "list":
            url, selector = spider.list_url(spider.first_page), spec.list_selector
        else:
            url, selector = spider.list_url(spider.first_page), f"links matching {spec.article_pattern}"
        layer_report = LayerReport(layer, url, selector)
        report.layers.append(layer_report)
        if rules is not None and not rules.can_fetch(url, fetcher.user_agent):
            layer_report.problem = f"disallowed by robots.txt ({url})"
            continue
        page = list_page if layer == "links" and list_page is not None else fetcher.get(url)
        if layer == "list":
            list_page = page
        if page.error or page.status != 200:
            layer_report.problem = f"{page.error or f'HTTP {page.status}'} at {url}"
            continue
        try:
            if layer == "feed":
                entries = read_feed(page.body, spec, spider.base_url)
            elif layer == "list":
                entries = spider.parse_entries(page.response())
            else:
                entries = spider.parse_links(page.response())
        except (ValueError, AttributeError) as error:
            layer_report.problem = f"page unreadable ({type(error).__name__}: {error}) at {url}"
            continue
        layer_report.links = len(entries)
        layer_report.titles = sum(1 for e in entries if e.title)
        layer_report.dates = sum(1 for e in entries if e.published)
        if not entries:
            layer_report.problem = f"found nothing ({selector}) at {url}"
        elif layer != "links" and not layer_report.titles:
            layer_report.problem = f"{len(entries)} links but no titles ({selector}) at {url}"
        elif layer == "list" and not layer_report.dates:
            layer_report.problem = f"{len(entries)} links but no dates ({selector}) at {url}"
        candidates += [e for e in entries if e.title and is_ict_trade_title(e.title)]
    report.article = probe_article(spider, fetcher, candidates, rules)
    if report.article is None:
        report.note = "no ICT article on the first page of any layer (a news list may show none today)"
    return report


def probe_article(
    spider: SourceSpider, fetcher: PoliteFetcher, candidates: list[Listed], rules: Protego | None
) -> ArticleReport | None:
    """The newest ICT article listed: fetched, cleaned and parsed as the crawl would."""
    if not candidates:
        return None
    from scraper.cleaner import clean
    from scraper.extract import extract_record

    newest = max(candidates, key=lambda e: e.published or date.min)
    report = ArticleReport(newest.url, newest.title, newest.published.isoformat() if newest.published else None)
    if rules is not None and not rules.can_fetch(newest.url, fetcher.user_agent):
        report.problem = "disallowed by robots.txt"
        return report
    page = fetcher.get(newest.url)
    if page.error or page.status != 200:
        report.problem = page.error or f"HTTP {page.status}"
        return report
    notice = is_notice_page(page.response(), spider.spec)
    if notice:
        report.problem = f"a {notice!r} notice in place of the article"
        return report
    canonical = spider.canonical(page.url)
    report.body_chars = len(clean(page.body, url=canonical, headers=page.headers).text)
    report.facts = len(extract_record(page.body, url=canonical)["facts"])
    if report.body_chars == 0:
        report.problem = f"no article text ({', '.join(spider.spec.body)})"
    return report


def probe(config: Config, sources: list[str]) -> list[SourceProbe]:
    crawl = config.crawl
    fetcher = PoliteFetcher(
        crawl.get("user_agent", USER_AGENT),
        float(crawl.get("download_delay", 1.0)),
        float(crawl.get("download_timeout", 30)),
        int(crawl.get("max_body_bytes", 8 * 1024 * 1024)),
    )
    spiders = all_spiders()
    return [probe_source(spiders[name](base_url=config.source(name).get("base_url")), fetcher) for name in sources]
