"""The replica server: every source's site under one 127.0.0.1 listener, one path prefix per source.

`http://127.0.0.1:PORT/<source>/...` serves that source's pages at the real site's paths, so a spider
pointed at `base_url = http://127.0.0.1:PORT/<source>` crawls the replica exactly as it would the site.
Responses carry ETag and Last-Modified and answer conditional requests with 304.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from scraper.replica import content as content_mod
from scraper.replica.sites import all_sites
from scraper.replica.sites.base import Page, Request, http_date, not_found

ROBOTS = b"User-agent: *\nDisallow: /news1_ko/search\nDisallow: /news1_ko/ads\n"


@dataclass
class Fault:
    """A misbehaviour of the replica for request targets where the regular expression `match` is found,
    shown `times` times: an error status with headers (429 + Retry-After, 503), as real sites under load."""

    match: str
    status: int = 429
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)


class Replica:
    """The content and sites behind the server; `reload()` picks up edited content files."""

    def __init__(self, content_dir: Path | None = None):
        self.content_dir = Path(content_dir or content_mod.BUNDLED)
        self.sites = all_sites()
        self.entries: dict[str, list] = {}
        self.hits: dict[str, int] = {}
        self.layout_changed: set[str] = set()  # sources whose markup classes and ids are renamed
        self.faults: list[Fault] = []
        self.requests: list[tuple[float, str, int]] = []  # (monotonic time, path, status) of every request
        self._lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        loaded = content_mod.load(self.content_dir)
        self.entries = {name: site.with_ids(loaded.get(name, [])) for name, site in self.sites.items()}
        self.versions = {name: hashlib.sha1(repr(entries).encode()).hexdigest()[:12]
                         for name, entries in self.entries.items()}

    def source_of(self, target: str) -> str:
        return urlsplit(target).path.lstrip("/").partition("/")[0]

    def sources_with_content(self) -> list[str]:
        return [name for name, entries in self.entries.items() if entries]

    def fault_for(self, target: str) -> Page | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and re.search(fault.match, target):
                    fault.times -= 1
                    return Page(f"replica fault: {fault.status}".encode(), "text/plain; charset=utf-8",
                                status=fault.status, headers=dict(fault.headers))
        return None

    def respond(self, target: str, origin: str = "http://127.0.0.1") -> Page:
        fault = self.fault_for(target)
        if fault is not None:
            return fault
        parts = urlsplit(target)
        if parts.path == "/robots.txt":
            return Page(ROBOTS, "text/plain; charset=utf-8")
        source, _, rest = parts.path.lstrip("/").partition("/")
        site = self.sites.get(source)
        if site is None:
            return not_found()
        request = Request(path="/" + rest, query=dict(parse_qsl(parts.query, keep_blank_values=True)),
                          prefix=f"/{source}", origin=origin)
        page = site.handle(request, self.entries[source]) or not_found()
        if source in self.layout_changed:  # a redesign: every class and id renamed, the text unchanged
            page.body = re.sub(rb"(class|id)=(['\"])", rb"\1=\2v2-", page.body)
        return page


def etag_of(page: Page, source_version: str) -> str:
    """Articles: a hash of the page. List pages and feeds: also the version of the source's content, as a
    CMS whose cached lists are purged whenever any of their articles is edited."""
    basis = page.body if page.last_modified else page.body + source_version.encode()
    return '"' + hashlib.sha1(basis).hexdigest()[:20] + '"'


class Handler(BaseHTTPRequestHandler):
    server_version = "ictarchive-replica/1"
    protocol_version = "HTTP/1.1"
    replica: Replica

    def do_GET(self) -> None:
        with self.replica._lock:
            self.replica.hits[self.path] = self.replica.hits.get(self.path, 0) + 1
        page = self.replica.respond(self.path, f"http://{self.headers.get('Host', '127.0.0.1')}")
        with self.replica._lock:
            self.replica.requests.append((time.monotonic(), self.path, page.status))
        tag = etag_of(page, self.replica.versions.get(self.replica.source_of(self.path), ""))
        if page.status == 200 and self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(page.status)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(len(page.body)))
        if page.status == 200:
            self.send_header("ETag", tag)
            if page.last_modified:
                self.send_header("Last-Modified", http_date(page.last_modified))
        for name, value in page.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(page.body)

    def log_message(self, format: str, *args) -> None:
        return


class ReplicaServer:
    """Runs the replica in a background thread on 127.0.0.1 (port 0 = any free port)."""

    def __init__(self, content_dir: Path | None = None, port: int = 0, host: str = "127.0.0.1"):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the replica binds to the loopback interface only")
        self.replica = Replica(content_dir)
        handler = type("BoundHandler", (Handler,), {"replica": self.replica})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def base_url(self, source: str) -> str:
        return f"{self.url}/{source}"

    def start(self) -> ReplicaServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="replica", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
