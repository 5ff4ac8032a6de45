"""The backfill ledger: one row per (source, month) in the state database, so a backfill that is killed
or fails part-way knows on its next start exactly what is left.

A month is `pending` until a crawl covering it finishes; then `done` (articles archived), `empty`
(the crawl succeeded but the source has nothing for that month, with the reason), or `failed` (the
crawl did not succeed; `attempts` and `last_error` say how often and why).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from scraper.months import Month
from scraper.state import StateStore, now

STATUSES = ("pending", "done", "empty", "failed")

SCHEMA = """
CREATE TABLE IF NOT EXISTS backfill (
    source TEXT NOT NULL,
    month TEXT NOT NULL,            -- YYYY-MM
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'empty', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    run_id TEXT,
    rows INTEGER NOT NULL DEFAULT 0,  -- articles archived for the month
    last_error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (source, month)
);
"""


@dataclass(frozen=True)
class Entry:
    source: str
    month: str
    status: str
    attempts: int
    run_id: str | None
    rows: int
    last_error: str | None


class Ledger:
    def __init__(self, state_db: Path):
        state_db.parent.mkdir(parents=True, exist_ok=True)
        StateStore(state_db).close()  # a corrupt state file is set aside and rebuilt first
        self.connection = sqlite3.connect(state_db, timeout=30, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.executescript(SCHEMA)

    def entries(self, sources: list[str] | None = None) -> dict[tuple[str, str], Entry]:
        rows = self.connection.execute(
            "SELECT source, month, status, attempts, run_id, rows, last_error FROM backfill"
        ).fetchall()
        return {(r[0], r[1]): Entry(*r) for r in rows if sources is None or r[0] in sources}

    def ensure(self, source: str, months: list[Month]) -> None:
        """Add the months not yet in the ledger as pending."""
        self.connection.executemany(
            "INSERT OR IGNORE INTO backfill (source, month, status, updated_at) VALUES (?, ?, 'pending', ?)",
            [(source, m.label, now()) for m in months],
        )

    def settle(self, source: str, outcomes: dict[str, tuple[str, int, str | None]], run_id: str) -> None:
        """Record a finished crawl: month -> (status, rows, reason). One transaction for all months."""
        with self.connection:
            self.connection.execute("BEGIN")
            for month, (status, rows, reason) in outcomes.items():
                self.connection.execute(
                    "UPDATE backfill SET status = ?, rows = ?, last_error = ?, run_id = ?, "
                    "attempts = attempts + 1, updated_at = ? WHERE source = ? AND month = ?",
                    (status, rows, reason, run_id, now(), source, month),
                )

    def close(self) -> None:
        self.connection.close()
