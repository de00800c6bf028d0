"""A load while ``govnews serve`` serves, and visitors' SQL that must not harm the published kb.

A real ``datasette serve`` (the command line ``govnews serve`` runs) on an ephemeral 127.0.0.1 port.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlite_utils import Database

from kb.load import load_articles, load_facts
from kb.publish import datasette_args

from .conftest import ARTICLES, FACTS, free_port, read_jsonl, served


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.fixture
def live(tmp_path: Path):
    """(base URL, kb path): a kb holding the first half of the fixture articles, served."""
    path = tmp_path / "kb.db"
    articles = read_jsonl(ARTICLES)
    db = Database(path)
    assert load_articles(db, articles[: len(articles) // 2]).errors == []
    db.close()
    port = free_port()
    with served(datasette_args(path, port=port), port) as base:
        yield base, path


def _sql(base: str, sql: str) -> tuple[int, dict]:
    status, body = _get(f"{base}/kb.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "objects"}))
    return status, json.loads(body)


def test_a_load_while_serving_shows_up_and_never_fails_a_request(live):
    base, path = live
    articles = read_jsonl(ARTICLES)
    before = len(articles) // 2
    seen: list[tuple[int, int | None, int | None]] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            status, data = _sql(base, "select (select count(*) from articles) as a, (select count(*) from evidence) as e")
            row = data["rows"][0] if status == 200 else {}
            seen.append((status, row.get("a"), row.get("e")))
            status2, _ = _get(f"{base}/kb/award_history.json?" + urllib.parse.urlencode({"district": "서울특별시 구로구"}))
            seen.append((status2, None, None))

    thread = threading.Thread(target=poll)
    thread.start()
    try:
        time.sleep(0.3)
        db = Database(path)
        # small batches: many commits, each of which a reader may see
        assert load_articles(db, articles[before:], batch_size=2).errors == []
        assert load_facts(db, read_jsonl(FACTS), batch_size=3).errors == []
        db.close()
        time.sleep(0.3)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert len(seen) > 4
    assert [s for s in seen if s[0] != 200] == []
    counts = [(a, e) for _, a, e in seen if a is not None]
    assert counts[0][0] == before
    # each answer is a committed state: article counts only grow, and evidence never shows before all articles
    assert [a for a, _ in counts] == sorted(a for a, _ in counts)
    assert all(e == 0 for a, e in counts if a < len(articles))
    status, data = _sql(base, "select count(*) as a from articles")
    assert status == 200 and data["rows"][0]["a"] == len(articles)
    status, data = _sql(base, "select count(*) as n from evidence")
    assert data["rows"][0]["n"] > 0


@pytest.mark.parametrize(
    "sql, reason",
    [
        ("select fts3_tokenizer('simple') as p", "not authorized"),
        ("select load_extension('x') as p", "not authorized"),
        ("select length(zeroblob(100000000)) as n", "too big"),
        # SQLite reports a refusing Python function without its message
        ("select length(govnews_bigram_text(printf('%.*c', 5000000, 'x'))) as n", "function raised exception"),
        ("select govnews_bigram_query(printf('%.*c', 5000, 'x')) as q", "function raised exception"),
    ],
)
def test_visitors_sql_cannot_reach_native_code_or_outlive_the_time_limit(live, sql, reason):
    base, _ = live
    started = time.monotonic()
    status, data = _sql(base, sql)
    assert time.monotonic() - started < 5
    assert status == 400 and reason in data["error"], data


def test_search_functions_still_answer_normal_queries(live):
    base, _ = live
    status, data = _sql(base, "select govnews_bigram_text('구로구청 G밸리') as t, govnews_like_pattern('50%') as p")
    assert status == 200
    assert data["rows"] == [{"t": "구로 로구 구청 g 밸리", "p": "%50\\%%"}]
