"""Stage 3 (kb): data and SVG geometry for the chart pages, ``/district/`` (national) and ``/district/<name>``.

The pages (``kb/templates/govnews_district.html`` and ``govnews_districts.html``, served by the
plugin's routes) draw the bars as inline SVG on the server, so the charts need no JavaScript library
and no network. The dashboard ``/-/dashboards/govnews`` (datasette-dashboards, declared in the metadata)
draws the same figures with Vega-Lite; its SQL matches a district with :data:`DISTRICT_MATCH` (a test
keeps the two identical). Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: how a district name in a URL or a canned-query parameter is matched: full name, short name, a
#: gazetteer alias, or the parent's name or alias before the short name ("서울시 구로구", "수원시 장안구");
#: the dashboard's charts and the canned ``award_history`` query (:mod:`kb.awards`) both use it
DISTRICT_MATCH = (
    "(d.full_name = :district or d.name = :district"
    " or instr('|' || coalesce(d.aliases, '') || '|', '|' || :district || '|') > 0"
    " or exists (select 1 from districts p where p.code = d.parent_code"
    " and length(:district) > length(d.name) and substr(:district, -length(d.name)) = d.name"
    " and trim(substr(:district, 1, length(:district) - length(d.name))) <> ''"
    " and instr('|' || p.name || '|' || coalesce(p.aliases, '') || '|',"
    " '|' || trim(substr(:district, 1, length(:district) - length(d.name))) || '|') > 0))"
)

AWARDS_BY_YEAR_SQL = """
select r.year, count(*) as n, group_concat(r.grade || ' ' || w.name, '; ') as label
from award_records r
join districts d on d.id = r.district_id
join awards w on w.id = r.award_id
where d.full_name = :district and r.year is not null
group by r.year order by r.year
"""

JOBS_BY_YEAR_SQL = """
select j.year, j.kind, max(j.value) as value, count(*) as n_values
from job_counts j
join districts d on d.id = j.district_id
where d.full_name = :district and j.year is not null
group by j.year, j.kind order by j.year, j.kind
"""

MATCHING_DISTRICTS_SQL = f"""
select distinct d.full_name from districts d where {DISTRICT_MATCH} order by d.full_name
"""

NATIONAL_AWARDS_SQL = """
select r.year, count(*) as n, count(distinct r.district_id) as n_districts
from award_records r where r.year is not null group by r.year order by r.year
"""

# a district's figure for a year and kind is its largest report (reports may disagree); the national
# figure is the sum over districts
NATIONAL_JOBS_SQL = """
select year, kind, sum(value) as value, count(*) as n_districts from (
  select j.district_id, j.year, j.kind, max(j.value) as value
  from job_counts j where j.year is not null group by j.district_id, j.year, j.kind
) group by year, kind order by year, kind
"""

WINNERS_BY_YEAR_SQL = """
select r.year, d.full_name as district, r.grade, w.name as award, r.category, r.id as award_record_id
from award_records r
join districts d on d.id = r.district_id
join awards w on w.id = r.award_id
order by r.year is null, r.year desc, w.name,
  case r.grade when '대상' then 1 when '최우수' then 2 when '우수' then 3 when '장려' then 4 else 5 end,
  d.full_name
"""

DISTRICTS_WITH_FACTS_SQL = """
select d.full_name as district,
  (select count(*) from award_records r where r.district_id in
     (select id from districts x where x.full_name = d.full_name)) as awards,
  (select count(*) from job_counts j where j.district_id in
     (select id from districts x where x.full_name = d.full_name)) as job_counts,
  (select count(*) from programs p where p.district_id in
     (select id from districts x where x.full_name = d.full_name)) as programs
from districts d
where d.id in (select district_id from award_records union select district_id from job_counts
               union select district_id from programs)
group by d.full_name
order by awards desc, job_counts desc, programs desc, d.full_name
"""


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, in SVG user units."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    title: str


def bar_chart(
    points: list[tuple[str, int, str]], width: int = 640, height: int = 220, pad: int = 32
) -> dict[str, Any]:
    """Lay out a vertical bar chart.

    :param points: ``(x label, value, tooltip)`` in display order
    :param width: SVG width
    :param height: SVG height
    :param pad: room for axis labels
    :returns: ``{"width", "height", "baseline", "bars": [Bar], "max": int}``
    """
    top = max((v for _, v, _ in points), default=0) or 1
    slot = min((width - 2 * pad) / max(len(points), 1), 80.0)
    plot_h = height - 2 * pad
    bars = []
    for i, (label, value, title) in enumerate(points):
        h = plot_h * value / top
        bars.append(
            Bar(
                x=round(pad + i * slot + slot * 0.15, 1),
                y=round(height - pad - h, 1),
                width=round(slot * 0.7, 1),
                height=round(h, 1),
                label=label,
                value=value,
                title=title,
            )
        )
    return {"width": width, "height": height, "baseline": height - pad, "bars": bars, "max": top}


def _fill_years(by_year: dict[int, tuple[int, str]]) -> list[tuple[str, int, str]]:
    """Chart points for every year from the first to the last (years without data get an empty bar)."""
    if not by_year:
        return []
    years = range(min(by_year), max(by_year) + 1)
    return [(str(y), *by_year.get(y, (0, f"{y}: none recorded"))) for y in years]


async def kb_database(datasette: Any) -> str | None:
    """The name of the first served database that is a govnews kb (whatever its file is called).

    :param datasette: the running Datasette
    :returns: the database name, or ``None`` when no served database has the kb's tables
    """
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        if await db.table_exists("award_records") and await db.table_exists("districts"):
            return str(name)
    return None


async def district_charts(datasette: Any, district: str, database: str = "kb") -> dict[str, Any]:
    """Everything the district page shows: matching names, awards per year, job counts per year.

    :param datasette: the running Datasette
    :param district: full name, short name or alias, already decoded from the URL
    :param database: the kb's database name
    :returns: ``{"query": district, "matches": [full names], "district": full name or None,
        "awards": chart, "jobs": {kind: chart}}``
    """
    db = datasette.get_database(database)
    matches = [r[0] for r in (await db.execute(MATCHING_DISTRICTS_SQL, {"district": district})).rows]
    out: dict[str, Any] = {"query": district, "matches": matches, "district": None, "awards": None, "jobs": {}}
    if len(matches) != 1:
        return out
    full = matches[0]
    out["district"] = full
    awards = (await db.execute(AWARDS_BY_YEAR_SQL, {"district": full})).rows
    out["awards"] = bar_chart(
        _fill_years({r["year"]: (r["n"], f"{r['year']}: {r['label']}") for r in awards})
    )
    by_kind: dict[str, dict[int, tuple[int, str]]] = {}
    for r in (await db.execute(JOBS_BY_YEAR_SQL, {"district": full})).rows:
        note = f" ({r['n_values']} conflicting reports, largest shown)" if r["n_values"] > 1 else ""
        by_kind.setdefault(r["kind"], {})[r["year"]] = (
            r["value"],
            f"{r['year']} {r['kind']}: {r['value']:,}{note}",
        )
    out["jobs"] = {kind: bar_chart(_fill_years(points)) for kind, points in by_kind.items()}
    return out


async def national_charts(datasette: Any, database: str = "kb") -> dict[str, Any]:
    """Everything the national page shows: awards and job counts per year over all districts, which
    districts won what in each year, and the districts that have facts.

    :param datasette: the running Datasette
    :param database: the kb's database name
    :returns: ``{"awards": chart, "jobs": {kind: chart}, "winners": [(year, [row])], "districts": [row]}``
    """
    db = datasette.get_database(database)
    awards = (await db.execute(NATIONAL_AWARDS_SQL)).rows
    out: dict[str, Any] = {
        "awards": bar_chart(
            _fill_years(
                {r["year"]: (r["n"], f"{r['year']}: {r['n']} awards to {r['n_districts']} districts") for r in awards}
            )
        )
    }
    by_kind: dict[str, dict[int, tuple[int, str]]] = {}
    for r in (await db.execute(NATIONAL_JOBS_SQL)).rows:
        by_kind.setdefault(r["kind"], {})[r["year"]] = (
            r["value"],
            f"{r['year']} {r['kind']}: {r['value']:,} over {r['n_districts']} districts",
        )
    out["jobs"] = {kind: bar_chart(_fill_years(points)) for kind, points in by_kind.items()}
    winners: list[tuple[Any, list[dict[str, Any]]]] = []
    for r in (await db.execute(WINNERS_BY_YEAR_SQL)).rows:
        row = dict(r)
        if not winners or winners[-1][0] != row["year"]:
            winners.append((row["year"], []))
        winners[-1][1].append(row)
    out["winners"] = winners
    out["districts"] = [dict(r) for r in (await db.execute(DISTRICTS_WITH_FACTS_SQL)).rows]
    return out
