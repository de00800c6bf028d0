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
  morpheme surface forms), for the whole-morpheme ranking. The kb stores each form as a code (its
  ``morphemes.id`` in base 36, :func:`token_code`); the query's words are looked up in ``morphemes`` and
  matched as codes, which keeps the whole-morpheme check exact.

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
from collections.abc import Callable, Iterable, Sequence
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
# The query's words as morpheme ids (``morphemes``), in order: each word's code, NULL for a form no article
# has. Uncorrelated scalar subqueries: SQLite evaluates each once per statement.
_QUERY_FORMS = "json_each(govnews_forms(:q)) qf left join morphemes qm on qm.form = qf.value"
# ' ' || tokens || ' ' contains this when the query is a run of whole morphemes (char(1): a word that is no
# article's morpheme, so nothing does)
_NEEDLE = f"""(select case when count(*) > 0 and count(qm.id) = count(*)
          then ' ' || group_concat(govnews_token_code(qm.id), ' ') || ' ' else char(1) end from {_QUERY_FORMS})"""
# the FTS5 phrase of those codes for article_search_tokens_fts (NULL when govnews_morpheme_phrase is)
_PHRASE = f"""(case when govnews_morpheme_phrase(:q) is not null then (
      select case when count(qm.id) = count(*) then '"' || group_concat(govnews_token_code(qm.id), ' ') || '"'
        else '"' || char(1) || '"' end from {_QUERY_FORMS}) end)"""
# the codes as a JSON array (char(1) for an unknown word), for the plan's per-word counts
_CODES = f"(select json_group_array(coalesce(govnews_token_code(qm.id), char(1))) from {_QUERY_FORMS})"
_MORPHEME_CHECK = """exists (
        select 1 from article_search_tokens t
        where t.article_id = a.id and instr(' ' || t.tokens || ' ', MORPHEME_NEEDLE) > 0)"""
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
        where t.article_id = :before and instr(' ' || t.tokens || ' ', MORPHEME_NEEDLE) > 0) then 1
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
  from json_each(case when govnews_morpheme_phrase(:q) is null then '[]' else MORPHEME_CODES end) j
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
  where article_search_tokens_fts match coalesce(MORPHEME_PHRASE, '"' || char(1) || '"')
    and instr(' ' || t.tokens || ' ', MORPHEME_NEEDLE) > 0
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
).replace("MORPHEME_NEEDLE", _NEEDLE).replace("MORPHEME_PHRASE", _PHRASE).replace("MORPHEME_CODES", _CODES)
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


_CODE_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def token_code(morpheme_id: int | None) -> str | None:
    """How ``article_search_tokens.tokens`` writes a morpheme: its ``morphemes.id`` in base 36.

    Lower-case letters and digits: one ``unicode61`` token each, which the tokenizer folds to itself, so
    the morpheme index matches codes exactly. ``1`` → ``"1"``, ``36`` → ``"10"``, ``1295`` → ``"zz"``.

    :param morpheme_id: a positive id (``None`` gives ``None``: a form that is in no article)
    :returns: the code
    """
    if morpheme_id is None:
        return None
    n = int(morpheme_id)
    if n <= 0:
        raise ValueError(f"morpheme ids are positive, got {n}")
    out = ""
    while n:
        n, d = divmod(n, 36)
        out = _CODE_DIGITS[d] + out
    return out


def query_forms(query: str | None) -> str:
    """The query's whitespace-separated words as written, as a JSON array (looked up in ``morphemes``).

    :param query: the user's query
    :returns: e.g. ``'["청년", "일자리"]'``
    """
    return json.dumps((query or "").split(), ensure_ascii=False)


class MorphemeCodes:
    """The kb's morpheme vocabulary (``morphemes``) in memory: form ↔ code, new forms added as met.

    Read once (one query), then kept: :meth:`encode_many` maps a whole batch of token strings with
    numpy array operations (no SQL and no Python step per token): a form of one to three characters is
    known by an exact 63-bit key (its code points, 21 bits each), looked up in a hash table of the
    vocabulary's keys (a sorted array for the keys whose slot another took); only longer forms, forms
    with a NUL and forms new to the kb take a Python path. New forms get the next ids in the order they
    first occur and go into ``morphemes`` with one ``executemany`` per chunk. A rollback of that
    transaction makes the object stale, so one lives no longer than one transaction or one load that
    stops at its first failed transaction.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        import numpy as np

        self.conn = conn
        #: code → form, made when first asked for (:meth:`decode`)
        self._forms: dict[str, str] | None = None
        #: the forms without a key (over three characters, or with a NUL) → id
        self._long: dict[str, int] = {}
        self.next_id = 1
        keys: list[int] = []
        ids: list[int] = []
        for mid, form in conn.execute("select id, form from morphemes"):
            self.next_id = max(self.next_id, mid + 1)
            key = _form_key(form)
            if key is None:
                self._long[form] = mid
            else:
                keys.append(key)
                ids.append(mid)
        order = np.argsort(np.array(keys, dtype=np.uint64), kind="stable")
        #: the short forms' keys, sorted, and their ids
        self._keys = np.array(keys, dtype=np.uint64)[order]
        self._ids = np.array(ids, dtype=np.int64)[order]
        self._code_cells = np.zeros(0, dtype="S2")
        self._table()

    def _table(self) -> None:
        """A hash table of the short forms' keys, a quarter full: one slot each, the first key met
        keeps a shared slot (the others are found in the sorted keys)."""
        import numpy as np

        bits = max(12, (4 * len(self._keys)).bit_length())
        self._shift = np.uint64(64 - bits)
        slots = (self._keys * _MIX) >> self._shift
        self._slot_keys = np.zeros(1 << bits, dtype=np.uint64)  # 0: no form (no key is 0)
        self._slot_ids = np.zeros(1 << bits, dtype=np.int64)
        _unique, first = np.unique(slots, return_index=True)
        self._slot_keys[slots[first]] = self._keys[first]
        self._slot_ids[slots[first]] = self._ids[first]

    def _add_keys(self, keys: list[int], ids: list[int]) -> None:
        """Add short forms' keys and ids to the sorted arrays and the hash table."""
        import numpy as np

        new_keys = np.array(keys, dtype=np.uint64)
        new_ids = np.array(ids, dtype=np.int64)
        order = np.argsort(new_keys, kind="stable")
        at = np.searchsorted(self._keys, new_keys[order])
        self._keys = np.insert(self._keys, at, new_keys[order])
        self._ids = np.insert(self._ids, at, new_ids[order])
        if 4 * len(self._keys) >= len(self._slot_keys):
            self._table()
            return
        slots = (new_keys * _MIX) >> self._shift
        _unique, first = np.unique(slots, return_index=True)
        free = first[self._slot_keys[slots[first]] == 0]
        self._slot_keys[slots[free]] = new_keys[free]
        self._slot_ids[slots[free]] = new_ids[free]

    def _lookup(self, keys: Any, short: Any) -> tuple[Any, Any]:
        """(ids, found) of the tokens with keys (``short``): 0 and False for the others."""
        import numpy as np

        ids = np.zeros(len(keys), dtype=np.int64)
        found = np.zeros(len(keys), dtype=bool)
        if not len(self._keys):
            return ids, found
        slots = (keys * _MIX) >> self._shift
        found = short & (self._slot_keys[slots] == keys)
        ids[found] = self._slot_ids[slots[found]]
        rest = np.flatnonzero(short & ~found)
        if len(rest):  # keys whose slot another key took
            pos = np.minimum(np.searchsorted(self._keys, keys[rest]), len(self._keys) - 1)
            hit = rest[self._keys[pos] == keys[rest]]
            found[hit] = True
            ids[hit] = self._ids[pos[self._keys[pos] == keys[rest]]]
        return ids, found

    def encode(self, tokens: str) -> str:
        """Forms (whitespace-separated, as the extract stage writes ``search_tokens``) → codes."""
        return self.encode_many([tokens])[0]

    def encode_many(self, texts: Sequence[str]) -> list[str]:
        """:meth:`encode` of each string, in chunks of about :data:`_CHUNK_CHARS` characters."""
        out: list[str] = []
        start = size = 0
        for i, text in enumerate(texts):
            size += len(text) + 1
            if size >= _CHUNK_CHARS:
                out.extend(self._encode_chunk(texts[start : i + 1]))
                start, size = i + 1, 0
        out.extend(self._encode_chunk(texts[start:]))
        return out

    def _encode_chunk(self, texts: Sequence[str]) -> list[str]:
        import numpy as np

        if not texts:
            return []
        joined = " ".join(texts)
        chars = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), "<u4")
        if not chars.all():  # a NUL character: such forms have no key
            return [self._encode_slow(text) for text in texts]
        word = np.zeros(len(chars) + 2, dtype=bool)
        np.logical_not(_space_table()[np.minimum(chars, _SPACE_LIMIT)], out=word[1:-1])
        starts = np.flatnonzero(word[1:-1] & ~word[:-2])
        ends = np.flatnonzero(word[1:-1] & ~word[2:]) + 1
        n = len(starts)
        if not n:
            return ["" for _ in texts]
        # each text's first token (the texts are joined with one space: no token spans two)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        text_starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
        first = np.append(np.searchsorted(starts, text_starts), n).tolist()
        keys, short = _token_keys(chars, starts, ends - starts)
        ids, found = self._lookup(keys, short)
        missed = np.flatnonzero(~found)
        if len(missed):
            self._add_missed(joined, starts, ends, keys, short, missed, ids)
        # each token's code and a space, in cells of one width (NUL-padded), then each text's cells
        cells = self._cells()
        width = cells.dtype.itemsize
        buf = cells[ids].tobytes()
        return [
            buf[first[i] * width : first[i + 1] * width].replace(b"\x00", b"")[:-1].decode("ascii")
            for i in range(len(texts))
        ]

    def _cells(self) -> Any:
        """Each id's code and a space (``token_code(id) + " "``), indexed by id, as fixed-width bytes."""
        import numpy as np

        have = len(self._code_cells)
        if have < self.next_id:
            grown = max(self.next_id, 2 * have, 1024)
            width = 1
            while grown - 1 >= 36**width:
                width += 1
            ids = np.arange(have, grown, dtype=np.int64)
            # digits right-aligned in ``width`` columns, then shifted left over the leading zeros
            cells = np.zeros((len(ids), width + 1), dtype=np.uint8)
            digits = np.frombuffer(_CODE_DIGITS.encode("ascii"), dtype=np.uint8)
            rest = ids.copy()
            for col in range(width - 1, -1, -1):
                cells[:, col] = digits[rest % 36]
                rest //= 36
            used = np.ones(len(ids), dtype=np.int64)
            for k in range(1, width):
                used += ids >= 36**k
            rows = np.arange(len(ids))[:, None]
            cols = np.arange(width + 1)[None, :] + (width - used)[:, None]
            shifted = np.where(cols < width, cells[rows, np.minimum(cols, width)], 0).astype(np.uint8)
            shifted[np.arange(len(ids)), used] = ord(" ")
            if not have:
                shifted[0] = 0  # id 0: no form
            added = shifted.view(f"S{width + 1}").reshape(-1)
            size = max(self._code_cells.dtype.itemsize, width + 1)
            self._code_cells = np.concatenate((self._code_cells.astype(f"S{size}"), added.astype(f"S{size}")))
        return self._code_cells

    def _id_of(self, form: str) -> int | None:
        """A form's id, or ``None`` when it is new to the kb."""
        import numpy as np

        key = _form_key(form)
        if key is None:
            return self._long.get(form)
        pos = int(np.searchsorted(self._keys, np.uint64(key)))
        return int(self._ids[pos]) if pos < len(self._keys) and int(self._keys[pos]) == key else None

    def _insert(self, forms: Iterable[str], known: dict[str, int] | None = None) -> dict[str, int]:
        """Number forms new to the kb (in the given order), insert them, and add them to the lookups
        (``known``: keys already computed, by form)."""
        rows = [(self.next_id + i, form) for i, form in enumerate(forms)]
        if not rows:
            return {}
        self.conn.executemany("insert into morphemes (id, form) values (?, ?)", rows)
        self.next_id += len(rows)
        keys, ids = [], []
        for mid, form in rows:
            key = known[form] if known and form in known else _form_key(form)
            if key is None:
                self._long[form] = mid
            else:
                keys.append(key)
                ids.append(mid)
            if self._forms is not None:
                self._forms[token_code(mid) or ""] = form
        if keys:
            self._add_keys(keys, ids)
        return {form: mid for mid, form in rows}

    def _encode_slow(self, tokens: str) -> str:
        """:meth:`encode` of a string with a NUL character, form by form."""
        parts = tokens.split()
        ids = {form: self._id_of(form) for form in dict.fromkeys(parts)}
        ids.update(self._insert([form for form, mid in ids.items() if mid is None]))
        return " ".join(token_code(ids[form]) or "" for form in parts)

    def _add_missed(self, joined: str, starts: Any, ends: Any, keys: Any, short: Any, missed: Any, ids: Any) -> None:
        """Fill ``ids`` at the ``missed`` tokens: long forms and forms new to the kb (numbered, inserted)."""
        import numpy as np

        short_missed = missed[short[missed]]
        long_missed = missed[~short[missed]]
        long_forms = [joined[s:e] for s, e in zip(starts[long_missed].tolist(), ends[long_missed].tolist(), strict=True)]
        met: list[tuple[int, str]] = []  # (first token index, form) of the forms new to the kb
        firsts: list[int] = []
        known: dict[str, int] = {}
        if len(short_missed):  # keys in no lookup: each distinct one is a new form
            unique, first_at, inverse = np.unique(keys[short_missed], return_index=True, return_inverse=True)
            firsts = short_missed[first_at].tolist()
            known = {joined[starts[i] : ends[i]]: key for i, key in zip(firsts, unique.tolist(), strict=True)}
            met.extend((i, form) for i, form in zip(firsts, known, strict=True))
        seen: set[str] = set()
        for i, form in zip(long_missed.tolist(), long_forms, strict=True):
            if form not in self._long and form not in seen:
                seen.add(form)
                met.append((i, form))
        met.sort()
        new = self._insert((form for _i, form in met), known)
        if firsts:
            ids[short_missed] = np.array([new[joined[starts[i] : ends[i]]] for i in firsts], dtype=np.int64)[
                inverse.reshape(-1)
            ]
        if long_forms:
            ids[long_missed] = np.array([self._long[form] for form in long_forms], dtype=np.int64)

    @property
    def codes(self) -> dict[str, str]:
        """Every form of the kb → its code (read from ``morphemes``)."""
        return {form: token_code(mid) or "" for mid, form in self.conn.execute("select id, form from morphemes")}

    def decode(self, codes: str) -> str:
        """Codes → forms (the inverse of :meth:`encode`)."""
        if self._forms is None:
            self._forms = {token_code(mid) or "": form for mid, form in self.conn.execute("select id, form from morphemes")}
        return " ".join(map(self._forms.__getitem__, codes.split()))


#: Fibonacci hashing's multiplier (2**64 / golden ratio): a key's slot is the top bits of key × this
_MIX = 0x9E3779B97F4A7C15
#: :func:`_token_keys`: the bits of a key of 0–3 characters (longer tokens have none)
_LENGTH_MASKS = (0, 2**21 - 1, 2**42 - 1, 2**63 - 1, 0)
#: texts are encoded in chunks of about this many characters (their arrays stay in the CPU's caches)
_CHUNK_CHARS = 1 << 16
#: every whitespace character (``str.split``'s separators) is below this code point
_SPACE_LIMIT = 0x3001


@functools.cache
def _space_table() -> Any:
    """Whether each code point below :data:`_SPACE_LIMIT` is whitespace (the last entry: any above)."""
    import numpy as np

    table = np.zeros(_SPACE_LIMIT + 1, dtype=bool)
    # re's \s is str.isspace (Py_UNICODE_ISSPACE) for str patterns
    table[[m.start() for m in re.finditer(r"\s", "".join(map(chr, range(_SPACE_LIMIT))))]] = True
    return table


def _form_key(form: str) -> int | None:
    """A form's exact key when it has one to three characters, none of them NUL (else ``None``)."""
    if not 1 <= len(form) <= 3 or "\x00" in form:
        return None
    return sum(ord(c) << (21 * i) for i, c in enumerate(form))


def _token_keys(chars: Any, starts: Any, lengths: Any) -> tuple[Any, Any]:
    """(keys, has a key) of the tokens at ``starts``: :func:`_form_key` as array operations."""
    import numpy as np

    padded = np.concatenate((chars, np.zeros(2, dtype=np.uint32))).astype(np.uint64)
    keys = padded[starts]
    keys |= padded[starts + 1] << np.uint64(21)
    keys |= padded[starts + 2] << np.uint64(42)
    short = lengths <= 3
    # the characters after a short token's end (a space, the next token) are masked off
    keys &= np.array(_LENGTH_MASKS, dtype=np.uint64)[np.minimum(lengths, 4)]
    return keys, short


def _join_codes(ids: Any, first: Any, count: int) -> list[str]:
    """The ids as base-36 codes (:func:`token_code`), space-separated, text ``i`` being tokens
    ``first[i]:first[i + 1]``."""
    import numpy as np

    if int(ids.min()) <= 0:
        raise ValueError("morpheme ids are positive")
    width = 1
    while int(ids.max()) >= 36**width:
        width += 1
    digits = np.frombuffer(_CODE_DIGITS.encode("ascii"), dtype=np.uint8)
    cells = np.full((len(ids), width + 1), ord(" "), dtype=np.uint8)
    rest = ids.copy()
    used = np.ones(len(ids), dtype=np.int64)
    for col in range(width - 1, -1, -1):
        cells[:, col] = digits[rest % 36]
        rest //= 36
        if col < width - 1:
            used += ids >= 36 ** (width - 1 - col)
    # right-aligned digits: keep each row's last ``used`` digit cells and its space
    keep = np.arange(width + 1) >= (width - used)[:, None]
    text = cells[keep].tobytes().decode("ascii")
    offsets = np.concatenate(([0], np.cumsum(used + 1)))[first].tolist()
    return [text[offsets[i] : offsets[i + 1] - 1] if offsets[i + 1] > offsets[i] else "" for i in range(count)]


def index_tokens(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, str]]) -> None:
    """Write articles' morpheme tokens (the benchmarks' and tests' kbs; the loader keeps its own codes).

    :param conn: connection to the kb (inside the caller's transaction)
    :param rows: ``(article_id, extractor_version, tokens)``, the tokens as forms (space-separated)
    """
    rows = list(rows)
    encoded = MorphemeCodes(conn).encode_many([tokens for _aid, _version, tokens in rows])
    conn.executemany(
        "insert into article_search_tokens (article_id, extractor_version, tokens) values (?, ?, ?)",
        [(aid, version, codes) for (aid, version, _tokens), codes in zip(rows, encoded, strict=True)],
    )


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
        "govnews_forms": query_forms,
    }
    for name, fn in query_fns.items():
        conn.create_function(name, 1, _bounded(fn, name, (MAX_QUERY_CHARS,)), deterministic=True)
    conn.create_function("govnews_common", 5, common, deterministic=True)
    conn.create_function("govnews_token_code", 1, token_code, deterministic=True)
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
