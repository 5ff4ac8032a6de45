"""The SQL that ranks facts into the reconciled series: one source for the live view (`archive.reader`) and
the stored series (`archive.derived`), so the two cannot disagree."""

from __future__ import annotations

from archive.checks import SEVERE


def quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _precision_case(column: str) -> str:
    """The unit of the last stated digit (17.6e9 -> 1e8), inferred from the digits as `checks.precision`."""
    whole = f"round(abs({column}))"
    steps = " ".join(f"WHEN {whole} % 1e{k} = 0 THEN 1e{k}" for k in range(12, 0, -1))
    ceiling = f"pow(10, greatest(0, floor(log10({whole})) - 1))"  # at least two significant digits
    return (
        f"(CASE WHEN {column} IS NULL THEN NULL WHEN {whole} = 0 THEN 1 "
        f"ELSE least({ceiling}, CASE {steps} ELSE 1 END) END)"
    )


def _yoy_precision(column: str) -> str:
    return (
        f"(CASE WHEN {column} = round({column}) THEN 1.0 WHEN {column} * 10 = round({column} * 10) "
        "THEN 0.1 ELSE 0.01 END)"
    )


SEVERE_LIST = "[" + ", ".join(quote(flag) for flag in SEVERE) + "]"
KEY = "period, flow, item, region"

# How candidates for one figure are ranked (smallest first): a stated value before none, ministry before news,
# the finer precision, the later publication, the later extraction, then the fact id for a stable choice.
_RECENCY = (
    "coalesce(-(published_date - DATE '1970-01-01'), 1e9)::DOUBLE AS newer, -epoch_us(extracted_at)::DOUBLE AS later"
)


def _rank(column: str, precision: str) -> str:
    return (
        f"struct_pack(missing := {column} IS NULL, news := not_ministry, "
        f"fineness := coalesce({precision}, 1e300), newer := newer, later := later, fact_id := fact_id)"
    )


SERIES_SELECT = f"""
WITH usable AS (
    SELECT period, flow, item, region, period_type, period_start, period_end, value_usd, yoy_pct, prior_usd,
           source, source_kind, url, published_date, article_id, fact_id, checks,
           source_kind <> 'ministry' AS not_ministry, {_RECENCY},
           {_precision_case("value_usd")} AS value_precision, {_precision_case("prior_usd")} AS prior_precision,
           {_yoy_precision("yoy_pct")} AS yoy_precision
    FROM facts
    WHERE NOT list_has_any(coalesce(checks, []::VARCHAR[]), {SEVERE_LIST})
),
best AS (
    SELECT {KEY},
        any_value(period_type) AS period_type,
        any_value(period_start) AS period_start,
        any_value(period_end) AS period_end,
        arg_min(struct_pack(v := value_usd, p := value_precision, source := source, source_kind := source_kind,
                            url := url, published_date := published_date),
                {_rank("value_usd", "value_precision")}) AS value_pick,
        arg_min(struct_pack(v := yoy_pct, p := yoy_precision), {_rank("yoy_pct", "yoy_precision")}) AS yoy_pick,
        arg_min(prior_usd, {_rank("prior_usd", "prior_precision")}) AS prior_usd,
        count(DISTINCT source) AS n_sources,
        count(DISTINCT article_id) AS n_articles,
        list_distinct(flatten(list(checks))) AS checks
    FROM usable
    GROUP BY ALL
),
disagreement AS (
    SELECT {KEY},
        coalesce(bool_or(u.value_usd IS NOT NULL AND b.value_pick.v IS NOT NULL AND
            abs(u.value_usd - b.value_pick.v) > greatest(u.value_precision, b.value_pick.p) + 0.5), false)
            AS value_conflict,
        coalesce(bool_or(u.yoy_pct IS NOT NULL AND b.yoy_pick.v IS NOT NULL AND
            abs(u.yoy_pct - b.yoy_pick.v) > greatest(u.yoy_precision, b.yoy_pick.p) + 1e-6), false)
            AS yoy_conflict
    FROM usable u JOIN best b USING ({KEY})
    WHERE b.n_articles > 1
    GROUP BY ALL
)
SELECT b.period, b.period_type, b.period_start, b.period_end, b.flow, b.item, b.region,
       b.value_pick.v AS value_usd, b.yoy_pick.v AS yoy_pct, b.prior_usd, b.value_pick.source AS source,
       b.value_pick.source_kind AS source_kind, b.value_pick.url AS url,
       b.value_pick.published_date AS published_date, b.n_sources, b.n_articles,
       coalesce(d.value_conflict OR d.yoy_conflict, false) AS conflict, coalesce(d.value_conflict, false)
       AS value_conflict, coalesce(d.yoy_conflict, false) AS yoy_conflict, b.checks
FROM best b LEFT JOIN disagreement d USING ({KEY})
"""
