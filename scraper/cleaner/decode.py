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
    """(text, encoding name) for an HTML body; never raises on bad bytes (they become U+FFFD)."""
    encoding, text = html_to_unicode(content_type(headers), body, auto_detect_fun=_detect)
    return text, resolve_encoding(encoding) or encoding


def decode_text(body: bytes) -> tuple[str, str]:
    """Plain text has no declarations: UTF-8 if it decodes, else CP949 if it decodes, else detection."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return body.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    detected = _detect(body) or "utf-8"
    return body.decode(detected, errors="replace"), detected
