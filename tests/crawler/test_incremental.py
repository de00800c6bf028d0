"""Incremental crawling over HTTP on 127.0.0.1: a second crawl fetches no article page, a changed one is re-fetched.

Each crawl runs in its own process (``python -m crawler.run``; a Twisted reactor cannot restart); the
sample server runs here, on one ephemeral port for all three crawls so URLs stay the same.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.sample_server import SAMPLE_ROOT, SampleServer

ROOT = Path(__file__).resolve().parents[2]
CHANGED = "news/articleView.html@idxno=58231"
LISTS = (
    "news/articleList.html@sc_section_code=S1N2&view_type=sm",
    "news/articleList.html@page=1&total=4&box_idxno=&sc_section_code=S1N2&view_type=sm",
)


def _crawl(base_url: str, tmp: Path, run: int) -> tuple[list[dict], dict]:
    out, stats = tmp / f"run{run}.jsonl", tmp / f"stats{run}.json"
    cmd = [
        sys.executable, "-m", "crawler.run", str(out), "--base-url", base_url, "--spider", "sijung",
        "--set", "GOVNEWS_INCREMENTAL=True", "--set", f"GOVNEWS_STATE_PATH={tmp / 'state.sqlite'}",
        "--set", f"GOVNEWS_RAW_DIR={tmp / 'raw'}", "--stats", str(stats),
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items, json.loads(stats.read_text(encoding="utf-8"))["sijung"]["stats"]


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SAMPLE_ROOT / "sijung", root / "sijung")
    with SampleServer(root=root) as server:
        yield server, root / "sijung"


def test_second_crawl_fetches_no_article_and_a_changed_article_becomes_a_revision(site, tmp_path):
    server, sijung = site
    items, stats = _crawl(server.base_url, tmp_path, 1)
    assert len(items) == 4 and stats["govnews/article_pages"] == 4
    assert {i["revision"] for i in items} == {1}
    assert all(Path(i["raw_path"]).is_file() for i in items)

    server.request_log.clear()
    items, stats = _crawl(server.base_url, tmp_path, 2)
    assert items == []
    assert stats.get("govnews/article_pages", 0) == 0
    assert stats["govnews/list_pages"] == 1  # stopped at the first list page whose articles are all known
    assert not [path for _, path in server.request_log if "articleView" in path]

    # the article is edited on the site: body and the list lead change, the URL stays the same
    for name in (CHANGED, *LISTS):
        path = sijung / name
        path.write_bytes(path.read_bytes().replace("공시제 부문 우수상".encode(), "공시제 부문 최우수상".encode()))
    server.request_log.clear()
    items, stats = _crawl(server.base_url, tmp_path, 3)
    assert stats["govnews/article_pages"] == 1
    assert [path for _, path in server.request_log if "articleView" in path] == ["/sijung/news/articleView.html?idxno=58231"]
    assert len(items) == 1
    assert items[0]["id"] == "sijung/20211130/58231" and items[0]["revision"] == 2
    assert "공시제 부문 최우수상" in items[0]["body_text"]
