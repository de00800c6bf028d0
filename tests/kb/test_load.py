"""kb/load.py: idempotent loads, evidence merging, conflicts, bad lines, re-extraction."""

from __future__ import annotations

import json
import re

import pytest

from kb import search
from kb.load import iter_jsonl, load_articles, load_facts, load_files, row_counts

from .conftest import ARTICLES, FACTS, read_jsonl

GURO = "서울특별시 구로구"


def _write(path, objs):
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return path


def test_loading_twice_leaves_identical_row_counts(fresh_db):
    load_files(fresh_db, [ARTICLES], [FACTS])
    first = row_counts(fresh_db)
    facts_before = list(fresh_db.query("select * from award_records order by id"))
    load_files(fresh_db, [ARTICLES], [FACTS])
    assert row_counts(fresh_db) == first
    assert list(fresh_db.query("select * from award_records order by id")) == facts_before
    assert first["articles"] == 35 and first["award_records"] == 6


def test_same_award_from_two_articles_is_one_row_with_two_evidence_rows(kb_db):
    rows = list(
        kb_db.query(
            """select r.id, r.first_seen, r.last_seen, r.organizer from award_records r
               join districts d on d.id = r.district_id join awards w on w.id = r.award_id
               where d.full_name = ? and r.year = 2020 and w.name = '전국 지방자치단체 일자리대상'""",
            [GURO],
        )
    )
    assert len(rows) == 1
    record = rows[0]
    evidence = list(
        kb_db.query(
            "select article_id from evidence where fact_table = 'award_records' and fact_id = ? order by article_id",
            [record["id"]],
        )
    )
    assert [e["article_id"] for e in evidence] == ["seoul_guro/20201002/55", "sijung/20201001/101"]
    assert (record["first_seen"], record["last_seen"]) == ("2020-10-01", "2020-10-02")
    # one report names the organizer, the other does not: the stated one is kept
    assert record["organizer"] == "고용노동부"


def test_conflicting_job_counts_are_separate_rows_shown_in_job_count_conflicts(kb_db):
    values = [
        r["value"]
        for r in kb_db.query(
            "select value from job_counts j join districts d on d.id = j.district_id "
            "where d.full_name = ? and year = 2019 and kind = 'created' order by value",
            [GURO],
        )
    ]
    assert values == [13700, 13752]
    conflicts = list(kb_db.query("select * from job_count_conflicts"))
    reports = json.loads(conflicts[0].pop("reports"))
    assert conflicts == [
        {
            "district": GURO,
            "year": 2019,
            "kind": "created",
            "n_values": 2,
            "values": "13700 / 13752",
            "min_value": 13700,
            "max_value": 13752,
            "n_reports": 2,
        }
    ]
    # the sources side by side, smallest figure first
    assert [(r["value"], r["source"], r["article_id"]) for r in reports] == [
        (13700, "seoul_guro", "seoul_guro/20201002/55"),
        (13752, "sijung", "sijung/20201001/101"),
    ]
    assert reports[1]["url"] == "http://127.0.0.1:8765/sijung/news/articleView.html?idxno=101"
    assert reports[1]["evidence"] == "구로구는 지난해 일자리 1만3,752개를 창출했다."


def _job(value, year, kind="created", district=GURO):
    return {"district": district, "value": value, "kind": kind, "year": year, "evidence": f"일자리 {value}개."}


def test_job_count_conflicts_compare_only_same_district_year_and_kind(fresh_db):
    facts = [
        # two reports that disagree about 2021: a conflict
        {"id": "t/1", "published": "2022-01-05", "job_counts": [_job(500, 2021), _job(45, None), _job(60, None)]},
        {"id": "t/2", "published": "2022-01-06", "job_counts": [_job(520, 2021), _job(1200, None), _job(10000, None)]},
        # same year, other kind, other district: no conflict with the above
        {"id": "t/3", "published": "2022-01-07", "job_counts": [_job(700, 2021, "target"),
                                                                _job(999, 2021, district="서울특별시 마포구")]},
    ]
    load_articles(fresh_db, [_stub_article(f["id"], f["published"] + "T09:00:00+09:00") for f in facts])
    assert load_facts(fresh_db, facts).errors == []
    rows = list(fresh_db.query("select district, year, kind, \"values\", n_reports, reports from job_count_conflicts"))
    assert [(r["district"], r["year"], r["kind"], r["values"], r["n_reports"]) for r in rows] == [
        (GURO, 2021, "created", "500 / 520", 2)
    ]
    assert [(r["value"], r["article_id"]) for r in json.loads(rows[0]["reports"])] == [(500, "t/1"), (520, "t/2")]
    # five year-less figures of one district and kind stay in job_counts, in no conflict
    assert fresh_db.execute("select count(*) from job_counts where year is null").fetchone()[0] == 4


def test_evidence_has_foreign_keys_to_its_fact_the_source_url_and_the_span_in_its_sentence(fresh_db):
    body = "구로구가 상을 받았다. 구는 지난해 일자리 1만3752개를 창출했으며 청년이룸 사업을 운영한다."
    sentence = "구는 지난해 일자리 1만3752개를 창출했으며 청년이룸 사업을 운영한다."
    start = body.index("1만3752개")
    article = dict(_stub_article("t/9", "2020-10-01T09:00:00+09:00"), body_text=body)
    fact = {
        "id": "t/9",
        "published": "2020-10-01",
        "job_counts": [{"district": GURO, "value": 13752, "kind": "created", "year": 2019,
                        "evidence": sentence, "char_span": [start, start + len("1만3752개")]}],
        "programs": [{"district": GURO, "name": "청년이룸", "evidence": sentence,
                      "char_span": [body.index("청년이룸"), body.index("청년이룸") + 4]}],
    }
    load_articles(fresh_db, [article])
    assert load_facts(fresh_db, [fact]).errors == []
    rows = {r["fact_table"]: r for r in fresh_db.query("select * from evidence")}
    job = rows["job_counts"]
    assert job["job_count_id"] == job["fact_id"] and job["award_record_id"] is None and job["program_id"] is None
    assert rows["programs"]["program_id"] == rows["programs"]["fact_id"]
    assert job["url"] == "http://127.0.0.1/t/9"
    assert sentence[job["span_start"]:job["span_end"]] == "1만3752개"
    assert sentence[rows["programs"]["span_start"]:rows["programs"]["span_end"]] == "청년이룸"
    fks = {(fk.column, fk.other_table) for fk in fresh_db["evidence"].foreign_keys}
    assert {("award_record_id", "award_records"), ("program_id", "programs"), ("job_count_id", "job_counts"),
            ("district_mention_id", "district_mentions"), ("article_id", "articles")} <= fks
    # the article moves: its evidence follows
    load_articles(fresh_db, [dict(article, url="http://127.0.0.1/moved/9")])
    assert {r["url"] for r in fresh_db.query("select url from evidence")} == {"http://127.0.0.1/moved/9"}


def test_load_report_counts_added_updated_unchanged_and_refused(fresh_db):
    articles = read_jsonl(ARTICLES)[:3]
    facts = {f["id"]: f for f in read_jsonl(FACTS)}
    first = load_articles(fresh_db, articles)
    assert (first.added, first.updated, first.unchanged, first.refused) == (3, 0, 0, 0)
    changed = [articles[0], dict(articles[1], body_text=articles[1]["body_text"] + " 추가."), articles[2], {"id": 1}]
    second = load_articles(fresh_db, changed)
    assert (second.added, second.updated, second.unchanged, second.refused) == (0, 1, 2, 1)
    lines = [facts[a["id"]] for a in articles if a["id"] in facts]
    assert lines
    f1 = load_facts(fresh_db, lines)
    assert (f1.added, f1.updated, f1.unchanged, f1.refused) == (len(lines), 0, 0, 0)
    f2 = load_facts(fresh_db, [*lines, {"id": "not/in/kb"}])
    assert (f2.added, f2.updated, f2.unchanged, f2.refused) == (0, 0, len(lines), 1)
    bumped = dict(lines[0], extractor_version="9.9.9")
    f3 = load_facts(fresh_db, [bumped])
    assert (f3.added, f3.updated, f3.unchanged, f3.refused) == (0, 1, 0, 0)


def test_ranked_list_gives_one_record_per_district(kb_db):
    rows = list(kb_db.query("select district, grade from award_history where year = 2011 order by district"))
    assert rows == [
        {"district": "서울특별시 강남구", "grade": "우수"},
        {"district": "서울특별시 강북구", "grade": "우수"},
        {"district": "서울특별시 마포구", "grade": "최우수"},
        {"district": "서울특별시 성북구", "grade": "우수"},
    ]


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_loads(fresh_db, tmp_path):
    good = read_jsonl(ARTICLES)[:2]
    path = tmp_path / "articles.jsonl"
    path.write_text(
        json.dumps(good[0], ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"id": "x/1", "source": "s"})
        + "\n\n"
        + json.dumps(good[1], ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    report = load_articles(fresh_db, iter_jsonl(path))
    assert report.loaded == 2
    assert len(report.errors) == 2
    assert report.errors[0].startswith(f"{path}:2: invalid JSON")
    assert report.errors[1].startswith(f"{path}:3: article 'x/1' lacks title, body_text, url")
    assert fresh_db.table("articles").count == 2

    facts = read_jsonl(FACTS)[:2]
    facts[0] = dict(facts[0], job_counts=[dict(facts[0]["job_counts"][0], value="many")])
    fpath = _write(tmp_path / "facts.jsonl", facts)
    report = load_facts(fresh_db, iter_jsonl(fpath))
    assert report.loaded == 1
    assert report.errors == [f"{fpath}:1: job_counts[0].value: expected an integer, got 'many'"]
    # the failed line left nothing behind (its award was rolled back with it)
    assert (
        fresh_db.execute("select count(*) from evidence where article_id = ?", [facts[0]["id"]]).fetchone()[0]
        == 0
    )
    assert (
        fresh_db.execute("select count(*) from evidence where article_id = ?", [facts[1]["id"]]).fetchone()[0]
        > 0
    )


def test_new_extractor_version_replaces_that_articles_evidence(fresh_db):
    load_files(fresh_db, [ARTICLES], [FACTS])
    facts = {f["id"]: f for f in read_jsonl(FACTS)}
    old = facts["seoul_guro/20201002/55"]
    new = dict(old, extractor_version="0.2.0", programs=old["programs"][:1])  # G밸리 사업 no longer found
    report = load_facts(fresh_db, [new])
    assert report.errors == []
    versions = {
        r["extractor_version"]
        for r in fresh_db.query("select extractor_version from evidence where article_id = ?", [old["id"]])
    }
    assert versions == {"0.2.0"}
    names = {r["name"] for r in fresh_db.query("select name from programs")}
    assert "G밸리 고용환경 및 일자리 생태계 개선사업" not in names  # its only evidence is gone
    assert "청년이룸" in names  # still reported by both articles
    assert fresh_db.execute("select count(*) from programs_fts").fetchone()[0] == len(names)


def test_changed_article_text_is_a_new_revision_and_reindexed(fresh_db):
    article = read_jsonl(ARTICLES)[4]
    load_articles(fresh_db, [article])
    changed = dict(
        article, body_text=article["body_text"] + " 정정: 근로자 수를 바로잡았다.", content_sha256=None
    )
    load_articles(fresh_db, [changed])
    load_articles(fresh_db, [changed])
    row = fresh_db.table("articles").get(article["id"])
    assert row["revision"] == 2
    assert fresh_db.table("article_revisions").count == 2
    assert [r["article_id"] for r in search.search(fresh_db.conn, "정정")] == [article["id"]]


def _stub_article(aid: str, published_at: str | None) -> dict:
    return {"id": aid, "source": "t", "title": "t", "body_text": "본문", "url": f"http://127.0.0.1/{aid}",
            "published_at": published_at}


def test_facts_for_an_article_not_in_the_kb_are_refused_and_write_nothing(fresh_db):
    facts = [f for f in read_jsonl(FACTS) if f["id"] == "sijung/20201001/101"]
    report = load_facts(fresh_db, [dict(facts[0], published=None)])
    assert report.loaded == 0
    assert report.errors == [
        "<facts>:1: facts for article 'sijung/20201001/101', which is not in the kb: load its articles first"
    ]
    assert fresh_db.table("award_records").count == 0 and fresh_db.table("evidence").count == 0
    load_articles(fresh_db, [a for a in read_jsonl(ARTICLES) if a["id"] == "sijung/20201001/101"])
    assert load_facts(fresh_db, [dict(facts[0], published=None)]).errors == []
    # a facts line without a date takes its article's
    assert fresh_db.execute("select first_seen from award_records").fetchone()[0] == "2020-10-01"


def test_district_resolution_uses_the_period_valid_at_the_article_date(fresh_db):
    fact = {
        "id": "t/20240102/1",
        "published": "2024-01-02",
        "programs": [{"district": "대구광역시 군위군", "name": "군위 청년 일자리", "evidence": "…"}],
        "job_counts": [{"district": "서울특별시 가상구", "value": 10, "kind": "created", "year": 2023}],
    }
    load_articles(fresh_db, [_stub_article(fact["id"], "2024-01-02T09:00:00+09:00")])
    assert load_facts(fresh_db, [fact]).errors == []
    rows = list(
        fresh_db.query(
            "select d.full_name, d.valid_from, d.in_gazetteer from programs p join districts d on d.id = p.district_id"
        )
    )
    assert rows == [{"full_name": "대구광역시 군위군", "valid_from": "2023-07-01", "in_gazetteer": 1}]
    unknown = list(fresh_db.query("select full_name, in_gazetteer from districts where in_gazetteer = 0"))
    assert unknown == [{"full_name": "서울특별시 가상구", "in_gazetteer": 0}]


def test_a_fact_without_district_or_grade_is_skipped_with_a_warning_not_the_line(fresh_db):
    fact = {
        "id": "t/20200101/2",
        "published": "2020-01-01",
        "awards": [
            {"district": "", "year": 2020, "award": "일자리대상", "grade": "우수", "evidence": "…"},
            {"district": GURO, "year": 2020, "award": "일자리대상", "grade": None, "evidence": "…"},
            {"district": GURO, "year": 2020, "award": "일자리대상", "grade": "대상", "evidence": "…"},
        ],
    }
    load_articles(fresh_db, [_stub_article(fact["id"], "2020-01-01T09:00:00+09:00")])
    report = load_facts(fresh_db, [fact], label="f.jsonl")
    assert report.loaded == 1 and report.errors == []
    assert report.warnings == [
        "f.jsonl:1: skipped award '일자리대상' without a district",
        "f.jsonl:1: skipped award without a grade: '일자리대상' for '서울특별시 구로구'",
    ]
    assert [r["grade"] for r in fresh_db.query("select grade from award_records")] == ["대상"]


def test_a_rolled_back_line_leaves_no_dangling_district(fresh_db):
    bad = {
        "id": "t/1",
        "programs": [{"district": "서울특별시 가상구", "name": "가상 사업", "evidence": "…"}],
        "job_counts": [{"district": "서울특별시 가상구", "value": "x", "kind": "created"}],
    }
    good = {
        "id": "t/2",
        "programs": [{"district": "서울특별시 가상구", "name": "가상 사업", "evidence": "…"}],
    }
    load_articles(fresh_db, [_stub_article("t/1", None), _stub_article("t/2", None)])
    report = load_facts(fresh_db, [bad, good])
    assert report.loaded == 1 and len(report.errors) == 1
    row = fresh_db.execute(
        "select d.full_name from programs p join districts d on d.id = p.district_id where p.name = '가상 사업'"
    ).fetchone()
    assert row == ("서울특별시 가상구",)


def test_attachments_stub_status_and_outlet_are_kept_and_reloads_do_not_duplicate(fresh_db):
    article = dict(
        read_jsonl(ARTICLES)[0],
        attachments=["https://www.guro.go.kr/www/downloadBbsFile.do?atchmnflNo=88213",
                     "https://www.guro.go.kr/www/downloadBbsFile.do?atchmnflNo=88214"],
        body_status="stub",
        outlet="연합뉴스",
    )
    load_articles(fresh_db, [article])
    load_articles(fresh_db, [article])
    rows = list(fresh_db.query("select article_id, position, url from attachments order by position"))
    assert rows == [
        {"article_id": article["id"], "position": 0, "url": article["attachments"][0]},
        {"article_id": article["id"], "position": 1, "url": article["attachments"][1]},
    ]
    row = fresh_db.table("articles").get(article["id"])
    assert (row["body_status"], row["outlet"]) == ("stub", "연합뉴스")
    load_articles(fresh_db, [dict(article, attachments=article["attachments"][1:])])
    assert [r["url"] for r in fresh_db.query("select url from attachments")] == article["attachments"][1:]


def _facts_file(tmp_path, lines: list[bytes]) -> str:
    path = tmp_path / "facts.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return str(path)


def test_bad_facts_lines_are_each_named_and_the_others_load(fresh_db, tmp_path):
    load_articles(fresh_db, [_stub_article(f"t/{i}", "2020-01-01T09:00:00+09:00") for i in range(1, 8)])

    def line(aid: str, **facts) -> bytes:
        return json.dumps({"id": aid, "published": "2020-01-01", **facts}, ensure_ascii=False).encode()

    good_award = {"district": GURO, "year": 2020, "award": "일자리대상", "grade": "대상", "evidence": "…"}
    path = _facts_file(
        tmp_path,
        [
            b"\xef\xbb\xbf" + line("t/1", awards=[good_award]),  # a BOM on the first line is no error
            line("t/2", awards=[good_award]).replace("일자리".encode(), b"\xc0\xda"),  # EUC-KR bytes
            line("t/3", awards=[dict(good_award, district={"name": GURO})]),
            line("t/4", job_counts=[{"district": GURO, "value": 10**30, "kind": "created"}]),
            line("t/5", job_counts=[{"district": GURO, "value": 12, "kind": "created", "year": 20200}]),
            line("t/6", programs="청년이룸"),
            line("t/7", programs=[{"district": GURO, "name": "청년이룸", "evidence": "…"}]),
        ],
    )
    report = load_facts(fresh_db, iter_jsonl(path))
    assert report.loaded == 2
    assert report.errors == [
        f"{path}:2: not UTF-8 (byte 0xc0 at byte 119)",
        f"{path}:3: awards[0].district: expected text, got an object",
        f"{path}:4: job_counts[0].value: 1000000000000000000000000000000 is out of range",
        f"{path}:5: job_counts[0].year: 20200 is not a year",
        f"{path}:6: programs: expected a list, got '청년이룸'",
    ]
    assert fresh_db.execute("select count(*) from award_records").fetchone()[0] == 1
    assert fresh_db.execute("select name from programs").fetchall() == [("청년이룸",)]


def test_a_failed_extraction_keeps_the_articles_facts(fresh_db, tmp_path):
    load_articles(fresh_db, [_stub_article("t/1", "2020-01-01T09:00:00+09:00")])
    award = {"district": GURO, "year": 2020, "award": "일자리대상", "grade": "대상", "evidence": "…"}
    assert load_facts(fresh_db, [{"id": "t/1", "awards": [award]}]).errors == []
    report = load_facts(fresh_db, [{"id": "t/1", "awards": [], "error": "RuntimeError: boom"}], label="f")
    assert report.errors == [
        "f:1: extraction failed for article 't/1' (RuntimeError: boom); its facts in the kb are kept"
    ]
    assert fresh_db.table("award_records").count == 1 and fresh_db.table("evidence").count >= 1


def test_a_second_load_into_the_same_kb_is_refused_at_once(tmp_path):
    from kb.load import LoadLocked, load_lock

    db_path = tmp_path / "kb.db"
    with load_lock(db_path):
        expected = re.escape(f"another load is writing {db_path} (lock {db_path}.lock held by pid ") + r"\d+\)"
        with pytest.raises(LoadLocked, match=expected), load_lock(db_path):
            pass
    with load_lock(db_path):  # released when the first load ends
        pass


def _sourced(value, year, year_source, kind="target", district=GURO):
    return dict(_job(value, year, kind, district), year_source=year_source, district_source="sentence")


def test_evidence_keeps_how_each_year_and_district_was_settled(fresh_db):
    facts = [{"id": "t/1", "published": "2024-03-05",
              "job_counts": [_sourced(40, 2024, "published")],
              "awards": [{"district": GURO, "year": 2023, "grade": "우수", "award": "일자리 평가", "evidence": "우수.",
                          "year_source": "frame", "district_source": "hint"}],
              "programs": [{"district": GURO, "name": "청년이룸", "evidence": "청년이룸."}]}]
    load_articles(fresh_db, [_stub_article("t/1", "2024-03-05T09:00:00+09:00")])
    assert load_facts(fresh_db, facts).errors == []
    got = {(r["fact_table"], r["year_source"], r["district_source"])
           for r in fresh_db.query("select fact_table, year_source, district_source from evidence")}
    assert {("job_counts", "published", "sentence"), ("award_records", "frame", "hint"),
            ("programs", None, None)} <= got
    (job,) = fresh_db.query("select year, year_source, district_source from job_count_history")
    assert job == {"year": 2024, "year_source": "published", "district_source": "sentence"}
    (award,) = fresh_db.query("select year, year_source, district_source from award_reports")
    assert award == {"year": 2023, "year_source": "frame", "district_source": "hint"}
    # a new source for the same facts is an update, not "unchanged"
    again = [dict(facts[0], job_counts=[_sourced(40, 2024, "sentence")])]
    assert load_facts(fresh_db, again).updated == 1


def test_a_year_of_the_publication_date_or_one_articles_parts_are_no_conflict(fresh_db):
    facts = [
        # one article's plan in parts (a total and its programmes): the same year and kind, no disagreement
        {"id": "t/1", "published": "2024-01-10",
         "job_counts": [_sourced(1200, 2024, "sentence"), _sourced(300, 2024, "sentence")]},
        # another article's places, dated only by its publication date: no claim about 2024 to compare
        {"id": "t/2", "published": "2024-05-02", "job_counts": [_sourced(25, 2024, "published")]},
        # two articles stating last year's results differently: a conflict
        {"id": "t/3", "published": "2024-02-01", "job_counts": [_sourced(8400, 2023, "sentence", "created")]},
        {"id": "t/4", "published": "2024-02-03", "job_counts": [_sourced(8420, 2023, "frame", "created")]},
    ]
    load_articles(fresh_db, [_stub_article(f["id"], f["published"] + "T09:00:00+09:00") for f in facts])
    assert load_facts(fresh_db, facts).errors == []
    rows = list(fresh_db.query('select year, kind, "values", n_values, n_reports, reports from job_count_conflicts'))
    assert [(r["year"], r["kind"], r["values"], r["n_values"], r["n_reports"]) for r in rows] == [
        (2023, "created", "8400 / 8420", 2, 2)
    ]
    assert [(r["value"], r["article_id"]) for r in json.loads(rows[0]["reports"])] == [(8400, "t/3"), (8420, "t/4")]
    # a second article stating 2024's target differently conflicts with both of t/1's parts
    more = {"id": "t/5", "published": "2024-06-01", "job_counts": [_sourced(1000, 2024, "sentence")]}
    load_articles(fresh_db, [_stub_article("t/5", "2024-06-01T09:00:00+09:00")])
    assert load_facts(fresh_db, [more]).errors == []
    rows = list(fresh_db.query('select year, kind, "values", n_reports from job_count_conflicts order by year'))
    assert [(r["year"], r["kind"], r["values"], r["n_reports"]) for r in rows] == [
        (2023, "created", "8400 / 8420", 2), (2024, "target", "300 / 1000 / 1200", 3)
    ]


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"year_source": "guess"}, "job_counts[0].year_source: 'guess' is not one of sentence, frame, published"),
        ({"district_source": 3}, "job_counts[0].district_source: expected text, got 3"),
    ],
)
def test_an_unknown_source_is_refused_naming_the_field(fresh_db, item, message):
    load_articles(fresh_db, [_stub_article("t/1", "2024-01-10T09:00:00+09:00")])
    report = load_facts(fresh_db, [{"id": "t/1", "job_counts": [dict(_job(5, 2024), **item)]}])
    assert report.errors == [f"<facts>:1: {message}"]
    assert fresh_db.table("job_counts").count == 0


def test_the_canned_queries_say_how_surely_a_year_is_known(fresh_db):
    from kb.awards import AWARD_HISTORY_SQL
    from kb.publish import metadata_path

    award = {"district": GURO, "year": 2023, "grade": "우수", "award": "일자리 평가", "evidence": "우수."}
    facts = [
        # read off the publication date by one article, stated in its sentence by another
        {"id": "t/1", "published": "2023-12-01", "awards": [dict(award, year_source="published")],
         "job_counts": [_sourced(40, 2023, "published")]},
        {"id": "t/2", "published": "2024-01-15", "awards": [dict(award, year_source="sentence")],
         "job_counts": [_sourced(40, 2023, "frame")]},
        {"id": "t/3", "published": "2023-06-01", "job_counts": [_sourced(75, 2023, "published", "employed")]},
    ]
    load_articles(fresh_db, [_stub_article(f["id"], f["published"] + "T09:00:00+09:00") for f in facts])
    assert load_facts(fresh_db, facts).errors == []
    params = {"district": "구로구", "page_size": "", "after": ""}
    (row,) = [dict(zip([c[0] for c in cur.description], r, strict=True))
              for cur in [fresh_db.execute(AWARD_HISTORY_SQL, params)] for r in cur.fetchall()]
    assert (row["year"], row["year_source"], row["reports"]) == (2023, "sentence", 2)
    queries = json.loads(metadata_path().read_text(encoding="utf-8"))["databases"]["kb"]["queries"]
    cur = fresh_db.execute(queries["job_counts_by_year"]["sql"], {"district": "구로구"})
    rows = [dict(zip([c[0] for c in cur.description], r, strict=True)) for r in cur.fetchall()]
    assert [(r["kind"], r["value"], r["year_source"], r["conflict"]) for r in rows] == [
        ("employed", 75, "published", 0), ("target", 40, "frame", 0)
    ]
