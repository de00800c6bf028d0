"""Publishing with Datasette 0.65: canned queries, the Korean search box, the district page, the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest
from datasette.utils import tilde_encode

from kb.publish import metadata_path

GURO = "서울특별시 구로구"


def test_database_and_every_table_page_return_200(client, kb_db):
    assert client.get("/kb.json").status_code == 200
    for name in kb_db.table_names() + kb_db.view_names():
        assert client.get(f"/kb/{name}.json").status_code == 200, name


@pytest.mark.parametrize("district", [GURO, "구로구", "서울 구로구"], ids=["full", "short", "alias"])
def test_award_history_lists_every_award_of_a_district_newest_first(client, district):
    rows = client.rows("/kb/award_history.json", district=district)
    assert [(r["year"], r["grade"], r["award"], r["category"]) for r in rows] == [
        (2020, "최우수", "전국 지방자치단체 일자리대상", "공시제 부문"),
        (2018, "우수", "전국 지방자치단체 일자리대상", None),
    ]
    first = rows[0]
    assert first["organizer"] == "고용노동부"
    assert first["evidence"].startswith("서울 구로구가 고용노동부가 주관한")
    assert first["article_id"] == "sijung/20201001/101"
    assert first["url"] == "http://127.0.0.1:8765/sijung/news/articleView.html?idxno=101"
    assert first["reports"] == 2 and first["district"] == GURO


@pytest.mark.parametrize("district", ["서울시 구로구", "서울특별시구로구", "서울 구로구"])
def test_award_history_finds_a_district_by_its_provinces_short_form(client, district):
    rows = client.rows("/kb/award_history.json", district=district)
    assert {r["district"] for r in rows} == {GURO} and len(rows) == 2
    assert client.rows("/kb/award_history.json", district="부산시 구로구") == []


def test_canned_queries_link_each_fact_to_its_article_and_source(client):
    html = client.get("/kb/award_history", district="구로구").text
    # article_id shows the headline, linked to the article's row page; url is the source page
    assert '<a href="/kb/articles/sijung~2F20201001~2F101" title="sijung/20201001/101">' in html
    assert '<a href="http://127.0.0.1:8765/sijung/news/articleView.html?idxno=101">' in html
    assert '<a href="/kb/award_records/' in html
    for path, params in [
        ("/kb/award_winners.json", {"award": "일자리대상", "year": ""}),
        ("/kb/program_search.json", {"q": "청년"}),
        ("/kb/job_counts_by_year.json", {"district": "구로구"}),
    ]:
        rows = client.rows(path, **params)
        assert rows and all(r["evidence"] and r["article_id"] and r["url"].startswith("http") for r in rows), path


def test_award_winners_filters_by_award_and_year(client):
    rows = client.rows("/kb/award_winners.json", award="일자리창출 평가", year="2011")
    assert [(r["district"], r["grade"]) for r in rows] == [
        ("서울특별시 마포구", "최우수"),
        ("서울특별시 강남구", "우수"),
        ("서울특별시 강북구", "우수"),
        ("서울특별시 성북구", "우수"),
    ]
    assert client.rows("/kb/award_winners.json", award="일자리창출 평가", year="2012") == []
    assert len(client.rows("/kb/award_winners.json", award="", year="")) == 6


def test_district_ranking_puts_top_prizes_first(client):
    rows = client.rows("/kb/district_ranking.json", award="")
    assert [r["district"] for r in rows[:2]] == [GURO, "서울특별시 마포구"]
    assert rows[0]["records"] == 2 and rows[0]["top_prizes"] == 1


def test_program_search_finds_youth_programmes_and_since_when(client):
    rows = client.rows("/kb/program_search.json", q="청년")
    assert [(r["district"], r["program"], r["matched_in"], r["first_seen"]) for r in rows] == [
        (GURO, "청년이룸", "name", "2020-10-01"),
        # reported in the same sentence as 청년이룸: found through its evidence, listed after name hits
        (GURO, "G밸리 고용환경 및 일자리 생태계 개선사업", "evidence", "2020-10-02"),
    ]
    assert rows[0]["reports"] == 2


def test_job_counts_by_year_flags_conflicts(client):
    rows = client.rows("/kb/job_counts_by_year.json", district="구로구")
    assert [(r["year"], r["kind"], r["value"], r["values"], r["conflict"]) for r in rows] == [
        (2019, "created", 13700, "13700 / 13752", 1),
        (2019, "created", 13752, "13700 / 13752", 1),
        (2019, "target", 14000, "14000", 0),
    ]
    assert [r["article_id"] for r in rows[:2]] == ["seoul_guro/20201002/55", "sijung/20201001/101"]


def test_search_canned_query_returns_highlighted_snippets(client):
    rows = client.rows("/kb/search.json", q="사회적기업")
    assert len(rows) == 3
    assert all("<mark>사회적기업</mark>" in r["snippet"] for r in rows)
    html = client.get("/kb/search", q="사회적기업").text
    assert "<mark>사회적기업</mark>" in html  # rendered as HTML by the plugin's render_cell


def test_articles_search_box_is_a_korean_substring_search(client, kb_db):
    response = client.get("/kb/articles", _search="구청")
    assert response.status_code == 200
    assert 'id="_search"' in response.text and 'value="구청"' in response.text
    rows = client.rows("/kb/articles.json", _search="구청", _col="title")
    like = kb_db.execute("select count(*) from articles where title like '%구청%' or body_text like '%구청%'")
    assert len(rows) == like.fetchone()[0] == 8


def test_district_page_draws_award_and_job_charts(client):
    html = client.get("/district/" + tilde_encode("구로구")).text
    assert 'id="awards-chart"' in html and 'id="jobs-chart-created"' in html
    assert html.count('class="bar"') == 2  # awards in 2018 and 2020
    assert "<h1>서울특별시 구로구</h1>" in html
    ambiguous = client.get("/district/" + tilde_encode("중구"))
    assert ambiguous.status_code == 200 and "부산광역시 중구" in ambiguous.text
    assert "<h1>Which 중구?</h1>" in ambiguous.text  # as written, not tilde-escaped
    # a browser's percent-encoded URL works the same
    assert "<h1>Which 중구?</h1>" in client.get("/district/%EC%A4%91%EA%B5%AC").text
    assert client.get("/district/" + tilde_encode("없는구")).status_code == 404


def test_district_index_is_a_national_view_listing_districts(client):
    for path in ("/district/", "/district"):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.text
        assert 'id="awards-chart"' in html and 'id="jobs-chart-created"' in html
        # which districts won what, by year, and every district with facts, linked to its page
        assert "<h3>2011</h3>" in html and "서울특별시 마포구</a>:" in html
        assert '<a href="/district/%EC%84%9C%EC%9A%B8%ED%8A%B9%EB%B3%84%EC%8B%9C%20%EA%B5%AC%EB%A1%9C%EA%B5%AC">' in html


def test_charts_are_reachable_from_the_home_page_and_each_districts_row_page(client, kb_db):
    assert 'href="/district/"' in client.get("/").text
    guro = kb_db.execute("select id from districts where full_name = ?", [GURO]).fetchone()[0]
    row_page = client.get(f"/kb/districts/{guro}").text
    assert '<a href="/district/%EC%84%9C%EC%9A%B8%ED%8A%B9%EB%B3%84%EC%8B%9C%20%EA%B5%AC%EB%A1%9C%EA%B5%AC"' in row_page


def test_chart_pages_serve_a_kb_of_any_database_name(tmp_path, kb_path, metadata):
    import shutil

    from .conftest import Client

    other = tmp_path / "govnews_2026.db"
    shutil.copy(kb_path, other)
    client = Client(other, {k: v for k, v in metadata.items() if k != "databases"})
    html = client.get("/district/" + tilde_encode("구로구")).text
    assert 'id="awards-chart"' in html and "/govnews_2026/award_history?district=" in html
    assert client.get("/district/").status_code == 200


def test_an_award_record_links_to_its_district_award_and_evidence(client, kb_db):
    rid = kb_db.execute(
        "select r.id from award_records r join districts d on d.id = r.district_id "
        "where d.full_name = ? and r.year = 2020", [GURO]
    ).fetchone()[0]
    html = client.get(f"/kb/award_records/{rid}").text
    district_id, award_id = kb_db.execute("select district_id, award_id from award_records where id = ?", [rid]).fetchone()
    assert f'<a href="/kb/districts/{district_id}">서울특별시 구로구</a>' in html
    assert f'<a href="/kb/awards/{award_id}">전국 지방자치단체 일자리대상</a>' in html
    assert f'<a href="/kb/evidence?award_record_id={rid}">' in html
    evidence = client.rows("/kb/evidence.json", award_record_id=str(rid))
    assert len(evidence) == 2
    # the evidence table's row page: its fact, its article, its source page, the span highlighted
    page = client.get(f"/kb/evidence/{evidence[0]['id']}").text
    assert f'<a href="/kb/award_records/{rid}">{rid}</a>' in page
    assert '<a href="/kb/articles/' in page
    assert f'<a href="{evidence[0]["url"]}">' in page
    assert "<mark>" in page


def test_programs_and_award_records_have_a_korean_search_box(client, kb_db):
    response = client.get("/kb/programs", _search="청년")
    assert response.status_code == 200 and 'id="_search"' in response.text
    programs = client.rows("/kb/programs.json", _search="청년")
    assert [p["name"] for p in programs] == ["청년이룸"]
    assert len(client.rows("/kb/programs.json")) > 1
    awards = client.rows("/kb/award_records.json", _search="일자리창출")
    assert len(awards) == 4
    assert len(client.rows("/kb/award_records.json", _search="마포구")) == 1
    assert client.rows("/kb/award_records.json", _search="없는말") == []


def test_datasette_cli_get_award_history_exits_0_with_rows(kb_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "datasette",
            str(kb_path),
            "-m",
            str(metadata_path()),
            "--get",
            f"/kb/award_history.json?district={GURO}&_shape=array",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert '"year": 2020' in out.stdout


def test_datasette_cli_get_kb_json_exits_0(kb_path):
    cmd = [sys.executable, "-m", "datasette", str(kb_path), "-m", str(metadata_path()), "--get", "/kb.json"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def test_render_cell_trusts_only_our_mark_markup():
    from kb.datasette_plugin import render_cell

    def cell(value, column):
        return render_cell(row=None, value=value, column=column, table=None, database="kb", datasette=None)

    assert str(cell("a <mark>구청</mark> b &amp; c", "snippet")) == "a <mark>구청</mark> b &amp; c"
    assert cell("<script>alert(1)</script>", "snippet") is None
    assert cell('<mark onclick="x">구청</mark>', "snippet") is None
    assert cell("<mark>구청</mark>", "title") is None


def test_conflicting_reports_are_shown_side_by_side_with_their_sources(client):
    html = client.get("/kb/job_count_conflicts").text
    assert '<ul class="govnews-reports">' in html
    cell = html.split('<ul class="govnews-reports">')[1].split("</ul>")[0]
    assert cell.index("<strong>13,700</strong>") < cell.index("<strong>13,752</strong>")
    assert '<a href="http://127.0.0.1:8765/sijung/news/articleView.html?idxno=101">source</a>' in cell
    assert '<a href="/kb/articles/seoul_guro~2F20201002~2F55"' in cell


def test_table_pages_fit_a_laptop_screen(client):
    html = client.get("/kb/articles").text
    assert "\u2026" in html  # long bodies cut (truncate_cells_html)
    assert "/-/govnews.css" in html and client.get("/-/govnews.css").status_code == 200
    # bookkeeping columns hidden until asked for; JSON keeps every column
    assert 'data-column="content_sha256"' not in html and 'data-column="title"' in html
    assert 'data-column="content_sha256"' in client.get("/kb/articles", _nocol="author").text
    assert "content_sha256" in client.rows("/kb/articles.json")[0]
    # the evidence page still highlights spans with its span columns hidden
    evidence = client.get("/kb/evidence").text
    assert 'data-column="span_start"' not in evidence and "<mark>" in evidence
