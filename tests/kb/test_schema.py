"""kb/schema.py: the explicit, versioned schema."""

from __future__ import annotations

from kb.schema import DATA_TABLES, VIEWS, ensure_schema, migrations


def test_schema_is_created_by_migrations(fresh_db):
    ensure_schema(fresh_db)
    assert [m.name for m in migrations.applied(fresh_db)] == [m.name for m in migrations._migrations]
    assert set(DATA_TABLES) <= set(fresh_db.table_names())
    assert set(VIEWS) <= set(fresh_db.view_names())


def test_applying_migrations_twice_is_a_no_op(fresh_db):
    ensure_schema(fresh_db)
    schema = fresh_db.schema
    ensure_schema(fresh_db)
    assert fresh_db.schema == schema
    assert migrations.pending(fresh_db) == []


def test_foreign_keys_are_named_after_the_singular_table(fresh_db):
    ensure_schema(fresh_db)
    fks = {(fk.table, fk.column, fk.other_table) for t in fresh_db.tables for fk in t.foreign_keys}
    assert ("award_records", "district_id", "districts") in fks
    assert ("award_records", "award_id", "awards") in fks
    assert ("articles", "source_id", "sources") in fks
    assert ("evidence", "article_id", "articles") in fks
    for table, column, other in fks:
        assert column == other.removesuffix("s") + "_id", (table, column, other)


def test_gazetteer_fills_districts_with_validity_periods(fresh_db):
    ensure_schema(fresh_db)
    guro = list(fresh_db.query("select * from districts where full_name = '서울특별시 구로구'"))
    assert [(r["code"], r["level"], r["parent_code"]) for r in guro] == [("1153000000", "기초", "1100000000")]
    gunwi = list(
        fresh_db.query(
            "select full_name, valid_from, valid_to from districts where name = '군위군' order by valid_to is null, valid_to"
        )
    )
    assert [r["full_name"] for r in gunwi] == ["경상북도 군위군", "대구광역시 군위군"]
    assert gunwi[0]["valid_to"] == "2023-06-30" and gunwi[1]["valid_from"] == "2023-07-01"


def test_m005_gives_existing_evidence_its_foreign_keys_url_and_span(fresh_db):
    migrations.apply(fresh_db, stop_before="m005_evidence_links")
    fresh_db["sources"].insert({"id": 1, "name": "s"})
    fresh_db["districts"].insert({"id": 1, "full_name": "서울특별시 구로구", "name": "구로구"})
    fresh_db["awards"].insert({"id": 1, "name": "일자리대상"})
    fresh_db["award_records"].insert({"id": 7, "district_id": 1, "award_id": 1, "grade": "대상", "year": 2020})
    body = "머리말. 구로구가 일자리대상에서 대상을 받았다."
    fresh_db["articles"].insert(
        {"id": "s/1", "source_id": 1, "title": "t", "body_text": body, "url": "http://127.0.0.1/s/1"}
    )
    sentence = "구로구가 일자리대상에서 대상을 받았다."
    start = body.index("대상을")
    fresh_db["evidence"].insert(
        {"fact_table": "award_records", "fact_id": 7, "article_id": "s/1", "sentence": sentence,
         "char_start": start, "char_end": start + 2, "extractor_version": "0.1.0"}
    )
    ensure_schema(fresh_db)
    row = next(fresh_db.query("select * from evidence"))
    assert row["award_record_id"] == 7 and row["program_id"] is None and row["url"] == "http://127.0.0.1/s/1"
    assert sentence[row["span_start"]:row["span_end"]] == "대상"
    assert [r["evidence_id"] for r in fresh_db.query("select evidence_id from award_history")] == [row["id"]]


def test_m010_keeps_a_kb_loaded_before_it_and_its_conflicts(fresh_db):
    migrations.apply(fresh_db, stop_before="m010_fact_sources")
    fresh_db["sources"].insert({"id": 1, "name": "s"})
    fresh_db["districts"].insert({"id": 1, "full_name": "서울특별시 구로구", "name": "구로구"})
    for i, value in ((1, 500), (2, 520)):
        fresh_db["articles"].insert({"id": f"s/{i}", "source_id": 1, "title": "t", "body_text": "b", "url": "u"})
        fresh_db["job_counts"].insert({"id": i, "district_id": 1, "year": 2021, "kind": "created", "value": value})
        fresh_db["evidence"].insert({"fact_table": "job_counts", "fact_id": i, "job_count_id": i, "article_id": f"s/{i}",
                                     "sentence": "s", "extractor_version": "0.43.1"})
    ensure_schema(fresh_db)
    assert {r["year_source"] for r in fresh_db.query("select year_source from evidence")} == {None}
    # evidence loaded before the kb stored sources counts as stated: the two articles still disagree
    assert [(r["year"], r["values"]) for r in fresh_db.query('select year, "values" from job_count_conflicts')] == [
        (2021, "500 / 520")
    ]
    assert "year_source" in fresh_db["job_count_history"].columns_dict
