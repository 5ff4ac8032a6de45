"""The crawl's memory between runs (SQLite): what was fetched, with its validators, and every run's summary.

The archive is the data; this is bookkeeping that lets a daily run send conditional requests and skip what
it already has. Losing it costs re-fetching, never data.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

LOG = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    canonical_url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    sha256 TEXT,
    status INTEGER,
    fetched_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    command TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT,
    summary TEXT
);
CREATE TABLE IF NOT EXISTS source_runs (
    run_id TEXT NOT NULL,
    source TEXT NOT NULL,
    health TEXT NOT NULL,
    reason TEXT,
    stats TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    PRIMARY KEY (run_id, source)
);
"""


# Added after the first release (old state files get them on open): what the last good version of an article
# had, so that a regression (a maintenance page, lost figures) is recognised (archive/regression.py).
# `layer`: the discovery layer that found an article.
ADDED_COLUMNS = {"pages": (("text_length", "INTEGER"), ("n_facts", "INTEGER"), ("layer", "TEXT"))}


@dataclass(frozen=True)
class Known:
    etag: str | None
    last_modified: str | None
    sha256: str | None
    text_length: int | None = None
    n_facts: int | None = None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def damage_of(path: Path) -> str | None:
    """Why the state file cannot be trusted (SQLite's own integrity check), or None when it is sound."""
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == [("ok",)] else "; ".join(str(row[0]) for row in rows[:3])


def set_aside(path: Path, why: str) -> Path:
    """Move a corrupt state file (and its WAL) out of the way; the next open starts a new one."""
    aside = path.with_name(f"{path.name}.corrupt-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(path, aside)
    return aside


class StateStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        why = damage_of(path)
        aside = set_aside(path, why) if why else None
        self.connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.executescript(SCHEMA)
        for table, columns in ADDED_COLUMNS.items():
            present = {row[1] for row in self.connection.execute(f"PRAGMA table_info({table})")}
            for name, kind in columns:
                if name not in present:
                    self.connection.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
        if aside is not None:
            pages, sources = self.rebuild_from_archive(path.parent)
            LOG.warning(
                "state.sqlite was corrupt (%s): moved to %s and rebuilt from the archive (%d articles, %d "
                "sources); the archive itself is intact",
                why,
                aside.name,
                pages,
                sources,
            )

    def rebuild_from_archive(self, root: Path) -> tuple[int, int]:
        """Validators and last runs from what is archived: each article's newest version (its text hash,
        length and figures, so regressions are still recognised; no ETag, so the next crawl asks once in
        full) and each source's newest run. The state is bookkeeping: this loses re-fetches, never data."""
        from archive.layout import DataDir
        from archive.reader import connect

        with connect(DataDir(root)) as db:
            pages = db.execute(
                "SELECT a.canonical_url, a.source, a.url, a.text_sha256, length(a.text), "
                "(SELECT count(*) FROM facts f WHERE f.article_id = a.article_id) "
                "FROM articles a QUALIFY row_number() OVER (PARTITION BY a.canonical_url "
                "ORDER BY a.run_id DESC, a.fetched_at DESC) = 1"
            ).fetchall()
            runs = db.execute("SELECT source, max(run_id) FROM captures GROUP BY source").fetchall()
        for url, source, fetched_url, sha, length, facts in pages:
            self.remember(url, source, fetched_url, None, None, sha, 200, text_length=length, n_facts=facts)
        for source, run_id in runs:
            self.record_source(
                run_id,
                source,
                "degraded",
                "state.sqlite was rebuilt from the archive; the last run's own health is unknown",
                {},
            )
        return len(pages), len(runs)

    def known(self, canonical_url: str) -> Known | None:
        row = self.connection.execute(
            "SELECT etag, last_modified, sha256, text_length, n_facts FROM pages WHERE canonical_url = ?",
            (canonical_url,),
        ).fetchone()
        return Known(*row) if row else None

    def remember(
        self,
        canonical_url: str,
        source: str,
        url: str,
        etag: str | None,
        last_modified: str | None,
        sha256: str | None,
        status: int,
        layer: str | None = None,
        *,
        text_length: int | None = None,
        n_facts: int | None = None,
    ) -> None:
        """`layer`: the discovery layer (feed, list, links) that found an article; kept from the first time.
        `text_length`, `n_facts`: what this (good) version has, the baseline for recognising a regression."""
        self.connection.execute(
            "INSERT INTO pages (canonical_url, source, url, etag, last_modified, sha256, status, fetched_at, layer, "
            "text_length, n_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(canonical_url) DO UPDATE SET "
            "url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified, "
            "sha256 = excluded.sha256, status = excluded.status, fetched_at = excluded.fetched_at, "
            "layer = coalesce(pages.layer, excluded.layer), "
            "text_length = coalesce(excluded.text_length, pages.text_length), "
            "n_facts = coalesce(excluded.n_facts, pages.n_facts)",
            (canonical_url, source, url, etag, last_modified, sha256, status, now(), layer, text_length, n_facts),
        )

    def forget(self, canonical_urls: set[str], sources: set[str]) -> None:
        """Make the next crawl fetch these articles again (their only capture is unreadable): drop their
        validators and the sources' list validators (else an unchanged list would hide them)."""
        for url in canonical_urls:
            self.connection.execute("DELETE FROM pages WHERE canonical_url = ?", (url,))
        for source in sources:
            self.connection.execute("DELETE FROM pages WHERE source = ? AND canonical_url LIKE 'list:%'", (source,))

    def layer_of(self, canonical_url: str) -> str | None:
        row = self.connection.execute("SELECT layer FROM pages WHERE canonical_url = ?", (canonical_url,)).fetchone()
        return row[0] if row else None

    def last_working_layers(self) -> dict[str, tuple[str, str]]:
        """source -> (layer, finished_at) of the newest run in which a discovery layer found links."""
        found: dict[str, tuple[str, str]] = {}
        for source, stats, finished in self.connection.execute(
            "SELECT source, stats, finished_at FROM source_runs ORDER BY finished_at DESC"
        ):
            layer = json.loads(stats).get("layer_worked")
            if layer and source not in found:
                found[source] = (layer, finished)
        return found

    def start_run(self, run_id: str, command: str) -> None:
        self.connection.execute(
            "INSERT INTO runs (run_id, command, started_at) VALUES (?, ?, ?)", (run_id, command, now())
        )

    def finish_run(self, run_id: str, status: str, summary: dict) -> None:
        self.connection.execute(
            "UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE run_id = ?",
            (now(), status, json.dumps(summary), run_id),
        )

    def record_source(self, run_id: str, source: str, health: str, reason: str, stats: dict) -> None:
        self.connection.execute(
            "INSERT OR REPLACE INTO source_runs VALUES (?, ?, ?, ?, ?, ?)",
            (run_id, source, health, reason, json.dumps(stats), now()),
        )

    def last_source_runs(self) -> dict[str, dict]:
        rows = self.connection.execute(
            "SELECT source, run_id, health, reason, stats, finished_at FROM source_runs s WHERE finished_at = "
            "(SELECT max(finished_at) FROM source_runs t WHERE t.source = s.source)"
        ).fetchall()
        return {
            r[0]: {"run_id": r[1], "health": r[2], "reason": r[3], "stats": json.loads(r[4]), "finished_at": r[5]}
            for r in rows
        }

    def close(self) -> None:
        self.connection.close()
