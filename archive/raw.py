"""Raw captures: every HTTP response as it arrived, in WARC files written with warcio.

One file per run and source (`raw/<source>/<run_id>.warc.gz`), gzip per record, append-only and never
rewritten; each record is built in memory and written in one go as soon as it arrives, so a killed crawler
loses at most the record in flight, and a write that fails (a full disk) is cut back off the file: what is
on disk is always whole records, then at most one torn one at the very end (a SIGKILL), which readers skip.
Our own facts about the capture (source, page type, canonical URL, run) ride in `WARC-Ictarchive-*`
headers, which is what lets `reparse` rebuild everything from `raw/` alone.
"""

from __future__ import annotations

import hashlib
import io
import mmap
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# Scrapy hands over the body already decompressed and de-chunked; these headers no longer describe it.
_TRANSPORT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class RawCapture:
    """One response, as stored and as read back."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    source: str
    page_type: str
    canonical_url: str
    run_id: str
    record_id: str = ""
    warc_file: str = ""
    warc_offset: int = 0
    warc_length: int = 0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @property
    def content_type(self) -> str:
        for name, value in self.headers:
            if name.lower() == "content-type":
                return value
        return ""

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


class RawWriter:
    """Appends responses to one WARC file; `relative_to` makes the stored path portable."""

    def __init__(self, path: Path, relative_to: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.name = str(path.relative_to(relative_to))
        # unbuffered: a record's bytes reach the file in this call or not at all (nothing left in a buffer
        # to be flushed later, after a failed write, behind a torn record)
        self._handle = open(path, "ab", buffering=0)  # noqa: SIM115 - kept open for the whole run
        self._writer = WARCWriter(io.BytesIO(), gzip=True)

    def write(self, capture: RawCapture) -> RawCapture:
        """Store one response; returns it with its WARC file, offset, length and record id filled in."""
        reason = _reason(capture.status)
        headers = [(k, v) for k, v in capture.headers if k.lower() not in _TRANSPORT_HEADERS]
        http_headers = StatusAndHeaders(f"{capture.status} {reason}", headers, protocol="HTTP/1.1")
        warc_headers = {
            "WARC-Date": capture.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "WARC-Ictarchive-Source": capture.source,
            "WARC-Ictarchive-Page-Type": capture.page_type,
            "WARC-Ictarchive-Canonical-URI": capture.canonical_url,
            "WARC-Ictarchive-Run": capture.run_id,
        }
        record = self._writer.create_warc_record(
            capture.url,
            "response",
            payload=io.BytesIO(capture.body),
            length=len(capture.body),
            warc_headers_dict=warc_headers,
            http_headers=http_headers,
        )
        buffer = io.BytesIO()
        WARCWriter(buffer, gzip=True).write_record(record)
        offset, length = self._append(buffer.getbuffer())
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        return RawCapture(
            **{
                **capture.__dict__,
                "record_id": record_id,
                "warc_file": self.name,
                "warc_offset": offset,
                "warc_length": length,
            }
        )

    def _append(self, data: memoryview) -> tuple[int, int]:
        """Write one whole record at the end of the file; on failure cut the file back to where it began."""
        fd = self._handle.fileno()
        offset = os.lseek(fd, 0, os.SEEK_END)
        done = 0
        try:
            while done < len(data):
                done += os.write(fd, data[done:])
        except OSError as exc:
            os.ftruncate(fd, offset)
            if exc.filename is None:
                exc.filename = str(self.path)
            raise
        return offset, len(data)

    def close(self) -> None:
        if not self._handle.closed:
            try:
                os.fsync(self._handle.fileno())
            finally:
                self._handle.close()

    def __enter__(self) -> RawWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _parse_warc_date(value: str) -> datetime:
    value = value.rstrip("Z")
    fmt = "%Y-%m-%dT%H:%M:%S.%f" if "." in value else "%Y-%m-%dT%H:%M:%S"
    return datetime.strptime(value, fmt).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Damage:
    """A stretch of a WARC file that holds no readable record: named so that it can be reported and repaired."""

    warc_file: str
    offset: int  # where the unreadable bytes begin (a record's start)
    length: int  # how many bytes, up to the next readable record or the end of the file
    record_id: str  # the damaged record's WARC-Record-ID when its headers could still be read, else ""
    reason: str
    tail: bool  # nothing readable follows: a killed writer's torn last record, or a file cut short

    def describe(self) -> str:
        record = f" (record {self.record_id})" if self.record_id else ""
        where = ", to the end of the file" if self.tail else "; the records after it were read"
        return f"{self.warc_file}: {self.length} bytes unreadable at offset {self.offset}{record}: {self.reason}{where}"


_GZIP_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 16  # a record is one member, tens of kilobytes: read it in a chunk or two
_RECORD_ID = re.compile(rb"WARC-Record-ID:\s*(<[^>\r\n]{1,200}>)")


def _inflate_member(view: mmap.mmap, start: int) -> tuple[bytes, int]:
    """The gzip member at `start`, decompressed and CRC-checked, and where it ends; zlib.error or EOFError if
    it is damaged or cut short."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    parts = []
    position = start
    while not inflater.eof:
        if position >= len(view):
            raise EOFError("gzip member cut short (the file ends inside it)")
        chunk = view[position : position + _CHUNK]
        parts.append(inflater.decompress(chunk))
        position += len(chunk)
    return b"".join(parts), position - len(inflater.unused_data)


def _salvage_record_id(view: mmap.mmap, start: int, end: int) -> str:
    """The record id of a damaged member, from whatever inflates before the damage (headers come first)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = b""
    for position in range(start, min(end, start + 65536), 16):
        try:
            out += inflater.decompress(view[position : min(end, position + 16)])
        except zlib.error:
            break
        match = _RECORD_ID.search(out)
        if match:
            return match.group(1).decode("ascii", "replace")
    return ""


def _resume_point(view: mmap.mmap, after: int) -> int | None:
    """The first readable WARC record's start after a damaged one: the next gzip member that inflates whole
    and begins with a WARC header (the magic bytes alone may occur inside compressed data)."""
    position = after
    while True:
        position = view.find(_GZIP_MAGIC, position)
        if position < 0:
            return None
        try:
            out, _ = _inflate_member(view, position)
            if out.startswith(b"WARC/"):
                return position
        except (zlib.error, EOFError):
            pass
        position += 1


def _record_of(out: bytes) -> tuple[object, bytes] | None:
    """The response record in an inflated member and its body (None for another record type); ArchiveLoadFailed
    when its block digest does not match (bytes changed after writing) or it ends early."""
    iterator = ArchiveIterator(io.BytesIO(out), check_digests="raise")
    for record in iterator:
        if record.rec_type != "response":
            return None
        body = record.content_stream().read()
        if record.digest_checker.passed is None and record.rec_headers.get_header("WARC-Block-Digest"):
            raise ArchiveLoadFailed("record cut short before its end")
        return record, body
    return None


def read_warc(path: Path, relative_to: Path, damage: list[Damage] | None = None) -> Iterator[RawCapture]:
    """Every readable response record of a WARC file, in file order.

    Each record is its own gzip member, so a damaged member (a flipped bit, a cut) costs only itself: the
    reader resynchronises on the next member that inflates to a WARC header and goes on. Every unreadable
    stretch is appended to `damage` (file, offset, record id when readable, reason); a torn last record left
    by a killed writer is one too, with `tail` set (whether it held committed records is for the caller to say:
    see `archive.maintenance.damaged_capture_rows`).
    """
    name = str(path.relative_to(relative_to))
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            yield from _read_members(mapped, name, damage)


def _read_members(view: mmap.mmap, name: str, damage: list[Damage] | None) -> Iterator[RawCapture]:
    position = 0
    while position < len(view):
        try:
            out, end = _inflate_member(view, position)
            parsed = _record_of(out)
        except (zlib.error, EOFError, ArchiveLoadFailed, ValueError, OSError) as exc:
            resume = _resume_point(view, position + 1)
            end = len(view) if resume is None else resume
            if damage is not None:
                damage.append(
                    Damage(
                        name,
                        position,
                        end - position,
                        _salvage_record_id(view, position, end),
                        _damage_reason(exc),
                        resume is None,
                    )
                )
            if resume is None:
                return
            position = resume
            continue
        if parsed is not None:
            record, body = parsed
            yield _capture(record, body, name, position, end - position)
        position = end


def _damage_reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "record cut short (the file ends inside it)"
    if isinstance(exc, zlib.error):
        return f"gzip data damaged ({exc})"
    return f"record unreadable ({exc})"


def _capture(record: Any, body: bytes, name: str, offset: int, length: int) -> RawCapture:
    headers = record.rec_headers
    http = record.http_headers
    return RawCapture(
        url=headers.get_header("WARC-Target-URI"),
        status=int(http.get_statuscode()) if http else 0,
        headers=list(http.headers) if http else [],
        body=body,
        fetched_at=_parse_warc_date(headers.get_header("WARC-Date")),
        source=headers.get_header("WARC-Ictarchive-Source") or "",
        page_type=headers.get_header("WARC-Ictarchive-Page-Type") or "other",
        canonical_url=headers.get_header("WARC-Ictarchive-Canonical-URI") or "",
        run_id=headers.get_header("WARC-Ictarchive-Run") or "",
        record_id=headers.get_header("WARC-Record-ID"),
        warc_file=name,
        warc_offset=offset,
        warc_length=length,
    )


def warc_files(raw_dir: Path) -> list[Path]:
    return sorted(raw_dir.glob("*/*.warc.gz"))


def monotonic_run_id(raw_dir: Path, proposed: str) -> str:
    """`proposed` (a clock-based run id), moved after every run already in raw/ when the clock went back.

    Capture order is run-id order then file order (reparse relies on it to find an article's newest version),
    so a run id must sort after every earlier one whatever the host clock says."""
    newest = max((path.name.removesuffix(".warc.gz") for path in warc_files(raw_dir)), default="")
    if proposed > newest:
        return proposed
    try:
        stamp = datetime.strptime(newest[:16], "%Y%m%dT%H%M%SZ") + timedelta(seconds=1)
    except ValueError:
        return f"{newest}-{proposed}"[:80]
    candidate = stamp.strftime("%Y%m%dT%H%M%SZ") + proposed[16:]
    return candidate if candidate > newest else f"{newest}-{proposed}"[:80]
