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
    assert first["url"] == "http://127.0.0.1:8765/sijung/news/articleView.html?idxno=101"
    assert first["reports"] == 2 and first["district"] == GURO


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
    assert [(r["year"], r["kind"], r["values"], r["conflict"]) for r in rows] == [
        (2019, "created", "13700 / 13752", 1),
        (2019, "target", "14000", 0),
    ]


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
    ambiguous = client.get("/district/" + tilde_encode("중구"))
    assert ambiguous.status_code == 200 and "부산광역시 중구" in ambiguous.text
    assert client.get("/district/" + tilde_encode("없는구")).status_code == 404


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

    assert str(render_cell("a <mark>구청</mark> b &amp; c", "snippet")) == "a <mark>구청</mark> b &amp; c"
    assert render_cell("<script>alert(1)</script>", "snippet") is None
    assert render_cell('<mark onclick="x">구청</mark>', "snippet") is None
    assert render_cell("<mark>구청</mark>", "title") is None
