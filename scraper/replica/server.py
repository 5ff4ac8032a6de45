"""The replica server: every source's site under one 127.0.0.1 listener, one path prefix per source.

`http://127.0.0.1:PORT/<source>/...` serves that source's pages at the real site's paths, so a spider
pointed at `base_url = http://127.0.0.1:PORT/<source>` crawls the replica exactly as it would the site.
Responses carry ETag and Last-Modified and answer conditional requests with 304.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import re
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from scraper.replica import content as content_mod
from scraper.replica.sites import all_sites
from scraper.replica.sites.base import Page, Request, http_date, not_found

FAULT_KINDS = (
    "status",
    "slow",
    "reset",
    "truncate",
    "mislabel",
    "no_charset",
    "oversize",
    "gzip_bomb",
    "redirect_loop",
    "binary",
    "malformed",
    "empty",
    "no_script",
    "notice",
    "nested",
)


@dataclass
class Fault:
    """A misbehaviour of the replica for request targets where the regular expression `match` is found,
    shown `times` times. Kinds (as real sites misbehave):

    status         an error page with `status` and `headers` (429 + Retry-After, 503, 404, a 302 elsewhere)
    slow           the page, after `seconds` of silence (past the client's timeout)
    reset          the connection is reset before any byte of the response
    truncate       the headers promise the whole body; half of it arrives, then the connection closes
    mislabel       UTF-8 bytes labelled EUC-KR, or EUC-KR bytes labelled UTF-8 (header and <meta> both)
    no_charset     no charset in the header nor in the markup
    oversize       the page padded to `size` bytes
    gzip_bomb      Content-Encoding gzip, a small body that inflates to `size` bytes of zeros
    redirect_loop  a 302 to the same page with a growing `hop` parameter, for ever
    binary         a PDF in place of the page
    malformed      the page with every closing tag dropped and stray markup added
    empty          a well-formed page with nothing listed on it (a CMS showing an empty board)
    no_script      the page without its inline scripts (a list now filled by an API call instead)
    notice         status 200 with a maintenance notice in the page's place (MSIT's "시스템 점검" page)
    nested         the page's body wrapped in `depth` nested <div>s (as pages exported from word processors are)
    """

    match: str
    status: int = 429
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)
    kind: str = "status"
    seconds: float = 5.0
    size: int = 9 * 1024 * 1024
    depth: int = 200

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; kinds: {', '.join(FAULT_KINDS)}")


@dataclass
class RandomFaults:
    """A seeded share (`rate`) of the targets matching `match` misbehave, each for its first `times` requests,
    with a kind drawn from `kinds` (Fault prototypes; their `match` is ignored). The draw is a hash of seed
    and target, so the same seed picks the same targets and kinds in every run."""

    rate: float
    seed: int
    kinds: tuple[Fault, ...]
    match: str = r"."
    times: int = 1

    def pick(self, target: str) -> Fault | None:
        if not re.search(self.match, target):
            return None
        digest = hashlib.sha256(f"{self.seed}:{target}".encode()).digest()
        if int.from_bytes(digest[:8]) / 2**64 >= self.rate:
            return None
        prototype = self.kinds[int.from_bytes(digest[8:16]) % len(self.kinds)]
        return replace(prototype, match=re.escape(target), times=self.times)

    def faulty(self, targets: list[str]) -> list[str]:
        return [target for target in targets if self.pick(target) is not None]


class Replica:
    """The content and sites behind the server; `reload()` picks up edited content files."""

    def __init__(self, content_dir: Path | None = None):
        self.content_dir = Path(content_dir or content_mod.BUNDLED)
        self.sites = all_sites()
        self.entries: dict[str, list] = {}
        self.hits: dict[str, int] = {}
        self.layout_changed: set[str] = set()  # sources whose markup classes and ids are renamed
        self.layouts: dict[str, str] = {}  # source -> one of its site's older layouts (default: the current one)
        self.faults: list[Fault] = []
        self.random_faults: RandomFaults | None = None
        self.random_shown: dict[str, int] = {}  # requests of each target a random fault has answered
        self.robots_disallow: list[str] = []  # more paths robots.txt disallows
        self.doubled_links: set[str] = set()  # sources whose list pages link each article twice
        self.requests: list[tuple[float, str, int]] = []  # (monotonic time, path, status) of every request
        self._lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        loaded = content_mod.load(self.content_dir)
        self.entries = {name: site.with_ids(loaded.get(name, [])) for name, site in self.sites.items()}
        self.versions = {
            name: hashlib.sha1(repr(entries).encode()).hexdigest()[:12] for name, entries in self.entries.items()
        }

    def source_of(self, target: str) -> str:
        return urlsplit(target).path.lstrip("/").partition("/")[0]

    def sources_with_content(self) -> list[str]:
        return [name for name, entries in self.entries.items() if entries]

    def fault_for(self, target: str) -> Fault | None:
        """The fault this request meets, if any; each showing uses up one of its `times`."""
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and re.search(fault.match, target):
                    fault.times -= 1
                    return fault
            if self.random_faults is not None:
                picked = self.random_faults.pick(target)
                if picked is not None:
                    shown = self.random_shown[target] = self.random_shown.get(target, 0) + 1
                    return picked if shown <= picked.times else None
        return None

    def robots(self) -> Page:
        declared = [f"/{name}{path}" for name, site in self.sites.items() for path in site.robots_disallow]
        lines = [f"Disallow: {path}" for path in declared + list(self.robots_disallow)]
        return Page(("User-agent: *\n" + "\n".join(lines) + "\n").encode(), "text/plain; charset=utf-8")

    def respond(self, target: str, origin: str = "http://127.0.0.1") -> Page:
        """The page for a request target, as the site would serve it (faults included, except the ones
        that happen on the wire: see `Handler`)."""
        fault = self.fault_for(target)
        if fault is not None and fault.kind == "status":
            return Page(
                f"replica fault: {fault.status}".encode(),
                "text/plain; charset=utf-8",
                status=fault.status,
                headers=dict(fault.headers),
            )
        page = self.page_for(target, origin)
        if fault is not None:
            page = misbehave(page, fault, origin + target)
        return page

    def page_for(self, target: str, origin: str) -> Page:
        parts = urlsplit(target)
        if parts.path == "/robots.txt":
            return self.robots()
        source, _, rest = parts.path.lstrip("/").partition("/")
        site = self.sites.get(source)
        if site is None:
            return not_found()
        query = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "hop"}
        layout = self.layouts.get(source, site.layouts[0])
        if layout not in site.layouts:
            raise ValueError(f"{source} has no layout {layout!r} (layouts: {', '.join(site.layouts)})")
        request = Request(path="/" + rest, query=query, prefix=f"/{source}", origin=origin, layout=layout)
        page = site.handle(request, self.entries[source]) or not_found()
        if source in self.layout_changed:  # a redesign: every class and id renamed, the text unchanged
            page.body = re.sub(rb"(class|id)=(['\"])", rb"\1=\2v2-", page.body)
        if source in self.doubled_links and page.status == 200 and b"<html" in page.body[:200].lower():
            page.body = double_links(page.body)
        return page


def charset_of(page: Page) -> str:
    """The encoding the page declares (header, then markup), as a browser would read it."""
    declared = http_content_type_encoding(page.content_type) or html_body_declared_encoding(page.body)
    return resolve_encoding(declared or "utf-8") or "utf-8"


@functools.cache
def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b"\0" * size, compresslevel=9)


def misbehave(page: Page, fault: Fault, url: str) -> Page:
    """The page as the fault changes it; wire faults (slow, reset, truncate) only mark it for the handler."""
    if fault.kind in ("slow", "reset", "truncate"):
        page.fault = fault
    elif fault.kind == "mislabel":  # the bytes of one encoding under the label of the other
        codec = charset_of(page)
        text = page.body.decode(codec, errors="replace")
        other = "utf-8" if codec == "cp949" else "cp949"
        page.body = text.encode(other, errors="xmlcharrefreplace")
    elif fault.kind == "no_charset":
        page.content_type = "text/html"
        page.body = re.sub(rb"<meta[^>]*charset[^>]*>", b"", page.body, flags=re.IGNORECASE)
    elif fault.kind == "oversize":
        page.body += b"<!--" + b"x" * max(0, fault.size - len(page.body)) + b"-->"
    elif fault.kind == "gzip_bomb":
        page.body = gzip_bomb(fault.size)
        page.headers["Content-Encoding"] = "gzip"
    elif fault.kind == "redirect_loop":
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        query["hop"] = str(int(query.get("hop", "0")) + 1)
        location = parts._replace(query="&".join(f"{k}={v}" for k, v in query.items())).geturl()
        return Page(b"", "text/html; charset=utf-8", status=302, headers={"Location": location})
    elif fault.kind == "binary":
        page.content_type = "application/pdf"
        page.body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 8
    elif fault.kind == "malformed":
        body = re.sub(rb"</(p|div|li|span|td|tr|table|ul|section|article)>", b"", page.body)
        page.body = body.replace(b"<body>", b"<body><div <p>>&bogus; <<table><tr><td>", 1)
    elif fault.kind == "notice":
        page.body = (
            "<!DOCTYPE html><html lang='ko'><head><meta charset='utf-8'><title>시스템 점검 안내</title></head>"
            "<body><h2>시스템 점검 중입니다</h2><p>잠시 후 다시 이용해 주십시오.</p></body></html>"
        ).encode()
        page.content_type = "text/html; charset=utf-8"
    elif fault.kind == "nested":
        page.body = re.sub(rb"(<body[^>]*>)", lambda m: m.group(1) + b"<div>" * fault.depth, page.body, count=1)
        page.body = page.body.replace(b"</body>", b"</div>" * fault.depth + b"</body>", 1)
    elif fault.kind == "no_script":
        page.body = re.sub(rb"<script\b.*?</script>", b"", page.body, flags=re.DOTALL | re.IGNORECASE)
    elif fault.kind == "empty":
        page.body = (
            b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Board</title></head>'
            b"<body><p>There are no posts to show.</p></body></html>"
        )
        page.content_type = "text/html; charset=utf-8"
    return page


def double_links(body: bytes) -> bytes:
    """Every link to a page of the site appears a second time with a tracking parameter: the same
    article under two URLs, as list pages with "most read" boxes or share links show it."""

    def twin(match: re.Match) -> bytes:
        quote, href, label = match.group(1), match.group(2), match.group(3)
        joiner = b"&amp;" if b"?" in href else b"?"
        twin_href = quote + href + joiner + b"utm_source=list" + quote
        return match.group(0) + b" <a href=" + twin_href + b">" + label + b"</a>"

    return re.sub(rb"<a\b[^>]*\bhref=(['\"])([^'\"#]+)\1[^>]*>(.*?)</a>", twin, body)


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
        wire = page.fault
        with self.replica._lock:
            self.replica.requests.append((time.monotonic(), self.path, 0 if wire else page.status))
        if wire is not None and wire.kind == "reset":
            # SO_LINGER 0: closing sends RST, as a proxy or overloaded server dropping the connection
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        if wire is not None and wire.kind == "slow":
            time.sleep(wire.seconds)
        tag = etag_of(page, self.replica.versions.get(self.replica.source_of(self.path), ""))
        if page.status == 200 and wire is None and self.headers.get("If-None-Match") == tag:
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
        if wire is not None and wire.kind == "truncate":  # half the promised body, then the connection ends
            self.wfile.write(page.body[: len(page.body) // 2])
            self.close_connection = True
            return
        try:
            self.wfile.write(page.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a size cap, a timeout)
            self.close_connection = True

    def log_message(self, format: str, *args) -> None:
        return


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    # nine spiders x 16 connections at once: socketserver's default listen backlog of 5 drops connections, and
    # each dropped one is a failure that slows the whole host (scraper.host_backoff), i.e. every source
    request_queue_size = 512

    def handle_error(self, request, client_address) -> None:
        """A client that hung up (a size cap, a timeout, an injected reset) is not a server error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class ReplicaServer:
    """Runs the replica in a background thread on 127.0.0.1 (port 0 = any free port)."""

    def __init__(self, content_dir: Path | None = None, port: int = 0, host: str = "127.0.0.1"):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the replica binds to the loopback interface only")
        self.replica = Replica(content_dir)
        handler = type("BoundHandler", (Handler,), {"replica": self.replica})
        self.httpd = LoopbackServer((host, port), handler)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"  # type: ignore[str-bytes-safe]  # AF_INET: (str, int)

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
