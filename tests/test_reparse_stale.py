"""`reparse --stale` redoes only the months an older parser wrote: the parser's version is its code, stored
with every article and fact."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq

from archive import maintenance
from archive.layout import DataDir
from scraper.cli import main
from scraper.months import Month
from scraper.parser import PARSER_VERSION
from tests.archive_helpers import build


def _age(data: DataDir, dataset: str, month: Month) -> None:
    """Make one month look as if an older parser wrote it (as after upgrading ictarchive)."""
    for path in data.files(dataset, month.year, month.month):
        table = pq.read_table(path)
        old = pa.array(["an-older-parser"] * table.num_rows, pa.string())
        table = table.set_column(table.schema.get_field_index("parser_version"), "parser_version", old)
        pq.write_table(table, path)


def test_only_months_an_older_parser_wrote_are_reparsed(tmp_path, capsys) -> None:
    data = build(tmp_path, count=4)
    months = sorted(Month(*m) for m in data.partitions("facts"))
    assert maintenance.stale_months(data, PARSER_VERSION) == set()
    assert main(["reparse", "--stale", "--data-dir", str(data.root)]) == 0
    assert "nothing to do" in capsys.readouterr().out

    aged = months[1]
    _age(data, "facts", aged)
    assert maintenance.stale_months(data, PARSER_VERSION) == {aged}
    assert main(["reparse", "--stale", "--json", "--data-dir", str(data.root)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["partitions_written"] >= 1
    assert maintenance.stale_months(data, PARSER_VERSION) == set(), "the aged month now carries this version"
