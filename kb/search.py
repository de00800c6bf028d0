"""Stage 3 (kb): Korean-aware full-text search over the knowledge base.

The result of a search is exactly the set of articles with ``title LIKE '%q%' OR body_text LIKE '%q%'``,
articles in which the query is a run of whole morphemes first, then newest first, with highlighted
snippets, one page at a time: :data:`PAGE_SIZE` rows by default (up to :data:`MAX_RESULTS`), the next page
after the ``article_id`` of the previous page's last row (keyset paging, as cheap as the first page). Two
FTS5 indexes (plain ``unicode61`` tables) make it fast:

* ``articles_fts`` (``title``, ``body_text``) holds the article text rewritten as overlapping character
  bigrams of every Hangul/CJK run (the Lucene ``CJKAnalyzer`` approach) plus lower-cased Latin/digit
  words. Any of the query's bigrams finds a superset of the matching articles; a ``LIKE`` check on the
  candidates makes the set exact.
* ``article_search_tokens_fts`` indexes the ``search_tokens`` string the extract stage writes (Kiwi
  morpheme surface forms), for the whole-morpheme ranking.

:data:`SEARCH_SQL` (also the canned ``search`` query of ``datasette-metadata.json``) picks its plan from
counts over the newest :data:`SAMPLE_ARTICLES` articles (a sample costs the same at any kb size; an exact
document frequency decodes a term's whole posting list): the bigram index (its two rarest bigrams, or the
whole query as one phrase when every bigram is common) for selective queries; for common ones and for
queries without a two-syllable Hangul run, a newest-first walk from the page's start that stops once the
page is full.
Whole-morpheme hits come from the morpheme index when the query's words are rare, else from a check per
article. The ``LIKE`` check is ``instr()`` when the query has no ASCII letter (the same set, faster), and
snippets are built only for the rows returned.

Must not import kiwipiepy, spaCy or scrapy (and nothing from ``extract`` except ``extract.facts``).
"""

from __future__ import annotations

import functools
import json
import operator
import re
import sqlite3
from collections.abc import Callable, Iterable
from html import escape
from typing import Any

#: Hangul syllables and jamo, CJK ideographs (Hanja): bigram-indexed.
_CJK = r"\u1100-\u11ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff"
_RUN_RE = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")

# ``title LIKE '%q%' OR body_text LIKE '%q%'``. LIKE folds ASCII letters only, so for a query without
# any (Hangul, digits) it is exactly instr(), which compares bytes and runs twice as fast.
_LIKE_CHECK = """(case when govnews_folds(:q) then
             a.title like govnews_like_pattern(:q) escape '\\'
             or a.body_text like govnews_like_pattern(:q) escape '\\'
           else instr(a.title, :q) > 0 or instr(a.body_text, :q) > 0 end)"""
_MORPHEME_CHECK = """exists (
        select 1 from article_search_tokens t
        where t.article_id = a.id and instr(' ' || t.tokens || ' ', govnews_morpheme_needle(:q)) > 0)"""
# Whether article a is a whole-morpheme hit: from the materialized morpheme_set when the morpheme index
# answers the query, else looked up per article.
_MORPHEME_FLAG = """case (select morphemes from plan)
      when 'index' then a.rowid in (select rid from morpheme_set)
      else MORPHEME_CHECK end"""

_SEARCH_TEMPLATE = """
with page(size, hit, published, id) as materialized (
  -- the page asked for: :page_size rows (default {page_size}, at most {max_rows}) after the row of article
  -- :before in the result order (none: the first page). hit is 2 on the first page, else the :before
  -- article's morpheme flag (NULL when no article has that id: an empty page)
  select
    case when cast(:page_size as integer) > 0 then min(cast(:page_size as integer), {max_rows}) else {page_size} end,
    case
      when coalesce(:before, '') = '' then 2
      when not exists (select 1 from articles c where c.id = :before) then null
      when exists (
        select 1 from article_search_tokens t
        where t.article_id = :before and instr(' ' || t.tokens || ' ', govnews_morpheme_needle(:q)) > 0) then 1
      else 0
    end,
    (select c.published from articles c where c.id = :before),
    :before
),
bounds(g, pub, id, undated) as materialized (
  -- where each group (g 1: whole-morpheme hits, 0: the rest) resumes in the newest-first order: its rows
  -- with (published, id) < (pub, id), then those without a date with id < undated. x'ff' (a blob sorts
  -- after any text) takes the whole group, NULL none of it
  select g.g,
    case when p.hit = 2 or g.g < p.hit then x'ff' when g.g = p.hit and p.published is not null then p.published end,
    case when p.hit = 2 or g.g < p.hit then x'ff' when g.g = p.hit and p.published is not null then p.id end,
    case when p.hit = 2 or g.g < p.hit then x'ff' when g.g = p.hit then (case when p.published is null then p.id else x'ff' end) end
  from page p, (select 1 as g union all select 0) g
),
sample(articles, newest, token_rows, newest_tokens) as materialized (
  -- the kb's size, and the rowid ranges of the newest {window} articles and morpheme rows (the sample)
  select n, min(n, {window}), t, min(t, {window})
  from (select coalesce((select max(rowid) from articles), 0) as n,
               coalesce((select max(rowid) from article_search_tokens), 0) as t)
),
grams(term, hits) as materialized (
  -- the query's bigrams, each with the number of sampled articles containing it: a density estimate
  -- that costs the same at any kb size (a document frequency decodes the term's whole posting list)
  select j.value, (
    select count(*) from articles_fts f
    where articles_fts match '"' || j.value || '"' and f.rowid > (select articles - newest from sample))
  from json_each(govnews_bigrams(:q)) j
),
phrase_sample(hits) as materialized (
  -- the same for the whole query as one phrase of index tokens (rare even when its words are common)
  select count(*) from articles_fts f
  where articles_fts match coalesce(govnews_bigram_phrase(:q), '"' || char(1) || '"')
    and f.rowid > (select articles - newest from sample)
),
words(hits) as materialized (
  -- the same for the query's words in the morpheme index
  select (
    select count(*) from article_search_tokens_fts m
    where article_search_tokens_fts match '"' || replace(j.value, '"', '""') || '"'
      and m.rowid > (select token_rows - newest_tokens from sample))
  from json_each(case when govnews_morpheme_phrase(:q) is null then '[]' else govnews_words(:q) end) j
),
plan(how, fts, morphemes) as materialized (
  -- 'index' when the rarest bigram, or else the query's phrase, is rare: the index's candidates are
  -- all checked and sorted; 'scan' when both are common: the articles are walked newest first until
  -- the page is full (govnews_common weighs the two costs for the page's size). The index is asked for
  -- the two rarest bigrams (a superset of the LIKE rows, cheaper than a phrase), or for the phrase when
  -- every bigram is common.
  select
    case
      when length(trim(:q)) = 0 or s.size is null then 'none'
      when not exists (select 1 from grams) then 'scan'
      when not govnews_common(s.gram_hits, s.newest, s.articles, {ratio}, s.size) then 'index'
      when govnews_bigram_phrase(:q) is not null
        and not govnews_common((select hits from phrase_sample), s.newest, s.articles, {ratio}, s.size)
        then 'index'
      else 'scan'
    end,
    case
      when govnews_common(s.gram_hits, s.newest, s.articles, {ratio}, s.size) then govnews_bigram_phrase(:q)
      else (select group_concat('"' || term || '"', ' AND ') from (select term from grams order by hits limit 2))
    end,
    -- whole-morpheme hits: from the morpheme index when its rarest word is rare, else checked per article
    case
      when govnews_morpheme_phrase(:q) is null
        or govnews_common(s.word_hits, s.newest_tokens, s.token_rows, {morpheme_ratio}, s.size) then 'scan'
      else 'index'
    end
  from (
    select *, (select min(hits) from grams) as gram_hits, (select min(hits) from words) as word_hits,
      (select size from page where hit is not null) as size
    from sample
  ) s
),
morpheme_set as materialized (
  -- every article whose morphemes hold the query as whole words (when the morpheme index is used)
  select a.rowid as rid
  from article_search_tokens_fts m
  join article_search_tokens t on t.rowid = m.rowid
  join articles a on a.id = t.article_id
  where article_search_tokens_fts match coalesce(govnews_morpheme_phrase(:q), '"' || char(1) || '"')
    and instr(' ' || t.tokens || ' ', govnews_morpheme_needle(:q)) > 0
  -- a LIMIT is evaluated once, before the loop: LIMIT 0 skips the branch without touching a row
  limit (select case morphemes when 'index' then -1 else 0 end from plan)
),
by_index as (
  select * from (
    select a.rowid as rid, MORPHEME_FLAG as morpheme_hit, a.published, a.id
    from articles_fts f
    join articles a on a.rowid = f.rowid
    where articles_fts match coalesce((select fts from plan), '"' || char(1) || '"')
      and LIKE_CHECK
  ) x
  where (x.published, x.id) < (select pub, id from bounds where g = x.morpheme_hit)
    or (x.published is null and x.id < (select undated from bounds where g = x.morpheme_hit))
  order by morpheme_hit desc, published desc, id desc
  limit (select case how when 'index' then (select size from page) else 0 end from plan)
),
by_morpheme_index as materialized (
  select a.rowid as rid, 1 as morpheme_hit, a.published, a.id
  from morpheme_set ms
  join articles a on a.rowid = ms.rid
  where LIKE_CHECK
    and ((a.published, a.id) < (select pub, id from bounds where g = 1)
      or (a.published is null and a.id < (select undated from bounds where g = 1)))
  order by a.published desc, a.id desc
  limit (select case when how = 'scan' and morphemes = 'index' then (select size from page) else 0 end from plan)
),
by_morpheme_scan as materialized (
  -- newest first from where the page starts (the (published, id) index), then the undated articles
  select * from (
    select a.rowid as rid, 1 as morpheme_hit, a.published, a.id
    from articles a
    where (a.published, a.id) < (select pub, id from bounds where g = 1) and LIKE_CHECK and MORPHEME_CHECK
    order by a.published desc, a.id desc
    limit (select case when how = 'scan' and morphemes = 'scan' then (select size from page) else 0 end from plan)
  )
  union all
  select * from (
    select a.rowid as rid, 1 as morpheme_hit, a.published, a.id
    from articles a
    where a.published is null and a.id < (select undated from bounds where g = 1) and LIKE_CHECK and MORPHEME_CHECK
    order by a.id desc
    limit (select case when how = 'scan' and morphemes = 'scan' then (select size from page) else 0 end from plan)
  )
  limit (select size from page)
),
by_scan_morphemes as (
  select * from by_morpheme_index union all select * from by_morpheme_scan
),
rest_size(n) as materialized (
  -- the rest fill what the whole-morpheme hits left of the page
  select case how when 'scan' then (select size from page) - (select count(*) from by_scan_morphemes) else 0 end
  from plan
),
by_scan_rest as (
  select * from (
    select a.rowid as rid, 0 as morpheme_hit, a.published, a.id
    from articles a
    where (a.published, a.id) < (select pub, id from bounds where g = 0) and LIKE_CHECK and not MORPHEME_FLAG
    order by a.published desc, a.id desc
    limit (select n from rest_size)
  )
  union all
  select * from (
    select a.rowid as rid, 0 as morpheme_hit, a.published, a.id
    from articles a
    where a.published is null and a.id < (select undated from bounds where g = 0) and LIKE_CHECK
      and not MORPHEME_FLAG
    order by a.id desc
    limit (select n from rest_size)
  )
  limit (select n from rest_size)
),
hits as (
  select * from (
    select * from by_index
    union all select * from by_scan_morphemes
    union all select * from by_scan_rest
  )
  order by morpheme_hit desc, published desc, id desc
  limit (select size from page)
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
""".replace("MORPHEME_FLAG", _MORPHEME_FLAG).replace("LIKE_CHECK", _LIKE_CHECK).replace(
    "MORPHEME_CHECK", _MORPHEME_CHECK
)
#: An article set this share (1/N) of the corpus or larger is searched by a newest-first scan (in a kb of
#: over ``SCAN_RATIO**2 * MAX_RESULTS`` articles, sets above ``sqrt(MAX_RESULTS / N)`` already are).
SCAN_RATIO = 10
#: The plan estimates how common a bigram or word is from this many newest articles (an exact document
#: count decodes the term's whole posting list: 40 ms for a common bigram at 1M articles).
SAMPLE_ARTICLES = 10_000
#: Most rows a search returns (Datasette's ``max_returned_rows``, the largest ``:page_size``): the snippet
#: function then runs on at most this many rows, however common the query.
MAX_RESULTS = 1000
#: Rows of a page of the canned ``search`` query when ``:page_size`` is empty: what a visitor reads first.
PAGE_SIZE = 50
#: SQL that the canned ``search`` query and :func:`search` share. ``:q`` is the user's query, ``:page_size``
#: the rows of a page (empty: :data:`PAGE_SIZE`; at most :data:`MAX_RESULTS`), ``:before`` the
#: ``article_id`` of the last row of the previous page (empty: the first page).
SEARCH_SQL = _SEARCH_TEMPLATE.format(
    page_size=PAGE_SIZE, max_rows=MAX_RESULTS, ratio=SCAN_RATIO, morpheme_ratio=SCAN_RATIO, window=SAMPLE_ARTICLES
)


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


def bigram_phrase(query: str | None) -> str | None:
    """One FTS5 phrase for ``articles_fts`` that finds a superset of the articles containing ``query``.

    The tokens :func:`bigram_text` writes for the query, in order, without a first or last token that
    the text around a hit could change (a Latin word or a one-character run at either end may be part of
    a longer one; an end Hangul run's bigrams stay, as the text's run only adds bigrams outside them):
    ``"청년 일자리"`` → ``'"청년 일자 자리"'``. Several common words make a rare phrase.

    :param query: the user's query
    :returns: an FTS5 phrase, or ``None`` when fewer than two tokens remain
    """
    runs = _RUN_RE.findall(query or "")
    if runs and (runs[0][1] or len(runs[0][0]) == 1):
        runs = runs[1:]
    if runs and (runs[-1][1] or len(runs[-1][0]) == 1):
        runs = runs[:-1]
    tokens = bigram_text(" ".join(cjk or word for cjk, word in runs)).split()
    return '"' + " ".join(tokens) + '"' if len(tokens) >= 2 else None


def common(hits: int | None, sample: int, total: int, ratio: int, limit: int) -> bool:
    """Whether a set found ``hits`` times among ``sample`` rows of ``total`` is searched faster by a walk.

    A set of density d costs about d*total checks through an index and limit/d through a newest-first
    walk that stops at ``limit`` hits: the walk wins above sqrt(limit/total), and is taken in any kb above
    1/ratio (``ratio`` 0: never).

    :param hits: sampled rows in the set (``None``: no estimate)
    :param sample: rows sampled
    :param total: rows in all
    :param ratio: the density 1/ratio above which a walk is always chosen (0: never)
    :param limit: the rows a search returns
    :returns: ``True`` for a walk (``False`` for arguments that are not all integers)
    """
    # integers only: from a visitor's ?sql=, 'x' * 10**9 would build a gigabyte
    if type(hits) is not int or not all(type(v) is int for v in (sample, total, ratio, limit)) or ratio <= 0:
        return False
    return hits * ratio > sample or hits * hits * total > sample * sample * limit


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


_ASCII_LETTER = re.compile(r"[A-Za-z]")


def folds(query: str | None) -> bool:
    """Whether ``LIKE`` would fold the query's case: it has an ASCII letter (SQLite folds no other).

    :param query: the user's query
    :returns: ``True`` when ``LIKE '%q%'`` and a byte comparison (``instr``) may differ
    """
    return _ASCII_LETTER.search(query or "") is not None


@functools.lru_cache(maxsize=256)
def _hit_pattern(query: str) -> re.Pattern[str] | None:
    """The query as a case-folding (ASCII) pattern with one group, or ``None`` when it has no ASCII letter
    (then a plain substring search finds the same hits, twice as fast)."""
    return re.compile("(" + re.escape(query) + ")", re.IGNORECASE | re.ASCII) if folds(query) else None


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
    pattern = _hit_pattern(q) if q else None
    if pattern is None:
        at = text.find(q) if q else -1
        if at < 0:
            return escape(text[: 2 * width])
        first_start, first_end = at, at + len(q)
    else:
        first = pattern.search(text)
        if first is None:
            return escape(text[: 2 * width])
        first_start, first_end = first.span()
    start = max(0, first_start - width)
    end = min(len(text), first_end + width)
    window = text[start:end]
    # the same non-overlapping leftmost hits as a left-to-right search; split() with the pattern's group
    # puts the text between hits at even positions and the hits (as written) at odd ones
    if pattern is None:
        body = ("<mark>" + escape(q) + "</mark>").join([escape(part) for part in window.split(q)])
    else:
        body = "".join(
            escape(part) if i % 2 == 0 else "<mark>" + escape(part) + "</mark>"
            for i, part in enumerate(pattern.split(window))
        )
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")


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
        "govnews_folds": folds,
        "govnews_bigram_phrase": bigram_phrase,
    }
    for name, fn in query_fns.items():
        conn.create_function(name, 1, _bounded(fn, name, (MAX_QUERY_CHARS,)), deterministic=True)
    conn.create_function("govnews_common", 5, common, deterministic=True)
    conn.create_function(
        "govnews_bigram_text", 1, _bounded(bigram_text, "govnews_bigram_text", (MAX_TEXT_CHARS,)), deterministic=True
    )
    conn.create_function(
        "govnews_snippet",
        2,
        _bounded(snippet, "govnews_snippet", (MAX_TEXT_CHARS, MAX_QUERY_CHARS)),
        deterministic=True,
    )


def ensure_functions(conn: sqlite3.Connection) -> None:
    """Register the ``govnews_*`` functions unless the connection has them already.

    Registering a function again expires every prepared statement of the connection, so each search
    would compile its SQL anew (about 10 ms); :func:`search` calls this instead.

    :param conn: a :mod:`sqlite3` connection
    """
    try:
        conn.execute("select govnews_common(0, 0, 0, 0, 0)").fetchone()
    except sqlite3.OperationalError:
        register_functions(conn)


#: Bytes of the kb file a search connection maps into memory: page reads without a system call and
#: without a copy into SQLite's page cache (the newest-first walk reads rows all over the file).
MMAP_BYTES = 2**31
#: SQLite's page cache of a search connection, KiB (SQLite's default is 2 MB).
CACHE_KIB = 32_768


def tune_connection(conn: sqlite3.Connection) -> None:
    """Settings that make reads cheaper on a connection that searches (Datasette's, the benchmark's).

    ``mmap_size`` (:data:`MMAP_BYTES`, capped by SQLite's compile-time limit) and ``cache_size``
    (:data:`CACHE_KIB`); both only change how pages are read, never what a query returns.

    :param conn: a :mod:`sqlite3` connection (read-only or not)
    """
    conn.execute(f"pragma mmap_size = {MMAP_BYTES}")
    conn.execute(f"pragma cache_size = -{CACHE_KIB}")


def index_articles(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add new articles to the bigram index (the benchmarks' and tests' kbs; the loader keeps its own).

    Insert only: a contentless index cannot delete a row without its previous text.

    :param conn: connection to the kb
    :param rows: ``(rowid, title, body_text)`` of each article not yet indexed
    """
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
    sample_articles: int = SAMPLE_ARTICLES,
    before: str | None = None,
) -> list[dict[str, Any]]:
    """Search articles: exactly the ``LIKE '%query%'`` set (up to ``limit``), whole-morpheme hits first.

    The rows are ordered whole-morpheme hits first, then newest first (``published``, then
    ``article_id``, descending; undated articles last). One page of that order: the first ``limit`` rows,
    or the ``limit`` rows after the row of article ``before`` (keyset paging: pass the last row's
    ``article_id`` to get the next page; an unknown id gives no rows).

    :param conn: connection to the kb (the ``govnews_*`` functions are registered on it if missing)
    :param query: the user's query
    :param limit: at most this many rows (default :data:`MAX_RESULTS`)
    :param scan_ratio: walk the articles instead of using the index when the query's rarest bigram and
        its phrase are in more than 1/scan_ratio of the sampled articles, or more than
        sqrt(limit/articles) (0 = always the index when the query has a bigram)
    :param morpheme_scan_ratio: the same choice for the whole-morpheme hits (default scan_ratio)
    :param sample_articles: newest articles (and morpheme rows) the plan samples to estimate how common
        the query's bigrams, phrase and words are
    :param before: the ``article_id`` of the last row of the previous page (``None``: the first page)
    :returns: dicts with ``article_id``, ``title``, ``published``, ``source``, ``url``, ``morpheme_hit``,
        ``snippet``
    """
    ensure_functions(conn)
    size = int(limit) if limit else MAX_RESULTS
    sql = _SEARCH_TEMPLATE.format(
        page_size=size,
        max_rows=max(size, MAX_RESULTS),
        ratio=int(scan_ratio),
        morpheme_ratio=int(scan_ratio if morpheme_scan_ratio is None else morpheme_scan_ratio),
        window=int(sample_articles),
    )
    cur = conn.execute(sql, {"q": query, "page_size": size, "before": before or ""})
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
