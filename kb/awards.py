"""Stage 3 (kb): the ``award_history`` canned query, one page at a time.

:data:`AWARD_HISTORY_SQL` (the canned ``award_history`` query of ``datasette-metadata.json``, kept
identical by a test) lists every award record of the districts a name designates, newest year first
(records without a year last), then by award name, grade, category (none first), district full name
and record id: one row a record, with its first report (sentence, article, source page), its number
of reports and how surely its year is known (:data:`SUREST_YEAR_SOURCE`). It names districts as the
dashboard does (:data:`kb.charts.DISTRICT_MATCH`).

It returns :data:`PAGE_SIZE` rows by default, ``:page_size`` when given (at most :data:`MAX_ROWS`, the
largest answer Datasette returns), and pages by keyset: ``:after`` is the ``award_record_id`` of the
previous page's last row and the page starts strictly after that record in the order (an id that is no
record's gives an empty page). The records of the named districts are ordered and cut by their own
columns; the first report and the count of reports, the costly part, are looked up for the page's rows
only, so every page costs about what the first does.

Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

from kb.charts import DISTRICT_MATCH

#: rows a page by default
PAGE_SIZE = 100
#: the most rows a page may ask for (Datasette's ``max_returned_rows``)
MAX_ROWS = 1000

#: the result order, as the query's last ORDER BY writes it
ORDER = "r.year desc, w.name, r.grade, r.category, d.full_name, r.id"

# The same order as a row of keys that are never NULL, all ascending, for the keyset comparison (a row
# value comparison with a NULL in it is NULL): a missing year sorts after every year, a missing
# category before every category. grade, award name and full name are NOT NULL columns.
_KEYS = (
    "r.year is null, -coalesce(r.year, 0), w.name, r.grade, r.category is not null, coalesce(r.category, ''), "
    "d.full_name, r.id"
)

_TEMPLATE = """
with page(size) as materialized (
  -- :page_size rows (default {page_size}, at most {max_rows})
  select case when cast(:page_size as integer) > 0 then min(cast(:page_size as integer), {max_rows}) else {page_size} end
),
named(id) as materialized (
  -- the districts the argument names, each checked once; their records are then read by the index
  select d.id from districts d where {match}
),
cursor(k1, k2, k3, k4, k5, k6, k7, k8) as materialized (
  -- where the page resumes: the order's keys of record :after (none: the first page; no such record:
  -- no row, and the comparison below is NULL, an empty page)
  select {keys}
  from award_records r
  join districts d on d.id = r.district_id
  join awards w on w.id = r.award_id
  where r.id = :after
),
records(id) as materialized (
  -- the page's records, ordered and cut by their own columns
  select r.id
  from award_records r
  join districts d on d.id = r.district_id
  join awards w on w.id = r.award_id
  where r.district_id in (select id from named)
    and (coalesce(:after, '') = '' or ({keys}) > (select k1, k2, k3, k4, k5, k6, k7, k8 from cursor))
  order by {order}
  limit (select size from page)
)
select
  r.year,
  {surest} as year_source,
  r.grade,
  w.name as award,
  r.category,
  r.organizer,
  e.sentence as evidence,
  e.article_id,
  coalesce(a.url, e.url) as url,
  (select count(*) from evidence x where x.award_record_id = r.id) as reports,
  r.first_seen,
  r.last_seen,
  d.full_name as district,
  r.id as award_record_id
from records p
join award_records r on r.id = p.id
join districts d on d.id = r.district_id
join awards w on w.id = r.award_id
left join evidence e on e.id = (
  select x.id from evidence x left join articles y on y.id = x.article_id
  where x.award_record_id = r.id order by y.published, x.id limit 1)
left join articles a on a.id = e.article_id
order by {order}
"""

#: how surely a record's year is known: the surest way any of its reports settled it (stated in the sentence, then the
#: article's frame, then the publication date; evidence.year_source)
SUREST_YEAR_SOURCE = (
    "(select x.year_source from evidence x where x.{fk} = {fact}.id and x.year_source is not null "
    "order by case x.year_source when 'sentence' then 0 when 'frame' then 1 else 2 end limit 1)"
)

#: the canned ``award_history`` query (parameters ``district``, ``page_size``, ``after``)
AWARD_HISTORY_SQL = _TEMPLATE.format(
    page_size=PAGE_SIZE, max_rows=MAX_ROWS, match=DISTRICT_MATCH, keys=_KEYS, order=ORDER,
    surest=SUREST_YEAR_SOURCE.format(fk="award_record_id", fact="r"),
).strip()
