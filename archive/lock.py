"""One writer at a time: an advisory lock on a file in the data directory.

The lock is held by the kernel (flock), so a killed writer releases it at once; the file's text only
says who holds it, for the message the second writer prints.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from pathlib import Path

EXIT_BUSY = 75  # EX_TEMPFAIL: try again later


class ArchiveBusy(Exception):
    """Another process is writing this data directory."""

    exit_status = EXIT_BUSY


class WriterLock:
    def __init__(self, path: Path, purpose: str, wait_seconds: float = 0.0):
        self.path = path
        self.purpose = purpose
        self.wait_seconds = wait_seconds
        self._fd: int | None = None

    def acquire(self) -> WriterLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder()
                    os.close(fd)
                    raise ArchiveBusy(
                        f"another ictarchive process is writing {self.path.parent} ({holder}); "
                        f"wait for it to finish, or pass --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(
            fd,
            json.dumps(
                {"pid": os.getpid(), "purpose": self.purpose, "since": time.time(), "argv": sys.argv[:6]}
            ).encode(),
        )
        self._fd = fd
        return self

    def _holder(self) -> str:
        try:
            info = json.loads(self.path.read_text() or "{}")
            since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(info.get("since", 0)))
            return f"{info.get('purpose', '?')}, pid {info.get('pid', '?')}, since {since}"
        except (OSError, ValueError):
            return "holder unknown"

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
