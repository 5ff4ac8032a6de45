"""Job functions for the scheduler tests: module-level, so APScheduler's SQLAlchemy store can keep a
reference to them exactly as it does for the real jobs in `scheduler.py`."""

from __future__ import annotations

import time
from pathlib import Path


def record_run(path: str) -> None:
    """Append the wall-clock time of this run to a file."""
    with Path(path).open("a", encoding="utf-8") as handle:
        handle.write(f"{time.time():.3f}\n")


def runs(path: Path) -> list[float]:
    return [float(line) for line in path.read_text().split()] if path.exists() else []
