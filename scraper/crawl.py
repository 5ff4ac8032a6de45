"""One crawl run: lock the archive, catch up what a killed run left, crawl the chosen sources with Scrapy,
commit, record each source's health. Scrapy's reactor starts once per process, so one run = one process."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, TextIO

from archive import derived, partition
from archive.layout import DataDir
from archive.lock import WriterLock
from archive.raw import monotonic_run_id
from archive.writer import recover
from scraper.config import CRAWL_RUN_SETTING, Config
from scraper.crawl_run import CrawlRun
from scraper.errors import UsageError
from scraper.ingest import ingest_capture
from scraper.months import Month
from scraper.settings import crawl_settings
from scraper.state import StateStore
from spiders import all_spiders


@dataclass
class RunResult:
    run_id: str
    status: str  # ok | degraded | broken
    sources: dict[str, dict[str, Any]]
    archive_damage: list[str] = field(default_factory=list)  # partitions left unwritten: a stored file is bad

    @property
    def exit_status(self) -> int:
        return 0 if self.status == "ok" else 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "status": self.status,
            "sources": self.sources,
            "archive_damage": self.archive_damage,
        }


def check_sources(names: list[str] | None) -> list[str]:
    known = all_spiders()
    chosen = names or sorted(known)
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise UsageError(f"unknown source {', '.join(unknown)}; known sources: {', '.join(sorted(known))}")
    return chosen


def run_crawl(
    data: DataDir,
    config: Config,
    sources: list[str],
    run_id: str,
    since: Month | None = None,
    until: Month | None = None,
    wait: float = 0.0,
    command: str = "crawl",
    historical: bool = False,
    progress: TextIO | None = None,
) -> RunResult:
    from scrapy.crawler import CrawlerProcess  # imported late: installs the reactor

    sources = check_sources(sources)
    data.root.mkdir(parents=True, exist_ok=True)
    with WriterLock(data.lock_file, command, wait):
        run_id = monotonic_run_id(data.raw, run_id)  # capture order must not depend on the host clock
        partition.sweep(data)
        damage: list[str] = []
        recover(data, run_id + "-recovery", ingest_capture, damaged=damage)
        derived.refresh(data)  # a series a killed writer left stale
        state = StateStore(data.state_db)
        state.start_run(run_id, command)
        run = CrawlRun(data, run_id, state, progress)
        process = CrawlerProcess(crawl_settings(config))
        logging.getLogger("scrapy").setLevel(config.crawl.get("log_level", "WARNING"))
        spiders = all_spiders()
        for name in sources:
            run.source_stats(name)
            base_url = config.source(name).get("base_url")
            crawler = process.create_crawler(spiders[name])
            crawler.settings.set(CRAWL_RUN_SETTING, run, priority="cmdline")  # read back by crawl_run.run_of
            process.crawl(crawler, base_url=base_url, since=since, until=until, historical=historical)
        process.start()
        if run.fatal is not None:  # a full disk: keep what is committed, leave the rest to the next run's recovery
            run.abandon()
            raise run.fatal
        run.finish()
        damage.extend(m for m in run.writer.stats.damaged if m not in damage)
        summaries = {name: run.stats[name].summary() for name in sources}
        verdicts = [s["health"] for s in summaries.values()]
        status = "broken" if "broken" in verdicts else "degraded" if "degraded" in verdicts or damage else "ok"
        for name, summary in summaries.items():
            state.record_source(run_id, name, summary["health"], summary["reason"], summary)
        result = RunResult(run_id, status, summaries, damage)
        state.finish_run(run_id, status, result.to_dict())
        state.close()
    return result
