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
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path

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
            capture.url, "response", payload=io.BytesIO(capture.body), length=len(capture.body),
            warc_headers_dict=warc_headers, http_headers=http_headers,
        )
        buffer = io.BytesIO()
        WARCWriter(buffer, gzip=True).write_record(record)
        offset, length = self._append(buffer.getbuffer())
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        return RawCapture(**{**capture.__dict__, "record_id": record_id, "warc_file": self.name,
                             "warc_offset": offset, "warc_length": length})

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


def read_warc(path: Path, relative_to: Path) -> Iterator[RawCapture]:
    """Every complete response record of a WARC file; a torn last record (killed writer) is skipped."""
    name = str(path.relative_to(relative_to))
    with open(path, "rb") as handle:
        # digests checked: a record torn by a kill can still parse (its headers are whole) with its body cut
        # short; then its block digest either fails or is never reached, and the record is not read
        iterator = ArchiveIterator(handle, check_digests="raise")
        try:
            for record in iterator:
                if record.rec_type != "response":
                    continue
                body = record.content_stream().read()
                if record.digest_checker.passed is None and record.rec_headers.get_header("WARC-Block-Digest"):
                    raise ArchiveLoadFailed("record cut short before its end (torn tail)")
                offset, length = iterator.get_record_offset(), iterator.get_record_length()
                headers = record.rec_headers
                http = record.http_headers
                yield RawCapture(
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
        except Exception as exc:
            if not _is_torn_tail(exc):
                raise
            return


def _is_torn_tail(exc: BaseException) -> bool:
    """A crash mid-record leaves a truncated gzip member: expected, and only ever at the end of a file."""
    import zlib

    return isinstance(exc, (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error))


def warc_files(raw_dir: Path) -> list[Path]:
    return sorted(raw_dir.glob("*/*.warc.gz"))
