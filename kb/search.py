"""Stage 3 (kb): Korean-aware full-text search over the knowledge base.

The result of a search is exactly the set of articles with ``title LIKE '%q%' OR body_text LIKE '%q%'``
(up to :data:`MAX_RESULTS` rows), articles in which the query is a run of whole morphemes first, then
newest first, with highlighted snippets. Two FTS5 indexes (plain ``unicode61`` tables) make it fast:

* ``articles_fts`` (``title``, ``body_text``) holds the article text rewritten as overlapping character
  bigrams of every Hangul/CJK run (the Lucene ``CJKAnalyzer`` approach) plus lower-cased Latin/digit
  words. Any of the query's bigrams finds a superset of the matching articles; a ``LIKE`` check on the
  candidates makes the set exact.
* ``article_search_tokens_fts`` indexes the ``search_tokens`` string the extract stage writes (Kiwi
  morpheme surface forms), for the whole-morpheme ranking.

:data:`SEARCH_SQL` (also the canned ``search`` query of ``datasette-metadata.json``) picks its plan from
the fts5vocab document frequencies: the bigram index for selective queries, a newest-first walk that stops
at :data:`MAX_RESULTS` hits for common ones and for queries without a two-syllable Hangul run (one
syllable, Latin, digits).

Must not import kiwipiepy, spaCy or scrapy (and nothing from ``extract`` except ``extract.facts``).
"""

from __future__ import annotations

import html
import json
import operator
import re
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

#: Hangul syllables and jamo, CJK ideographs (Hanja): bigram-indexed.
_CJK = r"\u1100-\u11ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
_RUN_RE = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")

_LIKE_CHECK = """(a.title like govnews_like_pattern(:q) escape '\\'
           or a.body_text like govnews_like_pattern(:q) escape '\\')"""
_MORPHEME_CHECK = """exists (
        select 1 from article_search_tokens t
        where t.article_id = a.id and instr(' ' || t.tokens || ' ', govnews_morpheme_needle(:q)) > 0)"""
_SEARCH_TEMPLATE = """
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
""".replace("LIKE_CHECK", _LIKE_CHECK).replace("MORPHEME_CHECK", _MORPHEME_CHECK)
#: An article set this share (1/N) of the corpus or larger is searched by a newest-first scan.
SCAN_RATIO = 10
#: Most rows a search returns (Datasette's ``max_returned_rows``): the snippet function then runs on at
#: most this many rows, however common the query.
MAX_RESULTS = 1000
#: SQL that the canned ``search`` query and :func:`search` share. ``:q`` is the user's query.
SEARCH_SQL = _SEARCH_TEMPLATE.format(limit=MAX_RESULTS, ratio=SCAN_RATIO, morpheme_ratio=SCAN_RATIO)


def bigram_text(text: str | None) -> str:
    """Rewrite text as the space-separated tokens stored in a bigram FTS index.

    ``"구로구청 G밸리"`` → ``"구로 로구 구청 g 밸리"``: every Hangul/CJK run becomes its overlapping bigrams
    (a one-character run stays a unigram), every other word is lower-cased.

    :param text: any text (``None`` is treated as empty)
    :returns: the token string
    """
    out: list[str] = []
    append, extend = out.append, out.extend
    for cjk, word in _RUN_RE.findall(text or ""):
        if cjk:
            if len(cjk) == 1:
                append(cjk)
            else:
                extend(map(operator.add, cjk, cjk[1:]))  # the overlapping bigrams
        else:
            append(word.lower())
    return " ".join(out)


def bigram_query(query: str | None) -> str | None:
    """An FTS5 query for ``articles_fts`` that finds a superset of the articles containing ``query``.

    Used by the ``articles`` table's search box (:mod:`kb.datasette_plugin`); :data:`SEARCH_SQL` asks the
    index for the two rarest bigrams instead.

    Each Hangul/CJK run of two or more characters becomes a phrase of its bigrams; the phrases are
    ANDed. Latin words and one-syllable runs are left to the ``LIKE`` check, because a substring of a
    Latin word is no token of its own.

    :param query: the user's query
    :returns: an FTS5 MATCH expression, or ``None`` when the query has no indexable part
    """
    phrases = []
    for cjk, _word in _RUN_RE.findall(query or ""):
        if len(cjk) >= 2:
            phrases.append('"' + " ".join(cjk[i : i + 2] for i in range(len(cjk) - 1)) + '"')
    if not phrases:
        return None
    return " AND ".join(dict.fromkeys(phrases))


def morpheme_needle(query: str | None) -> str:
    """What ``' ' || search_tokens || ' '`` contains when the query is a run of whole morphemes.

    ``"일자리"`` → ``" 일자리 "``: found in an article whose Kiwi analysis has 일자리 as a morpheme, not in
    one that only has 일자리창출센터.

    :param query: the user's query
    :returns: the space-delimited needle
    """
    return " " + " ".join((query or "").split()) + " "


def query_bigrams(query: str | None) -> str:
    """The distinct bigrams of the query's Hangul/CJK runs, as a JSON array (for ``json_each``).

    :param query: the user's query
    :returns: e.g. ``'["사회", "회적", "적기", "기업"]'``
    """
    grams = [
        cjk[i : i + 2]
        for cjk, _ in _RUN_RE.findall(query or "")
        if len(cjk) >= 2
        for i in range(len(cjk) - 1)
    ]
    return json.dumps(list(dict.fromkeys(grams)), ensure_ascii=False)


def query_words(query: str | None) -> str:
    """The query's lower-cased words as a JSON array (looked up in the morpheme index's vocabulary).

    :param query: the user's query
    :returns: e.g. ``'["청년", "일자리"]'``
    """
    return json.dumps([w.lower() for w in (query or "").split()], ensure_ascii=False)


def morpheme_phrase(query: str | None) -> str | None:
    """The FTS5 phrase for ``article_search_tokens_fts``: the query's words in order.

    Its matches are a superset of the articles whose morphemes contain the query as whole words.

    :param query: the user's query
    :returns: an FTS5 phrase, or ``None`` when a word has no letter or digit (``%``): the index has no
        token for it, so such a query's morpheme hits are found by scanning
    """
    words = (query or "").replace('"', " ").split()
    if not words or any(not re.search(r"\w", w) for w in words):
        return None
    return '"' + " ".join(words) + '"'


def like_pattern(query: str | None) -> str:
    r"""``'%q%'`` with ``%``, ``_`` and ``\`` escaped, for ``LIKE ... ESCAPE '\'``.

    :param query: the user's query
    :returns: the pattern
    """
    q = (query or "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"


def snippet(text: str | None, query: str | None, width: int = 40) -> str:
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


#: Longest query (characters) the ``govnews_*`` query functions accept in SQL: a search box query is short.
MAX_QUERY_CHARS = 1_000
#: Longest text (characters) ``govnews_bigram_text``/``govnews_snippet`` accept in SQL: far above any
#: article (the longest real press release is a few tens of thousands), well under a second of work, so
#: no call outlives the published kb's SQL time limit (a Python function cannot be interrupted).
MAX_TEXT_CHARS = 2_000_000


def _bounded(fn: Callable[..., Any], name: str, limits: tuple[int, ...]) -> Callable[..., Any]:
    """``fn`` that refuses any string argument longer than its limit (SQLite reports the error)."""

    def call(*args: Any) -> Any:
        for value, limit in zip(args, limits, strict=True):
            if isinstance(value, str | bytes) and len(value) > limit:
                raise ValueError(f"{name}: argument longer than {limit:,} characters")
        return fn(*args)

    return call


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the ``govnews_*`` SQL functions the search SQL uses on a connection.

    Each refuses arguments over :data:`MAX_QUERY_CHARS` (queries) or :data:`MAX_TEXT_CHARS` (texts), so
    a crafted ``?sql=`` cannot keep a server thread busy past the SQL time limit.

    :param conn: a :mod:`sqlite3` connection (Datasette's ``prepare_connection`` passes one)
    """
    query_fns = {
        "govnews_bigram_query": bigram_query,
        "govnews_morpheme_needle": morpheme_needle,
        "govnews_bigrams": query_bigrams,
        "govnews_words": query_words,
        "govnews_morpheme_phrase": morpheme_phrase,
        "govnews_like_pattern": like_pattern,
    }
    for name, fn in query_fns.items():
        conn.create_function(name, 1, _bounded(fn, name, (MAX_QUERY_CHARS,)), deterministic=True)
    conn.create_function(
        "govnews_bigram_text", 1, _bounded(bigram_text, "govnews_bigram_text", (MAX_TEXT_CHARS,)), deterministic=True
    )
    conn.create_function(
        "govnews_snippet",
        2,
        _bounded(snippet, "govnews_snippet", (MAX_TEXT_CHARS, MAX_QUERY_CHARS)),
        deterministic=True,
    )


def index_articles(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """(Re)write the bigram index rows of articles.

    :param conn: connection to the kb
    :param rows: ``(rowid, title, body_text)`` of each article to index
    """
    rows = list(rows)
    conn.executemany("delete from articles_fts where rowid = ?", [(r[0],) for r in rows])
    conn.executemany(
        "insert into articles_fts (rowid, title, body_text) values (?, ?, ?)",
        [(rid, bigram_text(t), bigram_text(b)) for rid, t, b in rows],
    )


def search(
    conn: sqlite3.Connection,
    query: str,
    limit: int | None = None,
    scan_ratio: int = SCAN_RATIO,
    morpheme_scan_ratio: int | None = None,
) -> list[dict[str, Any]]:
    """Search articles: exactly the ``LIKE '%query%'`` set (up to ``limit``), whole-morpheme hits first.

    :param conn: connection to the kb (the ``govnews_*`` functions are registered on it if missing)
    :param query: the user's query
    :param limit: at most this many rows (default :data:`MAX_RESULTS`)
    :param scan_ratio: scan instead of using the index when the query's rarest bigram is in more than
        1/scan_ratio of the articles (0 = always the index when the query has a bigram)
    :param morpheme_scan_ratio: the same choice for the whole-morpheme hits of a scan (default scan_ratio)
    :returns: dicts with ``article_id``, ``title``, ``published``, ``source``, ``url``, ``morpheme_hit``,
        ``snippet``
    """
    register_functions(conn)
    sql = _SEARCH_TEMPLATE.format(
        limit=int(limit) if limit else MAX_RESULTS,
        ratio=int(scan_ratio),
        morpheme_ratio=int(scan_ratio if morpheme_scan_ratio is None else morpheme_scan_ratio),
    )
    cur = conn.execute(sql, {"q": query})
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
