"""Distributed crawl (issue 15): real ``redis-server`` and ``govnews sample-site`` processes on 127.0.0.1,
two ``govnews crawl --redis`` workers, a worker killed with SIGKILL and started again; sharded extraction.

``make test`` installs Debian's redis-server when it is missing; without it these tests fail, naming it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from w3lib.url import canonicalize_url

ROOT = Path(__file__).resolve().parents[1]
GOVNEWS = [sys.executable, "-m", "govnews"]
REDIS_SERVER = shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class SampleSite:
    """``govnews sample-site -v`` on a free port; :meth:`requests` reads its request log."""

    def __init__(self, log: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._fh = log.open("wb")
        self.proc = subprocess.Popen([*GOVNEWS, "sample-site", "--port", str(self.port), "-v"], cwd=ROOT,
                                     stdout=subprocess.DEVNULL, stderr=self._fh)
        wait_port(self.port, self.proc)

    def mark(self) -> int:
        """The current end of the request log (to count only what follows)."""
        return self.log.stat().st_size

    def requests(self, since: int = 0) -> list[tuple[str, str]]:
        """(method, path) of every request logged after ``since``, robots.txt left out."""
        text = self.log.read_bytes()[since:].decode("utf-8", "replace")
        found = re.findall(r'"(GET|POST|HEAD) (\S+) HTTP/[\d.]+"', text)
        return [(m, p) for m, p in found if not p.endswith("/robots.txt")]

    def close(self) -> None:
        stop(self.proc)
        self._fh.close()


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    site = SampleSite(tmp_path_factory.mktemp("site") / "requests.log")
    yield site
    site.close()


@contextlib.contextmanager
def redis_server(folder: Path):
    """A fresh ``redis-server`` on a free 127.0.0.1 port, nothing saved to disk; stopped on exit."""
    assert REDIS_SERVER is not None, "redis-server is missing: `make test` installs it (apt-get install redis-server)"
    port = free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                             "no", "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port, proc)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(proc)


@pytest.fixture
def redis_url(tmp_path):
    with redis_server(tmp_path) as url:
        yield url


@pytest.fixture(scope="module")
def reference_ids(sample_site, tmp_path_factory) -> set[str]:
    """The article ids of an ordinary one-process crawl of the whole sample site."""
    out = tmp_path_factory.mktemp("ref") / "articles.jsonl"
    subprocess.run([sys.executable, "-m", "crawler.run", str(out)], cwd=ROOT, check=True, capture_output=True)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(ids) == len(set(ids)) > 30
    return set(ids)


def worker(redis_url: str, site: SampleSite, name: str, output: Path, *extra: str, delay: float = 0.0,
           log: Path | None = None) -> subprocess.Popen:
    cmd = [*GOVNEWS, "crawl", "--sample", "--sample-base", site.base, "--redis", redis_url, "--worker", name,
           "--job", "test", "-o", str(output), "-s", "GOVNEWS_REDIS_IDLE_TIMEOUT=1.5", "-s", f"DOWNLOAD_DELAY={delay}",
           "-s", "GOVNEWS_JOURNAL_FSYNC=0", *extra]
    err = (log or output.with_name(f"{name}.log")).open("ab")
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)


def lines_of(paths) -> list[dict]:
    out = []
    for path in paths:
        out += [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def journal_lines(folder: Path, name: str) -> list[str]:
    """The complete lines of a worker's journals (a line cut by the kill left out)."""
    from crawler.run import read_journal

    return [line for part in sorted(folder.glob(f".articles.{name}.jsonl.*.part")) for line in read_journal(part)]


def test_two_workers_write_every_article_once(redis_url, sample_site, reference_ids, tmp_path):
    since = sample_site.mark()
    procs = [worker(redis_url, sample_site, name, tmp_path / "articles.jsonl", delay=0.05) for name in ("w1", "w2")]
    for proc in procs:
        assert proc.wait(60) == 0, (tmp_path / "w1.log").read_text() + (tmp_path / "w2.log").read_text()
    outputs = sorted(tmp_path.glob("articles.*.jsonl"))
    assert [p.name for p in outputs] == ["articles.w1.jsonl", "articles.w2.jsonl"] or len(outputs) == 1
    ids = [obj["id"] for obj in lines_of(outputs)]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert set(ids) == reference_ids
    # no page fetched twice (GET; the POST board's pages differ by their bodies, which the log omits)
    gets = Counter(path for method, path in sample_site.requests(since) if method == "GET")
    assert gets and max(gets.values()) == 1, [p for p, n in gets.items() if n > 1]
    # nothing left in flight after a clean finish
    import redis

    server = redis.Redis.from_url(redis_url)
    assert not list(server.scan_iter(match="govnews:test:*:inflight:*"))


def test_killed_worker_restarts_without_loss_or_refetch(redis_url, sample_site, reference_ids, tmp_path):
    since = sample_site.mark()
    out = tmp_path / "articles.jsonl"
    w1 = worker(redis_url, sample_site, "w1", out, delay=0.6)
    # kill w1 once it has written some articles to its journals, mid-way through the crawl
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(journal_lines(tmp_path, "w1")) < 2:
        time.sleep(0.02)
    w2 = worker(redis_url, sample_site, "w2", out, delay=0.3)
    time.sleep(0.5)
    assert w1.poll() is None, "w1 finished before it could be killed"
    os.kill(w1.pid, signal.SIGKILL)
    w1.wait()
    assert w1.returncode == -signal.SIGKILL
    written_before_kill = {canonicalize_url(json.loads(line)["url"]) for line in journal_lines(tmp_path, "w1")}
    assert written_before_kill
    assert not (tmp_path / "articles.w1.jsonl").exists()  # it died before writing its output

    w1 = worker(redis_url, sample_site, "w1", out, delay=0.05)  # the same worker name: takes back its requests
    assert w1.wait(60) == 0, (tmp_path / "w1.log").read_text()
    assert w2.wait(60) == 0, (tmp_path / "w2.log").read_text()

    ids = [obj["id"] for obj in lines_of(tmp_path.glob("articles.*.jsonl"))]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert set(ids) == reference_ids  # nothing lost
    assert not list(tmp_path.glob(".articles.*.part"))  # journals consumed into the outputs
    # nothing written before the kill was fetched again; at most the pages in flight at the kill were
    gets = Counter(canonicalize_url(sample_site.base + path) for method, path in sample_site.requests(since)
                   if method == "GET")
    twice = {url for url, n in gets.items() if n > 1}
    assert not (twice & written_before_kill)
    assert len(twice) <= 30  # the requests in flight at the kill: one or two per spider
    assert max(gets.values()) <= 2


def test_journaled_urls_reads_complete_lines_canonically(tmp_path):
    from crawler.distributed_redis import journaled_urls

    part = tmp_path / ".articles.w.jsonl.s.part"
    part.write_bytes(
        b'{"id": "a", "url": "http://127.0.0.1:1/b/view.do;jsessionid=XY12?nttNo=7&amp;bbsNo=3"}\n'
        b'not json\n'
        b'{"id": "b", "url": "http://127.0.0.1:1/news/articleView.html?idxno=9"}\n'
        b'{"id": "c", "url": "http://127.0.0.1:1/news/articleView.html?idxno=10"')  # torn by the kill
    from crawler.text import canonicalize_url

    assert journaled_urls(str(part)) == {canonicalize_url("http://127.0.0.1:1/b/view.do?nttNo=7&bbsNo=3"),
                                         canonicalize_url("http://127.0.0.1:1/news/articleView.html?idxno=9")}
    assert journaled_urls(str(tmp_path / "missing.part")) == frozenset()
    assert journaled_urls(None) == frozenset()


def test_requeue_skips_requests_whose_article_is_journaled(redis_url, tmp_path):
    """Killed between an article's journal line and its acknowledgement: that page is not fetched again,
    the other parked requests go back to the queue (checked on the queue itself, no timing involved)."""
    import redis
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from crawler.distributed_redis import InflightPriorityQueue, journaled_urls

    settings = {"GOVNEWS_REDIS_JOB": "t", "GOVNEWS_WORKER_ID": "w1"}
    crawler = get_crawler(Spider, settings)
    spider = Spider.from_crawler(crawler, name="s")
    server = redis.Redis.from_url(redis_url)
    key = "govnews:t:s:requests"
    queue = InflightPriorityQueue(server, spider, key)
    urls = [f"http://127.0.0.1:1/news/articleView.html?idxno={n}" for n in (1, 2, 3)]
    for url in urls:
        queue.push(Request(url))
    popped = [queue.pop() for _ in urls]
    assert len(queue) == 0 and server.hlen(queue.inflight_key) == 3
    queue.ack(popped[0].meta["govnews_inflight"])  # done before the kill
    part = tmp_path / "journal.part"
    part.write_text(json.dumps({"id": "x", "url": popped[1].url}) + "\n", encoding="utf-8")

    restarted = InflightPriorityQueue(server, spider, key)
    assert restarted.requeue_inflight(journaled_urls(str(part))) == (1, 1)
    assert server.hlen(queue.inflight_key) == 0
    again = restarted.pop()
    assert again.url == popped[2].url and "govnews_inflight" in again.meta
    assert restarted.pop() is None


def test_a_restarted_worker_gives_up_the_claims_it_never_journaled(redis_url, tmp_path):
    """Killed between an article's claim and its journal line: on restart the claim goes, so the worker that fetches
    the requeued page again writes the article (it used to drop it as written by the dead run, and nobody wrote it).
    Claims the journal holds, claims on another spider's articles and other workers' claims stay."""
    import redis
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from crawler.distributed import ItemClaimPipeline
    from crawler.distributed_redis import InflightPriorityQueue, journaled_claims

    settings = {"GOVNEWS_REDIS_JOB": "t", "GOVNEWS_WORKER_ID": "w1", "GOVNEWS_REDIS_URL": redis_url}
    crawler = get_crawler(Spider, settings)
    spider = Spider.from_crawler(crawler, name="s")
    server = redis.Redis.from_url(redis_url)
    queue = InflightPriorityQueue(server, spider, "govnews:t:s:requests")
    queue.push(Request("http://127.0.0.1:1/s/view?no=1"))
    assert queue.pop() is not None  # in flight when w1 is killed
    server.hset(queue.items_key, mapping={
        "s/20260910/1:aaa": "w1",  # claimed, never journaled
        "s/20260910/2:bbb": "w1",  # claimed and journaled
        "other/20260910/3:ccc": "w1",  # another spider of w1's
        "s/20260910/4:ddd": "w2",  # another worker's
    })
    part = tmp_path / "journal.part"
    part.write_text(json.dumps({"id": "s/20260910/2", "content_sha256": "bbb", "url": "http://127.0.0.1:1/s/view?no=2"})
                    + "\n", encoding="utf-8")
    assert journaled_claims(str(part)) == {"s/20260910/2:bbb"}

    assert InflightPriorityQueue(server, spider, "govnews:t:s:requests").release_claims("w1", journaled_claims(str(part))) == 1
    assert {k.decode(): v.decode() for k, v in server.hgetall(queue.items_key).items()} == {
        "s/20260910/2:bbb": "w1", "other/20260910/3:ccc": "w1", "s/20260910/4:ddd": "w2"}

    # w2 fetches the requeued page: its claim now holds, the article is written
    crawler2 = get_crawler(Spider, {**settings, "GOVNEWS_WORKER_ID": "w2"})
    crawler2.spider = Spider.from_crawler(crawler2, name="s")
    item = {"id": "s/20260910/1", "content_sha256": "aaa"}
    assert ItemClaimPipeline(crawler2).process_item(item) is item
    assert server.hget(queue.items_key, "s/20260910/1:aaa") == b"w2"


def test_incremental_state_lives_in_redis(redis_url, sample_site, tmp_path):
    """A second crawl by another worker on another 'machine' (other output dir) finds nothing new."""
    run = [*GOVNEWS, "crawl", "--start-url", f"{sample_site.base}/sijung/news/articleList.html?sc_section_code=S1N2&view_type=sm",
           "--redis", redis_url, "--incremental", "-s", "GOVNEWS_REDIS_IDLE_TIMEOUT=0.5", "-s", "DOWNLOAD_DELAY=0"]
    a = subprocess.run([*run, "--worker", "m1", "--job", "day1", "-o", str(tmp_path / "m1" / "a.jsonl")], cwd=ROOT,
                       capture_output=True, text=True)
    assert a.returncode == 0, a.stderr
    assert (tmp_path / "m1" / "a.m1.jsonl").exists()
    b = subprocess.run([*run, "--worker", "m2", "--job", "day2", "-o", str(tmp_path / "m2" / "a.jsonl")], cwd=ROOT,
                       capture_output=True, text=True)
    assert b.returncode == 0, b.stderr
    assert "no new or changed articles" in b.stderr
    assert not (tmp_path / "m2" / "a.m2.jsonl").exists()
    assert not list(tmp_path.rglob("*.sqlite"))  # no per-machine state file


def test_run_loads_its_own_and_the_pushed_articles(redis_url, sample_site, tmp_path):
    """A worker pushes its articles to Redis; `govnews run --redis` crawls as another worker and loads both."""
    import sqlite3

    import redis

    from crawler.distributed import ITEMS_KEY

    url = f"{sample_site.base}/seoul_guro/www/selectBbsNttList.do?bbsNo=665&key=1793"
    done = subprocess.run([*GOVNEWS, "crawl", "--start-url", url, "--redis", redis_url, "--worker", "p1", "--push-items",
                           "-s", "GOVNEWS_REDIS_IDLE_TIMEOUT=0.5", "-s", "DOWNLOAD_DELAY=0", "-o", str(tmp_path / "a.jsonl")],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    pushed = {json.loads(line)["id"] for line in (tmp_path / "a.p1.jsonl").read_text(encoding="utf-8").splitlines()}
    assert redis.Redis.from_url(redis_url).llen(ITEMS_KEY) == len(pushed) > 0
    run = subprocess.run([*GOVNEWS, "run", "--sample", "--sample-base", sample_site.base, "--source", "sijung",
                          "--redis", redis_url, "--worker", "loader", "--db", str(tmp_path / "kb.db"),
                          "--data-dir", str(tmp_path / "data"), "-s", "GOVNEWS_REDIS_IDLE_TIMEOUT=0.5"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert redis.Redis.from_url(redis_url).llen(ITEMS_KEY) == 0  # drained
    with sqlite3.connect(tmp_path / "kb.db") as db:
        ids = {row[0] for row in db.execute("select id from articles")}
    assert pushed <= ids and any(i.startswith("sijung/") for i in ids)
    assert not list((tmp_path / "data").glob("*.sqlite"))  # the crawl state is in Redis
    assert not list((tmp_path / "data" / "pending").glob("run-*"))  # loaded, batch removed


# -- sharded extraction ----------------------------------------------------------------------------

ARTICLES = [
    {"id": f"t{i}", "text": text, "published": "2021-05-0" + str(1 + i % 9)}
    for i, text in enumerate([
        "구로구가 2020년 전국 지방자치단체 일자리대상에서 최우수상을 수상했다.",
        "관악구는 청년 일자리 사업으로 올해 120명을 채용한다고 밝혔다.",
        "성동구가 스마트도시 부문 대상을 받았다.",
        "용산구는 어르신 일자리 300개를 만든다.",
        "서대문구가 주민참여예산 평가에서 우수상을 받았다.",
        "금천구는 지역 상권 살리기 사업을 시작한다.",
        "노원구가 청소년 문화 프로그램을 연다.",
        "강서구는 공공근로 사업 참여자 50명을 모집한다.",
    ])
]


def _extract(args: list[str]):
    from govnews.cli import cli

    result = CliRunner().invoke(cli, ["extract", *args])
    assert result.exit_code in (0, 1), result.output
    return result


def test_shards_together_equal_the_unsharded_output(tmp_path):
    from govnews.cmd_extract import shard_of

    src = tmp_path / "articles.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    lines.insert(3, "{not json")  # a bad line lands in exactly one shard too
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _extract(["--jsonl", str(src), "-o", str(tmp_path / "full.jsonl")])
    full = (tmp_path / "full.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(full) == len(lines)
    shards = []
    for i in range(3):
        _extract(["--jsonl", str(src), "-o", str(tmp_path / f"facts.{i}.jsonl"), "--shard", f"{i}/3"])
        shard = (tmp_path / f"facts.{i}.jsonl").read_text(encoding="utf-8").splitlines()
        assert all(shard_of(json.loads(line)["id"], 3) == i for line in shard)
        shards.append(shard)
    union = [line for shard in shards for line in shard]
    assert sorted(union) == sorted(full)  # the same lines, each once, in any order
    assert sum(1 for shard in shards if shard) >= 2  # the work was really split

    # the merge is order-independent and idempotent
    from govnews.cli import cli

    runner = CliRunner()
    forward = runner.invoke(cli, ["merge-facts", *(str(tmp_path / f"facts.{i}.jsonl") for i in range(3)),
                                  "-o", str(tmp_path / "m1.jsonl")])
    backward = runner.invoke(cli, ["merge-facts", *(str(tmp_path / f"facts.{i}.jsonl") for i in (2, 0, 1, 0)),
                                   "-o", str(tmp_path / "m2.jsonl")])
    whole = runner.invoke(cli, ["merge-facts", str(tmp_path / "full.jsonl"), "-o", str(tmp_path / "m3.jsonl")])
    again = runner.invoke(cli, ["merge-facts", str(tmp_path / "m1.jsonl"), str(tmp_path / "facts.1.jsonl"),
                                "-o", str(tmp_path / "m4.jsonl")])
    assert forward.exit_code == backward.exit_code == whole.exit_code == again.exit_code == 0
    merged = [(tmp_path / f"m{i}.jsonl").read_bytes() for i in range(1, 5)]
    assert merged[0] == merged[1] == merged[2] == merged[3]
    assert len(merged[0].splitlines()) == len(full)


def test_shard_option_is_checked():
    for bad in ("3/3", "1", "a/b", "0/0"):
        from govnews.cli import cli

        result = CliRunner().invoke(cli, ["extract", "--shard", bad])
        assert result.exit_code == 2, (bad, result.output)
