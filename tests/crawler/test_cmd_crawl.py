"""``govnews crawl / sample-site / parse / sources``: help, examples, parse output, clean failures, sample crawl."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from govnews.cmd_crawl import COMMANDS, parse, sources
from tests.crawler.pages import fixture_path

ROOT = Path(__file__).resolve().parents[2]
CRAWL = [sys.executable, "-c", "from govnews.cmd_crawl import crawl; crawl(prog_name='govnews crawl')"]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_has_help_with_an_example(command):
    assert "Example:" in (command.help or "")
    result = CliRunner().invoke(command, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_parse_prints_the_article_as_json():
    page = fixture_path("seoulgujung", "article_4821.html")
    result = CliRunner().invoke(parse, [str(page), "--url", "http://www.seoulgujung.co.kr/news/read.php?idx=4821"])
    assert result.exit_code == 0, result.output
    item = json.loads(result.output)
    assert item["id"] == "seoulgujung/20201001/4821" and item["author"] is None
    assert item["title"] == "구로구,서울시 자치구 유일 ‘최우수상’"


def test_parse_failure_page_exits_non_zero():
    page = fixture_path("sijung", "failure_99999.html")
    result = CliRunner().invoke(parse, [str(page), "--url", "http://www.sijung.co.kr/news/articleView.html?idxno=99999"])
    assert result.exit_code == 1 and "not an article page" in result.output


def test_parse_with_an_unknown_url_still_reads_the_article():
    page = fixture_path("sijung", "article_20417.html")
    result = CliRunner().invoke(parse, [str(page), "--url", "http://unknown.example/x?y=1"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["title"] == "자치구들의 일자리 창출 사업...No.1 자치구는 어디?"


def test_sources_lists_the_registry():
    result = CliRunner().invoke(sources, ["--kind", "outlet", "--json"])
    assert result.exit_code == 0
    names = {json.loads(line)["name"] for line in result.output.splitlines()}
    assert {"sijung", "seoulgujung"} <= names


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_crawl_of_a_refusing_host_fails_cleanly(tmp_path):
    url = f"http://127.0.0.1:{_closed_port()}/sijung/news/articleList.html?sc_section_code=S1N2&view_type=sm"
    done = subprocess.run([*CRAWL, "--start-url", url, "-o", str(tmp_path / "a.jsonl"), "-s", "RETRY_TIMES=0"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "source 'sijung': cannot connect to 127.0.0.1" in done.stderr
    assert "Traceback" not in done.stderr


def test_crawl_sample_writes_every_outlet_article(tmp_path):
    out = tmp_path / "articles.jsonl"
    done = subprocess.run([*CRAWL, "--sample", "-o", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_source: dict[str, int] = {}
    for item in items:
        by_source[item["source"]] = by_source.get(item["source"], 0) + 1
        assert item["published_at"] and item["body_text"] and item["url"].startswith("http://127.0.0.1:")
    assert {"sijung": 4, "seoulgujung": 2, "gurotoday": 3, "gwanaknews": 2, "sdmtimes": 2, "gangbuktimes": 2}.items() <= by_source.items()
    assert len({i["id"] for i in items}) == len(items)


def test_crawl_site_search_over_http_uses_posts(tmp_path):
    from crawler.sample_server import SampleServer

    out = tmp_path / "a.jsonl"
    with SampleServer() as server:
        url = f"{server.base_url}/sijung/news/articleList.html?sc_section_code=S1N2&view_type=sm"
        done = subprocess.run([*CRAWL, "--start-url", url, "-a", "search=구로구", "-o", str(out)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        log = list(server.request_log)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == [
        "sijung/20111013/20417", "sijung/20211130/58231"]
    assert [m for m, p in log if p == "/sijung/news/articleList.html"] == ["POST", "POST"]


def test_scrapy_cfg_makes_scrapy_list_work():
    done = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert {"sijung", "seoulgujung", "gurotoday", "gwanaknews", "sdmtimes", "gangbuktimes"} <= set(done.stdout.split())


def test_scrapy_crawl_spider_writes_articles(tmp_path):
    """``scrapy crawl <name>`` keeps working for Scrapy users (issue #3): EUC-KR legacy outlet over HTTP."""
    from crawler.sample_server import SampleServer

    out = tmp_path / "seoulgujung.jsonl"
    with SampleServer() as server:
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "seoulgujung", "-O", str(out),
             "-s", f"GOVNEWS_SAMPLE_BASE={server.base_url}", "-s", "DOWNLOAD_DELAY=0",
             "-s", "AUTOTHROTTLE_ENABLED=False", "-s", f"GOVNEWS_STATE_PATH={tmp_path / 'state.sqlite'}"],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {row["source"] for row in rows} == {"seoulgujung"}
    seed = next(row for row in rows if row["title"] == "구로구,서울시 자치구 유일 ‘최우수상’")
    assert seed["published_at"] == "2020-10-01T11:33:00+09:00" and seed["author"] is None
    assert "Copyrights" not in seed["body_text"]


def test_crawl_of_a_registry_source_pointed_at_a_closed_port_names_the_source(tmp_path):
    """Issue #5: `--source NAME` with a settings override to a refusing host: clear message, exit 1."""
    base = f"http://127.0.0.1:{_closed_port()}"
    done = subprocess.run([*CRAWL, "--source", "seoul_guro", "-s", f"GOVNEWS_SAMPLE_BASE={base}", "-s", "RETRY_TIMES=0",
                           "-o", str(tmp_path / "a.jsonl")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "source 'seoul_guro': cannot connect to 127.0.0.1" in done.stderr
    assert "Traceback" not in done.stderr
