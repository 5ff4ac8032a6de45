"""The schema tables in docs/archive.md are what the Parquet fields say (generated, never hand-edited)."""

from __future__ import annotations

from pathlib import Path

from archive import schema
from archive.schema_doc import BEGIN, END, markdown, rewrite

DOC = Path(__file__).resolve().parent.parent / "docs" / "archive.md"


def test_the_docs_carry_the_generated_tables() -> None:
    document = DOC.read_text(encoding="utf-8")
    assert markdown() in document, "run: python -m archive.schema_doc --write docs/archive.md"


def test_every_column_of_every_dataset_is_in_the_tables() -> None:
    tables = markdown()
    for fields in (*schema.DATASETS.values(), schema.SERIES):
        for field in fields:
            assert f"| `{field.name}` |" in tables


def test_rewriting_replaces_only_the_generated_block() -> None:
    stale = f"intro\n{BEGIN}\nold table\n{END}\noutro"
    fresh = rewrite(stale)
    assert fresh.startswith("intro\n") and fresh.endswith("\noutro") and "old table" not in fresh
    assert rewrite(fresh) == fresh
