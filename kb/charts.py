"""Stage 3 (kb): data and SVG geometry for the district chart page (``/district/<name>``).

The page template (``templates/pages/district/{district}.html``) draws the bars as inline SVG on the
server, so the chart needs no JavaScript library and no network. Must not import kiwipiepy, spaCy or
scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from datasette.utils import tilde_decode

#: how a district name in a URL or a canned-query parameter is matched (full, short or alias)
DISTRICT_MATCH = (
    "(d.full_name = :district or d.name = :district"
    " or '|' || coalesce(d.aliases, '') || '|' like '%|' || :district || '|%')"
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


async def district_charts(datasette: Any, district: str, database: str = "kb") -> dict[str, Any]:
    """Everything the district page shows: matching names, awards per year, job counts per year.

    :param datasette: the running Datasette
    :param district: full name, short name or alias from the URL
    :param database: the kb's database name
    :returns: ``{"matches": [full names], "district": full name or None, "awards": chart, "jobs": {kind: chart}}``
    """
    # Datasette redirects percent-encoded paths to its tilde encoding (/district/~EA~B5~AC...).
    district = tilde_decode(district)
    db = datasette.get_database(database)
    matches = [r[0] for r in (await db.execute(MATCHING_DISTRICTS_SQL, {"district": district})).rows]
    out: dict[str, Any] = {"matches": matches, "district": None, "awards": None, "jobs": {}}
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
