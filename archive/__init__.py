"""The archive: raw WARC captures plus Hive-partitioned Parquet (captures, articles, facts) that DuckDB and
Spark read as they are. `schema` fixes the types, `partition` makes writes atomic and idempotent, `writer`
batches rows, `reader` defines the DuckDB views, `maintenance` compacts and re-parses."""

from archive.layout import DataDir, resolve_data_dir
from archive.lock import ArchiveBusy, WriterLock

__all__ = ["ArchiveBusy", "DataDir", "WriterLock", "resolve_data_dir"]
