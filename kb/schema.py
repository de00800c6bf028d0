"""Stage 3 (kb): the knowledge-base schema, explicit and versioned through ``sqlite_utils.Migrations``.

Tables are plural snake_case, foreign keys ``<singular>_id``. Every fact table has a natural key with a
unique index (so ``lookup()`` finds or creates its row) and ``first_seen``/``last_seen`` (earliest and
latest publication date of the articles that report it, recomputed from ``evidence`` by the loader).
``evidence`` ties each fact row to the sentences and articles it came from.

Must not import kiwipiepy, spaCy, scrapy, or any ``extract`` module but ``extract.facts``.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

#: The migration set; append new ``@migrations()`` functions, never edit applied ones.
migrations = Migrations("govnews.kb")

#: Fact tables that ``evidence.fact_table`` may name.
FACT_TABLES = ("award_records", "programs", "job_counts", "district_mentions")

#: Tables a load fills (the idempotency test compares their row counts).
DATA_TABLES = (
    "sources",
    "articles",
    "article_revisions",
    "districts",
    "awards",
    "award_records",
    "programs",
    "job_counts",
    "district_mentions",
    "evidence",
    "morphemes",
    "article_search_tokens",
)

VIEWS: dict[str, str] = {
    "award_history": """
select
  r.id as award_record_id,
  d.full_name as district,
  d.name as district_name,
  d.code as district_code,
  r.year,
  r.grade,
  w.name as award,
  r.category,
  r.organizer,
  e.sentence as evidence,
  a.id as article_id,
  a.title as article_title,
  a.published,
  s.name as source,
  a.url
from award_records r
join districts d on d.id = r.district_id
join awards w on w.id = r.award_id
join evidence e on e.fact_table = 'award_records' and e.fact_id = r.id
left join articles a on a.id = e.article_id
left join sources s on s.id = a.source_id
""",
    # The canned query award_history shadows this view's URL in Datasette; browse it as award_reports.
    "award_reports": "select * from award_history",
    "job_count_history": """
select
  j.id as job_count_id,
  d.full_name as district,
  d.name as district_name,
  j.year,
  j.kind,
  j.value,
  e.sentence as evidence,
  a.id as article_id,
  a.published,
  a.url
from job_counts j
join districts d on d.id = j.district_id
join evidence e on e.fact_table = 'job_counts' and e.fact_id = j.id
left join articles a on a.id = e.article_id
""",
    "job_count_conflicts": """
select
  d.full_name as district,
  j.year,
  j.kind,
  count(*) as n_values,
  group_concat(j.value, ' / ') as "values",
  min(j.value) as min_value,
  max(j.value) as max_value,
  sum((select count(*) from evidence e where e.fact_table = 'job_counts' and e.fact_id = j.id)) as n_reports
from job_counts j
join districts d on d.id = j.district_id
group by j.district_id, j.year, j.kind
having count(*) > 1
""",
    "program_history": """
select
  p.id as program_id,
  d.full_name as district,
  d.name as district_name,
  p.name as program,
  p.first_seen,
  p.last_seen,
  e.sentence as evidence,
  a.id as article_id,
  a.url
from programs p
join districts d on d.id = p.district_id
join evidence e on e.fact_table = 'programs' and e.fact_id = p.id
left join articles a on a.id = e.article_id
""",
}


@migrations()
def m001_initial(db: Database) -> None:
    """Create every table, index and the two search indexes of the first schema."""
    db.table("sources").create(
        {"id": int, "name": str, "family": str, "home_region": str},
        pk="id",
        not_null=["name"],
    )
    db.table("sources").create_index(["name"], unique=True)
    db.table("districts").create(
        {
            "id": int,
            "code": str,
            "name": str,
            "full_name": str,
            "level": str,
            "parent_code": str,
            "parent_name": str,
            "valid_from": str,
            "valid_to": str,
            "aliases": str,
            "in_gazetteer": int,
        },
        pk="id",
        not_null=["full_name"],
    )
    db.table("districts").create_index(["code", "valid_from"], unique=True)
    db.table("districts").create_index(["full_name"])
    db.table("districts").create_index(["name"])
    db.table("articles").create(
        {
            "id": str,
            "source_id": int,
            "title": str,
            "published_at": str,
            "published": str,
            "author": str,
            "body_text": str,
            "url": str,
            "fetched_at": str,
            "content_sha256": str,
            "revision": int,
            "district_id": int,
            "family": str,
            "body_path": str,
            "raw_path": str,
            "home_region": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("district_id", "districts", "id")],
        not_null=["title", "body_text"],
    )
    db.table("articles").create_index(["published"])
    db.table("articles").create_index(["source_id"])
    db.table("article_revisions").create(
        {
            "id": int,
            "article_id": str,
            "revision": int,
            "content_sha256": str,
            "title": str,
            "body_text": str,
            "fetched_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["article_id", "revision"],
    )
    db.table("article_revisions").create_index(["article_id", "content_sha256"], unique=True)
    db.table("awards").create({"id": int, "name": str}, pk="id", not_null=["name"])
    db.table("awards").create_index(["name"], unique=True)
    db.table("award_records").create(
        {
            "id": int,
            "district_id": int,
            "award_id": int,
            "year": int,
            "grade": str,
            "category": str,
            "organizer": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        foreign_keys=[("district_id", "districts", "id"), ("award_id", "awards", "id")],
        not_null=["district_id", "award_id", "grade"],
    )
    db.table("award_records").create_index(["district_id", "award_id", "year", "grade", "category"], unique=True)
    db.table("programs").create(
        {"id": int, "district_id": int, "name": str, "first_seen": str, "last_seen": str},
        pk="id",
        foreign_keys=[("district_id", "districts", "id")],
        not_null=["district_id", "name"],
    )
    db.table("programs").create_index(["district_id", "name"], unique=True)
    db.table("job_counts").create(
        {
            "id": int,
            "district_id": int,
            "year": int,
            "kind": str,
            "value": int,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        foreign_keys=[("district_id", "districts", "id")],
        not_null=["district_id", "kind", "value"],
    )
    db.table("job_counts").create_index(["district_id", "year", "kind", "value"], unique=True)
    db.table("district_mentions").create(
        {"id": int, "district_id": int, "article_id": str},
        pk="id",
        foreign_keys=[("district_id", "districts", "id"), ("article_id", "articles", "id")],
        not_null=["district_id", "article_id"],
    )
    db.table("district_mentions").create_index(["district_id", "article_id"], unique=True)
    db.table("evidence").create(
        {
            "id": int,
            "fact_table": str,
            "fact_id": int,
            "article_id": str,
            "revision": int,
            "published": str,
            "sentence": str,
            "char_start": int,
            "char_end": int,
            "extractor_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["fact_table", "fact_id", "article_id", "extractor_version"],
    )
    db.table("evidence").create_index(["fact_table", "fact_id"])
    db.table("evidence").create_index(["article_id", "extractor_version"])
    # Search indexes (see kb.search): not ``content=articles``, so Datasette's word search stays off
    # and the plugin's substring search answers ``/kb/articles?_search=``.
    db.execute(
        "create virtual table articles_fts using fts5(title, body_text, tokenize='unicode61 remove_diacritics 0')"
    )
    db.table("article_search_tokens").create(
        {"article_id": str, "extractor_version": str, "tokens": str},
        pk="article_id",
        not_null=["tokens"],
    )
    # Facts may be loaded before their articles, so the morpheme index hangs off its own table.
    db.table("article_search_tokens").enable_fts(
        ["tokens"], create_triggers=True, tokenize="unicode61 remove_diacritics 0"
    )
    db.execute("create virtual table programs_fts using fts5(name, tokenize='unicode61 remove_diacritics 0')")
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip())


@migrations()
def m002_search_plan(db: Database) -> None:
    """Let search pick index or scan: bigram document frequencies, and a newest-first article index."""
    db.execute("create virtual table articles_fts_vocab using fts5vocab(articles_fts, row)")
    db.execute(
        "create virtual table article_search_tokens_vocab using fts5vocab(article_search_tokens_fts, row)"
    )
    db.table("articles").create_index(["published", "id"], index_name="idx_articles_published_id")


@migrations()
def m003_attachments_outlet(db: Database) -> None:
    """Keep what the crawler records for later stages: attachment URLs (HWP/HWPX/PDF, whose text a
    later extractor reads), stub bodies that only point to them, and a portal article's original outlet."""
    db.table("articles").add_column("outlet", str)
    db.table("articles").add_column("body_status", str)
    db.table("attachments").create(
        {"id": int, "article_id": str, "position": int, "url": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["article_id", "position", "url"],
    )
    db.table("attachments").create_index(["article_id", "url"], unique=True)


#: Views as m005 redefines them: facts joined to their evidence through the evidence's foreign keys.
VIEWS_M005: dict[str, str] = {
    "award_history": """
select
  r.id as award_record_id,
  d.full_name as district,
  d.name as district_name,
  d.code as district_code,
  r.year,
  r.grade,
  w.name as award,
  r.category,
  r.organizer,
  e.id as evidence_id,
  e.sentence as evidence,
  a.id as article_id,
  a.title as article_title,
  a.published,
  s.name as source,
  coalesce(a.url, e.url) as url
from award_records r
join districts d on d.id = r.district_id
join awards w on w.id = r.award_id
join evidence e on e.award_record_id = r.id
left join articles a on a.id = e.article_id
left join sources s on s.id = a.source_id
""",
    # The canned query award_history shadows this view's URL in Datasette; browse it as award_reports.
    "award_reports": "select * from award_history",
    "job_count_history": """
select
  j.id as job_count_id,
  d.full_name as district,
  d.name as district_name,
  j.year,
  j.kind,
  j.value,
  e.id as evidence_id,
  e.sentence as evidence,
  a.id as article_id,
  a.published,
  coalesce(a.url, e.url) as url
from job_counts j
join districts d on d.id = j.district_id
join evidence e on e.job_count_id = j.id
left join articles a on a.id = e.article_id
""",
    # Only figures that can disagree: same district, same stated year, same kind. A figure without a
    # year is no claim about any particular year, so it conflicts with nothing.
    "job_count_conflicts": """
with conflicting as (
  select district_id, year, kind
  from job_counts
  where year is not null
  group by district_id, year, kind
  having count(*) > 1
),
reports as (
  select
    j.district_id, j.year, j.kind, j.id as job_count_id, j.value,
    e.id as evidence_id, e.sentence, a.id as article_id, a.title, a.published, s.name as source,
    coalesce(a.url, e.url) as url
  from conflicting c
  join job_counts j on j.district_id = c.district_id and j.year = c.year and j.kind = c.kind
  join evidence e on e.job_count_id = j.id
  left join articles a on a.id = e.article_id
  left join sources s on s.id = a.source_id
  order by j.value, a.published, e.id
)
select
  d.full_name as district,
  r.year,
  r.kind,
  count(distinct r.value) as n_values,
  (select group_concat(value, ' / ') from (
    select j.value from job_counts j
    where j.district_id = r.district_id and j.year = r.year and j.kind = r.kind order by j.value
  )) as "values",
  min(r.value) as min_value,
  max(r.value) as max_value,
  count(*) as n_reports,
  json_group_array(json_object(
    'value', r.value, 'source', r.source, 'published', r.published, 'article_id', r.article_id,
    'article_title', r.title, 'url', r.url, 'evidence', r.sentence, 'evidence_id', r.evidence_id
  )) as reports
from reports r
join districts d on d.id = r.district_id
group by r.district_id, r.year, r.kind
""",
    "program_history": """
select
  p.id as program_id,
  d.full_name as district,
  d.name as district_name,
  p.name as program,
  p.first_seen,
  p.last_seen,
  e.id as evidence_id,
  e.sentence as evidence,
  a.id as article_id,
  coalesce(a.url, e.url) as url
from programs p
join districts d on d.id = p.district_id
join evidence e on e.program_id = p.id
left join articles a on a.id = e.article_id
""",
}

#: ``evidence.fact_table`` → the foreign-key column of ``evidence`` that m005 adds for it
EVIDENCE_FK_COLUMNS = {
    "award_records": "award_record_id",
    "programs": "program_id",
    "job_counts": "job_count_id",
    "district_mentions": "district_mention_id",
}


@migrations()
def m005_evidence_links(db: Database) -> None:
    """Give evidence real foreign keys to its fact (so Datasette links a fact to its reports and back),
    the source URL of its article and the span of the fact inside its sentence; views join through them."""
    from kb.evidence import sentence_span

    for table, column in EVIDENCE_FK_COLUMNS.items():
        db.execute(f"alter table evidence add column [{column}] integer references [{table}](id)")
        db.execute(f"update evidence set [{column}] = fact_id where fact_table = ?", [table])
        db.table("evidence").create_index([column])
    db.execute("alter table evidence add column url text")
    db.execute("alter table evidence add column span_start integer")
    db.execute("alter table evidence add column span_end integer")
    rows = db.execute(
        "select e.id, e.sentence, e.char_start, e.char_end, a.body_text, a.url from evidence e "
        "join articles a on a.id = e.article_id"
    ).fetchall()
    for eid, sentence, start, end, body, url in rows:
        span = sentence_span(sentence, body, start, end) or (None, None)
        db.execute(
            "update evidence set url = ?, span_start = ?, span_end = ? where id = ?", [url, span[0], span[1], eid]
        )
    for name in ("award_reports", "award_history", "job_count_history", "job_count_conflicts", "program_history"):
        db.execute(f"drop view if exists [{name}]")
    for name, sql in VIEWS_M005.items():
        db.create_view(name, sql.strip())


@migrations()
def m006_attachment_text(db: Database) -> None:
    """Attachments read by the crawler (issue 14): where an article's text comes from
    (``articles.body_source``: ``page`` or ``attachment:<file name>``) and, per attachment, its type,
    size and whether its text was read."""
    db.table("articles").add_column("body_source", str)
    attachments = db.table("attachments")
    for name, kind in (("file_name", str), ("format", str), ("size", int), ("pages", int),
                       ("text_read", int), ("chars", int), ("error", str), ("path", str)):
        attachments.add_column(name, kind)


#: ``run_sources.status`` values, best first (``runs.status`` adds ``running`` and ``interrupted``)
RUN_STATUSES = ("ok", "empty", "partial", "stale", "failed")


@migrations()
def m007_runs(db: Database) -> None:
    """``govnews run`` history: one ``runs`` row per run, one ``run_sources`` row per source and run."""
    counts = {"pages": int, "new_articles": int, "revisions": int, "facts_added": int, "errors": int}
    db.table("runs").create(
        {
            "id": int,
            "started": str,
            "finished": str,
            "status": str,
            "sources": int,
            **counts,
            "recovered_articles": int,
            "extractor_version": str,
            "exit_code": int,
            "pid": int,
            "command": str,
        },
        pk="id",
        not_null=["started", "status"],
    )
    db.table("runs").create_index(["started"])
    db.table("run_sources").create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "started": str,
            "finished": str,
            "status": str,
            **counts,
            "message": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        not_null=["run_id", "source", "status"],
    )
    db.table("run_sources").create_index(["run_id", "source"], unique=True)
    db.table("run_sources").create_index(["source", "run_id"])


@migrations()
def m008_compact_text(db: Database) -> None:
    """Keep each article's text once (issue 13: the kb was 6–8× its text).

    * ``articles_fts`` becomes contentless (``content=''``): its bigram text is only matched, never read
      back, so the index keeps no copy of it. The loader removes a changed article's index entry with the
      bigram text of its previous text (:class:`kb.load._ArticleIndex`). Rebuilt here from ``articles``.
    * ``article_revisions`` keeps the text of earlier revisions only: the row of an article's current
      revision has an empty ``title`` and ``body_text`` when they equal the article's (its text is in
      ``articles``), and gets them back when a later revision replaces them there.
    * ``idx_articles_published`` goes: ``idx_articles_published_id`` (published, id) serves the same.
    * ``district_mentions`` gets an index on ``article_id``: reloading an article's facts deletes its
      mentions, which scanned the whole table (a load's time grew with the square of the kb's size).
    """
    from kb.load import bigram_texts

    row = db.execute("select sql from sqlite_master where name = 'articles_fts'").fetchone()
    if row is None or "content=''" not in row[0].replace(" ", ""):
        db.execute("drop table if exists articles_fts_vocab")
        db.execute("drop table if exists articles_fts")
        db.execute(
            "create virtual table articles_fts using fts5(title, body_text, content='', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        db.execute("create virtual table articles_fts_vocab using fts5vocab(articles_fts, row)")
        last = 0
        while True:
            rows = db.execute(
                "select rowid, title, body_text from articles where rowid > ? order by rowid limit 500", [last]
            ).fetchall()
            if not rows:
                break
            grams = bigram_texts([text for r in rows for text in (r[1], r[2])])
            db.conn.executemany(
                "insert into articles_fts (rowid, title, body_text) values (?, ?, ?)",
                [(r[0], grams[2 * i], grams[2 * i + 1]) for i, r in enumerate(rows)],
            )
            last = rows[-1][0]
    db.execute(
        "update article_revisions set title = null, body_text = null where body_text is not null and exists ("
        "select 1 from articles a where a.id = article_revisions.article_id and a.revision = article_revisions.revision "
        "and a.title is article_revisions.title and a.body_text is article_revisions.body_text)"
    )
    db.execute("drop index if exists idx_articles_published")
    db.execute("create index if not exists idx_district_mentions_article_id on district_mentions (article_id)")


@migrations()
def m009_morpheme_ids(db: Database) -> None:
    """Store the morpheme tokens as ids (issue 13: the kb was 3.3–3.4× its text, the tokens alone 1.15×).

    * ``morphemes(id, form)``: every distinct morpheme surface form once.
    * ``article_search_tokens.tokens`` holds each token's ``morphemes.id`` in base 36
      (:func:`kb.search.token_code`), space-separated, in the text's order: the same sequence as the forms,
      so the whole-morpheme check (the query's words as consecutive whole tokens) stays exact once the
      query's words are looked up in ``morphemes``. ``article_search_tokens_fts`` indexes the codes.

    Rows written before (forms) are rewritten in place and the morpheme index rebuilt. A row is taken as
    already converted when ``morphemes`` is not empty (a repeated run changes nothing).
    """
    from kb.search import MorphemeCodes

    if not db["morphemes"].exists():
        db.execute("create table morphemes (id integer primary key, form text not null unique)")
    if db.execute("select count(*) from morphemes").fetchone()[0]:
        return
    triggers = db.execute(
        "select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'article_search_tokens'"
    ).fetchall()
    for name, _sql in triggers:
        db.execute(f"drop trigger [{name}]")
    codes = MorphemeCodes(db.conn)
    last = 0
    while True:
        rows = db.execute(
            "select rowid, tokens from article_search_tokens where rowid > ? order by rowid limit 1000", [last]
        ).fetchall()
        if not rows:
            break
        db.conn.executemany(
            "update article_search_tokens set tokens = ? where rowid = ?",
            list(
                zip(codes.encode_many([tokens or "" for _rowid, tokens in rows]), [rowid for rowid, _ in rows], strict=True)
            ),
        )
        last = rows[-1][0]
    if db["article_search_tokens_fts"].exists():
        db.execute("insert into article_search_tokens_fts (article_search_tokens_fts) values ('rebuild')")
    for _name, sql in triggers:
        db.execute(sql)


#: ``evidence.year_source`` / ``evidence.district_source`` values: how the extractor settled the fact's year and
#: district (extract/RULES.md "Provenance"); empty for district mentions, programmes and evidence loaded before m010
YEAR_SOURCES = ("sentence", "frame", "published")
DISTRICT_SOURCES = ("sentence", "frame", "hint")

#: the reports of a job count whose year the text states (a year taken from the publication date is no claim
#: about that year; evidence loaded before m010 has no source and counts as stated)
_STATED = "coalesce({e}.year_source, 'sentence') <> 'published'"

#: Views as m010 redefines them: the history views show how each report's year and district were settled, and
#: the conflicts compare only figures whose year the text states, reported by different articles.
VIEWS_M010: dict[str, str] = {
    "award_history": VIEWS_M005["award_history"].replace(
        "  e.sentence as evidence,\n", "  e.sentence as evidence,\n  e.year_source,\n  e.district_source,\n"
    ),
    "award_reports": VIEWS_M005["award_reports"],
    "job_count_history": VIEWS_M005["job_count_history"].replace(
        "  e.sentence as evidence,\n", "  e.sentence as evidence,\n  e.year_source,\n  e.district_source,\n"
    ),
    # Only figures that can disagree: same district, same year, same kind, a year the text states (not one taken
    # from the publication date), and two different figures from two different articles (the parts of one plan
    # and the targets of two programmes that one article gives are no disagreement).
    "job_count_conflicts": f"""
with stated as (
  select j.id as job_count_id, j.district_id, j.year, j.kind, j.value, e.id as evidence_id, e.article_id
  from job_counts j
  join evidence e on e.job_count_id = j.id
  where j.year is not null and {_STATED.format(e="e")}
),
conflicting as (
  select distinct a.district_id, a.year, a.kind
  from stated a
  join stated b on b.district_id = a.district_id and b.year = a.year and b.kind = a.kind
    and b.value <> a.value and b.article_id <> a.article_id
),
reports as (
  select
    t.district_id, t.year, t.kind, t.job_count_id, t.value,
    e.id as evidence_id, e.sentence, a.id as article_id, a.title, a.published, s.name as source,
    coalesce(a.url, e.url) as url
  from conflicting c
  join stated t on t.district_id = c.district_id and t.year = c.year and t.kind = c.kind
  join evidence e on e.id = t.evidence_id
  left join articles a on a.id = e.article_id
  left join sources s on s.id = a.source_id
  order by t.value, a.published, e.id
)
select
  d.full_name as district,
  r.year,
  r.kind,
  count(distinct r.value) as n_values,
  (select group_concat(value, ' / ') from (select distinct value from reports x
    where x.district_id = r.district_id and x.year = r.year and x.kind = r.kind order by value)) as "values",
  min(r.value) as min_value,
  max(r.value) as max_value,
  count(*) as n_reports,
  json_group_array(json_object(
    'value', r.value, 'source', r.source, 'published', r.published, 'article_id', r.article_id,
    'article_title', r.title, 'url', r.url, 'evidence', r.sentence, 'evidence_id', r.evidence_id
  )) as reports
from reports r
join districts d on d.id = r.district_id
group by r.district_id, r.year, r.kind
""",
    "program_history": VIEWS_M005["program_history"],
}


@migrations()
def m010_fact_sources(db: Database) -> None:
    """How each reported fact was settled (issue 9): ``evidence.year_source`` (sentence, frame, published) and
    ``evidence.district_source`` (sentence, frame, hint) as the extractor gives them; the views show them, and
    ``job_count_conflicts`` compares only figures whose year the text states, from different articles."""
    db.execute("alter table evidence add column year_source text")
    db.execute("alter table evidence add column district_source text")
    for name in VIEWS_M010:
        db.execute(f"drop view if exists [{name}]")
    for name, sql in VIEWS_M010.items():
        db.create_view(name, sql.strip())


def gazetteer_path() -> Path:
    """Locate ``extract/data/local_governments.csv`` without importing ``extract`` code.

    :returns: the path of the district gazetteer
    """
    spec = importlib.util.find_spec("extract")
    if spec is not None and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            path = Path(loc) / "data" / "local_governments.csv"
            if path.exists():
                return path
    return Path(__file__).resolve().parents[1] / "extract" / "data" / "local_governments.csv"


def sync_districts(db: Database, path: Path | None = None) -> int:
    """Insert gazetteer rows missing from ``districts`` (keyed by code and ``valid_from``).

    :param db: the kb
    :param path: gazetteer CSV (default :func:`gazetteer_path`)
    :returns: number of gazetteer rows
    """
    path = path or gazetteer_path()
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    conn = db.conn
    with db.atomic():
        for row in rows:
            # Table.lookup() in plain statements (it inspects the table's schema on every call)
            key = [row["code"], row["valid_from"] or None]
            if conn.execute("select 1 from districts where code is ? and valid_from is ?", key).fetchone():
                continue
            conn.execute(
                "insert into districts (code, valid_from, name, full_name, level, parent_code, parent_name, "
                "valid_to, aliases, in_gazetteer) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [*key, row["name"], row["full_name"], row["level"], row["parent_code"] or None,
                 row["parent_name"] or None, row["valid_to"] or None, row["aliases"] or None],
            )
    return len(rows)


def ensure_schema(db: Database) -> Database:
    """Apply pending migrations, switch the file to WAL and make sure the gazetteer is in ``districts``.

    WAL lets ``govnews serve`` keep answering from the last committed state while a load writes.

    :param db: the kb (created if empty)
    :returns: the same database
    """
    if db.execute("pragma journal_mode").fetchone()[0] != "memory":
        db.execute("pragma journal_mode = wal")
    migrations.apply(db)
    if db.execute("select count(*) from districts where in_gazetteer = 1").fetchone()[0] == 0:
        sync_districts(db)
    return db
