"""Bytes to text, deliberately: BOM, then the HTTP header charset, then <meta charset>, then detection.

w3lib implements exactly the browser order and maps EUC-KR to CP949 (its superset, which Korean sites
actually send); charset-normalizer does the detection when a page declares nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from charset_normalizer import from_bytes
from w3lib.encoding import html_to_unicode, resolve_encoding


def _detect(body: bytes) -> str | None:
    best = from_bytes(body[:200_000]).best()
    return resolve_encoding(best.encoding) if best is not None else None


def content_type(headers: Mapping[str, str] | None) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == "content-type":
            return value
    return None


def decode_html(body: bytes, headers: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(text, encoding name) for an HTML body; never raises on bad bytes (they become U+FFFD).

    Labels lie (a CMS migrated to UTF-8 that still says EUC-KR, or the reverse), so the label is checked
    against the bytes: non-ASCII bytes that are valid UTF-8 are UTF-8 whatever the label says (text in a
    legacy encoding practically never validates as UTF-8), and bytes a UTF-8 label cannot decode are tried
    as CP949, then detected."""
    if not body.isascii():  # non-ASCII bytes valid as UTF-8 are UTF-8 whatever the label: no need to read it
        try:
            return body.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    encoding, text = html_to_unicode(content_type(headers), body, auto_detect_fun=_detect)
    encoding = resolve_encoding(encoding) or encoding
    if encoding != "utf-8" and not body.isascii():
        try:
            return body.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    elif encoding == "utf-8" and "\ufffd" in text and b"\xef\xbf\xbd" not in body:
        for fallback in ("cp949", _detect(body)):
            if fallback and fallback != "utf-8":
                try:
                    return body.decode(fallback), fallback
                except (UnicodeDecodeError, LookupError):
                    continue
    return text, encoding


HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


def not_html(body: bytes, headers: Mapping[str, str] | None = None) -> str | None:
    """Why a body is not an HTML page (a PDF, an image, a download served in its place), or None."""
    declared = (content_type(headers) or "").split(";")[0].strip().lower()
    if declared not in HTML_TYPES:
        return f"not an HTML page ({declared})"
    head = body[:2048]
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04")) or b"\0" in head:
        return "not an HTML page (binary body)"
    return None


def decode_text(body: bytes) -> tuple[str, str]:
    """Plain text has no declarations: UTF-8 if it decodes, else CP949 if it decodes, else detection."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return body.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    detected = _detect(body) or "utf-8"
    return body.decode(detected, errors="replace"), detected
