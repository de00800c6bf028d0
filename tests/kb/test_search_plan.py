"""The planned search (kb.search) returns exactly what the previous single-plan SQL returned: the same
rows, in the same order, with the same snippets, on a kb big enough for every plan (many hits past the
row limit, few hits, none; Hangul, Latin, digits; articles inserted out of date order)."""

from __future__ import annotations

import html
import random
import re
import sqlite3

import pytest
from sqlite_utils import Database

from kb import search
from kb.schema import ensure_schema

# The search SQL before the sampled plan (fts5vocab document frequencies, one walk per plan, snippets
# and LIKE as before): the reference every plan of kb.search must reproduce row for row.
_OLD_LIKE_CHECK = """(a.title like govnews_like_pattern(:q) escape '\\'
           or a.body_text like govnews_like_pattern(:q) escape '\\')"""
_OLD_MORPHEME_CHECK = """exists (
        select 1 from article_search_tokens t
        where t.article_id = a.id and instr(' ' || t.tokens || ' ', govnews_morpheme_needle(:q)) > 0)"""
OLD_SEARCH_TEMPLATE = """
with grams(term, df) as materialized (
  -- the query's bigrams with the number of articles containing each (0 = none: nothing can match)
  select j.value, coalesce((select v.doc from articles_fts_vocab v where v.term = j.value), 0)
  from json_each(govnews_bigrams(:q)) j
),
words(df) as materialized (
  -- the query's words with the number of articles whose morphemes contain each
  select coalesce((select v.doc from article_search_tokens_vocab v where v.term = j.value), 0)
  from json_each(govnews_words(:q)) j
),
plan(how, fts, morphemes) as materialized (
  -- 'index' when the rarest bigram is in under 1/{ratio} of the articles; else 'scan' newest first
  -- and stop at {limit} hits (a common word is found sooner by walking the articles than by decoding
  -- a posting list that covers most of them). The index is asked for the two rarest bigrams only:
  -- still a superset of the LIKE rows, and cheaper than a phrase over common bigrams.
  select
    case
      when length(trim(:q)) = 0 then 'none'
      when not exists (select 1 from grams) then 'scan'
      when (select min(df) from grams) * {ratio} > coalesce((select max(rowid) from articles), 0) then 'scan'
      else 'index'
    end,
    (select group_concat('"' || term || '"', ' AND ') from (select term from grams order by df limit 2)),
    -- whole-morpheme hits of a scan: from the morpheme index when its rarest word is rare, else scanned
    case
      when govnews_morpheme_phrase(:q) is null then 'scan'
      when (select min(df) from words) * {morpheme_ratio} > coalesce((select max(rowid) from articles), 0) then 'scan'
      else 'index'
    end
),
by_index as (
  select a.rowid as rid, MORPHEME_CHECK as morpheme_hit, a.published, a.id
  from articles_fts f
  join articles a on a.rowid = f.rowid
  where articles_fts match coalesce((select fts from plan), '"' || char(1) || '"')
    and LIKE_CHECK
  order by morpheme_hit desc, a.published desc, a.id desc
  -- a LIMIT is evaluated once, before the loop: LIMIT 0 skips the branch without touching a row
  limit (select case how when 'index' then {limit} else 0 end from plan)
),
by_morpheme_index as materialized (
  select a.rowid as rid, 1 as morpheme_hit, a.published, a.id
  from article_search_tokens_fts m
  join article_search_tokens t on t.rowid = m.rowid
  join articles a on a.id = t.article_id
  where article_search_tokens_fts match coalesce(govnews_morpheme_phrase(:q), '"' || char(1) || '"')
    and LIKE_CHECK and MORPHEME_CHECK
  order by a.published desc, a.id desc
  limit (select case when how = 'scan' and morphemes = 'index' then {limit} else 0 end from plan)
),
by_morpheme_scan as materialized (
  select a.rowid as rid, 1 as morpheme_hit, a.published, a.id
  from articles a
  where LIKE_CHECK and MORPHEME_CHECK
  order by a.published desc, a.id desc
  limit (select case when how = 'scan' and morphemes = 'scan' then {limit} else 0 end from plan)
),
by_scan_morphemes as (
  select * from by_morpheme_index union all select * from by_morpheme_scan
),
by_scan_rest as (
  select a.rowid as rid, 0 as morpheme_hit, a.published, a.id
  from articles a
  where LIKE_CHECK and not MORPHEME_CHECK
  order by a.published desc, a.id desc
  -- only when the whole-morpheme hits did not fill the page
  limit (select case how when 'scan' then {limit} - (select count(*) from by_scan_morphemes) else 0 end from plan)
),
hits as (
  select * from (
    select * from by_index
    union all select * from by_scan_morphemes
    union all select * from by_scan_rest
  )
  order by morpheme_hit desc, published desc, id desc
  limit {limit}
)
select
  a.id as article_id,
  a.title,
  a.published,
  s.name as source,
  a.url,
  h.morpheme_hit,
  govnews_snippet(a.title || ' — ' || a.body_text, :q) as snippet
from hits h
join articles a on a.rowid = h.rid
left join sources s on s.id = a.source_id
order by h.morpheme_hit desc, h.published desc, h.id desc
""".replace("LIKE_CHECK", _OLD_LIKE_CHECK).replace("MORPHEME_CHECK", _OLD_MORPHEME_CHECK)
# the kb stores morpheme codes (m009): the query's words are looked up in ``morphemes`` as kb.search does
OLD_SEARCH_TEMPLATE = (
    OLD_SEARCH_TEMPLATE.replace("govnews_morpheme_needle(:q)", search._NEEDLE)
    .replace("json_each(govnews_words(:q))", f"json_each({search._CODES})")
    .replace("match coalesce(govnews_morpheme_phrase(:q),", f"match coalesce({search._PHRASE},")
)


def reference_snippet(text: str | None, query: str | None, width: int = 40) -> str:
    """An HTML snippet of ``text`` around the first hit of ``query``, every hit wrapped in ``<mark>``.

    Matching is case-insensitive like SQLite's ``LIKE`` (ASCII only folds). The text is HTML-escaped.

    :param text: the text to cut from
    :param query: the user's query
    :param width: characters of context on each side of the first hit
    :returns: escaped HTML, with ``…`` where the text was cut
    """
    text = text or ""
    q = (query or "").strip()
    if not q:
        return html.escape(text[: 2 * width])
    pattern = re.compile(re.escape(q), re.IGNORECASE | re.ASCII)
    first = pattern.search(text)
    if first is None:
        return html.escape(text[: 2 * width])
    start = max(0, first.start() - width)
    end = min(len(text), first.end() + width)
    window = text[start:end]
    parts = []
    pos = 0
    for m in pattern.finditer(window):
        parts.append(html.escape(window[pos : m.start()]))
        parts.append("<mark>" + html.escape(m.group(0)) + "</mark>")
        pos = m.end()
    parts.append(html.escape(window[pos:]))
    return ("…" if start > 0 else "") + "".join(parts) + ("…" if end < len(text) else "")


def old_search(conn: sqlite3.Connection, query: str, limit: int = search.MAX_RESULTS) -> list[tuple]:
    search.register_functions(conn)
    sql = OLD_SEARCH_TEMPLATE.format(limit=limit, ratio=search.SCAN_RATIO, morpheme_ratio=search.SCAN_RATIO)
    return conn.execute(sql, {"q": query}).fetchall()


def new_search(conn: sqlite3.Connection, query: str, **kwargs) -> list[tuple]:
    return [tuple(r.values()) for r in search.search(conn, query, **kwargs)]


SUBJECTS = ["청년", "신중년", "여성", "어르신", "구직자", "소상공인", "사회적기업"]
OBJECTS = ["일자리", "고용", "취업", "창업", "직업훈련", "채용박람회", "AI 교육", "ICT 인재"]
PLACES = ["구로구", "마포구", "중구", "수원시", "양평군"]
VERBS = ["지원한다", "확대한다", "운영한다", "개최했다", "모집한다"]
#: made-up programme names: rare queries
NAMES = ["파카노타", "누고바누", "쿠사고차카", "모라마후"]


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.03:
        return f"{rng.choice(PLACES)}는 '{rng.choice(NAMES)}' 사업을 {rng.choice(VERBS)}."
    if kind < 0.15:
        return f"{rng.choice(PLACES)}는 {rng.randint(2015, 2025)}년 일자리 {rng.randint(100, 9999):,}개를 만들었다."
    if kind < 0.2:
        return f"<b>{rng.choice(PLACES)}</b> & \"AI\" 센터는 청년일자리를 {rng.choice(VERBS)}."
    return f"{rng.choice(PLACES)}는 {rng.choice(SUBJECTS)} {rng.choice(OBJECTS)} 사업을 {rng.choice(VERBS)}."


@pytest.fixture(scope="module")
def big_kb() -> Database:
    """2,400 articles inserted in random date order, a tenth of them without morpheme tokens."""
    db = Database(memory=True)
    ensure_schema(db)
    rng = random.Random(13)
    db["sources"].insert({"id": 1, "name": "synthetic"})
    rows = []
    for i in range(2400):
        body = " ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))
        title = _sentence(rng)[:30]
        published = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 3):02d}"  # many ties
        rows.append((i + 1, f"a/{rng.randint(0, 10**6):07d}/{i}", title, body, published))
    with db.atomic():
        db.conn.executemany(
            "insert into articles (rowid, id, source_id, title, body_text, url, published) "
            "values (?, ?, 1, ?, ?, 'http://127.0.0.1/x', ?)",
            rows,
        )
        search.index_articles(db.conn, [(rid, t, b) for rid, _, t, b, _ in rows])
        search.index_tokens(
            db.conn, [(aid, "test", re.sub(r"[^\w\s]", " ", f"{t} {b}")) for rid, aid, t, b, _ in rows if rid % 10]
        )
    return db


#: many hits (past the 1,000-row limit), few, none; one syllable, Latin in any case, digits, mixed,
#: several words (also in an order that never occurs), punctuation
EQUIVALENCE_QUERIES = [
    "일자리", "청년", "구로구", "사업을", "청년 일자리", "일자리 청년", "사회적기업", "채용박람회",
    "파카노타", "쿠사고차카", "모라", "없는말", "구", "AI", "ai", "Ai 교육", "ICT 인재", "ict",
    "2024", "1,0", "9", "AI 교육 사업을", "<b>", "& \"AI\"", "청년일자리", "%", "구_청", "  청년  ",
]
#: every plan: the default (sampled), forced index, forced walk with either morpheme plan, a sample far
#: smaller than the kb (estimates, not counts), and the size rule alone
PLANS = {
    "auto": {},
    "index": {"scan_ratio": 0},
    "walk+morpheme-index": {"scan_ratio": 10**9, "morpheme_scan_ratio": 0},
    "walk+morpheme-walk": {"scan_ratio": 10**9, "morpheme_scan_ratio": 10**9},
    "small-sample": {"sample_articles": 50},
    "sqrt-rule": {"scan_ratio": 10**6, "sample_articles": 300},
}


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("q", EQUIVALENCE_QUERIES)
def test_every_plan_returns_the_old_rows_in_the_old_order(big_kb, q, plan):
    expected = old_search(big_kb.conn, q)
    assert new_search(big_kb.conn, q, **PLANS[plan]) == expected


def test_the_kb_has_queries_past_the_limit_and_below_it(big_kb):
    counts = {q: len(old_search(big_kb.conn, q, limit=10**6)) for q in ("일자리", "AI", "파카노타", "없는말")}
    assert counts["일자리"] > search.MAX_RESULTS and counts["AI"] > search.MAX_RESULTS
    assert 0 < counts["파카노타"] < 200 and counts["없는말"] == 0


@pytest.mark.parametrize("limit", [1, 7, 100, 999, 1000])
@pytest.mark.parametrize("q", ["일자리", "청년 일자리", "AI", "파카노타", "2024"])
def test_limits_cut_the_same_ordered_list(big_kb, q, limit):
    expected = old_search(big_kb.conn, q, limit=limit)
    assert expected == old_search(big_kb.conn, q, limit=10**6)[:limit]
    for plan in ("auto", "index", "walk+morpheme-walk"):
        assert new_search(big_kb.conn, q, limit=limit, **PLANS[plan]) == expected


def test_rows_are_the_like_set_ranked_by_morpheme_then_date(big_kb):
    for q in ("청년", "AI 교육", "2024"):
        rows = search.search(big_kb.conn, q, limit=10**6)
        pattern = search.like_pattern(q)
        like = {
            r[0]
            for r in big_kb.execute(
                "select id from articles where title like ? escape '\\' or body_text like ? escape '\\'",
                [pattern, pattern],
            )
        }
        assert [r["article_id"] for r in rows] and {r["article_id"] for r in rows} == like
        keys = [(r["morpheme_hit"], r["published"], r["article_id"]) for r in rows]
        assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize("q", ["청년 일자리", "일자리 청년", "AI 교육 사업을", "ICT 인재 사업을", "사업을 지원한다", "1,000개를"])
def test_the_query_phrase_finds_a_superset_of_the_like_set(big_kb, q):
    phrase = search.bigram_phrase(q)
    assert phrase is not None
    found = {r[0] for r in big_kb.execute("select rowid from articles_fts where articles_fts match ?", [phrase])}
    pattern = search.like_pattern(q)
    like = {
        r[0]
        for r in big_kb.execute(
            "select rowid from articles where title like ? escape '\\' or body_text like ? escape '\\'",
            [pattern, pattern],
        )
    }
    assert like <= found


@pytest.mark.parametrize(
    "q,phrase",
    [("청년 일자리", '"청년 일자 자리"'), ("x청년 일자리y", '"청년 일자 자리"'), ("구 청년", None),
     ("청년", None), ("AI", None), ("청년 AI 일자리", '"청년 ai 일자 자리"')],
)
def test_bigram_phrase_drops_the_ends_the_text_may_extend(q, phrase):
    assert search.bigram_phrase(q) == phrase


def test_snippet_equals_the_reference_on_random_text():
    rng = random.Random(7)
    alphabet = "가나다구청년일자리 AaIi<>&\"'.%_\\"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        start = rng.randint(0, max(0, len(text) - 1))
        query = rng.choice([text[start : start + rng.randint(1, 4)], "ai", "A", "구청", " 일자 ", "", "<"])
        width = rng.choice([40, 3, 0])
        assert search.snippet(text, query, width) == reference_snippet(text, query, width), (text, query)


def _plan(conn: sqlite3.Connection, q: str, **kwargs) -> tuple:
    sql = search._SEARCH_TEMPLATE.format(
        page_size=search.MAX_RESULTS,
        max_rows=search.MAX_RESULTS,
        ratio=kwargs.get("scan_ratio", search.SCAN_RATIO),
        morpheme_ratio=kwargs.get("morpheme_scan_ratio", kwargs.get("scan_ratio", search.SCAN_RATIO)),
        window=kwargs.get("sample_articles", search.SAMPLE_ARTICLES),
    )
    head = sql[: sql.index("morpheme_set as materialized")].rstrip().rstrip(",")
    params = {"q": q, "page_size": kwargs.get("page_size", ""), "before": ""}
    return tuple(conn.execute(head + " select * from plan", params).fetchone())


def test_the_queries_take_every_branch_of_the_plan(big_kb):
    search.register_functions(big_kb.conn)
    plans = [_plan(big_kb.conn, q, **plan) for plan in PLANS.values() for q in EQUIVALENCE_QUERIES]
    assert {("index", "index"), ("index", "scan"), ("scan", "index"), ("scan", "scan")} <= {
        (how, morphemes) for how, _, morphemes in plans
    }
    # the index is asked for the two rarest bigrams, or for the whole phrase when every bigram is common
    assert any(how == "index" and " AND " in fts for how, fts, _ in plans)
    assert _plan(big_kb.conn, "일자리 청년") == ("index", '"일자 자리 청년"', "scan")


def test_common_weighs_walk_against_index_and_refuses_non_integers():
    assert search.common(2_000, 10_000, 10**6, 10, 1000)  # 20 %: above 1/10
    assert search.common(500, 10_000, 10**6, 10, 1000)  # 5 %: above sqrt(1000/10**6) = 3.2 %
    assert not search.common(200, 10_000, 10**6, 10, 1000)  # 2 %: the index
    assert not search.common(500, 10_000, 10**5, 10, 1000)  # 5 % of 100k: under both
    assert not search.common(10**4, 10_000, 10**6, 0, 1000)  # ratio 0: always the index
    assert not search.common(None, 10_000, 10**6, 10, 1000)
    conn = sqlite3.connect(":memory:")
    search.register_functions(conn)
    assert conn.execute("select govnews_common('x', 1, 1, 1000000000, 1)").fetchone()[0] == 0
