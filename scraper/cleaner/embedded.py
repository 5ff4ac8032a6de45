"""Article text that pages carry as data in scripts: JSON-LD, Arc XP's Fusion.globalContent (ChosunBiz),
Next.js's __NEXT_DATA__ (News1). Often cleaner than the rendered body, and present when the body
container was renamed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from scraper.cleaner.html import block_lines, parse_fragment


@dataclass
class Embedded:
    title: str | None
    published: str | None  # as written; the caller parses it
    paragraphs: list[str]


def _text_of_html(fragment: str) -> str:
    """Text of an HTML fragment with its line breaks (<br>, <p>) kept as newlines."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        return "\n".join(block_lines(parse_fragment(f"<div>{fragment}</div>")))
    except (ValueError, TypeError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n|\n", text) if part.strip()]


def _json_objects(script: str) -> Any:
    try:
        return json.loads(script)
    except (json.JSONDecodeError, ValueError):
        return None


def from_jsonld(doc: lxml_html.HtmlElement) -> Embedded | None:
    for script in doc.xpath('//script[@type="application/ld+json"]/text()'):
        data = _json_objects(script)
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and "@graph" in item:
                item = next((g for g in item["@graph"] if isinstance(g, dict) and g.get("articleBody")), item)
            if isinstance(item, dict) and item.get("articleBody"):
                return Embedded(
                    item.get("headline"), item.get("datePublished"), _split(_text_of_html(str(item["articleBody"])))
                )
    return None


_FUSION = re.compile(r"Fusion\.globalContent\s*=\s*(\{.*?\})\s*;\s*(?:Fusion\.|</script>|$)", re.S)


def from_fusion(doc: lxml_html.HtmlElement) -> Embedded | None:
    """Arc XP: `Fusion.globalContent={...};` with content_elements [{type: "text", content: "..."}]."""
    for script in doc.xpath("//script[not(@src)]/text()"):
        match = _FUSION.search(script)
        if not match:
            continue
        data = _json_objects(match.group(1))
        if not isinstance(data, dict):
            continue
        paragraphs = [
            _text_of_html(str(el.get("content", "")))
            for el in data.get("content_elements", [])
            if isinstance(el, dict) and el.get("type") in ("text", "header")
        ]
        headline = data.get("headlines", {}).get("basic") if isinstance(data.get("headlines"), dict) else None
        published = data.get("display_date") or data.get("first_publish_date")
        if paragraphs:
            return Embedded(headline, published, [p for p in paragraphs if p])
    return None


def from_next_data(doc: lxml_html.HtmlElement) -> Embedded | None:
    """Next.js: props.pageProps.articleView with title, contentArrange [{type: "text", content}], pubdate_at."""
    for script in doc.xpath('//script[@id="__NEXT_DATA__"]/text()'):
        data = _json_objects(script)
        view = (
            (((data or {}).get("props") or {}).get("pageProps") or {}).get("articleView")
            if isinstance(data, dict)
            else None
        )
        if not isinstance(view, dict):
            continue
        paragraphs = []
        for element in view.get("contentArrange") or []:
            if isinstance(element, dict) and element.get("type") == "text":
                paragraphs.extend(_split(_text_of_html(str(element.get("content", "")))))
        if paragraphs:
            return Embedded(view.get("title"), view.get("pubdate_at") or view.get("pubdate"), paragraphs)
    return None


READERS = {"jsonld": from_jsonld, "fusion": from_fusion, "next_data": from_next_data}
