"""``govnews run``: crash safety (SIGKILL mid-crawl, mid-extract, mid-load), the lock, the runs tables.

Every run is a real ``govnews run`` process against one sample server on 127.0.0.1 started here,
over three sources (12 articles, two list pages each), so a run takes a few seconds.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.sample_server import SampleServer

ROOT = Path(__file__).resolve().parents[1]
RUN = [sys.executable, "-c", "from govnews.cli import cli; cli(prog_name='govnews')", "run"]
SOURCES = ("sijung", "seoul_guro", "moel")
#: a small delay per request, so a crawl lasts long enough to be killed in the middle
SLOW = ("-s", "DOWNLOAD_DELAY=0.15")


@pytest.fixture(scope="module")
def server():
    with SampleServer() as srv:
        srv.httpd.socket.listen(128)  # socketserver's backlog of 5 drops bursts of connections
        yield srv


def _cmd(base: str, tmp: Path, *extra: str) -> list[str]:
    cmd = [*RUN, "--sample", "--sample-base", base, "--db", str(tmp / "kb.db"), "--data-dir", str(tmp / "data")]
    for name in SOURCES:
        cmd += ["--source", name]
    return [*cmd, *extra]


def _run(base: str, tmp: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(base, tmp, *extra), cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def _kb(tmp: Path) -> dict:
    """What must equal a clean run's: the articles, their revisions and search rows, which articles
    have facts, and no fact reported twice by one article (fact counts are not compared: they follow
    the extractor, not the run)."""
    db = sqlite3.connect(tmp / "kb.db")
    try:
        return {
            "articles": sorted(db.execute("select id, content_sha256, revision from articles")),
            "revisions": db.execute("select count(*) from article_revisions").fetchone()[0],
            "fts": db.execute("select count(*) from articles_fts").fetchone()[0],
            "with_facts": db.execute("select count(distinct article_id) from evidence").fetchone()[0],
            "duplicate_evidence": db.execute(
                "select count(*) from (select 1 from evidence group by fact_table, fact_id, article_id, char_start,"
                " char_end, sentence having count(*) > 1)").fetchone()[0],
            "duplicate_mentions": db.execute(
                "select count(*) - count(distinct district_id || '/' || article_id) from district_mentions").fetchone()[0],
        }
    finally:
        db.close()


def _journal_lines(tmp: Path) -> int:
    pending = tmp / "data" / "pending"
    if not pending.exists():
        return 0
    total = 0
    for path in pending.glob("run-*/.articles.jsonl.*.part"):
        try:
            total += path.read_bytes().count(b"\n")
        except OSError:
            pass
    return total


@pytest.fixture(scope="module")
def clean(server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clean")
    done = _run(server.base_url, tmp)
    assert done.returncode == 0, done.stderr[-3000:]
    kb = _kb(tmp)
    assert len(kb["articles"]) == 12 and kb["with_facts"] > 6 and kb["duplicate_evidence"] == 0
    return {"kb": kb, "tmp": tmp, "stderr": done.stderr}


def test_a_clean_run_fills_the_runs_tables_and_a_second_run_is_empty(server, clean):
    tmp = clean["tmp"]
    assert "exit 0: every source ok or empty" in clean["stderr"]
    again = _run(server.base_url, tmp)
    assert again.returncode == 0, again.stderr[-3000:]
    assert _kb(tmp) == clean["kb"]
    db = sqlite3.connect(tmp / "kb.db")
    rows = db.execute("select run_id, source, status, new_articles, facts_added, errors from run_sources order by id").fetchall()
    first = {r[1]: r for r in rows if r[0] == 1}
    assert {s: (r[2], r[3]) for s, r in first.items()} == {"sijung": ("ok", 4), "seoul_guro": ("ok", 5), "moel": ("ok", 3)}
    assert all(r[4] > 0 and r[5] == 0 for r in first.values())
    assert {(r[2], r[3]) for r in rows if r[0] == 2} == {("empty", 0)}
    assert db.execute("select status, exit_code, new_articles from runs order by id").fetchall() == [
        ("ok", 0, 12), ("empty", 0, 0)]
    assert not list((tmp / "data" / "pending").iterdir())  # loaded batches are removed


def _kill_mid_crawl(base: str, tmp: Path, lines: int) -> None:
    """Start a slowed-down run and SIGKILL it once ``lines`` articles are in its crawl journals."""
    proc = subprocess.Popen(_cmd(base, tmp, *SLOW), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _journal_lines(tmp) < lines and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before the kill point"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def test_runs_killed_mid_crawl_and_mid_load_then_a_last_run_equal_a_clean_run(server, tmp_path, clean):
    """SIGKILL at four points in a row (crawl, crawl again, loading articles, loading facts); then a
    last run, during which a second run exits naming the lock, leaves exactly a clean run's kb."""
    base = server.base_url
    _kill_mid_crawl(base, tmp_path, 2)  # a fresh crawl, two articles journaled
    _kill_mid_crawl(base, tmp_path, 2 + 5)  # the next one resumes the walk (page 1 is all known by now)
    killed = _run(base, tmp_path, "-s", "GOVNEWS_LOAD_BATCH_SIZE=2", env={"GOVNEWS_RUN_KILL_AT": "load:5"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert 0 < len(_kb(tmp_path)["articles"]) < 12  # two batches of two committed, the third not
    killed = _run(base, tmp_path, "-s", "GOVNEWS_LOAD_BATCH_SIZE=2", env={"GOVNEWS_RUN_KILL_AT": "load-facts:4"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert len(_kb(tmp_path)["articles"]) == 12

    last = subprocess.Popen(_cmd(base, tmp_path), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lock = tmp_path / "kb.db.lock"
    deadline = time.monotonic() + 30
    while not (lock.exists() and lock.read_text().strip() == str(last.pid)) and time.monotonic() < deadline:
        time.sleep(0.01)
    second = _run(base, tmp_path)
    _out, err = last.communicate(timeout=120)
    assert second.returncode == 3, second.stderr[-2000:]
    assert f"lock {lock} held by pid {last.pid}" in second.stderr and "Traceback" not in second.stderr
    assert last.returncode == 0, err[-3000:]
    assert "recovered 12 article(s) of an interrupted run" in err
    assert "extract: 12 article(s) already extracted by an interrupted run" in err  # not extracted again
    assert _kb(tmp_path) == clean["kb"]
    db = sqlite3.connect(tmp_path / "kb.db")
    assert [r[0] for r in db.execute("select status from runs order by id")] == ["interrupted"] * 4 + ["empty"]  # all 12 were in the kb already
    assert not list((tmp_path / "data" / "pending").iterdir())


def test_reextract_rebuilds_every_fact_from_the_raw_pages_with_the_current_extractor(tmp_path, clean):
    from extract.facts import EXTRACTOR_VERSION

    for name in ("kb.db", "kb.db-wal", "kb.db-shm"):
        if (clean["tmp"] / name).exists():
            (tmp_path / name).write_bytes((clean["tmp"] / name).read_bytes())
    db = sqlite3.connect(tmp_path / "kb.db")
    with db:  # an old extractor's facts, and one article's facts lost
        db.execute("update evidence set extractor_version = '0.0.1'")
        db.execute("delete from evidence where article_id = 'sijung/20111013/20417'")
    db.close()
    done = subprocess.run([*RUN[:-1], "reextract", "--db", str(tmp_path / "kb.db")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "12 articles (12 from raw pages, 0 changed text)" in done.stderr
    assert _kb(tmp_path) == clean["kb"]
    db = sqlite3.connect(tmp_path / "kb.db")
    assert db.execute("select distinct extractor_version from evidence").fetchall() == [(EXTRACTOR_VERSION,)]
    assert db.execute("select count(*) from evidence where article_id = 'sijung/20111013/20417'").fetchone()[0] > 0


def test_unknown_source_is_a_usage_error(server, tmp_path):
    done = _run(server.base_url, tmp_path, "--source", "nosuchsite")
    assert done.returncode == 2 and "nosuchsite" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "kb.db").exists()
