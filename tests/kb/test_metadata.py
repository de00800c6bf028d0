"""datasette-metadata.json describes every table, view and column that exists, and nothing that does not."""

from __future__ import annotations

from pathlib import Path

from kb.publish import metadata_path
from kb.search import SEARCH_SQL

ROOT = Path(__file__).resolve().parents[2]
CANNED = [
    "award_history",
    "award_winners",
    "district_ranking",
    "program_search",
    "job_counts_by_year",
    "search",
]


def _visible(db):
    hidden = {
        r[0]
        for r in db.execute(
            "select name from sqlite_master where rootpage = 0 and sql like '%VIRTUAL TABLE%USING FTS%'"
        )
    }
    shadow = {t for t in db.table_names() if any(t.startswith(h + "_") for h in hidden)}
    return [t for t in db.table_names() + db.view_names() if t not in hidden | shadow]


def test_metadata_has_license_source_title(metadata):
    for key in ("title", "license", "source"):
        assert metadata.get(key), key
    assert metadata.get("description") or metadata.get("description_html")


def test_every_table_and_column_in_metadata_exists(kb_db, metadata):
    tables = metadata["databases"]["kb"]["tables"]
    for name, meta in tables.items():
        assert kb_db[name].exists(), name
        assert meta.get("description"), name
        columns = {c.name for c in kb_db[name].columns}
        assert set(meta["columns"]) <= columns, (name, set(meta["columns"]) - columns)
        for column, text in meta["columns"].items():
            assert text.strip(), (name, column)
        for facet in meta.get("facets", []):
            assert facet in columns, (name, facet)
        for key in ("sort", "sort_desc", "label_column"):
            if key in meta:
                assert meta[key] in columns, (name, key)


def test_every_visible_table_view_and_column_has_a_description(kb_db, metadata):
    tables = metadata["databases"]["kb"]["tables"]
    for name in _visible(kb_db):
        assert name in tables, f"{name} has no description in datasette-metadata.json"
        missing = {c.name for c in kb_db[name].columns} - set(tables[name]["columns"])
        assert not missing, (name, missing)


def test_canned_queries_have_titles_and_the_search_sql_is_the_librarys():
    import json

    queries = json.loads(metadata_path().read_text(encoding="utf-8"))["databases"]["kb"]["queries"]
    assert set(CANNED) <= set(queries)
    for name, q in queries.items():
        assert q["title"] and q["description"] and q["sql"].strip(), name
        if name in CANNED:  # the user stories take a parameter
            assert ":" in q["sql"], name
        assert q["hide_sql"] is True, f"{name}: readers see the answer first, the SQL one click away"
    assert queries["search"]["sql"] == SEARCH_SQL.strip()


def test_packaged_metadata_copy_matches_the_repository_file():
    repo = ROOT / "datasette-metadata.json"
    packaged = ROOT / "kb" / "datasette-metadata.json"
    assert repo.exists(), "the tests run from a checkout, which has datasette-metadata.json at its root"
    assert packaged.read_bytes() == repo.read_bytes(), "copy datasette-metadata.json to kb/"
