"""Korean search: the same article set as LIKE '%q%', answered from the bigram index, morpheme hits first."""

from __future__ import annotations

import pytest

from kb import search

from .conftest import token_forms

#: 2–6 syllable queries over the fixture corpus (plus the required 구청, 고용, 일자리, 최우수, 청년, 사회적기업)
QUERIES = [
    "구청",
    "고용",
    "일자리",
    "최우수",
    "청년",
    "사회적기업",
    "구로구",
    "구청장",
    "일자리대상",
    "최우수상",
    "우수",
    "장려상",
    "고용노동부",
    "창출",
    "취업",
    "사회적",
    "사회적경제",
    "허브센터",
    "청년이룸",
    "박람회",
    "구직자",
    "채용",
    "지원",
    "참여",
    "마포구",
    "용산구",
    "해고 없는",
    "고용 유지",
    "청년 일자리",
    "지방자치",
    "일자리창출",
    "센터",
    "자치구",
    "주민센터",
    "없는값이다",
]
#: no indexable Hangul run of two syllables: answered by the LIKE fallback
FALLBACK_QUERIES = ["구", "청", "AI", "ai", "G", "밸", "132", "1.2%p"]


def _like(db, q):
    pattern = search.like_pattern(q)
    rows = db.execute(
        "select id from articles where title like ? escape '\\' or body_text like ? escape '\\'",
        [pattern, pattern],
    )
    return {r[0] for r in rows}


def test_there_are_at_least_30_queries_of_2_to_6_syllables():
    assert len(QUERIES) >= 30
    assert all(2 <= len(q.replace(" ", "")) <= 6 for q in QUERIES)


#: (scan_ratio, morpheme_scan_ratio): 0 forces an index, 10**9 forces a newest-first scan; the default
#: picks per query
PLANS = {
    "index": {"scan_ratio": 0},
    "scan+morpheme-index": {"scan_ratio": 10**9, "morpheme_scan_ratio": 0},
    "scan+morpheme-scan": {"scan_ratio": 10**9, "morpheme_scan_ratio": 10**9},
    "auto": {},
}


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("q", QUERIES)
def test_search_returns_exactly_the_like_set(kb_db, q, plan):
    rows = search.search(kb_db.conn, q, **PLANS[plan])
    got = [r["article_id"] for r in rows]
    assert len(got) == len(set(got))
    assert set(got) == _like(kb_db, q)
    keys = [(r["morpheme_hit"], r["published"] or "", r["article_id"]) for r in rows]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize("q", ["구청", "일자리", "사회적기업"])
def test_every_plan_ranks_identically(kb_db, q):
    results = [search.search(kb_db.conn, q, **plan) for plan in PLANS.values()]
    assert all(r == results[0] for r in results)


def test_limit_keeps_the_best_ranked_rows(kb_db):
    full = search.search(kb_db.conn, "일자리")
    for plan in PLANS.values():
        assert search.search(kb_db.conn, "일자리", limit=3, **plan) == full[:3]


@pytest.mark.parametrize("q", QUERIES)
def test_bigram_index_alone_is_a_superset_of_the_like_set(kb_db, q):
    fts = search.bigram_query(q)
    assert fts is not None
    candidates = {
        r[0]
        for r in kb_db.execute(
            "select a.id from articles a join articles_fts f on f.rowid = a.rowid where articles_fts match ?",
            [fts],
        )
    }
    assert _like(kb_db, q) <= candidates


@pytest.mark.parametrize("q", FALLBACK_QUERIES)
def test_one_syllable_and_latin_queries_fall_back_to_like(kb_db, q):
    assert search.bigram_query(q) is None
    assert {r["article_id"] for r in search.search(kb_db.conn, q)} == _like(kb_db, q)


@pytest.mark.parametrize("q", QUERIES)
def test_canned_search_query_through_datasette_equals_like(client, kb_db, q):
    rows = client.rows("/kb/search.json", q=q, page_size=str(search.MAX_RESULTS))
    assert {r["article_id"] for r in rows} == _like(kb_db, q)


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("q", ["구청", "고용", "일자리", "청년"])
def test_whole_morpheme_hits_rank_first(kb_db, q, plan):
    rows = search.search(kb_db.conn, q, **PLANS[plan])
    flags = [r["morpheme_hit"] for r in rows]
    assert flags == sorted(flags, reverse=True)
    assert 1 in flags


@pytest.mark.parametrize("plan", PLANS)
def test_morpheme_ranking_separates_whole_words_from_parts(kb_db, plan):
    rows = search.search(kb_db.conn, "구청", **PLANS[plan])
    by_id = {r["article_id"]: r["morpheme_hit"] for r in rows}
    tokens = {aid: forms.split() for aid, forms in token_forms(kb_db).items()}
    for aid, hit in by_id.items():
        assert hit == ("구청" in tokens[aid]), aid


@pytest.mark.parametrize("q", ["구청", "사회적기업", "AI", "청년 일자리"])
def test_snippets_highlight_every_hit(kb_db, q):
    for row in search.search(kb_db.conn, q):
        assert "<mark>" in row["snippet"], row
        marked = row["snippet"].split("<mark>")[1].split("</mark>")[0]
        assert marked.lower() == q.lower()


def test_empty_query_returns_nothing(kb_db):
    assert search.search(kb_db.conn, "  ") == []


@pytest.mark.parametrize(
    "text,tokens",
    [
        ("구로구청 G밸리", "구로 로구 구청 g 밸리"),
        ("청년, 일자리!", "청년 일자 자리"),
        ("구 AI 1만3,752개", "구 ai 1 만 3 752 개"),
        ("", ""),
    ],
    ids=["mixed", "punct", "single-latin-digits", "empty"],
)
def test_bigram_text(text, tokens):
    assert search.bigram_text(text) == tokens


def test_bigram_query_is_a_phrase_per_hangul_run():
    assert search.bigram_query("사회적기업") == '"사회 회적 적기 기업"'
    assert search.bigram_query("청년 일자리") == '"청년" AND "일자 자리"'
    assert search.bigram_query("G밸리") == '"밸리"'


def test_like_wildcards_in_the_query_are_literal(kb_db):
    percent = {r["article_id"] for r in search.search(kb_db.conn, "%")}
    assert percent == _like(kb_db, "%") and len(percent) == 1  # only "1.2%p"
    assert search.search(kb_db.conn, "구_청") == []


# Datasette, imported by other tests, turns SQLite's callback tracebacks on for the process: the refusals below then
# also print their ValueError through sys.unraisablehook, which is what they are meant to raise
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_sql_functions_refuse_oversized_arguments():
    import sqlite3

    from kb.search import MAX_QUERY_CHARS, MAX_TEXT_CHARS, register_functions

    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    assert conn.execute("select govnews_bigram_query(?)", ["구로" * (MAX_QUERY_CHARS // 2)]).fetchone()[0]
    with pytest.raises(sqlite3.OperationalError, match="function raised exception"):
        conn.execute("select govnews_bigram_query(?)", ["구" * (MAX_QUERY_CHARS + 1)])
    with pytest.raises(sqlite3.OperationalError, match="function raised exception"):
        conn.execute("select govnews_bigram_text(?)", ["가" * (MAX_TEXT_CHARS + 1)])
    with pytest.raises(sqlite3.OperationalError, match="function raised exception"):
        conn.execute("select govnews_snippet(?, ?)", ["본문", "가" * (MAX_QUERY_CHARS + 1)])
    assert conn.execute("select govnews_snippet('구로구 일자리', '일자리')").fetchone()[0] == "구로구 <mark>일자리</mark>"
