"""A static HTML report with PNG charts from the reconciled `series` view.

One page (`index.html`) and its images in one directory, so it can be opened from disk, mailed or served by
anything: monthly ICT exports, imports and balance with the year-on-year change; exports by item; exports by
partner; the latest month with a link to every source article; and the figures that carry a conflict or a
failed consistency check.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only: no display, no GUI toolkit on a server

import matplotlib.pyplot as plt

from archive.layout import DataDir
from archive.reader import connect, damaged
from scraper.months import Month

ITEMS = {
    "semiconductors": "Semiconductors",
    "displays": "Displays",
    "mobile_phones": "Mobile phones",
    "computers_peripherals": "Computers and peripherals",
    "communication_equipment": "Communication equipment",
}
PARTNERS = {
    "china": "China",
    "us": "US",
    "vietnam": "Vietnam",
    "eu": "EU",
    "japan": "Japan",
    "taiwan": "Taiwan",
    "india": "India",
}


@dataclass(frozen=True)
class Report:
    index: Path
    charts: list[Path]
    months: int
    latest: str | None
    captions: list[str] = field(default_factory=list)  # one per chart: its source and range
    damaged: list[str] = field(default_factory=list)  # files left out of the views as damaged (see archive.trust)


def _month_number(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_text(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def with_gaps(points: list[tuple[date, float]]) -> tuple[list[Any], list[float]]:  # dates: matplotlib plots them
    """Monthly points with a NaN in every month between them that has no figure: matplotlib breaks a line at
    NaN, so a missing month shows as a gap, not as a straight line that looks like a trend."""
    days: list[date] = []
    values: list[float] = []
    for day, value in sorted(points):
        if days:
            for missing in range(_month_number(days[-1]) + 1, _month_number(day)):
                days.append(date(missing // 12, missing % 12 + 1, 1))
                values.append(math.nan)
        days.append(day)
        values.append(value)
    return days, values


def caption(sources: set[str], days: set[date], first: Month | None, last: Month | None) -> str:
    """What a chart is drawn from: the sources of its figures, the months asked for and those missing."""
    if not days:
        span = "no figures" if not (first or last) else "no figures in the range asked for"
        return f"Source: ictarchive reconciled series; {span}."
    low = _month_number(date(*first, 1)) if first else min(_month_number(d) for d in days)
    high = _month_number(date(*last, 1)) if last else max(_month_number(d) for d in days)
    present = {_month_number(d) for d in days}
    missing = [_month_text(m) for m in range(low, high + 1) if m not in present]
    gaps = f"; no figure for {', '.join(missing[:6])}{' ...' if len(missing) > 6 else ''}" if missing else ""
    return (
        f"Source: ictarchive reconciled series ({', '.join(sorted(sources)) or 'none'}); "
        f"{_month_text(low)} to {_month_text(high)}, {len(present)} of {high - low + 1} months{gaps}."
    )


def _footnote(figure, text: str) -> None:
    figure.text(0.01, 0.01, text, fontsize=7, color="#555", ha="left", va="bottom", wrap=True)


def _bounds(first: Month | None, last: Month | None) -> tuple[str, list]:
    where, params = ["period_type = 'month'"], []
    if first:
        where.append("period_start >= make_date(?, ?, 1)")
        params += list(first)
    if last:
        where.append("period_end <= last_day(make_date(?, ?, 1))")
        params += list(last)
    return " AND ".join(where), params


def _line_chart(path: Path, title: str, series: dict[str, list[tuple[date, float]]], ylabel: str, note: str) -> Path:
    figure, axis = plt.subplots(figsize=(9, 4.2), dpi=100)
    for label, points in series.items():
        if points:
            axis.plot(*with_gaps(points), label=label, linewidth=1.6, marker="o", markersize=2.5)
    axis.set_title(title)
    axis.set_ylabel(ylabel)
    axis.grid(alpha=0.3)
    if any(series.values()):
        axis.legend(fontsize=8, ncols=2)
    else:
        axis.text(0.5, 0.5, "no figures in this range", ha="center", va="center", transform=axis.transAxes)
    figure.autofmt_xdate()
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    _footnote(figure, note)
    figure.savefig(path)
    plt.close(figure)
    return path


def _trade_chart(path: Path, rows: list[tuple], note: str) -> Path:
    """Exports, imports and balance (bars) with the export year-on-year change on a second axis."""
    by_flow: dict[str, list[tuple[date, float | None, float | None]]] = {}
    for period_start, flow, value, yoy, _source in rows:
        by_flow.setdefault(flow, []).append((period_start, value, yoy))
    figure, axis = plt.subplots(figsize=(9, 4.6), dpi=100)
    for flow, style in (("export", "-"), ("import", "--")):
        points = [(d, v / 1e9) for d, v, _ in by_flow.get(flow, []) if v is not None]
        axis.plot(*with_gaps(points), style, label=f"{flow}s", linewidth=1.6, marker="o", markersize=2.5)
    balance = [(d, v / 1e9) for d, v, _ in by_flow.get("balance", []) if v is not None]
    days = [p[0] for p in balance]
    axis.bar(days, [p[1] for p in balance], width=20, alpha=0.35, label="balance")  # type: ignore[arg-type]
    axis.set_ylabel("US$ billion")
    axis.grid(alpha=0.3)
    change = axis.twinx()
    yoy = [(d, y) for d, _, y in by_flow.get("export", []) if y is not None]
    change.plot(*with_gaps(yoy), ":", color="black", label="exports y/y %", linewidth=1)
    change.set_ylabel("exports, % change year on year")
    lines, labels = axis.get_legend_handles_labels()
    more_lines, more_labels = change.get_legend_handles_labels()
    axis.legend(lines + more_lines, labels + more_labels, fontsize=8, loc="upper left")
    axis.set_title("Korea's ICT trade by month")
    figure.autofmt_xdate()
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    _footnote(figure, note)
    figure.savefig(path)
    plt.close(figure)
    return path


def _money(value: float | None) -> str:
    return "" if value is None else f"${value / 1e9:,.2f}B" if abs(value) >= 1e9 else f"${value / 1e6:,.0f}M"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def write_report(data: DataDir, out: Path, first: Month | None = None, last: Month | None = None) -> Report:
    out.mkdir(parents=True, exist_ok=True)
    connection = connect(data)
    where, params = _bounds(first, last)
    trade = connection.execute(
        f"SELECT period_start, flow, value_usd, yoy_pct, source FROM series WHERE {where} AND item = 'ict' "
        "AND region = 'world' ORDER BY period_start",
        params,
    ).fetchall()
    captions = [caption({row[4] for row in trade}, {row[0] for row in trade}, first, last)]
    charts = [_trade_chart(out / "ict_trade.png", trade, captions[0])]

    def exports_by(column: str, codes: dict[str, str], other: str) -> tuple[dict[str, list[tuple[date, float]]], str]:
        rows = connection.execute(
            f"SELECT {column}, period_start, value_usd, source FROM series WHERE {where} AND flow = 'export' AND "
            f"{other} AND {column} IN ({', '.join('?' for _ in codes)}) AND value_usd IS NOT NULL "
            "ORDER BY period_start",
            [*params, *codes],
        ).fetchall()
        found: dict[str, list[tuple[date, float]]] = {label: [] for label in codes.values()}
        for code, day, value, _source in rows:
            found[codes[code]].append((day, value / 1e9))
        return found, caption({row[3] for row in rows}, {row[1] for row in rows}, first, last)

    for name, title, (lines, note) in (
        ("exports_by_item.png", "ICT exports by item", exports_by("item", ITEMS, "region = 'world'")),
        ("exports_by_partner.png", "ICT exports by partner", exports_by("region", PARTNERS, "item = 'ict'")),
    ):
        charts.append(_line_chart(out / name, title, lines, "US$ billion", note))
        captions.append(note)

    latest = connection.execute(
        f"SELECT max(period) FROM series WHERE {where} AND item = 'ict' AND flow = 'export'", params
    ).fetchone()[0]  # type: ignore[index]  # an aggregate: one row
    latest_rows = (
        connection.execute(
            "SELECT flow, item, region, value_usd, yoy_pct, n_sources, conflict FROM series WHERE period = ? "
            "ORDER BY flow, item <> 'ict', item, region <> 'world', region",
            [latest],
        ).fetchall()
        if latest
        else []
    )
    articles = (
        connection.execute(
            "SELECT DISTINCT f.source, a.title, a.url, a.published_date "
            "FROM facts f JOIN articles a USING (article_id) "
            "WHERE f.period = ? ORDER BY a.published_date, f.source",
            [latest],
        ).fetchall()
        if latest
        else []
    )
    flagged = connection.execute(
        f"SELECT period, flow, item, region, value_usd, yoy_pct, conflict, checks FROM series WHERE {where} AND "
        "(conflict OR len(checks) > 0) ORDER BY period DESC, flow, item, region LIMIT 200",
        params,
    ).fetchall()

    latest_table = _table(
        ("flow", "item", "partner", "value", "y/y %", "sources", "conflict"),
        [
            (
                html.escape(flow),
                html.escape(item),
                html.escape(region),
                _money(value),
                "" if yoy is None else f"{yoy:+.1f}",
                str(n),
                "yes" if conflict else "",
            )
            for flow, item, region, value, yoy, n, conflict in latest_rows
        ],
    )
    article_list = "".join(
        f'<li>{html.escape(source)}: <a href="{html.escape(url, quote=True)}">{html.escape(title or url)}</a> '
        f"({published})</li>"
        for source, title, url, published in articles
    )
    flagged_table = _table(
        ("period", "flow", "item", "partner", "value", "y/y %", "conflict", "checks"),
        [
            (
                html.escape(period),
                html.escape(flow),
                html.escape(item),
                html.escape(region),
                _money(value),
                "" if yoy is None else f"{yoy:+.1f}",
                "yes" if conflict else "",
                html.escape(", ".join(checks or [])),
            )
            for period, flow, item, region, value, yoy, conflict, checks in flagged
        ],
    )
    images = "".join(
        f'<figure><img src="{c.name}" alt="{c.stem.replace("_", " ")}">'
        f"<figcaption>{html.escape(note)}</figcaption></figure>"
        for c, note in zip(charts, captions, strict=True)
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Korea ICT trade - ictarchive report</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}}table{{border-collapse:collapse;
font-size:.9em}}td,th{{border:1px solid #ccc;padding:.25em .6em;text-align:left}}img{{max-width:100%}}</style>
</head><body>
<h1>Korea's ICT trade</h1>
<p>{len({row[0] for row in trade})} months from the reconciled series (ministry figures over news reports, the
most precise figure, the latest revision).</p>
{images}
<h2>Latest month: {html.escape(latest or "none")}</h2>
{latest_table}
<h3>Source articles</h3><ul>{article_list}</ul>
<h2>Figures to look at</h2>
<p>Sources that disagree beyond rounding (conflict) or figures that fail a consistency check.</p>
{flagged_table}
</body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return Report(index, charts, len({row[0] for row in trade}), latest, captions, damaged(connection))
