"""Issue #3 end to end: sample site on an ephemeral 127.0.0.1 port → Scrapy crawl → extract → kb → Datasette.

Each stage runs through the user-facing CLI in a subprocess, exactly as ``make kb`` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.sample_server import SampleServer

ROOT = Path(__file__).resolve().parents[1]
METADATA = ROOT / "datasette-metadata.json"
LISTS = (
    "sijung/news/articleList.html?sc_section_code=S1N2&view_type=sm",  # ND Soft skin A, UTF-8
    "seoulgujung/news/list.php?section=1",  # legacy pipe byline, EUC-KR
    "seoul_guro/www/selectBbsNttList.do?bbsNo=665&key=1793",  # SI selectBbsNtt press board
)


def govnews(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govnews", *args], capture_output=True, text=True, check=check, cwd=ROOT, timeout=600
    )


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    articles, facts, db = tmp / "articles.jsonl", tmp / "facts.jsonl", tmp / "kb.db"
    with SampleServer() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        urls = [arg for path in LISTS for arg in ("--start-url", f"{server.base_url}/{path}")]
        govnews("crawl", *urls, "-o", str(articles), "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
                "--state", str(tmp / "state.sqlite"))
        fetched = [path for method, path in server.request_log if method == "GET"]
    govnews("extract", "--jsonl", str(articles), "-o", str(facts))
    govnews("load", "--articles", str(articles), "--facts", str(facts), "--db", str(db))
    return {"articles": articles, "facts": facts, "db": db, "fetched": fetched, "base": server.base_url}


def test_crawl_covers_the_three_families(pipeline):
    rows = [json.loads(line) for line in pipeline["articles"].read_text(encoding="utf-8").splitlines()]
    sources = {row["source"] for row in rows}
    assert {"sijung", "seoulgujung", "seoul_guro"} <= sources
    titles = {row["title"] for row in rows}
    assert "구로구,서울시 자치구 유일 ‘최우수상’" in titles  # the EUC-KR seed, decoded right
    assert any(row["title"].startswith("자치구들의 일자리 창출 사업") for row in rows)
    assert any("articleView.html" in path for path in pipeline["fetched"])


def test_award_history_through_datasette_client(pipeline):
    from datasette.app import Datasette

    ds = Datasette([str(pipeline["db"])], metadata=json.loads(METADATA.read_text(encoding="utf-8")))
    import asyncio

    async def fetch():
        return await ds.client.get(
            "/kb/award_history.json",
            params={"district": "서울특별시 구로구", "_shape": "array"},
        )

    response = asyncio.run(fetch())
    assert response.status_code == 200, response.text
    rows = response.json()
    hit = [r for r in rows if r["year"] == 2020 and r["grade"] == "최우수"]
    assert hit, rows
    row = hit[0]
    evidence = next(v for k, v in row.items() if "evidence" in k or "sentence" in k)
    url = next(v for k, v in row.items() if "url" in k)
    assert "최우수상" in evidence
    assert url.startswith(pipeline["base"]) and "seoulgujung" in url
    assert {2010, 2011, 2012, 2019, 2020} <= {r["year"] for r in rows}


def test_datasette_get_cli_returns_rows(pipeline, tmp_path):
    db = tmp_path / "kb.db"
    db.write_bytes(pipeline["db"].read_bytes())
    out = subprocess.run(
        [str(Path(sys.executable).with_name("datasette")), str(db), "-m", str(METADATA),
         "--get", "/kb/award_history.json?district=서울특별시 구로구&_shape=array"],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert any(row["year"] == 2020 for row in json.loads(out.stdout))


def test_load_twice_leaves_identical_counts(pipeline):
    import sqlite_utils

    def counts():
        db = sqlite_utils.Database(pipeline["db"])
        # FTS5 shadow tables (*_fts_data, *_fts_idx) hold index segments, not rows users see
        return {name: db[name].count for name in db.table_names() if "_fts" not in name}

    before = counts()
    govnews("load", "--articles", str(pipeline["articles"]), "--facts", str(pipeline["facts"]),
            "--db", str(pipeline["db"]))
    assert counts() == before


def test_extract_reports_malformed_line_and_keeps_the_rest(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "구로구가 최우수상을 수상했다.", "published": "2020-10-01"}\n'
        "{not json\n"
        '{"id": "c", "text": "마포구는 일자리 1만3,752개를 창출했다.", "published": "2020-10-01"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = govnews("extract", "--jsonl", str(src), "-o", str(out), check=False)
    assert result.returncode != 0
    assert f"{src}:2:" in result.stderr  # file and line number, compiler style
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids[0] == "a" and ids[-1] == "c"
