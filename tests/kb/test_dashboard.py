"""The govnews dashboard (datasette-dashboards, declared in the metadata): its SQL through Datasette's
client for every form of a district name, the links that lead to it, and headless Chromium drawing its
Vega-Lite charts against a real ``datasette serve``."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from datasette_dashboards import replace_opts_in_query

from kb.charts import DISTRICT_MATCH
from kb.publish import datasette_args, metadata_path

from .conftest import Client, free_port, served
from .test_chart import ARTIFACTS, _chromium

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = "/-/dashboards/govnews"
GURO = "서울특별시 구로구"
VEGA_CHARTS = ("awards-by-year", "jobs-by-year", "national-awards")


def _dashboard(metadata: dict[str, Any]) -> dict[str, Any]:
    return metadata["plugins"]["datasette-dashboards"]["govnews"]


def _chart_rows(client: Client, chart: dict[str, Any], district: str | None) -> list[dict[str, Any]]:
    """What the dashboard's script fetches for a chart: its SQL with the filter's optional clauses."""
    options = {"district": district} if district else {}
    sql = replace_opts_in_query(chart["query"], options)
    response = client.get(f"/{chart['db']}.json", sql=sql, _shape="objects", **options)
    assert response.status_code == 200, response.text[:500]
    body = response.json()
    assert not body.get("error") and not body.get("truncated"), body
    return body["rows"]


def test_both_metadata_files_declare_the_dashboard():
    root = json.loads((ROOT / "datasette-metadata.json").read_text(encoding="utf-8"))
    packaged = json.loads(metadata_path().read_text(encoding="utf-8"))
    assert root == packaged
    dashboard = _dashboard(packaged)
    assert dashboard["filters"] == {"district": {"name": "District", "type": "text"}}
    assert set(dashboard["charts"]) == {*VEGA_CHARTS, "top-winners", "programs-by-district"}
    assert {chart["db"] for chart in dashboard["charts"].values()} == {"kb"}
    # every layout cell names a chart
    assert {cell for row in dashboard["layout"] for cell in row} == set(dashboard["charts"])


def test_the_dashboard_matches_names_as_award_history_does(metadata):
    charts = _dashboard(metadata)["charts"]
    for slug in ("awards-by-year", "jobs-by-year", "programs-by-district"):
        assert f"[[and d.id in (select d.id from districts d where {DISTRICT_MATCH})]]" in charts[slug]["query"]
    award_history = metadata["databases"]["kb"]["queries"]["award_history"]["sql"]
    assert f"select d.id from districts d where {DISTRICT_MATCH}" in award_history


@pytest.mark.parametrize("name", [GURO, "구로구", "서울시 구로구", "서울 구로구"])
def test_district_charts_follow_every_form_of_the_name(client, metadata, name):
    charts = _dashboard(metadata)["charts"]
    assert {r["district"] for r in client.rows("/kb/award_history.json", district=name)} == {GURO}
    awards = _chart_rows(client, charts["awards-by-year"], name)
    assert [(r["year"], r["grade"], r["awards"], r["districts"]) for r in awards] == [
        (2018, "우수", 1, GURO),
        (2020, "최우수", 1, GURO),
    ]
    jobs = _chart_rows(client, charts["jobs-by-year"], name)
    assert {(r["year"], r["kind"]) for r in jobs} == {(2019, "created"), (2019, "target")}
    assert all(r["districts"] == 1 for r in jobs)
    programs = _chart_rows(client, charts["programs-by-district"], name)
    assert len(programs) == 1 and f">{GURO}</a>" in programs[0]["district"]
    assert programs[0]["programmes"] == 2 and "청년이룸" in programs[0]["programme_names"]


def test_without_a_filter_the_charts_cover_every_district(client, metadata):
    charts = _dashboard(metadata)["charts"]
    awards = _chart_rows(client, charts["awards-by-year"], None)
    by_district = _chart_rows(client, charts["programs-by-district"], None)
    assert sum(r["awards"] for r in awards) == sum(r["awards"] for r in by_district) > 2
    assert len(by_district) > 1
    national = _chart_rows(client, charts["national-awards"], GURO)  # the national chart ignores the filter
    assert sum(r["awards"] for r in national) == sum(r["awards"] for r in awards)
    assert {r["region"] for r in national} == {"서울특별시"}
    winners = _chart_rows(client, charts["top-winners"], None)
    assert winners[0]["district"] == f'<a href="{DASHBOARD}?district=서울특별시%20구로구">{GURO}</a>'
    assert winners[0]["awards"] == 2


def test_a_name_without_facts_says_so(client, metadata):
    charts = _dashboard(metadata)["charts"]
    assert _chart_rows(client, charts["awards-by-year"], "중구") == []
    rows = _chart_rows(client, charts["programs-by-district"], "중구")
    assert [r["district"] for r in rows] == ["no district with facts matches the filter"]


def test_the_dashboard_page_renders_with_the_filter_as_written(client):
    response = client.get(DASHBOARD, district="중구")
    assert response.status_code == 200
    html = response.text
    assert 'name="district" type="text" value="중구"' in html
    for slug in VEGA_CHARTS:
        assert f'id="chart-{slug}"' in html
    # everything the page loads is served by Datasette itself (Chromium in tests has no network)
    loaded = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert loaded and all(url.startswith("/") for url in loaded), loaded


def test_home_page_and_district_rows_link_to_the_dashboard(client):
    assert f'href="{DASHBOARD}"' in client.get("/").text
    row = client.rows("/kb/districts.json", full_name=GURO)[0]
    page = client.get(f"/kb/districts/{row['id']}").text
    href = f"{DASHBOARD}?district={urllib.parse.quote_plus(GURO)}"
    assert f'<a href="{href}"' in page
    assert client.get(href).status_code == 200


def test_a_database_not_named_kb(kb_path, metadata, tmp_path):
    other = tmp_path / "jobs2026.db"
    shutil.copy(kb_path, other)
    client = Client(other, metadata)
    html = client.get(DASHBOARD, district=GURO).text
    assert '"db": "jobs2026"' in html and '"db": "kb"' not in html
    assert {chart["db"] for chart in _dashboard(metadata)["charts"].values()} == {"kb"}  # the caller's dict

    async def startup_done() -> None:
        await client.ds.invoke_startup()

    asyncio.run(startup_done())
    rows = _chart_rows(client, _dashboard(client.ds.metadata())["charts"]["awards-by-year"], "구로구")
    assert len(rows) == 2


# ---- headless Chromium against ``govnews serve``'s datasette command


@pytest.fixture(scope="module")
def server(kb_path):
    port = free_port()
    with served(datasette_args(kb_path, port=port), port) as base:
        yield base


def _marks(html: str, slug: str) -> int:
    """Vega marks drawn in a chart's card (each bar or heat-map cell is an SVG path with a label)."""
    card = html.split(f'id="chart-{slug}"')[1].split('class="dashboard-card"')[0]
    return len(re.findall(r'<path aria-label="year: [^"]*" role="graphics-symbol"', card))


def _dom(server: str, district: str, profile: Path) -> str:
    url = f"{server}{DASHBOARD}?{urllib.parse.urlencode({'district': district})}"
    dom = _chromium(["--virtual-time-budget=8000", "--dump-dom", url], profile)
    assert dom.returncode == 0, dom.stderr[-2000:]
    return dom.stdout


def test_chromium_draws_the_dashboard_for_guro(server, tmp_path):
    html = _dom(server, "구로구", tmp_path / "profile-dom")
    assert _marks(html, "awards-by-year") == 2  # 2018 우수, 2020 최우수
    assert _marks(html, "jobs-by-year") == 2
    assert _marks(html, "national-awards") >= 1
    assert "<td>청년이룸; " in html or "청년이룸</td>" in html or "; 청년이룸" in html
    assert f">{GURO}</a></td>" in html

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "dashboard_guro.png"
    shot.unlink(missing_ok=True)
    url = f"{server}{DASHBOARD}?{urllib.parse.urlencode({'district': '구로구'})}"
    res = _chromium(
        ["--window-size=1280,1400", "--hide-scrollbars", "--virtual-time-budget=8000", f"--screenshot={shot}", url],
        tmp_path / "profile-shot",
    )
    assert res.returncode == 0, res.stderr[-2000:]
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    # text, axes, bars in several colours and the heat map's shades: far more than a blank page
    assert len(colours) > 200, len(colours)


def test_chromium_draws_the_dashboard_for_junggu_as_written(server, tmp_path):
    html = _dom(server, "중구", tmp_path / "profile")
    assert 'value="중구"' in html and "~" not in html.split('id="district"')[1].split(">")[0]
    assert _marks(html, "national-awards") >= 1
    assert _marks(html, "awards-by-year") == 0  # no 중구 has awards in the fixture
    assert "no district with facts matches the filter" in html
