"""Parquet archive: schema, writing, compaction, reading (see the archive issue)."""
