"""The crawl's memory between runs (SQLite): what was fetched, with its validators, and every run's summary.

The archive is the data; this is bookkeeping that lets a daily run send conditional requests and skip what
it already has. Losing it costs re-fetching, never data.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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


@dataclass(frozen=True)
class Known:
    etag: str | None
    last_modified: str | None
    sha256: str | None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class StateStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.executescript(SCHEMA)
        columns = {row[1] for row in self.connection.execute("PRAGMA table_info(pages)")}
        if "layer" not in columns:  # a state store from before discovery layers: added, nothing lost
            self.connection.execute("ALTER TABLE pages ADD COLUMN layer TEXT")

    def known(self, canonical_url: str) -> Known | None:
        row = self.connection.execute("SELECT etag, last_modified, sha256 FROM pages WHERE canonical_url = ?",
                                      (canonical_url,)).fetchone()
        return Known(*row) if row else None

    def remember(self, canonical_url: str, source: str, url: str, etag: str | None, last_modified: str | None,
                 sha256: str | None, status: int, layer: str | None = None) -> None:
        """`layer`: the discovery layer (feed, list, links) that found an article; kept from the first time."""
        self.connection.execute(
            "INSERT INTO pages (canonical_url, source, url, etag, last_modified, sha256, status, fetched_at, layer) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(canonical_url) DO UPDATE SET "
            "url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified, "
            "sha256 = excluded.sha256, status = excluded.status, fetched_at = excluded.fetched_at, "
            "layer = coalesce(pages.layer, excluded.layer)",
            (canonical_url, source, url, etag, last_modified, sha256, status, now(), layer))

    def layer_of(self, canonical_url: str) -> str | None:
        row = self.connection.execute("SELECT layer FROM pages WHERE canonical_url = ?", (canonical_url,)).fetchone()
        return row[0] if row else None

    def last_working_layers(self) -> dict[str, tuple[str, str]]:
        """source -> (layer, finished_at) of the newest run in which a discovery layer found links."""
        found: dict[str, tuple[str, str]] = {}
        for source, stats, finished in self.connection.execute(
                "SELECT source, stats, finished_at FROM source_runs ORDER BY finished_at DESC"):
            layer = json.loads(stats).get("layer_worked")
            if layer and source not in found:
                found[source] = (layer, finished)
        return found

    def start_run(self, run_id: str, command: str) -> None:
        self.connection.execute("INSERT INTO runs (run_id, command, started_at) VALUES (?, ?, ?)",
                                (run_id, command, now()))

    def finish_run(self, run_id: str, status: str, summary: dict) -> None:
        self.connection.execute("UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE run_id = ?",
                                (now(), status, json.dumps(summary), run_id))

    def record_source(self, run_id: str, source: str, health: str, reason: str, stats: dict) -> None:
        self.connection.execute("INSERT OR REPLACE INTO source_runs VALUES (?, ?, ?, ?, ?, ?)",
                                (run_id, source, health, reason, json.dumps(stats), now()))

    def last_source_runs(self) -> dict[str, dict]:
        rows = self.connection.execute(
            "SELECT source, run_id, health, reason, stats, finished_at FROM source_runs s WHERE finished_at = "
            "(SELECT max(finished_at) FROM source_runs t WHERE t.source = s.source)").fetchall()
        return {r[0]: {"run_id": r[1], "health": r[2], "reason": r[3], "stats": json.loads(r[4]),
                       "finished_at": r[5]} for r in rows}

    def close(self) -> None:
        self.connection.close()
