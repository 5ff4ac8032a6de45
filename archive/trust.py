"""Readers verify what they open: each data file's SHA-256 against the one its partition's manifest recorded.

DuckDB does not check Parquet page checksums, so a flipped bit in a value page would be served as a figure.
Before the views (`archive.reader`) list a file, its content hash is compared with the manifest's; a file that
differs is left out of the views and named, with `ictarchive verify --repair` as the way back. Hashing every
file on every query would cost a full read of the archive, so a file's hash is remembered in
`DATA/.versions/_verified.json`, keyed by path, size, inode and modification time: any write to a file (a tool,
a truncation, a copy over it) changes those and it is hashed again. Damage that changes none of them (bits
rotting on the disk after the file was verified) is found by `ictarchive verify`, the scrub.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from archive.layout import DataDir

CACHE_NAME = "_verified.json"


@dataclass(frozen=True)
class Untrusted:
    dataset: str
    partition: str  # "2025-05", or "2025" for a series year
    path: Path
    reason: str

    def describe(self) -> str:
        return (
            f"{self.dataset} {self.partition}: damaged file {self.path.name} ({self.reason}) left out of the "
            "views; run `ictarchive verify --repair` to rebuild it from raw/"
        )


@dataclass
class Verifier:
    """Hashes files once and remembers them (call `save` when done)."""

    data: DataDir
    hashes: dict[str, list[object]] = field(default_factory=dict)  # path -> [size, inode, mtime_ns, sha256]
    seen: set[str] = field(default_factory=set)  # the files asked about by this reader
    changed: bool = False
    hashed_bytes: int = 0

    @classmethod
    def load(cls, data: DataDir) -> Verifier:
        verifier = cls(data)
        with contextlib.suppress(OSError, ValueError, TypeError):
            loaded = json.loads((data.versions / CACHE_NAME).read_text())
            if isinstance(loaded, dict):
                verifier.hashes = loaded
        return verifier

    def sha256(self, path: Path) -> str | None:
        """The file's content hash (from the cache while the file is unchanged); None if it cannot be read."""
        from archive.partition import file_sha256

        try:
            info = os.stat(path)
        except OSError:
            return None
        stamp = [info.st_size, info.st_ino, info.st_mtime_ns]
        key = str(path)
        self.seen.add(key)
        cached = self.hashes.get(key)
        if isinstance(cached, list) and cached[:3] == stamp and isinstance(cached[3], str):
            return cached[3]
        try:
            digest = file_sha256(path)
        except OSError:
            return None
        self.hashed_bytes += info.st_size
        self.hashes[key] = [*stamp, digest]
        self.changed = True
        return digest

    def check(self, path: Path, recorded: str | None) -> str | None:
        """Why the file cannot be served, or None (a file whose manifest records no hash is not judged)."""
        if recorded is None:
            return None
        actual = self.sha256(path)
        if actual is None:
            return "cannot be read"
        if actual != recorded:
            return "its content differs from the hash its manifest recorded"
        return None

    def save(self) -> None:
        """Write the cache back (best effort: a reader without write access just hashes again next time),
        keeping only the files seen now, so it does not grow with retired files."""
        if not self.changed and self.seen >= self.hashes.keys():
            return
        kept = {key: value for key, value in self.hashes.items() if key in self.seen}
        with contextlib.suppress(OSError):
            self.data.versions.mkdir(parents=True, exist_ok=True)
            temporary = self.data.versions / f".{CACHE_NAME}-{uuid.uuid4().hex[:8]}"
            temporary.write_text(json.dumps(kept))
            os.replace(temporary, self.data.versions / CACHE_NAME)
